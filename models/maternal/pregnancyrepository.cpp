// PregnancyRepository: booking, the risk grade, visits, the birth (newborns become residents).
#include "pregnancyrepository.h"

#include "changelog.h"
#include "dates.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "pregnancydates.h"
#include "residentrepository.h"
#include "riskscreen.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::PregnancyRepository)
};

Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("pregnancy.invalid"), message, field);
}

QVariant dateVar(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString Columns = QStringLiteral(
    "p.id, p.resident_id, p.lmp, p.edd, p.edd_rule, p.booked_on, p.booking_day, p.gravidity,"
    " p.parity, p.risk_proposed, p.risk_grade, p.risk_infectious, p.risk_confirmed_by,"
    " p.risk_reasons, p.midwifery, p.booking_form, p.delivered_on, p.delivery_place,"
    " p.delivery_outcome, p.discharged_on, p.closed_on, p.close_reason, p.doctor_id, r.name,"
    " r.village_code");

Pregnancy readRow(const QSqlQuery &q)
{
    Pregnancy p;
    p.id = q.value(0).toString();
    p.residentId = q.value(1).toString();
    p.lmp = toDate(q.value(2));
    p.edd = toDate(q.value(3));
    p.eddRule = q.value(4).toString();
    p.bookedOn = toDate(q.value(5));
    p.bookingDay = q.value(6).toInt();
    p.gravidity = q.value(7).toInt();
    p.parity = q.value(8).toInt();
    p.riskProposed = q.value(9).toString();
    p.riskGrade = q.value(10).toString();
    p.riskInfectious = q.value(11).toInt() != 0;
    p.riskConfirmedBy = q.value(12).toString();
    p.riskReasons = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array();
    p.midwifery = q.value(14).toInt() != 0;
    p.bookingForm = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    p.deliveredOn = toDate(q.value(16));
    p.deliveryPlace = q.value(17).toString();
    p.deliveryOutcome = q.value(18).toString();
    p.dischargedOn = toDate(q.value(19));
    p.closedOn = toDate(q.value(20));
    p.closeReason = q.value(21).toString();
    p.doctorId = q.value(22).toString();
    p.residentName = q.value(23).toString();
    p.villageCode = q.value(24).toString();
    return p;
}
} // namespace

QJsonObject Pregnancy::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("lmp"), isoDate(lmp)},
                       {QStringLiteral("edd"), isoDate(edd)},
                       {QStringLiteral("edd_rule"), eddRule},
                       {QStringLiteral("booked_on"), isoDate(bookedOn)},
                       {QStringLiteral("booking_day"), bookingDay},
                       {QStringLiteral("gravidity"), gravidity},
                       {QStringLiteral("parity"), parity},
                       {QStringLiteral("risk_proposed"), riskProposed},
                       {QStringLiteral("risk_grade"), riskGrade},
                       {QStringLiteral("risk_infectious"), riskInfectious},
                       {QStringLiteral("risk_confirmed_by"), riskConfirmedBy},
                       {QStringLiteral("risk_reasons"), riskReasons},
                       {QStringLiteral("midwifery"), midwifery},
                       {QStringLiteral("booking_form"), bookingForm},
                       {QStringLiteral("delivered_on"), isoDate(deliveredOn)},
                       {QStringLiteral("delivery_place"), deliveryPlace},
                       {QStringLiteral("delivery_outcome"), deliveryOutcome},
                       {QStringLiteral("discharged_on"), isoDate(dischargedOn)},
                       {QStringLiteral("closed_on"), isoDate(closedOn)},
                       {QStringLiteral("close_reason"), closeReason},
                       {QStringLiteral("doctor_id"), doctorId}};
}

QJsonObject MaternalVisit::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("pregnancy_id"), pregnancyId},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("visit_no"), visitNo},
                       {QStringLiteral("visit_date"), isoDate(visitDate)},
                       {QStringLiteral("urged_only"), urgedOnly},
                       {QStringLiteral("gestational_day"), gestationalDay},
                       {QStringLiteral("classification"), classification},
                       {QStringLiteral("disposition"), disposition},
                       {QStringLiteral("form"), form},
                       {QStringLiteral("next_date"), isoDate(nextDate)},
                       {QStringLiteral("doctor_id"), doctorId}};
}

PregnancyRepository::PregnancyRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<Pregnancy> PregnancyRepository::load(const Scope &scope, const QString &id) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM pregnancy p JOIN resident r ON r.id = p.resident_id"
                             " WHERE p.id = ? AND p.deleted = 0")
                  .arg(Columns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("pregnancy.notfound"), Text::tr("找不到该孕产期记录"));
    Pregnancy p = readRow(q);
    if (!scope.allowsVillage(p.villageCode))
        return outOfScope();
    return p;
}

Result<Pregnancy> PregnancyRepository::pregnancy(const Scope &scope, const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.read")); !e)
        return e.error();
    return load(scope, id);
}

Result<QVector<Pregnancy>> PregnancyRepository::pregnanciesOf(const Scope &scope,
                                                              const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM pregnancy p JOIN resident r ON r.id = p.resident_id"
                             " WHERE p.resident_id = ? AND p.deleted = 0 ORDER BY p.booked_on DESC")
                  .arg(Columns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Pregnancy> out;
    while (q.next()) {
        out << readRow(q);
        if (!scope.allowsVillage(out.last().villageCode))
            return outOfScope();
    }
    return out;
}

Result<QVector<MaternalVisit>> PregnancyRepository::visits(const Scope &scope,
                                                           const QString &pregnancyId) const
{
    auto p = pregnancy(scope, pregnancyId);
    if (!p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT id, kind, visit_no, visit_date, urged_only, gestational_day, classification,"
        " disposition, form, next_date, doctor_id FROM maternal_visit"
        " WHERE pregnancy_id = ? AND deleted = 0 ORDER BY visit_date, created_at"));
    q.addBindValue(pregnancyId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<MaternalVisit> out;
    while (q.next()) {
        MaternalVisit v;
        v.id = q.value(0).toString();
        v.pregnancyId = pregnancyId;
        v.residentId = p->residentId;
        v.kind = q.value(1).toString();
        v.visitNo = q.value(2).toInt();
        v.visitDate = toDate(q.value(3));
        v.urgedOnly = q.value(4).toInt() != 0;
        v.gestationalDay = q.value(5).isNull() ? -1 : q.value(5).toInt();
        v.classification = q.value(6).toString();
        v.disposition = q.value(7).toString();
        v.form = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        v.nextDate = toDate(q.value(9));
        v.doctorId = q.value(10).toString();
        out << v;
    }
    return out;
}

Result<Pregnancy> PregnancyRepository::book(const Scope &scope, Pregnancy p)
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.write")); !e)
        return e.error();
    QSqlQuery rq(db(m_conn));
    rq.prepare(
        QStringLiteral("SELECT sex, birth_date, village_code, name, life_status FROM resident"
                       " WHERE id = ? AND deleted = 0"));
    rq.addBindValue(p.residentId);
    if (auto e = exec(rq); !e)
        return e.error();
    if (!rq.next())
        return invalid(QStringLiteral("resident"), Text::tr("找不到该居民"));
    p.villageCode = rq.value(2).toString();
    p.residentName = rq.value(3).toString();
    if (!scope.allowsVillage(p.villageCode))
        return outOfScope();
    if (rq.value(0).toString() != QLatin1String("F"))
        return invalid(QStringLiteral("resident"), Text::tr("只能为女性居民建立孕产期保健册"));
    if (rq.value(4).toString() != QLatin1String("active"))
        return invalid(QStringLiteral("resident"), Text::tr("该居民的档案已关闭"));
    const QDate birth = toDate(rq.value(1));
    const QDate today = QDate::currentDate();
    if (!p.bookedOn.isValid())
        p.bookedOn = today;
    if (p.bookedOn > today)
        return invalid(QStringLiteral("booked_on"), Text::tr("建册日期不能晚于今天"));
    if (!p.lmp.isValid())
        return invalid(QStringLiteral("lmp"), Text::tr("请填写末次月经日期"));
    if (p.lmp > p.bookedOn)
        return invalid(QStringLiteral("lmp"), Text::tr("末次月经不能晚于建册日期"));
    if (p.ultrasoundEdd.isValid() && std::abs(p.lmp.addDays(280).daysTo(p.ultrasoundEdd)) > 42)
        return invalid(QStringLiteral("ultrasound_edd"),
                       Text::tr("B超预产期与末次月经推算相差超过6周，请核对"));
    if (!p.eddRule.isEmpty() && p.eddRule != QLatin1String("naegele") &&
        p.eddRule != QLatin1String("lmp280"))
        return invalid(QStringLiteral("edd_rule"), Text::tr("预产期推算规则有误"));
    const PregnancyDates dates(p.lmp, p.eddRule, p.ultrasoundEdd);
    const GestationalAge ga = dates.ageOn(p.bookedOn);
    if (!ga.valid() || ga.days > MaternalSchedule::get().maxGestationDay)
        return invalid(QStringLiteral("lmp"), Text::tr("按末次月经孕周超过45周，请核对"));
    if (p.gravidity < 1 || p.gravidity > 20)
        return invalid(QStringLiteral("gravidity"), Text::tr("孕次应在 1–20 之间（含本次）"));
    if (p.parity < 0 || p.parity >= p.gravidity)
        return invalid(QStringLiteral("parity"), Text::tr("产次应小于孕次"));
    QSqlQuery dup(db(m_conn));
    dup.prepare(QStringLiteral("SELECT 1 FROM pregnancy WHERE resident_id = ? AND deleted = 0"
                               " AND closed_on IS NULL"));
    dup.addBindValue(p.residentId);
    if (auto e = exec(dup); !e)
        return e.error();
    if (dup.next())
        return invalid(QStringLiteral("resident"), Text::tr("该居民已有未结案的孕产期记录"));

    p.edd = dates.edd();
    p.eddRule = dates.eddRule();
    p.bookingDay = ga.days;
    // The screen: age on the booking day plus what the form recorded.
    QJsonObject facts = p.bookingForm.value(QStringLiteral("screen")).toObject();
    facts.insert(QStringLiteral("age"), ageInYears(birth, p.bookedOn));
    const RiskScreenResult risk = RiskScreen::get().screen(facts);
    p.riskProposed = risk.colour;
    p.riskInfectious = p.riskInfectious || risk.infectious;
    p.riskReasons = {};
    for (const RiskFinding &f : risk.findings)
        p.riskReasons << QJsonObject{{QStringLiteral("code"), f.code},
                                     {QStringLiteral("label"), f.label},
                                     {QStringLiteral("colour"), f.colour}};
    // The doctor may confirm the colour in the booking dialog itself (the same action).
    if (!p.riskGrade.isEmpty()) {
        if (RiskScreen::rank(p.riskGrade) < -1)
            return invalid(QStringLiteral("risk_grade"),
                           Text::tr("请选择风险颜色（绿、黄、橙、红、紫）"));
        p.riskConfirmedBy = scope.userId;
        p.riskInfectious = p.riskInfectious || p.riskGrade == QLatin1String("purple");
    } else {
        p.riskConfirmedBy.clear();
    }
    if (p.doctorId.isEmpty())
        p.doctorId = scope.userId;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO pregnancy(id, resident_id, lmp, edd, edd_rule, booked_on, booking_day,"
        " gravidity, parity, risk_proposed, risk_grade, risk_infectious, risk_confirmed_by,"
        " risk_reasons, midwifery, booking_form, doctor_id, created_at, updated_at, updated_by)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(p.id),
                              QVariant(p.residentId),
                              QVariant(isoDate(p.lmp)),
                              QVariant(isoDate(p.edd)),
                              QVariant(p.eddRule),
                              QVariant(isoDate(p.bookedOn)),
                              QVariant(p.bookingDay),
                              QVariant(p.gravidity),
                              QVariant(p.parity),
                              QVariant(p.riskProposed),
                              QVariant(text(p.riskGrade)),
                              QVariant(p.riskInfectious ? 1 : 0),
                              QVariant(text(p.riskConfirmedBy)),
                              QVariant(json(p.riskReasons)),
                              QVariant(p.midwifery ? 1 : 0),
                              QVariant(json(p.bookingForm)),
                              QVariant(p.doctorId),
                              QVariant(now),
                              QVariant(now),
                              QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("pregnancy"), p.id,
                                   ChangeOp::Create, {}, p.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "pregnancy booked" << p.id;
    return p;
}

Result<void> PregnancyRepository::update(const Scope &scope, const Pregnancy &before,
                                         const Pregnancy &p)
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE pregnancy SET risk_grade = ?, risk_infectious = ?, risk_confirmed_by = ?,"
        " delivered_on = ?, delivery_place = ?, delivery_outcome = ?, discharged_on = ?,"
        " closed_on = ?, close_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(text(p.riskGrade)), QVariant(p.riskInfectious ? 1 : 0),
          QVariant(text(p.riskConfirmedBy)), dateVar(p.deliveredOn),
          QVariant(text(p.deliveryPlace)), QVariant(text(p.deliveryOutcome)),
          dateVar(p.dischargedOn), dateVar(p.closedOn), QVariant(text(p.closeReason)),
          QVariant(ChangeLog::nowUtc()), QVariant(scope.userId), QVariant(p.id)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    return ChangeLog::record(m_conn, scope, QStringLiteral("pregnancy"), p.id, ChangeOp::Update,
                             before.toJson(), p.toJson());
}

Result<Pregnancy> PregnancyRepository::confirmRisk(const Scope &scope, const QString &id,
                                                   const QString &colour, bool infectious)
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.write")); !e)
        return e.error();
    auto before = load(scope, id);
    if (!before)
        return before.error();
    if (RiskScreen::rank(colour) < -1)
        return invalid(QStringLiteral("risk_grade"),
                       Text::tr("请选择风险颜色（绿、黄、橙、红、紫）"));
    Pregnancy p = *before;
    p.riskGrade = colour;
    p.riskInfectious = infectious || colour == QLatin1String("purple");
    p.riskConfirmedBy = scope.userId;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (auto e = update(scope, *before, p); !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return p;
}

} // namespace Models
