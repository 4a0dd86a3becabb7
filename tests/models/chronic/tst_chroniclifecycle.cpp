// Chronic care and the resident's lifecycle: the work lists and the yearly indicators leave out a
// patient who died, moved away or whose record was closed, from that day (work lists) or from
// that year (indicators) on, and not before; the lifecycle closes the registration with the
// matching 结案 reason and a follow-up after it is refused.
#include "lifecyclecase.h"

#include "chronicworklist.h"

#include <QTest>

using namespace Models;
using namespace LifecycleCase;

class TestChronicLifecycle : public QObject
{
    Q_OBJECT
    Clinic m_t;
    QDate m_d;
    QString m_old, m_reg;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        static int n = 0;
        QVERIFY(m_t.open(QStringLiteral("chronic%1").arg(++n)));
        m_d = m_t.today.addDays(-30);
        m_old = resident(m_t.conn, QStringLiteral("王老汉"), m_d.addYears(-70));
        m_reg = m_t.registerChronic(m_old, QStringLiteral("hypertension"), m_d.addDays(-500));
        QVERIFY(!m_reg.isEmpty());
    }
    void cleanup() { m_t.close(); }

    void leavers_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("deceased") << QStringLiteral("deceased");
        QTest::newRow("moved") << QStringLiteral("moved");
        QTest::newRow("closed") << QStringLiteral("closed");
    }

    void listsAndIndicators_data() { leavers_data(); }
    void listsAndIndicators()
    {
        QFETCH(QString, status);
        QVERIFY(m_t.setLife(m_old, status, m_d));
        auto rows = [&](WorklistKind kind, const QDate &today) {
            WorklistFilter f;
            f.kind = kind;
            f.today = today;
            auto r = chronicWorklist(m_t.conn, m_t.admin, f, ChronicRuleSet::active());
            return r ? int(r->size()) : -1;
        };
        QCOMPARE(rows(WorklistKind::AllOpen, m_d.addDays(-1)), 1);
        QCOMPARE(rows(WorklistKind::AllOpen, m_d), 0);
        QCOMPARE(rows(WorklistKind::Overdue, m_d.addDays(-1)), 1); // not seen in 500 days
        QCOMPARE(rows(WorklistKind::Overdue, m_d), 0);
        QCOMPARE(rows(WorklistKind::Overdue, m_t.today), 0);
        // 规范管理率 and 控制率: in the denominator of the year before, not of the year of D.
        auto denominator = [&](int year) {
            IndicatorFilter f;
            f.year = year;
            f.programme = QStringLiteral("hypertension");
            auto r = chronicIndicators(m_t.conn, m_t.admin, f, ChronicRuleSet::active());
            if (!r)
                return -1;
            for (const Indicator &i : *r)
                if (i.id == QLatin1String("standard_management_rate"))
                    return int(i.denominator);
            return -2;
        };
        QCOMPARE(denominator(m_d.year() - 1), 1);
        QCOMPARE(denominator(m_d.year()), 0);
    }

    void theLifecycleClosesTheRegistration_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("note");
        QTest::newRow("deceased") << int(LifeEventKind::Deceased) << "died"
                                  << "心肌梗死";
        QTest::newRow("moved") << int(LifeEventKind::Moved) << "moved"
                               << "心肌梗死";
        QTest::newRow("closed") << int(LifeEventKind::Closed) << "other"
                                << "档案注销：心肌梗死";
    }
    void theLifecycleClosesTheRegistration()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        QFETCH(QString, note);
        QVERIFY(!m_t.followup(m_reg, m_d.addDays(-10)).isEmpty());
        auto e = programmeLifecycle(m_t.conn).record(
            m_t.admin, {m_old, LifeEventKind(kind), m_d, QStringLiteral("心肌梗死")});
        QVERIFY2(e, why(e));
        auto g = ChronicRepository(m_t.conn).registration(m_t.admin, m_reg);
        QVERIFY2(g, why(g));
        QCOMPARE(g->closedOn, m_d);
        QCOMPARE(g->closeReason, reason);
        QCOMPARE(g->closeNote, note);
        // A follow-up after the day is refused; one before it can still be recorded late.
        ChronicFollowup f;
        f.registrationId = m_reg;
        f.visitDate = m_d.addDays(3);
        f.mode = 1;
        f.sbp = 140;
        f.dbp = 85;
        QVERIFY(!ChronicRepository(m_t.conn).record(m_t.admin, f));
        f.visitDate = m_d.addDays(-3);
        auto late = ChronicRepository(m_t.conn).record(m_t.admin, f);
        QVERIFY2(late, why(late));
    }
};

QTEST_GUILESS_MAIN(TestChronicLifecycle)
#include "tst_chroniclifecycle.moc"
