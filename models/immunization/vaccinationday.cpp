#include "vaccinationday.h"

#include "changelog.h"
#include "codetable.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "vaccineschedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::VaccinationDay)
};
} // namespace

VaccinationDay::VaccinationDay(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<QVector<VaccinatedChild>> VaccinationDay::vaccinated(const Scope &scope,
                                                            const QDate &day) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT d.resident_id, r.name, r.contact_name, r.contact_relation, r.contact_phone,"
        " r.village_code, d.vaccine, d.created_at FROM immunization_dose d"
        " JOIN resident r ON r.id = d.resident_id"
        " WHERE d.given_on = ? AND d.source = 'here' AND d.deleted = 0 ORDER BY d.created_at"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (auto e = exec(q); !e)
        return e.error();
    const int minutes = ScheduleSet::instance().all().last().observationMinutes;
    QVector<VaccinatedChild> out;
    QHash<QString, int> at;
    while (q.next()) {
        if (!scope.allowsVillage(q.value(5).toString()))
            continue;
        const QString id = q.value(0).toString();
        if (!at.contains(id)) {
            at.insert(id, int(out.size()));
            out.append(VaccinatedChild{
                id,
                q.value(1).toString(),
                {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()},
                {},
                {},
                {}});
        }
        VaccinatedChild &c = out[at.value(id)];
        c.vaccines << q.value(6).toString();
        c.lastGivenAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        c.mayLeaveAt = c.lastGivenAt.addSecs(qint64(minutes) * 60);
    }
    std::sort(out.begin(), out.end(), [](const VaccinatedChild &a, const VaccinatedChild &b) {
        return a.lastGivenAt > b.lastGivenAt;
    });
    return out;
}

Result<void> VaccinationDay::setGuardian(const Scope &scope, const QString &residentId,
                                         const Guardian &g)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e;
    const Guardian clean{g.name.trimmed(), g.relation.trimmed(), g.phone.trimmed()};
    if (clean.name.isEmpty())
        return makeError(QStringLiteral("guardian.name"), Text::tr("请填写监护人姓名"),
                         QStringLiteral("guardian_name"));
    if (!clean.relation.isEmpty() &&
        !CodeTable::get(QStringLiteral("guardian_relation")).contains(clean.relation))
        return makeError(QStringLiteral("guardian.relation"),
                         Text::tr("请从列表中选择与儿童的关系"),
                         QStringLiteral("guardian_relation"));
    static const QRegularExpression phone(QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$"));
    if (!clean.phone.isEmpty() && !phone.match(clean.phone).hasMatch())
        return makeError(QStringLiteral("guardian.phone"),
                         Text::tr("监护人电话应为11位手机号或带区号的固定电话"),
                         QStringLiteral("guardian_phone"));
    QSqlQuery r(db(m_conn));
    r.prepare(QStringLiteral("SELECT village_code, contact_name, contact_relation, contact_phone"
                             " FROM resident WHERE id = ? AND deleted = 0"));
    r.addBindValue(residentId);
    if (auto e = exec(r); !e)
        return e;
    if (!r.next())
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该儿童"));
    if (!scope.allowsVillage(r.value(0).toString()))
        return makeError(QStringLiteral("scope.denied"), Text::tr("您无权查看或修改该村的居民"));
    auto json = [](const Guardian &x) {
        return QJsonObject{{QStringLiteral("contact_name"), x.name},
                           {QStringLiteral("contact_relation"), x.relation},
                           {QStringLiteral("contact_phone"), x.phone}};
    };
    const Guardian before{r.value(1).toString(), r.value(2).toString(), r.value(3).toString()};
    Transaction tx(m_conn);
    QSqlQuery u(db(m_conn));
    u.prepare(QStringLiteral("UPDATE resident SET contact_name = ?, contact_relation = ?,"
                             " contact_phone = ?, updated_at = ?, updated_by = ?, dirty = 1"
                             " WHERE id = ?"));
    for (const QString &v :
         {clean.name, clean.relation, clean.phone, ChangeLog::nowUtc(), scope.userId, residentId})
        u.addBindValue(v);
    if (auto e = exec(u); !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident"), residentId,
                                   ChangeOp::Update, json(before), json(clean));
        !e)
        return e;
    if (auto e = tx.commit(); !e)
        return e;
    qCInfo(lcRepo) << "guardian set" << residentId;
    return {};
}

} // namespace Models
