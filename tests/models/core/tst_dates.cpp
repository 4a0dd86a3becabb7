#include "dates.h"

#include <QTest>

using namespace Models;

// The one age and the one ISO date of the project: the edges a clinic meets (a birthday today,
// a child born on 29 February, a date before the birth, an unknown date).
class TstDates : public QObject
{
    Q_OBJECT

private slots:
    void ageInYears_data();
    void ageInYears();
    void isoDate_data();
    void isoDate();
};

void TstDates::ageInYears_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("born today") << QDate(2024, 5, 10) << QDate(2024, 5, 10) << 0;
    QTest::newRow("birthday today") << QDate(1960, 5, 10) << QDate(2025, 5, 10) << 65;
    QTest::newRow("day before birthday") << QDate(1960, 5, 10) << QDate(2025, 5, 9) << 64;
    QTest::newRow("day after birthday") << QDate(1960, 5, 10) << QDate(2025, 5, 11) << 65;
    QTest::newRow("later month, earlier day") << QDate(1960, 5, 31) << QDate(2025, 6, 1) << 65;
    QTest::newRow("earlier month, later day") << QDate(1960, 5, 1) << QDate(2025, 4, 30) << 64;
    QTest::newRow("29 Feb on 28 Feb, common year") << QDate(2000, 2, 29) << QDate(2001, 2, 28) << 0;
    QTest::newRow("29 Feb on 1 Mar, common year") << QDate(2000, 2, 29) << QDate(2001, 3, 1) << 1;
    QTest::newRow("29 Feb on 29 Feb, leap year") << QDate(2000, 2, 29) << QDate(2004, 2, 29) << 4;
    QTest::newRow("29 Feb on 28 Feb, leap year") << QDate(2000, 2, 29) << QDate(2004, 2, 28) << 3;
    QTest::newRow("28 Feb in a leap year") << QDate(1999, 2, 28) << QDate(2000, 2, 28) << 1;
    QTest::newRow("31 Dec to 1 Jan") << QDate(2019, 12, 31) << QDate(2020, 1, 1) << 0;
    QTest::newRow("before birth") << QDate(2024, 5, 10) << QDate(2024, 5, 9) << -1;
    QTest::newRow("unknown birth") << QDate() << QDate(2024, 5, 9) << -1;
    QTest::newRow("unknown day") << QDate(2024, 5, 10) << QDate() << -1;
}

void TstDates::ageInYears()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(Models::ageInYears(birth, on), age);
}

void TstDates::isoDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("ordinary") << QDate(2024, 3, 7) << QStringLiteral("2024-03-07");
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QStringLiteral("2024-02-29");
    QTest::newRow("year below 1000") << QDate(999, 1, 1) << QStringLiteral("0999-01-01");
    QTest::newRow("invalid") << QDate() << QString();
    QTest::newRow("no such day") << QDate(2023, 2, 29) << QString();
}

void TstDates::isoDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);
    QCOMPARE(Models::isoDate(date), text);
    QCOMPARE(Models::isoDate(date).isNull(), text.isNull()); // empty means "no date", bound as ''
}

QTEST_GUILESS_MAIN(TstDates)
#include "tst_dates.moc"
