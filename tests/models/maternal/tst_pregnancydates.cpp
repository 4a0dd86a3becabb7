// Pregnancy dates by hand-worked tables: the form's EDD rule (month +9 or −3, day +7) including
// month ends and leap years, LMP + 280, the ultrasound override, 周+天, the 12+6/13+0 and
// 27+6/28+0 boundaries, the visit windows and the input errors.
#include "pregnancydates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Models;

class TstPregnancyDates : public QObject
{
    Q_OBJECT

private slots:
    void eddByTheFormsRule_data();
    void eddByTheFormsRule();
    void lmpPlus280();
    void gestationalAgeAndTrimester_data();
    void gestationalAgeAndTrimester();
    void ultrasoundOverrides();
    void visitWindows();
    void jsonContract();
    void jsonErrors_data();
    void jsonErrors();
};

void TstPregnancyDates::eddByTheFormsRule_data()
{
    QTest::addColumn<QDate>("lmp");
    QTest::addColumn<QDate>("edd");
    // PROGRAMMES.md's example: May 20 → month −3 = Feb next year, day +7 = 27
    QTest::newRow("2024-05-20") << QDate(2024, 5, 20) << QDate(2025, 2, 27);
    // Jan–Mar: month +9, same year
    QTest::newRow("2024-02-10") << QDate(2024, 2, 10) << QDate(2024, 11, 17);
    QTest::newRow("2024-03-31") << QDate(2024, 3, 31) << QDate(2025, 1, 7);   // Dec 38 → Jan 7
    QTest::newRow("2024-04-01") << QDate(2024, 4, 1) << QDate(2025, 1, 8);    // month −3
    QTest::newRow("2024-12-25") << QDate(2024, 12, 25) << QDate(2025, 10, 2); // Sep 32 → Oct 2
    // Feb of a common year lacks day 30: counted from 1 Feb, 2025-02-01 + 36 days = 9 Mar
    QTest::newRow("2024-05-30") << QDate(2024, 5, 30) << QDate(2025, 3, 9);
    // ... and of a leap year: 2028-02-01 + 28 days (day 22 + 7 = 29) = 29 Feb
    QTest::newRow("2027-05-22") << QDate(2027, 5, 22) << QDate(2028, 2, 29);
    QTest::newRow("2023-05-22") << QDate(2023, 5, 22) << QDate(2024, 2, 29);
    QTest::newRow("2022-05-22") << QDate(2022, 5, 22) << QDate(2023, 3, 1);
}

void TstPregnancyDates::eddByTheFormsRule()
{
    QFETCH(QDate, lmp);
    QFETCH(QDate, edd);
    QCOMPARE(PregnancyDates::eddByRule(lmp, QStringLiteral("naegele")), edd);
    const PregnancyDates d(lmp);
    QCOMPARE(d.edd(), edd);
    QCOMPARE(d.eddRule(), QStringLiteral("naegele"));
}

void TstPregnancyDates::lmpPlus280()
{
    const PregnancyDates d(QDate(2024, 5, 20), QStringLiteral("lmp280"));
    QCOMPARE(d.edd(), QDate(2025, 2, 24)); // 3 days before the form's rule
    QCOMPARE(d.eddRule(), QStringLiteral("lmp280"));
}

void TstPregnancyDates::gestationalAgeAndTrimester_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("trimester");
    QTest::addColumn<bool>("early");
    // LMP 2024-05-20
    QTest::newRow("0+0") << QDate(2024, 5, 20) << 0 << 0 << "first" << true;
    QTest::newRow("12+6") << QDate(2024, 8, 18) << 12 << 6 << "first" << true;
    QTest::newRow("13+0") << QDate(2024, 8, 19) << 13 << 0 << "second" << false;
    QTest::newRow("14+6") << QDate(2024, 9, 1) << 14 << 6 << "second" << false;
    QTest::newRow("27+6") << QDate(2024, 12, 1) << 27 << 6 << "second" << false;
    QTest::newRow("28+0") << QDate(2024, 12, 2) << 28 << 0 << "third" << false;
}

void TstPregnancyDates::gestationalAgeAndTrimester()
{
    QFETCH(QDate, on);
    QFETCH(int, weeks);
    QFETCH(int, days);
    QFETCH(QString, trimester);
    QFETCH(bool, early);
    const PregnancyDates d(QDate(2024, 5, 20));
    const GestationalAge ga = d.ageOn(on);
    QCOMPARE(ga.weeks(), weeks);
    QCOMPARE(ga.remainder(), days);
    QCOMPARE(ga.text(), QStringLiteral("%1周+%2天").arg(weeks).arg(days));
    QCOMPARE(d.trimesterOn(on)->code, trimester);
    QCOMPARE(d.earlyBooking(on), early);
    QVERIFY(!d.ageOn(QDate(2024, 5, 19)).valid());
}

// An ultrasound EDD of 2025-03-01 replaces the rule and moves day 0 to 2024-05-25 (EDD − 280):
// on 2024-09-01 that is 99 days, 14+1.
void TstPregnancyDates::ultrasoundOverrides()
{
    const PregnancyDates d(QDate(2024, 5, 20), QString(), QDate(2025, 3, 1));
    QCOMPARE(d.edd(), QDate(2025, 3, 1));
    QCOMPARE(d.eddRule(), QStringLiteral("ultrasound"));
    QCOMPARE(d.start(), QDate(2024, 5, 25));
    QCOMPARE(d.ageOn(QDate(2024, 9, 1)).text(), QStringLiteral("14周+1天"));
}

// Windows from LMP 2024-05-20: 2nd 16+0..20+6 = 2024-09-09..2024-10-13, 3rd 21+0..24+6,
// 4th 28+0..36+6, 5th 37+0..40+6.
void TstPregnancyDates::visitWindows()
{
    const PregnancyDates d(QDate(2024, 5, 20));
    const QList<PrenatalWindow> w = d.windows();
    QCOMPARE(w.size(), 5);
    QCOMPARE(w.at(1).from, QDate(2024, 9, 9));
    QCOMPARE(w.at(1).to, QDate(2024, 10, 13));
    QCOMPARE(w.at(2).from, QDate(2024, 10, 14));
    QCOMPARE(w.at(3).from, QDate(2024, 12, 2));
    QCOMPARE(w.at(4).to, QDate(2025, 3, 2));
    // on 14+6 the first window (before 13 weeks) has passed
    QList<PrenatalWindow> next = d.nextVisits(QDate(2024, 9, 1));
    QCOMPARE(next.size(), 4);
    QCOMPARE(next.first().visit, 2);
    // the last day of a window still lists it; a done visit is left out
    QCOMPARE(d.nextVisits(QDate(2024, 10, 13)).first().visit, 2);
    QCOMPARE(d.nextVisits(QDate(2024, 10, 14)).first().visit, 3);
    QCOMPARE(d.nextVisits(QDate(2024, 9, 20), {2}).first().visit, 3);
}

void TstPregnancyDates::jsonContract()
{
    auto r = pregnancyDatesJson(QJsonObject{{"lmp", "2024-05-20"}, {"on", "2024-09-01"}},
                                QDate(2025, 1, 1));
    QVERIFY(r);
    const QJsonObject o = *r;
    QCOMPARE(o.value("edd").toString(), QStringLiteral("2025-02-27"));
    QCOMPARE(o.value("gestational_age").toObject().value("weeks").toInt(), 14);
    QCOMPARE(o.value("gestational_age").toObject().value("days").toInt(), 6);
    QCOMPARE(o.value("trimester").toString(), QStringLiteral("second"));
    const QJsonArray next = o.value("next_visits").toArray();
    QCOMPARE(next.size(), 4);
    QCOMPARE(next.first().toObject().value("from").toString(), QStringLiteral("2024-09-09"));
    QCOMPARE(next.first().toObject().value("status").toString(), QStringLiteral("upcoming"));
}

void TstPregnancyDates::jsonErrors_data()
{
    QTest::addColumn<QJsonObject>("in");
    QTest::addColumn<QString>("field");
    QTest::newRow("no lmp") << QJsonObject{{"on", "2024-09-01"}} << "lmp";
    QTest::newRow("future lmp") << QJsonObject{{"lmp", "2025-05-20"}} << "lmp";
    QTest::newRow("future on") << QJsonObject{{"lmp", "2024-05-20"}, {"on", "2025-09-01"}} << "on";
    QTest::newRow("on before lmp")
        << QJsonObject{{"lmp", "2024-05-20"}, {"on", "2024-05-01"}} << "on";
    QTest::newRow("46 weeks") << QJsonObject{{"lmp", "2023-05-20"}, {"on", "2024-04-10"}} << "lmp";
    QTest::newRow("rule") << QJsonObject{{"lmp", "2024-05-20"}, {"rule", "moon"}} << "rule";
    QTest::newRow("ultrasound far")
        << QJsonObject{{"lmp", "2024-05-20"}, {"ultrasound_edd", "2025-06-01"}} << "ultrasound_edd";
}

void TstPregnancyDates::jsonErrors()
{
    QFETCH(QJsonObject, in);
    QFETCH(QString, field);
    auto r = pregnancyDatesJson(in, QDate(2025, 1, 1));
    QVERIFY(!r);
    QCOMPARE(r.error().field, field);
}

QTEST_GUILESS_MAIN(TstPregnancyDates)
#include "tst_pregnancydates.moc"
