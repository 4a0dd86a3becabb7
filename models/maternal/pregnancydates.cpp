#include "pregnancydates.h"

#include "codetable.h"

#include "dates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::PregnancyDates)
};
} // namespace

QString MaternalSchedule::Trimester::displayLabel() const
{
    return CodeTable::english() && !labelEn.isEmpty() ? labelEn : label;
}

QString GestationalAge::text() const
{
    if (!valid())
        return {};
    return Text::tr("%1周+%2天").arg(weeks()).arg(remainder());
}

const MaternalSchedule &MaternalSchedule::get()
{
    static const MaternalSchedule s = [] {
        MaternalSchedule m;
        QFile f(QStringLiteral(":/rules/maternal_schedule.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        m.version = o.value(QStringLiteral("version")).toString();
        m.defaultRule = o.value(QStringLiteral("edd_rule_default")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("trimesters")).toArray()) {
            const QJsonObject t = v.toObject();
            m.trimesters << Trimester{t.value(QStringLiteral("code")).toString(),
                                      t.value(QStringLiteral("label")).toString(),
                                      t.value(QStringLiteral("from_day")).toInt(),
                                      t.value(QStringLiteral("to_day")).toInt(),
                                      t.value(QStringLiteral("label_en")).toString()};
        }
        m.earlyBookingBeforeDay = o.value(QStringLiteral("early_booking_before_day")).toInt(91);
        m.maxGestationDay = o.value(QStringLiteral("max_gestation_day")).toInt(315);
        for (const QJsonValue &v : o.value(QStringLiteral("prenatal_visits")).toArray()) {
            const QJsonObject w = v.toObject();
            PrenatalWindow p;
            p.visit = w.value(QStringLiteral("visit")).toInt();
            p.label = w.value(QStringLiteral("label")).toString();
            p.fromDay = w.value(QStringLiteral("from_day")).toInt();
            p.toDay = w.value(QStringLiteral("to_day")).toInt();
            m.visits << p;
        }
        const QJsonObject pp = o.value(QStringLiteral("postpartum")).toObject();
        m.postpartumVisitDays = pp.value(QStringLiteral("visit_within_days_of_discharge")).toInt(7);
        m.postpartumIndicatorDays =
            pp.value(QStringLiteral("indicator_window_days_of_discharge")).toInt(28);
        m.checkDay = pp.value(QStringLiteral("check_day_after_birth")).toInt(42);
        Q_ASSERT_X(!m.visits.isEmpty(), "MaternalSchedule", "missing rules/maternal_schedule.json");
        return m;
    }();
    return s;
}

QDate PregnancyDates::eddByRule(const QDate &lmp, const QString &rule)
{
    if (!lmp.isValid())
        return {};
    if (rule == QLatin1String("lmp280"))
        return lmp.addDays(280);
    // The form's rule: month +9 (Jan-Mar) or −3 and next year (Apr-Dec), then day +7. The day
    // is counted from the 1st of the target month, so a day the month lacks (30 Feb) and a day
    // past its end both run on into the next month, as counting on a calendar does.
    const int month = lmp.month() <= 3 ? lmp.month() + 9 : lmp.month() - 3;
    const int year = lmp.month() <= 3 ? lmp.year() : lmp.year() + 1;
    return QDate(year, month, 1).addDays(lmp.day() - 1 + 7);
}

GestationalAge PregnancyDates::ageOn(const QDate &start, const QDate &on)
{
    if (!start.isValid() || !on.isValid() || on < start)
        return {};
    return GestationalAge{static_cast<int>(start.daysTo(on))};
}

PregnancyDates::PregnancyDates(const QDate &lmp, const QString &rule, const QDate &ultrasoundEdd,
                               const MaternalSchedule &schedule)
    : m_schedule(schedule), m_lmp(lmp)
{
    if (ultrasoundEdd.isValid()) {
        m_edd = ultrasoundEdd;
        m_rule = QStringLiteral("ultrasound");
        m_start = ultrasoundEdd.addDays(-280);
    } else {
        m_rule = rule.isEmpty() ? schedule.defaultRule : rule;
        m_edd = eddByRule(lmp, m_rule);
        m_start = lmp;
    }
}

const MaternalSchedule::Trimester *PregnancyDates::trimesterOn(const QDate &on) const
{
    const GestationalAge ga = ageOn(on);
    if (!ga.valid())
        return nullptr;
    for (const MaternalSchedule::Trimester &t : m_schedule.trimesters)
        if (ga.days >= t.fromDay && ga.days <= t.toDay)
            return &t;
    return nullptr;
}

QList<PrenatalWindow> PregnancyDates::windows() const
{
    QList<PrenatalWindow> out = m_schedule.visits;
    for (PrenatalWindow &w : out) {
        w.from = m_start.addDays(w.fromDay);
        w.to = m_start.addDays(w.toDay);
    }
    return out;
}

QList<PrenatalWindow> PregnancyDates::nextVisits(const QDate &on, const QList<int> &done) const
{
    QList<PrenatalWindow> out;
    for (const PrenatalWindow &w : windows())
        if (!done.contains(w.visit) && w.to >= on)
            out << w;
    return out;
}

bool PregnancyDates::earlyBooking(const QDate &bookedOn) const
{
    const GestationalAge ga = ageOn(bookedOn);
    return ga.valid() && ga.days < m_schedule.earlyBookingBeforeDay;
}

Result<QJsonObject> pregnancyDatesJson(const QJsonObject &in, const QDate &today)
{
    const QDate lmp = QDate::fromString(in.value(QStringLiteral("lmp")).toString(), Qt::ISODate);
    if (!lmp.isValid())
        return makeError(QStringLiteral("pregnancy.lmp"),
                         Text::tr("末次月经日期格式应为 YYYY-MM-DD"), QStringLiteral("lmp"));
    if (lmp > today)
        return makeError(QStringLiteral("pregnancy.lmp"), Text::tr("末次月经日期不能晚于今天"),
                         QStringLiteral("lmp"));
    const QDate on = in.contains(QStringLiteral("on"))
                         ? QDate::fromString(in.value(QStringLiteral("on")).toString(), Qt::ISODate)
                         : today;
    if (!on.isValid())
        return makeError(QStringLiteral("pregnancy.on"), Text::tr("日期格式应为 YYYY-MM-DD"),
                         QStringLiteral("on"));
    if (on > today)
        return makeError(QStringLiteral("pregnancy.on"), Text::tr("日期不能晚于今天"),
                         QStringLiteral("on"));
    const QString rule = in.value(QStringLiteral("rule")).toString();
    if (!rule.isEmpty() && rule != QLatin1String("naegele") && rule != QLatin1String("lmp280"))
        return makeError(QStringLiteral("pregnancy.rule"),
                         Text::tr("预产期规则应为 naegele（月+9或-3，日+7）或 lmp280"),
                         QStringLiteral("rule"));
    QDate us;
    if (in.contains(QStringLiteral("ultrasound_edd"))) {
        us = QDate::fromString(in.value(QStringLiteral("ultrasound_edd")).toString(), Qt::ISODate);
        if (!us.isValid())
            return makeError(QStringLiteral("pregnancy.ultrasound"),
                             Text::tr("B超预产期格式应为 YYYY-MM-DD"),
                             QStringLiteral("ultrasound_edd"));
        if (std::abs(lmp.addDays(280).daysTo(us)) > 42)
            return makeError(QStringLiteral("pregnancy.ultrasound"),
                             Text::tr("B超预产期与末次月经推算相差超过6周，请核对"),
                             QStringLiteral("ultrasound_edd"));
    }
    QList<int> done;
    for (const QJsonValue &v : in.value(QStringLiteral("done")).toArray())
        done << v.toInt();
    const PregnancyDates d(lmp, rule, us);
    const GestationalAge ga = d.ageOn(on);
    if (!ga.valid())
        return makeError(QStringLiteral("pregnancy.on"), Text::tr("日期早于孕期开始"),
                         QStringLiteral("on"));
    if (ga.days > MaternalSchedule::get().maxGestationDay)
        return makeError(QStringLiteral("pregnancy.lmp"),
                         Text::tr("孕周超过 %1 周，请核对末次月经日期")
                             .arg(MaternalSchedule::get().maxGestationDay / 7),
                         QStringLiteral("lmp"));
    QJsonArray visits;
    for (const PrenatalWindow &w : d.nextVisits(on, done))
        visits << QJsonObject{{QStringLiteral("visit"), w.visit},
                              {QStringLiteral("name"), w.label},
                              {QStringLiteral("from"), isoDate(w.from)},
                              {QStringLiteral("to"), isoDate(w.to)},
                              {QStringLiteral("status"),
                               on >= w.from ? QStringLiteral("due") : QStringLiteral("upcoming")}};
    const auto *t = d.trimesterOn(on);
    return QJsonObject{
        {QStringLiteral("edd"), isoDate(d.edd())},
        {QStringLiteral("edd_rule"), d.eddRule()},
        {QStringLiteral("gestational_age"), QJsonObject{{QStringLiteral("weeks"), ga.weeks()},
                                                        {QStringLiteral("days"), ga.remainder()},
                                                        {QStringLiteral("text"), ga.text()}}},
        {QStringLiteral("trimester"), t ? t->code : QString()},
        {QStringLiteral("trimester_name"), t ? t->label : QString()},
        {QStringLiteral("early_booking_window"),
         ga.days < MaternalSchedule::get().earlyBookingBeforeDay},
        {QStringLiteral("next_visits"), visits},
        {QStringLiteral("schedule_version"), MaternalSchedule::get().version}};
}

} // namespace Models
