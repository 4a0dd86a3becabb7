// Import of a resident list from CSV: rows per second with validation, pinyin, search index,
// outbox and audit, against raw SQLite inserts of the same rows measured in the same run.
// Usage: bench_import [--small] [--rows N] [--batch ROWS-PER-TRANSACTION]
#include "arearepository.h"
#include "database.h"
#include "idnumber.h"
#include "residentimport.h"
#include "backgroundcheckpoint.h"
#include "tabularfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>

using namespace Models;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int rows = args.contains(QStringLiteral("--small")) ? 3000 : 100000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i >= 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();
    int batch = ImportOptions().batchSize;
    if (const qsizetype i = args.indexOf(QStringLiteral("--batch")); i >= 0 && i + 1 < args.size())
        batch = args.at(i + 1).toInt();
    ImportOptions options;
    options.batchSize = batch;
    const bool rerun = !args.contains(QStringLiteral("--no-rerun"));
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("JIAYI_BENCH_KEEP")) { // experiments: keep the databases
        dir.setAutoRemove(false);
        std::printf("databases in %s\n", qPrintable(dir.path()));
    }

    // The file: realistic names, valid identity numbers, phones, addresses, 20 villages.
    const QStringList surnames = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗").split(QLatin1Char(' '));
    const QStringList given = QStringLiteral("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英").split(QLatin1Char(' '));
    std::mt19937_64 rng(20240601);
    auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,联系电话,现住址,村\n");
    QStringList villages;
    for (int v = 0; v < 20; ++v)
        villages << QStringLiteral("430121101%1").arg(201 + v);
    QSet<QString> ids;
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays(uni(0, 30000));
        const bool male = uni(0, 1);
        QString id;
        do {
            const QString body = QStringLiteral("430121") + birth.toString(QStringLiteral("yyyyMMdd"))
                                 + QStringLiteral("%1").arg(uni(0, 499) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
            id = body + IdNumber::checkCharacter(body);
        } while (ids.contains(id));
        ids.insert(id);
        csv += QStringLiteral("%1%2,%3,%4,%5,1%6,示范村%7组%8号,%9\n")
                   .arg(surnames.at(uni(0, 19)), given.at(uni(0, 22)) + (uni(0, 1) ? given.at(uni(0, 22)) : QString()),
                        male ? QStringLiteral("男") : QStringLiteral("女"), birth.toString(Qt::ISODate), id)
                   .arg(uni(300000000, 999999999) + 3000000000LL)
                   .arg(uni(1, 12)).arg(uni(1, 200)).arg(villages.at(uni(0, 19)));
    }
    const QString csvPath = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile f(csvPath);
        f.open(QIODevice::WriteOnly);
        f.write(csv.toUtf8());
    }

    // Baseline: the same rows, parsed, into a bare table with one prepared statement.
    auto table = TabularFile::read(csvPath);
    if (!table) {
        std::fprintf(stderr, "read failed\n");
        return 1;
    }
    double rawRate = 0;
    {
        sqlite3 *h = nullptr;
        sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("raw.db"))).constData(), &h);
        sqlite3_exec(h, "PRAGMA journal_mode=WAL; CREATE TABLE r(id INTEGER PRIMARY KEY, name TEXT, sex TEXT,"
                        " birth TEXT, idn TEXT, phone TEXT, address TEXT, village TEXT)", nullptr, nullptr, nullptr);
        QElapsedTimer t;
        t.start();
        sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "INSERT INTO r(name, sex, birth, idn, phone, address, village) VALUES(?,?,?,?,?,?,?)", -1, &st, nullptr);
        for (const QStringList &row : table->rows) {
            for (int c = 0; c < 7; ++c) {
                const QByteArray b = row.at(c).toUtf8();
                sqlite3_bind_text(st, c + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            }
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        rawRate = rows / (t.nsecsElapsed() / 1e9);
        sqlite3_close(h);
    }

    // Jiayi: read + detect + validate + store with terms, outbox, audit, batches of 2000.
    if (!openDatabase(QStringLiteral("bench"), dir.filePath(QStringLiteral("jiayi.db")))) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }
    AreaRepository areas(QStringLiteral("bench"));
    (void)areas.add({QStringLiteral("430121"), QStringLiteral("示范县"), QStringLiteral("county"), {}});
    (void)areas.add({QStringLiteral("430121101"), QStringLiteral("东山镇"), QStringLiteral("township"), QStringLiteral("430121")});
    for (int v = 0; v < villages.size(); ++v)
        (void)areas.add({villages.at(v), QStringLiteral("村%1").arg(v), QStringLiteral("village"), QStringLiteral("430121101")});
    // Experiments only: JIAYI_BENCH_DROP="index,index" drops indexes before the import.
    for (const QString &ix : qEnvironmentVariable("JIAYI_BENCH_DROP").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("bench")));
        q.exec(QStringLiteral("DROP INDEX ") + ix);
    }
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu0 = std::clock();
    auto rep = ResidentImport(QStringLiteral("bench")).runFile(Scope::administrator(), csvPath, {}, options);
    const double secs = t.nsecsElapsed() / 1e9;
    const double cpuSecs = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    // The import returns once every row is committed; the WAL is then copied into the file on a
    // thread of its own (models/backgroundcheckpoint.h). Printed too: file to checkpointed file.
    const qint64 checkpointMs = BackgroundCheckpoint::wait();
    const double secsWithCheckpoint = t.nsecsElapsed() / 1e9;
    if (!rep || rep->imported + rep->existing != rows || rep->failed > 0) {
        std::fprintf(stderr, "import failed: %s imported %d of %d, first error: %s\n",
                     rep ? "" : qPrintable(rep.error().message), rep ? rep->imported : 0, rows,
                     rep && !rep->errors.isEmpty() ? qPrintable(rep->errors.first().reason) : "");
        return 1;
    }
    const double rate = rows / secs;
    QElapsedTimer t2;
    t2.start();
    Result<ImportReport> again = ImportReport{};
    if (rerun)
        again = ResidentImport(QStringLiteral("bench")).runFile(Scope::administrator(), csvPath, {}, options);
    const double rerunSecs = t2.nsecsElapsed() / 1e9;
    std::printf("rows                         %d (%d new, %d matched an earlier row), %d rows a transaction\n", rows,
                rep->imported, rep->existing, batch);
    std::printf("raw sqlite insert (baseline)  %.0f rows/s\n", rawRate);
    std::printf("jiayi import (file to commit) %.0f rows/s  (%.2f s; target > 25000 rows/s)\n", rate, secs);
    std::printf("ratio import / raw            %.3f\n", rate / rawRate);
    std::printf("... and the WAL copied into the file (background checkpoint, %lld ms): %.0f rows/s (%.2f s)\n",
                static_cast<long long>(checkpointMs), rows / secsWithCheckpoint, secsWithCheckpoint);
    // On a shared machine the wall time includes waiting for a CPU; the CPU time (all threads)
    // says what the import itself costs: rows / CPU second is the rate an idle core would give.
    std::printf("import CPU time (all threads) %.2f s = %.0f rows per CPU second\n", cpuSecs, rows / cpuSecs);
    if (rerun)
        std::printf("re-import, nothing new        %.0f rows/s  (%.2f s; %d existing)\n", rows / rerunSecs, rerunSecs,
                again ? again->existing : -1);
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average                  %.2f %.2f %.2f (2 cores)\n", load[0], load[1], load[2]);
    closeDatabase(QStringLiteral("bench"));
    return again && again->imported == 0 ? 0 : 1;
}
