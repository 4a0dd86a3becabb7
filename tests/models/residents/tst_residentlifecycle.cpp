// The resident's lifecycle (docs/domain/lifecycle.md): a death, a move or a closed record is one
// transaction that ends the resident's contracts and closes their chronic registrations with
// the event's reason; bad input is refused at its field; an administrator undoes it; a transfer
// in brings a resident who moved away back.
#include "lifecyclecase.h"

#include "auditrepository.h"
#include "auditsentence.h"
#include "contractlifeparticipant.h"
#include "timeline.h"

#include <QTest>

using namespace Models;
using namespace LifecycleCase;

namespace {
// A participant that refuses to close: the whole event must roll back.
class FailingParticipant : public LifeParticipant
{
public:
    Result<QVector<OpenItem>> openItems(const Scope &, const QString &,
                                        const QDate &) const override
    {
        return QVector<OpenItem>{};
    }
    Result<int> close(const Scope &, const QString &, LifeEventKind, const QDate &,
                      const QString &) override
    {
        return makeError(QStringLiteral("test.fail"), QStringLiteral("refused"));
    }
};
} // namespace

class TestResidentLifecycle : public QObject
{
    Q_OBJECT
    Clinic m_t;
    int m_n = 0;

    QString person(const QString &name, const QDate &birth, const QString &village = VillageA)
    {
        // Names take no digits: a different last character for each resident.
        return resident(m_t.conn, name + QChar(0x4E00 + ++m_n), birth, QLatin1Char('M'), village);
    }
    Resident load(const QString &id) const
    {
        return *ResidentRepository(m_t.conn).findById(m_t.admin, id);
    }
    qint64 outbox(const QString &entity, const QString &id) const
    {
        return m_t.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND "
                                        "entity_id = ? AND acked_at IS NULL"),
                         {entity, id});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_t.open(QStringLiteral("lifecycle")));
    }
    void cleanupTestCase() { m_t.close(); }

    void deathClosesContractsAndRegistrationsInOneTransaction()
    {
        const QDate signedOn = m_t.today.addMonths(-6);
        const QString id = person(QStringLiteral("王建国"), QDate(1950, 3, 1));
        const QString contract = m_t.sign(id, signedOn);
        const QString reg =
            m_t.registerChronic(id, QStringLiteral("hypertension"), m_t.today.addYears(-2));
        QVERIFY(!contract.isEmpty() && !reg.isEmpty());
        QVERIFY(!m_t.followup(reg, m_t.today.addDays(-40)).isEmpty());
        const QDate died = m_t.today.addDays(-10);
        const qint64 openTasksAfter =
            m_t.count(QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id = ? "
                                     "AND status = 'open' AND due_on >= ?"),
                      {contract, isoDate(died)});
        const qint64 openTasksBefore =
            m_t.count(QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id = ? "
                                     "AND status = 'open' AND due_on < ?"),
                      {contract, isoDate(died)});
        QVERIFY(openTasksAfter > 0);

        ResidentLifecycle lifecycle = programmeLifecycle(m_t.conn);
        const LifeRequest q{id, LifeEventKind::Deceased, died, QStringLiteral("脑卒中")};
        auto preview = lifecycle.preview(m_t.admin, q);
        QVERIFY2(preview, why(preview));
        QCOMPARE(preview->size(), 2);
        QCOMPARE(preview->at(0).entity, QStringLiteral("contract"));
        QVERIFY(preview->at(0).label.startsWith(QStringLiteral("签约 QY")));
        QCOMPARE(preview->at(1).label, QStringLiteral("高血压 管理登记"));
        const qint64 auditBefore = m_t.count(QStringLiteral("SELECT count(*) FROM audit_log"));

        auto event = lifecycle.record(m_t.admin, q);
        QVERIFY2(event, why(event));
        QCOMPARE(event->kind, LifeEventKind::Deceased);
        QCOMPARE(event->date, died);
        QCOMPARE(event->recordedBy, m_t.admin.userId);

        const Resident r = load(id);
        QCOMPARE(r.lifeStatus, QStringLiteral("deceased"));
        QCOMPARE(r.lifeDate, died);
        QCOMPARE(r.lifeReason, QStringLiteral("脑卒中"));
        QCOMPARE(lifeStatusText(r), QStringLiteral("已故 ") + isoDate(died));
        // The contract: terminated on the day, reason 死亡, the cause as its note; tasks due from
        // then cancelled, earlier ones left as they were.
        auto c = ContractRepository(m_t.conn).findById(m_t.admin, contract);
        QVERIFY2(c, why(c));
        QCOMPARE(c->terminatedOn, died);
        QCOMPARE(c->terminateReason, QStringLiteral("deceased"));
        QCOMPARE(c->terminateNote, QStringLiteral("脑卒中"));
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id ="
                                          " ? AND status = 'open' AND due_on >= ?"),
                           {contract, isoDate(died)}),
                 0);
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id ="
                                          " ? AND status = 'cancelled'"),
                           {contract}),
                 openTasksAfter);
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM contract_task WHERE contract_id ="
                                          " ? AND status = 'open' AND due_on < ?"),
                           {contract, isoDate(died)}),
                 openTasksBefore);
        auto g = ChronicRepository(m_t.conn).registration(m_t.admin, reg);
        QVERIFY2(g, why(g));
        QCOMPARE(g->closedOn, died);
        QCOMPARE(g->closeReason, QStringLiteral("died"));
        QCOMPARE(g->closeNote, QStringLiteral("脑卒中"));
        // Nothing deleted; the follow-up is still there.
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM chronic_followup WHERE "
                                          "registration_id = ? AND deleted = 0"),
                           {reg}),
                 1);
        // The event row, and every change queued for sync and audited.
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM resident_life_event WHERE "
                                          "resident_id = ? AND kind = 'deceased' AND detail = ?"),
                           {id, QStringLiteral("脑卒中")}),
                 1);
        QVERIFY(outbox(QStringLiteral("resident"), id) >= 1);
        QVERIFY(outbox(QStringLiteral("contract"), contract) >= 1);
        QVERIFY(outbox(QStringLiteral("chronic_registration"), reg) >= 1);
        // Resident, contract, registration, and each cancelled task (it travels too).
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM audit_log")),
                 auditBefore + 3 + openTasksAfter);
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(DISTINCT o.entity_id) FROM outbox o JOIN "
                                          "contract_task t ON t.id = o.entity_id WHERE o.entity ="
                                          " 'contract_task' AND t.status = 'cancelled' AND "
                                          "t.contract_id = ?"),
                           {contract}),
                 openTasksAfter);
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                          "'resident' AND entity_id = ? AND after_json LIKE "
                                          "'%deceased%'"),
                           {id}),
                 1);
        // The audit log reads as a sentence.
        AuditFilter af;
        af.entity = QStringLiteral("resident");
        af.entityId = id;
        af.action = QStringLiteral("update");
        auto audit = AuditRepository(m_t.conn).query(m_t.admin, af);
        QVERIFY2(audit && !audit->isEmpty(), "no audit entry");
        AuditSentences sentences(m_t.conn);
        sentences.prepare(*audit);
        QVERIFY2(sentences.summary(audit->first()) ==
                     QStringLiteral("档案状态：死亡 %1（脑卒中）").arg(isoDate(died)),
                 qPrintable(sentences.sentence(audit->first())));
        // The timeline shows it; the header says so and prompts no renewal.
        auto entries = Timeline::load(m_t.conn, m_t.admin, id, {QStringLiteral("life_event")});
        QVERIFY2(entries, why(entries));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().title, QStringLiteral("死亡"));
        QVERIFY(entries->first().summary.contains(QStringLiteral("脑卒中")));
        auto badges = Timeline::badges(m_t.conn, m_t.admin, r);
        QVERIFY2(badges, why(badges));
        QStringList texts;
        for (const Badge &b : *badges)
            texts << b.text;
        QCOMPARE(texts, QStringList{QStringLiteral("已故 ") + isoDate(died)});
    }

    void aContractStartingLaterNeverCovers()
    {
        const QString id = person(QStringLiteral("李四"), QDate(1960, 1, 1));
        const QDate signedOn = m_t.today.addDays(-20);
        const QString contract = m_t.sign(id, signedOn);
        QVERIFY(!contract.isEmpty());
        const QDate moved = signedOn.addDays(-5); // recorded late: moved before it began
        auto e = programmeLifecycle(m_t.conn).record(
            m_t.admin, {id, LifeEventKind::Moved, moved, QStringLiteral("长沙市岳麓区")});
        QVERIFY2(e, why(e));
        auto c = ContractRepository(m_t.conn).findById(m_t.admin, contract);
        QCOMPARE(c->terminatedOn, c->startDate);
        QVERIFY(c->coverEnd() < c->startDate);
        QCOMPARE(c->terminateReason, QStringLiteral("moved"));
        QCOMPARE(load(id).lifeStatus, QStringLiteral("moved"));
    }

    void badInputIsRefusedAtItsField_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("dateOffset"); // days from today; 9999: the day before birth
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const int d = int(LifeEventKind::Deceased), m = int(LifeEventKind::Moved),
                  c = int(LifeEventKind::Closed), t = int(LifeEventKind::TransferredIn);
        QTest::newRow("future") << d << 1 << "心衰"
                                << "date"
                                << "日期不能晚于今天";
        QTest::newRow("before birth") << d << 9999 << "心衰"
                                      << "date"
                                      << "日期不能早于出生日期";
        QTest::newRow("no cause") << d << -1 << "  "
                                  << "detail"
                                  << "请填写死亡原因";
        QTest::newRow("no destination") << m << -1 << ""
                                        << "detail"
                                        << "请填写迁往何处";
        QTest::newRow("no reason to close") << c << -1 << ""
                                            << "detail"
                                            << "请填写注销原因";
        QTest::newRow("no source clinic") << t << -1 << ""
                                          << "detail"
                                          << "请填写从何处迁入";
        QTest::newRow("too long") << d << -1 << QString(201, QChar(0x75c5)) << "detail"
                                  << "内容过长";
    }

    void badInputIsRefusedAtItsField()
    {
        QFETCH(int, kind);
        QFETCH(int, dateOffset);
        QFETCH(QString, detail);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QDate birth(1990, 5, 5);
        const QString id = person(QStringLiteral("赵六"), birth);
        const QDate date = dateOffset == 9999 ? birth.addDays(-1) : m_t.today.addDays(dateOffset);
        const qint64 events = m_t.count(QStringLiteral("SELECT count(*) FROM resident_life_event"));
        auto r =
            programmeLifecycle(m_t.conn).record(m_t.admin, {id, LifeEventKind(kind), date, detail});
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(load(id).lifeStatus, QStringLiteral("active"));
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM resident_life_event")), events);
    }

    void dateBeforeTheLastFollowupIsRefused()
    {
        const QString id = person(QStringLiteral("孙七"), QDate(1955, 1, 1));
        const QString reg =
            m_t.registerChronic(id, QStringLiteral("diabetes"), m_t.today.addYears(-1));
        ChronicFollowup f;
        f.registrationId = reg;
        f.visitDate = m_t.today.addDays(-3);
        f.mode = 1;
        f.fbg = 6.5;
        QVERIFY(ChronicRepository(m_t.conn).record(m_t.admin, f));
        auto r = programmeLifecycle(m_t.conn).record(
            m_t.admin, {id, LifeEventKind::Deceased, m_t.today.addDays(-5), QStringLiteral("x")});
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("date"));
        QVERIFY(r.error().message.contains(isoDate(m_t.today.addDays(-3))));
        // The day of the last visit itself is accepted.
        QVERIFY(programmeLifecycle(m_t.conn).record(
            m_t.admin, {id, LifeEventKind::Deceased, m_t.today.addDays(-3), QStringLiteral("x")}));
    }

    void aFailingProgrammeLeavesEverythingAsItWas()
    {
        const QString id = person(QStringLiteral("周八"), QDate(1970, 1, 1));
        const QString contract = m_t.sign(id, m_t.today.addMonths(-1));
        std::vector<std::unique_ptr<LifeParticipant>> parts;
        parts.push_back(std::make_unique<ContractLifeParticipant>(m_t.conn));
        parts.push_back(std::make_unique<FailingParticipant>());
        ResidentLifecycle lifecycle(m_t.conn, std::move(parts));
        const qint64 outboxBefore = m_t.count(QStringLiteral("SELECT count(*) FROM outbox"));
        const qint64 auditBefore = m_t.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto r = lifecycle.record(
            m_t.admin, {id, LifeEventKind::Deceased, m_t.today.addDays(-1), QStringLiteral("x")});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("test.fail"));
        QCOMPARE(load(id).lifeStatus, QStringLiteral("active"));
        QVERIFY(!load(id).lifeDate.isValid());
        QVERIFY(
            !ContractRepository(m_t.conn).findById(m_t.admin, contract)->terminatedOn.isValid());
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM resident_life_event WHERE "
                                          "resident_id = ?"),
                           {id}),
                 0);
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    }

    void rolesDecideWhoMayRecordAndWhoMayUndo()
    {
        const QString id = person(QStringLiteral("吴九"), QDate(1940, 1, 1));
        const QString other = person(QStringLiteral("郑十"), QDate(1940, 1, 1), VillageB);
        Scope vhw;
        vhw.userId = QStringLiteral("cunyi");
        vhw.role = QStringLiteral("village_health_worker");
        vhw.allPermissions = false;
        vhw.allVillages = false;
        vhw.villages = {VillageA};
        vhw.permissions = {QStringLiteral("resident.read"), QStringLiteral("lifecycle.write"),
                           QStringLiteral("contract.read"), QStringLiteral("chronic.read")};
        Scope nurse = vhw;
        nurse.allVillages = true;
        nurse.permissions.removeAll(QStringLiteral("lifecycle.write"));
        ResidentLifecycle lifecycle = programmeLifecycle(m_t.conn);
        const LifeRequest q{id, LifeEventKind::Deceased, m_t.today, QStringLiteral("衰老")};
        auto refused = lifecycle.record(nurse, q);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("scope.forbidden"));
        QVERIFY(refused.error().message.contains(QStringLiteral("登记死亡")));
        auto elsewhere = lifecycle.record(
            vhw, {other, LifeEventKind::Deceased, m_t.today, QStringLiteral("衰老")});
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().code, QStringLiteral("scope.denied"));
        // The village health worker ends a contract they may not touch otherwise.
        const QString contract = m_t.sign(id, m_t.today.addMonths(-2));
        auto done = lifecycle.record(vhw, q);
        QVERIFY2(done, why(done));
        QCOMPARE(ContractRepository(m_t.conn).findById(m_t.admin, contract)->terminateReason,
                 QStringLiteral("deceased"));
        QCOMPARE(m_t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                          "'contract' AND entity_id = ? AND user_id = 'cunyi'"),
                           {contract}),
                 1);
        // Recording twice is refused; only an administrator undoes it.
        auto twice = lifecycle.record(vhw, q);
        QVERIFY(!twice);
        QCOMPARE(twice.error().field, QStringLiteral("kind"));
        Scope doctor = vhw;
        doctor.permissions << QStringLiteral("resident.write");
        auto notAdmin = lifecycle.reopen(doctor, id, QStringLiteral("误登记"));
        QVERIFY(!notAdmin);
        QVERIFY(notAdmin.error().message.contains(QStringLiteral("恢复已关闭的档案")));
        auto noReason = lifecycle.reopen(m_t.admin, id, QStringLiteral(" "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, QStringLiteral("detail"));
        auto undone = lifecycle.reopen(m_t.admin, id, QStringLiteral("误登记"));
        QVERIFY2(undone, why(undone));
        const Resident r = load(id);
        QCOMPARE(r.lifeStatus, QStringLiteral("active"));
        QVERIFY(!r.lifeDate.isValid());
        QVERIFY(r.lifeReason.isEmpty());
        // What was closed stays closed: a new contract is signed the ordinary way.
        QCOMPARE(ContractRepository(m_t.conn).findById(m_t.admin, contract)->terminateReason,
                 QStringLiteral("deceased"));
        auto events = lifecycle.events(m_t.admin, id);
        QVERIFY2(events, why(events));
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).kind, LifeEventKind::Deceased);
        QCOMPARE(events->at(1).kind, LifeEventKind::Reopened);
        QCOMPARE(events->at(1).detail, QStringLiteral("误登记"));
        auto again = lifecycle.reopen(m_t.admin, id, QStringLiteral("再来"));
        QVERIFY(!again);
        QCOMPARE(again.error().field, QStringLiteral("kind"));
    }

    void transferInBringsAMovedResidentBack()
    {
        const QString id = person(QStringLiteral("钱一"), QDate(1985, 1, 1));
        ResidentLifecycle lifecycle = programmeLifecycle(m_t.conn);
        const QDate moved = m_t.today.addDays(-100);
        QVERIFY(
            lifecycle.record(m_t.admin, {id, LifeEventKind::Moved, moved, QStringLiteral("广州")}));
        auto early = lifecycle.record(m_t.admin, {id, LifeEventKind::TransferredIn,
                                                  moved.addDays(-1), QStringLiteral("广州")});
        QVERIFY(!early);
        QCOMPARE(early.error().field, QStringLiteral("date"));
        auto back = lifecycle.record(m_t.admin, {id, LifeEventKind::TransferredIn,
                                                 m_t.today.addDays(-2), QStringLiteral("广州")});
        QVERIFY2(back, why(back));
        QCOMPARE(load(id).lifeStatus, QStringLiteral("active"));
        QVERIFY(!load(id).lifeDate.isValid());
        // A resident new to the clinic: the event only.
        const QString newcomer = person(QStringLiteral("钱二"), QDate(1985, 1, 1));
        QVERIFY(lifecycle.record(m_t.admin, {newcomer, LifeEventKind::TransferredIn, m_t.today,
                                             QStringLiteral("长沙县星沙街道社区卫生服务中心")}));
        QCOMPARE(load(newcomer).lifeStatus, QStringLiteral("active"));
        // The dead do not transfer in; a closed record needs the administrator first.
        const QString dead = person(QStringLiteral("钱三"), QDate(1935, 1, 1));
        QVERIFY(lifecycle.record(m_t.admin,
                                 {dead, LifeEventKind::Deceased, m_t.today, QStringLiteral("x")}));
        auto refused = lifecycle.record(
            m_t.admin, {dead, LifeEventKind::TransferredIn, m_t.today, QStringLiteral("x")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("已故居民不能办理迁入"));
    }

    void theDeadAreNeitherSignedNorRegistered()
    {
        const QString id = person(QStringLiteral("冯五"), QDate(1945, 1, 1));
        QVERIFY(programmeLifecycle(m_t.conn).record(
            m_t.admin, {id, LifeEventKind::Deceased, m_t.today.addDays(-1), QStringLiteral("x")}));
        SignRequest r;
        r.residentId = id;
        r.teamId = m_t.team.team;
        r.doctorId = m_t.team.doctor;
        r.packageIds << packageId(m_t.conn, QStringLiteral("basic"));
        r.signedOn = m_t.today;
        auto c = ContractRepository(m_t.conn).sign(m_t.admin, r);
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QStringLiteral("已故")), qPrintable(c.error().message));
        ChronicRegistration g;
        g.residentId = id;
        g.programme = QStringLiteral("hypertension");
        g.icd10 = QStringLiteral("I10.x00x002");
        g.diagnosedOn = m_t.today.addDays(-30);
        g.registeredOn = m_t.today.addDays(-30);
        auto reg = ChronicRepository(m_t.conn).registerResident(m_t.admin, g);
        QVERIFY(!reg);
        QCOMPARE(reg.error().field, QStringLiteral("resident"));
        // Manual termination does not offer death: it is recorded on the resident.
        const QString living = person(QStringLiteral("冯六"), QDate(1945, 1, 1));
        const QString contract = m_t.sign(living, m_t.today.addMonths(-3));
        auto t = ContractRepository(m_t.conn).terminate(m_t.admin, contract, m_t.today,
                                                        QStringLiteral("deceased"));
        QVERIFY(!t);
        QCOMPARE(t.error().field, QStringLiteral("reason"));
    }
};

QTEST_GUILESS_MAIN(TestResidentLifecycle)
#include "tst_residentlifecycle.moc"
