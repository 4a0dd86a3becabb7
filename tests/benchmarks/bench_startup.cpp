// Cold start of `jiayi` to a usable first screen (the day's work list, issue 16; the residents
// list before it), and its memory with the residents list open. Runs the real program
// (offscreen) N times on a demo database and prints p50/max of the wall time, the time the
// program itself reports when the first page is painted, and the resident set size before and
// after scrolling the whole residents list. Baselines measured in the same run:
// starting `jiayi-cli --version` (a Qt process that opens nothing) and a raw sqlite3 open +
// count over the same file.
//   bench_startup [--db PATH] [--residents N] [--runs R]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "demousers.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString bin = QStringLiteral(JIAYI_BIN_DIR);
    QTemporaryDir tmp;
    QString db = arg(args, QStringLiteral("--db"), tmp.filePath(QStringLiteral("startup.db")));
    const int residents =
        arg(args, QStringLiteral("--residents"), QStringLiteral("200000")).toInt();
    const int runs = arg(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt();

    if (!QFileInfo::exists(db)) {
        QProcess demo;
        demo.start(bin + QStringLiteral("/jiayi-cli"),
                   {QStringLiteral("demo"), QStringLiteral("--db"), db,
                    QStringLiteral("--residents"), QString::number(residents),
                    QStringLiteral("--json")});
        if (!demo.waitForFinished(600000) || demo.exitCode() != 0) {
            std::fprintf(stderr, "demo generation failed: %s\n",
                         demo.readAllStandardError().constData());
            return 1;
        }
    }

    // The demo database's administrator logs in non-interactively (the KDF time is reported).
    const QString passwordFile = tmp.filePath(QStringLiteral("pw.txt"));
    {
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(Models::demoPassword().toUtf8());
    }
    std::vector<double> login;
    std::vector<double> rssAnon, rssFile;
    std::vector<double> wall, ready, rssReady, rssScrolled, baseProcess, baseSqlite;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(bin + QStringLiteral("/jiayi"),
                {QStringLiteral("--db"), db, QStringLiteral("--report-ready"),
                 QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("--password-file"), passwordFile});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "jiayi failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        wall.push_back(t.nsecsElapsed() / 1e6);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
        ready.push_back(o.value(QStringLiteral("ready_ms")).toDouble());
        login.push_back(o.value(QStringLiteral("login_ms")).toDouble());
        rssReady.push_back(o.value(QStringLiteral("rss_ready_kb")).toDouble() / 1024);
        rssScrolled.push_back(o.value(QStringLiteral("rss_scrolled_kb")).toDouble() / 1024);
        rssAnon.push_back(o.value(QStringLiteral("rss_anon_kb")).toDouble() / 1024);
        rssFile.push_back(o.value(QStringLiteral("rss_file_kb")).toDouble() / 1024);
        rows = o.value(QStringLiteral("rows")).toInt();

        QProcess v;
        t.restart();
        v.start(bin + QStringLiteral("/jiayi-cli"), {QStringLiteral("--version")});
        v.waitForFinished(60000);
        baseProcess.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        sqlite3 *h = nullptr;
        sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT count(*) FROM resident WHERE deleted = 0", -1, &st, nullptr);
        sqlite3_step(st);
        sqlite3_finalize(st);
        sqlite3_close(h);
        baseSqlite.push_back(t.nsecsElapsed() / 1e6);
    }
    if (rows <= 0) {
        std::fprintf(stderr, "the residents list was empty\n");
        return 1;
    }
    std::printf("start-up of jiayi on %s (%d residents listed), %d runs\n",
                qPrintable(QFileInfo(db).fileName()), rows, runs);
    std::printf(
        "  process start to first page painted (self-reported): p50 %.0f ms, max %.0f ms (target "
        "< 1500 ms)\n",
        median(ready), maxOf(ready));
    std::printf("  of which checking the password (PBKDF2, by design 0.2-1 s): p50 %.0f ms; "
                "without it: p50 %.0f ms\n",
                median(login), median(ready) - median(login));
    std::printf("  wall time incl. exit:                          p50 %.0f ms, max %.0f ms\n",
                median(wall), maxOf(wall));
    std::printf("  baseline: jiayi-cli --version process          p50 %.0f ms\n",
                median(baseProcess));
    std::printf("  baseline: raw sqlite3 open + count(*)          p50 %.1f ms\n",
                median(baseSqlite));
    std::printf("  ratio list-painted / bare Qt process: %.1fx\n",
                median(ready) / std::max(1.0, median(baseProcess)));
    std::printf("  resident memory with the list open: %.0f MB; after scrolling it end to end: "
                "%.0f MB (target < 200 MB)\n",
                median(rssReady), median(rssScrolled));
    std::printf("    of which the program's own memory %.0f MB; mapped files (libraries, fonts, "
                "database pages"
                " read through mmap, shared with the page cache) %.0f MB\n",
                median(rssAnon), median(rssFile));
    return 0;
}
