// Every indicator of resources/rules/indicators.json on a township built by hand
// (indicatorfixture.h) where each numerator and denominator is known; a deceased resident leaves
// the denominators from the day of death; areas, scope, targets, trend and the residents behind a
// number.
#include "indicatorengine.h"
#include "indicatorfixture.h"
#include "indicatortargets.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Models;
using namespace IndicatorFixture;

class TestIndicatorEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyIndicatorKnown_data();
    void everyIndicatorKnown();
    void everyIndicatorIsTested();
    void deceasedLeavesDenominatorsFromThatDay();
    void populationSettingReplacesRegistered();
    void expectedPatientsSetting();
    void shorterPeriodAsksFewerFollowups();
    void villageTeamAndDoctor();
    void villageBreakdownAddsUp();
    void villageDoctorSeesOnlyTheirVillages();
    void targetStatusAndGap();
    void residentsBehindANumber();
    void monthlyTrend();
    void badRequestsRefused();
    void cancelStops();
    void definitionsPrepare();
    void programmeIndicators();

private:
    IndicatorRun run(const IndicatorPeriod &p, const IndicatorArea &a = IndicatorArea::township(),
                     const Scope &scope = Scope::administrator());
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("indicatorengine");
    Town m_t;
};

IndicatorRun TestIndicatorEngine::run(const IndicatorPeriod &p, const IndicatorArea &a,
                                      const Scope &scope)
{
    auto r = IndicatorEngine(m_conn).evaluate(scope, p, a);
    if (!r)
        qWarning() << r.error().message << r.error().detail;
    return r ? *r : IndicatorRun{};
}

void TestIndicatorEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(QStringLiteral("t.db"))).ok());
    QVERIFY(build(m_conn, m_t));
}

void TestIndicatorEngine::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestIndicatorEngine::everyIndicatorKnown_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    // 2025, the whole township. Living at 2025-12-31: A1-A5, B2-B4 (8); B1 died on 2025-06-30.
    QTest::newRow("record_rate") << "record_rate" << qint64(8) << qint64(8);
    // basic information A1; health checks A1, A2 (B1's does not count: deceased).
    QTest::newRow("e_record_rate") << "e_record_rate" << qint64(2) << qint64(8);
    // Entries in the 12 months: checks A1 A2, follow-ups A1 A2 A3, doses A4, encounter B3.
    QTest::newRow("record_use_rate") << "record_use_rate" << qint64(5) << qint64(8);
    // Covering a day of 2025: A1, A3 (and renewal), B2, B3 (until 30 April).
    QTest::newRow("sign_rate") << "sign_rate" << qint64(4) << qint64(8);
    // Key population on 2025-12-31: A1 A2 (65+, hypertension), A3 (diabetes), A4 B4 (children),
    // B2 (pregnant); signed of them: A1 A3 B2.
    QTest::newRow("key_sign_rate") << "key_sign_rate" << qint64(3) << qint64(6);
    // Contracts that ran to their end in 2025: A3 (renewed), B3 (not).
    QTest::newRow("renewal_rate") << "renewal_rate" << qint64(1) << qint64(2);
    // Adults 18+ on the register: A1 A2 A3 A5 B2 B3 = 6; x 25.2% = 1.5 -> 2.
    QTest::newRow("htn_management_rate") << "htn_management_rate" << qint64(2) << qint64(2);
    // 6 x 9.7% = 0.58 -> 1.
    QTest::newRow("dm_management_rate") << "dm_management_rate" << qint64(1) << qint64(1);
    // A1 4 face-to-face; A2 2 (the phone call does not count).
    QTest::newRow("htn_standard_rate") << "htn_standard_rate" << qint64(1) << qint64(2);
    // Last readings: A1 135/85 (controlled), A2 150/95.
    QTest::newRow("bp_control_rate") << "bp_control_rate" << qint64(1) << qint64(2);
    QTest::newRow("dm_standard_rate") << "dm_standard_rate" << qint64(1) << qint64(1);
    // A3's last FBG 6.5 (the first ones were higher: the last one counts).
    QTest::newRow("fbg_control_rate") << "fbg_control_rate" << qint64(1) << qint64(1);
    // 65+: A1 (complete check), A2 (no guidance): B1 deceased.
    QTest::newRow("elderly_management_rate") << "elderly_management_rate" << qint64(1) << qint64(2);
    // Children 0-6: A4 (no certificate), B4 (certificate 2022).
    QTest::newRow("certificate_rate") << "certificate_rate" << qint64(1) << qint64(2);
    // A4 had all three HepB doses of 2025; BCG is due for A4 and not given; MPSV-AC dose 1 (3
    // years) is due for B4 and not given; polio, DTaP, MPSV-A, MMR for A4, none given.
    QTest::newRow("vaccine_hepb") << "vaccine_hepb" << qint64(1) << qint64(1);
    QTest::newRow("vaccine_bcg") << "vaccine_bcg" << qint64(0) << qint64(1);
    QTest::newRow("vaccine_polio") << "vaccine_polio" << qint64(0) << qint64(1);
    QTest::newRow("vaccine_dtp") << "vaccine_dtp" << qint64(0) << qint64(1);
    QTest::newRow("vaccine_mmr") << "vaccine_mmr" << qint64(0) << qint64(1);
    QTest::newRow("vaccine_mena") << "vaccine_mena" << qint64(0) << qint64(1);
    QTest::newRow("vaccine_menac") << "vaccine_menac" << qint64(0) << qint64(1);
    // HepA is due at 18 months: B4's was in 2023, A4's in 2026.
    QTest::newRow("vaccine_hepa_l") << "vaccine_hepa_l" << qint64(0) << qint64(0);
    QTest::newRow("vaccine_hepa_i") << "vaccine_hepa_i" << qint64(0) << qint64(0);
    // A4 missed BCG, B4 MPSV-AC: neither child had every due dose on time.
    QTest::newRow("vaccine_timely") << "vaccine_timely" << qint64(0) << qint64(2);
}

void TestIndicatorEngine::everyIndicatorKnown()
{
    QFETCH(QString, id);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    auto r =
        IndicatorEngine(m_conn).evaluate(Scope::administrator(), IndicatorPeriod::year(2025),
                                         IndicatorArea::township(ContractFixture::Township), {id});
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message + r.error().detail));
    QCOMPARE(r->results.size(), 1);
    QCOMPARE(r->results.first().total.numerator, numerator);
    QCOMPARE(r->results.first().total.denominator, denominator);
}

void TestIndicatorEngine::everyIndicatorIsTested()
{
    // A definition added to the file needs its row in everyIndicatorKnown_data (JE has none: the
    // planner chooses between the live and the inactivated series; asserted below as a pair).
    QStringList tested{
        "record_rate", "e_record_rate", "record_use_rate", "sign_rate", "key_sign_rate",
        "renewal_rate", "htn_management_rate", "dm_management_rate", "htn_standard_rate",
        "bp_control_rate", "dm_standard_rate", "fbg_control_rate", "elderly_management_rate",
        "certificate_rate", "vaccine_hepb", "vaccine_bcg", "vaccine_polio", "vaccine_dtp",
        "vaccine_mmr", "vaccine_mena", "vaccine_menac", "vaccine_hepa_l", "vaccine_hepa_i",
        "vaccine_timely", "vaccine_je_l", "vaccine_je_i",
        // programmeIndicators():
        "elderly_tcm_rate", "child_tcm_rate", "smd_management_rate", "smd_standard_rate",
        "smd_stable_rate", "tb_management_rate", "tb_regular_rate", "early_booking_rate",
        "postpartum_visit_rate", "newborn_visit_rate", "child_management_rate"};
    for (const IndicatorDefinition &d : IndicatorCatalog::get().indicators())
        QVERIFY2(tested.contains(d.id), qPrintable(d.id));
    // Japanese encephalitis (8 months, 2025-09-10): A4 is due one of the two series, given none.
    const IndicatorRun r = run(IndicatorPeriod::year(2025));
    const qint64 jeDue = r.find(QStringLiteral("vaccine_je_l"))->total.denominator +
                         r.find(QStringLiteral("vaccine_je_i"))->total.denominator;
    QVERIFY(jeDue >= 1);
    QCOMPARE(r.find(QStringLiteral("vaccine_je_l"))->total.numerator +
                 r.find(QStringLiteral("vaccine_je_i"))->total.numerator,
             qint64(0));
}

void TestIndicatorEngine::deceasedLeavesDenominatorsFromThatDay()
{
    // B1 died on 2025-06-30: still counted on the 29th, gone from the 30th on.
    const IndicatorRun before = run({QDate(2025, 1, 1), QDate(2025, 6, 29)});
    const IndicatorRun onTheDay = run({QDate(2025, 1, 1), QDate(2025, 6, 30)});
    QCOMPARE(before.find(QStringLiteral("sign_rate"))->total.denominator, qint64(9));
    QCOMPARE(onTheDay.find(QStringLiteral("sign_rate"))->total.denominator, qint64(8));
    // 65+: A1, A2, B1 on the 29th (checks of the half-year: A1 and B1 complete, A2 not).
    const IndicatorResult *e = before.find(QStringLiteral("elderly_management_rate"));
    QCOMPARE(e->total.denominator, qint64(3));
    QCOMPARE(e->total.numerator, qint64(2));
    e = onTheDay.find(QStringLiteral("elderly_management_rate"));
    QCOMPARE(e->total.denominator, qint64(2));
    QCOMPARE(e->total.numerator, qint64(1));
    QCOMPARE(before.find(QStringLiteral("record_rate"))->total.denominator, qint64(9));
    QCOMPARE(onTheDay.find(QStringLiteral("record_rate"))->total.denominator, qint64(8));
    // Key population: B1 (65+) leaves it too.
    QCOMPARE(before.find(QStringLiteral("key_sign_rate"))->total.denominator, qint64(7));
    QCOMPARE(onTheDay.find(QStringLiteral("key_sign_rate"))->total.denominator, qint64(6));
}

void TestIndicatorEngine::populationSettingReplacesRegistered()
{
    IndicatorTargets t(m_conn);
    QVERIFY(t.load().ok());
    QVERIFY(t.setPopulation(Scope::administrator(), VillageA, 10, QStringLiteral("统计局")).ok());
    QVERIFY(t.setPopulation(Scope::administrator(), VillageB, 6, QStringLiteral("统计局")).ok());
    IndicatorRun r = run(IndicatorPeriod::year(2025), IndicatorArea::township(Township));
    const IndicatorResult *rec = r.find(QStringLiteral("record_rate"));
    QCOMPARE(rec->total.numerator, qint64(8));
    QCOMPARE(rec->total.denominator, qint64(16)); // the villages' figures
    QCOMPARE(rec->total.denominatorResidents, qint64(8));
    QVERIFY(rec->total.denominatorFromSetting);
    QCOMPARE(rec->villages.size(), 2);
    QCOMPARE(rec->villages.at(0).count.denominator, qint64(10));
    QCOMPARE(rec->villages.at(1).count.denominator, qint64(6));
    // The township's own figure wins over the sum of its villages.
    QVERIFY(t.setPopulation(Scope::administrator(), Township, 20, QStringLiteral("统计局")).ok());
    r = run(IndicatorPeriod::year(2025), IndicatorArea::township(Township));
    QCOMPARE(r.find(QStringLiteral("record_rate"))->total.denominator, qint64(20));
    QCOMPARE(r.find(QStringLiteral("e_record_rate"))->total.denominator, qint64(20));
    QCOMPARE(*r.find(QStringLiteral("record_rate"))->total.value(), 40.0);
    // Other indicators keep the registered residents.
    QCOMPARE(r.find(QStringLiteral("sign_rate"))->total.denominator, qint64(8));
    // A village alone.
    r = run(IndicatorPeriod::year(2025), IndicatorArea::village(VillageB));
    QCOMPARE(r.find(QStringLiteral("record_rate"))->total.denominator, qint64(6));
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM area_population")));
}

void TestIndicatorEngine::expectedPatientsSetting()
{
    // The chronic screen's figure for the whole database replaces the estimate.
    QVERIFY(ChronicRepository(m_conn)
                .setTargetPopulation(Scope::administrator(), QStringLiteral("hypertension"), 2025,
                                     QString(), 5)
                .ok());
    IndicatorRun r = run(IndicatorPeriod::year(2025), IndicatorArea::township(Township));
    const IndicatorResult *h = r.find(QStringLiteral("htn_management_rate"));
    QCOMPARE(h->total.denominator, qint64(5));
    QCOMPARE(*h->total.value(), 40.0);
    // Villages keep their estimates: A has 4 adults (1.0 -> 1), B 2 (0.5 -> 1).
    QCOMPARE(h->villages.size(), 2);
    QCOMPARE(h->villages.at(0).count.denominator, qint64(1));
    QCOMPARE(h->villages.at(1).count.denominator, qint64(1));
    // Another year has no figure: the estimate again.
    r = run(IndicatorPeriod::year(2024), IndicatorArea::township(Township));
    QVERIFY(r.find(QStringLiteral("htn_management_rate"))->total.denominator != 5);
    // A different rate (a setting) changes the estimate: 6 adults x 50% = 3.
    IndicatorTargets t(m_conn);
    QVERIFY(t.load().ok());
    QVERIFY(t.setSetting(Scope::administrator(), QStringLiteral("prevalence_diabetes"), 0.5,
                         QStringLiteral("测试"))
                .ok());
    r = run(IndicatorPeriod::year(2025), IndicatorArea::township(Township));
    QCOMPARE(r.find(QStringLiteral("dm_management_rate"))->total.denominator, qint64(3));
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM chronic_target_population")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM report_setting")));
}

void TestIndicatorEngine::shorterPeriodAsksFewerFollowups()
{
    // A quarter asks for one face-to-face follow-up: A1 (15 January) and A2 (1 February) both.
    IndicatorRun r = run(IndicatorPeriod::quarter(2025, 1));
    QCOMPARE(r.find(QStringLiteral("htn_standard_rate"))->total.numerator, qint64(2));
    // The first half-year asks for two: A1 (Jan, Apr) yes; A2 (Feb clinic, May phone) no.
    r = run({QDate(2025, 1, 1), QDate(2025, 6, 30)});
    QCOMPARE(r.find(QStringLiteral("htn_standard_rate"))->total.numerator, qint64(1));
    // Control in the first quarter: A1's only reading 150/92, A2's 146/92: none controlled.
    r = run(IndicatorPeriod::quarter(2025, 1));
    QCOMPARE(r.find(QStringLiteral("bp_control_rate"))->total.numerator, qint64(0));
    // FBG control in the first half: the last reading 7.4 is not below 7.0.
    r = run({QDate(2025, 1, 1), QDate(2025, 6, 30)});
    QCOMPARE(r.find(QStringLiteral("fbg_control_rate"))->total.numerator, qint64(0));
}

void TestIndicatorEngine::villageTeamAndDoctor()
{
    IndicatorRun r = run(IndicatorPeriod::year(2025), IndicatorArea::village(VillageA));
    const IndicatorResult *s = r.find(QStringLiteral("sign_rate"));
    QCOMPARE(s->total.numerator, qint64(2)); // A1, A3
    QCOMPARE(s->total.denominator, qint64(5));
    QCOMPARE(r.area.label, QStringLiteral("东村"));
    // Team B serves village B: B2, B3 signed of B2, B3, B4.
    r = run(IndicatorPeriod::year(2025), IndicatorArea::team(m_t.b.team));
    s = r.find(QStringLiteral("sign_rate"));
    QCOMPARE(s->total.numerator, qint64(2));
    QCOMPARE(s->total.denominator, qint64(3));
    QCOMPARE(r.area.label, QStringLiteral("西村团队"));
    // A doctor's area: the residents signed with them in the period (A1, A3).
    r = run(IndicatorPeriod::year(2025), IndicatorArea::doctor(m_t.a.doctor));
    s = r.find(QStringLiteral("sign_rate"));
    QCOMPARE(s->total.denominator, qint64(2));
    QCOMPARE(s->total.numerator, qint64(2));
    QCOMPARE(r.find(QStringLiteral("htn_standard_rate"))->total.denominator, qint64(1)); // A1
}

void TestIndicatorEngine::villageBreakdownAddsUp()
{
    const IndicatorRun r = run(IndicatorPeriod::year(2025), IndicatorArea::township(Township));
    for (const IndicatorResult &x : r.results) {
        qint64 num = 0, den = 0;
        for (const VillageCount &v : x.villages) {
            num += v.count.numerator;
            den += v.count.denominatorResidents;
        }
        QCOMPARE(num, x.total.numerator);
        QCOMPARE(den, x.total.denominatorResidents);
    }
    const IndicatorResult *s = r.find(QStringLiteral("sign_rate"));
    QCOMPARE(s->villages.size(), 2);
    QCOMPARE(s->villages.at(0).name, QStringLiteral("东村"));
    QCOMPARE(s->villages.at(1).count.numerator, qint64(2)); // B2, B3
}

void TestIndicatorEngine::villageDoctorSeesOnlyTheirVillages()
{
    Scope v;
    v.userId = QStringLiteral("cunyi");
    v.role = QStringLiteral("village_health_worker");
    v.allVillages = false;
    v.villages = {VillageA};
    v.allPermissions = false;
    v.permissions = {QStringLiteral("report.read"), QStringLiteral("resident.read"),
                     QStringLiteral("immunization.read")};
    IndicatorRun r = run(IndicatorPeriod::year(2025), IndicatorArea::township(), v);
    QCOMPARE(r.find(QStringLiteral("sign_rate"))->total.denominator, qint64(5));
    QCOMPARE(r.find(QStringLiteral("sign_rate"))->total.numerator, qint64(2));
    QCOMPARE(r.find(QStringLiteral("certificate_rate"))->total.denominator, qint64(1)); // A4
    QCOMPARE(r.find(QStringLiteral("vaccine_hepb"))->total.denominator, qint64(1));
    QCOMPARE(r.find(QStringLiteral("vaccine_menac"))->total.denominator, qint64(0)); // B4: not hers
    QCOMPARE(r.find(QStringLiteral("sign_rate"))->villages.size(), 1);
    auto other = IndicatorEngine(m_conn).evaluate(v, IndicatorPeriod::year(2025),
                                                  IndicatorArea::village(VillageB));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("scope.denied"));
    Scope none = v;
    none.permissions = {QStringLiteral("resident.read")};
    auto refused = IndicatorEngine(m_conn).evaluate(none, IndicatorPeriod::year(2025),
                                                    IndicatorArea::township());
    QVERIFY(!refused.ok());
}

void TestIndicatorEngine::targetStatusAndGap()
{
    IndicatorRun r = run(IndicatorPeriod::year(2025));
    const IndicatorResult *s = r.find(QStringLiteral("sign_rate"));
    QCOMPARE(*s->target, 75.0);               // the file's national default
    QCOMPARE(s->status, TargetStatus::Below); // 50% is 25 points short
    QCOMPARE(*s->gapPoints, 25.0);
    QCOMPARE(s->gapResidents, qint64(2)); // 75% of 8 = 6: two more
    QCOMPARE(r.find(QStringLiteral("record_use_rate"))->status, TargetStatus::NoTarget);
    QCOMPARE(r.find(QStringLiteral("vaccine_hepa_l"))->status, TargetStatus::NoData);
    // A province's targets replace the defaults.
    IndicatorTargets t(m_conn);
    QVERIFY(t.load().ok());
    auto imported = t.importJson(Scope::administrator(),
                                 R"({"source": "某省2026年绩效方案", "targets": {"sign_rate": 45,
                                      "htn_standard_rate": 55, "record_use_rate": 70}})");
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
    r = run(IndicatorPeriod::year(2025));
    s = r.find(QStringLiteral("sign_rate"));
    QCOMPARE(s->status, TargetStatus::Met);
    QCOMPARE(s->targetSource, QStringLiteral("某省2026年绩效方案"));
    QCOMPARE(s->gapResidents, qint64(0));
    QCOMPARE(r.find(QStringLiteral("htn_standard_rate"))->status, TargetStatus::Near); // 50 vs 55
    QCOMPARE(r.find(QStringLiteral("record_use_rate"))->status, TargetStatus::Near);   // 62.5 vs 70
    QVERIFY(t.resetTarget(Scope::administrator(), QStringLiteral("sign_rate")).ok());
    QVERIFY(t.resetTarget(Scope::administrator(), QStringLiteral("htn_standard_rate")).ok());
    QVERIFY(t.resetTarget(Scope::administrator(), QStringLiteral("record_use_rate")).ok());
    r = run(IndicatorPeriod::year(2025));
    QCOMPARE(*r.find(QStringLiteral("sign_rate"))->target, 75.0);
}

void TestIndicatorEngine::residentsBehindANumber()
{
    IndicatorEngine e(m_conn);
    const Scope admin = Scope::administrator();
    auto names = [](const IndicatorPeople &p) {
        QStringList n;
        for (const IndicatorPerson &x : p.people)
            n << x.name;
        return n;
    };
    auto gap = e.residents(admin, QStringLiteral("sign_rate"), IndicatorPeriod::year(2025),
                           IndicatorArea::township(Township), IndicatorSet::Gap);
    QVERIFY(gap.ok());
    // By village, then name: A2 A4 A5 (东村), B4 (西村).
    QCOMPARE(names(*gap), (QStringList{"甲二", "甲四", "甲五", "乙四"}));
    QCOMPARE(gap->people.first().villageName, QStringLiteral("东村"));
    auto num = e.residents(admin, QStringLiteral("sign_rate"), IndicatorPeriod::year(2025),
                           IndicatorArea::township(Township), IndicatorSet::Numerator);
    auto sorted = [&](const IndicatorPeople &p) {
        QStringList n = names(p);
        n.sort();
        return n;
    };
    QCOMPARE(sorted(*num), (QStringList{"乙三", "乙二", "甲一", "甲三"}));
    auto den =
        e.residents(admin, QStringLiteral("elderly_management_rate"), IndicatorPeriod::year(2025),
                    IndicatorArea::township(Township), IndicatorSet::Denominator);
    QCOMPARE(sorted(*den), (QStringList{"甲一", "甲二"})); // not B1 (deceased)
    auto village = e.residents(admin, QStringLiteral("sign_rate"), IndicatorPeriod::year(2025),
                               IndicatorArea::township(Township), IndicatorSet::Gap, VillageB);
    QCOMPARE(names(*village), QStringList{"乙四"});
    auto child = e.residents(admin, QStringLiteral("vaccine_bcg"), IndicatorPeriod::year(2025),
                             IndicatorArea::township(Township), IndicatorSet::Gap);
    QCOMPARE(names(*child), QStringList{"甲四"});
    // The count behind every number is the count of the list.
    const IndicatorRun r = run(IndicatorPeriod::year(2025), IndicatorArea::township(Township));
    for (const IndicatorResult &x : r.results) {
        auto n = e.residents(admin, x.id, r.period, r.area, IndicatorSet::Numerator);
        auto d = e.residents(admin, x.id, r.period, r.area, IndicatorSet::Denominator);
        QVERIFY(n.ok() && d.ok());
        QCOMPARE(qint64(n->people.size()), x.total.numerator);
        QCOMPARE(qint64(d->people.size()), x.total.denominatorResidents);
    }
    Scope noResidents = admin;
    noResidents.allPermissions = false;
    noResidents.permissions = {QStringLiteral("report.read")};
    QVERIFY(!e.residents(noResidents, QStringLiteral("sign_rate"), IndicatorPeriod::year(2025),
                         IndicatorArea::township(), IndicatorSet::Gap)
                 .ok());
}

void TestIndicatorEngine::monthlyTrend()
{
    auto t = IndicatorEngine(m_conn).trend(Scope::administrator(), QStringLiteral("sign_rate"),
                                           2025, IndicatorArea::township(Township));
    QVERIFY(t.ok());
    QCOMPARE(t->points.size(), 12);
    // January: A3 (first contract) and B3; nine living residents.
    QCOMPARE(t->points.at(0).monthEnd, QDate(2025, 1, 31));
    QCOMPARE(t->points.at(0).count.numerator, qint64(2));
    QCOMPARE(t->points.at(0).count.denominator, qint64(9));
    QCOMPARE(t->points.at(1).count.numerator, qint64(3)); // A1 from February
    // June: B1 died on the 30th; A1 A3 B2 B3 of 8.
    QCOMPARE(t->points.at(5).count.numerator, qint64(4));
    QCOMPARE(t->points.at(5).count.denominator, qint64(8));
    QCOMPARE(*t->target, 75.0);
    // Up to a day: the last point is that day.
    t = IndicatorEngine(m_conn).trend(Scope::administrator(), QStringLiteral("sign_rate"), 2025,
                                      IndicatorArea::township(Township), QDate(2025, 3, 15));
    QCOMPARE(t->points.size(), 3);
    QCOMPARE(t->points.last().monthEnd, QDate(2025, 3, 15));
}

void TestIndicatorEngine::badRequestsRefused()
{
    IndicatorEngine e(m_conn);
    auto r = e.evaluate(Scope::administrator(), {QDate(2025, 5, 1), QDate(2025, 4, 1)},
                        IndicatorArea::township());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("period"));
    r = e.evaluate(Scope::administrator(), IndicatorPeriod::year(2025),
                   IndicatorArea::village(QStringLiteral("430121101299")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("area"));
    r = e.evaluate(Scope::administrator(), IndicatorPeriod::year(2025),
                   IndicatorArea::team(QStringLiteral("no-such-team")));
    QVERIFY(!r.ok());
    r = e.evaluate(Scope::administrator(), IndicatorPeriod::year(2025), IndicatorArea::township(),
                   {QStringLiteral("no_such_indicator")});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("indicator.unknown"));
}

void TestIndicatorEngine::cancelStops()
{
    std::atomic_bool cancel{true};
    IndicatorControl c;
    c.cancel = &cancel;
    auto r = IndicatorEngine(m_conn).evaluate(Scope::administrator(), IndicatorPeriod::year(2025),
                                              IndicatorArea::township(), {}, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("indicator.cancelled"));
    int calls = 0, last = -1, total = 0;
    c.cancel = nullptr;
    c.progress = [&](int done, int t) {
        ++calls;
        last = done;
        total = t;
    };
    QVERIFY(IndicatorEngine(m_conn)
                .evaluate(Scope::administrator(), IndicatorPeriod::year(2025),
                          IndicatorArea::township(), {}, c)
                .ok());
    QVERIFY(calls > 2);
    QCOMPARE(last, total);
}

void TestIndicatorEngine::definitionsPrepare()
{
    QVERIFY2(IndicatorEngine(m_conn).check().ok(),
             qPrintable(IndicatorEngine(m_conn).check().error().message));
    // A definition whose SQL names a column the schema lacks is refused with its id.
    auto broken =
        IndicatorCatalog::parse(R"({"version": "t", "programmes": [{"id": "p", "name": "P"}],
        "indicators": [{"id": "bad_column", "name": "坏", "programme": "p", "unit": "%",
          "direction": "higher", "source": "test", "target": {"value": null, "source": "none"},
          "numerator": {"words": "n", "sql": "SELECT r.no_such_column FROM resident r"},
          "denominator": {"words": "d", "sql": "SELECT r.id FROM resident r WHERE {living:r} AND {area:r}"}}]})");
    QVERIFY2(broken.ok(), qPrintable(broken ? QString() : broken.error().message));
    auto check = IndicatorEngine(m_conn, *broken).check();
    QVERIFY(!check.ok());
    QCOMPARE(check.error().field, QStringLiteral("bad_column"));
    QVERIFY(check.error().message.contains(QStringLiteral("bad_column")));
    QVERIFY(check.error().detail.contains(QStringLiteral("no_such_column")));
}

void TestIndicatorEngine::programmeIndicators()
{
    // Records of the programmes that plug in as data, written as their repositories store them,
    // and removed at the end (the other tests count the town without them).
    QSqlQuery q(db(m_conn));
    const QString stamp = QStringLiteral("'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'test'");
    const QStringList rows{
        // A1 (65+) had a TCM constitution assessment in 2025; A2 (65+) did not.
        QStringLiteral("INSERT INTO tcm_assessment (id, resident_id, assess_date, answers, "
                       "result_json, created_at, updated_at, updated_by) VALUES ('t1', '%1', "
                       "'2025-05-01', '', '{}', %2)")
            .arg(m_t.id.value(QStringLiteral("A1")), stamp),
        // A5: severe mental disorder registered in January; seen in March and September (the
        // last one 稳定), not found in June.
        QStringLiteral("INSERT INTO mental_patient (id, resident_id, disease, registered_on, "
                       "created_at, updated_at, updated_by) VALUES ('m1', '%1', '精神分裂症', "
                       "'2025-01-10', %2)")
            .arg(m_t.id.value(QStringLiteral("A5")), stamp),
        QStringLiteral("INSERT INTO mental_followup (id, patient_id, resident_id, visit_date, "
                       "seen, class, created_at, updated_at, updated_by) VALUES "
                       "('f1', 'm1', '%1', '2025-03-01', 1, '基本稳定', %2), "
                       "('f2', 'm1', '%1', '2025-06-01', 0, '', %2), "
                       "('f3', 'm1', '%1', '2025-09-01', 1, '稳定', %2)")
            .arg(m_t.id.value(QStringLiteral("A5")), stamp),
        // B3: tuberculosis notified on 1 March, found at the first visit; treatment ended on 31
        // August with no dose recorded taken (183 prescribed).
        QStringLiteral("INSERT INTO tb_patient (id, resident_id, notified_at, intensive_start, "
                       "intensive_end, continuation_end, closed_on, created_at, updated_at, "
                       "updated_by) VALUES ('b1', '%1', '2025-03-01T08:00:00Z', '2025-03-02', "
                       "'2025-05-01', '2025-08-31', '2025-08-31', %2)")
            .arg(m_t.id.value(QStringLiteral("B3")), stamp),
        QStringLiteral("INSERT INTO tb_visit (id, patient_id, kind, visited_at, found, "
                       "created_at, updated_at, updated_by) VALUES ('v1', 'b1', 'first', "
                       "'2025-03-02T09:00:00Z', 1, %1)")
            .arg(stamp)};
    for (const QString &sql : rows)
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + sql));
    const IndicatorRun r = run(IndicatorPeriod::year(2025));
    const auto counts = [&r](const char *id) {
        const IndicatorResult *x = r.find(QLatin1String(id));
        return x ? qMakePair(x->total.numerator, x->total.denominator) : qMakePair(-1LL, -1LL);
    };
    // 65+ living at the year's end: A1, A2 (B1 died).
    QCOMPARE(counts("elderly_tcm_rate"), qMakePair(1LL, 2LL));
    {
        // The province's choice of denominator: only those with this year's complete health
        // examination (A1 has one, A2 an incomplete one: no waist, no guidance).
        const QString form =
            QStringLiteral("'{\"height\":160,\"weight\":60,\"waist\":80,\"guidance\":[\"1\"]}'");
        QVERIFY2(q.exec(QStringLiteral(
                            "INSERT INTO health_check (id, resident_id, check_date, sbp, dbp, "
                            "fbg, evaluation, form_json, created_at, updated_at, updated_by) "
                            "VALUES ('h1', '%1', '2025-04-01', 130, 80, 5.6, 1, %3, %4), "
                            "('h2', '%2', '2025-04-02', 130, 80, 5.6, 1, "
                            "'{\"height\":160,\"weight\":60}', %4)")
                            .arg(m_t.id.value(QStringLiteral("A1")),
                                 m_t.id.value(QStringLiteral("A2")), form, stamp)),
                 qPrintable(q.lastError().text()));
        IndicatorTargets t(m_conn);
        QVERIFY(t.load().ok());
        QVERIFY(t.setSetting(Scope::administrator(), QStringLiteral("elderly_tcm_denominator"), 1,
                             QStringLiteral("测试"))
                    .ok());
        const IndicatorRun managed = run(IndicatorPeriod::year(2025));
        const IndicatorResult *x = managed.find(QStringLiteral("elderly_tcm_rate"));
        QVERIFY(x);
        QCOMPARE(qMakePair(x->total.numerator, x->total.denominator), qMakePair(1LL, 1LL));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM report_setting")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM health_check")));
    }
    QCOMPARE(counts("smd_management_rate"), qMakePair(1LL, 1LL));
    QCOMPARE(counts("smd_standard_rate"), qMakePair(0LL, 1LL)); // seen twice, 4 needed
    QCOMPARE(counts("smd_stable_rate"), qMakePair(1LL, 1LL));
    QCOMPARE(counts("tb_management_rate"), qMakePair(1LL, 1LL));
    QCOMPARE(counts("tb_regular_rate"), qMakePair(0LL, 1LL));
    // No child TCM visit, child check, pregnancy or birth in the town.
    QCOMPARE(counts("child_tcm_rate").first, 0LL);
    QCOMPARE(counts("child_management_rate").first, 0LL);
    QCOMPARE(counts("early_booking_rate"), qMakePair(0LL, 0LL));
    QCOMPARE(counts("newborn_visit_rate").first, 0LL);

    // Without mental.read the mental-health indicators are left out, and asked for by name
    // (or their residents) refused; the other programmes still count.
    Scope noMental = Scope::administrator();
    noMental.allPermissions = false;
    noMental.permissions = {QStringLiteral("report.read"), QStringLiteral("resident.read"),
                            QStringLiteral("immunization.read"), QStringLiteral("maternal.read")};
    const IndicatorRun limited =
        run(IndicatorPeriod::year(2025), IndicatorArea::township(), noMental);
    QVERIFY(!limited.find(QStringLiteral("smd_management_rate")));
    QVERIFY(!limited.find(QStringLiteral("smd_stable_rate")));
    QVERIFY(limited.find(QStringLiteral("tb_management_rate")));
    QVERIFY(!IndicatorEngine(m_conn)
                 .evaluate(noMental, IndicatorPeriod::year(2025), IndicatorArea::township(),
                           {QStringLiteral("smd_management_rate")})
                 .ok());
    QVERIFY(!IndicatorEngine(m_conn)
                 .residents(noMental, QStringLiteral("smd_management_rate"),
                            IndicatorPeriod::year(2025), IndicatorArea::township(),
                            IndicatorSet::Denominator)
                 .ok());

    for (const char *t :
         {"tb_visit", "tb_patient", "mental_followup", "mental_patient", "tcm_assessment"})
        QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(t))));
}

QTEST_GUILESS_MAIN(TestIndicatorEngine)
#include "tst_indicatorengine.moc"
