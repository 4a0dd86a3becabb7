// Two platform processes on one PostgreSQL, many workstations at once: creating and editing the
// same Patients for a bounded time, one process killed with SIGKILL in the middle and started
// again. At the end: no resource created twice, no version handed out twice (no lost update), every
// acknowledged edit where the versions say it must be, every refusal a 409/412, nothing of a
// refused Bundle stored, and a reader that followed the change feed through both processes the
// whole time holds exactly what the database holds (no change skipped by the cursor).
//
// Size: JIAYI_CONCURRENCY_CLIENTS (default 20) workstations for JIAYI_CONCURRENCY_SECONDS
// (default 12; the full run documented in docs/platform-deployment.md uses 60).
#include "pgtestutil.h"
#include "platformprocess.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>

namespace {
const QString AreaSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");
constexpr int Resources = 24; // few, so that workstations meet on the same Patients

enum class Outcome { Accepted, Rejected, Unknown }; // Unknown: the connection broke (SIGKILL)

struct Edit
{
    QString id, mark;   // mark: the unique name text this edit wrote
    qint64 ifMatch;     // 0: a create
    qint64 version = 0; // the version the platform answered (accepted edits)
    int status = 0;     // the entry's status (201, 200)
};

struct Sent
{
    std::vector<Edit> edits;
    Outcome outcome = Outcome::Unknown;
    int status = 0; // HTTP status of the Bundle (0: no answer)
};

QByteArray patient(const QString &id, const QString &mark)
{
    const QJsonObject r{
        {"resourceType", "Patient"},
        {"id", id},
        {"meta", QJsonObject{{"tag", QJsonArray{QJsonObject{{"system", AreaSystem},
                                                            {"code", "430121101001"}}}}}},
        {"name", QJsonArray{QJsonObject{{"text", mark}}}},
        {"gender", "female"},
        {"birthDate", "1960-03-04"}};
    return QJsonDocument(r).toJson(QJsonDocument::Compact);
}

QString markOf(const QJsonObject &resource)
{
    return resource.value("name").toArray().at(0).toObject().value("text").toString();
}

qint64 etagVersion(const QString &etag)
{
    return QString(etag).remove(QStringLiteral("W/")).remove(QLatin1Char('"')).toLongLong();
}
} // namespace

class TestPlatformConcurrency : public QObject
{
    Q_OBJECT
    PgTest::Cluster m_pg;
    PlatformTest::Process m_a, m_b;
    QString m_token;
    std::vector<int> m_ports; // [a, b]

    httplib::Headers headers(const QString &client = {}) const
    {
        httplib::Headers h{{"Authorization", "Bearer " + m_token.toStdString()}};
        if (!client.isEmpty())
            h.emplace("X-Jiayi-Client", client.toStdString());
        return h;
    }

    // One workstation: Bundles of 1-3 Patients out of the shared few, each with the version it
    // last saw (or none: a create), until the deadline.
    void workstation(int n, qint64 deadlineMs, const QElapsedTimer &clock, std::vector<Sent> *log)
    {
        std::mt19937 rng(1000 + n);
        QHash<QString, qint64> known; // id -> version this workstation believes current
        int turn = n % 2, counter = 0;
        std::unique_ptr<httplib::Client> cli;
        int cliPort = -1;
        while (clock.elapsed() < deadlineMs) {
            const int port = m_ports[size_t(turn)];
            if (!cli || cliPort != port) {
                cli = std::make_unique<httplib::Client>("127.0.0.1", port);
                cli->set_keep_alive(
                    false); // a worker per idle connection today (issue 20, hardening)
                cli->set_read_timeout(30);
                cli->set_connection_timeout(2);
                cliPort = port;
            }
            Sent s;
            QSet<QString> used;
            const int entries = 1 + int(rng() % 3);
            // Plus one Patient of its own, written once and never again: if the feed's cursor ever
            // moved past it before it committed, no later version would bring it back.
            const QString own = QStringLiteral("u%1x%2").arg(n).arg(counter);
            QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[";
            for (int e = 0; e <= entries; ++e) {
                const QString id =
                    e == entries ? own : QStringLiteral("p%1").arg(rng() % Resources);
                if (used.contains(id))
                    continue;
                used.insert(id);
                Edit ed{id, QStringLiteral("w%1-e%2").arg(n).arg(++counter), known.value(id)};
                if (!s.edits.empty())
                    body += ',';
                body += "{\"resource\":" + patient(id, ed.mark) +
                        ",\"request\":{\"method\":\"PUT\",\"url\":\"Patient/" + id.toLatin1() + '"';
                if (ed.ifMatch > 0)
                    body += ",\"ifMatch\":\"W/\\\"" + QByteArray::number(ed.ifMatch) + "\\\"\"";
                body += "}}";
                s.edits.push_back(ed);
            }
            body += "]}";
            auto res = cli->Post("/fhir", headers(QStringLiteral("ws%1").arg(n)),
                                 body.toStdString(), "application/fhir+json");
            if (!res) {
                // The process went away (SIGKILL): this Bundle may or may not have committed.
                s.outcome = Outcome::Unknown;
                log->push_back(s);
                turn = 1 - turn; // what nginx does: the next request goes to the other process
                cli.reset();
                QThread::msleep(20);
                continue;
            }
            s.status = res->status;
            if (res->status == 200) {
                s.outcome = Outcome::Accepted;
                const QJsonArray answers =
                    QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                        .object()
                        .value("entry")
                        .toArray();
                for (size_t i = 0; i < s.edits.size(); ++i) {
                    const QJsonObject r =
                        answers.at(qsizetype(i)).toObject().value("response").toObject();
                    s.edits[i].version = etagVersion(r.value("etag").toString());
                    s.edits[i].status = r.value("status").toString().left(3).toInt();
                    known[s.edits[i].id] = s.edits[i].version;
                }
            } else {
                s.outcome = Outcome::Rejected;
                // Refused: learn the current versions, as a workstation does when it pulls.
                for (const Edit &ed : s.edits) {
                    auto cur = cli->Get(("/fhir/Patient/" + ed.id).toStdString(), headers());
                    if (cur && cur->status == 200)
                        known[ed.id] =
                            etagVersion(QString::fromStdString(cur->get_header_value("ETag")));
                }
            }
            log->push_back(s);
        }
    }

    // The change feed, read through both processes in turn (the cursor is the database's, not a
    // process's), from `*cursor` until two empty pages in a row or the stop flag.
    void follow(qint64 *cursor, QHash<QString, std::pair<qint64, QString>> *seen,
                const std::atomic<bool> *stop, int *pages)
    {
        int empty = 0, turn = 0;
        while (!(stop && stop->load()) && empty < 2) {
            httplib::Client cli("127.0.0.1", m_ports[size_t(turn)]);
            turn = 1 - turn;
            cli.set_read_timeout(30);
            auto res = cli.Get(
                QStringLiteral("/fhir/_history?_since=%1&_count=50").arg(*cursor).toStdString(),
                headers());
            if (!res || res->status != 200) {
                QThread::msleep(20); // that process is down: the other one next time
                continue;
            }
            ++*pages;
            const QJsonObject page =
                QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
            const QJsonArray entries = page.value("entry").toArray();
            for (const QJsonValue &v : entries) {
                const QJsonObject e = v.toObject();
                const QJsonObject r = e.value("resource").toObject();
                (*seen)[r.value("id").toString()] = {
                    etagVersion(e.value("response").toObject().value("etag").toString()),
                    markOf(r)};
            }
            const QString next =
                page.value("link").toArray().at(0).toObject().value("url").toString();
            *cursor = next.section(QStringLiteral("_since="), 1)
                          .section(QLatin1Char('&'), 0, 0)
                          .toLongLong();
            empty = entries.isEmpty() ? empty + 1 : 0;
            if (entries.isEmpty() && stop)
                QThread::msleep(10);
            if (stop)
                empty = 0; // while writers run, keep following
        }
    }

private slots:
    void initTestCase()
    {
        if (!PgTest::available())
            QSKIP("PostgreSQL 15 binaries are missing (scripts/install-deps.sh installs "
                  "postgresql-15)");
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY(m_a.start({"--database", m_pg.uri()}));
        QVERIFY(m_b.start({"--database", m_pg.uri()}));
        bool ok = false;
        m_token = QString::fromUtf8(PlatformTest::runPlatform(
            {"token", "add", "--database", m_pg.uri(), "--clinic", "c", "--area", "430121"}, &ok));
        QVERIFY(ok && !m_token.isEmpty());
        m_ports = {m_a.port(), m_b.port()};
    }

    void concurrentWorkstationsAndKill9()
    {
        const int clients = qEnvironmentVariableIntValue("JIAYI_CONCURRENCY_CLIENTS") > 0
                                ? qEnvironmentVariableIntValue("JIAYI_CONCURRENCY_CLIENTS")
                                : 20;
        const int seconds = qEnvironmentVariableIntValue("JIAYI_CONCURRENCY_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("JIAYI_CONCURRENCY_SECONDS")
                                : 12;
        const qint64 deadline = seconds * 1000;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::vector<Sent>> logs(static_cast<size_t>(clients));
        std::vector<std::thread> threads;
        for (int n = 0; n < clients; ++n)
            threads.emplace_back([&, n] { workstation(n, deadline, clock, &logs[size_t(n)]); });
        qint64 cursor = 0;
        int pages = 0;
        QHash<QString, std::pair<qint64, QString>> seen;
        std::atomic<bool> stop{false};
        std::thread reader([&] { follow(&cursor, &seen, &stop, &pages); });

        // SIGKILL one process halfway, start it again on the same port at three quarters.
        while (clock.elapsed() < deadline / 2)
            QThread::msleep(20);
        const int portB = m_b.port();
        m_b.kill9();
        while (clock.elapsed() < deadline * 3 / 4)
            QThread::msleep(20);
        const bool restarted = m_b.start({"--database", m_pg.uri()}, portB);
        for (auto &t : threads)
            t.join();
        stop = true;
        reader.join();
        QVERIFY(restarted);
        follow(&cursor, &seen, nullptr, &pages); // to the end of the feed

        // What every workstation was told.
        int accepted = 0, rejected = 0, unknown = 0, editsAccepted = 0;
        QHash<QString, QSet<qint64>> versions;             // acknowledged versions per id
        QHash<QString, std::pair<qint64, QString>> newest; // newest acknowledged per id
        QHash<QString, int> creates;
        QHash<QString, QSet<QString>> maybe; // marks of edits without an answer, per id
        QSet<QString> refused;               // marks of refused Bundles
        for (const auto &log : logs)
            for (const Sent &s : log) {
                if (s.outcome == Outcome::Unknown) {
                    ++unknown;
                    for (const Edit &e : s.edits)
                        maybe[e.id].insert(e.mark);
                    continue;
                }
                if (s.outcome == Outcome::Rejected) {
                    ++rejected;
                    QVERIFY2(s.status == 412 || s.status == 409,
                             qPrintable(QStringLiteral("refused with %1").arg(s.status)));
                    for (const Edit &e : s.edits)
                        refused.insert(e.mark);
                    continue;
                }
                ++accepted;
                for (const Edit &e : s.edits) {
                    ++editsAccepted;
                    QVERIFY2(!versions[e.id].contains(e.version),
                             qPrintable(QStringLiteral("version %1 of %2 handed out twice")
                                            .arg(e.version)
                                            .arg(e.id)));
                    versions[e.id].insert(e.version);
                    QCOMPARE(e.version, e.ifMatch + 1); // an edit of the version it was based on
                    if (e.status == 201)
                        ++creates[e.id];
                    if (e.version > newest.value(e.id).first)
                        newest[e.id] = {e.version, e.mark};
                }
            }
        qInfo("%d workstations, %d s: %d Bundles accepted (%d edits), %d refused (412), %d cut "
              "by SIGKILL; feed read in %d pages",
              clients, seconds, accepted, editsAccepted, rejected, unknown, pages);
        QVERIFY(accepted > 0);
        QVERIFY(rejected > 0); // the workstations did meet on the same Patients

        // What the database holds.
        const auto rows = m_pg.query(
            QStringLiteral("SELECT id, version, json FROM resource WHERE type = 'Patient'"));
        QVERIFY(!rows.isEmpty());
        QHash<QString, std::pair<qint64, QString>> stored;
        for (const QStringList &r : rows)
            stored[r[0]] = {r[1].toLongLong(),
                            markOf(QJsonDocument::fromJson(r[2].toUtf8()).object())};
        for (auto it = creates.cbegin(); it != creates.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" created twice")));
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            const auto row = stored.value(it.key());
            QVERIFY2(row.first >= it.value().first,
                     qPrintable(QStringLiteral("%1: acknowledged version %2 lost (stored %3)")
                                    .arg(it.key())
                                    .arg(it.value().first)
                                    .arg(row.first)));
            if (row.first == it.value().first)
                QCOMPARE(row.second, it.value().second);
            else // later versions only from Bundles whose answer the SIGKILL cut
                QVERIFY2(maybe.value(it.key()).contains(row.second),
                         qPrintable(it.key() + QStringLiteral(" holds an unknown edit")));
            // every version up to the stored one was acknowledged or cut, none invented
            QVERIFY(versions.value(it.key()).size() + maybe.value(it.key()).size() >= row.first);
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(!refused.contains(it.value().second),
                     qPrintable(QStringLiteral("a refused Bundle's edit is stored: ") +
                                it.value().second));
        // The reader that followed the feed through both processes holds the database's state.
        QCOMPARE(seen.size(), stored.size());
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(seen.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("the feed skipped %1 version %2")
                                    .arg(it.key())
                                    .arg(it.value().first)));
    }

    void cleanupTestCase()
    {
        m_a.stop();
        m_b.stop();
        m_pg.stop();
    }
};

QTEST_GUILESS_MAIN(TestPlatformConcurrency)
#include "tst_platformconcurrency.moc"
