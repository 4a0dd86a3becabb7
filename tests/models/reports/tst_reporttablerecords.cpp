// Report tables 01 (health records), 06 (elderly) and 10 (TCM) on a hand-built township where every
// number is known; the area filter, role scoping and permissions of the engine; the definitions
// file.
#include "reporttablefixture.h"

#include "reporttabledef.h"
#include "tcmrepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ReportFixture;

class TestReportTableRecords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void definitionsLoad();
    void definitionsRefuseMistakes_data();
    void definitionsRefuseMistakes();
    void periods();
    void records01();
    void elderly06();
    void areaAndScope();
    void permissions();
    void progressAndCancel();
    void tcm10(); // last: its children would change the other tests' populations

private:
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("records");
    Scope m_admin = Scope::administrator();
    QHash<QString, QString> m_id;
    TeamIds m_team;
};

void TestReportTableRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(open(m_conn, m_dir));
    m_team = team(m_conn, QStringLiteral("东村团队"), {VillageA, VillageB});
    QVERIFY(!m_team.doctor.isEmpty());
}

void TestReportTableRecords::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestReportTableRecords::definitionsLoad()
{
    const ReportTableSet &set = ReportTableSet::builtIn();
    QCOMPARE(set.ids(),
             (QStringList{QStringLiteral("01"), QStringLiteral("03"), QStringLiteral("04"),
                          QStringLiteral("05"), QStringLiteral("06"), QStringLiteral("07-1"),
                          QStringLiteral("07-2"), QStringLiteral("08"), QStringLiteral("09"),
                          QStringLiteral("10"), QStringLiteral("fd"), QStringLiteral("fd-key")}));
    for (const ReportTableDef &t : set.tables()) {
        QVERIFY2(!t.permission.isEmpty(), qPrintable(t.id));
        QVERIFY2(!t.notes.isEmpty() && t.notes.size() == t.notesEn.size(), qPrintable(t.id));
        for (const ReportColumn &c : t.columns)
            QVERIFY2(!c.labelEn.isEmpty() && !c.definitionEn.isEmpty(),
                     qPrintable(t.id + QLatin1Char('/') + c.id));
        // Every table computes on an empty township: every column has its query.
        const ReportTable r = compute(m_conn, t.id, ReportPeriod::quarter(2025, 2));
        QCOMPARE(r.rows.size(), 3);
        QVERIFY2(checkTotals(r).isEmpty(),
                 qPrintable(t.id + QStringLiteral(": ") + checkTotals(r)));
    }
}

void TestReportTableRecords::definitionsRefuseMistakes_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good =
        R"({"id":"x","label":"a","definition":"d","sql":"SELECT 1 AS village, 1"})";
    QTest::newRow("no version") << QByteArray(R"({"tables":[]})");
    QTest::newRow("no tables") << QByteArray(R"({"version":"1","tables":[]})");
    QTest::newRow("duplicate table")
        << QByteArray(R"({"version":"1","tables":[{"id":"t","title":"T","columns":[)") + good +
               R"(]},{"id":"t","title":"T","columns":[)" + good + "]}]}";
    QTest::newRow("no definition") << QByteArray(
        R"({"version":"1","tables":[{"id":"t","title":"T","columns":[{"id":"a","label":"a"}]}]})");
    QTest::newRow("rate of a missing column")
        << QByteArray(R"({"version":"1","tables":[{"id":"t","title":"T","columns":[)") + good +
               R"(,{"id":"r","label":"r","definition":"d","rate":["x","nope"]}]}]})";
    QTest::newRow("column named village")
        << QByteArray(R"({"version":"1","tables":[{"id":"t","title":"T","columns":[)"
                      R"({"id":"village","label":"a","definition":"d"}]}]})");
}

void TestReportTableRecords::definitionsRefuseMistakes()
{
    QFETCH(QByteArray, json);
    auto r = ReportTableSet::fromJson(json);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("report.definition"));
}

void TestReportTableRecords::periods()
{
    QCOMPARE(ReportPeriod::range(QDate(2025, 4, 1), QDate(2025, 6, 30)).kind,
             ReportPeriod::Quarter);
    QCOMPARE(ReportPeriod::range(QDate(2025, 2, 1), QDate(2025, 2, 28)).kind, ReportPeriod::Month);
    QCOMPARE(ReportPeriod::range(QDate(2024, 1, 1), QDate(2024, 12, 31)).kind, ReportPeriod::Year);
    QCOMPARE(ReportPeriod::range(QDate(2025, 2, 1), QDate(2025, 4, 30)).kind, ReportPeriod::Range);
    QCOMPARE(ReportPeriod::range(QDate(2025, 4, 2), QDate(2025, 6, 30)).kind, ReportPeriod::Range);
    QCOMPARE(ReportPeriod::quarter(2025, 2).label(), QStringLiteral("2025年第2季度"));
    QCOMPARE(ReportPeriod::month(2025, 5).label(), QStringLiteral("2025年5月"));
    QCOMPARE(ReportPeriod::year(2025).months(), 12);
    QCOMPARE(ReportPeriod::range(QDate(2025, 1, 15), QDate(2025, 3, 2)).months(), 3);
}

// 01 for this calendar year (records are created today, so they are new in it).
//  A: a1 basic info + encounter 10 days ago (in use); a2 check 13 months before the year end
//     (not in use); a3 nothing; a4 died on 15 January (left, not counted).
//  B: b1 basic info + a hypertension follow-up (in use); b2 moves away next January (still a
//     resident this year) + encounter today (in use).
void TestReportTableRecords::records01()
{
    const QDate today = QDate::currentDate();
    const ReportPeriod year = ReportPeriod::year(today.year());
    const QString conn = QStringLiteral("records01");
    QVERIFY(open(conn, m_dir));
    auto person = [&](const QString &name, int born, const QString &village) {
        return resident(conn, name, QDate(born, 3, 1), QLatin1Char('M'), village);
    };
    const QString a1 = person(QStringLiteral("甲一"), 1970, VillageA),
                  a2 = person(QStringLiteral("甲二"), 1971, VillageA),
                  a3 = person(QStringLiteral("甲三"), 1972, VillageA),
                  a4 = person(QStringLiteral("甲四"), 1940, VillageA),
                  b1 = person(QStringLiteral("乙一"), 1960, VillageB),
                  b2 = person(QStringLiteral("乙二"), 1990, VillageB);
    HealthRecordRepository records(conn);
    BasicInfo info;
    info.residentId = a1;
    QVERIFY(records.saveBasicInfo(m_admin, info));
    info.residentId = b1;
    QVERIFY(records.saveBasicInfo(m_admin, info));
    QVERIFY(encounter(conn, a1, today.addDays(-10)));
    QVERIFY(healthCheck(conn, a2, year.to.addMonths(-13), true));
    const QString reg =
        registerChronic(conn, b1, QStringLiteral("hypertension"), today.addMonths(-2));
    QVERIFY(followUp(conn, reg, today.addDays(-3), 1, 135, 85));
    QVERIFY(encounter(conn, b2, today));
    leave(conn, a4, QStringLiteral("deceased"), QDate(today.year(), 1, 15));
    leave(conn, b2, QStringLiteral("moved"), QDate(today.year() + 1, 1, 10));

    const ReportTable t = compute(conn, QStringLiteral("01"), year);
    QCOMPARE(t.rows.size(), 3);
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    const QList<std::tuple<QString, QString, double>> expected = {
        {VillageA, QStringLiteral("population"), 3},
        {VillageB, QStringLiteral("population"), 2},
        {VillageA, QStringLiteral("created"), 3},
        {VillageB, QStringLiteral("created"), 2},
        {VillageA, QStringLiteral("left_population"), 1},
        {VillageB, QStringLiteral("left_population"), 0},
        {VillageA, QStringLiteral("basic_info"), 1},
        {VillageB, QStringLiteral("basic_info"), 1},
        {VillageA, QStringLiteral("dynamic"), 1},
        {VillageB, QStringLiteral("dynamic"), 2},
        {VillageA, QStringLiteral("basic_info_rate"), 33.3},
        {VillageB, QStringLiteral("dynamic_rate"), 100.0},
        {QString(), QStringLiteral("population"), 5},
        {QString(), QStringLiteral("dynamic"), 3},
        {QString(), QStringLiteral("basic_info_rate"), 40.0},
        {QString(), QStringLiteral("dynamic_rate"), 60.0},
    };
    for (const auto &[village, column, number] : expected)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                .arg(village, column)
                                .arg(value(t, village, column))
                                .arg(number)));
    // The header: the township (no clinic name set), the period, the user.
    QCOMPARE(t.header.unit, QStringLiteral("城关镇"));
    QCOMPARE(t.header.period, QStringLiteral("%1年").arg(today.year()));
    QCOMPARE(t.rows.last().name, QStringLiteral("合计"));
    closeDatabase(conn);
}

// 06 for Q2 2025.
//  A: e1 75, complete check in May, signed in January (managed, signed); e2 65 on the last day,
//     incomplete check (checked only); e3 64 on the last day, complete check (not 65+);
//     e4 died 1 May (not counted); e5 check on 31 March (not in the period).
//  B: f1 complete check on 1 April and an incomplete one on 30 June (managed), a contract that
//     ended in 2024 (not signed); f2 moves away on 15 July (still a resident).
void TestReportTableRecords::elderly06()
{
    auto person = [&](const QString &key, const QDate &born, const QString &village) {
        m_id[key] = resident(m_conn, key, born, QLatin1Char('F'), village);
        return m_id[key];
    };
    const QString e1 = person(QStringLiteral("老一"), QDate(1950, 3, 1), VillageA);
    const QString e2 = person(QStringLiteral("老二"), QDate(1960, 6, 30), VillageA);
    const QString e3 = person(QStringLiteral("老三"), QDate(1960, 7, 1), VillageA);
    const QString e4 = person(QStringLiteral("老四"), QDate(1945, 1, 1), VillageA);
    const QString e5 = person(QStringLiteral("老五"), QDate(1955, 1, 1), VillageA);
    const QString f1 = person(QStringLiteral("老六"), QDate(1940, 1, 1), VillageB);
    const QString f2 = person(QStringLiteral("老七"), QDate(1958, 1, 1), VillageB);
    QVERIFY(healthCheck(m_conn, e1, QDate(2025, 5, 10), true));
    QVERIFY(healthCheck(m_conn, e2, QDate(2025, 6, 1), false));
    QVERIFY(healthCheck(m_conn, e3, QDate(2025, 6, 1), true));
    QVERIFY(healthCheck(m_conn, e4, QDate(2025, 4, 10), true));
    QVERIFY(healthCheck(m_conn, e5, QDate(2025, 3, 31), true));
    QVERIFY(healthCheck(m_conn, f1, QDate(2025, 4, 1), true));
    QVERIFY(healthCheck(m_conn, f1, QDate(2025, 6, 30), false));
    leave(m_conn, e4, QStringLiteral("deceased"), QDate(2025, 5, 1));
    leave(m_conn, f2, QStringLiteral("moved"), QDate(2025, 7, 15));
    for (const auto &[who, on] : {std::pair{e1, QDate(2025, 1, 15)}, {f1, QDate(2024, 1, 1)}}) {
        SignRequest r;
        r.residentId = who;
        r.teamId = m_team.team;
        r.doctorId = m_team.doctor;
        r.packageIds = {packageId(m_conn, QStringLiteral("basic"))};
        r.signedOn = on;
        QVERIFY2(ContractRepository(m_conn).sign(m_admin, r), "signed");
    }

    const ReportTable t = compute(m_conn, QStringLiteral("06"), ReportPeriod::quarter(2025, 2));
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    const QList<std::tuple<QString, QString, double>> expected = {
        {VillageA, QStringLiteral("elderly"), 3},
        {VillageA, QStringLiteral("checked"), 2},
        {VillageA, QStringLiteral("managed"), 1},
        {VillageA, QStringLiteral("signed"), 1},
        {VillageB, QStringLiteral("elderly"), 2},
        {VillageB, QStringLiteral("checked"), 1},
        {VillageB, QStringLiteral("managed"), 1},
        {VillageB, QStringLiteral("signed"), 0},
        {QString(), QStringLiteral("elderly"), 5},
        {QString(), QStringLiteral("checked"), 3},
        {QString(), QStringLiteral("managed"), 2},
        {QString(), QStringLiteral("signed"), 1},
        {VillageA, QStringLiteral("checked_rate"), 66.7},
        {VillageA, QStringLiteral("managed_rate"), 33.3},
        {QString(), QStringLiteral("managed_rate"), 40.0},
        {QString(), QStringLiteral("signed_rate"), 20.0},
        {VillageB, QStringLiteral("signed_rate"), 0.0},
    };
    for (const auto &[village, column, number] : expected)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                .arg(village, column)
                                .arg(value(t, village, column))
                                .arg(number)));
    // The JSON the CLI prints carries the same numbers.
    const QJsonObject json = t.toJson();
    QCOMPARE(json.value(QStringLiteral("total"))
                 .toObject()
                 .value(QStringLiteral("values"))
                 .toObject()
                 .value(QStringLiteral("managed"))
                 .toInt(),
             2);
    QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 2);
}

void TestReportTableRecords::areaAndScope()
{
    const ReportPeriod q2 = ReportPeriod::quarter(2025, 2);
    // One village chosen: its row and a 合计 equal to it.
    ReportTable b = compute(m_conn, QStringLiteral("06"), q2, m_admin, VillageB);
    QCOMPARE(b.rows.size(), 2);
    QCOMPARE(b.rows.first().villageCode, VillageB);
    QCOMPARE(value(b, {}, QStringLiteral("elderly")), 2.0);
    QCOMPARE(b.header.unit, QStringLiteral("西村"));
    // The township: both villages.
    QCOMPARE(compute(m_conn, QStringLiteral("06"), q2, m_admin, Township).rows.size(), 3);
    // A village doctor of A sees A only, whatever area is asked for the township.
    Scope doctor;
    doctor.userId = QStringLiteral("cun");
    doctor.allVillages = false;
    doctor.villages = {VillageA};
    doctor.role = QStringLiteral("village_health_worker");
    doctor.allPermissions = false;
    doctor.permissions = {QStringLiteral("report.read"), QStringLiteral("record.read")};
    const ReportTable a = compute(m_conn, QStringLiteral("06"), q2, doctor, Township);
    QCOMPARE(a.rows.size(), 2);
    QCOMPARE(a.rows.first().villageCode, VillageA);
    QCOMPARE(value(a, {}, QStringLiteral("elderly")), 3.0);
    // Asking for B outright is refused; so is an area that does not exist.
    ReportTableRequest req;
    req.tableId = QStringLiteral("06");
    req.period = q2;
    req.areaCode = VillageB;
    auto refused = ReportTableEngine(m_conn).compute(doctor, req);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("scope.denied"));
    req.areaCode = QStringLiteral("430121101299");
    QCOMPARE(ReportTableEngine(m_conn).compute(m_admin, req).error().field, QStringLiteral("area"));
    // The areas a user may choose.
    auto areas = ReportTableEngine(m_conn).areas(doctor);
    QVERIFY(areas);
    QCOMPARE(areas->size(), 2); // the township of A, then A
    QCOMPARE(areas->at(1).code, VillageA);
}

void TestReportTableRecords::permissions()
{
    Scope noReports;
    noReports.allPermissions = false;
    noReports.permissions = {QStringLiteral("record.read")};
    ReportTableRequest req;
    req.tableId = QStringLiteral("06");
    req.period = ReportPeriod::quarter(2025, 2);
    QCOMPARE(ReportTableEngine(m_conn).compute(noReports, req).error().code,
             QStringLiteral("scope.forbidden"));
    // The table's own permission: 07-1 needs chronic.read as well.
    Scope reportsOnly = noReports;
    reportsOnly.permissions = {QStringLiteral("report.read")};
    req.tableId = QStringLiteral("07-1");
    QVERIFY(!ReportTableEngine(m_conn).compute(reportsOnly, req));
    req.tableId = QStringLiteral("nope");
    QCOMPARE(ReportTableEngine(m_conn).compute(m_admin, req).error().field,
             QStringLiteral("table"));
    req.tableId = QStringLiteral("06");
    req.period = ReportPeriod::range(QDate(2025, 6, 1), QDate(2025, 5, 1));
    QCOMPARE(ReportTableEngine(m_conn).compute(m_admin, req).error().field,
             QStringLiteral("period"));
}

void TestReportTableRecords::progressAndCancel()
{
    ReportTableRequest req;
    req.tableId = QStringLiteral("03"); // two queries
    req.period = ReportPeriod::quarter(2025, 2);
    QList<std::pair<int, int>> seen;
    auto ok = ReportTableEngine(m_conn).compute(m_admin, req, [&](int done, int total) {
        seen << std::pair{done, total};
        return true;
    });
    QVERIFY(ok);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), (std::pair{2, 2}));
    auto cancelled =
        ReportTableEngine(m_conn).compute(m_admin, req, [](int, int) { return false; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, QStringLiteral("report.cancelled"));
    // The engine leaves the connection without its cancel hook: the next table computes.
    QVERIFY(ReportTableEngine(m_conn).compute(m_admin, req));
}

void TestReportTableRecords::tcm10()
{
    // The elderly of elderly06(), at the end of 2025's second quarter: 东村 老一, 老二 (65 on the
    // last day), 老五 (老三 is 64, 老四 died); 西村 老六, 老七 (moves away after the quarter).
    TcmRepository tcm(m_conn);
    auto assess = [&](const QString &key, const QDate &on, const QString &supersedes = {}) {
        TcmRecord r;
        r.residentId = m_id.value(key);
        r.date = on;
        r.answers.fill(1);
        r.supersedes = supersedes;
        auto saved = tcm.addAssessment(m_admin, r);
        if (!saved)
            qWarning() << why(saved);
        return saved ? saved->id : QString();
    };
    const QString first = assess(QStringLiteral("老一"), QDate(2025, 4, 2));
    QVERIFY(!first.isEmpty());
    QVERIFY(!assess(QStringLiteral("老一"), QDate(2025, 4, 2), first).isEmpty()); // corrected: once
    QVERIFY(!assess(QStringLiteral("老二"), QDate(2025, 3, 1)).isEmpty());        // last quarter
    QVERIFY(!assess(QStringLiteral("老六"), QDate(2025, 6, 30)).isEmpty());
    QVERIFY(!assess(QStringLiteral("老三"), QDate(2025, 5, 1)).isEmpty()); // not 65 yet

    // Children: 东村 c1 (9 months at the end) served at 6 months, c2 (4 months) not yet due;
    // 西村 c3 (35 months at the start) not served, c4 (38 months at the start) no longer counted.
    auto child = [&](const QString &key, const QDate &born, const QString &village) {
        m_id[key] = resident(m_conn, key, born, QLatin1Char('M'), village);
        return m_id[key];
    };
    const QString c1 = child(QStringLiteral("小一"), QDate(2024, 10, 1), VillageA);
    child(QStringLiteral("小二"), QDate(2025, 3, 1), VillageA);
    child(QStringLiteral("小三"), QDate(2022, 4, 15), VillageB);
    const QString c4 = child(QStringLiteral("小四"), QDate(2022, 2, 1), VillageB);
    for (const auto &[who, months, on] :
         {std::tuple{c1, 6, QDate(2025, 4, 5)}, std::tuple{c4, 36, QDate(2025, 2, 1)}}) {
        TcmChildRecord r;
        r.residentId = who;
        r.months = months;
        r.date = on;
        r.services = {QStringLiteral("diet")};
        auto saved = tcm.addChildService(m_admin, r);
        QVERIFY2(saved, why(saved));
    }

    const ReportTable t = compute(m_conn, QStringLiteral("10"), ReportPeriod::quarter(2025, 2));
    QVERIFY2(checkTotals(t).isEmpty(), qPrintable(checkTotals(t)));
    const QList<std::tuple<QString, QString, double>> expected = {
        {VillageA, QStringLiteral("elderly"), 3},
        {VillageA, QStringLiteral("elderly_tcm"), 1},
        {VillageB, QStringLiteral("elderly"), 2},
        {VillageB, QStringLiteral("elderly_tcm"), 1},
        {QString(), QStringLiteral("elderly_tcm_rate"), 40.0},
        {VillageA, QStringLiteral("children"), 1},
        {VillageA, QStringLiteral("children_tcm"), 1},
        {VillageB, QStringLiteral("children"), 1},
        {VillageB, QStringLiteral("children_tcm"), 0},
        {QString(), QStringLiteral("children_tcm_rate"), 50.0},
    };
    for (const auto &[village, column, number] : expected)
        QVERIFY2(same(value(t, village, column), number),
                 qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                .arg(village, column)
                                .arg(value(t, village, column))
                                .arg(number)));
}

QTEST_GUILESS_MAIN(TestReportTableRecords)
#include "tst_reporttablerecords.moc"
