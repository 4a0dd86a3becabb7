#include "permission.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Area
{
    const char *code;
    const char *name;
};

// The areas of resources/rules/roles.json, as a user calls them.
const Area Areas[] = {
    {"resident", QT_TRANSLATE_NOOP("Models::Permission", "居民档案")},
    {"household", QT_TRANSLATE_NOOP("Models::Permission", "家庭档案")},
    {"chronic", QT_TRANSLATE_NOOP("Models::Permission", "慢病随访")},
    {"immunization", QT_TRANSLATE_NOOP("Models::Permission", "预防接种")},
    {"contract", QT_TRANSLATE_NOOP("Models::Permission", "家庭医生签约")},
    {"record", QT_TRANSLATE_NOOP("Models::Permission", "健康档案记录")},
    {"report", QT_TRANSLATE_NOOP("Models::Permission", "报表")},
    {"sync", QT_TRANSLATE_NOOP("Models::Permission", "数据同步")},
    {"user", QT_TRANSLATE_NOOP("Models::Permission", "用户")},
    {"settings", QT_TRANSLATE_NOOP("Models::Permission", "系统设置")},
    {"backup", QT_TRANSLATE_NOOP("Models::Permission", "备份")},
    {"audit", QT_TRANSLATE_NOOP("Models::Permission", "审计日志")},
    {"merge", QT_TRANSLATE_NOOP("Models::Permission", "重复档案合并")},
    {"lifecycle", QT_TRANSLATE_NOOP("Models::Permission", "档案状态")},
    {"reopen", QT_TRANSLATE_NOOP("Models::Permission", "已关闭档案")},
    {"mental", QT_TRANSLATE_NOOP("Models::Permission", "严重精神障碍患者记录")},
    {"maternal", QT_TRANSLATE_NOOP("Models::Permission", "孕产妇和儿童健康管理")},
};

// Permissions whose words are not "查看/修改 + area".
const Area Whole[] = {
    {"lifecycle.write", QT_TRANSLATE_NOOP("Models::Permission", "登记死亡、迁出、注销或迁入")},
    {"reopen.write", QT_TRANSLATE_NOOP("Models::Permission", "恢复已关闭的档案")},
};
} // namespace

QString permissionLabel(const QString &permission)
{
    for (const Area &w : Whole)
        if (permission == QLatin1String(w.code))
            return QCoreApplication::translate("Models::Permission", w.name);
    const QString area = permission.section(QLatin1Char('.'), 0, 0);
    const QString access = permission.section(QLatin1Char('.'), 1);
    for (const Area &a : Areas) {
        if (area != QLatin1String(a.code))
            continue;
        const QString name = QCoreApplication::translate("Models::Permission", a.name);
        if (access == QLatin1String("read"))
            //: a permission: 查看 + area, e.g. 查看审计日志
            return QCoreApplication::translate("Models::Permission", "查看%1").arg(name);
        if (access == QLatin1String("write"))
            //: a permission: 修改 + area, e.g. 修改系统设置
            return QCoreApplication::translate("Models::Permission", "修改%1").arg(name);
    }
    return permission;
}

Result<void> requirePermission(const Scope &scope, const QString &permission)
{
    if (scope.can(permission))
        return {};
    return makeError(QStringLiteral("scope.forbidden"),
                     QCoreApplication::translate("Models::Permission", "您的角色无权%1")
                         .arg(permissionLabel(permission)),
                     {}, permission);
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
