// Search-as-you-type benchmark: how long from a keystroke (ResidentListModel::setQuery) until the
// first screenful of rows is in the model, per query form, against a raw index scan measured in
// the same run. Exits non-zero when a query form finds nothing for a resident that exists, so the
// small CTest run (bench_search_smoke) also guards against a broken search.

#include "database.h"
#include "demogenerator.h"
#include "pinyin.h"
#include "residentlistmodel.h"
#include "residentsearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Models;

namespace {

constexpr int Screenful = 30;
constexpr int Targets = 100;

struct Target
{
    qint64 rid = 0;
    QString name, idNumber, phone, recordNo;
};

struct Form
{
    const char *name;
    std::function<QString(const Target &, int index)> query;
};

struct Stats
{
    double p50 = 0, p95 = 0, max = 0; // milliseconds
    int n = 0;
};

Stats stats(QVector<qint64> ns)
{
    Stats s;
    s.n = int(ns.size());
    if (ns.isEmpty())
        return s;
    std::sort(ns.begin(), ns.end());
    auto at = [&](double q) {
        return ns.at(qMin(ns.size() - 1, qsizetype(q * double(ns.size())))) / 1e6;
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.max = ns.last() / 1e6;
    return s;
}

// Forces the rows of one screen into the model, as a view painting them would.
void touchScreen(const ResidentListModel &model, int first)
{
    const int last = qMin(first + Screenful, model.rowCount());
    for (int r = first; r < last; ++r)
        for (int c = 0; c < ResidentListModel::ColumnCount; ++c)
            (void)model.data(model.index(r, c));
}

qint64 timed(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed();
}

class Raw // the baseline: a bare sqlite3 connection on the same file
{
public:
    explicit Raw(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_h, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(m_h, "PRAGMA cache_size=-16000", nullptr, nullptr, nullptr);
    }
    ~Raw()
    {
        sqlite3_finalize(m_scan);
        sqlite3_close(m_h);
    }
    qint64 scalar(const char *sql)
    {
        sqlite3_stmt *st = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(m_h, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    }
    QVector<Target> targets(qint64 residents)
    {
        QVector<Target> out;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            m_h,
            "SELECT rid, name, id_number, phone, record_no FROM resident WHERE rid >= ?"
            " AND deleted = 0 AND phone <> '' AND id_number IS NOT NULL ORDER BY rid LIMIT 1",
            -1, &st, nullptr);
        for (int k = 0; k < Targets; ++k) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, 1 + qint64(k) * residents / Targets);
            if (sqlite3_step(st) != SQLITE_ROW)
                continue;
            auto text = [&](int c) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
            };
            out.append(Target{sqlite3_column_int64(st, 0), text(1), text(2), text(3), text(4)});
        }
        sqlite3_finalize(st);
        return out;
    }
    QStringList villages()
    {
        QStringList out;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(m_h,
                           "SELECT code FROM area WHERE level = 'village' ORDER BY code LIMIT 10",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return out;
    }
    // The index range scan the model's first page rests on, with nothing around it.
    qint64 scan(const QString &termPrefix)
    {
        if (!m_scan)
            sqlite3_prepare_v2(m_h,
                               "SELECT rid FROM search_term WHERE term >= ? AND term < ? LIMIT 30",
                               -1, &m_scan, nullptr);
        const QByteArray lo = termPrefix.toUtf8();
        const QByteArray hi = lo + QByteArray("\xf4\x8f\xbf\xbf\xff", 5);
        return timed([&] {
            sqlite3_reset(m_scan);
            sqlite3_bind_text(m_scan, 1, lo.constData(), int(lo.size()), SQLITE_STATIC);
            sqlite3_bind_text(m_scan, 2, hi.constData(), int(hi.size()), SQLITE_STATIC);
            while (sqlite3_step(m_scan) == SQLITE_ROW)
                (void)sqlite3_column_int64(m_scan, 0);
        });
    }

private:
    sqlite3 *m_h = nullptr;
    sqlite3_stmt *m_scan = nullptr;
};

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Jiayi resident search benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("residents"), QStringLiteral("Residents in the database."),
                      QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (reused if it holds n residents)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo generator seed."),
                      QStringLiteral("seed"), QStringLiteral("1")});
    parser.process(app);
    const int residents = parser.value(QStringLiteral("residents")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    QTemporaryDir tmp;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : tmp.filePath(QStringLiteral("bench.db"));
    if (residents < 1 || !tmp.isValid()) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    const QString conn = QStringLiteral("bench");

    // 1. The database: reused when it already holds the requested size, else generated.
    qint64 existing = 0;
    if (QFile::exists(path)) {
        Raw old(path);
        existing = old.scalar("SELECT count(*) FROM resident WHERE deleted = 0");
        // Only a database this benchmark (or the demo generator) made may be replaced.
        if (existing != residents &&
            old.scalar("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'") <= 0) {
            std::fprintf(stderr, "%s exists and is not a demo database; not replacing it\n",
                         qPrintable(path));
            return 2;
        }
    }
    if (existing != residents) {
        removeDatabaseFiles(path);
        auto opened = openDatabase(conn, path);
        if (!opened) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                         qPrintable(opened.error().detail));
            return 2;
        }
        DemoOptions options;
        options.residents = residents;
        options.seed = seed;
        options.today = QDate(2024, 6, 1);
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock(); // wall time alone misleads on a busy machine
        auto summary = DemoGenerator::generate(conn, Scope::administrator(), options);
        const double s = t.nsecsElapsed() / 1e9;
        if (!summary) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(summary.error().detail));
            return 2;
        }
        std::printf("generated %d residents, %d households, %d villages in %.2f s, cpu %.2f s"
                    " (%.0f residents/s; target < 60 s)%s\n",
                    summary->residents, summary->households, summary->villages, s,
                    double(std::clock() - cpu0) / CLOCKS_PER_SEC, residents / s,
                    s < 60 ? "" : "  ** SLOWER THAN TARGET **");
        closeDatabase(conn);
    } else {
        std::printf("reusing %s with %lld residents\n", qPrintable(path), existing);
    }
    std::printf("database file: %s (%.1f MB)\n\n", qPrintable(path),
                QFile(path).size() / 1048576.0);

    auto opened = openDatabase(conn, path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().detail));
        return 2;
    }
    Raw raw(path);
    const QVector<Target> targets = raw.targets(residents);
    const QStringList villages = raw.villages();

    const QVector<Form> forms{
        {"name full", [](const Target &t, int) { return t.name; }},
        {"name part",
         [](const Target &t, int) { return t.name.right(t.name.size() >= 3 ? 2 : 1); }},
        {"initials", [](const Target &t, int) { return Pinyin::initialVariants(t.name).value(0); }},
        {"full pinyin", [](const Target &t, int) { return Pinyin::fullVariants(t.name).value(0); }},
        {"pinyin start",
         [](const Target &t, int) { return Pinyin::fullVariants(t.name).value(0).left(5); }},
        {"ID whole", [](const Target &t, int) { return t.idNumber; }},
        {"ID last 4-6", [](const Target &t, int i) { return t.idNumber.right(4 + i % 3); }},
        {"phone whole", [](const Target &t, int) { return t.phone; }},
        {"phone last 4", [](const Target &t, int) { return t.phone.right(4); }},
        {"record number", [](const Target &t, int) { return t.recordNo; }},
    };

    ResidentListModel model(conn, Scope::administrator());
    bool broken = targets.size() < Targets / 2;
    std::printf(
        "typing, per keystroke: setQuery(prefix) until rows 0-%d (all %d columns) are loaded\n",
        Screenful - 1, int(ResidentListModel::ColumnCount));
    std::printf("%d target residents spread over rid 1..%d; raw = SELECT rid FROM search_term WHERE"
                " term >= ? AND term < ? LIMIT 30 for the full query\n\n",
                int(targets.size()), residents);
    std::printf("%-14s %6s %8s %8s %8s | %9s %9s %8s %8s %9s | %s\n", "form", "keys", "p50 ms",
                "p95 ms", "max ms", "full p50", "full p95", "raw p50", "raw p95", "ours/raw",
                "full queries found");
    for (const Form &form : forms) {
        QVector<qint64> keys, finals, rawTimes;
        int empty = 0, hit = 0;
        for (int i = 0; i < targets.size(); ++i) {
            const QString q = form.query(targets.at(i), i);
            for (int len = 1; len <= q.size(); ++len) {
                const qint64 ns = timed([&] {
                    model.setQuery(q.left(len));
                    touchScreen(model, 0);
                });
                keys << ns;
                if (len == q.size())
                    finals << ns;
            }
            if (model.rowCount() == 0) {
                ++empty;
                std::fprintf(stderr, "  %s: no result for \"%s\" (rid %lld)\n", form.name,
                             qPrintable(q), targets.at(i).rid);
            }
            // Is the target itself on the first screen or further down the fetched rows?
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.data(model.index(r, ResidentListModel::RecordNo)).toString() ==
                    targets.at(i).recordNo) {
                    ++hit;
                    break;
                }
            const QStringList prefixes = SearchPlan::forQuery(q).prefixes;
            if (!prefixes.isEmpty())
                rawTimes << raw.scan(prefixes.first());
        }
        const Stats k = stats(keys), f = stats(finals), r = stats(rawTimes);
        std::printf("%-14s %6d %8.3f %8.3f %8.3f | %9.3f %9.3f %8.3f %8.3f %8.1fx | %d/%d "
                    "non-empty, target in"
                    " fetched rows %d/%d\n",
                    form.name, k.n, k.p50, k.p95, k.max, f.p50, f.p95, r.p50, r.p95,
                    r.p50 > 0 ? f.p50 / r.p50 : 0.0, int(targets.size()) - empty,
                    int(targets.size()), hit, int(targets.size()));
        broken = broken || empty > 0 || targets.isEmpty();
    }

    // 2. Browsing: the whole list (every row number is read, for a true scroll bar), then by
    // village.
    QVector<qint64> browse, byVillage, scroll;
    for (int i = 0; i < 10 && i < targets.size(); ++i) {
        model.setQuery(targets.at(i).name);
        browse << timed([&] {
            model.setQuery(QString());
            touchScreen(model, 0);
        });
    }
    const int browseRows = model.rowCount();
    for (const QString &v : villages)
        byVillage << timed([&] {
            model.setVillageFilter(v);
            touchScreen(model, 0);
        });
    model.setVillageFilter(QString());
    QRandomGenerator rng(seed);
    for (int i = 0; i < 200; ++i) {
        const int first = int(rng.bounded(quint32(qMax(1, model.rowCount() - Screenful))));
        scroll << timed([&] { touchScreen(model, first); });
    }
    const Stats b = stats(browse), v = stats(byVillage), s = stats(scroll);
    std::printf("\n%-30s %6s %8s %8s %8s\n", "browse (empty query)", "runs", "p50 ms", "p95 ms",
                "max ms");
    std::printf("%-30s %6d %8.3f %8.3f %8.3f   (%d rows)\n", "whole list + first screen", b.n,
                b.p50, b.p95, b.max, browseRows);
    std::printf("%-30s %6d %8.3f %8.3f %8.3f\n", "village filter + first screen", v.n, v.p50, v.p95,
                v.max);
    std::printf("%-30s %6d %8.3f %8.3f %8.3f\n", "random screenful (scroll)", s.n, s.p50, s.p95,
                s.max);
    if (browseRows != residents) {
        std::fprintf(stderr, "browse shows %d rows, expected %d\n", browseRows, residents);
        broken = true;
    }
    closeDatabase(conn);
    std::printf("\n%s\n",
                broken ? "FAILED: a query form found nothing for an existing resident" : "ok");
    return broken ? 1 : 0;
}
