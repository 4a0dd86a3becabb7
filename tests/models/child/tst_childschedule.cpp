// The children's check windows by hand: 满月 28-30 days, 满N月 to N月29天, 满N周岁 to
// N岁11个月29天, month ends and a 29 February birth.
#include "childschedule.h"

#include <QTest>

using namespace Models;

class TstChildSchedule : public QObject
{
    Q_OBJECT

private slots:
    void windows();
    void monthEndsAndLeapYear();
    void windowOnAndForm();
};

void TstChildSchedule::windows()
{
    const QList<ChildCheckWindow> w = ChildSchedule::get().windows(QDate(2024, 1, 15));
    QCOMPARE(w.size(), 12);
    QCOMPARE(w.at(0).code, QStringLiteral("1m"));
    QCOMPARE(w.at(0).from, QDate(2024, 2, 12)); // day 28
    QCOMPARE(w.at(0).to, QDate(2024, 2, 14));   // day 30
    QCOMPARE(w.at(1).from, QDate(2024, 4, 15)); // 满3月
    QCOMPARE(w.at(1).to, QDate(2024, 5, 14));   // 3月29天
    QCOMPARE(w.at(4).code, QStringLiteral("12m"));
    QCOMPARE(w.at(4).form, QStringLiteral("toddler"));
    QCOMPARE(w.at(8).code, QStringLiteral("3y"));
    QCOMPARE(w.at(8).from, QDate(2027, 1, 15));
    QCOMPARE(w.at(8).to, QDate(2028, 1, 14)); // the day before the 4th birthday
    QVERIFY(w.at(2).hb);                      // 6 months
    QVERIFY(!w.at(4).hb);                     // 12 months
}

void TstChildSchedule::monthEndsAndLeapYear()
{
    // born 31 January: 满3月 is 30 April (no 31 April)
    QCOMPARE(ChildSchedule::get().windows(QDate(2024, 1, 31)).at(1).from, QDate(2024, 4, 30));
    // born 29 February 2024: 满12月 on 28 February 2025, 满24月 on 28 February 2026,
    // 满4周岁 on 29 February 2028
    const QList<ChildCheckWindow> w = ChildSchedule::get().windows(QDate(2024, 2, 29));
    QCOMPARE(w.at(4).from, QDate(2025, 2, 28));
    QCOMPARE(w.at(6).from, QDate(2026, 2, 28));
    QCOMPARE(w.at(9).from, QDate(2028, 2, 29));
}

void TstChildSchedule::windowOnAndForm()
{
    const QDate birth(2024, 1, 15);
    QCOMPARE(ChildSchedule::get().windowOn(birth, QDate(2024, 2, 14)).code, QStringLiteral("1m"));
    QVERIFY(ChildSchedule::get().windowOn(birth, QDate(2024, 2, 15)).code.isEmpty());
    QCOMPARE(ChildSchedule::get().windowOn(birth, QDate(2025, 7, 20)).code, QStringLiteral("18m"));
    QCOMPARE(ChildSchedule::formFor(birth, QDate(2025, 1, 14)), QStringLiteral("infant"));
    QCOMPARE(ChildSchedule::formFor(birth, QDate(2025, 1, 15)), QStringLiteral("toddler"));
    QCOMPARE(ChildSchedule::formFor(birth, QDate(2027, 1, 15)), QStringLiteral("preschool"));
}

QTEST_GUILESS_MAIN(TstChildSchedule)
#include "tst_childschedule.moc"
