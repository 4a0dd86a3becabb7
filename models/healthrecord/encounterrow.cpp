#include "encounterrow.h"

#include "healthrecordrepository.h"
#include "vitalsigns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::HealthRecordRepository)
};
} // namespace

namespace EncounterRow {

QJsonArray diagnosesJson(const QVector<Diagnosis> &ds)
{
    QJsonArray a;
    for (const Diagnosis &d : ds)
        a.append(QJsonObject{{QStringLiteral("code"), d.code},
                             {QStringLiteral("name"), d.name},
                             {QStringLiteral("version"), d.version}});
    return a;
}

QJsonObject toJson(const Encounter &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("resident_id"), e.residentId},
                       {QStringLiteral("visit_date"), e.visitDate.toString(Qt::ISODate)},
                       {QStringLiteral("visit_type"), e.visitType},
                       {QStringLiteral("subjective"), e.subjective},
                       {QStringLiteral("objective"), e.objective},
                       {QStringLiteral("assessment"), e.assessment},
                       {QStringLiteral("diagnoses"), diagnosesJson(e.diagnoses)},
                       {QStringLiteral("plan"), e.plan},
                       {QStringLiteral("prescriptions"), e.prescriptions},
                       {QStringLiteral("referral_to"), e.referralTo},
                       {QStringLiteral("referral_reason"), e.referralReason},
                       {QStringLiteral("vitals"), e.vitals},
                       {QStringLiteral("doctor"), e.doctor},
                       {QStringLiteral("supersedes"), e.supersedes}};
}

QString columns()
{
    return QStringLiteral(
        "id, resident_id, visit_date, visit_type, subjective, objective, assessment, "
        "diagnoses_json, plan,"
        " prescriptions, referral_to, referral_reason, doctor, ifnull(supersedes, ''), "
        "updated_at, updated_by, vitals_json");
}

Encounter read(const QSqlQuery &q)
{
    Encounter e;
    e.id = q.value(0).toString();
    e.residentId = q.value(1).toString();
    e.visitDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    e.visitType = q.value(3).toString();
    e.subjective = q.value(4).toString();
    e.objective = q.value(5).toString();
    e.assessment = q.value(6).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        e.diagnoses << Diagnosis{o.value(QStringLiteral("code")).toString(),
                                 o.value(QStringLiteral("name")).toString(),
                                 o.value(QStringLiteral("version")).toString()};
    }
    e.plan = q.value(8).toString();
    e.prescriptions = q.value(9).toString();
    e.referralTo = q.value(10).toString();
    e.referralReason = q.value(11).toString();
    e.doctor = q.value(12).toString();
    e.supersedes = q.value(13).toString();
    e.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    e.updatedBy = q.value(15).toString();
    e.vitals = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    return e;
}

} // namespace EncounterRow

QList<Error> HealthRecordRepository::validateEncounter(const Encounter &e, const QDate &birth,
                                                       const QDate &today)
{
    QList<Error> out;
    if (!e.visitDate.isValid())
        out << makeError(QStringLiteral("visit.date"), Text::tr("请填写接诊日期"),
                         QStringLiteral("visit_date"));
    else if (e.visitDate > today)
        out << makeError(QStringLiteral("visit.future"), Text::tr("接诊日期不能晚于今天"),
                         QStringLiteral("visit_date"));
    else if (birth.isValid() && e.visitDate < birth)
        out << makeError(QStringLiteral("visit.beforebirth"), Text::tr("接诊日期不能早于出生日期"),
                         QStringLiteral("visit_date"));
    static const QStringList types{QStringLiteral("clinic"), QStringLiteral("home"),
                                   QStringLiteral("phone")};
    if (!types.contains(e.visitType))
        out << makeError(QStringLiteral("visit.type"), Text::tr("请选择接诊方式（门诊/出诊/电话）"),
                         QStringLiteral("visit_type"));
    if (e.subjective.trimmed().isEmpty() && e.assessment.trimmed().isEmpty() &&
        e.diagnoses.isEmpty())
        out << makeError(QStringLiteral("visit.empty"), Text::tr("请至少填写主诉或诊断"),
                         QStringLiteral("subjective"));
    static const QRegularExpression icd(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,8})?$"));
    for (const Diagnosis &d : e.diagnoses)
        if (!icd.match(d.code).hasMatch() || d.version.isEmpty())
            out << makeError(QStringLiteral("diagnosis.code"),
                             Text::tr("诊断编码“%1”不是有效的 ICD-10 编码").arg(d.code),
                             QStringLiteral("diagnoses"));
    for (const FieldCheck &c : VitalSigns::check(e.vitals, QChar(), -1))
        if (c.blocks())
            out << makeError(QStringLiteral("visit.vitals"), c.message, c.field);
    if (!e.referralTo.trimmed().isEmpty() && e.referralReason.trimmed().isEmpty())
        out << makeError(QStringLiteral("referral.reason"), Text::tr("请填写转诊原因"),
                         QStringLiteral("referral_reason"));
    return out;
}

} // namespace Models
