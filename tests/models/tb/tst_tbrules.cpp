// Tuberculosis rules worked by hand: the 72-hour first visit at its edge, 89%/90% adherence,
// follow-up intervals by mode and phase, the suspect screen (docs/domain/tb.md).
#include "codetable.h"
#include "tbrules.h"

#include <QTest>

using namespace Models;

class TestTbRules : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void firstVisitWindow_data();
    void firstVisitWindow();
    void adherence_data();
    void adherence();
    void followupIntervals();
    void suspects();
    void prescribedDailyDoses();
};

void TestTbRules::loads()
{
    const auto &r = TbRules::standard();
    QCOMPARE(r.firstVisitHours(), 72);
    QCOMPARE(r.regularPercent(), 90);
    QVERIFY(r.supervisionModes().contains(QStringLiteral("家属")));
    QVERIFY(!TbRules::fromJson(QJsonObject{{"version", "1"}, {"first_visit_hours", 0}}).ok());
}

void TestTbRules::firstVisitWindow_data()
{
    QTest::addColumn<qint64>("secondsAfter");
    QTest::addColumn<bool>("onTime");
    QTest::newRow("at-notice") << qint64(0) << true;
    QTest::newRow("71h59m") << qint64(71 * 3600 + 59 * 60) << true;
    QTest::newRow("72h-exactly") << qint64(72 * 3600) << true;
    QTest::newRow("72h+1s") << qint64(72 * 3600 + 1) << false;
    QTest::newRow("4-days") << qint64(96 * 3600) << false;
    QTest::newRow("before-notice") << qint64(-60) << false;
}

void TestTbRules::firstVisitWindow()
{
    QFETCH(qint64, secondsAfter);
    QFETCH(bool, onTime);
    const QDateTime notice(QDate(2026, 3, 1), QTime(16, 30), Qt::UTC);
    QCOMPARE(TbRules::standard().firstVisitOnTime(notice, notice.addSecs(secondsAfter)), onTime);
    QCOMPARE(TbRules::standard().firstVisitDeadline(notice),
             QDateTime(QDate(2026, 3, 4), QTime(16, 30), Qt::UTC));
}

void TestTbRules::adherence_data()
{
    QTest::addColumn<int>("prescribed");
    QTest::addColumn<int>("taken");
    QTest::addColumn<int>("missed");
    QTest::addColumn<bool>("regular");
    QTest::newRow("180/180") << 180 << 180 << 0 << true;
    QTest::newRow("162/180=90%") << 180 << 162 << 18 << true;
    QTest::newRow("161/180=89.4%") << 180 << 161 << 19 << false;
    QTest::newRow("90/100") << 100 << 90 << 10 << true;
    QTest::newRow("89/100") << 100 << 89 << 11 << false;
    QTest::newRow("9/10") << 10 << 9 << 1 << true;
    QTest::newRow("8/10") << 10 << 8 << 2 << false;
    QTest::newRow("none-prescribed") << 0 << 0 << 0 << false;
    QTest::newRow("more-than-prescribed") << 10 << 11 << 0 << true;
}

void TestTbRules::adherence()
{
    QFETCH(int, prescribed);
    QFETCH(int, taken);
    QFETCH(int, missed);
    QFETCH(bool, regular);
    const TbAdherence a = TbRules::standard().adherence(prescribed, taken);
    QCOMPARE(a.prescribed, prescribed);
    QCOMPARE(a.taken, taken);
    QCOMPARE(a.missed, missed);
    QCOMPARE(a.regular, regular);
    QCOMPARE(a.toJson().value("regular").toBool(), regular);
}

void TestTbRules::followupIntervals()
{
    const auto &r = TbRules::standard();
    QCOMPARE(r.followupDays(QStringLiteral("家属"), TbPhase::Intensive), 10);
    QCOMPARE(r.followupDays(QStringLiteral("家属"), TbPhase::Continuation), 30);
    QCOMPARE(r.followupDays(QStringLiteral("医务人员"), TbPhase::Intensive), 30);
    QCOMPARE(r.followupDays(QStringLiteral("自服药"), TbPhase::Intensive), 10);
    QCOMPARE(r.followupDays(QStringLiteral("邻居"), TbPhase::Intensive), -1);
}

void TestTbRules::suspects()
{
    const auto &r = TbRules::standard();
    QVERIFY(!r.isSuspect(13, {}));
    QVERIFY(r.isSuspect(14, {}));
    QVERIFY(r.isSuspect(0, {QStringLiteral("咯血或血痰")}));
    QVERIFY(!r.isSuspect(3, {QStringLiteral("头痛")}));
    // Shown in English on an English screen; compared and stored in the rule file's words.
    QCOMPARE(r.suspectSymptomLabel(QStringLiteral("咯血或血痰")), QStringLiteral("咯血或血痰"));
    Models::CodeTable::setEnglish(true);
    QCOMPARE(r.suspectSymptomLabel(QStringLiteral("咯血或血痰")),
             QStringLiteral("Blood in the sputum"));
    QCOMPARE(r.suspectSymptomLabel(QStringLiteral("体重下降")), QStringLiteral("Weight loss"));
    Models::CodeTable::setEnglish(false);
}

void TestTbRules::prescribedDailyDoses()
{
    const QDate start(2026, 1, 1), end(2026, 6, 29); // 2HRZE/4HR: 180 days
    QCOMPARE(tbPrescribedDailyDoses(start, end, end), 180);
    QCOMPARE(tbPrescribedDailyDoses(start, end, QDate(2027, 1, 1)), 180);
    QCOMPARE(tbPrescribedDailyDoses(start, end, start), 1);
    QCOMPARE(tbPrescribedDailyDoses(start, end, start.addDays(-1)), 0);
    QCOMPARE(tbPrescribedDailyDoses(start, QDate(), QDate(2026, 1, 10)), 10);
}

QTEST_GUILESS_MAIN(TestTbRules)
#include "tst_tbrules.moc"
