#include "mentalrepository.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "sharedcare.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::MentalRepository)
};

Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("mental.invalid"), message, field);
}

const QString Columns = QStringLiteral(
    "p.id, p.resident_id, p.disease, p.diagnosed_on, p.diagnosis_hospital, p.first_onset,"
    " p.guardian_name, p.guardian_relation, p.guardian_phone, p.locked_history, p.form_json,"
    " p.registered_on, p.doctor_id, p.closed_on, p.close_reason, r.name, r.village_code");

MentalPatient readPatient(const QSqlQuery &q)
{
    MentalPatient p;
    p.id = q.value(0).toString();
    p.residentId = q.value(1).toString();
    p.disease = q.value(2).toString();
    p.diagnosedOn = sharedDate(q.value(3));
    p.diagnosisHospital = q.value(4).toString();
    p.firstOnset = q.value(5).toString();
    p.guardianName = q.value(6).toString();
    p.guardianRelation = q.value(7).toString();
    p.guardianPhone = q.value(8).toString();
    p.lockedHistory = q.value(9).toString();
    p.form = sharedJsonObject(q.value(10));
    p.registeredOn = sharedDate(q.value(11));
    p.doctorId = q.value(12).toString();
    p.closedOn = sharedDate(q.value(13));
    p.closeReason = q.value(14).toString();
    p.residentName = q.value(15).toString();
    p.villageCode = q.value(16).toString();
    return p;
}

QJsonObject clinicalJson(const MentalInput &in)
{
    return QJsonObject{{QStringLiteral("risk"), in.risk},
                       {QStringLiteral("symptoms"), QJsonArray::fromStringList(in.symptoms)},
                       {QStringLiteral("symptoms_marked"), in.symptomsMarked},
                       {QStringLiteral("insight"), in.insight},
                       {QStringLiteral("social"), QJsonArray::fromStringList(in.social)},
                       {QStringLiteral("adverse_reaction"), in.adverseReaction},
                       {QStringLiteral("physical_illness"), in.physicalIllness}};
}

} // namespace

const QStringList &mentalDiseases()
{
    static const QStringList d{
        QStringLiteral("精神分裂症"),       QStringLiteral("分裂情感性障碍"),
        QStringLiteral("偏执性精神病"),     QStringLiteral("双相情感障碍"),
        QStringLiteral("癫痫所致精神障碍"), QStringLiteral("精神发育迟滞伴发精神障碍")};
    return d;
}

QString mentalDiseaseLabel(const QString &disease)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Models::MentalRepository", "精神分裂症"),
        QT_TRANSLATE_NOOP("Models::MentalRepository", "分裂情感性障碍"),
        QT_TRANSLATE_NOOP("Models::MentalRepository", "偏执性精神病"),
        QT_TRANSLATE_NOOP("Models::MentalRepository", "双相情感障碍"),
        QT_TRANSLATE_NOOP("Models::MentalRepository", "癫痫所致精神障碍"),
        QT_TRANSLATE_NOOP("Models::MentalRepository", "精神发育迟滞伴发精神障碍")};
    for (const char *l : labels)
        if (disease == QString::fromUtf8(l))
            return Text::tr(l);
    return disease;
}

QJsonObject MentalPatient::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("disease"), disease},
                       {QStringLiteral("diagnosed_on"), diagnosedOn.toString(Qt::ISODate)},
                       {QStringLiteral("diagnosis_hospital"), diagnosisHospital},
                       {QStringLiteral("first_onset"), firstOnset},
                       {QStringLiteral("guardian_name"), guardianName},
                       {QStringLiteral("guardian_relation"), guardianRelation},
                       {QStringLiteral("guardian_phone"), guardianPhone},
                       {QStringLiteral("locked_history"), lockedHistory},
                       {QStringLiteral("form"), form},
                       {QStringLiteral("registered_on"), registeredOn.toString(Qt::ISODate)},
                       {QStringLiteral("doctor_id"), doctorId},
                       {QStringLiteral("closed_on"), closedOn.toString(Qt::ISODate)},
                       {QStringLiteral("close_reason"), closeReason}};
}

QJsonObject MentalFollowup::toJson() const
{
    QJsonObject all = form;
    all.insert(QStringLiteral("clinical"), clinicalJson(clinical));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("patient_id"), patientId},
                       {QStringLiteral("visit_date"), visitDate.toString(Qt::ISODate)},
                       {QStringLiteral("visit_form"), visitForm},
                       {QStringLiteral("seen"), seen},
                       {QStringLiteral("lost_reason"), lostReason},
                       {QStringLiteral("class"), cls},
                       {QStringLiteral("next_visit"), nextVisit.toString(Qt::ISODate)},
                       {QStringLiteral("referred"), referred},
                       {QStringLiteral("rule_set"), ruleSet},
                       {QStringLiteral("form"), all},
                       {QStringLiteral("doctor_id"), doctorId}};
}

MentalRepository::MentalRepository(QString connectionName, const MentalRuleSet &rules)
    : m_conn(std::move(connectionName)), m_rules(rules)
{
}

Result<MentalPatient> MentalRepository::registerPatient(const Scope &scope, MentalPatient p)
{
    if (auto e = requirePermission(scope, QStringLiteral("mental.write")); !e)
        return e.error();
    auto r = sharedCareResident(m_conn, scope, p.residentId, true);
    if (!r)
        return r.error();
    if (!mentalDiseases().contains(p.disease))
        return invalid(QStringLiteral("disease"), Text::tr("请选择六种严重精神障碍之一"));
    const QDate today = QDate::currentDate();
    if (!p.registeredOn.isValid())
        p.registeredOn = today;
    if (p.registeredOn > today)
        return invalid(QStringLiteral("registered_on"), Text::tr("登记日期不能晚于今天"));
    if (p.diagnosedOn.isValid() && (p.diagnosedOn > p.registeredOn ||
                                    (r->birthDate.isValid() && p.diagnosedOn < r->birthDate)))
        return invalid(QStringLiteral("diagnosed_on"),
                       Text::tr("确诊日期应在出生日期与登记日期之间"));
    {
        QSqlQuery dup(db(m_conn));
        dup.prepare(QStringLiteral("SELECT 1 FROM mental_patient WHERE resident_id = ?"
                                   " AND closed_on IS NULL AND deleted = 0"));
        dup.addBindValue(p.residentId);
        if (auto e = exec(dup); !e)
            return e.error();
        if (dup.next())
            return invalid(QStringLiteral("resident"),
                           Text::tr("该居民已在严重精神障碍患者管理中"));
    }
    p.residentName = r->name;
    p.villageCode = r->villageCode;
    if (p.doctorId.isEmpty())
        p.doctorId = scope.userId;
    p.id = newUuid();
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO mental_patient(id, resident_id, disease, diagnosed_on, diagnosis_hospital,"
        " first_onset, guardian_name, guardian_relation, guardian_phone, locked_history, form_json,"
        " registered_on, doctor_id, created_at, updated_at, updated_by)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         sharedNotNull({p.id, p.residentId, p.disease,
                        p.diagnosedOn.isValid() ? QVariant(p.diagnosedOn.toString(Qt::ISODate))
                                                : QVariant(QString()),
                        p.diagnosisHospital, p.firstOnset, p.guardianName, p.guardianRelation,
                        p.guardianPhone, p.lockedHistory, sharedJsonText(p.form),
                        sharedDateVar(p.registeredOn), p.doctorId, now, now, scope.userId}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("mental_patient"), p.id,
                                   ChangeOp::Create, {}, p.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "mental patient registered" << p.id;
    return p;
}

Result<MentalPatient> MentalRepository::load(const Scope &scope, const QString &id) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM mental_patient p JOIN resident r"
                             " ON r.id = p.resident_id WHERE p.id = ? AND p.deleted = 0")
                  .arg(Columns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("mental.notfound"), Text::tr("找不到该患者管理记录"),
                         QStringLiteral("patient"));
    MentalPatient p = readPatient(q);
    if (!scope.allowsVillage(p.villageCode))
        return outOfScope();
    return p;
}

Result<MentalPatient> MentalRepository::patient(const Scope &scope, const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("mental.read")); !e)
        return e.error();
    auto p = load(scope, id);
    if (!p)
        return p.error();
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("read"),
                                  QStringLiteral("mental_patient"), id);
        !e)
        return e.error();
    return p;
}

Result<QVector<MentalPatient>> MentalRepository::patientsOf(const Scope &scope,
                                                            const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("mental.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM mental_patient p JOIN resident r"
                             " ON r.id = p.resident_id WHERE p.resident_id = ? AND p.deleted = 0"
                             " ORDER BY p.registered_on DESC")
                  .arg(Columns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<MentalPatient> out;
    while (q.next()) {
        MentalPatient p = readPatient(q);
        if (!scope.allowsVillage(p.villageCode))
            return outOfScope();
        out << p;
    }
    for (const MentalPatient &p : out)
        if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("read"),
                                      QStringLiteral("mental_patient"), p.id);
            !e)
            return e.error();
    return out;
}

Result<QString> MentalRepository::openRegistrationId(const Scope &scope,
                                                     const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("mental.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT p.id, r.village_code FROM mental_patient p JOIN resident r"
                             " ON r.id = p.resident_id WHERE p.resident_id = ?"
                             " AND p.closed_on IS NULL AND p.deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return QString();
    if (!scope.allowsVillage(q.value(1).toString()))
        return outOfScope();
    return q.value(0).toString();
}

Result<MentalFollowup> MentalRepository::recordFollowup(const Scope &scope, MentalFollowup f)
{
    if (auto e = requirePermission(scope, QStringLiteral("mental.write")); !e)
        return e.error();
    auto p = load(scope, f.patientId);
    if (!p)
        return p.error();
    if (p->closedOn.isValid())
        return invalid(QStringLiteral("patient"), Text::tr("该患者已结案，不能再随访"));
    const QDate today = QDate::currentDate();
    if (!f.visitDate.isValid() || f.visitDate > today || f.visitDate < p->registeredOn)
        return invalid(QStringLiteral("visit_date"), Text::tr("随访日期应在登记日期与今天之间"));
    static const QStringList forms{QString(), QStringLiteral("门诊"), QStringLiteral("家庭访视"),
                                   QStringLiteral("电话")};
    if (!forms.contains(f.visitForm))
        return invalid(QStringLiteral("visit_form"), Text::tr("随访形式应为门诊、家庭访视或电话"));
    f.residentId = p->residentId;
    if (f.seen) {
        auto d = m_rules.classify(f.clinical);
        if (!d)
            return d.error();
        f.cls = mentalClassCode(d->cls);
        f.ruleSet = d->ruleSet;
        if (!f.nextVisit.isValid())
            f.nextVisit = f.visitDate.addDays(d->nextVisitDays);
        f.form.insert(QStringLiteral("why"), QJsonArray::fromStringList(d->ruleIds));
    } else {
        if (f.lostReason.isEmpty())
            return invalid(QStringLiteral("lost_reason"), Text::tr("未访到时请填写原因"));
        f.cls.clear();
    }
    if (f.nextVisit.isValid() && f.nextVisit <= f.visitDate)
        return invalid(QStringLiteral("next_visit"), Text::tr("下次随访日期应晚于本次随访"));
    if (f.doctorId.isEmpty())
        f.doctorId = scope.userId;
    f.id = newUuid();
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QJsonObject all = f.form;
    all.insert(QStringLiteral("clinical"), clinicalJson(f.clinical));
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO mental_followup(id, patient_id, resident_id, visit_date, visit_form, seen,"
        " lost_reason, risk, class, next_visit, referred, rule_set, form_json, doctor_id,"
        " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         sharedNotNull({f.id, f.patientId, f.residentId, sharedDateVar(f.visitDate), f.visitForm,
                        int(f.seen), f.lostReason, f.seen ? QVariant(f.clinical.risk) : QVariant(),
                        f.cls, sharedDateVar(f.nextVisit), int(f.referred), f.ruleSet,
                        sharedJsonText(all), f.doctorId, now, now, scope.userId}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("mental_followup"), f.id,
                                   ChangeOp::Create, {}, f.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return f;
}

Result<QVector<MentalFollowup>> MentalRepository::followups(const Scope &scope,
                                                            const QString &patientId) const
{
    auto p = patient(scope, patientId); // permission, scope, audit
    if (!p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT id, visit_date, visit_form, seen, lost_reason, class, next_visit, referred,"
        " rule_set, form_json, doctor_id FROM mental_followup WHERE patient_id = ? AND deleted = 0"
        " ORDER BY visit_date"));
    q.addBindValue(patientId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<MentalFollowup> out;
    while (q.next()) {
        MentalFollowup f;
        f.id = q.value(0).toString();
        f.patientId = patientId;
        f.residentId = p->residentId;
        f.visitDate = sharedDate(q.value(1));
        f.visitForm = q.value(2).toString();
        f.seen = q.value(3).toInt() != 0;
        f.lostReason = q.value(4).toString();
        f.cls = q.value(5).toString();
        f.nextVisit = sharedDate(q.value(6));
        f.referred = q.value(7).toInt() != 0;
        f.ruleSet = q.value(8).toString();
        f.form = sharedJsonObject(q.value(9));
        const QJsonObject clinical = f.form.take(QStringLiteral("clinical")).toObject();
        if (auto in = MentalInput::fromJson(clinical))
            f.clinical = *in;
        f.doctorId = q.value(10).toString();
        out << f;
    }
    return out;
}

} // namespace Models
