// Across capabilities: a chronic follow-up and a health check, once saved, mark the matching
// task of the resident's contract done, in the same transaction (issue 5's task hook).
#include "chronicrepository.h"
#include "contractfixture.h"
#include "contracttasks.h"
#include "healthrecordrepository.h"
#include "immunizationrepository.h"
#include "timeline.h"
#include "vaccinenames.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace ContractFixture;

class TestContractTaskLinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followUpAndCheckMarkTasks();
};

void TestContractTaskLinks::followUpAndCheckMarkTasks()
{
    const QString conn = QStringLiteral("links");
    QVERIFY(openDatabase(conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(conn));
    const TeamIds t = team(conn, QStringLiteral("东村团队"), {VillageA});
    const QString id = resident(conn, QStringLiteral("卫五"), QDate(1952, 3, 1));
    const Scope admin = Scope::administrator();

    ChronicRepository chronic(conn);
    ChronicRegistration g;
    g.residentId = id;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10.x00x002");
    g.diagnosedOn = QDate(2020, 5, 1);
    g.registeredOn = QDate(2020, 5, 3);
    auto reg = chronic.registerResident(admin, g);
    QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message));

    SignRequest r;
    r.residentId = id;
    r.teamId = t.team;
    r.doctorId = t.doctor;
    r.packageIds << packageId(conn, QStringLiteral("basic"))
                 << packageId(conn, QStringLiteral("chronic"));
    r.suggestTags = true;
    r.signedOn = QDate(2025, 1, 1);
    QVERIFY(ContractRepository(conn).sign(admin, r).ok());

    auto doneOf = [&](const QString &kind) {
        int done = 0;
        for (const ContractTask &task : *ContractTasks::forResident(conn, admin, id))
            if (task.kind == kind && task.status == QLatin1String("done"))
                ++done;
        return done;
    };
    QCOMPARE(doneOf(QStringLiteral("hypertension_followup")), 0);

    ChronicFollowup f;
    f.registrationId = reg->id;
    f.visitDate = QDate(2025, 2, 10);
    f.sbp = 132;
    f.dbp = 82;
    f.heartRate = 70;
    // A nurse-like scope that may record follow-ups but not edit contracts still completes the
    // task.
    Scope nurse = admin;
    nurse.allPermissions = false;
    nurse.permissions = {QStringLiteral("resident.read"), QStringLiteral("chronic.read"),
                         QStringLiteral("chronic.write"), QStringLiteral("contract.read")};
    auto saved = chronic.record(nurse, f);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(doneOf(QStringLiteral("hypertension_followup")), 1);

    HealthCheck h;
    h.residentId = id;
    h.checkDate = QDate(2025, 4, 2);
    auto check = HealthRecordRepository(conn).addHealthCheck(admin, h, true);
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
    QVERIFY(doneOf(QStringLiteral("annual_check")) >= 1);

    // The resident screen's timeline shows the care records too, newest first.
    auto timeline = Timeline::load(conn, admin, id);
    QVERIFY(timeline.ok());
    QStringList kinds;
    for (const TimelineEntry &e : *timeline)
        kinds << e.kind;
    QVERIFY2(kinds.contains(QStringLiteral("chronic_followup")), qPrintable(kinds.join(u',')));
    QVERIFY(kinds.contains(QStringLiteral("contract")));
    QVERIFY(kinds.contains(QStringLiteral("health_check")));
    for (const TimelineEntry &e : *timeline)
        if (e.kind == QLatin1String("chronic_followup")) {
            QCOMPARE(e.date, QDate(2025, 2, 10));
            QVERIFY2(e.summary.contains(QStringLiteral("132/82")), qPrintable(e.summary));
        }
    // Key-population tags are shown by their labels, never as stored codes.
    for (const TimelineEntry &e : *timeline)
        if (e.kind == QLatin1String("contract")) {
            QVERIFY2(e.detail.contains(QStringLiteral("高血压患者")), qPrintable(e.detail));
            QVERIFY2(!e.detail.contains(QStringLiteral("hypertension")), qPrintable(e.detail));
        }
    for (qsizetype i = 1; i < timeline->size(); ++i)
        QVERIFY(timeline->at(i - 1).date >= timeline->at(i).date);
    auto followupsOnly = Timeline::load(conn, admin, id, {QStringLiteral("chronic_followup")});
    QCOMPARE(followupsOnly->size(), 1);

    // A child's dose recorded from the paper certificate shows on the child's timeline.
    const QDate today(2025, 6, 1);
    const QString child = resident(conn, QStringLiteral("卫小六"), QDate(2025, 1, 10));
    VaccineDose d;
    d.residentId = child;
    d.vaccine = QStringLiteral("HepB");
    d.givenOn = QDate(2025, 1, 10);
    d.source = QStringLiteral("elsewhere");
    d.clinic = QStringLiteral("县妇幼保健院");
    auto dose = ImmunizationRepository(conn).recordDose(admin, d, today);
    QVERIFY2(dose.ok(), qPrintable(dose.ok() ? QString() : dose.error().message));
    auto doses = Timeline::load(conn, admin, child, {QStringLiteral("vaccination")});
    QVERIFY(doses.ok());
    QCOMPARE(doses->size(), 1);
    QCOMPARE(doses->first().date, QDate(2025, 1, 10));
    // The vaccine by its one name (models/core/vaccinenames), the code in the detail.
    QVERIFY(doses->first().summary.contains(VaccineNames::name(QStringLiteral("HepB"))));
    QVERIFY(doses->first().detail.contains(QStringLiteral("HepB")));
    QVERIFY(doses->first().detail.contains(QStringLiteral("县妇幼保健院")));
    closeDatabase(conn);
}

QTEST_GUILESS_MAIN(TestContractTaskLinks)
#include "tst_contracttasklinks.moc"
