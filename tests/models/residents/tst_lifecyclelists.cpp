// Every work list and denominator honours the population (Population::livingOn): a resident who
// died, moved away or whose record was closed on day D is on the lists and in the counts of any
// day before D, and on none from D on. The state is set as a pulled Patient sets it (no event,
// nothing closed), so each list is tested on its own predicate, programme by programme: contracts,
// immunization and the resident header here; chronic care in tst_chroniclifecycle.
#include "lifecyclecase.h"

#include "contractindicators.h"
#include "contractworklists.h"
#include "immunizationcoverage.h"
#include "immunizationrepository.h"
#include "residentlistmodel.h"
#include "timeline.h"

#include <QTest>

using namespace Models;
using namespace LifecycleCase;

class TestLifecycleLists : public QObject
{
    Q_OBJECT
    Clinic m_t;
    QDate m_d;                        // the day the resident left
    QString m_old, m_spouse, m_child; // 70-year-old with hypertension; spouse; a baby

    bool contains(const QVector<WorkRow> &rows, const QString &id) const
    {
        for (const WorkRow &w : rows)
            if (w.residentId == id)
                return true;
        return false;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        static int n = 0;
        QVERIFY(m_t.open(QStringLiteral("lists%1").arg(++n)));
        m_d = m_t.today.addDays(-30);
        m_old = resident(m_t.conn, QStringLiteral("王老汉"), m_d.addYears(-70), QLatin1Char('M'),
                         VillageA, {}, true);
        const QString household = householdOf(m_t.conn, m_old);
        m_spouse = resident(m_t.conn, QStringLiteral("李老太"), m_d.addYears(-40), QLatin1Char('F'),
                            VillageA, household);
        m_child = resident(m_t.conn, QStringLiteral("王小宝"), m_d.addDays(-200), QLatin1Char('M'),
                           VillageA);
        QVERIFY(!m_old.isEmpty() && !m_spouse.isEmpty() && !m_child.isEmpty());
        // His contract ended 36 days before D (due for renewal then); hers covers D.
        QVERIFY(!m_t.sign(m_old, m_d.addDays(-400)).isEmpty());
        QVERIFY(!m_t.sign(m_spouse, m_d.addDays(-100)).isEmpty());
        QVERIFY(!m_t.registerChronic(m_old, QStringLiteral("hypertension"), m_d.addDays(-500))
                     .isEmpty());
    }
    void cleanup() { m_t.close(); }

    void leavers_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("deceased") << QStringLiteral("deceased");
        QTest::newRow("moved") << QStringLiteral("moved");
        QTest::newRow("closed") << QStringLiteral("closed");
    }

    void contracts_data() { leavers_data(); }
    void contracts()
    {
        QFETCH(QString, status);
        QVERIFY(m_t.setLife(m_old, status, m_d));
        QVERIFY(m_t.setLife(m_child, status, m_d));
        ContractWorkLists lists(m_t.conn);
        // 到期未续约: his contract ended on D-36.
        auto before = lists.expiring(m_t.admin, m_d.addDays(-60), m_d.addDays(-1));
        auto from = lists.expiring(m_t.admin, m_d.addDays(-60), m_d);
        QVERIFY(before && from);
        QVERIFY(contains(*before, m_old));
        QVERIFY(!contains(*from, m_old));
        // 重点人群未签约: 70 years old, uncovered since D-36.
        auto keyBefore = lists.unsignedKey(m_t.admin, m_d.addDays(-1));
        auto keyOn = lists.unsignedKey(m_t.admin, m_d);
        auto keyLater = lists.unsignedKey(m_t.admin, m_d.addDays(20));
        QVERIFY(keyBefore && keyOn && keyLater);
        QVERIFY(contains(*keyBefore, m_old));
        QVERIFY(!contains(*keyOn, m_old));
        QVERIFY(!contains(*keyLater, m_old));
        // 家庭部分签约: she is signed, he is not; without him the household is complete.
        auto partBefore = lists.partlySigned(m_t.admin, m_d.addDays(-1));
        auto partOn = lists.partlySigned(m_t.admin, m_d);
        QVERIFY(partBefore && partOn);
        QCOMPARE(partBefore->size(), 1);
        QCOMPARE(partBefore->first().members, 2);
        QCOMPARE(partOn->size(), 0);
        // 签约率 and 重点人群签约率: out of the denominator for a period that ends on or after D.
        ContractIndicators ind(m_t.conn);
        IndicatorFilter f;
        f.from = m_d.addDays(-30);
        f.to = m_d.addDays(-1);
        auto a = ind.compute(m_t.admin, f);
        f.to = m_d;
        auto b = ind.compute(m_t.admin, f);
        f.villageCode = VillageA; // the narrowed path counts the same way
        auto c = ind.compute(m_t.admin, f);
        QVERIFY(a && b && c);
        QCOMPARE(a->population, 3);
        QCOMPARE(b->population, 1);
        QCOMPARE(c->population, 1);
        QCOMPARE(a->keyPopulation, 2); // he (65+) and the baby (0-6)
        QCOMPARE(b->keyPopulation, 0);
        QCOMPARE(a->signedResidents, 1); // she is; his contract ended before the period
        QCOMPARE(b->signedResidents, 1);
    }

    void immunization_data() { leavers_data(); }
    void immunization()
    {
        QFETCH(QString, status);
        QVERIFY(m_t.setLife(m_child, status, m_d));
        ImmunizationRepository repo(m_t.conn);
        auto listed = [&](const QDate &day) {
            auto l = repo.sessionList(m_t.admin, VillageA, day);
            if (!l)
                return -1;
            for (const SessionEntry &e : *l)
                if (e.residentId == m_child)
                    return 1;
            return 0;
        };
        QCOMPARE(listed(m_d.addDays(-1)), 1);
        QCOMPARE(listed(m_d), 0);
        QCOMPARE(listed(m_t.today), 0);
        // The child's own card still opens: nothing of theirs is hidden.
        QVERIFY(repo.child(m_t.admin, m_child));
        ImmunizationCoverage coverage(m_t.conn);
        CoverageQuery q;
        q.from = m_d.addDays(-30);
        q.to = m_d.addDays(-1);
        auto a = coverage.compute(m_t.admin, q);
        q.to = m_d;
        auto b = coverage.compute(m_t.admin, q);
        QVERIFY(a && b);
        QCOMPARE(a->childrenDue, 1);
        QCOMPARE(b->childrenDue, 0);
    }

    void residentHeader_data() { leavers_data(); }
    void residentHeader()
    {
        QFETCH(QString, status);
        QVERIFY(m_t.setLife(m_old, status, m_d));
        const Resident r = *ResidentRepository(m_t.conn).findById(m_t.admin, m_old);
        QCOMPARE(r.lifeStatus, status);
        auto texts = [&](const QDate &today) {
            QStringList out;
            if (auto b = Timeline::badges(m_t.conn, m_t.admin, r, today))
                for (const Badge &x : *b)
                    out << x.kind;
            return out;
        };
        // The header names the state; the population's bands and renewal prompts are gone
        // from D on (the open registration still shows: closing it is the lifecycle's job).
        QVERIFY(texts(m_d.addDays(-1)).contains(QStringLiteral("age")));
        QVERIFY(texts(m_d.addDays(-1)).contains(QStringLiteral("contract")));
        QVERIFY(!texts(m_d).contains(QStringLiteral("age")));
        QVERIFY(!texts(m_d).contains(QStringLiteral("contract")));
        QVERIFY(texts(m_d).contains(QStringLiteral("life")));
        // The search list still finds them and says why.
        ResidentListModel list(m_t.conn, m_t.admin);
        list.setQuery(QStringLiteral("王老汉"));
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0, ResidentListModel::LifeStatus)).toString(),
                 lifeStatusText(r));
        QVERIFY(list.data(list.index(0, ResidentListModel::LifeStatus))
                    .toString()
                    .endsWith(isoDate(m_d)));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleLists)
#include "tst_lifecyclelists.moc"
