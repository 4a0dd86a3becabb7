// The programme records of issues 17-19 over the real HTTPS platform: a 65+ annual service (with
// its health check), a TCM constitution assessment and its correction, a child's TCM guidance, a
// TB dose card (with a corrected day) and a birth of twins (one measured) recorded on workstation
// A arrive on workstation B with every synced column equal, the newborns' birth weight and length
// included, and B's repositories read them back as A's do; everything the platform then holds is
// valid FHIR R4 (node + @medplum/core, when node exists).
#include "synctestutil.h"

#include "elderlyrepository.h"
#include "healthrecordrepository.h"
#include "pregnancyrepository.h"
#include "recordmapper.h"
#include "tbrepository.h"
#include "tcmrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>

using namespace SyncTest;
using namespace Models;

namespace {
template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().message.toUtf8();
}
} // namespace

class TestSyncProgrammes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca, m_tokenA, m_tokenB;
    Scope m_admin = Scope::administrator();
    QDate m_today = QDate::currentDate();
    QString m_elder, m_child, m_mother, m_tbPatient, m_service, m_assessment, m_childService,
        m_pregnancy;

    static void ok(const Sync::SyncSummary &s)
    {
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY2(s.rejected == 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(s.rejectedList).toJson())));
        QCOMPARE(s.newConflicts, 0);
        QCOMPARE(s.parked, 0);
    }

    static QString columnsOf(const Sync::RecordMapper &m)
    {
        return m.storedColumns().join(QStringLiteral(", ")) + QStringLiteral(", deleted");
    }

    // The kinds of this test, column by column, and the newborns with their measurements.
    void agree(int expectServices, int expectAssessments, int expectDoses)
    {
        for (const char *kind : {"elderly_service", "tcm_assessment", "tcm_child_service",
                                 "tb_dose", "pregnancy", "health_check", "tb_patient"}) {
            const Sync::RecordMapper *m = Sync::mapperForEntity(QLatin1String(kind));
            QVERIFY2(m, kind);
            const QStringList a = dump("a", m->table(), columnsOf(*m));
            QVERIFY2(!a.isEmpty(), kind);
            QCOMPARE(dump("b", m->table(), columnsOf(*m)), a);
        }
        QCOMPARE(scalar("b", "SELECT count(*) FROM elderly_service"), expectServices);
        QCOMPARE(scalar("b", "SELECT count(*) FROM tcm_assessment"), expectAssessments);
        QCOMPARE(scalar("b", "SELECT count(*) FROM tb_dose"), expectDoses);
        const QString births = QStringLiteral("pregnancy_id || '/' || child_id AS id, "
                                              "birth_weight_g, birth_length_cm, gestation_day");
        QCOMPARE(dump("b", "pregnancy_child", births), dump("a", "pregnancy_child", births));
        for (const char *c : {"a", "b"}) {
            QCOMPARE(scalar(c, "SELECT count(*) FROM outbox WHERE acked_at IS NULL"), 0);
            QCOMPARE(scalar(c, "SELECT count(*) FROM sync_conflict"), 0);
            QCOMPARE(scalar(c, "SELECT count(*) FROM sync_rejected"), 0);
            QCOMPARE(scalar(c, "SELECT count(*) FROM sync_parked"), 0);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = startTlsPlatform(m_platform, m_dir.path());
        QVERIFY(!m_ca.isEmpty());
        m_tokenA = m_platform.addToken("幸福村卫生室", Township);
        m_tokenB = m_platform.addToken("县卫健局", County);
        QVERIFY(openWorkstation("a", m_dir.filePath("a.db")));
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
    }

    void cleanupTestCase()
    {
        Models::closeDatabase("a");
        Models::closeDatabase("b");
        m_platform.stop();
    }

    void recordedOnAArriveOnB()
    {
        // 65+ annual service with its health check
        Resident elder = resident("赵老汉", 1);
        elder.birthDate = m_today.addYears(-72);
        auto e = ResidentRepository("a").create(m_admin, elder, true);
        QVERIFY2(e, why(e).constData());
        m_elder = e->id;
        HealthCheck h;
        h.residentId = m_elder;
        h.checkDate = m_today.addDays(-1);
        h.form = QJsonObject{{"sbp_left", 138}, {"dbp_left", 82}, {"height", 165},
                             {"weight", 70},    {"fbg", 5.9},     {"evaluation", "1"}};
        auto check = HealthRecordRepository("a").addHealthCheck(m_admin, h, true);
        QVERIFY2(check, why(check).constData());
        ElderlyService s;
        s.residentId = m_elder;
        s.date = m_today;
        s.doctor = QStringLiteral("李医生");
        s.healthCheckId = check->id;
        s.selfCare = {
            {"eating", 0}, {"grooming", 1}, {"dressing", 1}, {"toilet", 0}, {"activity", 2}};
        s.selfRating = 2;
        s.cognitivePositive = true;
        s.mmse = 24;
        s.moodPositive = true;
        s.gds = 12;
        s.lifestyle = QJsonObject{{"exercise", QJsonObject{{"times_per_week", 3}}},
                                  {"diet", QJsonArray{"荤素均衡", "嗜盐"}},
                                  {"smoking", false}};
        s.guidance = {QStringLiteral("chronic"), QStringLiteral("falls")};
        s.nextVisit = m_today.addYears(1);
        auto service = ElderlyRepository("a").addService(m_admin, s);
        QVERIFY2(service, why(service).constData());
        m_service = service->id;

        // TCM constitution assessment
        TcmRecord t;
        t.residentId = m_elder;
        t.date = m_today;
        t.doctor = QStringLiteral("李医生");
        for (int i = 0; i < TcmQuestionCount; ++i)
            t.answers[size_t(i)] = 1 + (i * 7) % 5;
        t.guidance = {
            {QStringLiteral("qixu"), {QStringLiteral("diet"), QStringLiteral("acupoint")}}};
        t.guidanceOther = QStringLiteral("每日艾灸足三里");
        auto assessed = TcmRepository("a").addAssessment(m_admin, t);
        QVERIFY2(assessed, why(assessed).constData());
        m_assessment = assessed->id;

        // Children's TCM guidance at 18 months
        Resident child = resident("赵小宝", 2);
        child.birthDate = m_today.addMonths(-19);
        auto c = ResidentRepository("a").create(m_admin, child, true);
        QVERIFY2(c, why(c).constData());
        m_child = c->id;
        TcmChildRecord cs;
        cs.residentId = m_child;
        cs.months = 18;
        cs.date = m_today;
        cs.doctor = QStringLiteral("王医生");
        cs.services = {QStringLiteral("diet"), QStringLiteral("technique"),
                       QStringLiteral("other")};
        cs.otherText = QStringLiteral("捏脊示范");
        cs.nextDate = m_today.addMonths(6);
        auto childService = TcmRepository("a").addChildService(m_admin, cs);
        QVERIFY2(childService, why(childService).constData());
        m_childService = childService->id;

        // TB patient and ten days of the dose card, day 5 missed
        TbPatient p;
        p.residentId = m_elder;
        p.notifiedAt = QDateTime::currentDateTimeUtc().addDays(-12);
        p.regimen = QStringLiteral("2HRZE/4HR");
        p.intensiveStart = m_today.addDays(-10);
        p.intensiveEnd = p.intensiveStart.addDays(59);
        p.continuationEnd = p.intensiveStart.addDays(179);
        p.supervision = QStringLiteral("医务人员");
        auto tp = TbRepository("a").registerPatient(m_admin, p);
        QVERIFY2(tp, why(tp).constData());
        m_tbPatient = tp->id;
        QVector<TbDose> doses;
        for (int d = 0; d < 10; ++d)
            doses << TbDose{p.intensiveStart.addDays(d), d != 4,
                            d % 2 ? QStringLiteral("card") : QStringLiteral("supervisor")};
        QVERIFY(TbRepository("a").recordDoses(m_admin, m_tbPatient, doses));

        // A birth: twins, the first weighed and measured, the second not
        Resident mother = resident("孙秀英", 4);
        mother.sex = QLatin1Char('F');
        mother.birthDate = m_today.addYears(-29);
        auto mo = ResidentRepository("a").create(m_admin, mother, true);
        QVERIFY2(mo, why(mo).constData());
        m_mother = mo->id;
        Pregnancy preg;
        preg.residentId = m_mother;
        preg.lmp = m_today.addDays(-275);
        preg.bookedOn = m_today.addDays(-200);
        preg.gravidity = 1;
        preg.bookingForm = QJsonObject{
            {"screen", QJsonObject{{"bmi", 22.0}, {"sbp", 118}, {"dbp", 76}, {"hb", 120}}}};
        auto booked = PregnancyRepository("a").book(m_admin, preg);
        QVERIFY2(booked, why(booked).constData());
        m_pregnancy = booked->id;
        BirthRecord b;
        b.deliveredOn = m_today.addDays(-3);
        b.place = QStringLiteral("县妇幼保健院");
        b.dischargedOn = m_today.addDays(-1);
        b.babies << Newborn{QString(), QLatin1Char('F'), 2650, 47.5}
                 << Newborn{QString(), QLatin1Char('M'), 0, 0};
        auto born = PregnancyRepository("a").registerBirth(m_admin, m_pregnancy, b);
        QVERIFY2(born, why(born).constData());
        QCOMPARE(scalar("a", "SELECT count(*) FROM pregnancy_child WHERE birth_weight_g = 2650"),
                 1);

        ok(sync("a", m_platform, m_tokenA, m_ca));
        ok(sync("b", m_platform, m_tokenB, m_ca));
        agree(1, 1, 10);
        QCOMPARE(scalar("b", "SELECT count(*) FROM pregnancy_child WHERE birth_weight_g = 2650"
                             " AND birth_length_cm = 47.5 AND gestation_day IS NOT NULL"),
                 1);
        QCOMPARE(scalar("b", "SELECT count(*) FROM pregnancy_child WHERE birth_weight_g IS NULL"),
                 1);

        // B's repositories read what A's do.
        auto onA = ElderlyRepository("a").service(m_admin, m_service);
        auto onB = ElderlyRepository("b").service(m_admin, m_service);
        QVERIFY2(onB, why(onB).constData());
        QVERIFY(onB->selfCare == onA->selfCare);
        QCOMPARE(onB->mmse.value_or(-1), 24);
        QCOMPARE(onB->gds.value_or(-1), 12);
        QVERIFY(onB->lifestyle == onA->lifestyle);
        QCOMPARE(onB->guidance, onA->guidance);
        QCOMPARE(onB->healthCheckId, onA->healthCheckId);
        auto tcmA = TcmRepository("a").assessment(m_admin, m_assessment);
        auto tcmB = TcmRepository("b").assessment(m_admin, m_assessment);
        QVERIFY2(tcmB, why(tcmB).constData());
        QVERIFY(tcmB->answers == tcmA->answers);
        QVERIFY(tcmB->guidance == tcmA->guidance);
        QCOMPARE(QJsonDocument(tcmB->assessment.toJson()).toJson(),
                 QJsonDocument(tcmA->assessment.toJson()).toJson());
        auto adhA = TbRepository("a").adherence(m_admin, m_tbPatient, m_today);
        auto adhB = TbRepository("b").adherence(m_admin, m_tbPatient, m_today);
        QVERIFY2(adhB, why(adhB).constData());
        QCOMPARE(adhB->adherence.taken, adhA->adherence.taken);
        QCOMPARE(adhB->recordedMissed, 1);
    }

    // Corrections: a new TCM version superseding the first, the missed day corrected to taken
    // (its row deleted, a new one added): B ends with the same records, the old day deleted.
    void correctionsTravel()
    {
        auto first = TcmRepository("a").assessment(m_admin, m_assessment);
        QVERIFY(first);
        TcmRecord t = *first;
        t.id.clear();
        t.supersedes = m_assessment;
        t.answers[0] = 5;
        t.guidance.clear();
        t.guidanceOther.clear();
        auto second = TcmRepository("a").addAssessment(m_admin, t);
        QVERIFY2(second, why(second).constData());
        const QDate day5 = m_today.addDays(-10).addDays(4);
        QVERIFY(TbRepository("a").recordDoses(m_admin, m_tbPatient,
                                              {TbDose{day5, true, QStringLiteral("supervisor")}}));
        // Recording a day as it already is changes nothing (no new row, nothing to send).
        QVERIFY(TbRepository("a").recordDoses(m_admin, m_tbPatient,
                                              {TbDose{day5, true, QStringLiteral("supervisor")}}));
        QCOMPARE(scalar("a", "SELECT count(*) FROM tb_dose"), 11);

        ok(sync("a", m_platform, m_tokenA, m_ca));
        ok(sync("b", m_platform, m_tokenB, m_ca));
        agree(1, 2, 11);
        auto current = TcmRepository("b").assessments(m_admin, m_elder);
        QVERIFY(current);
        QCOMPARE(current->size(), 1);
        QCOMPARE(current->first().supersedes, m_assessment);
        QCOMPARE(scalar("b", QStringLiteral("SELECT count(*) FROM tb_dose WHERE dose_date = '%1'"
                                            " AND deleted = 1")
                                 .arg(day5.toString(Qt::ISODate))),
                 1);
        auto adhB = TbRepository("b").adherence(m_admin, m_tbPatient, m_today);
        QVERIFY(adhB);
        QCOMPARE(adhB->recordedMissed, 0);
    }

    // What the platform holds for these kinds: the resource types of the mapping, and valid R4.
    void platformContentValidates()
    {
        m_platform.stop(); // read its store at rest
        QStringList lines;
        QSet<QString> types;
        // Either store (SQLite at rest, or the test's PostgreSQL): the same SQL.
        const QList<QStringList> rows =
            m_platform.query("SELECT type, json FROM resource WHERE NOT deleted");
        QVERIFY(!rows.isEmpty());
        for (const QStringList &row : rows) {
            types.insert(row.value(0));
            lines << QString::fromUtf8(
                QJsonDocument::fromJson(row.value(1).toUtf8()).toJson(QJsonDocument::Compact));
        }
        for (const char *t :
             {"QuestionnaireResponse", "Observation", "MedicationAdministration", "EpisodeOfCare"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
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
        qInfo("%d resources of %d types on the platform, all valid", int(lines.size()),
              int(types.size()));
    }
};

QTEST_GUILESS_MAIN(TestSyncProgrammes)
#include "tst_syncprogrammes.moc"
