// The chronic figures of the engine on a generated demo township against the chronic screen's
// own yearly indicators (models/chronic/chronicworklist): the definitions must not disagree. A
// test of its own because chronicworklist.h and contractindicators.h both declare
// Models::IndicatorFilter.
#include "chronicrules.h"
#include "chronicworklist.h"
#include "database.h"
#include "demogenerator.h"
#include "indicatorengine.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;

class TestIndicatorChronicDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameAsChronicIndicators();

private:
    const IndicatorResult *result(const QString &id, const IndicatorPeriod &p);
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("indicatorchronicdemo");
    IndicatorRun m_run;
};

void TestIndicatorChronicDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("demo.db"))).ok());
    DemoOptions o;
    o.residents = 3000;
    o.seed = 7;
    o.today = QDate(2026, 9, 30);
    auto g = DemoGenerator::generate(m_conn, Scope::administrator(), o);
    QVERIFY2(g.ok(), qPrintable(g ? QString() : g.error().detail));
    auto r = IndicatorEngine(m_conn).evaluate(Scope::administrator(), IndicatorPeriod::year(2025),
                                              IndicatorArea::township());
    QVERIFY(r.ok());
    m_run = *r;
}

void TestIndicatorChronicDemo::cleanupTestCase()
{
    closeDatabase(m_conn);
}

const IndicatorResult *TestIndicatorChronicDemo::result(const QString &id, const IndicatorPeriod &)
{
    return m_run.find(id);
}

void TestIndicatorChronicDemo::sameAsChronicIndicators()
{
    // The chronic screen counts whole years.
    IndicatorFilter f;
    f.year = 2025;
    auto list = chronicIndicators(m_conn, Scope::administrator(), f, ChronicRuleSet::active());
    QVERIFY(list.ok());
    const IndicatorPeriod p = IndicatorPeriod::year(2025);
    int compared = 0;
    for (const Indicator &i : *list) {
        const bool dm = i.programme == QLatin1String("diabetes");
        QString ours;
        if (i.id == QLatin1String("standard_management_rate"))
            ours = dm ? QStringLiteral("dm_standard_rate") : QStringLiteral("htn_standard_rate");
        else if (i.id == QLatin1String("bp_control_rate"))
            ours = QStringLiteral("bp_control_rate");
        else if (i.id == QLatin1String("fbg_control_rate"))
            ours = QStringLiteral("fbg_control_rate");
        else if (i.id == QLatin1String("management_rate"))
            ours =
                dm ? QStringLiteral("dm_management_rate") : QStringLiteral("htn_management_rate");
        const IndicatorResult *r = result(ours, p);
        QVERIFY2(r, qPrintable(i.id));
        QCOMPARE(r->total.numerator, i.numerator);
        if (i.id != QLatin1String("management_rate")) // there: the chronic screen's own figure
            QCOMPARE(r->total.denominator, i.denominator);
        ++compared;
    }
    QCOMPARE(compared, 6);
}

QTEST_GUILESS_MAIN(TestIndicatorChronicDemo)
#include "tst_indicatorchronicdemo.moc"
