// Registrations, follow-ups (one transaction with outbox and audit), validation at the field,
// quality warnings, worklists, indicators and the demo's prevalence.
#include "chronicrepository.h"
#include "chronicworklist.h"
#include "database.h"
#include "dbaccess.h"
#include "demogenerator.h"
#include "residentrepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;

namespace {
const QString kVillage = QStringLiteral("430121101201");

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(" [") + r.error().field + QStringLiteral("] ") +
                r.error().message + QStringLiteral(" / ") + r.error().detail)
                   .toUtf8();
}

qint64 count(const QString &conn, const QString &sql)
{
    QSqlQuery q(db(conn));
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestChronicRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { closeDatabase(m_conn); }
    void registerAndClose();
    void registrationRefusesBadInput_data();
    void registrationRefusesBadInput();
    void followupIsClassifiedAndStoredWithOutboxAndAudit();
    void secondUncontrolledIsReferred();
    void validationRefusesAtTheField_data();
    void validationRefusesAtTheField();
    void identicalBpIsAWarningNotARefusal();
    void correctionSupersedes();
    void worklistsFollowTheSchedule();
    void indicatorsWithLists();
    void scopeIsEnforced();
    void demoHasRealisticPrevalence();

private:
    Resident makeResident(const QString &name, const QDate &birth);
    ChronicFollowup bp(const QString &reg, const QDate &date, int sbp, int dbp);
    QString m_conn;
    Scope m_scope = Scope::administrator();
    QString m_residentId;
};

void TestChronicRepository::init()
{
    m_conn = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO area VALUES('430121','县','county',NULL),"
                                  "('430121101','镇','township','430121'),"
                                  "('430121101201','东村','village','430121101'),"
                                  "('430121101202','西村','village','430121101')")));
    m_residentId = makeResident(QStringLiteral("王建国"), QDate(1955, 4, 2)).id;
}

Resident TestChronicRepository::makeResident(const QString &name, const QDate &birth)
{
    Resident r;
    r.name = name;
    r.sex = QLatin1Char('M');
    r.birthDate = birth;
    r.villageCode = kVillage;
    r.phone = r.address = r.relation = QStringLiteral("");
    auto created = ResidentRepository(m_conn).create(m_scope, r);
    if (!created)
        qWarning() << why(created);
    return created ? *created : Resident{};
}

ChronicFollowup TestChronicRepository::bp(const QString &reg, const QDate &date, int sbp, int dbp)
{
    ChronicFollowup f;
    f.registrationId = reg;
    f.visitDate = date;
    f.mode = 1;
    f.sbp = sbp;
    f.dbp = dbp;
    f.heartRate = 72;
    return f;
}

void TestChronicRepository::registerAndClose()
{
    ChronicRepository repo(m_conn);
    ChronicRegistration g;
    g.residentId = m_residentId;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10.x00x002");
    g.diagnosedOn = QDate(2020, 5, 1);
    g.registeredOn = QDate(2020, 5, 3);
    g.riskLevel = QStringLiteral("high");
    auto r = repo.registerResident(m_scope, g);
    QVERIFY2(r.ok(), why(r));
    QCOMPARE(r->icdVersion, QStringLiteral("ICD-10-CN-2.0"));
    QCOMPARE(count(m_conn, QStringLiteral(
                               "SELECT count(*) FROM outbox WHERE entity='chronic_registration'")),
             1);
    QCOMPARE(
        count(m_conn,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE entity='chronic_registration'")),
        1);
    // Twice into the same programme is refused; into diabetes too is fine.
    auto again = repo.registerResident(m_scope, g);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("programme"));
    g.programme = QStringLiteral("diabetes");
    g.icd10 = QStringLiteral("E11.900");
    QVERIFY(repo.registerResident(m_scope, g).ok());
    QCOMPARE(repo.registrationsOf(m_scope, m_residentId)->size(), 2);
    // Close: died needs a cause.
    auto bad = repo.close(m_scope, r->id, QDate(2023, 1, 1), QStringLiteral("died"), QString());
    QCOMPARE(bad.error().field, QStringLiteral("close_note"));
    auto closed = repo.close(m_scope, r->id, QDate(2023, 1, 1), QStringLiteral("moved"),
                             QStringLiteral("随子女迁居"));
    QVERIFY2(closed.ok(), why(closed));
    QVERIFY(!repo.registration(m_scope, r->id)->isOpen());
    QCOMPARE(
        repo.close(m_scope, r->id, QDate(2023, 1, 2), QStringLiteral("moved"), {}).error().field,
        QStringLiteral("closed_on"));
    // A follow-up after the close date is refused.
    auto late = repo.record(m_scope, bp(r->id, QDate(2023, 2, 1), 130, 80));
    QCOMPARE(late.error().field, QStringLiteral("visit_date"));
}

void TestChronicRepository::registrationRefusesBadInput_data()
{
    QTest::addColumn<QString>("programme");
    QTest::addColumn<QString>("icd");
    QTest::addColumn<QDate>("diagnosed");
    QTest::addColumn<QString>("field");
    QTest::newRow("programme") << "asthma"
                               << "I10" << QDate(2020, 1, 1) << "programme";
    QTest::newRow("icd unknown") << "hypertension"
                                 << "I11" << QDate(2020, 1, 1) << "icd10";
    QTest::newRow("icd of the other programme") << "hypertension"
                                                << "E11" << QDate(2020, 1, 1) << "icd10";
    QTest::newRow("future diagnosis") << "diabetes"
                                      << "E11" << QDate::currentDate().addDays(1) << "diagnosed_on";
}

void TestChronicRepository::registrationRefusesBadInput()
{
    QFETCH(QString, programme);
    QFETCH(QString, icd);
    QFETCH(QDate, diagnosed);
    ChronicRegistration g;
    g.residentId = m_residentId;
    g.programme = programme;
    g.icd10 = icd;
    g.diagnosedOn = diagnosed;
    auto r = ChronicRepository(m_conn).registerResident(m_scope, g);
    QVERIFY(!r.ok());
    QTEST(r.error().field, "field");
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_registration")), 0);
}

static ChronicRegistration htReg(const QString &residentId)
{
    ChronicRegistration g;
    g.residentId = residentId;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10");
    g.diagnosedOn = QDate(2020, 1, 10);
    g.registeredOn = QDate(2020, 1, 12);
    g.doctorId = QStringLiteral("doctor-1");
    return g;
}

void TestChronicRepository::followupIsClassifiedAndStoredWithOutboxAndAudit()
{
    ChronicRepository repo(m_conn);
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    QVERIFY(g.ok());
    const qint64 outbox = count(m_conn, QStringLiteral("SELECT count(*) FROM outbox"));
    ChronicFollowup f = bp(g->id, QDate(2024, 3, 1), 150, 95);
    f.symptoms = {QStringLiteral("headache_dizziness")};
    f.weight = 70;
    f.height = 170;
    f.medications = {Medication{QStringLiteral("氨氯地平"), 1, QStringLiteral("5mg")}};
    auto saved = repo.record(m_scope, f);
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(saved->cls, FollowupClass::Uncontrolled);
    QCOMPARE(saved->nextDate, QDate(2024, 3, 15));
    QVERIFY(!saved->referral);
    QCOMPARE(saved->ruleSet, QStringLiteral("nbphs2017/1"));
    QCOMPARE(*saved->bmi(), 24.2);
    QCOMPARE(saved->doctorId, QStringLiteral("doctor-1"));
    QCOMPARE(count(m_conn, QStringLiteral("SELECT count(*) FROM outbox")), outbox + 1);
    QCOMPARE(count(m_conn, QStringLiteral(
                               "SELECT count(*) FROM audit_log WHERE entity='chronic_followup'")),
             1);
    QCOMPARE(count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_schedule WHERE "
                                          "next_due='2024-03-15' AND last_class=2")),
             1);
    auto list = repo.followups(m_scope, g->id);
    QCOMPARE(list->size(), 1);
    const ChronicFollowup back = list->first();
    QCOMPARE(back.symptoms, f.symptoms);
    QCOMPARE(back.medications.size(), 1);
    QCOMPARE(back.medications.first().dose, QStringLiteral("5mg"));
    QVERIFY(!back.rules.isEmpty());
    // The doctor may change the proposed date.
    ChronicFollowup next = bp(g->id, QDate(2024, 3, 14), 132, 84);
    next.nextDate = QDate(2024, 7, 1);
    auto saved2 = repo.record(m_scope, next);
    QVERIFY(saved2.ok());
    QCOMPARE(saved2->cls, FollowupClass::Controlled);
    QCOMPARE(saved2->nextDate, QDate(2024, 7, 1));
}

void TestChronicRepository::secondUncontrolledIsReferred()
{
    ChronicRepository repo(m_conn);
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    QVERIFY(repo.record(m_scope, bp(g->id, QDate(2024, 3, 1), 150, 95)).ok());
    auto preview = repo.preview(m_scope, bp(g->id, QDate(2024, 3, 15), 152, 96));
    QVERIFY(preview.ok());
    QVERIFY(preview->referral);
    auto second = repo.record(m_scope, bp(g->id, QDate(2024, 3, 15), 152, 96));
    QVERIFY(second->referral);
    QCOMPARE(second->nextDate, QDate(2024, 3, 29));
    // Age comes from the resident: born 1955, 69 on the visit day, so 148/85 is controlled.
    auto elderly = repo.preview(m_scope, bp(g->id, QDate(2024, 4, 1), 148, 85));
    QCOMPARE(elderly->cls, FollowupClass::Controlled);
}

void TestChronicRepository::validationRefusesAtTheField_data()
{
    QTest::addColumn<int>("sbp");
    QTest::addColumn<int>("dbp");
    QTest::addColumn<int>("heartRate");
    QTest::addColumn<double>("fbg");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("field");
    QTest::newRow("sbp 49") << 49 << 40 << 70 << 6.0 << 0 << "sbp";
    QTest::newRow("sbp 301") << 301 << 90 << 70 << 6.0 << 0 << "sbp";
    QTest::newRow("dbp 29") << 120 << 29 << 70 << 6.0 << 0 << "dbp";
    QTest::newRow("dbp 201") << 250 << 201 << 70 << 6.0 << 0 << "dbp";
    QTest::newRow("sbp not above dbp") << 90 << 90 << 70 << 6.0 << 0 << "sbp";
    QTest::newRow("heart rate 19") << 130 << 80 << 19 << 6.0 << 0 << "heart_rate";
    QTest::newRow("heart rate 251") << 130 << 80 << 251 << 6.0 << 0 << "heart_rate";
    QTest::newRow("fbg 0.4") << 130 << 80 << 70 << 0.4 << 0 << "fbg";
    QTest::newRow("fbg 40.1") << 130 << 80 << 70 << 40.1 << 0 << "fbg";
    QTest::newRow("future visit") << 130 << 80 << 70 << 6.0 << 1 << "visit_date";
}

void TestChronicRepository::validationRefusesAtTheField()
{
    QFETCH(int, sbp);
    QFETCH(int, dbp);
    QFETCH(int, heartRate);
    QFETCH(double, fbg);
    QFETCH(int, days);
    ChronicRepository repo(m_conn);
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    ChronicFollowup f = bp(g->id, QDate::currentDate().addDays(days), sbp, dbp);
    f.heartRate = heartRate;
    f.fbg = fbg;
    auto r = repo.record(m_scope, f);
    QVERIFY(!r.ok());
    QTEST(r.error().field, "field");
    QCOMPARE(count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_followup")), 0);
    // The edges themselves are accepted.
    ChronicFollowup edge = bp(g->id, QDate::currentDate(), 300, 200);
    edge.heartRate = 250;
    edge.fbg = 40.0;
    QVERIFY2(ChronicRepository::validate(edge).isEmpty(),
             "300/200, 250, 40.0 are within the hard limits");
}

void TestChronicRepository::identicalBpIsAWarningNotARefusal()
{
    ChronicRepository repo(m_conn);
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    QDate d(2023, 1, 5);
    for (int i = 0; i < 3; ++i, d = d.addMonths(3)) {
        auto r = repo.record(m_scope, bp(g->id, d, 130, 80));
        QVERIFY(r.ok());
        QVERIFY(r->qualityWarning.isEmpty());
    }
    auto fourth = repo.record(m_scope, bp(g->id, d, 130, 80));
    QVERIFY(fourth.ok());
    QVERIFY2(fourth->qualityWarning.contains(QStringLiteral("130/80")),
             qPrintable(fourth->qualityWarning));
    QCOMPARE(
        count(m_conn,
              QStringLiteral("SELECT count(*) FROM chronic_followup WHERE quality_warning <> ''")),
        1);
}

void TestChronicRepository::correctionSupersedes()
{
    ChronicRepository repo(m_conn);
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    auto first = repo.record(m_scope, bp(g->id, QDate(2024, 3, 1), 150, 95));
    auto fixed = repo.correct(m_scope, first->id, bp(g->id, QDate(2024, 3, 1), 135, 85));
    QVERIFY2(fixed.ok(), why(fixed));
    QCOMPARE(fixed->supersedes, first->id);
    QCOMPARE(fixed->cls, FollowupClass::Controlled);
    auto list = repo.followups(m_scope, g->id);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, fixed->id);
    QCOMPARE(count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_followup")),
             2); // nothing lost
    QCOMPARE(
        count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_schedule WHERE last_class = 1")),
        1);
}

void TestChronicRepository::worklistsFollowTheSchedule()
{
    ChronicRepository repo(m_conn);
    const QDate today = QDate::currentDate();
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    WorklistFilter f;
    f.kind = WorklistKind::Overdue;
    // Registered years ago, never seen: overdue, lost and not seen this quarter.
    auto rows = chronicWorklist(m_conn, m_scope, f, repo.rules());
    QCOMPARE(rows->size(), 1);
    QVERIFY(rows->first().daysOverdue > 365);
    f.kind = WorklistKind::Lost;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 1);
    f.kind = WorklistKind::NotSeenQuarter;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 1);
    // Seen today, uncontrolled: due in 14 days, so no longer overdue, seen this quarter.
    QVERIFY(repo.record(m_scope, bp(g->id, today, 150, 95)).ok());
    f.kind = WorklistKind::Overdue;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 0);
    f.kind = WorklistKind::NotSeenQuarter;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 0);
    f.kind = WorklistKind::DueMonth;
    f.today = today.addDays(14);
    auto due = chronicWorklist(m_conn, m_scope, f, repo.rules());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().nextDue, today.addDays(14));
    f.kind = WorklistKind::DueWeek;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 1);
    // Overdue or due by Sunday (the daily work list's one pass): due on the day itself ...
    f.kind = WorklistKind::DueByWeek;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 1);
    // ... and not yet eight days before it (that day's Sunday is at most six days on).
    f.today = today.addDays(14 - 8);
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 0);
    f.today = today.addDays(15);
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 1); // overdue by one day
    f.kind = WorklistKind::Overdue;
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->first().daysOverdue, 1);
    // Filters.
    f.doctorId = QStringLiteral("someone-else");
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 0);
    f.doctorId.clear();
    f.villageCode = QStringLiteral("430121101202");
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 0);
    f.villageCode.clear();
    f.programme = QStringLiteral("diabetes");
    QCOMPARE(chronicWorklist(m_conn, m_scope, f, repo.rules())->size(), 0);
    const auto doctors = chronicDoctors(m_conn, m_scope);
    QCOMPARE(doctors->size(), 1);
    QCOMPARE(doctors->first().key, QStringLiteral("doctor-1"));
    QCOMPARE(doctors->first().name, QStringLiteral("doctor-1")); // nobody by that id: as it is
}

void TestChronicRepository::indicatorsWithLists()
{
    ChronicRepository repo(m_conn);
    const QString second = makeResident(QStringLiteral("李秀英"), QDate(1960, 8, 8)).id;
    auto a = repo.registerResident(m_scope, htReg(m_residentId));
    auto b = repo.registerResident(m_scope, htReg(second));
    // a: four face-to-face visits in 2023, latest controlled. b: two visits, latest uncontrolled,
    // plus a phone call that does not count.
    for (const QDate &d : {QDate(2023, 1, 10), QDate(2023, 4, 10), QDate(2023, 7, 10)})
        QVERIFY(repo.record(m_scope, bp(a->id, d, 150, 92)).ok());
    QVERIFY(repo.record(m_scope, bp(a->id, QDate(2023, 10, 10), 132, 82)).ok());
    QVERIFY(repo.record(m_scope, bp(b->id, QDate(2023, 2, 1), 128, 80)).ok());
    QVERIFY(repo.record(m_scope, bp(b->id, QDate(2023, 6, 1), 146, 88)).ok());
    ChronicFollowup phone = bp(b->id, QDate(2023, 9, 1), 142, 88);
    phone.mode = 3;
    QVERIFY(repo.record(m_scope, phone).ok());
    IndicatorFilter f;
    f.year = 2023;
    f.programme = QStringLiteral("hypertension");
    auto list = chronicIndicators(m_conn, m_scope, f, repo.rules());
    QVERIFY2(list.ok(), why(list));
    QCOMPARE(list->size(), 3);
    const Indicator &mgmt = list->at(0);
    QCOMPARE(mgmt.id, QStringLiteral("management_rate"));
    QCOMPARE(mgmt.denominator, 0); // no target population set
    QVERIFY(!mgmt.rate());
    const Indicator &standard = list->at(1);
    QCOMPARE(standard.numerator, 1);
    QCOMPARE(standard.denominator, 2);
    QCOMPARE(*standard.rate(), 50.0);
    QCOMPARE(standard.numeratorList.first().residentId, m_residentId);
    const Indicator &control = list->at(2);
    QCOMPARE(control.id, QStringLiteral("bp_control_rate"));
    QCOMPARE(control.numerator, 1);
    QCOMPARE(control.denominatorList.size(), 2);
    QVERIFY(
        repo.setTargetPopulation(m_scope, QStringLiteral("hypertension"), 2023, QString(), 4).ok());
    list = chronicIndicators(m_conn, m_scope, f, repo.rules());
    QCOMPARE(*list->at(0).rate(), 50.0);
    // A year with no follow-ups: managed but none standard or controlled.
    f.year = 2021;
    list = chronicIndicators(m_conn, m_scope, f, repo.rules());
    QCOMPARE(list->at(1).denominator, 2);
    QCOMPARE(list->at(1).numerator, 0);
    QCOMPARE(list->at(2).numerator, 0);
}

void TestChronicRepository::scopeIsEnforced()
{
    ChronicRepository repo(m_conn);
    auto g = repo.registerResident(m_scope, htReg(m_residentId));
    Scope other;
    other.allVillages = false;
    other.villages = {QStringLiteral("430121101202")};
    QCOMPARE(repo.registration(other, g->id).error().code, QStringLiteral("scope.denied"));
    QVERIFY(!repo.record(other, bp(g->id, QDate(2024, 1, 1), 130, 80)).ok());
    WorklistFilter f;
    f.kind = WorklistKind::AllOpen;
    QCOMPARE(chronicWorklist(m_conn, other, f, repo.rules())->size(), 0);
    Scope readOnly;
    readOnly.allPermissions = false;
    readOnly.permissions = {QStringLiteral("chronic.read")};
    QCOMPARE(repo.record(readOnly, bp(g->id, QDate(2024, 1, 1), 130, 80)).error().code,
             QStringLiteral("scope.forbidden"));
    QCOMPARE(chronicWorklist(m_conn, readOnly, f, repo.rules())->size(), 1);
}

void TestChronicRepository::demoHasRealisticPrevalence()
{
    closeDatabase(m_conn);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    DemoOptions o;
    o.residents = 6000;
    o.seed = 11;
    auto sum = DemoGenerator::generate(m_conn, m_scope, o);
    QVERIFY2(sum.ok(), why(sum));
    const QString adults =
        QStringLiteral("(SELECT count(*) FROM resident WHERE birth_date <= '%1')")
            .arg(o.today.addYears(-35).toString(Qt::ISODate));
    const double ht =
        double(count(
            m_conn,
            QStringLiteral(
                "SELECT count(*) FROM chronic_registration WHERE programme='hypertension'"))) /
        count(m_conn, QStringLiteral("SELECT ") + adults);
    const double dm =
        double(count(m_conn,
                     QStringLiteral(
                         "SELECT count(*) FROM chronic_registration WHERE programme='diabetes'"))) /
        count(m_conn, QStringLiteral("SELECT ") + adults);
    qInfo() << "demo prevalence among 35+: hypertension" << ht << "diabetes" << dm;
    QVERIFY2(ht > 0.15 && ht < 0.21, qPrintable(QString::number(ht)));
    QVERIFY2(dm > 0.05 && dm < 0.09, qPrintable(QString::number(dm)));
    // Controlled, uncontrolled and missed (overdue) visits are all there.
    QVERIFY(count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_followup WHERE class = 1")) >
            100);
    QVERIFY(count(m_conn, QStringLiteral("SELECT count(*) FROM chronic_followup WHERE class = 2")) >
            100);
    ChronicRepository repo(m_conn);
    WorklistFilter f;
    f.today = o.today;
    f.kind = WorklistKind::Overdue;
    QVERIFY(chronicWorklist(m_conn, m_scope, f, repo.rules())->size() > 5);
    f.kind = WorklistKind::DueMonth;
    QVERIFY(chronicWorklist(m_conn, m_scope, f, repo.rules())->size() > 5);
    IndicatorFilter i;
    i.year = o.today.year() - 1;
    auto ind = chronicIndicators(m_conn, m_scope, i, repo.rules());
    QVERIFY(ind.ok());
    QVERIFY(*ind->at(1).rate() > 20 && *ind->at(1).rate() < 95);
    QVERIFY(*ind->at(2).rate() > 20 && *ind->at(2).rate() < 95);
    // The demo's follow-ups agree with the repository's reading of them.
    QVERIFY(checkDatabase(m_conn)->isEmpty());
}

QTEST_GUILESS_MAIN(TestChronicRepository)
#include "tst_chronicrepository.moc"
