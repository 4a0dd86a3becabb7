#include "maternaltimeline.h"

#include "dbaccess.h"
#include "pregnancydates.h"
#include "riskscreen.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Models::MaternalTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::MaternalTimeline)
};

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString weeks(int day)
{
    return day < 0 ? QString() : GestationalAge{day}.text();
}

QString classText(const QString &c)
{
    if (c == QLatin1String("normal"))
        return Text::tr("未见异常");
    if (c == QLatin1String("abnormal"))
        return Text::tr("异常");
    if (c == QLatin1String("recovered"))
        return Text::tr("已恢复");
    if (c == QLatin1String("not_recovered"))
        return Text::tr("未恢复");
    return {};
}
} // namespace

Result<QVector<TimelineEntry>> entries(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT id, booked_on, booking_day, edd, risk_proposed, risk_grade,"
                             " delivered_on, delivery_place, closed_on FROM pregnancy"
                             " WHERE resident_id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const QString grade = q.value(5).toString();
        const QString risk =
            grade.isEmpty()
                ? Text::tr("%1（待医生确认）").arg(RiskScreen::colourLabel(q.value(4).toString()))
                : RiskScreen::colourLabel(grade);
        out << TimelineEntry{QStringLiteral("pregnancy"),
                             q.value(0).toString(),
                             date(q.value(1)),
                             Text::tr("孕产期建册"),
                             Text::tr("孕 %1，预产期 %2，%3")
                                 .arg(weeks(q.value(2).toInt()), q.value(3).toString(), risk),
                             timelineField(Text::tr("建册孕周"), weeks(q.value(2).toInt())) +
                                 timelineField(Text::tr("预产期"), q.value(3).toString()) +
                                 timelineField(Text::tr("妊娠风险"), risk)};
        if (!q.value(6).isNull())
            out << TimelineEntry{QStringLiteral("pregnancy"),
                                 q.value(0).toString() + QStringLiteral("-birth"),
                                 date(q.value(6)),
                                 Text::tr("分娩"),
                                 q.value(7).toString(),
                                 timelineField(Text::tr("分娩地点"), q.value(7).toString())};
    }
    QSqlQuery v(db(conn));
    v.prepare(QStringLiteral("SELECT id, kind, visit_no, visit_date, urged_only, gestational_day,"
                             " classification, disposition, next_date FROM maternal_visit"
                             " WHERE resident_id = ? AND deleted = 0"));
    v.addBindValue(residentId);
    if (auto e = exec(v); !e)
        return e.error();
    while (v.next()) {
        const QString kind = v.value(1).toString();
        QString title;
        if (kind == QLatin1String("prenatal"))
            title = Text::tr("第%1次产前随访").arg(v.value(2).toInt());
        else if (kind == QLatin1String("postpartum"))
            title = Text::tr("产后访视");
        else
            title = Text::tr("产后42天健康检查");
        QString summary =
            v.value(4).toBool() ? Text::tr("督促日期") : classText(v.value(6).toString());
        if (!v.value(5).isNull())
            summary = Text::tr("孕 %1，").arg(weeks(v.value(5).toInt())) + summary;
        if (v.value(7).toString() == QLatin1String("closed"))
            summary += Text::tr("，结案");
        else if (v.value(7).toString() == QLatin1String("referred"))
            summary += Text::tr("，转诊");
        out << TimelineEntry{QStringLiteral("pregnancy"), // the source's kind: its label and filter
                             v.value(0).toString(),
                             date(v.value(3)),
                             title,
                             summary,
                             timelineField(Text::tr("分类"), classText(v.value(6).toString())) +
                                 timelineField(Text::tr("下次随访日期"), v.value(8).toString())};
    }
    return out;
}

Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &today)
{
    QList<Badge> out;
    if (resident.sex != QLatin1Char('F') || !resident.livingOn(today))
        return out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT lmp, edd, edd_rule, delivered_on, risk_grade, risk_proposed "
                             "FROM pregnancy WHERE resident_id = ? AND deleted = 0 AND "
                             "closed_on IS NULL ORDER BY booked_on DESC LIMIT 1"));
    q.addBindValue(resident.id);
    if (!q.exec())
        return makeError(QStringLiteral("timeline.read"), Text::tr("读取孕产妇记录失败"), {},
                         q.lastError().text());
    if (!q.next())
        return out;
    const QString maternal = QStringLiteral("maternal.read");
    const QDate delivered = date(q.value(3));
    if (delivered.isValid()) {
        out << Badge{Text::tr("产后第%1天").arg(delivered.daysTo(today)),
                     QStringLiteral("maternal"), maternal};
        return out;
    }
    const QDate start = q.value(2).toString() == QLatin1String("ultrasound")
                            ? date(q.value(1)).addDays(-280)
                            : date(q.value(0));
    const GestationalAge ga = PregnancyDates::ageOn(start, today);
    if (ga.days >= 0)
        out << Badge{Text::tr("孕%1").arg(ga.text()), QStringLiteral("maternal"), maternal};
    const QString grade = q.value(4).toString();
    if (grade.isEmpty())
        out << Badge{Text::tr("妊娠风险待确认"), QStringLiteral("alert"), maternal};
    else if (RiskScreen::rank(grade) >= RiskScreen::rank(QStringLiteral("orange")) ||
             grade == QLatin1String("purple"))
        out << Badge{Text::tr("高危：%1").arg(RiskScreen::colourLabel(grade)),
                     QStringLiteral("alert"), maternal};
    return out;
}

} // namespace Models::MaternalTimeline
