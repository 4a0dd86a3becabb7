#include "clinicsetup.h"

#include "arearepository.h"
#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "teamrepository.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ClinicSetup)
};

const QString ClinicNameKey = QStringLiteral("clinic_name");
const QString ClinicCodeKey = QStringLiteral("clinic_code");

// The error of a step, saying which item of the file it was about.
Error about(const QString &what, Error e)
{
    e.message = Text::tr("%1：%2").arg(what, e.message);
    return e;
}
} // namespace

QJsonObject SetupReport::toJson() const
{
    return {{QStringLiteral("changed"), changed()},
            {QStringLiteral("areas_added"), areasAdded},
            {QStringLiteral("users_added"), usersAdded},
            {QStringLiteral("teams_added"), teamsAdded},
            {QStringLiteral("members_added"), membersAdded},
            {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}};
}

ClinicSetup::ClinicSetup(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<bool> ClinicSetup::needed() const
{
    QSqlQuery q(db(m_conn));
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM app_user WHERE role = 'administrator'"
                               " AND disabled = 0), EXISTS(SELECT 1 FROM area WHERE level = "
                               "'village')")) ||
        !q.next())
        return dbError(q);
    return !q.value(0).toBool() || !q.value(1).toBool();
}

Result<Scope> ClinicSetup::scopeFor(const ClinicPlan &plan, const QString &workstation) const
{
    UserRepository users(m_conn);
    auto has = users.hasUsers();
    if (!has)
        return has.error();
    if (*has)
        return users.login(plan.administrator.username, plan.administrator.password, workstation);
    Scope scope = Scope::administrator();
    scope.userId = plan.administrator.username;
    scope.workstation = workstation;
    return scope;
}

Result<ClinicInfo> ClinicSetup::clinic() const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"));
    q.addBindValue(ClinicNameKey);
    q.addBindValue(ClinicCodeKey);
    if (auto e = exec(q); !e)
        return e.error();
    ClinicInfo info;
    while (q.next())
        (q.value(0).toString() == ClinicNameKey ? info.name : info.institutionCode) =
            q.value(1).toString();
    return info;
}

Result<void> ClinicSetup::applyClinic(const Scope &scope, const ClinicPlan &plan,
                                      SetupReport &report)
{
    auto now = clinic();
    if (!now)
        return now.error();
    if (now->name == plan.clinicName && now->institutionCode == plan.institutionCode)
        return {};
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : {std::pair{ClinicNameKey, plan.clinicName},
                                     std::pair{ClinicCodeKey, plan.institutionCode}}) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        if (auto e = exec(q); !e)
            return e;
    }
    report.changes << Text::tr("机构：%1（%2）").arg(plan.clinicName, plan.institutionCode);
    return ChangeLog::audit(
        m_conn, scope, QStringLiteral("update"), QStringLiteral("clinic"), plan.institutionCode,
        {{QStringLiteral("name"), now->name}, {QStringLiteral("code"), now->institutionCode}},
        {{QStringLiteral("name"), plan.clinicName},
         {QStringLiteral("code"), plan.institutionCode}});
}

Result<void> ClinicSetup::applyAreas(const ClinicPlan &plan, SetupReport &report)
{
    AreaRepository areas(m_conn);
    auto stored = areas.all();
    if (!stored)
        return stored.error();
    QHash<QString, QString> names;
    for (const Area &a : std::as_const(*stored))
        names.insert(a.code, a.name);
    auto add = [&](const SetupArea &a, const QString &level) -> Result<void> {
        if (a.code.isEmpty())
            return {};
        const auto it = names.constFind(a.code);
        if (it != names.cend() && *it == a.name)
            return {};
        if (auto e = areas.add(Area{a.code, a.name, level, a.parentCode}); !e)
            return about(a.name, e.error());
        report.changes << (it == names.cend()
                               ? Text::tr("新增区划：%1 %2").arg(a.code, a.name)
                               : Text::tr("区划改名：%1 %2 → %3").arg(a.code, *it, a.name));
        if (it == names.cend())
            ++report.areasAdded;
        return {};
    };
    if (auto e = add(plan.county, QStringLiteral("county")); !e)
        return e;
    for (const SetupArea &t : plan.townships)
        if (auto e = add(t, QStringLiteral("township")); !e)
            return e;
    for (const SetupArea &v : plan.villages)
        if (auto e = add(v, QStringLiteral("village")); !e)
            return e;
    return {};
}

Result<void> ClinicSetup::applyAccount(const Scope &scope, const SetupAccount &a,
                                       const QString &team, SetupReport &report)
{
    UserRepository users(m_conn);
    if (auto existing = users.findByUsername(scope, a.username); existing)
        return {}; // kept as it is: its password may have been changed since
    User u;
    u.username = a.username;
    u.displayName = a.displayName;
    u.role = a.role;
    u.villages = a.villages;
    u.team = team;
    if (auto made = users.create(scope, u, a.password); !made)
        return about(a.username, made.error());
    ++report.usersAdded;
    report.changes << Text::tr("新增用户：%1（%2）").arg(a.username, a.displayName);
    return {};
}

Result<void> ClinicSetup::applyTeam(const Scope &scope, const ClinicPlan &plan, const SetupTeam &t,
                                    SetupReport &report)
{
    TeamRepository teams(m_conn);
    auto all = teams.teams(scope, true);
    if (!all)
        return all.error();
    Team team;
    for (const Team &stored : std::as_const(*all))
        if (stored.name == t.name)
            team = stored;
    const bool create = team.id.isEmpty();
    const QSet<QString> wanted(t.villages.cbegin(), t.villages.cend());
    const QSet<QString> had(team.villages.cbegin(), team.villages.cend());
    if (create || wanted != had || team.townshipCode != t.townshipCode ||
        team.institution != plan.clinicName || !team.active) {
        team.name = t.name;
        team.institution = plan.clinicName;
        team.townshipCode = t.townshipCode;
        team.villages = t.villages;
        team.active = true;
        auto saved = teams.save(scope, team);
        if (!saved)
            return about(t.name, saved.error());
        team.id = saved->id;
        report.changes
            << (create ? Text::tr("新增团队：%1") : Text::tr("更新团队：%1")).arg(t.name);
        if (create)
            ++report.teamsAdded;
    }
    for (const SetupMember &m : t.members) {
        if (auto e = applyAccount(scope, m.account, t.name, report); !e)
            return e;
        const bool member =
            std::any_of(team.members.cbegin(), team.members.cend(), [&](const StaffMember &s) {
                return s.staffNo == m.account.username || s.name == m.account.displayName;
            });
        if (member)
            continue;
        StaffMember s;
        s.teamId = team.id;
        s.name = m.account.displayName;
        s.role = m.staffRole;
        s.staffNo = m.account.username;
        if (auto saved = teams.saveMember(scope, s); !saved)
            return about(m.account.displayName, saved.error());
        ++report.membersAdded;
        report.changes << Text::tr("团队成员：%1 → %2").arg(m.account.displayName, t.name);
    }
    return {};
}

Result<SetupReport> ClinicSetup::apply(const Scope &scope, const ClinicPlan &plan,
                                       const PlatformWriter &platform)
{
    for (const char *permission : {"user.write", "contract.write"})
        if (auto e = requirePermission(scope, QString::fromLatin1(permission)); !e)
            return e.error();
    if (plan.platform.isSet() && platform)
        if (auto e = requirePermission(scope, QStringLiteral("settings.write")); !e)
            return e.error();

    Transaction tx(m_conn);
    SetupReport report;
    if (auto e = applyClinic(scope, plan, report); !e)
        return e.error();
    if (auto e = applyAreas(plan, report); !e)
        return e.error();
    if (auto e = applyAccount(scope, plan.administrator, {}, report); !e)
        return e.error();
    for (const SetupTeam &t : plan.teams)
        if (auto e = applyTeam(scope, plan, t, report); !e)
            return e.error();
    if (plan.platform.isSet() && platform) {
        auto changed = platform(scope, plan.platform);
        if (!changed)
            return about(Text::tr("区域平台"), changed.error());
        if (*changed)
            report.changes << Text::tr("区域平台：%1").arg(plan.platform.url);
    }
    if (report.changed())
        if (auto e =
                ChangeLog::audit(m_conn, scope, QStringLiteral("setup"), QStringLiteral("clinic"),
                                 plan.institutionCode, {}, report.toJson());
            !e)
            return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "clinic setup applied:" << report.changes.size() << "changes";
    return report;
}

} // namespace Models
