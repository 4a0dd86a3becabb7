// Demo accounts, so that the README's demo can log in (docs/security.md).
#include "demousers.h"

#include "changelog.h"
#include "dbaccess.h"
#include "demoextension.h"
#include "passwordhash.h"
#include "securitypolicy.h"

#include <QJsonObject>
#include <QUuid>

namespace Models {

QString demoPassword()
{
    return QStringLiteral("demo1234");
}

Result<void> generateDemoUsers(const QString &conn, sqlite3 *, const Scope &scope,
                               const DemoOptions &)
{
    QSqlQuery q(db(conn));
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM app_user),"
                               " (SELECT min(code) FROM area WHERE level = 'village')")))
        return dbError(q);
    q.next();
    if (q.value(0).toBool())
        return {};
    const QString firstVillage = q.value(1).toString();
    const SecurityPolicy &policy = SecurityPolicy::defaults();
    struct Account
    {
        const char *username, *name, *role;
        QString villages;
    };
    const Account accounts[] = {{"admin", "系统管理员", "administrator", {}},
                                {"yisheng", "王医生", "family_doctor", {}},
                                {"cunyi", "李村医", "village_health_worker", firstVillage},
                                {"gongwei", "赵公卫", "public_health", {}}};
    const QString now = ChangeLog::nowUtc();
    QSqlQuery ins(db(conn));
    ins.prepare(QStringLiteral("INSERT INTO app_user(id, username, display_name, role, villages,"
                               " password_hash, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?)"));
    for (const Account &a : accounts) {
        for (const QVariant &v :
             {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)),
              QVariant(QString::fromUtf8(a.username)), QVariant(QString::fromUtf8(a.name)),
              QVariant(QString::fromUtf8(a.role)),
              QVariant(a.villages.isNull() ? QStringLiteral("") : a.villages),
              QVariant(PasswordHash::make(demoPassword(), policy.suite,
                                          policy.iterations(policy.suite))),
              QVariant(now), QVariant(now)})
            ins.addBindValue(v);
        if (auto r = exec(ins); !r)
            return r;
        if (auto r =
                ChangeLog::audit(conn, scope, QStringLiteral("create"), QStringLiteral("user"),
                                 QString::fromUtf8(a.username), {},
                                 QJsonObject{{QStringLiteral("role"), QString::fromUtf8(a.role)},
                                             {QStringLiteral("villages"), a.villages}});
            !r)
            return r;
    }
    return {};
}

} // namespace Models
