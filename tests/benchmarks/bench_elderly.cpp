// Elderly and TCM benchmark (issue 17) on a generated township: the 65+ work list of the year's
// service for the whole township (target < 300 ms) against a raw SQLite baseline of the same
// query in the same run, and scoring one 33-question TCM form (target < 0.1 ms). Services are
// planted by SQL for about two thirds of the 65+ residents, some of them incomplete. A plain
// program printing a table; the small run is in CTest, never a timed assertion.
//   build/tests/benchmarks/bench_elderly [--residents N] [--db PATH] [--small]

#include "database.h"
#include "demogenerator.h"
#include "elderlyworklist.h"
#include "tcmconstitution.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Models;

namespace {

double medianMs(int runs, const std::function<void()> &fn)
{
    QVector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        fn();
        t.append(e.nsecsElapsed() / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t.at(t.size() / 2);
}

qint64 rawRows(sqlite3 *h, const char *sql, const QList<QByteArray> &binds)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "baseline: %s\n", sqlite3_errmsg(h));
        return -1;
    }
    for (int i = 0; i < binds.size(); ++i)
        sqlite3_bind_text(st, i + 1, binds.at(i).constData(), int(binds.at(i).size()),
                          SQLITE_TRANSIENT);
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            (void)sqlite3_column_text(st, c);
        ++n;
    }
    sqlite3_finalize(st);
    return n;
}

// Services of this year for about 2/3 of the 65+ residents; every fourth lacks its guidance.
int plantServices(sqlite3 *h, const QDate &today)
{
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *sel = nullptr;
    const QByteArray cut = today.addYears(-65).toString(Qt::ISODate).toUtf8();
    sqlite3_prepare_v2(
        h,
        "SELECT r.id FROM resident r WHERE r.deleted = 0 AND r.birth_date <= ? "
        "AND NOT EXISTS (SELECT 1 FROM elderly_service s WHERE s.resident_id = r.id)",
        -1, &sel, nullptr);
    sqlite3_bind_text(sel, 1, cut.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_stmt *ins = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO elderly_service(id, resident_id, service_date, selfcare_json, selfcare_score, "
        "selfcare_band, self_rating, cognitive_positive, mood_positive, guidance_json, next_visit, "
        "created_at, updated_at, updated_by) VALUES(?, ?, ?, "
        "'{\"eating\":0,\"grooming\":0,\"dressing\":0,\"toilet\":0,\"activity\":1}', 1, 1, 2, 0, "
        "0, ?, ?, ?, ?, 'bench')",
        -1, &ins, nullptr);
    const QByteArray date = today.toString(Qt::ISODate).toUtf8();
    const QByteArray next = today.addYears(1).toString(Qt::ISODate).toUtf8();
    int n = 0, k = 0;
    while (sqlite3_step(sel) == SQLITE_ROW) {
        if (++k % 3 == 0)
            continue;
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
        sqlite3_bind_text(ins, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, reinterpret_cast<const char *>(sqlite3_column_text(sel, 0)), -1,
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 3, date.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 4, n % 4 == 0 ? "[]" : "[\"lifestyle\"]", -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, next.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 6, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 7, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_step(ins);
        sqlite3_reset(ins);
        ++n;
    }
    sqlite3_finalize(sel);
    sqlite3_finalize(ins);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("residents"), QStringLiteral("township size"), QStringLiteral("n"),
                 QStringLiteral("200000")});
    p.addOption({QStringLiteral("db"), QStringLiteral("reuse (or create) this database file"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("small"), QStringLiteral("2,000 residents (CTest smoke run)")});
    p.process(app);
    const int residents =
        p.isSet(QStringLiteral("small")) ? 2000 : p.value(QStringLiteral("residents")).toInt();
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                                       : tmp.filePath(QStringLiteral("bench.db"));
    const bool exists = QFile::exists(path);
    const QString conn = QStringLiteral("bench");
    if (auto r = openDatabase(conn, path); !r) {
        std::fprintf(stderr, "open: %s\n", qPrintable(r.error().message));
        return 1;
    }
    const Scope scope = Scope::administrator();
    if (!exists) {
        DemoOptions o;
        o.residents = residents;
        o.seed = 7;
        auto sum = DemoGenerator::generate(conn, scope, o);
        if (!sum) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(sum.error().message));
            return 1;
        }
        std::printf("generated %d residents in %.1f s\n", sum->residents,
                    sum->milliseconds / 1000.0);
    }
    const QDate today = QDate::currentDate();
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    const int planted = plantServices(raw, today);
    int failures = 0;

    // 1. The 65+ work list of the year, whole township.
    ElderlyWorklistFilter f;
    f.on = today;
    qsizetype rows = 0;
    const double wl = medianMs(5, [&] {
        auto r = elderlyWorklist(conn, scope, f);
        rows = r ? r->size() : -1;
    });
    const QByteArray y0 = QDate(today.year(), 1, 1).toString(Qt::ISODate).toUtf8();
    const QByteArray y1 = QDate(today.year(), 12, 31).toString(Qt::ISODate).toUtf8();
    const QByteArray on = today.toString(Qt::ISODate).toUtf8();
    const QByteArray cut = today.addYears(-65).toString(Qt::ISODate).toUtf8();
    qint64 baseRows = 0;
    const double base = medianMs(5, [&] {
        baseRows = rawRows(
            raw,
            "SELECT r.id, r.name, r.village_code, r.birth_date, s.id, s.selfcare_json, "
            "s.self_rating, s.cognitive_positive, s.mmse, s.mood_positive, s.gds, "
            "s.guidance_json, s.next_visit, s.health_check_id, hc.id IS NOT NULL FROM resident r "
            "LEFT JOIN elderly_service s ON s.resident_id = r.id AND s.id = (SELECT s2.id FROM "
            "elderly_service s2 WHERE "
            "s2.resident_id = r.id AND s2.deleted = 0 AND s2.service_date BETWEEN ? AND ? AND NOT "
            "EXISTS (SELECT 1 FROM elderly_service n WHERE n.supersedes = s2.id AND n.deleted = "
            "0) ORDER BY s2.service_date DESC, s2.created_at DESC LIMIT 1) "
            "LEFT JOIN health_check hc ON hc.id = s.health_check_id AND hc.deleted = 0 "
            "WHERE (r.deleted = 0 AND (r.life_date IS NULL OR r.life_date > ?)) AND "
            "r.birth_date <= ? ORDER BY r.village_code, r.name",
            {y0, y1, on, cut});
    });
    std::printf("65+ residents %lld, services planted %d\n", baseRows, planted);
    std::printf("%-26s %8.1f ms  baseline %8.1f ms  ratio %5.1fx  target 300 ms %s  %lld rows\n",
                "65+ work list", wl, base, base > 0 ? wl / base : 0.0, wl <= 300 ? "ok  " : "SLOW",
                qint64(rows));
    if (rows <= 0 || baseRows <= 0)
        ++failures;

    // 2. Scoring one TCM form (anchors applied), averaged over many forms.
    const TcmRules &rules = TcmRules::standard();
    QVector<TcmInput> forms(1000);
    QRandomGenerator rng(17);
    for (auto &in : forms) {
        for (int &a : in.answers)
            a = 1 + int(rng.bounded(5));
        in.bmi = 20 + rng.bounded(12.0);
        in.waistCm = 70 + rng.bounded(40.0);
    }
    int yes = 0;
    const double all = medianMs(5, [&] {
        yes = 0;
        for (const auto &in : forms)
            if (auto a = rules.assess(in); a && !a->constitutions.isEmpty())
                ++yes;
    });
    const double perForm = all / forms.size();
    // Baseline: summing the nine types' items by hand (no rules, no result objects).
    static const int items[9][5] = {{1, 2, 4, 5, 13},    {2, 3, 4, 14, 0},   {11, 12, 13, 29, 0},
                                    {10, 21, 26, 31, 0}, {9, 16, 28, 32, 0}, {23, 25, 27, 30, 0},
                                    {19, 22, 24, 33, 0}, {5, 6, 7, 8, 0},    {15, 17, 18, 20, 0}};
    volatile int sink = 0;
    const double rawAll = medianMs(5, [&] {
        for (const auto &in : forms)
            for (const auto &t : items) {
                int s = 0;
                for (int i : t)
                    if (i)
                        s += in.answers[i - 1];
                sink = sink + s;
            }
    });
    std::printf("%-26s %8.5f ms  baseline %8.5f ms  ratio %5.1fx  target 0.1 ms %s  %d/%zu "
                "determined\n",
                "score one TCM form", perForm, rawAll / forms.size(),
                rawAll > 0 ? all / rawAll : 0.0, perForm <= 0.1 ? "ok  " : "SLOW", yes,
                size_t(forms.size()));
    if (yes == 0)
        ++failures;
    sqlite3_close(raw);
    closeDatabase(conn);
    return failures ? 1 : 0;
}
