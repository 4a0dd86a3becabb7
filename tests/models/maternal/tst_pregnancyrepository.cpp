// PregnancyRepository on a real SQLite file: booking with the EDD and the proposed risk colour,
// the doctor's confirmation, prenatal visits (and the 督促 date), the birth creating the newborn
// in the mother's household in one transaction, the 42-day check closing the pregnancy, the
// maternal.read permission, village scope and the outbox/audit entries.
#include "contractfixture.h"
#include "database.h"
#include "dbaccess.h"
#include "pregnancydates.h"
#include "pregnancyrepository.h"
#include "residentrepository.h"
#include "riskscreen.h"
#include "timeline.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace ContractFixture;

class TstPregnancyRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { closeDatabase(m_conn); }

    void bookComputesDatesAndRisk();
    void bookRefusesWithTheField();
    void confirmRisk();
    void visitsAndUrgedDate();
    void birthCreatesNewbornInHousehold();
    void birthIsOneTransaction();
    void check42Closes();
    void permissionAndScope();
    void timelineOnlyWithPermission();
    void riskScreenColours_data();
    void riskScreenColours();

private:
    int count(const QString &sql) const;
    Pregnancy booking(const QDate &lmp) const;
    QTemporaryDir m_dir;
    QString m_conn;
    QString m_mother;
    Scope m_admin = Scope::administrator();
};

void TstPregnancyRepository::init()
{
    m_conn = QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(openDatabase(m_conn, m_dir.filePath(m_conn + QStringLiteral(".db"))).ok());
    QVERIFY(addAreas(m_conn));
    m_mother = resident(m_conn, QStringLiteral("李秀英"), QDate::currentDate().addYears(-37),
                        QLatin1Char('F'), VillageA, {}, true);
    QVERIFY(!m_mother.isEmpty());
}

int TstPregnancyRepository::count(const QString &sql) const
{
    QSqlQuery q(db(m_conn));
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

Pregnancy TstPregnancyRepository::booking(const QDate &lmp) const
{
    Pregnancy p;
    p.residentId = m_mother;
    p.lmp = lmp;
    p.bookedOn = QDate::currentDate();
    p.gravidity = 2;
    p.parity = 1;
    p.bookingForm =
        QJsonObject{{QStringLiteral("screen"), QJsonObject{{QStringLiteral("bmi"), 22.0},
                                                           {QStringLiteral("sbp"), 118},
                                                           {QStringLiteral("dbp"), 76},
                                                           {QStringLiteral("hb"), 104}}}};
    return p;
}

void TstPregnancyRepository::bookComputesDatesAndRisk()
{
    const QDate today = QDate::currentDate();
    auto p = PregnancyRepository(m_conn).book(m_admin, booking(today.addDays(-84)));
    QVERIFY2(p, why(p));
    QCOMPARE(p->bookingDay, 84);
    QCOMPARE(p->eddRule, QStringLiteral("naegele"));
    QCOMPARE(p->edd, PregnancyDates::eddByRule(today.addDays(-84), QStringLiteral("naegele")));
    // age 37 (≥35) and Hb 104 (<110): yellow, not yet confirmed
    QCOMPARE(p->riskProposed, QStringLiteral("yellow"));
    QCOMPARE(p->riskReasons.size(), 2);
    QVERIFY(p->riskGrade.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'pregnancy'")), 1);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'pregnancy'")) >=
            1);
    // one open pregnancy per woman
    auto again = PregnancyRepository(m_conn).book(m_admin, booking(today.addDays(-80)));
    QVERIFY(!again);
    QCOMPARE(again.error().field, QStringLiteral("resident"));
    // an ultrasound date overrides
    const QString other =
        resident(m_conn, QStringLiteral("王芳"), today.addYears(-26), QLatin1Char('F'));
    Pregnancy u = booking(today.addDays(-70));
    u.residentId = other;
    u.ultrasoundEdd = today.addDays(-70).addDays(284);
    auto b = PregnancyRepository(m_conn).book(m_admin, u);
    QVERIFY2(b, why(b));
    QCOMPARE(b->eddRule, QStringLiteral("ultrasound"));
    QCOMPARE(b->bookingDay, 66);
}

void TstPregnancyRepository::bookRefusesWithTheField()
{
    const QDate today = QDate::currentDate();
    Pregnancy p = booking(today.addDays(1));
    QCOMPARE(PregnancyRepository(m_conn).book(m_admin, p).error().field, QStringLiteral("lmp"));
    p = booking(today.addDays(-400));
    QCOMPARE(PregnancyRepository(m_conn).book(m_admin, p).error().field, QStringLiteral("lmp"));
    p = booking(today.addDays(-60));
    p.parity = 2;
    QCOMPARE(PregnancyRepository(m_conn).book(m_admin, p).error().field, QStringLiteral("parity"));
    const QString man = resident(m_conn, QStringLiteral("张伟"), today.addYears(-30));
    p = booking(today.addDays(-60));
    p.residentId = man;
    QCOMPARE(PregnancyRepository(m_conn).book(m_admin, p).error().field,
             QStringLiteral("resident"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pregnancy")), 0);
}

void TstPregnancyRepository::confirmRisk()
{
    auto p = PregnancyRepository(m_conn).book(m_admin, booking(QDate::currentDate().addDays(-60)));
    QVERIFY(p);
    auto c =
        PregnancyRepository(m_conn).confirmRisk(m_admin, p->id, QStringLiteral("orange"), true);
    QVERIFY2(c, why(c));
    auto back = PregnancyRepository(m_conn).pregnancy(m_admin, p->id);
    QCOMPARE(back->riskGrade, QStringLiteral("orange"));
    QVERIFY(back->riskInfectious);
    QCOMPARE(back->riskConfirmedBy, m_admin.userId);
    QVERIFY(
        !PregnancyRepository(m_conn).confirmRisk(m_admin, p->id, QStringLiteral("blue"), false));
}

void TstPregnancyRepository::visitsAndUrgedDate()
{
    const QDate today = QDate::currentDate();
    Pregnancy b = booking(today.addDays(-150));
    b.bookedOn = today.addDays(-70);
    auto p = PregnancyRepository(m_conn).book(m_admin, b);
    QVERIFY2(p, why(p));
    MaternalVisit v;
    v.pregnancyId = p->id;
    v.kind = QStringLiteral("prenatal");
    v.visitNo = 2;
    v.visitDate = today.addDays(-20); // day 130 = 18+4
    v.classification = QStringLiteral("normal");
    auto r = PregnancyRepository(m_conn).recordVisit(m_admin, v);
    QVERIFY2(r, why(r));
    QCOMPARE(r->gestationalDay, 130);
    MaternalVisit urged;
    urged.pregnancyId = p->id;
    urged.kind = QStringLiteral("prenatal");
    urged.visitNo = 3;
    urged.visitDate = today;
    urged.urgedOnly = true; // 督促: no classification needed
    QVERIFY(PregnancyRepository(m_conn).recordVisit(m_admin, urged));
    v.visitNo = 6;
    QCOMPARE(PregnancyRepository(m_conn).recordVisit(m_admin, v).error().field,
             QStringLiteral("visit_no"));
    v.visitNo = 4;
    v.kind = QStringLiteral("postpartum");
    QCOMPARE(PregnancyRepository(m_conn).recordVisit(m_admin, v).error().field,
             QStringLiteral("visit_date")); // not delivered yet
    auto all = PregnancyRepository(m_conn).visits(m_admin, p->id);
    QCOMPARE(all->size(), 2);
    QVERIFY(all->last().urgedOnly);
}

void TstPregnancyRepository::birthCreatesNewbornInHousehold()
{
    const QDate today = QDate::currentDate();
    auto p = PregnancyRepository(m_conn).book(m_admin, booking(today.addDays(-280)));
    QVERIFY(p);
    BirthRecord b;
    b.deliveredOn = today.addDays(-3);
    b.place = QStringLiteral("县妇幼保健院");
    b.dischargedOn = today.addDays(-1);
    b.babies << Newborn{QString(), QLatin1Char('F'), 3200, 50.0};
    auto ids = PregnancyRepository(m_conn).registerBirth(m_admin, p->id, b);
    QVERIFY2(ids, why(ids));
    QCOMPARE(ids->size(), 1);
    auto child = ResidentRepository(m_conn).findById(m_admin, ids->first());
    QVERIFY(child);
    QCOMPARE(child->name, QStringLiteral("李秀英之女"));
    QCOMPARE(child->birthDate, b.deliveredOn);
    QCOMPARE(child->householdId, householdOf(m_conn, m_mother));
    QCOMPARE(child->relation, QStringLiteral("30")); // the mother heads the household
    QVERIFY(child->idNumber.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT birth_weight_g FROM pregnancy_child")), 3200);
    auto back = PregnancyRepository(m_conn).pregnancy(m_admin, p->id);
    QCOMPARE(back->deliveredOn, b.deliveredOn);
    QVERIFY(back->isOpen()); // open until the 42-day check
    QCOMPARE(PregnancyRepository(m_conn).registerBirth(m_admin, p->id, b).error().field,
             QStringLiteral("delivered_on"));
}

// A failing second baby (bad sex is refused before; here a bad birth weight) leaves nothing:
// neither resident nor the delivery.
void TstPregnancyRepository::birthIsOneTransaction()
{
    const QDate today = QDate::currentDate();
    auto p = PregnancyRepository(m_conn).book(m_admin, booking(today.addDays(-270)));
    QVERIFY(p);
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM resident"));
    // a trigger makes the second newborn's link fail after the first resident was written
    QSqlQuery t(db(m_conn));
    QVERIFY(t.exec(QStringLiteral("CREATE TEMP TRIGGER fail_second BEFORE INSERT ON pregnancy_child"
                                  " WHEN (SELECT COUNT(*) FROM pregnancy_child) >= 1"
                                  " BEGIN SELECT RAISE(ABORT, 'test'); END")));
    BirthRecord b;
    b.deliveredOn = today.addDays(-2);
    b.babies << Newborn{QString(), QLatin1Char('M'), 2500, 0}
             << Newborn{QString(), QLatin1Char('M'), 2400, 0};
    QVERIFY(!PregnancyRepository(m_conn).registerBirth(m_admin, p->id, b));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM resident")), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pregnancy_child")), 0);
    QVERIFY(!PregnancyRepository(m_conn).pregnancy(m_admin, p->id)->deliveredOn.isValid());
    QVERIFY(t.exec(QStringLiteral("DROP TRIGGER fail_second")));
    auto ok = PregnancyRepository(m_conn).registerBirth(m_admin, p->id, b);
    QVERIFY2(ok, why(ok));
    QCOMPARE(ResidentRepository(m_conn).findById(m_admin, ok->at(1))->name,
             QStringLiteral("李秀英之男二"));
}

void TstPregnancyRepository::check42Closes()
{
    const QDate today = QDate::currentDate();
    Pregnancy early = booking(today.addDays(-300));
    early.bookedOn = today.addDays(-250);
    auto p = PregnancyRepository(m_conn).book(m_admin, early);
    QVERIFY2(p, why(p));
    BirthRecord b;
    b.deliveredOn = today.addDays(-42);
    b.dischargedOn = today.addDays(-39);
    b.babies << Newborn{QStringLiteral("张小宝"), QLatin1Char('M'), 3400, 51};
    QVERIFY(PregnancyRepository(m_conn).registerBirth(m_admin, p->id, b));
    MaternalVisit pp;
    pp.pregnancyId = p->id;
    pp.kind = QStringLiteral("postpartum");
    pp.visitDate = today.addDays(-35);
    pp.classification = QStringLiteral("normal");
    QVERIFY(PregnancyRepository(m_conn).recordVisit(m_admin, pp));
    MaternalVisit c;
    c.pregnancyId = p->id;
    c.kind = QStringLiteral("check42");
    c.visitDate = today;
    c.classification = QStringLiteral("recovered");
    QCOMPARE(PregnancyRepository(m_conn).recordVisit(m_admin, c).error().field,
             QStringLiteral("disposition"));
    c.disposition = QStringLiteral("closed");
    QVERIFY(PregnancyRepository(m_conn).recordVisit(m_admin, c));
    auto back = PregnancyRepository(m_conn).pregnancy(m_admin, p->id);
    QCOMPARE(back->closedOn, today);
    QVERIFY(!PregnancyRepository(m_conn).recordVisit(m_admin, pp));
}

void TstPregnancyRepository::permissionAndScope()
{
    auto p = PregnancyRepository(m_conn).book(m_admin, booking(QDate::currentDate().addDays(-60)));
    QVERIFY(p);
    Scope worker;
    worker.userId = QStringLiteral("vhw");
    worker.allPermissions = false;
    worker.permissions = {QStringLiteral("resident.read"), QStringLiteral("record.read")};
    auto denied = PregnancyRepository(m_conn).pregnancy(worker, p->id);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, QStringLiteral("scope.forbidden"));
    QVERIFY(!PregnancyRepository(m_conn).pregnanciesOf(worker, m_mother));
    Scope other;
    other.allVillages = false;
    other.villages = {VillageB};
    QVERIFY(!PregnancyRepository(m_conn).pregnancy(other, p->id));
    Scope reader;
    reader.allPermissions = false;
    reader.permissions = {QStringLiteral("maternal.read")};
    QVERIFY(PregnancyRepository(m_conn).pregnancy(reader, p->id));
    QVERIFY(!PregnancyRepository(m_conn).confirmRisk(reader, p->id, QStringLiteral("red"), false));
}

// The resident timeline shows the pregnancy only to a reader with maternal.read.
void TstPregnancyRepository::timelineOnlyWithPermission()
{
    QVERIFY(PregnancyRepository(m_conn).book(m_admin, booking(QDate::currentDate().addDays(-60))));
    auto kinds = [&](const Scope &s) {
        QStringList out;
        auto t = Timeline::load(m_conn, s, m_mother);
        if (t)
            for (const TimelineEntry &e : *t)
                out << e.kind;
        return out;
    };
    QVERIFY(kinds(m_admin).contains(QStringLiteral("pregnancy")));
    Scope worker;
    worker.allPermissions = false;
    worker.permissions = {QStringLiteral("resident.read"), QStringLiteral("record.read")};
    QVERIFY(!kinds(worker).isEmpty()); // the record itself (建档)
    QVERIFY(!kinds(worker).contains(QStringLiteral("pregnancy")));
    // The header: 孕8周+4天 and 妊娠风险待确认 (yellow proposed, not confirmed), for maternal.read.
    auto mother = ResidentRepository(m_conn).findById(m_admin, m_mother);
    QVERIFY(mother);
    auto texts = [&](const Scope &s) {
        QStringList out;
        if (auto b = Timeline::badges(m_conn, s, *mother))
            for (const Badge &badge : *b)
                out << badge.text;
        return out;
    };
    const QString weeks =
        QStringLiteral("孕") +
        PregnancyDates::ageOn(QDate::currentDate().addDays(-60), QDate::currentDate()).text();
    QVERIFY2(texts(m_admin).contains(weeks), qPrintable(texts(m_admin).join(QLatin1Char(' '))));
    QVERIFY(texts(m_admin).contains(QStringLiteral("妊娠风险待确认")));
    QVERIFY(!texts(worker).contains(weeks));
    QVERIFY(!texts(worker).contains(QStringLiteral("妊娠风险待确认")));
}

// The booking screen's colours from resources/rules/maternal_risk.json.
void TstPregnancyRepository::riskScreenColours_data()
{
    QTest::addColumn<QJsonObject>("facts");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("infectious");
    QTest::newRow("nothing") << QJsonObject{{"age", 28}, {"bmi", 22.0}, {"hb", 125}} << "green"
                             << false;
    QTest::newRow("age 35") << QJsonObject{{"age", 35}} << "yellow" << false;
    QTest::newRow("age 34") << QJsonObject{{"age", 34}} << "green" << false;
    QTest::newRow("age 18") << QJsonObject{{"age", 18}} << "yellow" << false;
    QTest::newRow("age 40") << QJsonObject{{"age", 40}} << "orange" << false;
    QTest::newRow("bmi 25.0") << QJsonObject{{"bmi", 25.0}} << "green" << false;
    QTest::newRow("bmi 25.1") << QJsonObject{{"bmi", 25.1}} << "yellow" << false;
    QTest::newRow("bmi 28") << QJsonObject{{"bmi", 28.0}} << "orange" << false;
    QTest::newRow("bp 140/85") << QJsonObject{{"sbp", 140}, {"dbp", 85}} << "yellow" << false;
    QTest::newRow("bp 165/112") << QJsonObject{{"sbp", 165}, {"dbp", 112}} << "red" << false;
    QTest::newRow("hb 110") << QJsonObject{{"hb", 110}} << "green" << false;
    QTest::newRow("hb 59") << QJsonObject{{"hb", 59}} << "orange" << false;
    QTest::newRow("syphilis") << QJsonObject{{"age", 25}, {"syphilis_positive", 1}} << "green"
                              << true;
    QTest::newRow("hiv and age 41")
        << QJsonObject{{"age", 41}, {"hiv_positive", 1}} << "orange" << true;
}

void TstPregnancyRepository::riskScreenColours()
{
    QFETCH(QJsonObject, facts);
    QFETCH(QString, colour);
    QFETCH(bool, infectious);
    const RiskScreenResult r = RiskScreen::get().screen(facts);
    QCOMPARE(r.colour, colour);
    QCOMPARE(r.infectious, infectious);
    QCOMPARE(r.findings.isEmpty(), colour == QLatin1String("green") && !infectious);
}

QTEST_GUILESS_MAIN(TstPregnancyRepository)
#include "tst_pregnancyrepository.moc"
