// Shared care over the real HTTPS platform: a mental-health registration and follow-up, a TB
// registration and its first visit, a referral and its return slip recorded on workstation A
// arrive complete on workstation B, column by column; the mental-health resources carry the
// restricted confidentiality label (v3-Confidentiality R), the TB ones do not.
#include "synctestutil.h"

#include "mentalrepository.h"
#include "recordmapper.h"
#include "referralrepository.h"
#include "tbrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace SyncTest;
using namespace Models;

class TestSyncSharedCare : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca, m_tokenA, m_tokenB;
    Scope m_admin = Scope::administrator();

    static void ok(const Sync::SyncSummary &s)
    {
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY2(s.rejected == 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(s.rejectedList).toJson())));
        QCOMPARE(s.newConflicts, 0);
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
        const QDate today = QDate::currentDate();
        auto r = ResidentRepository("a").create(m_admin, resident("周建平", 7), true);
        QVERIFY(r.ok());
        MentalRepository mental("a");
        MentalPatient p;
        p.residentId = r->id;
        p.disease = QStringLiteral("精神分裂症");
        p.guardianName = QStringLiteral("周母");
        p.registeredOn = today.addDays(-10);
        p.diagnosedOn = today.addDays(-400);
        auto mp = mental.registerPatient(m_admin, p);
        QVERIFY(mp.ok());
        MentalFollowup f;
        f.patientId = mp->id;
        f.visitDate = today;
        f.clinical.risk = 3;
        f.clinical.insight = QStringLiteral("不全");
        f.referred = true;
        auto mf = mental.recordFollowup(m_admin, f);
        QVERIFY(mf.ok());
        TbRepository tb("a");
        TbPatient t;
        t.residentId = r->id;
        t.notifiedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        t.regimen = QStringLiteral("2HRZE/4HR");
        t.intensiveStart = today.addDays(-1);
        t.intensiveEnd = t.intensiveStart.addDays(59);
        t.continuationEnd = t.intensiveStart.addDays(179);
        t.supervision = QStringLiteral("医务人员");
        auto tp = tb.registerPatient(m_admin, t);
        QVERIFY(tp.ok());
        TbVisit v;
        v.patientId = tp->id;
        v.kind = QStringLiteral("first");
        v.visitedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(tb.recordVisit(m_admin, v).ok());
        ReferralRepository referrals("a");
        auto d = referrals.draft(m_admin, r->id, QStringLiteral("mental_followup"), mf->id,
                                 QStringLiteral("危险性 3 级"));
        QVERIFY(d.ok());
        Referral ref = *d;
        ref.toInstitution = QStringLiteral("市精神卫生中心");
        auto made = referrals.create(m_admin, ref);
        QVERIFY(made.ok());
        QVERIFY(referrals
                    .recordReturn(m_admin, made->id, today,
                                  {QStringLiteral("精神分裂症"), QStringLiteral("ZY9"), {}, {}})
                    .ok());

        ok(sync("a", m_platform, m_tokenA, m_ca));
        ok(sync("b", m_platform, m_tokenB, m_ca));
        for (const char *kind :
             {"mental_patient", "mental_followup", "tb_patient", "tb_visit", "referral"}) {
            const Sync::RecordMapper *m = Sync::mapperForEntity(QLatin1String(kind));
            QVERIFY(m);
            const QString cols = m->storedColumns().join(QStringLiteral(", "));
            const QStringList a = dump("a", m->table(), cols);
            QCOMPARE(a.size(), 1);
            QCOMPARE(dump("b", m->table(), cols), a);
        }
        // The confidentiality label on what was sent.
        const Sync::MapContext ctx;
        auto label = [&](const char *entity, const char *key, const QString &id) {
            const Sync::RecordMapper *m = Sync::mapperForEntity(QLatin1String(entity));
            QSqlQuery q(QSqlDatabase::database("a"));
            q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = '%3'")
                       .arg(m->storedColumns().join(QStringLiteral(", ")), m->table(), id));
            QJsonObject row;
            if (q.next())
                for (int i = 0; i < m->storedColumns().size(); ++i)
                    row.insert(m->storedColumns().at(i), QJsonValue::fromVariant(q.value(i)));
            const QJsonObject r = m->toFhir(QLatin1String(key), row, ctx);
            return r.value("meta")
                .toObject()
                .value("security")
                .toArray()
                .first()
                .toObject()
                .value("code")
                .toString();
        };
        QCOMPARE(label("mental_patient", "Condition-smd", mp->id), QStringLiteral("R"));
        QCOMPARE(label("mental_followup", "QuestionnaireResponse-smd", mf->id),
                 QStringLiteral("R"));
        QCOMPARE(label("referral", "ServiceRequest", made->id), QStringLiteral("R"));
        QCOMPARE(label("tb_patient", "EpisodeOfCare-tb", tp->id), QString());
        QCOMPARE(scalar("b", "SELECT count(*) FROM referral WHERE status = 'returned'"
                             " AND restricted = 1"),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncSharedCare)
#include "tst_syncsharedcare.moc"
