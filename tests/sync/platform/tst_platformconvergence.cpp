// Twenty real workstations converge through two platform processes on one PostgreSQL: each is a
// workstation database of the same demo township (`jiayi-cli demo`, synced once, then copied with
// a client id of its own) synced by real `jiayi-cli sync` processes, all twenty at once, half
// through platform process A and half through B. Between rounds every workstation edits residents
// the others edit too (through the app's repository: outbox and audit as the app writes them;
// phone on some, address on others, so that some edits merge and some conflict) and now and then
// creates one; in the middle of the run A is killed with SIGKILL while its syncs are in flight and
// started again. At the end:
//   - no resident is on the platform twice, and no resource version was handed out twice;
//   - every edit either reached the platform (the platform's row of the version the workstation
//     was acknowledged at carries it: PostgreSQL keeps every version in a test-only history
//     table filled by a trigger), or is in its workstation's conflict queue, or was replaced by
//     the same workstation's own later edit before it was sent (the outbox sends the record);
//   - after the final syncs (conflicts decided for the platform's value, as a person would), every
//     workstation holds the same residents and households as every other, and each resident's
//     version and phone are the platform's.
//
// Size: JIAYI_CONVERGENCE_SECONDS of edits (default 8; docs/platform-deployment.md has the long
// run), JIAYI_CONVERGENCE_WORKSTATIONS (default 20).
#include "convergencehelpers.h"
#include "pgtestutil.h"
#include "platformprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>
#include <vector>

using namespace Convergence;

class TstPlatformConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workstationsConverge();
    void cleanupTestCase();

private:
    bool startPlatform(int i, int port = 0);
    // Every workstation at once, each through its platform; the exit codes.
    QVector<int> syncAll(const std::function<void()> &whileRunning = {});
    void classify(int w);

    QTemporaryDir m_dir;
    PgTest::Cluster m_pg;
    PlatformTest::Process m_platform[2];
    int m_port[2] = {0, 0};
    QString m_token;
    std::vector<std::unique_ptr<Workstation>> m_ws;
    QVector<Edit> m_edits;
    int m_syncRuns = 0, m_failedRuns = 0;
    QJsonArray m_rejected;                            // what the platform refused (none expected)
    QHash<int, QByteArray> m_lastOutput, m_lastError; // of each workstation's last sync
};

bool TstPlatformConvergence::startPlatform(int i, int port)
{
    if (!m_platform[i].start({"--database", m_pg.uri()}, port))
        return false;
    m_port[i] = m_platform[i].port();
    return true;
}

void TstPlatformConvergence::initTestCase()
{
    if (!PgTest::available())
        QSKIP("PostgreSQL binaries missing (scripts/install-deps.sh installs postgresql-15)");
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("JIAYI_KEEP_TEST_DIR"));
    qInfo("workstations in %s", qPrintable(m_dir.path()));
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    QVERIFY(startPlatform(0));
    QVERIFY(startPlatform(1));
    QVERIFY(installHistory(m_pg));
    bool ok = false;
    m_token = QString::fromUtf8(PlatformTest::runPlatform(
        {"token", "add", "--database", m_pg.uri(), "--clinic", "ws", "--area", "430121"}, &ok));
    QVERIFY(ok && !m_token.isEmpty());

    // The first workstation: a small demo township, sent to the platform.
    const QString first = m_dir.filePath(QStringLiteral("ws0.db"));
    QVERIFY(runCli({"demo", "--db", first, "--residents", "20", "--seed", "7"}));
    QVERIFY(runCli(
        {"sync", "configure", "--db", first, "--server", url(m_port[0]), "--token", m_token}));
    QJsonObject out;
    QVERIFY(runCli({"sync", "--db", first, "--json"}, &out));
    QVERIFY2(out.value(QStringLiteral("ok")).toBool(), QJsonDocument(out).toJson().constData());
    QVERIFY(out.value(QStringLiteral("sent")).toInt() > 100);

    const int n = qEnvironmentVariableIsSet("JIAYI_CONVERGENCE_WORKSTATIONS")
                      ? qEnvironmentVariableIntValue("JIAYI_CONVERGENCE_WORKSTATIONS")
                      : 20;
    // Copies first, connections after: closing any descriptor of a file drops every POSIX lock
    // this process holds on it, so copying an open database would let the next `jiayi-cli`
    // that closes it think it was the last one and delete the WAL under our connection.
    for (int w = 1; w < n; ++w)
        QVERIFY(QFile::copy(first, m_dir.filePath(QStringLiteral("ws%1.db").arg(w))));
    for (int w = 0; w < n; ++w) {
        const QString path = m_dir.filePath(QStringLiteral("ws%1.db").arg(w));
        m_ws.push_back(std::make_unique<Workstation>(w, path));
        QVERIFY2(m_ws.back()->open(), qPrintable(path));
        // A workstation of its own: its own client id (made at its next sync) and record numbers
        // in a range of its own (distinct clinics never share a numbering).
        QVERIFY(m_ws.back()->becomeDistinct());
    }
}

QVector<int> TstPlatformConvergence::syncAll(const std::function<void()> &whileRunning)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    for (const auto &ws : m_ws) {
        procs.push_back(std::make_unique<QProcess>());
        procs.back()->start(QStringLiteral(JIAYI_CLI_BIN),
                            {"sync", "--db", ws->path(), "--server", url(m_port[ws->index() % 2]),
                             "--token", m_token, "--json", "--timeout", "20000", "--retries", "2",
                             "--backoff", "50"});
    }
    if (whileRunning)
        whileRunning();
    QVector<int> codes;
    for (auto &p : procs) {
        const bool done = p->waitForFinished(120000);
        codes << (done && p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1);
        m_lastOutput[codes.size() - 1] = p->readAllStandardOutput(); // the JSON summary
        if (codes.back() != 0)
            m_lastError[codes.size() - 1] = p->readAllStandardError();
        ++m_syncRuns;
        if (codes.back() != 0)
            ++m_failedRuns;
        const QJsonObject out = QJsonDocument::fromJson(m_lastOutput[codes.size() - 1]).object();
        if (out.value(QStringLiteral("rejected")).toInt() > 0)
            m_rejected << out.value(QStringLiteral("rejected_records")).toArray();
    }
    return codes;
}

// After a sync of workstation w: what became of each of its edits still open.
void TstPlatformConvergence::classify(int w)
{
    Workstation &ws = *m_ws[w];
    for (Edit &e : m_edits) {
        if (e.workstation != w || e.state != Edit::Open)
            continue;
        const auto st = ws.stateOf(e.residentId, e.field);
        if (st.conflictMine.contains(e.value)) {
            e.state = Edit::InConflictQueue;
        } else if (st.pending) {
            continue; // not sent yet (a sync that failed): the next one sends it
        } else if (st.local == e.value) {
            e.state = Edit::Acknowledged;
            e.version = st.version;
        } else {
            e.state = Edit::Vanished; // neither sent nor queued, and no longer here
            qWarning() << "edit vanished: workstation" << w << e.residentId << e.field << e.value
                       << "local" << st.local << "version" << st.version << "conflicts"
                       << st.conflictMine << m_lastOutput.value(w).left(600)
                       << m_lastError.value(w).left(300);
        }
    }
}

void TstPlatformConvergence::workstationsConverge()
{
    const int seconds = qEnvironmentVariableIsSet("JIAYI_CONVERGENCE_SECONDS")
                            ? qEnvironmentVariableIntValue("JIAYI_CONVERGENCE_SECONDS")
                            : 8;
    std::mt19937 rng(20);
    const QStringList shared = m_ws[0]->residentIds();
    QVERIFY(shared.size() >= 20);
    QElapsedTimer clock;
    clock.start();
    int round = 0, created = 0;
    bool killed = false;
    while (clock.elapsed() < seconds * 1000 || !killed) {
        ++round;
        // Edits: two residents each, drawn from the first eight (so workstations meet on them),
        // the field by workstation; every fourth round one new resident per five workstations.
        for (const auto &ws : m_ws) {
            for (int k = 0; k < 2; ++k) {
                const QString id = shared[int(rng() % 8)];
                const QString field =
                    ws->index() % 3 == 2 ? QStringLiteral("address") : QStringLiteral("phone");
                const QString value = markFor(field, ws->index(), round, k);
                QString why;
                QVERIFY2(ws->edit(id, field, value, &why), qPrintable(why));
                // An earlier open edit of the same field here is replaced before it was sent.
                for (Edit &e : m_edits)
                    if (e.workstation == ws->index() && e.residentId == id && e.field == field &&
                        e.state == Edit::Open)
                        e.state = Edit::ReplacedLocally;
                m_edits.push_back(Edit{ws->index(), id, field, value});
            }
            if (round % 4 == 1 && ws->index() % 5 == 0) {
                QString why;
                QVERIFY2(ws->create(round, &why), qPrintable(why));
                ++created;
            }
        }
        const bool killNow = !killed && clock.elapsed() >= seconds * 500;
        syncAll([&] {
            if (!killNow)
                return;
            QTest::qWait(int(150 + rng() % 300)); // while its syncs are in flight
            m_platform[0].kill9();
            killed = true;
        });
        if (killNow) {
            QVERIFY2(startPlatform(0, m_port[0]), "platform A restarted on its port");
        }
        for (const auto &ws : m_ws) {
            classify(ws->index());
            QVERIFY(ws->decideConflictsForPlatform()); // a person takes the platform's value
        }
    }
    qInfo("%d rounds, %lld edits, %d residents created, %d of %d sync runs exited non-zero (the "
          "kill; records held by an open conflict)",
          round, static_cast<long long>(m_edits.size()), created, m_failedRuns, m_syncRuns);

    QVERIFY2(m_rejected.isEmpty(), QJsonDocument(m_rejected).toJson().constData());
    // Final syncs until every workstation is quiet: nothing unsent, no conflict open.
    bool quiet = false;
    for (int pass = 0; pass < 5 && !quiet; ++pass) {
        const QVector<int> codes = syncAll();
        quiet = true;
        for (const auto &ws : m_ws) {
            classify(ws->index());
            const QJsonObject out =
                QJsonDocument::fromJson(m_lastOutput.value(ws->index())).object();
            const bool done = codes[ws->index()] == 0 && out.value(QStringLiteral("ok")).toBool() &&
                              out.value(QStringLiteral("unsent")).toInt() == 0 &&
                              ws->openConflicts() == 0;
            if (!done && pass == 4)
                qWarning() << "workstation" << ws->index() << "not quiet: exit"
                           << codes[ws->index()] << m_lastOutput.value(ws->index()).left(800)
                           << m_lastError.value(ws->index()).left(300);
            quiet = quiet && done;
            QVERIFY(ws->decideConflictsForPlatform());
        }
    }
    QVERIFY2(quiet, "every workstation quiet after the final syncs");
    // Everyone pulls what the last pass sent.
    const QVector<int> codes = syncAll();
    for (int c : codes)
        QCOMPARE(c, 0);

    // No duplicates: one Patient per resident, one row per resident on every workstation, no
    // version written twice.
    const QStringList ids = m_ws[0]->residentIds();
    QCOMPARE(ids.size(), shared.size() + created);
    const auto patients = m_pg.query(QStringLiteral(
        "SELECT id, version, json FROM resource WHERE type = 'Patient' AND NOT deleted"));
    {
        QSet<QString> onPlatform;
        for (const QStringList &p : patients)
            onPlatform.insert(p.value(0));
        for (const QString &id : ids)
            if (!onPlatform.contains(id))
                qWarning() << "not on the platform:" << id
                           << m_pg.query(QStringLiteral("SELECT type, id, version, deleted FROM "
                                                        "resource WHERE id LIKE '%1%'")
                                             .arg(id));
    }
    QCOMPARE(patients.size(), ids.size());
    QCOMPARE(m_pg.query(QStringLiteral("SELECT type, id, version FROM test_history GROUP BY 1, 2, "
                                       "3 HAVING count(DISTINCT json) > 1"))
                 .size(),
             0);

    // Every edit accounted for.
    int acked = 0, queued = 0, replaced = 0;
    for (const Edit &e : m_edits) {
        QVERIFY2(e.state != Edit::Open && e.state != Edit::Vanished,
                 qPrintable(QStringLiteral("edit of %1 by workstation %2 lost (state %3)")
                                .arg(e.residentId)
                                .arg(e.workstation)
                                .arg(int(e.state))));
        if (e.state == Edit::Acknowledged) {
            ++acked;
            const auto rows = m_pg.query(
                QStringLiteral("SELECT json FROM test_history WHERE type = 'Patient' AND id = '%1' "
                               "AND version = %2")
                    .arg(e.residentId)
                    .arg(e.version));
            QVERIFY2(!rows.isEmpty() && patientField(rows.first().value(0), e.field) == e.value,
                     qPrintable(QStringLiteral("acknowledged edit of %1 not in version %2")
                                    .arg(e.residentId)
                                    .arg(e.version)));
        }
        queued += e.state == Edit::InConflictQueue;
        replaced += e.state == Edit::ReplacedLocally;
    }
    qInfo("edits: %d on the platform, %d in a conflict queue, %d replaced before sending", acked,
          queued, replaced);
    QVERIFY(acked > 0);

    // Convergence: the same residents and households everywhere, and the platform's.
    QHash<QString, QPair<QString, QString>> platform; // id -> (version, phone)
    for (const QStringList &p : patients)
        platform.insert(p.value(0),
                        {p.value(1), patientField(p.value(2), QStringLiteral("phone"))});
    const QStringList reference = m_ws[0]->dump();
    for (const auto &ws : m_ws) {
        QCOMPARE(ws->dump(), reference);
        for (const QString &id : ids) {
            const auto st = ws->stateOf(id, QStringLiteral("phone"));
            QCOMPARE(st.version, platform.value(id).first.toLongLong());
            QCOMPARE(st.local, platform.value(id).second);
        }
    }
}

void TstPlatformConvergence::cleanupTestCase()
{
    m_ws.clear();
    m_platform[0].stop();
    m_platform[1].stop();
}

QTEST_GUILESS_MAIN(TstPlatformConvergence)
#include "tst_platformconvergence.moc"
