#include "permission.h"

#include <QCoreApplication>

namespace Models {

Result<void> requirePermission(const Scope &scope, const QString &permission)
{
    if (scope.can(permission))
        return {};
    return makeError(
        QStringLiteral("scope.forbidden"),
        QCoreApplication::translate("Models::Permission", "您的角色无权进行此操作（%1）")
            .arg(permission));
}

Error outOfScope(const QString &field)
{
    return makeError(
        QStringLiteral("scope.denied"),
        QCoreApplication::translate("Models::Permission", "您无权查看或修改该村的居民"), field);
}

Result<void> requireVillage(const Scope &scope, const QString &villageCode, const QString &field)
{
    if (scope.allowsVillage(villageCode))
        return {};
    return outOfScope(field);
}

} // namespace Models
