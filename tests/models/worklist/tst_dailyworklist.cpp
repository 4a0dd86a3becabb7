// The daily work list on a small hand-built township (real SQLite through the repositories):
// each source, the population on the day, scope, folding of contract tasks, route order, the
// clinic's queue, a programme plugged in by data alone, and the table model.
#include "chronicrepository.h"
#include "contractfixture.h"
#include "dailyworklist.h"
#include "demogenerator.h"
#include "healthrecordrepository.h"
#include "immunizationrepository.h"
#include "keypopulation.h"
#include "pregnancyrepository.h"
#include "vaccineplanner.h"
#include "workitemmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Models;
using namespace ContractFixture;

namespace {
// A Monday: its week ends on Sunday 2026-06-21.
const QDate Day(2026, 6, 15);

QVector<WorkItem> itemsOf(const DailyWorklist &list, const QString &residentId,
                          const QString &source = {})
{
    QVector<WorkItem> out;
    for (const WorkItem &i : list.items)
        if (i.residentId == residentId && (source.isEmpty() || i.source == source))
            out << i;
    return out;
}
} // namespace

class TestDailyWorklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { closeDatabase(m_conn); }
    void chronicOverdueAppearsAndLeavesOnceSeen();
    void deceasedLeaveFromTheirDate();
    void childDueDosesAsThePlannerSays();
    void elderlyWithoutCheckThisYear();
    void womenToBookUntilBooked(); // and high-risk women
    void renewalDue();
    void contractTasksFoldIntoTheFormThatDoesThem();
    void routeOrder();
    void scopeAndPermissions();
    void clinicQueueFirst();
    void programmePlugsInByData();
    void definitionsAreValidated_data();
    void definitionsAreValidated();
    void addressParts_data();
    void addressParts();
    void tableModel();
    void sourcesSideBySideGiveTheSameList();
    void townshipIsItsVillages();

private:
    DailyWorklist build(const QDate &day = Day, const QString &area = VillageA,
                        const Scope &scope = Scope::administrator());
    QString hypertensive(const QString &name, const QDate &nextDue,
                         QString *registration = nullptr);
    QString m_conn;
    Scope m_scope = Scope::administrator();
};

void TestDailyWorklist::init()
{
    m_conn = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
}

DailyWorklist TestDailyWorklist::build(const QDate &day, const QString &area, const Scope &scope)
{
    WorklistRequest r;
    r.area = area;
    r.date = day;
    auto list = buildDailyWorklist(m_conn, scope, r);
    if (!list)
        qWarning() << why(list);
    return list ? *list : DailyWorklist{};
}

// A registered hypertensive patient (aged 56 on the day) whose next follow-up is `nextDue`.
QString TestDailyWorklist::hypertensive(const QString &name, const QDate &nextDue,
                                        QString *registration)
{
    const QString id = resident(m_conn, name, QDate(1970, 2, 3));
    ChronicRepository repo(m_conn);
    ChronicRegistration g;
    g.residentId = id;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10.x00x002");
    g.diagnosedOn = QDate(2025, 11, 1);
    g.registeredOn = QDate(2025, 11, 2);
    auto reg = repo.registerResident(m_scope, g);
    if (!reg)
        qWarning() << why(reg);
    ChronicFollowup f;
    f.registrationId = reg->id;
    f.visitDate = QDate(2026, 3, 9);
    f.mode = 1;
    f.sbp = 146;
    f.dbp = 92;
    f.heartRate = 72;
    f.nextDate = nextDue;
    auto saved = repo.record(m_scope, f);
    if (!saved)
        qWarning() << why(saved);
    if (registration)
        *registration = reg->id;
    return id;
}

void TestDailyWorklist::chronicOverdueAppearsAndLeavesOnceSeen()
{
    QString reg;
    const QString id = hypertensive(QStringLiteral("王建国"), Day.addDays(-10), &reg);
    const QString later = hypertensive(QStringLiteral("李明"), QDate(2026, 6, 19));
    hypertensive(QStringLiteral("赵强"), QDate(2026, 6, 29)); // next week: not yet
    DailyWorklist list = build();
    auto mine = itemsOf(list, id, QStringLiteral("chronic"));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().daysOverdue, 10);
    QCOMPARE(mine.first().dueDate, Day.addDays(-10));
    QCOMPARE(mine.first().form, QStringLiteral("chronic_followup"));
    QCOMPARE(mine.first().formRef, reg);
    QVERIFY2(mine.first().reason.contains(QStringLiteral("高血压")) &&
                 mine.first().reason.contains(QStringLiteral("2026-06-05")),
             qPrintable(mine.first().reason));
    QCOMPARE(mine.first().statusText(Day), QStringLiteral("逾期 10 天"));
    QCOMPARE(mine.first().name, QStringLiteral("王建国"));
    // Due this week, not overdue.
    auto due = itemsOf(list, later, QStringLiteral("chronic"));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().daysOverdue, 0);
    QCOMPARE(due.first().statusText(Day), QStringLiteral("4 天后到期"));
    QCOMPARE(list.counts.first().source, QStringLiteral("chronic"));
    QCOMPARE(list.counts.first().items, 2);
    QCOMPARE(list.counts.first().overdue, 1);

    // The follow-up is recorded on the day: he leaves the list.
    ChronicFollowup f;
    f.registrationId = reg;
    f.visitDate = Day;
    f.mode = 1;
    f.sbp = 132;
    f.dbp = 84;
    f.heartRate = 70;
    QVERIFY(ChronicRepository(m_conn).record(m_scope, f).ok());
    list = build();
    QVERIFY(itemsOf(list, id).isEmpty());
    QCOMPARE(itemsOf(list, later).size(), 1);
}

void TestDailyWorklist::deceasedLeaveFromTheirDate()
{
    const QString id = hypertensive(QStringLiteral("钱老汉"), QDate(2026, 5, 1));
    QVERIFY(itemsOf(build(), id).size() == 1);
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = "
                                  "'2026-06-01', life_reason = '脑卒中' WHERE id = '%1'")
                       .arg(id)));
    QVERIFY(itemsOf(build(), id).isEmpty());
    QVERIFY(itemsOf(build(QDate(2026, 6, 1)), id).isEmpty());   // from that day
    QCOMPARE(itemsOf(build(QDate(2026, 5, 25)), id).size(), 1); // still alive then
    // Moved away the same: out of every source, not only the chronic one.
    const QString child =
        resident(m_conn, QStringLiteral("小燕"), QDate(2026, 2, 1), QLatin1Char('F'));
    QVERIFY(!itemsOf(build(), child).isEmpty());
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'moved', life_date = "
                                  "'2026-06-10' WHERE id = '%1'")
                       .arg(child)));
    QVERIFY(itemsOf(build(), child).isEmpty());
}

void TestDailyWorklist::childDueDosesAsThePlannerSays()
{
    const QString child = resident(m_conn, QStringLiteral("小明"), QDate(2026, 4, 10));
    // Given at birth elsewhere: hepatitis B and BCG.
    ImmunizationRepository imm(m_conn);
    for (const QString &v : {QStringLiteral("HepB"), QStringLiteral("BCG")}) {
        VaccineDose d;
        d.residentId = child;
        d.vaccine = v;
        d.givenOn = QDate(2026, 4, 10);
        d.source = QStringLiteral("elsewhere");
        d.clinic = QStringLiteral("县妇幼保健院");
        auto r = imm.recordDose(m_scope, d, Day);
        QVERIFY2(r.ok(), why(r));
    }
    const auto card = imm.child(m_scope, child);
    QVERIFY(card.ok());
    QStringList expected;
    for (const PlannedDose &p : VaccinePlanner().plan(card->facts(), Day).doses)
        if (p.isOpen())
            expected << p.series + QLatin1Char(':') + QString::number(p.dose);
    QVERIFY(!expected.isEmpty());
    QStringList listed;
    for (const WorkItem &i : itemsOf(build(), child, QStringLiteral("immunization"))) {
        listed << i.formRef;
        QCOMPARE(i.form, QStringLiteral("vaccine_dose"));
        QVERIFY(i.reason.contains(QStringLiteral("第")));
    }
    expected.sort();
    listed.sort();
    QCOMPARE(listed, expected);
    QVERIFY(!listed.contains(QStringLiteral("HepB:1"))); // given: not due
}

void TestDailyWorklist::elderlyWithoutCheckThisYear()
{
    HealthRecordRepository records(m_conn);
    auto check = [&](const QString &id, const QDate &on) {
        HealthCheck h;
        h.residentId = id;
        h.checkDate = on;
        h.doctor = QStringLiteral("王医生");
        auto r = records.addHealthCheck(m_scope, h, true);
        QVERIFY2(r.ok(), why(r));
    };
    const QString never = resident(m_conn, QStringLiteral("周大爷"), QDate(1960, 3, 1));
    const QString checked =
        resident(m_conn, QStringLiteral("吴奶奶"), QDate(1959, 8, 8), QLatin1Char('F'));
    check(checked, QDate(2026, 2, 10));
    const QString dueThisWeek = resident(m_conn, QStringLiteral("郑大爷"), QDate(1958, 1, 5));
    check(dueThisWeek, QDate(2025, 6, 18));
    const QString dueLater = resident(m_conn, QStringLiteral("冯大爷"), QDate(1957, 1, 5));
    check(dueLater, QDate(2025, 9, 1));
    const QString young = resident(m_conn, QStringLiteral("陈先生"), QDate(1961, 7, 1)); // 64
    // 65 on 2026-06-20, within the week: due from that birthday.
    const QString turning = resident(m_conn, QStringLiteral("褚先生"), QDate(1961, 6, 20));

    const DailyWorklist list = build();
    auto n = itemsOf(list, never, QStringLiteral("elderly_check"));
    QCOMPARE(n.size(), 1);
    QCOMPARE(n.first().dueDate, QDate(2026, 1, 1));
    QCOMPARE(n.first().daysOverdue, int(QDate(2026, 1, 1).daysTo(Day)));
    QCOMPARE(n.first().form, QStringLiteral("elderly_service"));
    QVERIFY2(n.first().reason.contains(QStringLiteral("无体检记录")), qPrintable(n.first().reason));
    QVERIFY(itemsOf(list, checked, QStringLiteral("elderly_check")).isEmpty());
    auto w = itemsOf(list, dueThisWeek, QStringLiteral("elderly_check"));
    QCOMPARE(w.size(), 1);
    QCOMPARE(w.first().dueDate, QDate(2026, 6, 18));
    QCOMPARE(w.first().daysOverdue, 0);
    QVERIFY2(w.first().reason.contains(QStringLiteral("2025-06-18")), qPrintable(w.first().reason));
    QVERIFY(itemsOf(list, dueLater, QStringLiteral("elderly_check")).isEmpty());
    // The TCM assessment is once a calendar year: due from 1 January for every 65+ without one.
    auto tcm = itemsOf(list, dueLater, QStringLiteral("tcm_elderly"));
    QCOMPARE(tcm.size(), 1);
    QCOMPARE(tcm.first().dueDate, QDate(2026, 1, 1));
    QCOMPARE(tcm.first().form, QStringLiteral("tcm_assessment"));
    QVERIFY(itemsOf(list, young).isEmpty());
    QVERIFY(itemsOf(list, turning).isEmpty()); // 64 on the day
    auto t = itemsOf(build(QDate(2026, 6, 22)), turning, QStringLiteral("elderly_check"));
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().dueDate, QDate(2026, 6, 20));

    // The check is recorded: the item is gone.
    check(never, Day);
    QVERIFY(itemsOf(build(), never, QStringLiteral("elderly_check")).isEmpty());
}

void TestDailyWorklist::womenToBookUntilBooked()
{
    // Found pregnant on 1 June (the 孕产妇 flag), not yet booked: on the list from that day.
    const QString found =
        resident(m_conn, QStringLiteral("蒋女士"), QDate(1996, 4, 2), QLatin1Char('F'));
    KeyPopulation flags(m_conn);
    QVERIFY(flags.setFlag(m_scope, found, QStringLiteral("pregnant"), QDate(2026, 6, 1)));
    // Flagged a year ago (that pregnancy is long over): not listed.
    const QString stale =
        resident(m_conn, QStringLiteral("沈女士"), QDate(1993, 1, 9), QLatin1Char('F'));
    QVERIFY(flags.setFlag(m_scope, stale, QStringLiteral("pregnant"), QDate(2025, 6, 1)));
    // Flagged after the week: not yet.
    const QString later =
        resident(m_conn, QStringLiteral("韩女士"), QDate(1995, 3, 3), QLatin1Char('F'));
    QVERIFY(flags.setFlag(m_scope, later, QStringLiteral("pregnant"), QDate(2026, 6, 25)));

    DailyWorklist list = build();
    auto items = itemsOf(list, found, QStringLiteral("maternal_to_book"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().dueDate, QDate(2026, 6, 1));
    QCOMPARE(items.first().form, QStringLiteral("pregnancy_booking"));
    QVERIFY2(items.first().reason.contains(QStringLiteral("2026-06-01")),
             qPrintable(items.first().reason));
    QVERIFY(itemsOf(list, stale, QStringLiteral("maternal_to_book")).isEmpty());
    QVERIFY(itemsOf(list, later, QStringLiteral("maternal_to_book")).isEmpty());
    // Without maternal.read the source is not offered at all.
    Scope worker = m_scope;
    worker.allPermissions = false;
    worker.permissions = {QStringLiteral("record.read"), QStringLiteral("chronic.read")};
    QVERIFY(
        itemsOf(build(Day, VillageA, worker), found, QStringLiteral("maternal_to_book")).isEmpty());

    // Booked: she leaves the list (and the prenatal visits take over).
    Pregnancy p;
    p.residentId = found;
    p.lmp = QDate(2026, 5, 1);
    p.bookedOn = QDate(2026, 6, 10);
    auto booked = PregnancyRepository(m_conn).book(m_scope, p);
    QVERIFY2(booked, why(booked));
    QVERIFY(itemsOf(build(), found, QStringLiteral("maternal_to_book")).isEmpty());
    // Booked without a confirmed grade: the doctor is asked to confirm it (due from the booking).
    auto unconfirmed = itemsOf(build(), found, QStringLiteral("maternal_high_risk"));
    QCOMPARE(unconfirmed.size(), 1);
    QCOMPARE(unconfirmed.first().dueDate, QDate(2026, 6, 10));
    // Confirmed orange: a high-risk woman on the list every day; yellow leaves it.
    QVERIFY(PregnancyRepository(m_conn).confirmRisk(m_scope, booked->id, QStringLiteral("orange"),
                                                    false));
    auto high = itemsOf(build(), found, QStringLiteral("maternal_high_risk"));
    QCOMPARE(high.size(), 1);
    QCOMPARE(high.first().dueDate, Day);
    QVERIFY2(high.first().reason.contains(QStringLiteral("橙色")), qPrintable(high.first().reason));
    QVERIFY(PregnancyRepository(m_conn).confirmRisk(m_scope, booked->id, QStringLiteral("yellow"),
                                                    false));
    QVERIFY(itemsOf(build(), found, QStringLiteral("maternal_high_risk")).isEmpty());
}

void TestDailyWorklist::renewalDue()
{
    const TeamIds t = team(m_conn, QStringLiteral("东村团队"), {VillageA});
    const QString ending =
        resident(m_conn, QStringLiteral("孙女士"), QDate(1980, 5, 5), QLatin1Char('F'));
    const QString lapsed = resident(m_conn, QStringLiteral("李先生"), QDate(1982, 5, 5));
    const QString fresh =
        resident(m_conn, QStringLiteral("周女士"), QDate(1984, 5, 5), QLatin1Char('F'));
    ContractRepository contracts(m_conn);
    auto sign = [&](const QString &who, const QDate &on) {
        SignRequest r;
        r.residentId = who;
        r.teamId = t.team;
        r.doctorId = t.doctor;
        r.packageIds = {packageId(m_conn, QStringLiteral("basic"))};
        r.signedOn = on;
        auto c = contracts.sign(m_scope, r);
        if (!c)
            qWarning() << why(c);
        return c ? c->id : QString();
    };
    const QString endingContract = sign(ending, QDate(2025, 7, 1)); // ends 2026-06-30
    const QString lapsedContract = sign(lapsed, QDate(2025, 6, 1)); // ended 2026-05-31
    sign(fresh, QDate(2026, 1, 10));
    const DailyWorklist list = build();
    auto e = itemsOf(list, ending, QStringLiteral("contract_renewal"));
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().formRef, endingContract);
    QCOMPARE(e.first().dueDate, QDate(2026, 6, 30));
    QCOMPARE(e.first().daysOverdue, 0);
    QCOMPARE(e.first().form, QStringLiteral("contract_renewal"));
    auto l = itemsOf(list, lapsed, QStringLiteral("contract_renewal"));
    QCOMPARE(l.size(), 1);
    QCOMPARE(l.first().formRef, lapsedContract);
    QCOMPARE(l.first().daysOverdue, 15);
    QVERIFY(l.first().reason.contains(QStringLiteral("已于 2026-05-31 到期")));
    QVERIFY(itemsOf(list, fresh, QStringLiteral("contract_renewal")).isEmpty());
    // Renewed: gone.
    QVERIFY(contracts.renew(m_scope, endingContract, Day).ok());
    QVERIFY(itemsOf(build(), ending, QStringLiteral("contract_renewal")).isEmpty());
}

void TestDailyWorklist::contractTasksFoldIntoTheFormThatDoesThem()
{
    const TeamIds t = team(m_conn, QStringLiteral("东村团队"), {VillageA});
    QString reg;
    const QString patient = hypertensive(QStringLiteral("蒋先生"), QDate(2026, 6, 1), &reg);
    SignRequest r;
    r.residentId = patient;
    r.teamId = t.team;
    r.doctorId = t.doctor;
    r.packageIds = {packageId(m_conn, QStringLiteral("basic")),
                    packageId(m_conn, QStringLiteral("chronic"))};
    r.tags = {QStringLiteral("hypertension")};
    r.signedOn = QDate(2025, 12, 1);
    auto c = ContractRepository(m_conn).sign(m_scope, r);
    QVERIFY2(c.ok(), why(c));
    const qint64 openFollowupTasks =
        scalar(m_conn,
               QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id = ? AND kind = "
                              "'hypertension_followup' AND status = 'open' AND due_on <= ?"),
               {c->id, QStringLiteral("2026-06-21")});
    QVERIFY2(openFollowupTasks >= 1, "the chronic package promises a follow-up by June");
    const qint64 otherTasks = scalar(
        m_conn,
        QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id = ? AND kind NOT IN "
                       "('hypertension_followup', 'annual_check') AND status = 'open' AND "
                       "due_on <= ?"),
        {c->id, QStringLiteral("2026-06-21")});

    const DailyWorklist list = build();
    auto chronic = itemsOf(list, patient, QStringLiteral("chronic"));
    QCOMPARE(chronic.size(), 1);
    QVERIFY2(chronic.first().alsoDone.contains(QStringLiteral("高血压随访")),
             qPrintable(chronic.first().fullReason()));
    QVERIFY(chronic.first().fullReason().contains(QStringLiteral("同时完成签约服务")));
    // No second line that opens the same follow-up form.
    int followupForms = 0, taskForms = 0;
    for (const WorkItem &i : itemsOf(list, patient)) {
        followupForms += i.form == QLatin1String("chronic_followup");
        taskForms += i.form == QLatin1String("contract_task");
    }
    QCOMPARE(followupForms, 1);
    QCOMPARE(taskForms, int(otherTasks));
}

void TestDailyWorklist::routeOrder()
{
    // 65 and over without a check: each of them is on the list.
    auto head = [&](const QString &name, const QString &address) {
        Resident r;
        r.name = name;
        r.sex = QLatin1Char('M');
        r.birthDate = QDate(1950, 1, 1);
        r.villageCode = VillageA;
        r.phone = r.relation = QStringLiteral("");
        r.address = address;
        auto c = ResidentRepository(m_conn).create(m_scope, r, true);
        if (!c)
            qWarning() << why(c);
        return *c;
    };
    const Resident noGroup = head(QStringLiteral("甲"), QStringLiteral("东村桥头"));
    const Resident g10 = head(QStringLiteral("乙"), QStringLiteral("东村10组1号"));
    const Resident g2h12 = head(QStringLiteral("丙"), QStringLiteral("东村2组12号"));
    const Resident g2h5 = head(QStringLiteral("丁"), QStringLiteral("东村二组5号"));
    Resident wife;
    wife.name = QStringLiteral("阿丁");
    wife.sex = QLatin1Char('F');
    wife.birthDate = QDate(1952, 1, 1);
    wife.villageCode = VillageA;
    wife.phone = wife.address = QStringLiteral("");
    wife.householdId = g2h5.householdId;
    wife.relation = QStringLiteral("10");
    QVERIFY(ResidentRepository(m_conn).create(m_scope, wife).ok());
    QStringList names;
    for (const WorkItem &i : build().items)
        if (names.isEmpty() || names.last() != i.name)
            names << i.name;
    QCOMPARE(names, (QStringList{QStringLiteral("丁"), QStringLiteral("阿丁"), QStringLiteral("丙"),
                                 QStringLiteral("乙"), QStringLiteral("甲")}));
    const QJsonObject json = build().toJson();
    const QJsonArray households = json.value(QStringLiteral("households")).toArray();
    QCOMPARE(households.size(), 4);
    const QJsonObject first = households.first().toObject();
    QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("二组"));
    QCOMPARE(first.value(QStringLiteral("head")).toString(), QStringLiteral("丁"));
    // Each of the two has the annual check and the TCM assessment to do.
    QCOMPARE(first.value(QStringLiteral("items")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), 10);
}

void TestDailyWorklist::scopeAndPermissions()
{
    const QString here = hypertensive(QStringLiteral("东村病人"), QDate(2026, 6, 1));
    const QString there =
        resident(m_conn, QStringLiteral("西村老人"), QDate(1950, 1, 1), QLatin1Char('M'), VillageB);
    Scope doctor;
    doctor.userId = QStringLiteral("cunyi");
    doctor.role = QStringLiteral("village_doctor");
    doctor.allVillages = false;
    doctor.villages = {VillageA};
    doctor.allPermissions = false;
    doctor.permissions = {QStringLiteral("resident.read"),     QStringLiteral("chronic.read"),
                          QStringLiteral("immunization.read"), QStringLiteral("record.read"),
                          QStringLiteral("contract.read"),     QStringLiteral("maternal.read")};
    const DailyWorklist all = build(Day, QString(), doctor);
    QVERIFY(!itemsOf(all, here).isEmpty());
    QVERIFY(itemsOf(all, there).isEmpty());
    QVERIFY(!itemsOf(build(Day, QString()), there).isEmpty()); // the administrator sees it
    WorklistRequest r;
    r.area = VillageB;
    r.date = Day;
    auto refused = buildDailyWorklist(m_conn, doctor, r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("scope.denied"));
    QCOMPARE(refused.error().field, QStringLiteral("village"));
    // Without chronic.read the chronic source is left out and named.
    doctor.permissions.removeAll(QStringLiteral("chronic.read"));
    const DailyWorklist less = build(Day, VillageA, doctor);
    QVERIFY(itemsOf(less, here, QStringLiteral("chronic")).isEmpty());
    QVERIFY(less.notShown.contains(QStringLiteral("慢病随访")));
    QVERIFY(!all.notShown.contains(QStringLiteral("慢病随访")));
    // A village doctor has no mental.read: those sources are left out and named.
    QVERIFY(all.notShown.contains(QStringLiteral("严重精神障碍随访")));
    // A bad village code is refused at the field.
    r.area = QStringLiteral("4301");
    auto bad = buildDailyWorklist(m_conn, m_scope, r);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("village"));
}

void TestDailyWorklist::clinicQueueFirst()
{
    hypertensive(QStringLiteral("王先生"), QDate(2026, 6, 1));
    WorklistRequest r;
    r.area = VillageA;
    r.date = Day;
    r.queue = {{QStringLiteral("unsent"), QStringLiteral("有 3 条记录的修改尚未上传到平台"), {}},
               {QStringLiteral("conflict"), QStringLiteral("同步冲突：王先生"),
                QStringLiteral("resident/x")}};
    auto list = buildDailyWorklist(m_conn, m_scope, r);
    QVERIFY(list.ok());
    QVERIFY(list->items.size() > 2);
    QVERIFY(list->items.at(0).isQueue() && list->items.at(1).isQueue());
    QCOMPARE(list->items.at(1).form, QStringLiteral("sync_queue"));
    QCOMPARE(list->items.at(1).formRef, QStringLiteral("resident/x"));
    QVERIFY(!list->items.at(2).isQueue());
    QCOMPARE(list->counts.last().source, QStringLiteral("clinic_queue"));
    QCOMPARE(list->counts.last().items, 2);
    QCOMPARE(list->toJson().value(QStringLiteral("queue")).toArray().size(), 2);
}

// A programme that lands later adds an entry with a query: no code. Here a tuberculosis
// follow-up for residents flagged "tb"; the population on the day holds for it too.
void TestDailyWorklist::programmePlugsInByData()
{
    const QByteArray tb = R"json({"sources": [{
        "id": "tb_followup", "programme": {"zh": "肺结核随访", "en": "TB follow-up"},
        "permission": "record.read", "kind": "followup", "form": "tb_followup",
        "params": {"interval_days": 28},
        "query": "SELECT r.id AS resident_id, date(f.since, '+' || :interval_days || ' days') AS due_date, 'since' AS reason_key, f.since AS since FROM resident r JOIN resident_flag f ON f.resident_id = r.id AND f.flag = 'tb' AND f.deleted = 0 WHERE {population} AND date(f.since, '+' || :interval_days || ' days') <= :week_end",
        "reasons": {"since": {"zh": "肺结核患者督导随访（登记于 {since}）", "en": "TB visit (since {since})"}}
    }]})json";
    auto defs = WorklistSources::parse(tb);
    QVERIFY2(defs.ok(), why(defs));
    const QString patient = resident(m_conn, QStringLiteral("结核病人"), QDate(1975, 1, 1));
    const QString gone = resident(m_conn, QStringLiteral("已故病人"), QDate(1975, 1, 1));
    const QString elsewhere =
        resident(m_conn, QStringLiteral("西村病人"), QDate(1975, 1, 1), QLatin1Char('M'), VillageB);
    QSqlQuery q(db(m_conn));
    for (const QString &id : {patient, gone, elsewhere})
        QVERIFY(q.exec(QStringLiteral("INSERT INTO resident_flag(id, resident_id, flag, since,"
                                      " created_at, updated_at, updated_by) VALUES('%1', '%2', "
                                      "'tb', '2026-05-01', 'x', 'x', 'x')")
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), id)));
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = "
                                  "'2026-06-10' WHERE id = '%1'")
                       .arg(gone)));
    WorklistRequest r;
    r.area = VillageA;
    r.date = Day;
    r.sources = *defs;
    auto list = buildDailyWorklist(m_conn, m_scope, r);
    QVERIFY2(list.ok(), why(list));
    QCOMPARE(list->items.size(), 1);
    const WorkItem &i = list->items.first();
    QCOMPARE(i.residentId, patient);
    QCOMPARE(i.programme, QStringLiteral("肺结核随访"));
    QCOMPARE(i.form, QStringLiteral("tb_followup"));
    QCOMPARE(i.dueDate, QDate(2026, 5, 29));
    QCOMPARE(i.daysOverdue, 17);
    QCOMPARE(i.reason, QStringLiteral("肺结核患者督导随访（登记于 2026-05-01）"));
}

void TestDailyWorklist::definitionsAreValidated_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray ok =
        R"("programme": {"zh": "X"}, "permission": "record.read", "kind": "k", "form": "f", "reasons": {"default": {"zh": "x"}})";
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no sources") << QByteArray(R"({"sources": []})");
    QTest::newRow("no population")
        << (R"({"sources": [{"id": "a", "query": "SELECT r.id AS resident_id, :date AS due_date FROM resident r", )" +
            ok + "}]}");
    QTest::newRow("not a select")
        << (R"({"sources": [{"id": "a", "query": "DELETE FROM resident WHERE {population}", )" +
            ok + "}]}");
    QTest::newRow("unknown class") << QByteArray(
        R"({"sources": [{"id": "a", "class": "nope", "programme": {"zh": "X"}, "permission": "record.read"}]})");
    QTest::newRow("class and query")
        << (R"({"sources": [{"id": "a", "class": "chronic_followup", "query": "SELECT 1 WHERE {population}", )" +
            ok + "}]}");
    QTest::newRow("duplicate id") << QByteArray(
        R"({"sources": [{"id": "a", "class": "chronic_followup", "programme": {"zh": "X"}, "permission": "chronic.read"},)"
        R"({"id": "a", "class": "vaccine_dose", "programme": {"zh": "Y"}, "permission": "immunization.read"}]})");
    QTest::newRow("no permission") << QByteArray(
        R"({"sources": [{"id": "a", "class": "chronic_followup", "programme": {"zh": "X"}}]})");
    QTest::newRow("no reasons") << QByteArray(
        R"({"sources": [{"id": "a", "query": "SELECT r.id FROM resident r WHERE {population}", "programme": {"zh": "X"}, "permission": "record.read", "kind": "k", "form": "f"}]})");
}

void TestDailyWorklist::definitionsAreValidated()
{
    QFETCH(QByteArray, json);
    auto r = WorklistSources::parse(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("worklist.sources"));
    QVERIFY(WorklistSources::definitions().ok()); // the shipped file is valid
}

void TestDailyWorklist::addressParts_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("house");
    QTest::newRow("digits") << QStringLiteral("东村3组12号") << 3 << 12;
    QTest::newRow("chinese") << QStringLiteral("东村三组") << 3 << -1;
    QTest::newRow("twelve") << QStringLiteral("十二组7号") << 12 << 7;
    QTest::newRow("twenty-one") << QStringLiteral("西村二十一组") << 21 << -1;
    QTest::newRow("team") << QStringLiteral("红星4队18号") << 4 << 18;
    QTest::newRow("street") << QStringLiteral("幸福路8号") << -1 << 8;
    QTest::newRow("empty") << QString() << -1 << -1;
}

void TestDailyWorklist::addressParts()
{
    QFETCH(QString, address);
    QFETCH(int, group);
    QFETCH(int, house);
    QCOMPARE(addressGroup(address), group);
    QCOMPARE(addressHouse(address), house);
}

void TestDailyWorklist::tableModel()
{
    const QString a = hypertensive(QStringLiteral("王建国"), QDate(2026, 6, 1));
    hypertensive(QStringLiteral("李明"), QDate(2026, 6, 19));
    resident(m_conn, QStringLiteral("周大爷"), QDate(1950, 3, 1));
    WorkItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DailyWorklist list = build();
    const int all = int(list.items.size());
    QVERIFY(all >= 3);
    model.setList(list);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(model.columnCount(), int(WorkItemModel::ColumnCount));
    const int row = model.rowOfResident(a, QStringLiteral("chronic"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, WorkItemModel::Status).data().toString(),
             QStringLiteral("逾期 14 天"));
    QCOMPARE(model.index(row, WorkItemModel::Resident).data().toString(), QStringLiteral("王建国"));
    QCOMPARE(model.index(row, 0).data(WorkItemModel::FormRole).toString(),
             QStringLiteral("chronic_followup"));
    QVERIFY(model.index(row, 0).data(WorkItemModel::OverdueRole).toBool());
    QVERIFY(model.index(0, 0).data(WorkItemModel::HouseholdFirstRole).toBool());
    for (int r = 1; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(WorkItemModel::ResidentFirstRole).toBool(),
                 model.item(r).residentId != model.item(r - 1).residentId);
    model.setFilter(QStringLiteral("chronic"), false);
    QCOMPARE(model.rowCount(), 2);
    model.setFilter(QString(), true);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.item(r).overdue());
    QVERIFY(model.rowCount() < all);
}

// A demo township in a database file (the threaded list needs a file), open as `conn`.
static bool demoFile(const QTemporaryDir &dir, const QString &conn, const QString &path,
                     int residents, quint64 seed)
{
    DemoOptions o;
    o.residents = residents;
    o.seed = seed;
    return dir.isValid() && openDatabase(conn, path).ok() &&
           DemoGenerator::generate(conn, Scope::administrator(), o).ok();
}

// With the database file named, a list of several villages runs its sources on threads with
// connections of their own: the same list as one connection gives.
void TestDailyWorklist::sourcesSideBySideGiveTheSameList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const QString conn = QStringLiteral("sideBySide");
    QVERIFY(demoFile(dir, conn, path, 1200, 9));
    WorklistRequest r;
    r.date = QDate::currentDate();
    auto serial = buildDailyWorklist(conn, m_scope, r);
    QVERIFY2(serial.ok(), why(serial));
    QVERIFY(serial->items.size() > 50);
    r.databasePath = path;
    auto parallel = buildDailyWorklist(conn, m_scope, r);
    QVERIFY2(parallel.ok(), why(parallel));
    QCOMPARE(parallel->toJson(), serial->toJson());
    // Cancelled: an error, not half a list.
    std::atomic_bool cancel{true};
    r.cancel = &cancel;
    auto stopped = buildDailyWorklist(conn, m_scope, r);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, QStringLiteral("worklist.cancelled"));
    closeDatabase(conn);
}

// A township's list reads each source once over the range of its villages' codes: it holds
// exactly the items of its villages' own lists (read one village at a time), for the whole
// township and for a village doctor who sees two of its villages.
void TestDailyWorklist::townshipIsItsVillages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("township.db"));
    const QString conn = QStringLiteral("township");
    QVERIFY(demoFile(dir, conn, path, 1500, 11));
    QStringList villages;
    {
        QSqlQuery q(QSqlDatabase::database(conn));
        QVERIFY(
            q.exec(QStringLiteral("SELECT code FROM area WHERE level = 'village' ORDER BY code")));
        while (q.next())
            villages << q.value(0).toString();
    }
    QVERIFY(villages.size() >= 3);
    const QString township = villages.first().left(9);
    const auto keys = [](const DailyWorklist &l) {
        QStringList out;
        for (const WorkItem &i : l.items)
            out << i.source + u'|' + i.residentId + u'|' + i.formRef + u'|' +
                       i.dueDate.toString(Qt::ISODate) + u'|' + i.reason;
        out.sort();
        return out;
    };
    for (const bool doctor : {false, true}) {
        Scope scope = m_scope;
        QStringList seen = villages;
        if (doctor) {
            scope.allVillages = false;
            scope.villages = {villages.at(0), villages.at(2)};
            seen = scope.villages;
        }
        WorklistRequest r;
        r.date = QDate::currentDate();
        r.databasePath = path;
        QStringList byVillage;
        for (const QString &v : std::as_const(seen)) {
            r.area = v;
            auto one = buildDailyWorklist(conn, scope, r);
            QVERIFY2(one.ok(), why(one));
            byVillage << keys(*one);
        }
        byVillage.sort();
        r.area = township;
        auto whole = buildDailyWorklist(conn, scope, r);
        QVERIFY2(whole.ok(), why(whole));
        QVERIFY(whole->items.size() > 50);
        // Fold and route order are per resident: the same items, whichever way read.
        QCOMPARE(keys(*whole), byVillage);
        for (const WorkItem &i : whole->items)
            QVERIFY(seen.contains(i.villageCode));
    }
    closeDatabase(conn);
}

QTEST_GUILESS_MAIN(TestDailyWorklist)
#include "tst_dailyworklist.moc"
