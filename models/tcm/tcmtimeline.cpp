#include "tcmtimeline.h"

#include "dbaccess.h"
#include "staffdirectory.h"
#include "tcmchild.h"
#include "tcmconstitution.h"
#include "versions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models::TcmTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Timeline)
};
} // namespace

Result<QVector<TimelineEntry>> assessments(const QString &conn, const QString &residentId)
{
    const TcmRules &rules = TcmRules::standard();
    const StaffDirectory staff(conn);
    QSqlQuery q(db(conn));
    q.prepare(
        QStringLiteral(
            "SELECT id, assess_date, result_json, constitutions, primary_type, flags, doctor, "
            "supersedes FROM tcm_assessment t WHERE resident_id = ? AND deleted = 0 AND %1")
            .arg(Versions::current(QStringLiteral("t"), QStringLiteral("tcm_assessment"))));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TimelineEntry> out;
    while (q.next()) {
        const QJsonObject result = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QStringList found, scores;
        for (const QString &c : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto *t = rules.constitution(c))
                found << t->displayLabel();
        for (const auto &t : rules.constitutions()) {
            const QJsonObject r = result.value(t.code).toObject();
            const QString label =
                rules.resultLabel(r.value(QStringLiteral("result_code")).toString());
            scores << QStringLiteral("%1 %2（%3）")
                          .arg(t.displayLabel())
                          .arg(r.value(QStringLiteral("score")).toInt())
                          .arg(label.isEmpty() ? r.value(QStringLiteral("result")).toString()
                                               : label);
        }
        const QString summary =
            found.isEmpty() ? Text::tr("体质未能判定") : found.join(Text::tr("、"));
        out << TimelineEntry{
            QStringLiteral("tcm_assessment"),
            q.value(0).toString(),
            QDate::fromString(q.value(1).toString(), Qt::ISODate),
            Text::tr("中医体质辨识"),
            summary,
            timelineField(Text::tr("日期"), q.value(1).toString()) +
                timelineField(Text::tr("体质"), summary) +
                timelineField(Text::tr("各体质得分"), scores.join(QLatin1Char('\n'))) +
                timelineField(Text::tr("医生"), staff.displayName(q.value(6).toString())) +
                timelineField(Text::tr("更正"),
                              q.value(7).isNull() ? QString() : Text::tr("本条为更正后的版本"))};
    }
    return out;
}

Result<QVector<TimelineEntry>> childServices(const QString &conn, const QString &residentId)
{
    const TcmChildSchedule &schedule = TcmChildSchedule::standard();
    const StaffDirectory staff(conn);
    QSqlQuery q(db(conn));
    q.prepare(
        QStringLiteral(
            "SELECT id, visit_months, service_date, services_json, other_text, next_date, doctor "
            "FROM tcm_child_service t WHERE resident_id = ? AND deleted = 0 AND %1")
            .arg(Versions::current(QStringLiteral("t"), QStringLiteral("tcm_child_service"))));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TimelineEntry> out;
    while (q.next()) {
        const int months = q.value(1).toInt();
        QStringList services;
        for (const auto &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            for (const auto &s : schedule.services())
                if (s.code == v.toString())
                    services << s.displayLabel();
        const auto *visit = schedule.visit(months);
        out << TimelineEntry{
            QStringLiteral("tcm_child"),
            q.value(0).toString(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate),
            Text::tr("儿童中医药健康管理（%1月龄）").arg(months),
            services.join(Text::tr("、")),
            timelineField(Text::tr("日期"), q.value(2).toString()) +
                timelineField(Text::tr("服务"), services.join(Text::tr("、"))) +
                timelineField(Text::tr("传授方法"), visit ? visit->displayTechnique() : QString()) +
                timelineField(Text::tr("其他"), q.value(4).toString()) +
                timelineField(Text::tr("下次随访"), q.value(5).toString()) +
                timelineField(Text::tr("医生"), staff.displayName(q.value(6).toString()))};
    }
    return out;
}

} // namespace Models::TcmTimeline
