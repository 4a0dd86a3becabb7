// Storage of immunization: doses (here and elsewhere), stock lots, health states, certificates,
// the session list and coverage; one transaction with outbox and audit per action.
#include "arearepository.h"
#include "codetable.h"
#include "database.h"
#include "dbaccess.h"
#include "demogenerator.h"
#include "immunizationcoverage.h"
#include "immunizationrepository.h"
#include "residentrepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Models;

namespace {
const QString kCounty = QStringLiteral("430121");
const QString kTownship = QStringLiteral("430121101");
const QString kVillageA = QStringLiteral("430121101201");
const QString kVillageB = QStringLiteral("430121101202");

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(" [") + r.error().field + QStringLiteral("] ") +
                r.error().message + QStringLiteral(" / ") + r.error().detail)
                   .toUtf8();
}
} // namespace

class TstImmunizationRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordDoseWritesRowOutboxAndAudit();
    void expiredLotIsRefused();
    void ruleBreakNeedsAnAuditedOverride();
    void historicalDoseFromElsewhere();
    void badDatesAreRefused();
    void healthStatesChangeThePlan();
    void sessionListAndChildLeavingIt();
    void coverage();
    void scopeAndPermissions();
    void correctionSupersedes();
    void routeAndSiteComeFromTheCodeTables();
    void demoHistoriesAreRealistic();

private:
    QString conn() const { return QStringLiteral("imm"); }
    QString child(const QString &name, const QDate &birth, const QString &village = kVillageA);
    QString lot(const QString &vaccine, const QDate &expiry = QDate::currentDate().addYears(1));
    qint64 scalar(const QString &sql) const;
    const QDate m_today = QDate::currentDate();
};

void TstImmunizationRepository::init()
{
    auto info = openDatabase(conn(), QStringLiteral(":memory:"));
    QVERIFY2(info, why(info));
    AreaRepository areas(conn());
    QVERIFY(areas.add({kCounty, QStringLiteral("示范县"), QStringLiteral("county"), {}}));
    QVERIFY(areas.add({kTownship, QStringLiteral("东山镇"), QStringLiteral("township"), kCounty}));
    QVERIFY(areas.add({kVillageA, QStringLiteral("石桥村"), QStringLiteral("village"), kTownship}));
    QVERIFY(areas.add({kVillageB, QStringLiteral("柳树村"), QStringLiteral("village"), kTownship}));
}

void TstImmunizationRepository::cleanup()
{
    closeDatabase(conn());
}

QString TstImmunizationRepository::child(const QString &name, const QDate &birth,
                                         const QString &village)
{
    Resident r;
    r.name = name;
    r.sex = QLatin1Char('F');
    r.birthDate = birth;
    r.villageCode = village;
    r.phone = QStringLiteral("");
    r.address = QStringLiteral("");
    r.relation = QStringLiteral("");
    auto made = ResidentRepository(conn()).create(Scope::administrator(), r);
    if (!made)
        qWarning() << why(made);
    return made ? made->id : QString();
}

QString TstImmunizationRepository::lot(const QString &vaccine, const QDate &expiry)
{
    VaccineLot l;
    l.vaccine = vaccine;
    l.lotNo = vaccine + QStringLiteral("-L1");
    l.manufacturer = QStringLiteral("北京生物制品研究所");
    l.expiry = expiry;
    auto r = ImmunizationRepository(conn()).addLot(Scope::administrator(), l, m_today);
    if (!r)
        qWarning() << why(r);
    return r ? r->id : QString();
}

qint64 TstImmunizationRepository::scalar(const QString &sql) const
{
    QSqlQuery q(db(conn()));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TstImmunizationRepository::recordDoseWritesRowOutboxAndAudit()
{
    const QString id = child(QStringLiteral("王小丫"), m_today.addMonths(-1));
    const QString lotId = lot(QStringLiteral("HepB"));
    const qint64 outbox = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("HepB");
    d.givenOn = m_today;
    d.lotId = lotId;
    auto r = ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today);
    QVERIFY2(r, why(r));
    QCOMPARE(r->vaccineCode, QStringLiteral("0201"));
    QCOMPARE(r->route, QStringLiteral("IM"));
    QCOMPARE(r->site, QStringLiteral("LA")); // a vaccine_site code, shown as 左上臂
    QCOMPARE(CodeTable::get(QStringLiteral("vaccine_site")).label(r->site),
             QStringLiteral("左上臂"));
    QCOMPARE(CodeTable::get(QStringLiteral("vaccine_route")).label(r->route),
             QStringLiteral("肌内注射"));
    QCOMPARE(r->lotNo, QStringLiteral("HepB-L1"));
    QCOMPARE(r->vaccinator, QStringLiteral("admin"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM immunization_dose")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outbox + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit + 1);
    auto c = ImmunizationRepository(conn()).child(Scope::administrator(), id);
    QVERIFY2(c, why(c));
    QCOMPARE(c->doses.size(), 1);
    QCOMPARE(c->doses.first().manufacturer, QStringLiteral("北京生物制品研究所"));
    // No lot: refused, nothing written.
    d.lotId.clear();
    d.vaccine = QStringLiteral("BCG");
    auto none = ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today);
    QVERIFY(!none);
    QCOMPARE(none.error().field, QStringLiteral("lot"));
    // A lot of another vaccine: refused.
    d.lotId = lotId;
    QCOMPARE(
        ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today).error().field,
        QStringLiteral("lot"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM immunization_dose")), 1);
}

void TstImmunizationRepository::expiredLotIsRefused()
{
    ImmunizationRepository repo(conn());
    VaccineLot old;
    old.vaccine = QStringLiteral("BCG");
    old.lotNo = QStringLiteral("B-OLD");
    old.expiry = m_today.addDays(-1);
    auto refused = repo.addLot(Scope::administrator(), old, m_today);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("expiry"));
    const QString lastDay = lot(QStringLiteral("BCG"), m_today);
    QVERIFY(!lastDay.isEmpty());
    // The stock list offers only lots usable on the day.
    QCOMPARE(repo.lots(Scope::administrator(), QStringLiteral("BCG"), m_today)->size(), 1);
    QCOMPARE(repo.lots(Scope::administrator(), QStringLiteral("BCG"), m_today.addDays(1))->size(),
             0);
    // Used the day after it expired: refused.
    const QString id = child(QStringLiteral("李小明"), m_today.addDays(-5));
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("BCG");
    d.givenOn = m_today.addDays(1);
    d.lotId = lastDay;
    auto r = repo.recordDose(Scope::administrator(), d, m_today.addDays(1));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("dose.expired"));
    QCOMPARE(r.error().field, QStringLiteral("lot"));
    // A duplicate lot number is refused.
    QCOMPARE(
        repo.addLot(
                Scope::administrator(),
                VaccineLot{
                    {}, QStringLiteral("BCG"), {}, {}, QStringLiteral("BCG-L1"), m_today, 0, true},
                m_today)
            .error()
            .field,
        QStringLiteral("lot_no"));
}

void TstImmunizationRepository::ruleBreakNeedsAnAuditedOverride()
{
    const QString id = child(QStringLiteral("赵小花"), m_today.addMonths(-3));
    const QString lotId = lot(QStringLiteral("MMR"));
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("MMR");
    d.givenOn = m_today;
    d.lotId = lotId;
    ImmunizationRepository repo(conn());
    auto refused = repo.recordDose(Scope::administrator(), d, m_today);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("dose.rule"));
    QCOMPARE(refused.error().field, QStringLiteral("override_reason"));
    QVERIFY(refused.error().message.contains(QStringLiteral("8月龄")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM immunization_dose")), 0);
    d.overrideReason = QStringLiteral("麻疹暴发应急接种");
    auto r = repo.recordDose(Scope::administrator(), d, m_today);
    QVERIFY2(r, why(r));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM audit_log WHERE action = 'immunization.override'")),
             1);
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT after_json FROM audit_log WHERE action = 'immunization.override'")) &&
            q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("rule_breaks")));
    QVERIFY(q.value(0).toString().contains(QStringLiteral("麻疹暴发应急接种")));
    // The outbreak dose does not count: MMR 1 is still planned at 8 months.
    auto c = repo.child(Scope::administrator(), id);
    const Plan plan = VaccinePlanner().plan(c->facts(), m_today);
    for (const PlannedDose &p : plan.doses)
        if (p.series == QLatin1String("MMR") && p.dose == 1)
            QCOMPARE(p.status, DoseStatus::Upcoming);
    // An allowed dose stores no override reason even if one was typed.
    const QString hepb = lot(QStringLiteral("HepB"));
    VaccineDose ok{};
    ok.residentId = id;
    ok.vaccine = QStringLiteral("HepB");
    ok.givenOn = m_today;
    ok.lotId = hepb;
    ok.overrideReason = QStringLiteral("无");
    auto stored = repo.recordDose(Scope::administrator(), ok, m_today);
    QVERIFY2(stored, why(stored));
    QVERIFY(stored->overrideReason.isEmpty());
}

void TstImmunizationRepository::historicalDoseFromElsewhere()
{
    const QString id = child(QStringLiteral("孙小宝"), m_today.addYears(-2));
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("0101"); // by vaccine code
    d.givenOn = m_today.addYears(-2);
    d.source = QStringLiteral("elsewhere");
    d.clinic = QStringLiteral("县妇幼保健院");
    d.lotNo = QStringLiteral("B2020");
    auto r = ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today);
    QVERIFY2(r, why(r));
    QCOMPARE(r->vaccine, QStringLiteral("BCG"));
    QCOMPARE(r->vaccineCode, QStringLiteral("0101"));
    // A non-programme combination vaccine counts toward each antigen it contains.
    d.vaccine = QStringLiteral("DTaP-IPV/Hib");
    d.givenOn = m_today.addYears(-2).addMonths(3);
    QVERIFY(ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today));
    auto c = ImmunizationRepository(conn()).child(Scope::administrator(), id);
    const Plan plan = VaccinePlanner().plan(c->facts(), m_today);
    int given = 0;
    for (const PlannedDose &p : plan.doses)
        if (p.status == DoseStatus::Given)
            ++given;
    QCOMPARE(given, 3); // BCG, polio 1, DTP 1
    d.vaccine = QStringLiteral("NOPE");
    QCOMPARE(
        ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today).error().field,
        QStringLiteral("vaccine"));
}

void TstImmunizationRepository::badDatesAreRefused()
{
    const QString id = child(QStringLiteral("周小雨"), m_today.addMonths(-2));
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("HepB");
    d.source = QStringLiteral("elsewhere");
    d.givenOn = m_today.addDays(1);
    QCOMPARE(
        ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today).error().field,
        QStringLiteral("given_on"));
    d.givenOn = m_today.addMonths(-3);
    QCOMPARE(
        ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today).error().field,
        QStringLiteral("given_on"));
    d.givenOn = {};
    QCOMPARE(
        ImmunizationRepository(conn()).recordDose(Scope::administrator(), d, m_today).error().field,
        QStringLiteral("given_on"));
}

void TstImmunizationRepository::healthStatesChangeThePlan()
{
    const QString id = child(QStringLiteral("吴小军"), m_today.addDays(-3));
    ImmunizationRepository repo(conn());
    ImmunizationState st;
    st.residentId = id;
    st.code = QStringLiteral("immunodeficiency");
    auto added = repo.addState(Scope::administrator(), st);
    QVERIFY2(added, why(added));
    st.code = QStringLiteral("martian");
    QCOMPARE(repo.addState(Scope::administrator(), st).error().field, QStringLiteral("code"));
    st.kind = QStringLiteral("refusal");
    st.code = QStringLiteral("JE-L");
    QVERIFY(repo.addState(Scope::administrator(), st));
    auto c = repo.child(Scope::administrator(), id);
    QCOMPARE(c->refusals(), QStringList{QStringLiteral("JE-L")});
    const Plan plan = VaccinePlanner().plan(c->facts(), m_today);
    QCOMPARE(plan.doses.at(3).series, QStringLiteral("BCG"));
    QCOMPARE(plan.doses.at(3).status, DoseStatus::Contraindicated);
    QVERIFY(!repo.checkDose(Scope::administrator(), id, QStringLiteral("BCG"), m_today)->allowed);
    QVERIFY(repo.endState(Scope::administrator(), added->id, m_today));
    c = repo.child(Scope::administrator(), id);
    QVERIFY(repo.checkDose(Scope::administrator(), id, QStringLiteral("BCG"), m_today)->allowed);
}

void TstImmunizationRepository::sessionListAndChildLeavingIt()
{
    const QString a = child(QStringLiteral("甲宝"), m_today.addMonths(-2));
    const QString b = child(QStringLiteral("乙宝"), m_today.addMonths(-2));
    child(QStringLiteral("丙宝"), m_today.addMonths(-2), kVillageB);
    child(QStringLiteral("成人"), m_today.addYears(-30));
    ImmunizationRepository repo(conn());
    auto list = repo.sessionList(Scope::administrator(), kVillageA, m_today);
    QVERIFY2(list, why(list));
    QCOMPARE(list->size(), 2);
    // Give child a every open dose: a leaves the list, b stays.
    for (const PlannedDose &p :
         list->first().residentId == a ? list->first().open : list->last().open) {
        VaccineDose d;
        d.residentId = a;
        d.vaccine = p.vaccine;
        d.givenOn = m_today;
        d.lotId = lot(p.vaccine);
        auto r = repo.recordDose(Scope::administrator(), d, m_today);
        QVERIFY2(r, why(r));
    }
    list = repo.sessionList(Scope::administrator(), kVillageA, m_today);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().residentId, b);
    QCOMPARE(repo.sessionList(Scope::administrator(), {}, m_today).error().field,
             QStringLiteral("village"));
}

void TstImmunizationRepository::coverage()
{
    // Born 14 months before the end of the period: doses at 0, 1, 6, 8, 9 months fall inside a
    // period covering the last 14 months.
    const QDate birth = m_today.addMonths(-14);
    const QString a = child(QStringLiteral("甲宝"), birth);
    const QString b = child(QStringLiteral("乙宝"), birth);
    ImmunizationRepository repo(conn());
    QVERIFY(
        repo.issueCertificate(Scope::administrator(), a, QStringLiteral("NO1"), birth.addDays(3)));
    QCOMPARE(
        repo.issueCertificate(Scope::administrator(), a, QStringLiteral("NO2"), birth.addDays(3))
            .error()
            .code,
        QStringLiteral("certificate.exists"));
    for (const auto &[v, at] :
         QList<QPair<QString, QDate>>{{QStringLiteral("HepB"), birth},
                                      {QStringLiteral("BCG"), birth},
                                      {QStringLiteral("HepB"), birth.addMonths(1)},
                                      {QStringLiteral("HepB"), birth.addMonths(13)}}) {
        VaccineDose d;
        d.residentId = a;
        d.vaccine = v;
        d.givenOn = at;
        d.source = QStringLiteral("elsewhere");
        QVERIFY(repo.recordDose(Scope::administrator(), d, m_today));
    }
    CoverageQuery q;
    q.from = birth;
    q.to = m_today;
    auto r = ImmunizationCoverage(conn()).compute(Scope::administrator(), q);
    QVERIFY2(r, why(r));
    QCOMPARE(r->childrenDue, 2);
    QCOMPARE(r->certified, 1);
    QCOMPARE(r->certificateRate(), 50.0);
    QCOMPARE(r->childrenBehind, 2);
    auto find = [&](const QString &series, int dose) {
        for (const DoseCoverage &d : r->doses)
            if (d.series == series && d.dose == dose)
                return d;
        return DoseCoverage{};
    };
    QCOMPARE(find(QStringLiteral("HepB"), 1).due, 2);
    QCOMPARE(find(QStringLiteral("HepB"), 1).given, 1);
    QCOMPARE(find(QStringLiteral("HepB"), 1).timely, 1);
    QCOMPARE(find(QStringLiteral("HepB"), 3).due, 2);
    QCOMPARE(find(QStringLiteral("HepB"), 3).given, 1);
    QCOMPARE(find(QStringLiteral("HepB"), 3).timely,
             0); // at 13 months: after the 12-month completion age
    QCOMPARE(find(QStringLiteral("MMR"), 1).due, 2);
    QCOMPARE(find(QStringLiteral("MMR"), 1).given, 0);
    QCOMPARE(find(QStringLiteral("MMR"), 2).due, 0);  // scheduled at 18 months: after the period
    QCOMPARE(find(QStringLiteral("JE-I"), 1).due, 0); // the other route is not counted
    const QJsonObject json = r->toJson();
    QCOMPARE(json.value(QStringLiteral("certificate_rate")).toDouble(), 50.0);
    QCOMPARE(json.value(QStringLiteral("behind")).toArray().size(), 2);
}

void TstImmunizationRepository::scopeAndPermissions()
{
    const QString inB = child(QStringLiteral("丙宝"), m_today.addMonths(-2), kVillageB);
    Scope villageA;
    villageA.allVillages = false;
    villageA.villages = {kVillageA};
    ImmunizationRepository repo(conn());
    QCOMPARE(repo.child(villageA, inB).error().code, QStringLiteral("scope.denied"));
    QCOMPARE(repo.sessionList(villageA, kVillageB, m_today).error().code,
             QStringLiteral("scope.denied"));
    auto kids = repo.children(villageA, {}, m_today.addYears(-1), m_today);
    QVERIFY(kids);
    QCOMPARE(kids->size(), 0);
    Scope reader;
    reader.allPermissions = false;
    reader.permissions = {QStringLiteral("immunization.read")};
    QVERIFY(repo.child(reader, inB));
    VaccineDose d;
    d.residentId = inB;
    d.vaccine = QStringLiteral("HepB");
    d.givenOn = m_today;
    d.source = QStringLiteral("elsewhere");
    QCOMPARE(repo.recordDose(reader, d, m_today).error().code, QStringLiteral("scope.forbidden"));
    QCOMPARE(repo.addLot(reader, VaccineLot{}, m_today).error().code,
             QStringLiteral("scope.forbidden"));
}

// Route and site are picked from resources/codes/vaccine_route.json and vaccine_site.json;
// anything else is refused at its field, and an oral vaccine defaults to 口服.
void TstImmunizationRepository::routeAndSiteComeFromTheCodeTables()
{
    const QString id = child(QStringLiteral("路小径"), m_today.addMonths(-3));
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("HepB");
    d.givenOn = m_today;
    d.lotId = lot(QStringLiteral("HepB"));
    d.site = QStringLiteral("左边胳膊");
    ImmunizationRepository repo(conn());
    auto r = repo.recordDose(Scope::administrator(), d, m_today);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("site"));
    d.site = QStringLiteral("RT");
    d.route = QStringLiteral("静脉");
    r = repo.recordDose(Scope::administrator(), d, m_today);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("route"));
    d.route = QStringLiteral("IM");
    r = repo.recordDose(Scope::administrator(), d, m_today);
    QVERIFY2(r, why(r));
    QCOMPARE(CodeTable::get(QStringLiteral("vaccine_site")).label(r->site),
             QStringLiteral("右大腿前外侧"));
    const auto *bopv =
        ScheduleSet::instance().forBirth(m_today.addMonths(-3)).product(QStringLiteral("bOPV"));
    QVERIFY(bopv);
    QCOMPARE(bopv->siteCode(), QStringLiteral("MO"));
    QCOMPARE(CodeTable::get(QStringLiteral("vaccine_site")).label(bopv->siteCode()),
             QStringLiteral("口服"));
}

void TstImmunizationRepository::correctionSupersedes()
{
    const QString id = child(QStringLiteral("钱小宝"), m_today.addMonths(-2));
    ImmunizationRepository repo(conn());
    VaccineDose d;
    d.residentId = id;
    d.vaccine = QStringLiteral("HepB");
    d.givenOn = m_today.addMonths(-2).addDays(1);
    d.source = QStringLiteral("elsewhere");
    auto first = repo.recordDose(Scope::administrator(), d, m_today);
    QVERIFY(first);
    d.givenOn = m_today.addMonths(-2);
    auto fixed = repo.correctDose(Scope::administrator(), first->id, d, m_today);
    QVERIFY2(fixed, why(fixed));
    QCOMPARE(fixed->supersedes, first->id);
    auto c = repo.child(Scope::administrator(), id);
    QCOMPARE(c->doses.size(), 1);
    QCOMPARE(c->doses.first().givenOn, m_today.addMonths(-2));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM immunization_dose")),
             2); // nothing is lost
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM immunization_dose WHERE deleted = 1")), 1);
}

void TstImmunizationRepository::demoHistoriesAreRealistic()
{
    DemoOptions o;
    o.residents = 3000;
    o.seed = 3;
    o.today = QDate(2026, 3, 15);
    closeDatabase(conn()); // the demo fills an empty database only
    QVERIFY(openDatabase(conn(), QStringLiteral(":memory:")));
    auto made = DemoGenerator::generate(conn(), Scope::administrator(), o);
    QVERIFY2(made, why(made));
    auto kids = ImmunizationRepository(conn()).children(Scope::administrator(), {},
                                                        o.today.addYears(-7).addDays(1), o.today);
    QVERIFY2(kids, why(kids));
    QVERIFY(kids->size() > 100);
    int withDoses = 0, complete = 0, behind = 0, refusals = 0, elsewhere = 0, early = 0;
    const VaccinePlanner planner;
    for (const ChildImmunization &c : *kids) {
        withDoses += c.given.isEmpty() ? 0 : 1;
        refusals += c.refusals().isEmpty() ? 0 : 1;
        for (const VaccineDose &d : c.doses) {
            elsewhere += d.source == QLatin1String("elsewhere") ? 1 : 0;
            QVERIFY(d.givenOn >= c.birth && d.givenOn <= o.today);
            if (d.source == QLatin1String("here"))
                QVERIFY2(d.expiry >= d.givenOn && !d.lotNo.isEmpty(), qPrintable(d.vaccine));
        }
        const Plan plan = planner.plan(c.facts(), o.today);
        behind += plan.overdueCount() > 0 ? 1 : 0;
        complete += plan.openCount() == 0 ? 1 : 0;
        // Histories are made with the planner: each dose passed the check on the day it was given.
        ChildFacts before = c.facts();
        before.doses.clear();
        for (const GivenDose &g : c.given) {
            if (!planner.check(before, g.vaccine, g.date).allowed)
                ++early;
            before.doses.append(g);
        }
    }
    const double n = kids->size();
    QVERIFY2(withDoses / n > 0.95, qPrintable(QString::number(withDoses / n)));
    QVERIFY2(complete / n > 0.6, qPrintable(QString::number(complete / n))); // mostly on time
    QVERIFY2(behind / n > 0.03 && behind / n < 0.35,
             qPrintable(QString::number(behind / n))); // some late or missed
    QVERIFY(refusals > 0);
    QVERIFY(elsewhere > 0);
    QCOMPARE(early, 0);
    // Deterministic: the same seed gives the same number of doses.
    const qint64 doses = scalar(QStringLiteral("SELECT count(*) FROM immunization_dose"));
    closeDatabase(conn());
    QVERIFY(openDatabase(conn(), QStringLiteral(":memory:")));
    QVERIFY(DemoGenerator::generate(conn(), Scope::administrator(), o));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM immunization_dose")), doses);
}

QTEST_GUILESS_MAIN(TstImmunizationRepository)
#include "tst_immunizationrepository.moc"
