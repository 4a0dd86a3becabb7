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

} // namespace Models
