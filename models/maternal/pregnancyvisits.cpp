// PregnancyRepository: the visits (prenatal 2-5 or their 督促 date, postpartum, 42-day check) and
// the birth, where each live-born baby becomes a resident in the mother's household.
#include "pregnancyrepository.h"

#include "changelog.h"
#include "dates.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "pregnancydates.h"
#include "residentrepository.h"

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

// The newborn's relation to the head of household, from the mother's.
QString childRelation(const QString &motherRelation, QChar sex)
{
    if (motherRelation == QLatin1String("02") || motherRelation == QLatin1String("10"))
        return sex == QLatin1Char('M') ? QStringLiteral("20") : QStringLiteral("30");
    if (motherRelation == QLatin1String("20") || motherRelation == QLatin1String("30") ||
        motherRelation == QLatin1String("80"))
        return QStringLiteral("40");
    return QStringLiteral("99");
}
} // namespace

Result<MaternalVisit> PregnancyRepository::recordVisit(const Scope &scope, MaternalVisit v)
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.write")); !e)
        return e.error();
    auto before = load(scope, v.pregnancyId);
    if (!before)
        return before.error();
    Pregnancy p = *before;
    if (!p.isOpen())
        return invalid(QStringLiteral("pregnancy"), Text::tr("该孕产期记录已结案"));
    const QDate today = QDate::currentDate();
    if (!v.visitDate.isValid() || v.visitDate > today)
        return invalid(QStringLiteral("visit_date"), Text::tr("随访日期不能为空，也不能晚于今天"));
    if (v.visitDate < p.bookedOn)
        return invalid(QStringLiteral("visit_date"), Text::tr("随访日期不能早于建册日期"));
    if (v.nextDate.isValid() && v.nextDate <= v.visitDate)
        return invalid(QStringLiteral("next_date"), Text::tr("下次随访日期应晚于本次"));
    v.residentId = p.residentId;
    if (v.kind == QLatin1String("prenatal")) {
        if (v.visitNo < 2 || v.visitNo > 5)
            return invalid(QStringLiteral("visit_no"), Text::tr("产前随访应为第2至第5次"));
        if (p.deliveredOn.isValid())
            return invalid(QStringLiteral("visit_date"), Text::tr("已分娩，不能再记录产前随访"));
        const PregnancyDates dates(p.lmp,
                                   p.eddRule == QLatin1String("ultrasound") ? QString() : p.eddRule,
                                   p.eddRule == QLatin1String("ultrasound") ? p.edd : QDate());
        v.gestationalDay = dates.ageOn(v.visitDate).days;
        if (!v.urgedOnly &&
            !QStringList{QStringLiteral("normal"), QStringLiteral("abnormal")}.contains(
                v.classification))
            return invalid(QStringLiteral("classification"),
                           Text::tr("请选择分类：未见异常或异常"));
    } else if (v.kind == QLatin1String("postpartum") || v.kind == QLatin1String("check42")) {
        if (!p.deliveredOn.isValid())
            return invalid(QStringLiteral("visit_date"), Text::tr("请先登记分娩"));
        if (v.visitDate < p.deliveredOn)
            return invalid(QStringLiteral("visit_date"), Text::tr("产后随访日期不能早于分娩日期"));
        v.urgedOnly = false;
        if (v.kind == QLatin1String("postpartum") &&
            !QStringList{QStringLiteral("normal"), QStringLiteral("abnormal")}.contains(
                v.classification))
            return invalid(QStringLiteral("classification"),
                           Text::tr("请选择分类：未见异常或异常"));
        if (v.kind == QLatin1String("check42")) {
            if (!QStringList{QStringLiteral("recovered"), QStringLiteral("not_recovered")}.contains(
                    v.classification))
                return invalid(QStringLiteral("classification"),
                               Text::tr("请选择分类：已恢复或未恢复"));
            if (!QStringList{QStringLiteral("closed"), QStringLiteral("referred")}.contains(
                    v.disposition))
                return invalid(QStringLiteral("disposition"), Text::tr("请选择处理：结案或转诊"));
        }
    } else {
        return invalid(QStringLiteral("kind"), Text::tr("随访类型有误"));
    }
    if (v.doctorId.isEmpty())
        v.doctorId = scope.userId;
    v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO maternal_visit(id, pregnancy_id, resident_id, kind, visit_no, visit_date,"
        " urged_only, gestational_day, classification, disposition, form, next_date, doctor_id,"
        " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const auto s = [](const QString &t) { return t.isNull() ? QString(QLatin1String("")) : t; };
    for (const QVariant &x :
         {QVariant(v.id), QVariant(v.pregnancyId), QVariant(v.residentId), QVariant(v.kind),
          QVariant(v.visitNo), QVariant(isoDate(v.visitDate)), QVariant(v.urgedOnly ? 1 : 0),
          v.gestationalDay >= 0 ? QVariant(v.gestationalDay) : QVariant(QMetaType(QMetaType::Int)),
          QVariant(s(v.classification)), QVariant(s(v.disposition)),
          QVariant(QString::fromUtf8(QJsonDocument(v.form).toJson(QJsonDocument::Compact))),
          v.nextDate.isValid() ? QVariant(isoDate(v.nextDate))
                               : QVariant(QMetaType(QMetaType::QString)),
          QVariant(v.doctorId), QVariant(now), QVariant(now), QVariant(scope.userId)})
        q.addBindValue(x);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("maternal_visit"), v.id,
                                   ChangeOp::Create, {}, v.toJson());
        !e)
        return e.error();
    if (v.kind == QLatin1String("check42") && v.disposition == QLatin1String("closed")) {
        p.closedOn = v.visitDate;
        p.closeReason = QStringLiteral("closed");
        if (auto e = update(scope, *before, p); !e)
            return e.error();
    }
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "maternal visit recorded" << v.id << v.kind;
    return v;
}

Result<QStringList> PregnancyRepository::registerBirth(const Scope &scope, const QString &id,
                                                       const BirthRecord &b)
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.write")); !e)
        return e.error();
    auto before = load(scope, id);
    if (!before)
        return before.error();
    Pregnancy p = *before;
    if (p.deliveredOn.isValid())
        return invalid(QStringLiteral("delivered_on"), Text::tr("该孕产期已登记分娩"));
    const QDate today = QDate::currentDate();
    if (!b.deliveredOn.isValid() || b.deliveredOn > today)
        return invalid(QStringLiteral("delivered_on"),
                       Text::tr("分娩日期不能为空，也不能晚于今天"));
    if (b.deliveredOn < p.lmp)
        return invalid(QStringLiteral("delivered_on"), Text::tr("分娩日期不能早于末次月经"));
    if (b.dischargedOn.isValid() && (b.dischargedOn < b.deliveredOn || b.dischargedOn > today))
        return invalid(QStringLiteral("discharged_on"), Text::tr("出院日期应在分娩日期与今天之间"));
    static const QStringList outcomes{QStringLiteral("live_birth"), QStringLiteral("stillbirth"),
                                      QStringLiteral("miscarriage"), QStringLiteral("induced")};
    if (!outcomes.contains(b.outcome))
        return invalid(QStringLiteral("outcome"), Text::tr("请选择妊娠结局"));
    if (b.outcome == QLatin1String("live_birth") && b.babies.isEmpty())
        return invalid(QStringLiteral("babies"), Text::tr("活产请至少登记一名新生儿"));
    if (b.outcome != QLatin1String("live_birth") && !b.babies.isEmpty())
        return invalid(QStringLiteral("babies"), Text::tr("只有活产才登记新生儿"));
    for (const Newborn &n : b.babies) {
        if (n.sex != QLatin1Char('M') && n.sex != QLatin1Char('F'))
            return invalid(QStringLiteral("sex"), Text::tr("请选择新生儿性别"));
        if (n.birthWeightG != 0 && (n.birthWeightG < 300 || n.birthWeightG > 7000))
            return invalid(QStringLiteral("birth_weight_g"),
                           Text::tr("出生体重应在 300–7000 g 之间"));
    }
    // The mother's household, village, address and phone for the newborns.
    ResidentRepository residents(m_conn);
    auto mother = residents.findById(scope, p.residentId);
    if (!mother)
        return mother.error();

    p.deliveredOn = b.deliveredOn;
    p.deliveryPlace = b.place;
    p.deliveryOutcome = b.outcome;
    p.dischargedOn = b.dischargedOn;
    if (b.outcome != QLatin1String("live_birth") && b.outcome != QLatin1String("stillbirth")) {
        p.closedOn = b.deliveredOn;
        p.closeReason = b.outcome;
    }
    const int gestationDay =
        PregnancyDates::ageOn(
            p.eddRule == QLatin1String("ultrasound") ? p.edd.addDays(-280) : p.lmp, b.deliveredOn)
            .days;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QStringList ids;
    int order = 0;
    for (const Newborn &n : b.babies) {
        Resident child;
        child.name = n.name.trimmed();
        if (child.name.isEmpty()) {
            child.name = mother->name + (n.sex == QLatin1Char('M') ? QStringLiteral("之男")
                                                                   : QStringLiteral("之女"));
            // A name is data, never translated: 母亲姓名 + 之男/之女 (+ 一/二/三 for twins).
            const QString order1to3[] = {QStringLiteral("一"), QStringLiteral("二"),
                                         QStringLiteral("三")};
            if (b.babies.size() > 1)
                child.name += order1to3[std::min(order++, 2)];
        }
        child.sex = n.sex;
        child.birthDate = b.deliveredOn;
        child.villageCode = mother->villageCode;
        child.householdId = mother->householdId;
        child.relation = childRelation(mother->relation, n.sex);
        child.address = mother->address;
        child.phone = mother->phone;
        child.residenceType = mother->residenceType;
        child.ethnicity = mother->ethnicity;
        auto created = residents.create(scope, child);
        if (!created)
            return created.error();
        ids << created->id;
        QSqlQuery q(db(m_conn));
        q.prepare(
            QStringLiteral("INSERT INTO pregnancy_child(pregnancy_id, child_id, birth_weight_g,"
                           " birth_length_cm, gestation_day) VALUES(?,?,?,?,?)"));
        q.addBindValue(p.id);
        q.addBindValue(created->id);
        q.addBindValue(n.birthWeightG > 0 ? QVariant(n.birthWeightG)
                                          : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(n.birthLengthCm > 0 ? QVariant(n.birthLengthCm)
                                           : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(gestationDay >= 0 ? QVariant(gestationDay)
                                         : QVariant(QMetaType(QMetaType::Int)));
        if (auto e = exec(q); !e)
            return e.error();
    }
    if (auto e = update(scope, *before, p); !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "birth registered" << p.id << ids.size() << "newborn(s)";
    return ids;
}

} // namespace Models
