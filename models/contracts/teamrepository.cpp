#include "teamrepository.h"

#include "changelog.h"
#include "contractrules.h"
#include "contractsql.h"
#include "permission.h"

#include <QRegularExpression>

namespace Models {

using namespace ContractSql;

TeamRepository::TeamRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<Team> TeamRepository::save(const Scope &scope, Team t)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        return makeError(QStringLiteral("team.name"), tr("请填写团队名称"), QStringLiteral("name"));
    for (const QString &v : t.villages) {
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral("SELECT 1 FROM area WHERE code = ? AND level = 'village'"));
        q.addBindValue(v);
        if (auto e = exec(q); !e)
            return e.error();
        if (!q.next())
            return makeError(QStringLiteral("village.unknown"),
                             tr("该村（居委会）不在本机的区划表中"), QStringLiteral("villages"));
    }
    QJsonObject before;
    const bool create = t.id.isEmpty();
    if (!create) {
        auto old = findById(scope, t.id);
        if (!old)
            return old.error();
        before = old->toJson();
    }
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    if (create) {
        t.id = uuid();
        q.prepare(
            QStringLiteral("INSERT INTO contract_team(name, institution, township_code, active,"
                           " created_at, updated_at, updated_by, id) VALUES(?,?,?,?,?,?,?,?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE contract_team SET name=?, institution=?, township_code=?,"
                                 " active=?, updated_at=?, updated_by=?, dirty=1 WHERE id=?"));
    }
    q.addBindValue(t.name);
    q.addBindValue(text(t.institution));
    q.addBindValue(t.townshipCode.isEmpty() ? QVariant() : QVariant(t.townshipCode));
    q.addBindValue(t.active ? 1 : 0);
    if (create)
        q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(scope.userId);
    q.addBindValue(t.id);
    if (auto e = exec(q); !e)
        return e.error();
    QSqlQuery del(db(m_conn));
    del.prepare(QStringLiteral("DELETE FROM contract_team_village WHERE team_id = ?"));
    del.addBindValue(t.id);
    if (auto e = exec(del); !e)
        return e.error();
    QSqlQuery ins(db(m_conn));
    ins.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO contract_team_village(team_id, village_code) VALUES(?,?)"));
    for (const QString &v : t.villages) {
        ins.bindValue(0, t.id);
        ins.bindValue(1, v);
        if (auto e = exec(ins); !e)
            return e.error();
    }
    if (auto e =
            ChangeLog::record(m_conn, scope, QStringLiteral("contract_team"), t.id,
                              create ? ChangeOp::Create : ChangeOp::Update, before, t.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return t;
}

Result<StaffMember> TeamRepository::saveMember(const Scope &scope, StaffMember m)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    m.name = m.name.trimmed();
    if (m.name.isEmpty())
        return makeError(QStringLiteral("staff.name"), tr("请填写成员姓名"),
                         QStringLiteral("name"));
    if (!ContractRules::has(ContractRules::get().roles, m.role))
        return makeError(QStringLiteral("staff.role"), tr("请选择成员角色"),
                         QStringLiteral("role"));
    if (!m.phone.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[0-9-]{7,20}$")).match(m.phone).hasMatch())
        return makeError(QStringLiteral("staff.phone"), tr("电话号码格式不正确"),
                         QStringLiteral("phone"));
    if (auto team = findById(scope, m.teamId); !team)
        return makeError(QStringLiteral("staff.team"), tr("请选择团队"), QStringLiteral("team"));
    const bool create = m.id.isEmpty();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    if (create) {
        m.id = uuid();
        q.prepare(QStringLiteral(
            "INSERT INTO contract_staff(team_id, name, role, staff_no, phone, active,"
            " updated_at, updated_by, created_at, id) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE contract_staff SET team_id=?, name=?, role=?, staff_no=?, phone=?,"
            " active=?, updated_at=?, updated_by=?, dirty=1 WHERE id=?"));
    }
    for (const QVariant &v : {QVariant(m.teamId), QVariant(m.name), QVariant(m.role),
                              QVariant(text(m.staffNo)), QVariant(text(m.phone)),
                              QVariant(m.active ? 1 : 0), QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (create)
        q.addBindValue(now);
    q.addBindValue(m.id);
    if (auto e = exec(q); !e)
        return e.error();
    const QJsonObject after{{QStringLiteral("id"), m.id},
                            {QStringLiteral("team_id"), m.teamId},
                            {QStringLiteral("name"), m.name},
                            {QStringLiteral("role"), m.role},
                            {QStringLiteral("staff_no"), m.staffNo},
                            {QStringLiteral("active"), m.active}};
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract_staff"), m.id,
                                   create ? ChangeOp::Create : ChangeOp::Update, {}, after);
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return m;
}

Result<void> TeamRepository::retireMember(const Scope &scope, const QString &memberId)
{
    auto m = member(scope, memberId);
    if (!m)
        return m.error();
    StaffMember copy = *m;
    copy.active = false;
    if (auto r = saveMember(scope, copy); !r)
        return r.error();
    return {};
}

Result<QVector<Team>> TeamRepository::load(const Scope &scope, const QString &where,
                                           const QVariantList &binds, bool withMembers) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT id, name, institution, township_code, active FROM contract_team t"
                       " WHERE deleted = 0 %1 ORDER BY name")
            .arg(where));
    bindAll(q, binds);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Team> out;
    while (q.next()) {
        Team t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.institution = q.value(2).toString();
        t.townshipCode = q.value(3).toString();
        t.active = q.value(4).toBool();
        out.append(t);
    }
    QSqlQuery v(db(m_conn));
    v.prepare(QStringLiteral(
        "SELECT village_code FROM contract_team_village WHERE team_id = ? ORDER BY village_code"));
    QSqlQuery m(db(m_conn));
    m.prepare(
        QStringLiteral("SELECT id, name, role, staff_no, phone, active FROM contract_staff"
                       " WHERE team_id = ? AND deleted = 0 ORDER BY active DESC, role, name"));
    for (Team &t : out) {
        v.bindValue(0, t.id);
        if (auto e = exec(v); !e)
            return e.error();
        while (v.next())
            t.villages << v.value(0).toString();
        if (!withMembers)
            continue;
        m.bindValue(0, t.id);
        if (auto e = exec(m); !e)
            return e.error();
        while (m.next())
            t.members.append(StaffMember{m.value(0).toString(), t.id, m.value(1).toString(),
                                         m.value(2).toString(), m.value(3).toString(),
                                         m.value(4).toString(), m.value(5).toBool()});
    }
    return out;
}

Result<QVector<Team>> TeamRepository::teams(const Scope &scope, bool withMembers) const
{
    return load(scope, {}, {}, withMembers);
}

Result<Team> TeamRepository::findById(const Scope &scope, const QString &id) const
{
    auto r = load(scope, QStringLiteral("AND id = ?"), {id}, true);
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(QStringLiteral("team.notfound"), tr("找不到该签约团队"),
                         QStringLiteral("team"));
    return r->first();
}

Result<StaffMember> TeamRepository::member(const Scope &scope, const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    QSqlQuery m(db(m_conn));
    m.prepare(
        QStringLiteral("SELECT id, team_id, name, role, staff_no, phone, active FROM contract_staff"
                       " WHERE id = ? AND deleted = 0"));
    m.addBindValue(id);
    if (auto e = exec(m); !e)
        return e.error();
    if (!m.next())
        return makeError(QStringLiteral("staff.notfound"), tr("找不到该团队成员"),
                         QStringLiteral("doctor"));
    return StaffMember{m.value(0).toString(), m.value(1).toString(), m.value(2).toString(),
                       m.value(3).toString(), m.value(4).toString(), m.value(5).toString(),
                       m.value(6).toBool()};
}

Result<QVector<Team>> TeamRepository::teamsForVillage(const Scope &scope,
                                                      const QString &villageCode) const
{
    return load(
        scope,
        QStringLiteral("AND EXISTS (SELECT 1 FROM contract_team_village tv WHERE tv.team_id = t.id"
                       " AND tv.village_code = ?)"),
        {villageCode}, true);
}

} // namespace Models
