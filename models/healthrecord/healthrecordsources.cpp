#include "healthrecordsources.h"

#include "dbaccess.h"
#include "formschema.h"
#include "staffdirectory.h"
#include "vitalsigns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Models::HealthRecordSources {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Timeline)
};

QString visitTypeLabel(const QString &t)
{
    if (t == QLatin1String("home"))
        return Text::tr("出诊");
    if (t == QLatin1String("phone"))
        return Text::tr("电话");
    return Text::tr("门诊");
}
} // namespace

Result<QVector<TimelineEntry>> recordEvents(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(
        QStringLiteral("SELECT record_no, substr(created_at, 1, 10) FROM resident WHERE id = ?"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (q.next())
        out << TimelineEntry{QStringLiteral("record"),
                             residentId,
                             QDate::fromString(q.value(1).toString(), Qt::ISODate),
                             Text::tr("建立健康档案"),
                             Text::tr("档案编号 %1").arg(q.value(0).toString()),
                             timelineField(Text::tr("档案编号"), q.value(0).toString())};
    QSqlQuery m(db(conn));
    m.prepare(QStringLiteral("SELECT m.id, substr(m.merged_at, 1, 10), r.name, r.record_no, "
                             "m.undone_at FROM resident_merge m"
                             " JOIN resident r ON r.id = m.merged_id WHERE m.survivor_id = ?"));
    m.addBindValue(residentId);
    if (auto e = exec(m); !e)
        return e.error();
    while (m.next())
        out << TimelineEntry{
            QStringLiteral("record"),
            m.value(0).toString(),
            QDate::fromString(m.value(1).toString(), Qt::ISODate),
            m.value(4).isNull() ? Text::tr("合并重复档案") : Text::tr("合并重复档案（已撤销）"),
            Text::tr("并入 %1（档案号 %2）").arg(m.value(2).toString(), m.value(3).toString()),
            timelineField(Text::tr("并入的档案"),
                          m.value(2).toString() + QLatin1Char(' ') + m.value(3).toString())};
    return out;
}

namespace {
const QString EncounterSelect =
    QStringLiteral("SELECT id, visit_date, visit_type, subjective, objective, assessment, "
                   "diagnoses_json, plan, prescriptions, referral_to, referral_reason, ") +
    StaffDirectory::sqlName(QStringLiteral("e.doctor")) +
    QStringLiteral(", ifnull(supersedes, ''), updated_at, ") +
    StaffDirectory::sqlName(QStringLiteral("e.updated_by")) +
    QStringLiteral(", vitals_json FROM encounter e");

struct Shown
{
    QString summary, detail;
};

Shown encounterShown(const QSqlQuery &q)
{
    QStringList dx;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        dx << v[QStringLiteral("name")].toString() + QStringLiteral("（") +
                  v[QStringLiteral("code")].toString() + QStringLiteral("）");
    const QString vitals =
        VitalSigns::summary(QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object());
    QString summary =
        !dx.isEmpty() ? dx.join(QStringLiteral("、")) : q.value(3).toString().left(40);
    if (!vitals.isEmpty())
        summary += QStringLiteral("　") + vitals;
    const QString detail =
        timelineField(Text::tr("接诊日期"), q.value(1).toString() + QLatin1Char(' ') +
                                                visitTypeLabel(q.value(2).toString())) +
        timelineField(Text::tr("主诉"), q.value(3).toString()) +
        timelineField(Text::tr("生命体征"), vitals) +
        timelineField(Text::tr("查体与检查"), q.value(4).toString()) +
        timelineField(Text::tr("评估"), q.value(5).toString()) +
        timelineField(Text::tr("诊断"), dx.join(QStringLiteral("、"))) +
        timelineField(Text::tr("处置计划"), q.value(7).toString()) +
        timelineField(Text::tr("处方"), q.value(8).toString()) +
        timelineField(Text::tr("转诊至"), q.value(9).toString()) +
        timelineField(Text::tr("转诊原因"), q.value(10).toString()) +
        timelineField(Text::tr("医生"), q.value(11).toString());
    return {summary, detail};
}

const QString CheckSelect =
    QStringLiteral("SELECT id, check_date, sbp, dbp, fbg, bmi, evaluation, form_json, ") +
    StaffDirectory::sqlName(QStringLiteral("h.doctor")) +
    QStringLiteral(", ifnull(supersedes, ''), updated_at, ") +
    StaffDirectory::sqlName(QStringLiteral("h.updated_by")) +
    QStringLiteral(" FROM health_check h");

Shown checkShown(const QSqlQuery &q)
{
    QStringList parts;
    if (!q.value(2).isNull())
        parts << Text::tr("血压 %1/%2").arg(q.value(2).toInt()).arg(q.value(3).toInt());
    if (!q.value(4).isNull())
        parts << Text::tr("空腹血糖 %1").arg(q.value(4).toDouble(), 0, 'f', 1);
    if (!q.value(5).isNull())
        parts << Text::tr("BMI %1").arg(q.value(5).toDouble(), 0, 'f', 1);
    if (q.value(6).toInt() == 2)
        parts << Text::tr("有异常");
    const FormSchema &schema = FormSchema::get(QStringLiteral("health_check_form"));
    const QJsonObject form = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    QString detail = timelineField(Text::tr("体检日期"), q.value(1).toString());
    for (const QString &line : schema.describe(form))
        detail += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    detail += timelineField(Text::tr("责任医生"), q.value(8).toString());
    return {parts.join(QStringLiteral("，")), detail};
}

// A corrected entry: the current version first, then every earlier version as it was recorded
// (clinical events are append-only; nothing of the earlier versions is lost).
// `col` is the column of supersedes in `select`; updated_at and updated_by follow it.
QString withEarlierVersions(const QString &conn, const QString &select,
                            Shown (*shown)(const QSqlQuery &), int col, const QString &current,
                            QString supersedes, const QString &at, const QString &by)
{
    if (supersedes.isEmpty())
        return current;
    QStringList older;
    QString when = at, who = by;
    int n = 0;
    while (!supersedes.isEmpty() && n < 50) {
        QSqlQuery q(db(conn));
        q.prepare(select + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(supersedes);
        if (!q.exec() || !q.next())
            break;
        older << QStringLiteral("<h4 style='color:#666'>%1</h4><div style='color:#666'>%2</div>")
                     .arg(Text::tr("更正前的版本（%1 由 %2 更正）")
                              .arg(QDateTime::fromString(when, Qt::ISODateWithMs)
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   who.toHtmlEscaped()),
                          shown(q).detail);
        when = q.value(col + 1).toString();
        who = q.value(col + 2).toString();
        supersedes = q.value(col).toString();
        ++n;
    }
    return QStringLiteral("<p style='color:#b05a00'><b>%1</b></p>")
               .arg(Text::tr("本条已更正（共 %1 次），当前显示最新版本；更正前的版本见下方。")
                        .arg(older.size())) +
           current + older.join(QString());
}
} // namespace

Result<QVector<TimelineEntry>> encounters(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(
        EncounterSelect +
        QStringLiteral(" WHERE resident_id = ? AND deleted = 0 AND NOT EXISTS"
                       " (SELECT 1 FROM encounter n WHERE n.supersedes = e.id AND n.deleted = 0)"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const Shown s = encounterShown(q);
        const QString supersedes = q.value(12).toString();
        out << TimelineEntry{QStringLiteral("encounter"),
                             q.value(0).toString(),
                             QDate::fromString(q.value(1).toString(), Qt::ISODate),
                             Text::tr("%1接诊").arg(visitTypeLabel(q.value(2).toString())) +
                                 (supersedes.isEmpty() ? QString() : Text::tr("（已更正）")),
                             s.summary,
                             withEarlierVersions(conn, EncounterSelect, &encounterShown, 12,
                                                 s.detail, supersedes, q.value(13).toString(),
                                                 q.value(14).toString())};
    }
    return out;
}

Result<QVector<TimelineEntry>> healthChecks(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(CheckSelect +
              QStringLiteral(
                  " WHERE resident_id = ? AND deleted = 0 AND NOT EXISTS"
                  " (SELECT 1 FROM health_check n WHERE n.supersedes = h.id AND n.deleted = 0)"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const Shown s = checkShown(q);
        const QString supersedes = q.value(9).toString();
        out << TimelineEntry{
            QStringLiteral("health_check"),
            q.value(0).toString(),
            QDate::fromString(q.value(1).toString(), Qt::ISODate),
            Text::tr("健康体检") + (supersedes.isEmpty() ? QString() : Text::tr("（已更正）")),
            s.summary,
            withEarlierVersions(conn, CheckSelect, &checkShown, 9, s.detail, supersedes,
                                q.value(10).toString(), q.value(11).toString())};
    }
    return out;
}

Result<QVector<TimelineEntry>> chronicRegistrations(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, programme, icd10, diagnosed_on, registered_on, closed_on, close_reason"
        " FROM chronic_registration WHERE resident_id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const QString prog = q.value(1).toString() == QLatin1String("hypertension")
                                 ? Text::tr("高血压")
                                 : Text::tr("2型糖尿病");
        out << TimelineEntry{
            QStringLiteral("chronic_registration"),
            q.value(0).toString(),
            QDate::fromString(q.value(4).toString(), Qt::ISODate),
            Text::tr("纳入%1管理").arg(prog),
            Text::tr("诊断 %1，确诊 %2").arg(q.value(2).toString(), q.value(3).toString()) +
                (q.value(5).isNull() ? QString()
                                     : Text::tr("（%1 结案）").arg(q.value(5).toString())),
            timelineField(Text::tr("诊断编码"), q.value(2).toString()) +
                timelineField(Text::tr("确诊日期"), q.value(3).toString()) +
                timelineField(Text::tr("结案"),
                              q.value(5).toString() + QLatin1Char(' ') + q.value(6).toString())};
    }
    return out;
}

Result<QList<Badge>> programmeBadges(const QString &conn, const Resident &r, const QDate &)
{
    QList<Badge> out;
    QSqlQuery q(db(conn));
    q.prepare(
        QStringLiteral("SELECT DISTINCT programme FROM chronic_registration WHERE resident_id = ?"
                       " AND closed_on IS NULL AND deleted = 0 ORDER BY programme DESC"));
    q.addBindValue(r.id);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next())
        out << Badge{q.value(0).toString() == QLatin1String("hypertension") ? Text::tr("高血压")
                                                                            : Text::tr("糖尿病"),
                     QStringLiteral("programme")};
    return out;
}

Result<QList<Badge>> ageBadges(const QString &, const Resident &r, const QDate &today)
{
    QList<Badge> out;
    if (!r.livingOn(today))
        return out; // the key-population bands are for people in the population
    const int age = r.ageOn(today);
    if (age >= 65)
        out << Badge{Text::tr("65岁以上"), QStringLiteral("age")};
    else if (age >= 0 && age <= 6)
        out << Badge{Text::tr("0-6岁儿童"), QStringLiteral("age")};
    return out;
}

} // namespace Models::HealthRecordSources
