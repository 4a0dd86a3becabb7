// bench_sync: initial sync of a township from the platform into an empty workstation,
// incremental 1,000 changes each way, peak memory; baseline: raw SQLite insert of the same rows.
//   bench_sync [--small]    (--small: 1,000 residents, for the CTest smoke run)
#include "database.h"
#include "demogenerator.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cstdio>

namespace {
long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QByteArray runCli(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    return p.readAllStandardOutput().trimmed();
}

Sync::SyncSummary syncOnce(const QString &conn, const QString &url, const QString &token)
{
    Sync::SyncConfig c;
    c.server = url;
    c.token = token;
    c.batchSize = 200;
    c.pageSize = 1000;
    Sync::SyncEngine e(conn, Models::Scope::administrator(), c);
    return e.run();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int residents = small ? 1000 : 20000;
    QTemporaryDir dir;
    const QString cli = QStringLiteral(JIAYI_CLI_BIN), platform = QStringLiteral(JIAYI_PLATFORM_BIN);
    const QString a = dir.filePath("a.db"), b = dir.filePath("b.db"), pdata = dir.filePath("platform");

    runCli(cli, {"demo", "--db", a, "--residents", QString::number(residents), "--seed", "7"});
    // the demo township's county code
    Models::openDatabase("a", a);
    QSqlQuery cq(QSqlDatabase::database("a"));
    cq.exec("SELECT code FROM area WHERE level = 'county' LIMIT 1");
    cq.next();
    const QString county = cq.value(0).toString();
    const QString tok = QString::fromUtf8(runCli(platform, {"token", "add", "--data", pdata, "--clinic", "bench", "--area", county}));

    QProcess server;
    server.start(platform, {"--data", pdata, "--listen", "127.0.0.1:0"});
    server.waitForReadyRead(5000);
    const QByteArray line = server.readAllStandardOutput();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(line.trimmed().split(':').last().toInt());

    QElapsedTimer t;
    t.start();
    const auto up = syncOnce("a", url, tok);
    const double uploadS = t.nsecsElapsed() / 1e9;

    Models::openDatabase("b", b);
    t.restart();
    const long memBefore = peakKb();
    const auto down = syncOnce("b", url, tok);
    const double initialS = t.nsecsElapsed() / 1e9;
    const long memPeak = peakKb();

    // incremental: 1,000 changes on each side
    QSqlQuery ua(QSqlDatabase::database("a"));
    ua.exec("BEGIN");
    ua.exec("UPDATE resident SET phone = '13' || substr('000000000' || rid, -9), dirty = 1 WHERE id IN (SELECT id FROM resident ORDER BY id DESC LIMIT 1000)");
    ua.exec("INSERT INTO outbox(entity, entity_id, op, created_at) SELECT 'resident', id, 'update', '2024-01-01' FROM resident ORDER BY id DESC LIMIT 1000");
    ua.exec("COMMIT");
    QSqlQuery ub(QSqlDatabase::database("b"));
    ub.exec("BEGIN");
    ub.exec("UPDATE resident SET address = address || '附' , dirty = 1 WHERE id IN (SELECT id FROM resident ORDER BY id LIMIT 1000)");
    ub.exec("INSERT INTO outbox(entity, entity_id, op, created_at) SELECT 'resident', id, 'update', '2024-01-01' FROM resident ORDER BY id LIMIT 1000");
    ub.exec("COMMIT");
    t.restart();
    const auto incA = syncOnce("a", url, tok);
    const auto incB = syncOnce("b", url, tok);
    const double incS = t.nsecsElapsed() / 1e9;

    // baseline: raw sqlite insert of the same number of rows, same shape, one transaction
    sqlite3 *h = nullptr;
    sqlite3_open(dir.filePath("raw.db").toUtf8().constData(), &h);
    sqlite3_exec(h, "PRAGMA journal_mode=WAL; CREATE TABLE t(id TEXT PRIMARY KEY, json TEXT)", nullptr, nullptr, nullptr);
    t.restart();
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h, "INSERT INTO t VALUES(?, ?)", -1, &st, nullptr);
    const QByteArray payload(600, 'x');
    for (int i = 0; i < down.received; ++i) {
        const QByteArray id = QByteArray::number(i);
        sqlite3_bind_text(st, 1, id.constData(), id.size(), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, payload.constData(), payload.size(), SQLITE_STATIC);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const double rawS = t.nsecsElapsed() / 1e9;
    sqlite3_close(h);
    server.terminate();
    server.waitForFinished();

    std::printf("bench_sync: %d residents, %d resources\n", residents, down.received);
    std::printf("  first upload (push %d records)     %.2f s\n", up.sent, uploadS);
    std::printf("  initial sync into empty workstation %.2f s  (target < 15 s at 150k resources)\n", initialS);
    std::printf("  raw SQLite insert baseline          %.3f s  ratio %.1fx\n", rawS, initialS / qMax(rawS, 1e-6));
    std::printf("  incremental 1,000 each way          %.2f s  (sent %d + %d, received %d + %d; target < 2 s)\n", incS,
                incA.sent, incB.sent, incA.received, incB.received);
    std::printf("  peak RSS of this process            %.0f MB (before initial sync %.0f MB; target < 250 MB)\n",
                memPeak / 1024.0, memBefore / 1024.0);
    const bool ok = up.ok && down.ok && incA.ok && incB.ok && down.received > 0;
    return ok ? 0 : 1;
}
