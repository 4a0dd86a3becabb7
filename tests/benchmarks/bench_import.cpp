// Import of a resident list from CSV: rows per second with validation, pinyin, search index,
// outbox and audit, against raw SQLite inserts of the same rows measured in the same run.
// Usage: bench_import [--small] [--rows N] [--batch ROWS-PER-TRANSACTION] [--repeat N] [--no-rerun]
#include "arearepository.h"
#include "backgroundcheckpoint.h"
#include "database.h"
#include "idnumber.h"
#include "residentimport.h"
#include "tabularfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
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
    const QStringList surnames =
        QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗")
            .split(QLatin1Char(' '));
    const QStringList given =
        QStringLiteral("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英")
            .split(QLatin1Char(' '));
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
            const QString body =
                QStringLiteral("430121") + birth.toString(QStringLiteral("yyyyMMdd")) +
                QStringLiteral("%1").arg(uni(0, 499) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
            id = body + IdNumber::checkCharacter(body);
        } while (ids.contains(id));
        ids.insert(id);
        csv += QStringLiteral("%1%2,%3,%4,%5,1%6,示范村%7组%8号,%9\n")
                   .arg(surnames.at(uni(0, 19)),
                        given.at(uni(0, 22)) + (uni(0, 1) ? given.at(uni(0, 22)) : QString()),
                        male ? QStringLiteral("男") : QStringLiteral("女"),
                        birth.toString(Qt::ISODate), id)
                   .arg(uni(300000000, 999999999) + 3000000000LL)
                   .arg(uni(1, 12))
                   .arg(uni(1, 200))
                   .arg(villages.at(uni(0, 19)));
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
    // One raw run and one import, each into a fresh file; --repeat N does N pairs (interleaved, so
    // both see the same moments of a VM whose speed varies) and prints each pair and the medians.
    auto rawRun = [&](int k) {
        sqlite3 *h = nullptr;
        sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("raw%1.db").arg(k))).constData(),
                     &h);
        sqlite3_exec(
            h,
            "PRAGMA journal_mode=WAL; CREATE TABLE r(id INTEGER PRIMARY KEY, name TEXT, sex TEXT,"
            " birth TEXT, idn TEXT, phone TEXT, address TEXT, village TEXT)",
            nullptr, nullptr, nullptr);
        QElapsedTimer t;
        t.start();
        sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            h,
            "INSERT INTO r(name, sex, birth, idn, phone, address, village) VALUES(?,?,?,?,?,?,?)",
            -1, &st, nullptr);
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
        const double rate = rows / (t.nsecsElapsed() / 1e9);
        sqlite3_close(h);
        return rate;
    };

    struct Run
    {
        double secs = 0, secsWithCheckpoint = 0, cpuSecs = 0;
        qint64 checkpointMs = 0;
    };
    // Jiayi: read + detect + validate + store with terms, outbox, audit, in batches.
    auto importRun = [&](const QString &conn, int k) -> std::optional<Run> {
        if (!openDatabase(conn, dir.filePath(QStringLiteral("jiayi%1.db").arg(k)))) {
            std::fprintf(stderr, "open failed\n");
            return std::nullopt;
        }
        AreaRepository areas(conn);
        (void)areas.add(
            {QStringLiteral("430121"), QStringLiteral("示范县"), QStringLiteral("county"), {}});
        (void)areas.add({QStringLiteral("430121101"), QStringLiteral("东山镇"),
                         QStringLiteral("township"), QStringLiteral("430121")});
        for (int v = 0; v < villages.size(); ++v)
            (void)areas.add({villages.at(v), QStringLiteral("村%1").arg(v),
                             QStringLiteral("village"), QStringLiteral("430121101")});
        // Experiments only: JIAYI_BENCH_DROP="index,index" drops indexes before the import.
        for (const QString &ix :
             qEnvironmentVariable("JIAYI_BENCH_DROP").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QSqlQuery q(QSqlDatabase::database(conn));
            q.exec(QStringLiteral("DROP INDEX ") + ix);
        }
        Run r;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock();
        auto rep = ResidentImport(conn).runFile(Scope::administrator(), csvPath, {}, options);
        r.secs = t.nsecsElapsed() / 1e9;
        r.cpuSecs = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
        // The import returns once every row is committed; the WAL is then copied into the file
        // on a thread of its own (models/backgroundcheckpoint.h). Printed too: to a checkpointed
        // file.
        r.checkpointMs = BackgroundCheckpoint::wait();
        r.secsWithCheckpoint = t.nsecsElapsed() / 1e9;
        if (!rep || rep->imported + rep->existing != rows || rep->failed > 0) {
            std::fprintf(stderr, "import failed: %s imported %d of %d, first error: %s\n",
                         rep ? "" : qPrintable(rep.error().message), rep ? rep->imported : 0, rows,
                         rep && !rep->errors.isEmpty() ? qPrintable(rep->errors.first().reason)
                                                       : "");
            return std::nullopt;
        }
        return r;
    };

    int repeat = 1;
    if (const qsizetype i = args.indexOf(QStringLiteral("--repeat")); i >= 0 && i + 1 < args.size())
        repeat = qMax(1, args.at(i + 1).toInt());
    std::vector<double> rawRates, rates, ratesWithCheckpoint, cpu;
    const QString conn = QStringLiteral("bench");
    for (int k = 0; k < repeat; ++k) {
        if (k > 0)
            closeDatabase(conn);
        rawRates.push_back(rawRun(k));
        const auto r = importRun(conn, k);
        if (!r)
            return 1;
        rates.push_back(rows / r->secs);
        ratesWithCheckpoint.push_back(rows / r->secsWithCheckpoint);
        cpu.push_back(r->cpuSecs);
        if (repeat > 1)
            std::printf("run %d: raw %.0f rows/s; import %.0f rows/s (%.2f s), with the WAL copied "
                        "%.0f rows/s "
                        "(checkpoint %lld ms); CPU %.2f s\n",
                        k + 1, rawRates.back(), rates.back(), r->secs, ratesWithCheckpoint.back(),
                        static_cast<long long>(r->checkpointMs), r->cpuSecs);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    const double rawRate = median(rawRates), rate = median(rates), cpuSecs = median(cpu);

    QElapsedTimer t2;
    t2.start();
    Result<ImportReport> again = ImportReport{};
    if (rerun)
        again = ResidentImport(conn).runFile(Scope::administrator(), csvPath, {}, options);
    const double rerunSecs = t2.nsecsElapsed() / 1e9;
    const char *what = repeat > 1 ? "median of the runs" : "one run";
    std::printf("rows                         %d, %d rows a transaction (%s)\n", rows, batch, what);
    std::printf("raw sqlite insert (baseline)  %.0f rows/s\n", rawRate);
    std::printf("jiayi import (file to commit) %.0f rows/s  (%.2f s; target > 25000 rows/s)\n",
                rate, rows / rate);
    std::printf("ratio import / raw            %.3f\n", rate / rawRate);
    std::printf("... and the WAL copied into the file (background checkpoint): %.0f rows/s\n",
                median(ratesWithCheckpoint));
    // On a shared machine the wall time includes waiting for a CPU; the CPU time (all threads)
    // says what the import itself costs: rows / CPU second is the rate an idle core would give.
    std::printf("import CPU time (all threads) %.2f s = %.0f rows per CPU second\n", cpuSecs,
                rows / cpuSecs);
    if (rerun)
        std::printf("re-import, nothing new        %.0f rows/s  (%.2f s; %d existing)\n",
                    rows / rerunSecs, rerunSecs, again ? again->existing : -1);
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average                  %.2f %.2f %.2f (2 cores)\n", load[0], load[1],
                    load[2]);
    closeDatabase(conn);
    return again && again->imported == 0 ? 0 : 1;
}
