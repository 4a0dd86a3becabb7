#include "referraltimeline.h"

#include "dbaccess.h"
#include "referralrepository.h"
#include "sharedcare.h"

#include <QCoreApplication>

namespace Models::ReferralTimeline {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReferralTimeline)
};
} // namespace

Result<QVector<TimelineEntry>> referrals(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, sent_on, to_institution, to_department, reason, impression, status,"
        " status_note, return_json, returned_on FROM referral WHERE resident_id = ?"
        " AND restricted = 0 AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const QString to =
            (q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString()).trimmed();
        const QString status = referralStatusLabel(q.value(6).toString());
        const ReferralReturn back = ReferralReturn::fromJson(sharedJsonObject(q.value(8)));
        const QString detail = timelineField(Text::tr("接收机构"), to) +
                               timelineField(Text::tr("转出原因"), q.value(4).toString()) +
                               timelineField(Text::tr("初步印象"), q.value(5).toString()) +
                               timelineField(Text::tr("状态"), status) +
                               timelineField(Text::tr("说明"), q.value(7).toString()) +
                               timelineField(Text::tr("回转日期"), q.value(9).toString()) +
                               timelineField(Text::tr("诊断结果"), back.diagnosis) +
                               timelineField(Text::tr("住院病案号"), back.inpatientNo) +
                               timelineField(Text::tr("主要检查结果"), back.results) +
                               timelineField(Text::tr("治疗方案及康复建议"), back.plan);
        out << TimelineEntry{QStringLiteral("referral"),
                             q.value(0).toString(),
                             sharedDate(q.value(1)),
                             Text::tr("转诊（转出）"),
                             Text::tr("转至%1，%2").arg(to, status),
                             detail};
    }
    return out;
}

Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &)
{
    QList<Badge> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT 1 FROM referral WHERE resident_id = ? AND restricted = 0"
                             " AND status IN ('sent', 'accepted') AND deleted = 0 LIMIT 1"));
    q.addBindValue(resident.id);
    if (auto e = exec(q); !e)
        return e.error();
    if (q.next())
        out << Badge{Text::tr("转诊待回"), QStringLiteral("referral")};
    return out;
}

} // namespace Models::ReferralTimeline
