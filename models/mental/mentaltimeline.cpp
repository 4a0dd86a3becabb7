#include "mentaltimeline.h"

#include "dbaccess.h"
#include "mentalrepository.h"
#include "referralrepository.h"
#include "sharedcare.h"

#include <QCoreApplication>

namespace Models::MentalTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::MentalTimeline)
};
} // namespace

Result<QVector<TimelineEntry>> entries(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT id, registered_on, disease, diagnosis_hospital,"
                             " guardian_name, guardian_relation FROM mental_patient"
                             " WHERE resident_id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next())
        out << TimelineEntry{
            QStringLiteral("mental"),
            q.value(0).toString(),
            sharedDate(q.value(1)),
            Text::tr("严重精神障碍患者登记"),
            mentalDiseaseLabel(q.value(2).toString()),
            timelineField(Text::tr("诊断"), mentalDiseaseLabel(q.value(2).toString())) +
                timelineField(Text::tr("确诊医院"), q.value(3).toString()) +
                timelineField(
                    Text::tr("监护人"),
                    (q.value(4).toString() + QLatin1Char(' ') + q.value(5).toString()).trimmed())};
    QSqlQuery f(db(conn));
    f.prepare(QStringLiteral("SELECT id, visit_date, visit_form, seen, lost_reason, risk, class,"
                             " next_visit, referred FROM mental_followup WHERE resident_id = ?"
                             " AND deleted = 0"));
    f.addBindValue(residentId);
    if (auto e = exec(f); !e)
        return e.error();
    while (f.next()) {
        const bool seen = f.value(3).toInt() != 0;
        const QString summary =
            seen ? Text::tr("危险性 %1 级，%2").arg(f.value(5).toInt()).arg(f.value(6).toString())
                 : Text::tr("未访到：%1").arg(f.value(4).toString());
        out << TimelineEntry{QStringLiteral("mental"),
                             f.value(0).toString(),
                             sharedDate(f.value(1)),
                             Text::tr("严重精神障碍随访"),
                             summary + (f.value(8).toInt() ? Text::tr("，转诊") : QString()),
                             timelineField(Text::tr("随访形式"), f.value(2).toString()) +
                                 timelineField(Text::tr("本次随访分类"), f.value(6).toString()) +
                                 timelineField(Text::tr("下次随访日期"), f.value(7).toString())};
    }
    QSqlQuery r(db(conn));
    r.prepare(QStringLiteral("SELECT id, sent_on, to_institution, status FROM referral"
                             " WHERE resident_id = ? AND restricted = 1 AND deleted = 0"));
    r.addBindValue(residentId);
    if (auto e = exec(r); !e)
        return e.error();
    while (r.next())
        out << TimelineEntry{
            QStringLiteral("mental"),
            r.value(0).toString(),
            sharedDate(r.value(1)),
            Text::tr("转诊（严重精神障碍）"),
            Text::tr("转至%1，%2")
                .arg(r.value(2).toString(), referralStatusLabel(r.value(3).toString())),
            QString()};
    return out;
}

} // namespace Models::MentalTimeline
