// Staff by name: users and team members resolve to their names, retired and disabled people still
// name their old records but are not offered, unknown ids stay as they are; the chronic work list
// and its doctor filter show names.
#include "contractfixture.h"
#include "securitytestutil.h"

#include "chronicrepository.h"
#include "chronicworklist.h"
#include "chronicworklistmodel.h"
#include "staffdirectory.h"
#include "userrepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;

class TstStaffDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesUsersAndTeamMembers();
    void rosterOffersOnlyActivePeople();
    void villageWorkerSeesTheirTeam();
    void chronicWorklistShowsTheDoctorsName();

private:
    QString m_conn = QStringLiteral("staff");
    ContractFixture::TeamIds m_east, m_west;
    QString m_yishengId;
};

void TstStaffDirectory::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(ContractFixture::addAreas(m_conn));
    UserRepository users(m_conn, SecurityTest::fastPolicy());
    QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                           QStringLiteral("first-pass-1")));
    User u;
    u.username = QStringLiteral("yisheng");
    u.displayName = QStringLiteral("王医生");
    u.role = QStringLiteral("family_doctor");
    auto made = users.create(Scope::administrator(), u, QStringLiteral("Second-pass-2"));
    QVERIFY2(made, ContractFixture::why(made).constData());
    m_yishengId = made->id;
    u.username = QStringLiteral("gone");
    u.displayName = QStringLiteral("离职者");
    u.disabled = true;
    QVERIFY(users.create(Scope::administrator(), u, QStringLiteral("Third-pass-3")));
    m_east = ContractFixture::team(m_conn, QStringLiteral("东"), {ContractFixture::VillageA});
    m_west = ContractFixture::team(m_conn, QStringLiteral("西"), {ContractFixture::VillageB});
    QVERIFY(!m_east.doctor.isEmpty() && !m_west.nurse.isEmpty());
}

void TstStaffDirectory::cleanup()
{
    closeDatabase(m_conn);
}

void TstStaffDirectory::namesUsersAndTeamMembers()
{
    const StaffDirectory staff(m_conn);
    QCOMPARE(staff.displayName(QStringLiteral("yisheng")), QStringLiteral("王医生"));
    QCOMPARE(staff.displayName(m_yishengId), QStringLiteral("王医生"));
    QCOMPARE(staff.displayName(QStringLiteral("admin")), QStringLiteral("管理员"));
    QCOMPARE(staff.displayName(m_east.doctor), QStringLiteral("东医生"));
    QCOMPARE(staff.displayName(QStringLiteral("gone")), QStringLiteral("离职者"));
    QCOMPARE(staff.displayName(QStringLiteral("doctor-202-a")), QStringLiteral("doctor-202-a"));
    QVERIFY(!staff.knows(QStringLiteral("doctor-202-a")));
    QCOMPARE(staff.nameWithKey(QStringLiteral("yisheng")), QStringLiteral("王医生（yisheng）"));
}

void TstStaffDirectory::rosterOffersOnlyActivePeople()
{
    QVERIFY(TeamRepository(m_conn).retireMember(Scope::administrator(), m_west.nurse));
    const StaffDirectory staff(m_conn);
    QCOMPARE(staff.displayName(m_west.nurse), QStringLiteral("西护士")); // old records
    QStringList names;
    for (const StaffPerson &p : staff.roster())
        names << p.name;
    QVERIFY(names.contains(QStringLiteral("王医生")));
    QVERIFY(names.contains(QStringLiteral("东护士")));
    QVERIFY(!names.contains(QStringLiteral("西护士")));
    QVERIFY(!names.contains(QStringLiteral("离职者")));
    QCOMPARE(names.count(QStringLiteral("王医生")), 1); // the user's uuid is an alias, not a person
    names.clear();
    for (const StaffPerson &p : staff.roster({QStringLiteral("family_doctor")}))
        names << p.name;
    // Users first, then team members by name.
    QCOMPARE(names, (QStringList{QStringLiteral("王医生"), QStringLiteral("东医生"),
                                 QStringLiteral("西医生")}));
}

void TstStaffDirectory::villageWorkerSeesTheirTeam()
{
    Scope village;
    village.allVillages = false;
    village.villages = {ContractFixture::VillageA};
    QStringList names;
    for (const StaffPerson &p : StaffDirectory(m_conn).teamRoster(village))
        if (!p.isUser)
            names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("东护士"), QStringLiteral("东医生")}));
}

void TstStaffDirectory::chronicWorklistShowsTheDoctorsName()
{
    const QString r = ContractFixture::resident(m_conn, QStringLiteral("马帆"), QDate(1950, 1, 1));
    ChronicRegistration g;
    g.residentId = r;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10");
    g.diagnosedOn = QDate(2020, 1, 10);
    g.registeredOn = QDate(2020, 1, 12);
    g.doctorId = m_east.doctor; // a team member: the list shows the name
    auto saved = ChronicRepository(m_conn).registerResident(Scope::administrator(), g);
    QVERIFY2(saved, ContractFixture::why(saved).constData());
    auto doctors = chronicDoctors(m_conn, Scope::administrator());
    QVERIFY(doctors);
    QCOMPARE(doctors->size(), 1);
    QCOMPARE(doctors->first().key, m_east.doctor);
    QCOMPARE(doctors->first().name, QStringLiteral("东医生"));

    ChronicWorklistModel model(m_conn, Scope::administrator());
    WorklistFilter f;
    f.kind = WorklistKind::Overdue; // registered years ago, never seen
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ChronicWorklistModel::Doctor).data().toString(),
             QStringLiteral("东医生"));
}

QTEST_GUILESS_MAIN(TstStaffDirectory)
#include "tst_staffdirectory.moc"
