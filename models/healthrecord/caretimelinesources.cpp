#include "caretimelinesources.h"
#include "contractrules.h"

#include "codetable.h"
#include "dbaccess.h"
#include "staffdirectory.h"
#include "vaccinenames.h"

#include <QHash>

#include <QCoreApplication>

namespace Models::CareTimelineSources {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::CareTimelineSources)
};

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString programmeLabel(const QString &p)
{
    return p == QLatin1String("diabetes") ? Text::tr("2型糖尿病") : Text::tr("高血压");
}

QString classLabel(int c)
{
    switch (c) {
    case 1:
        return Text::tr("控制满意");
    case 2:
        return Text::tr("控制不满意");
    case 3:
        return Text::tr("不良反应");
    case 4:
        return Text::tr("并发症");
    }
    return {};
}
} // namespace

Result<QVector<TimelineEntry>> chronicFollowups(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    // Through the registration index: follow-ups are filed under the resident's registrations.
    q.prepare(QStringLiteral(
        "SELECT f.id, f.visit_date, f.programme, f.sbp, f.dbp, f.fbg, f.class, f.emergency, "
        "f.next_date"
        " FROM chronic_followup f WHERE f.registration_id IN"
        " (SELECT id FROM chronic_registration WHERE resident_id = ?) AND f.deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        QStringList values;
        if (!q.value(3).isNull())
            values << QStringLiteral("%1/%2 mmHg").arg(q.value(3).toInt()).arg(q.value(4).toInt());
        if (!q.value(5).isNull())
            values << Text::tr("空腹血糖 %1 mmol/L").arg(q.value(5).toDouble(), 0, 'f', 1);
        const QString cls = classLabel(q.value(6).toInt());
        const QString summary = (values + QStringList{cls}).join(QStringLiteral("，")) +
                                (q.value(7).toBool() ? Text::tr("，紧急转诊") : QString());
        const QString detail =
            timelineField(Text::tr("病种"), programmeLabel(q.value(2).toString())) +
            timelineField(Text::tr("测量"), values.join(QStringLiteral("，"))) +
            timelineField(Text::tr("此次随访分类"), cls) +
            timelineField(Text::tr("下次随访日期"), q.value(8).toString());
        out << TimelineEntry{QStringLiteral("chronic_followup"),
                             q.value(0).toString(),
                             date(q.value(1)),
                             Text::tr("%1随访").arg(programmeLabel(q.value(2).toString())),
                             summary,
                             detail};
    }
    return out;
}

Result<QVector<TimelineEntry>> vaccinations(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    // Oldest first, so each dose's number counts the doses of its vaccine before it.
    q.prepare(QStringLiteral("SELECT d.id, d.given_on, d.vaccine, d.vaccine_code, d.manufacturer, "
                             "d.lot_no, d.site, d.route,"
                             " d.clinic, d.vaccinator, d.source FROM immunization_dose d WHERE "
                             "d.resident_id = ? AND d.deleted = 0"
                             " AND NOT EXISTS (SELECT 1 FROM immunization_dose n WHERE "
                             "n.supersedes = d.id AND n.deleted = 0) ORDER BY d.given_on, d.id"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    const StaffDirectory staff(conn);
    const CodeTable &sites = CodeTable::get(QStringLiteral("vaccine_site"));
    const CodeTable &routes = CodeTable::get(QStringLiteral("vaccine_route"));
    QHash<QString, int> doseOf; // vaccine → doses so far
    while (q.next()) {
        const bool elsewhere = q.value(10).toString() == QLatin1String("elsewhere");
        const QString vaccine = q.value(2).toString();
        const int dose = ++doseOf[vaccine];
        const QString name = VaccineNames::name(vaccine);
        //: a dose on the timeline: "乙肝疫苗 第2剂"
        const QString title = Text::tr("%1 第%2剂").arg(name).arg(dose);
        const QString summary = QStringList{title, q.value(4).toString(), q.value(5).toString()}
                                    .join(QLatin1Char(' '))
                                    .simplified() +
                                (elsewhere ? Text::tr("（外单位/补录）") : QString());
        const QString detail =
            timelineField(Text::tr("疫苗"), VaccineNames::nameWithCode(vaccine)) +
            timelineField(Text::tr("剂次"), Text::tr("第%1剂").arg(dose)) +
            timelineField(Text::tr("疫苗编码"), q.value(3).toString()) +
            timelineField(Text::tr("生产企业"), q.value(4).toString()) +
            timelineField(Text::tr("批号"), q.value(5).toString()) +
            timelineField(Text::tr("部位"), sites.label(q.value(6).toString())) +
            timelineField(Text::tr("途径"), routes.label(q.value(7).toString())) +
            timelineField(Text::tr("接种单位"), q.value(8).toString()) +
            timelineField(Text::tr("接种者"), staff.displayName(q.value(9).toString()));
        out << TimelineEntry{QStringLiteral("vaccination"),
                             q.value(0).toString(),
                             date(q.value(1)),
                             Text::tr("预防接种"),
                             summary,
                             detail};
    }
    return out;
}

namespace {
// Stored as codes ("elderly,hypertension"); shown as the rules' labels
// (65岁以上老年人、高血压患者).
QString tagLabels(const QString &codes)
{
    QStringList names;
    for (const QString &t : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto *k = ContractRules::get().keyPopulation(t.trimmed());
        names << (k ? k->label() : t.trimmed());
    }
    return names.join(QStringLiteral("、"));
}
} // namespace

Result<QVector<TimelineEntry>> contracts(const QString &conn, const QString &residentId)
{
    QVector<TimelineEntry> out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT c.id, c.signed_on, c.contract_no, t.name, c.start_date, "
                             "c.end_date, c.terminated_on, c.tags"
                             " FROM contract c LEFT JOIN contract_team t ON t.id = c.team_id"
                             " WHERE c.resident_id = ? AND c.deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    while (q.next()) {
        const QString period =
            Text::tr("%1 至 %2").arg(q.value(4).toString(), q.value(5).toString());
        const QString summary =
            QStringList{q.value(3).toString(), period}.join(QStringLiteral("，")) +
            (q.value(6).isNull() ? QString() : Text::tr("，%1 解约").arg(q.value(6).toString()));
        const QString detail =
            timelineField(Text::tr("协议号"), q.value(2).toString()) +
            timelineField(Text::tr("团队"), q.value(3).toString()) +
            timelineField(Text::tr("服务期"), period) +
            timelineField(Text::tr("解约日期"), q.value(6).toString()) +
            timelineField(Text::tr("人群标签"), tagLabels(q.value(7).toString()));
        out << TimelineEntry{QStringLiteral("contract"),
                             q.value(0).toString(),
                             date(q.value(1)),
                             Text::tr("家庭医生签约"),
                             summary,
                             detail};
    }
    return out;
}

} // namespace Models::CareTimelineSources
