#include "healthrecordsources.h"

#include "dbaccess.h"
#include "formschema.h"

#include <QCoreApplication>
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
    q.prepare(QStringLiteral("SELECT record_no, substr(created_at, 1, 10) FROM resident WHERE id = ?"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (q.next())
        out << TimelineEntry{QStringLiteral("record"), residentId, QDate::fromString(q.value(1).toString(), Qt::ISODate),
                             Text::tr("建立健康档案"), Text::tr("档案编号 %1").arg(q.value(0).toString()),
                             timelineField(Text::tr("档案编号"), q.value(0).toString())};
    QSqlQuery m(db(conn));
    m.prepare(QStringLiteral("SELECT m.id, substr(m.merged_at, 1, 10), r.name, r.record_no, m.undone_at FROM resident_merge m"
                             " JOIN resident r ON r.id = m.merged_id WHERE m.survivor_id = ?"));
    m.addBindValue(residentId);
    if (auto e = exec(m); !e)
        return e.error();
    while (m.next())
        out << TimelineEntry{QStringLiteral("record"), m.value(0).toString(),
                             QDate::fromString(m.value(1).toString(), Qt::ISODate),
                             m.value(4).isNull() ? Text::tr("合并重复档案") : Text::tr("合并重复档案（已撤销）"),
                             Text::tr("并入 %1（档案号 %2）").arg(m.value(2).toString(), m.value(3).toString()),
                             timelineField(Text::tr("并入的档案"), m.value(2).toString() + QLatin1Char(' ') + m.value(3).toString())};
    return out;
}

Result<QVector<TimelineEntry>> encounters(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, visit_date, visit_type, subjective, objective, assessment, diagnoses_json, plan, prescriptions,"
        " referral_to, referral_reason, doctor FROM encounter e WHERE resident_id = ? AND deleted = 0 AND NOT EXISTS"
        " (SELECT 1 FROM encounter n WHERE n.supersedes = e.id AND n.deleted = 0)"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        QStringList dx;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
            dx << v[QStringLiteral("name")].toString() + QStringLiteral("（") + v[QStringLiteral("code")].toString()
                      + QStringLiteral("）");
        const QString summary = !dx.isEmpty() ? dx.join(QStringLiteral("、")) : q.value(3).toString().left(40);
        QString detail = timelineField(Text::tr("主诉"), q.value(3).toString()) + timelineField(Text::tr("查体与检查"), q.value(4).toString())
                         + timelineField(Text::tr("评估"), q.value(5).toString()) + timelineField(Text::tr("诊断"), dx.join(QStringLiteral("、")))
                         + timelineField(Text::tr("处置计划"), q.value(7).toString()) + timelineField(Text::tr("处方"), q.value(8).toString())
                         + timelineField(Text::tr("转诊至"), q.value(9).toString()) + timelineField(Text::tr("转诊原因"), q.value(10).toString())
                         + timelineField(Text::tr("医生"), q.value(11).toString());
        out << TimelineEntry{QStringLiteral("encounter"), q.value(0).toString(),
                             QDate::fromString(q.value(1).toString(), Qt::ISODate),
                             Text::tr("%1接诊").arg(visitTypeLabel(q.value(2).toString())), summary, detail};
    }
    return out;
}

Result<QVector<TimelineEntry>> healthChecks(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, check_date, sbp, dbp, fbg, bmi, evaluation, form_json, doctor FROM health_check h"
        " WHERE resident_id = ? AND deleted = 0 AND NOT EXISTS"
        " (SELECT 1 FROM health_check n WHERE n.supersedes = h.id AND n.deleted = 0)"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    const FormSchema &schema = FormSchema::get(QStringLiteral("health_check_form"));
    while (q.next()) {
        QStringList parts;
        if (!q.value(2).isNull())
            parts << Text::tr("血压 %1/%2").arg(q.value(2).toInt()).arg(q.value(3).toInt());
        if (!q.value(4).isNull())
            parts << Text::tr("空腹血糖 %1").arg(q.value(4).toDouble(), 0, 'f', 1);
        if (!q.value(5).isNull())
            parts << Text::tr("BMI %1").arg(q.value(5).toDouble(), 0, 'f', 1);
        if (q.value(6).toInt() == 2)
            parts << Text::tr("有异常");
        // The full form is described only when the entry is opened; listing a resident with
        // many checks stays cheap because the description is built here once per entry.
        const QJsonObject form = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        QString detail;
        for (const QString &line : schema.describe(form))
            detail += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
        detail += timelineField(Text::tr("责任医生"), q.value(8).toString());
        out << TimelineEntry{QStringLiteral("health_check"), q.value(0).toString(),
                             QDate::fromString(q.value(1).toString(), Qt::ISODate), Text::tr("健康体检"),
                             parts.join(QStringLiteral("，")), detail};
    }
    return out;
}

Result<QVector<TimelineEntry>> chronicRegistrations(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT id, programme, icd10, diagnosed_on, registered_on, closed_on, close_reason"
                             " FROM chronic_registration WHERE resident_id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const QString prog = q.value(1).toString() == QLatin1String("hypertension") ? Text::tr("高血压") : Text::tr("2型糖尿病");
        out << TimelineEntry{QStringLiteral("chronic_registration"), q.value(0).toString(),
                             QDate::fromString(q.value(4).toString(), Qt::ISODate), Text::tr("纳入%1管理").arg(prog),
                             Text::tr("诊断 %1，确诊 %2").arg(q.value(2).toString(), q.value(3).toString())
                                 + (q.value(5).isNull() ? QString() : Text::tr("（%1 结案）").arg(q.value(5).toString())),
                             timelineField(Text::tr("诊断编码"), q.value(2).toString()) + timelineField(Text::tr("确诊日期"), q.value(3).toString())
                                 + timelineField(Text::tr("结案"), q.value(5).toString() + QLatin1Char(' ') + q.value(6).toString())};
    }
    return out;
}

Result<QList<Badge>> programmeBadges(const QString &conn, const Resident &r, const QDate &)
{
    QList<Badge> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT DISTINCT programme FROM chronic_registration WHERE resident_id = ?"
                             " AND closed_on IS NULL AND deleted = 0 ORDER BY programme DESC"));
    q.addBindValue(r.id);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next())
        out << Badge{q.value(0).toString() == QLatin1String("hypertension") ? Text::tr("高血压") : Text::tr("糖尿病"),
                     QStringLiteral("programme")};
    return out;
}

Result<QList<Badge>> ageBadges(const QString &, const Resident &r, const QDate &today)
{
    QList<Badge> out;
    const int age = r.ageOn(today);
    if (age >= 65)
        out << Badge{Text::tr("65岁以上"), QStringLiteral("age")};
    else if (age >= 0 && age <= 6)
        out << Badge{Text::tr("0-6岁儿童"), QStringLiteral("age")};
    return out;
}

} // namespace Models::HealthRecordSources
