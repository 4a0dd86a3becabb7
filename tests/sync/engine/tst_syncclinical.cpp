// Clinical records over the real HTTPS platform: follow-ups, doses (with their lot, health states,
// certificates), contracts (with team, staff, packages, tasks), key-population flags, health
// checks, encounters and the basic-information form recorded on workstation A arrive complete on
// workstation B; corrections (new versions) made on either side propagate without conflicts; and
// every resource the platform holds validates as FHIR R4 (node + @medplum/core, when node exists).
#include "synctestutil.h"

#include "chronicrepository.h"
#include "chronicrules.h"
#include "chronicworklist.h"
#include "contractrepository.h"
#include "demogenerator.h"
#include "healthrecordrepository.h"
#include "icd10.h"
#include "immunizationrepository.h"
#include "keypopulation.h"
#include "packagerepository.h"
#include "programmelifecycle.h"
#include "recordmapper.h"
#include "teamrepository.h"
#include "timeline.h"

#include <QJsonDocument>
#include <QStandardPaths>

using namespace SyncTest;
using namespace Models;

namespace {
// The message of a failed result (QVERIFY2 evaluates its message even on success).
template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().message.toUtf8();
}
} // namespace

class TestSyncClinical : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca, m_tokenA, m_tokenB;
    Scope m_admin = Scope::administrator();
    QString m_child, m_adult, m_followup, m_dose, m_encounter, m_contract;
    QDate m_today = QDate::currentDate();

    Sync::SyncSummary syncA() { return sync("a", m_platform, m_tokenA, m_ca); }
    Sync::SyncSummary syncB() { return sync("b", m_platform, m_tokenB, m_ca); }

    static QString columnsOf(const Sync::RecordMapper &m)
    {
        return m.storedColumns().join(QStringLiteral(", ")) + QStringLiteral(", deleted");
    }

    // Every synced kind, column by column, plus the link tables that travel with their parent.
    void allAgree(const char *first = "a", const char *second = "b")
    {
        for (const auto &m : Sync::mappers()) {
            const QStringList a = dump(first, m->table(), columnsOf(*m));
            const QStringList b = dump(second, m->table(), columnsOf(*m));
            QVERIFY2(
                a.size() == b.size(),
                qPrintable(
                    QStringLiteral("%1: %2 != %3").arg(m->table()).arg(a.size()).arg(b.size())));
            const QStringList cols = m->storedColumns() << QStringLiteral("deleted");
            for (int i = 0; i < a.size(); ++i)
                for (int c = 0; c < cols.size(); ++c)
                    QVERIFY2(
                        a[i].split('|').value(c) == b[i].split('|').value(c),
                        qPrintable(QStringLiteral("%1.%2 of %3: %4 != %5")
                                       .arg(m->table(), cols[c], a[i].section('|', 0, 0),
                                            a[i].split('|').value(c), b[i].split('|').value(c))));
        }
        QCOMPARE(dump(first, "contract_item", "contract_id, package_id"),
                 dump(second, "contract_item", "contract_id, package_id"));
        QCOMPARE(dump(first, "contract_team_village", "team_id, village_code"),
                 dump(second, "contract_team_village", "team_id, village_code"));
        // A pregnancy's newborns travel with it (the mother-child link), with their birth
        // weight, length and gestational age.
        const char *births = "pregnancy_id || '/' || child_id AS id, birth_weight_g, "
                             "birth_length_cm, gestation_day";
        QCOMPARE(dump(first, "pregnancy_child", births), dump(second, "pregnancy_child", births));
        for (const char *c : {first, second}) {
            QCOMPARE(scalar(c, "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
            QCOMPARE(scalar(c, "SELECT count(*) FROM sync_conflict"), 0);
            QCOMPARE(scalar(c, "SELECT count(*) FROM sync_rejected"), 0);
            QCOMPARE(scalar(c, "SELECT count(*) FROM sync_parked"), 0);
        }
    }

    static void ok(const Sync::SyncSummary &s)
    {
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY2(s.rejected == 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(s.rejectedList).toJson())));
        QCOMPARE(s.newConflicts, 0);
        QCOMPARE(s.parked, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = startTlsPlatform(m_platform, m_dir.path());
        QVERIFY(!m_ca.isEmpty());
        m_tokenA = m_platform.addToken("幸福村卫生室", Township);
        m_tokenB = m_platform.addToken("县疾控", County);
        QVERIFY(openWorkstation("a", m_dir.filePath("a.db")));
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
    }

    void cleanupTestCase()
    {
        Models::closeDatabase("a");
        Models::closeDatabase("b");
        m_platform.stop();
    }

    void recordedOnAArriveCompleteOnB()
    {
        ResidentRepository residents("a");
        Resident child = resident("王小宝", 2);
        child.birthDate = m_today.addMonths(-3);
        auto c = residents.create(m_admin, child, true);
        QVERIFY2(c, why(c).constData());
        m_child = c->id;
        auto a = residents.create(m_admin, resident("李大伯", 3), true);
        QVERIFY2(a, why(a).constData());
        m_adult = a->id;

        // chronic registration and a follow-up with vitals and two medications
        ChronicRepository chronic("a", ChronicRuleSet::active());
        ChronicRegistration g;
        g.residentId = m_adult;
        g.programme = "hypertension";
        g.icd10 = "I10.x00x002";
        g.diagnosedOn = m_today.addYears(-2);
        g.registeredOn = m_today.addYears(-2).addDays(3);
        auto reg = chronic.registerResident(m_admin, g);
        QVERIFY2(reg, why(reg).constData());
        ChronicFollowup f;
        f.registrationId = reg->id;
        f.visitDate = m_today.addDays(-20);
        f.mode = 2;
        f.sbp = 152;
        f.dbp = 96;
        f.heartRate = 80;
        f.weight = 72.5;
        f.height = 168;
        f.symptoms = {"headache_dizziness"};
        f.cigarettes = 10;
        f.cigarettesTarget = 0;
        f.salt = "heavy";
        f.saltTarget = "light";
        f.medications = {Medication{"氨氯地平", 1, "5mg"}, Medication{"氢氯噻嗪", 1, "12.5mg"}};
        auto fu = chronic.record(m_admin, f);
        QVERIFY2(fu, why(fu).constData());
        m_followup = fu->id;

        // a lot, a dose from it, a health state and the certificate
        ImmunizationRepository imm("a");
        VaccineLot lot;
        lot.vaccine = "HepB";
        lot.lotNo = "HB2025-07";
        lot.manufacturer = "深圳康泰";
        lot.expiry = m_today.addYears(1);
        lot.dosesReceived = 100;
        auto l = imm.addLot(m_admin, lot, m_today);
        QVERIFY2(l, why(l).constData());
        VaccineDose d;
        d.residentId = m_child;
        d.vaccine = "HepB";
        d.givenOn = m_today.addDays(-1);
        d.lotId = l->id;
        auto dose = imm.recordDose(m_admin, d, m_today);
        QVERIFY2(dose, why(dose).constData());
        m_dose = dose->id;
        ImmunizationState st;
        st.residentId = m_child;
        st.kind = "refusal";
        st.code = "BCG";
        st.note = "家长暂缓";
        st.recordedOn = m_today;
        auto state = imm.addState(m_admin, st);
        QVERIFY2(state, why(state).constData());
        auto cert = imm.issueCertificate(m_admin, m_child, "430121202600001", m_today);
        QVERIFY2(cert, why(cert).constData());

        // team, doctor, contract with the chronic package: its tasks too
        TeamRepository teams("a");
        Team t;
        t.name = "幸福村家庭医生团队";
        t.institution = "星沙街道社区卫生服务中心";
        t.townshipCode = Township;
        t.villages = {Village1, Village2};
        auto team = teams.save(m_admin, t);
        QVERIFY2(team, why(team).constData());
        StaffMember doc;
        doc.teamId = team->id;
        doc.name = "赵医生";
        doc.role = "family_doctor";
        doc.phone = "13700137000";
        auto member = teams.saveMember(m_admin, doc);
        QVERIFY2(member, why(member).constData());
        QSqlQuery pk(QSqlDatabase::database("a"));
        ContractRepository contracts("a");
        SignRequest req;
        req.residentId = m_adult;
        req.teamId = team->id;
        req.doctorId = member->id;
        req.signedOn = m_today.addDays(-30);
        req.suggestTags = true;
        // packages exist once the contract screen (or this) imported the rules
        QVERIFY(PackageRepository("a").importRules(m_admin));
        pk.exec(
            "SELECT id FROM contract_package WHERE code IN ('basic', 'chronic') AND active = 1");
        while (pk.next())
            req.packageIds << pk.value(0).toString();
        QCOMPARE(req.packageIds.size(), 2);
        auto contract = contracts.sign(m_admin, req);
        QVERIFY2(contract, why(contract).constData());
        m_contract = contract->id;
        QVERIFY(scalar("a", "SELECT count(*) FROM contract_task") > 0);
        auto flag = KeyPopulation("a").setFlag(m_admin, m_adult, "disabled", m_today.addYears(-1),
                                               "肢体二级");
        QVERIFY2(flag, why(flag).constData());

        // health check, encounter with two diagnoses, basic information
        HealthRecordRepository records("a");
        HealthCheck h;
        h.residentId = m_adult;
        h.checkDate = m_today.addDays(-5);
        h.form = QJsonObject{{"sbp_left", 148}, {"dbp_left", 90}, {"height", 168},
                             {"weight", 72},    {"fbg", 6.8},     {"evaluation", "2"}};
        auto check = records.addHealthCheck(m_admin, h, true);
        QVERIFY2(check, why(check).constData());
        Encounter e;
        e.residentId = m_adult;
        e.visitDate = m_today.addDays(-2);
        e.visitType = "home";
        e.subjective = "头晕三天";
        e.assessment = "血压控制不佳";
        e.plan = "加用氢氯噻嗪";
        e.doctor = "赵医生";
        e.diagnoses << Icd10::get().diagnosis(*Icd10::get().find("I10.x00"));
        e.diagnoses << Icd10::get().diagnosis(*Icd10::get().find("R42"));
        auto enc = records.addEncounter(m_admin, e);
        QVERIFY2(enc, why(enc).constData());
        m_encounter = enc->id;
        BasicInfo bi;
        bi.residentId = m_adult;
        bi.workUnit = "幸福村";
        bi.form = QJsonObject{{"abo", "1"}, {"education", "7"}};
        auto saved = records.saveBasicInfo(m_admin, bi);
        QVERIFY2(saved, why(saved).constData());

        const auto sa = syncA();
        ok(sa);
        QVERIFY(sa.sent >= 17);
        const auto sb = syncB();
        ok(sb);
        QVERIFY(sb.received > 0);
        allAgree();
        // B holds them as A does: every kind arrived
        for (const char *table :
             {"chronic_followup", "immunization_dose", "vaccine_lot", "immunization_state",
              "immunization_certificate", "contract", "contract_task", "contract_team",
              "contract_staff", "contract_package", "resident_flag", "health_check", "encounter",
              "basic_info"})
            QVERIFY2(
                scalar("b", QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) >
                    0,
                table);
        // and reads them through its repositories
        auto fb = ChronicRepository("b", ChronicRuleSet::active()).followups(m_admin, reg->id);
        QVERIFY2(fb, why(fb).constData());
        QCOMPARE(fb->size(), 1);
        QCOMPARE(fb->first().medications.size(), 2);
        QCOMPARE(*fb->first().weight, 72.5);
        auto eb = HealthRecordRepository("b").encounter(m_admin, m_encounter);
        QVERIFY2(eb, why(eb).constData());
        QCOMPARE(eb->diagnoses.size(), 2);
        QCOMPARE(eb->diagnoses.at(1).code, QStringLiteral("R42"));
        auto cb = ContractRepository("b").findById(m_admin, m_contract);
        QVERIFY2(cb, why(cb).constData());
        QCOMPARE(cb->packageIds.size(), 2);
        auto childB = ImmunizationRepository("b").child(m_admin, m_child);
        QVERIFY2(childB, why(childB).constData());
        QCOMPARE(childB->doses.size(), 1);
        QCOMPARE(childB->doses.first().lotNo, QStringLiteral("HB2025-07"));
    }

    void correctionsPropagateWithoutConflicts()
    {
        // A corrects its follow-up and its dose: new versions supersede the old rows
        ChronicRepository chronic("a", ChronicRuleSet::active());
        QSqlQuery q(QSqlDatabase::database("a"));
        q.exec(QStringLiteral("SELECT registration_id FROM chronic_followup WHERE id = '%1'")
                   .arg(m_followup));
        QVERIFY(q.next());
        const QString reg = q.value(0).toString();
        auto list = chronic.followups(m_admin, reg);
        QVERIFY(list && list->size() == 1);
        ChronicFollowup f = list->first();
        f.id.clear();
        f.sbp = 142; // mistyped the first time
        f.medications.removeLast();
        auto fixed = chronic.correct(m_admin, m_followup, f);
        QVERIFY2(fixed, why(fixed).constData());
        ImmunizationRepository imm("a");
        auto c = imm.child(m_admin, m_child);
        QVERIFY(c);
        VaccineDose d;
        for (const VaccineDose &x : c->doses)
            if (x.id == m_dose)
                d = x;
        QCOMPARE(d.id, m_dose);
        d.id.clear();
        d.site = "LD"; // 左上臂三角肌 (resources/codes/vaccine_site.json)
        auto dose = imm.correctDose(m_admin, m_dose, d, m_today);
        QVERIFY2(dose, why(dose).constData());
        ok(syncA());

        // B corrects A's encounter at the same time
        HealthRecordRepository recordsB("b");
        auto e = recordsB.encounter(m_admin, m_encounter);
        QVERIFY(e);
        Encounter fixedE = *e;
        fixedE.supersedes = m_encounter;
        fixedE.plan = "加用氢氯噻嗪，一周后复诊";
        auto enc = recordsB.correctEncounter(m_admin, fixedE);
        QVERIFY2(enc, why(enc).constData());
        ok(syncB());
        ok(syncA());
        allAgree();

        // the old versions are kept (tombstoned where the repository retires them), the new ones
        // name what they supersede, on both workstations
        for (const char *conn : {"a", "b"}) {
            QCOMPARE(
                scalar(conn, QStringLiteral(
                                 "SELECT count(*) FROM chronic_followup WHERE supersedes = '%1'")
                                 .arg(m_followup)),
                1);
            QCOMPARE(
                scalar(conn, QStringLiteral("SELECT deleted FROM chronic_followup WHERE id = '%1'")
                                 .arg(m_followup)),
                1);
            QCOMPARE(scalar(conn, QStringLiteral(
                                      "SELECT sbp FROM chronic_followup WHERE supersedes = '%1'")
                                      .arg(m_followup)),
                     142);
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM immunization_dose WHERE "
                                                 "supersedes = '%1' AND deleted = 0")
                                      .arg(m_dose)),
                     1);
            QCOMPARE(scalar(conn,
                            QStringLiteral("SELECT count(*) FROM encounter WHERE supersedes = '%1'")
                                .arg(m_encounter)),
                     1);
        }
        // the platform holds the old follow-up's resources as deleted, the new one's live
        QCOMPARE(
            scalar("a", QStringLiteral("SELECT count(*) FROM chronic_followup WHERE deleted = 0")),
            1);
    }

    // A death recorded on A arrives on B: the Patient (deceasedDateTime, active=false), the
    // terminated contract and the closed registration; B's lists leave the resident out and its
    // timeline shows the state. The administrator's undo on B travels back to A.
    void deathRecordedOnAArrivesOnB()
    {
        const QDate died = m_today.addDays(-5);
        auto e = programmeLifecycle("a").record(
            m_admin, {m_adult, LifeEventKind::Deceased, died, QStringLiteral("脑出血")});
        QVERIFY2(e, why(e).constData());
        ok(syncA());
        ok(syncB());
        allAgree();
        auto r = ResidentRepository("b").findById(m_admin, m_adult);
        QVERIFY2(r, why(r).constData());
        QCOMPARE(r->lifeStatus, QStringLiteral("deceased"));
        QCOMPARE(r->lifeDate, died);
        QCOMPARE(r->lifeReason, QStringLiteral("脑出血"));
        auto c = ContractRepository("b").findById(m_admin, m_contract);
        QVERIFY2(c, why(c).constData());
        QCOMPARE(c->terminatedOn, died);
        QCOMPARE(c->terminateReason, QStringLiteral("deceased"));
        QCOMPARE(scalar("b", QStringLiteral("SELECT count(*) FROM chronic_registration WHERE "
                                            "resident_id = '%1' AND closed_on = '%2' AND "
                                            "close_reason = 'died'")
                                 .arg(m_adult, died.toString(Qt::ISODate))),
                 1);
        WorklistFilter f;
        f.kind = WorklistKind::AllOpen;
        f.residentId = m_adult;
        auto rows = chronicWorklist("b", m_admin, f, ChronicRuleSet::active());
        QVERIFY(rows);
        QVERIFY(rows->isEmpty());
        // B has no event row of its own; the timeline shows the state that came by sync.
        QCOMPARE(scalar("b", "SELECT count(*) FROM resident_life_event"), 0);
        auto entries = Timeline::load("b", m_admin, m_adult, {QStringLiteral("life_event")});
        QVERIFY(entries && entries->size() == 1);
        QVERIFY(entries->first().detail.contains(QStringLiteral("经同步")));

        // Undone on B (recorded in error): active again on A after both sync.
        auto undo = programmeLifecycle("b").reopen(m_admin, m_adult, QStringLiteral("误报"));
        QVERIFY2(undo, why(undo).constData());
        ok(syncB());
        ok(syncA());
        allAgree();
        auto back = ResidentRepository("a").findById(m_admin, m_adult);
        QCOMPARE(back->lifeStatus, QStringLiteral("active"));
        QVERIFY(!back->lifeDate.isValid());
    }

    // A demo township (every kind, generated as the demo does) uploaded by one workstation and
    // pulled into an empty one: every synced column of every record equal.
    void demoTownshipTravelsLosslessly()
    {
        QVERIFY(Models::openDatabase("c", m_dir.filePath("c.db"))); // empty: the demo fills it
        QVERIFY(openWorkstation("d", m_dir.filePath("d.db")));
        DemoOptions o;
        o.residents = 400;
        o.seed = 7;
        auto demo = DemoGenerator::generate("c", m_admin, o);
        QVERIFY2(demo, why(demo).constData());
        const QString token = m_platform.addToken("示范县卫健局", County);
        const auto up = sync("c", m_platform, token, m_ca, 200);
        ok(up);
        QCOMPARE(up.deferred, 0);
        const auto down = sync("d", m_platform, token, m_ca, 200);
        ok(down);
        allAgree("c", "d");
        for (const char *table : {"chronic_followup", "immunization_dose", "contract",
                                  "contract_task", "health_check", "encounter", "pregnancy",
                                  "pregnancy_child", "maternal_visit", "child_check", "tb_dose"})
            QVERIFY2(
                scalar("d", QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) >
                    0,
                table);
        QVERIFY(scalar("d", "SELECT count(*) FROM pregnancy_child WHERE birth_weight_g > 0") > 0);
        Models::closeDatabase("c");
        Models::closeDatabase("d");
    }

    // Everything the workstations put on the platform is valid FHIR R4.
    void platformContentValidates()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString tool =
            QDir::cleanPath(QStringLiteral(JIAYI_TEST_DATA "/../../tools/fhir-validate"));
        QString validator = tool + QStringLiteral("/validate.js");
        if (!QFile::exists(tool + QStringLiteral("/node_modules/@medplum/core/package.json")))
            validator = QDir::currentPath() +
                        QStringLiteral("/fhir-validate/validate.js"); // tst_fhirvalidation's copy
        if (node.isEmpty() ||
            !QFile::exists(QFileInfo(validator).path() + QStringLiteral("/node_modules")))
            QSKIP("node or the validator packages are absent (scripts/install-deps.sh installs "
                  "them)");
        m_platform.stop(); // read its store at rest
        QStringList lines;
        QSet<QString> types;
        const auto rows =
            m_platform.query(QStringLiteral("SELECT type, json FROM resource WHERE NOT deleted"));
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 2);
            types.insert(row[0]);
            lines << QString::fromUtf8(
                QJsonDocument::fromJson(row[1].toUtf8()).toJson(QJsonDocument::Compact));
        }
        qInfo("%d resources of %d types on the platform", int(lines.size()), int(types.size()));
        QVERIFY(types.size() >= 15);
        QFile out(m_dir.filePath("platform.jsonl"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n').toUtf8());
        out.close();
        QProcess v;
        v.setProcessChannelMode(QProcess::MergedChannels);
        v.start(node, {validator, out.fileName()});
        QVERIFY(v.waitForFinished(180000));
        const QByteArray report = v.readAll();
        QVERIFY2(v.exitCode() == 0, report.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncClinical)
#include "tst_syncclinical.moc"
