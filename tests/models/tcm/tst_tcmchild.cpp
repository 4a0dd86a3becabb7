// Children's TCM guidance schedule from resources/rules/tcm_child.json: ages, techniques, windows.
#include "tcmchild.h"

#include <QTest>

using Models::TcmChildSchedule;

class TestTcmChild : public QObject
{
    Q_OBJECT

private slots:
    void agesAndTechniques();
    void windows_data();
    void windows();
};

void TestTcmChild::agesAndTechniques()
{
    const auto &s = TcmChildSchedule::standard();
    QCOMPARE(s.visits().size(), 6);
    const QList<int> months{6, 12, 18, 24, 30, 36};
    for (int i = 0; i < months.size(); ++i)
        QCOMPARE(s.visits().at(i).months, months.at(i));
    QCOMPARE(s.visit(6)->technique, QStringLiteral("摩腹、捏脊"));
    QCOMPARE(s.visit(12)->technique, QStringLiteral("摩腹、捏脊"));
    QCOMPARE(s.visit(18)->technique, QStringLiteral("按揉迎香穴、足三里穴"));
    QCOMPARE(s.visit(24)->technique, QStringLiteral("按揉迎香穴、足三里穴"));
    QCOMPARE(s.visit(30)->technique, QStringLiteral("按揉四神聪穴"));
    QCOMPARE(s.visit(36)->technique, QStringLiteral("按揉四神聪穴"));
    QVERIFY(!s.visit(9));
    QCOMPARE(s.services().size(), 4);
}

void TestTcmChild::windows_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("visit"); // 0: none
    const QDate b(2025, 1, 15);
    QTest::newRow("day before 满6月") << b << QDate(2025, 7, 14) << 0;
    QTest::newRow("满6月") << b << QDate(2025, 7, 15) << 6;
    QTest::newRow("6月 last day") << b << QDate(2025, 8, 14) << 6;
    QTest::newRow("day after the 6-month window") << b << QDate(2025, 8, 15) << 0;
    QTest::newRow("满36月") << b << QDate(2028, 1, 15) << 36;
    QTest::newRow("past 36 months") << b << QDate(2028, 2, 15) << 0;
    // Born on 31 August: 满6月 is the last day of February (Qt's addMonths clamps).
    QTest::newRow("31st, short month") << QDate(2025, 8, 31) << QDate(2026, 2, 28) << 6;
}

void TestTcmChild::windows()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, visit);
    const auto v = TcmChildSchedule::standard().visitOn(birth, on);
    QCOMPARE(v.value_or(0), visit);
}

QTEST_GUILESS_MAIN(TestTcmChild)
#include "tst_tcmchild.moc"
