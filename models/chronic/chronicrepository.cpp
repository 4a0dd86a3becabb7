// ChronicRepository, registrations: loading, registering and closing chronic-disease
// registrations, and the target population per programme.
#include "chronicrepository.h"
#include "changelog.h"
#include "chronicrepositoryrows.h"
#include "codetable.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "residentlifecycle.h"

#include <QUuid>

namespace Models {

namespace {

const QString RegColumns = QStringLiteral(
    "g.id, g.resident_id, g.programme, g.icd10, g.icd_version, g.diagnosed_on, g.diagnosis_source,"
    " g.risk_level, g.registered_on, g.doctor_id, g.closed_on, g.close_reason, g.close_note,"
    " r.name, r.village_code");

ChronicRegistration readRegistration(const QSqlQuery &q)
{
    ChronicRegistration g;
    g.id = q.value(0).toString();
    g.residentId = q.value(1).toString();
    g.programme = q.value(2).toString();
    g.icd10 = q.value(3).toString();
    g.icdVersion = q.value(4).toString();
    g.diagnosedOn = toDate(q.value(5));
    g.diagnosisSource = q.value(6).toString();
    g.riskLevel = q.value(7).toString();
    g.registeredOn = toDate(q.value(8));
    g.doctorId = q.value(9).toString();
    g.closedOn = toDate(q.value(10));
    g.closeReason = q.value(11).toString();
    g.closeNote = q.value(12).toString();
    g.residentName = q.value(13).toString();
    g.villageCode = q.value(14).toString();
    return g;
}

} // namespace

ChronicRepository::ChronicRepository(QString connectionName, const ChronicRuleSet &rules)
    : m_conn(std::move(connectionName)), m_rules(rules)
{
}

Result<ChronicRegistration> ChronicRepository::loadRegistration(const Scope &scope,
                                                                const QString &id) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM chronic_registration g JOIN resident r ON r.id = g.resident_id"
                  " WHERE g.id = ? AND g.deleted = 0")
                  .arg(RegColumns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("registration.notfound"), Text::tr("找不到该慢病登记"));
    ChronicRegistration g = readRegistration(q);
    if (!scope.allowsVillage(g.villageCode))
        return outOfScope();
    return g;
}

Result<ChronicRegistration> ChronicRepository::registration(const Scope &scope,
                                                            const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    return loadRegistration(scope, id);
}

Result<QVector<ChronicRegistration>>
ChronicRepository::registrationsOf(const Scope &scope, const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM chronic_registration g JOIN resident r ON r.id = g.resident_id"
                  " WHERE g.resident_id = ? AND g.deleted = 0"
                  " ORDER BY g.closed_on IS NOT NULL, g.programme, g.registered_on DESC")
                  .arg(RegColumns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ChronicRegistration> out;
    while (q.next()) {
        ChronicRegistration g = readRegistration(q);
        if (!scope.allowsVillage(g.villageCode))
            return outOfScope();
        out.append(g);
    }
    return out;
}

Result<ChronicRegistration> ChronicRepository::registerResident(const Scope &scope,
                                                                ChronicRegistration g)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    const QDate today = QDate::currentDate();
    if (g.programme != QLatin1String("hypertension") && g.programme != QLatin1String("diabetes"))
        return invalid(QStringLiteral("programme"),
                       Text::tr("请选择登记的疾病（高血压或2型糖尿病）"));
    const auto &icd = CodeTable::get(QStringLiteral("chronic_icd10"));
    const QString family = g.programme == QLatin1String("hypertension") ? QStringLiteral("I10")
                                                                        : QStringLiteral("E11");
    if (!icd.contains(g.icd10) || !g.icd10.startsWith(family))
        return invalid(QStringLiteral("icd10"),
                       Text::tr("请从编码表选择与该疾病相符的 ICD-10 诊断编码（%1）").arg(family));
    if (!g.diagnosedOn.isValid() || g.diagnosedOn > today)
        return invalid(QStringLiteral("diagnosed_on"), Text::tr("确诊日期不能晚于今天"));
    if (!g.registeredOn.isValid())
        g.registeredOn = today;
    if (g.registeredOn > today || g.registeredOn < g.diagnosedOn)
        return invalid(QStringLiteral("registered_on"), Text::tr("登记日期应在确诊日期与今天之间"));
    static const QStringList risks{QString(), QStringLiteral("low"), QStringLiteral("medium"),
                                   QStringLiteral("high"), QStringLiteral("very_high")};
    if (!risks.contains(g.riskLevel))
        return invalid(QStringLiteral("risk_level"),
                       Text::tr("危险分层应为低危、中危、高危或很高危"));
    QSqlQuery rq(db(m_conn));
    rq.prepare(QStringLiteral("SELECT village_code, name, birth_date, life_status, life_date"
                              " FROM resident WHERE id = ? AND deleted = 0"));
    rq.addBindValue(g.residentId);
    if (auto e = exec(rq); !e)
        return e.error();
    if (!rq.next())
        return invalid(QStringLiteral("resident"), Text::tr("找不到该居民"));
    g.villageCode = rq.value(0).toString();
    g.residentName = rq.value(1).toString();
    if (!scope.allowsVillage(g.villageCode))
        return outOfScope();
    if (rq.value(3).toString() != QLatin1String("active")) {
        Resident gone;
        gone.lifeStatus = rq.value(3).toString();
        gone.lifeDate = QDate::fromString(rq.value(4).toString(), Qt::ISODate);
        return invalid(QStringLiteral("resident"),
                       Text::tr("%1：%2，不能登记管理").arg(g.residentName, lifeStatusText(gone)));
    }
    QSqlQuery dup(db(m_conn));
    dup.prepare(
        QStringLiteral("SELECT 1 FROM chronic_registration WHERE resident_id = ? AND programme = ?"
                       " AND closed_on IS NULL AND deleted = 0"));
    dup.addBindValue(g.residentId);
    dup.addBindValue(g.programme);
    if (auto e = exec(dup); !e)
        return e.error();
    if (dup.next())
        return invalid(QStringLiteral("programme"),
                       Text::tr("该居民已在%1管理中").arg(programmeLabel(g.programme)));

    g.icdVersion = icd.version();
    if (g.doctorId.isEmpty())
        g.doctorId = scope.userId;
    g.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO chronic_registration(id, resident_id, programme, icd10, "
                             "icd_version, diagnosed_on,"
                             " diagnosis_source, risk_level, registered_on, doctor_id, created_at, "
                             "updated_at, updated_by)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         notNullText({QVariant(g.id), QVariant(g.residentId), QVariant(g.programme),
                      QVariant(g.icd10), QVariant(g.icdVersion), dateVar(g.diagnosedOn),
                      QVariant(g.diagnosisSource), QVariant(g.riskLevel), dateVar(g.registeredOn),
                      QVariant(g.doctorId), QVariant(now), QVariant(now), QVariant(scope.userId)}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = refreshSchedule(g.id, g.registeredOn); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("chronic_registration"), g.id,
                                   ChangeOp::Create, {}, g.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "chronic registration created" << g.id;
    return g;
}

Result<ChronicRegistration> ChronicRepository::close(const Scope &scope, const QString &id,
                                                     const QDate &on, const QString &reason,
                                                     const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    auto before = loadRegistration(scope, id);
    if (!before)
        return before.error();
    if (!before->isOpen())
        return invalid(QStringLiteral("closed_on"), Text::tr("该登记已结案"));
    static const QStringList reasons{QStringLiteral("moved"), QStringLiteral("died"),
                                     QStringLiteral("lost"), QStringLiteral("other")};
    if (!reasons.contains(reason))
        return invalid(QStringLiteral("close_reason"),
                       Text::tr("请选择结案原因（迁出、死亡、失访、其他）"));
    if (!on.isValid() || on > QDate::currentDate() || on < before->registeredOn)
        return invalid(QStringLiteral("closed_on"), Text::tr("结案日期应在登记日期与今天之间"));
    if ((reason == QLatin1String("other") || reason == QLatin1String("died")) &&
        note.trimmed().isEmpty())
        return invalid(QStringLiteral("close_note"), reason == QLatin1String("died")
                                                         ? Text::tr("请填写死亡原因")
                                                         : Text::tr("请填写结案原因"));
    ChronicRegistration after = *before;
    after.closedOn = on;
    after.closeReason = reason;
    after.closeNote = note.trimmed();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE chronic_registration SET closed_on = ?, close_reason = ?, close_note = ?,"
        " updated_at = ?, updated_by = ?, dirty = 1 WHERE id = ?"));
    for (const QVariant &v :
         notNullText({dateVar(on), QVariant(reason), QVariant(after.closeNote),
                      QVariant(ChangeLog::nowUtc()), QVariant(scope.userId), QVariant(id)}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("chronic_registration"), id,
                                   ChangeOp::Update, before->toJson(), after.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return after;
}
Result<void> ChronicRepository::setTargetPopulation(const Scope &scope, const QString &programme,
                                                    int year, const QString &areaCode,
                                                    int population)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    if (population < 1)
        return invalid(QStringLiteral("population"), Text::tr("应管理人数应为正整数"));
    if (programme != QLatin1String("hypertension") && programme != QLatin1String("diabetes"))
        return invalid(QStringLiteral("programme"),
                       Text::tr("请选择登记的疾病（高血压或2型糖尿病）"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO chronic_target_population(programme, year, area_code, population)"
        " VALUES(?,?,?,?) ON CONFLICT DO UPDATE SET population = excluded.population"));
    q.addBindValue(programme);
    q.addBindValue(year);
    q.addBindValue(areaCode + QLatin1String(""));
    q.addBindValue(population);
    if (auto e = exec(q); !e)
        return e;
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("set"),
                                  QStringLiteral("chronic_target_population"),
                                  QStringLiteral("%1/%2/%3").arg(programme).arg(year).arg(areaCode),
                                  {}, QJsonObject{{QStringLiteral("population"), population}});
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
