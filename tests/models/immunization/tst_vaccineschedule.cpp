// The immunization schedule data (loaded, chosen by birth date, its pinned choices, calendar-month
// durations, a refused bad schedule), the single-dose check and the JSON contract. The planner
// against hand-worked children is in tst_vaccineplanner.
#include "vaccineplanner.h"
#include "vaccineplannercase.h"
#include "vaccineschedule.h"

#include <QJsonArray>
#include <QTest>

using namespace Models;
using namespace VaccinePlannerCase;

class TestVaccineSchedule : public QObject
{
    Q_OBJECT

private slots:
    void scheduleDataLoads();
    void scheduleSelectedByBirthDate();
    void pinnedDataChoices();
    void durationsAreCalendarMonths();
    void check_data();
    void check();
    void unknownVaccineIsAWarning();
    void badScheduleIsRefused();
    void jsonContract();
};

void TestVaccineSchedule::scheduleDataLoads()
{
    const ScheduleSet &set = ScheduleSet::instance();
    QCOMPARE(set.all().size(), 2);
    const Schedule &s = *set.byVersion(QStringLiteral("nip-2021"));
    for (const char *abbr : {"HepB", "BCG", "IPV", "bOPV", "DTaP", "DT", "MMR", "JE-L", "JE-I",
                             "MPSV-A", "MPSV-AC", "HepA-L", "HepA-I"}) {
        const VaccineProduct *p = s.product(QLatin1String(abbr));
        QVERIFY2(p && p->programme, abbr);
    }
    // docs/domain/immunization.md 6 codes resolve to products
    QCOMPARE(s.product(QStringLiteral("0202"))->abbr, QStringLiteral("HepB"));
    QCOMPARE(s.product(QStringLiteral("0306"))->abbr, QStringLiteral("IPV"));
    QCOMPARE(s.product(QStringLiteral("1602"))->abbr, QStringLiteral("MenAC-conj"));
    QCOMPARE(s.product(QStringLiteral("1902"))->abbr, QStringLiteral("HepA-L"));
    QVERIFY(s.product(QStringLiteral("9999")) == nullptr);
    QVERIFY(!s.dataChoices.isEmpty());
    // Combination vaccines count toward each antigen they contain.
    const QStringList counts = VaccinePlanner::countsToward(
        s, *s.product(QStringLiteral("DTaP-IPV/Hib")), d("2024-01-01"), d("2024-03-01"));
    QCOMPARE(counts, (QStringList{QStringLiteral("Polio"), QStringLiteral("DTP")}));
    // Routes: BCG intradermal, bOPV oral, MMR subcutaneous.
    QCOMPARE(s.product(QStringLiteral("BCG"))->route, QStringLiteral("ID"));
    QVERIFY(!s.product(QStringLiteral("bOPV"))->injectableLive());
    QVERIFY(s.product(QStringLiteral("MMR"))->injectableLive());
}

void TestVaccineSchedule::scheduleSelectedByBirthDate()
{
    const ScheduleSet &set = ScheduleSet::instance();
    QCOMPARE(set.forBirth(d("2024-12-31")).version, QStringLiteral("nip-2021"));
    QCOMPARE(set.forBirth(d("2025-01-01")).version, QStringLiteral("nip-2025"));
    QCOMPARE(set.forBirth(d("2010-06-01")).version, QStringLiteral("nip-2021"));
    // The 2025 version changes only the DTP series; the rest is inherited.
    const Schedule &a = *set.byVersion(QStringLiteral("nip-2021"));
    const Schedule &b = *set.byVersion(QStringLiteral("nip-2025"));
    QCOMPARE(a.series.size(), b.series.size());
    QCOMPARE(b.findSeries(QStringLiteral("DTP"))->regimens.first().doses.at(0).minAge.months, 2);
    QCOMPARE(b.findSeries(QStringLiteral("DTP"))->regimens.first().doses.at(4).vaccine,
             QStringLiteral("DTaP"));
    QCOMPARE(a.findSeries(QStringLiteral("DTP"))->regimens.first().doses.at(4).vaccine,
             QStringLiteral("DT"));
    QCOMPARE(b.products.value(QStringLiteral("DTaP")).maxAge.years, 7);
}

// Every 'unconfirmed' rule of docs/domain/immunization.md is a data choice; these pin the choices
// made.
void TestVaccineSchedule::pinnedDataChoices()
{
    const Schedule &s = *ScheduleSet::instance().byVersion(QStringLiteral("nip-2021"));
    QCOMPARE(s.overdueGrace.toString(), QStringLiteral("1m"));
    QCOMPARE(s.liveInterval.toString(), QStringLiteral("28d"));
    const auto &hepb = s.findSeries(QStringLiteral("HepB"))->regimens.last().doses;
    QCOMPARE(hepb.at(2).intervalsFrom.first().first, 1);
    QCOMPARE(hepb.at(2).intervalsFrom.first().second.toString(),
             QStringLiteral("4m")); // 1->3 >= 4 months
    const Series &dtp = *s.findSeries(QStringLiteral("DTP"));
    QCOMPARE(dtp.regimens.last().fromAge.toString(), QStringLiteral("6y"));
    QCOMPARE(dtp.regimens.last().doses.at(1).minInterval.toString(),
             QStringLiteral("1m")); // <3 doses at >=6y
    QCOMPARE(dtp.regimens.last().doses.at(2).minInterval.toString(), QStringLiteral("6m"));
    QCOMPARE(s.products.value(QStringLiteral("DTaP")).maxAge.toString(), QStringLiteral("6y"));
    QCOMPARE(s.findSeries(QStringLiteral("JE-I"))->accepts,
             QStringList{QStringLiteral("JE-I")}); // no mixing
    QCOMPARE(
        s.findSeries(QStringLiteral("JE-I"))->regimens.first().doses.at(2).completeBy.toString(),
        QStringLiteral("3y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("JE-I"))->regimens.first().doses.at(3).completeBy.toString(),
        QStringLiteral("7y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("Polio"))->regimens.first().doses.at(3).completeBy.toString(),
        QStringLiteral("5y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("MenAC"))->regimens.first().doses.at(0).completeBy.toString(),
        QStringLiteral("4y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("HepA-I"))->regimens.first().doses.at(1).completeBy.toString(),
        QStringLiteral("3y"));
    QCOMPARE(s.findSeries(QStringLiteral("MMR"))->countsFromAge.toString(), QStringLiteral("8m"));
    const Schedule &n = *ScheduleSet::instance().byVersion(QStringLiteral("nip-2025"));
    QCOMPARE(n.bornFrom, d("2025-01-01"));
    QCOMPARE(n.findSeries(QStringLiteral("DTP"))->regimens.last().fromAge.toString(),
             QStringLiteral("7y"));
}

void TestVaccineSchedule::durationsAreCalendarMonths()
{
    QCOMPARE(Duration::parse(QStringLiteral("1m")).after(d("2023-01-31")), d("2023-02-28"));
    QCOMPARE(Duration::parse(QStringLiteral("1m")).after(d("2024-01-31")), d("2024-02-29"));
    QCOMPARE(Duration::parse(QStringLiteral("6m")).after(d("2023-08-31")), d("2024-02-29"));
    QCOMPARE(Duration::parse(QStringLiteral("4y")).after(d("2020-02-29")), d("2024-02-29"));
    QCOMPARE(Duration::parse(QStringLiteral("1y")).after(d("2020-02-29")), d("2021-02-28"));
    QCOMPARE(Duration::parse(QStringLiteral("28d")).after(d("2024-02-10")), d("2024-03-09"));
    QCOMPARE(Duration::parse(QStringLiteral("1y6m")).after(d("2023-01-15")), d("2024-07-15"));
    bool ok = true;
    Duration::parse(QStringLiteral("6 weeks"), &ok);
    QVERIFY(!ok);
    // after() does its own arithmetic: the same day as Qt's addYears, addMonths, addDays for
    // every day of 2015-2025 (three leap years, every month end) and durations around them.
    int compared = 0;
    for (QDate day(2015, 1, 1); day <= QDate(2025, 12, 31); day = day.addDays(1))
        for (int years : {0, 1, 3, 4, 6})
            for (int months : {0, 1, 2, 6, 11, 12, 13, 18, 25})
                for (int days : {0, 1, 28}) {
                    const Duration x{years, months, days, true};
                    const QDate qt = day.addYears(years).addMonths(months).addDays(days);
                    if (x.after(day) != qt)
                        QFAIL(qPrintable(QStringLiteral("%1 after %2: %3, Qt %4")
                                             .arg(x.toString(), day.toString(Qt::ISODate),
                                                  x.after(day).toString(Qt::ISODate),
                                                  qt.toString(Qt::ISODate))));
                    ++compared;
                }
    QCOMPARE(compared, 4018 * 5 * 9 * 3);
    QVERIFY(!Duration::parse(QStringLiteral("1y")).after(QDate()).isValid());
}

void TestVaccineSchedule::check_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QStringList>("history"); // "vaccine@date"
    QTest::addColumn<QString>("vaccine");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason"); // a fragment of the first reason

    QTest::newRow("MMR at 8 months") << "2023-01-10" << QStringList() << QStringList() << "MMR"
                                     << "2023-09-10" << true << "";
    QTest::newRow("MMR under minimum age")
        << "2023-01-10" << QStringList() << QStringList() << "MMR"
        << "2023-08-20" << false << "8月龄前接种不计入";
    QTest::newRow("JE-L 10 days after MMR")
        << "2023-01-10" << QStringList() << QStringList{"MMR@2023-09-10"} << "JE-L"
        << "2023-09-20" << false << "28天";
    QTest::newRow("JE-L same day as MMR")
        << "2023-01-10" << QStringList() << QStringList{"MMR@2023-09-10"} << "JE-L"
        << "2023-09-10" << true << "";
    QTest::newRow("bOPV 10 days after MMR (oral)")
        << "2023-01-10" << QStringList()
        << QStringList{"IPV@2023-03-10", "IPV@2023-04-10", "MMR@2023-09-10"} << "bOPV"
        << "2023-09-20" << true << "";
    QTest::newRow("HepB 2 under 28 days")
        << "2024-01-01" << QStringList() << QStringList{"HepB@2024-01-20"} << "HepB"
        << "2024-02-05" << false << "距第1剂至少28天";
    QTest::newRow("BCG at 4 years") << "2020-01-01" << QStringList() << QStringList() << "BCG"
                                    << "2024-01-01" << false << "满4岁";
    QTest::newRow("BCG at 3 years 11 months")
        << "2020-01-01" << QStringList() << QStringList() << "BCG"
        << "2023-12-01" << true << "";
    QTest::newRow("MMR contraindicated")
        << "2023-01-10" << QStringList{"immunodeficiency"} << QStringList() << "MMR"
        << "2023-09-10" << false << "禁忌";
    QTest::newRow("allergy to DTaP")
        << "2023-01-10" << QStringList{"allergy:DTaP"} << QStringList() << "DTaP"
        << "2023-04-10" << false << "禁忌";
    QTest::newRow("DTaP at 6 years") << "2017-01-10" << QStringList() << QStringList() << "DTaP"
                                     << "2023-02-01" << false << "6岁";
    QTest::newRow("DT at 6 years") << "2017-01-10" << QStringList() << QStringList() << "DT"
                                   << "2023-02-01" << true << "";
    QTest::newRow("JE-I chooses the inactivated route")
        << "2023-01-10" << QStringList() << QStringList() << "JE-I"
        << "2023-09-10" << true << "";
    QTest::newRow("JE-I after a JE-L dose")
        << "2022-01-10" << QStringList() << QStringList{"JE-L@2022-09-10"} << "JE-I"
        << "2023-09-10" << false << "乙脑减毒活疫苗";
    QTest::newRow("MPSV-A at 2 years") << "2021-01-10" << QStringList() << QStringList() << "MPSV-A"
                                       << "2023-01-10" << false << "满24月龄";
    QTest::newRow("MPSV-AC at 2 years without MPSV-A")
        << "2021-01-10" << QStringList() << QStringList() << "MPSV-AC"
        << "2023-01-10" << true << "";
    QTest::newRow("HepA-L 6 months after HepA-I")
        << "2021-01-10" << QStringList() << QStringList{"HepA-I@2022-07-10"} << "HepA-L"
        << "2023-01-10" << true << "";
    QTest::newRow("HepA-L 3 months after HepA-I")
        << "2021-01-10" << QStringList() << QStringList{"HepA-I@2022-07-10"} << "HepA-L"
        << "2022-10-10" << false << "最早2023-01-10";
    QTest::newRow("pentavalent counts for polio and DTP")
        << "2023-01-10" << QStringList() << QStringList() << "DTaP-IPV/Hib"
        << "2023-04-10" << true << "";
    QTest::newRow("HepB after the series")
        << "2023-01-10" << QStringList()
        << QStringList{"HepB@2023-01-10", "HepB@2023-02-10", "HepB@2023-07-10"} << "HepB"
        << "2023-09-10" << false << "已全程";
    QTest::newRow("non-programme vaccine")
        << "2023-01-10" << QStringList() << QStringList() << "PCV13"
        << "2023-03-10" << true << "";
    QTest::newRow("varicella 10 days after MMR")
        << "2023-01-10" << QStringList() << QStringList{"MMR@2023-09-10"} << "Varicella"
        << "2023-09-20" << false << "28天";
    QTest::newRow("before birth") << "2023-01-10" << QStringList() << QStringList() << "HepB"
                                  << "2023-01-01" << false << "出生";
    QTest::newRow("unknown vaccine") << "2023-01-10" << QStringList() << QStringList() << "XYZ"
                                     << "2023-03-10" << false << "未知";
    QTest::newRow("DTaP 2025 at 2 months")
        << "2025-01-10" << QStringList() << QStringList() << "DTaP"
        << "2025-03-10" << true << "";
    QTest::newRow("DTaP 2021 at 2 months")
        << "2024-11-10" << QStringList() << QStringList() << "DTaP"
        << "2025-01-10" << false << "最早2025-02-10";
}

void TestVaccineSchedule::check()
{
    QFETCH(QString, birth);
    QFETCH(QStringList, states);
    QFETCH(QStringList, history);
    QFETCH(QString, vaccine);
    QFETCH(QString, date);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    ChildFacts c;
    c.birth = d(birth);
    c.healthStates = states;
    for (const QString &h : history)
        c.doses.append({h.section(QLatin1Char('@'), 0, 0), d(h.section(QLatin1Char('@'), 1))});
    const CheckResult r = VaccinePlanner().check(c, vaccine, d(date));
    QVERIFY2(r.allowed == allowed, qPrintable(r.reasons.join(QLatin1Char(';'))));
    if (!allowed)
        QVERIFY2(r.reasons.join(QLatin1Char(';')).contains(reason),
                 qPrintable(r.reasons.join(QLatin1Char(';'))));
    else
        QVERIFY(r.reasons.isEmpty());
}

void TestVaccineSchedule::unknownVaccineIsAWarning()
{
    ChildFacts c;
    c.birth = d("2024-01-01");
    c.doses.append({QStringLiteral("NOPE"), d("2024-01-02")});
    c.healthStates << QStringLiteral("martian");
    const Plan p = VaccinePlanner().plan(c, d("2024-02-01"));
    QCOMPARE(p.warnings.size(), 2);
}

void TestVaccineSchedule::badScheduleIsRefused()
{
    const QByteArray bad = R"({"version": "x", "born_from": "2000-01-01", "born_to": "2001-01-01",
        "settings": {"overdue_grace": "1m", "live_injectable_interval": "28d"},
        "products": {"A": {"name_zh": "甲", "antigens": ["A"], "route": "IM"}},
        "series": [{"id": "S", "antigen": "A", "regimens": [{"id": "r", "doses": [
            {"dose": 1, "vaccine": "B", "min_age": "2m"}]}]}]})";
    auto r = Schedule::fromJson(bad);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("B")));
    QByteArray badAge = bad;
    badAge.replace("\"vaccine\": \"B\", \"min_age\": \"2m\"",
                   "\"vaccine\": \"A\", \"min_age\": \"two months\"");
    QVERIFY(!Schedule::fromJson(badAge).ok());
    QByteArray good = bad;
    good.replace("\"vaccine\": \"B\"", "\"vaccine\": \"A\"");
    QVERIFY(Schedule::fromJson(good).ok());
}

void TestVaccineSchedule::jsonContract()
{
    const QJsonObject in{
        {QStringLiteral("birth_date"), QStringLiteral("2024-01-31")},
        {QStringLiteral("sex"), QStringLiteral("F")},
        {QStringLiteral("on"), QStringLiteral("2024-02-29")},
        {QStringLiteral("health_states"), QJsonArray()},
        {QStringLiteral("doses"),
         QJsonArray{QJsonObject{{QStringLiteral("vaccine"), QStringLiteral("0201")},
                                {QStringLiteral("date"), QStringLiteral("2024-01-31")}}}}};
    QDate on;
    auto f = childFactsFromJson(in, &on);
    QVERIFY(f.ok());
    QCOMPARE(on, d("2024-02-29"));
    const QJsonObject out = VaccinePlanner().plan(*f, on).toJson();
    QCOMPARE(out.value(QStringLiteral("schedule_version")).toString(), QStringLiteral("nip-2021"));
    const QJsonObject first = out.value(QStringLiteral("doses")).toArray().at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("series")).toString(), QStringLiteral("HepB"));
    QCOMPARE(first.value(QStringLiteral("dose")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("due"));
    QCOMPARE(first.value(QStringLiteral("earliest")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(first.value(QStringLiteral("recommended")).toString(), QStringLiteral("2024-02-29"));
    QVERIFY(!first.value(QStringLiteral("rule")).toString().isEmpty());
    QJsonObject wrong = in;
    wrong.insert(QStringLiteral("doses"),
                 QJsonArray{QJsonObject{{QStringLiteral("vaccine"), QStringLiteral("XYZ")},
                                        {QStringLiteral("date"), QStringLiteral("2024-01-31")}}});
    auto e = childFactsFromJson(wrong);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().field, QStringLiteral("doses[0].vaccine"));
    wrong = in;
    wrong.insert(QStringLiteral("birth_date"), QStringLiteral("31/01/2024"));
    QCOMPARE(childFactsFromJson(wrong).error().field, QStringLiteral("birth_date"));
}

QTEST_GUILESS_MAIN(TestVaccineSchedule)
#include "tst_vaccineschedule.moc"
