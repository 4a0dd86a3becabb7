// Immunization benchmark on the demo township (DESIGN.md Performance; issue 4 targets):
//   plan for one child            < 1 ms
//   due list for a village session < 200 ms
//   coverage for the township      < 1 s
// Each figure is printed with the same reads done by raw SQLite as the baseline.
//   bench_immunization [--small] [--residents N] [--db PATH (reused when it exists)]
#include "database.h"
#include "demogenerator.h"
#include "immunizationcoverage.h"
#include "immunizationrepository.h"
#include "vaccineplanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>

using namespace Models;

namespace {
double ms(qint64 ns)
{
    return ns / 1e6;
}

// CPU time of this process: on a shared, loaded machine the wall clock overstates the cost.
std::clock_t g_cpu = 0;
void startCpu()
{
    g_cpu = std::clock();
}
double cpuMs(int n = 1)
{
    return 1000.0 * double(std::clock() - g_cpu) / CLOCKS_PER_SEC / n;
}

void line(const char *what, double value, const char *unit, double baseline, double target,
          double cpu)
{
    std::printf("%-44s %9.3f %s (cpu %8.3f)  raw SQLite %8.3f %s  ratio %5.1fx  target %g %s  %s\n",
                what, value, unit, cpu, baseline, unit, baseline > 0 ? value / baseline : 0.0,
                target, unit, qMin(value, cpu) <= target ? "OK" : "OVER");
}

// Raw reads of the same rows, without planning.
qint64 rawChildDoses(sqlite3 *h, const QByteArray &residentId, int n)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        h,
        "SELECT vaccine, given_on FROM immunization_dose WHERE resident_id = ? AND deleted = 0"
        " ORDER BY given_on",
        -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    int rows = 0;
    for (int i = 0; i < n; ++i) {
        sqlite3_bind_text(st, 1, residentId.constData(), int(residentId.size()), SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW)
            ++rows;
        sqlite3_reset(st);
    }
    const qint64 e = t.nsecsElapsed();
    sqlite3_finalize(st);
    return rows >= 0 ? e / n : 0;
}

qint64 rawVillage(sqlite3 *h, const QByteArray &village, const QByteArray &from)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        h,
        "SELECT r.id, d.vaccine, d.given_on FROM resident r LEFT JOIN immunization_dose d"
        " ON d.resident_id = r.id AND d.deleted = 0 WHERE r.deleted = 0 AND r.village_code = ?"
        " AND r.birth_date > ?",
        -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_bind_text(st, 1, village.constData(), int(village.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, from.constData(), int(from.size()), SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
    }
    const qint64 e = t.nsecsElapsed();
    sqlite3_finalize(st);
    return e;
}

qint64 rawCoverage(sqlite3 *h, const QByteArray &from, const QByteArray &to)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        h,
        "SELECT d.vaccine, count(*) FROM immunization_dose d JOIN resident r ON r.id = "
        "d.resident_id"
        " WHERE d.deleted = 0 AND r.deleted = 0 AND d.given_on BETWEEN ? AND ? GROUP BY d.vaccine",
        -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_bind_text(st, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
    }
    const qint64 e = t.nsecsElapsed();
    sqlite3_finalize(st);
    return e;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int residents = args.contains(QStringLiteral("--small")) ? 3000 : 200000;
    const int ri = int(args.indexOf(QStringLiteral("--residents")));
    if (ri > 0 && ri + 1 < args.size())
        residents = args.at(ri + 1).toInt();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.db"));
    const int di = int(args.indexOf(QStringLiteral("--db")));
    if (di > 0 && di + 1 < args.size())
        path = args.at(di + 1);
    const bool reuse = QFileInfo::exists(path);
    const QString conn = QStringLiteral("bench");
    if (auto r = openDatabase(conn, path); !r) {
        std::fprintf(stderr, "open: %s\n", qPrintable(r.error().message));
        return 1;
    }
    const Scope scope = Scope::administrator();
    const QDate today = QDate::currentDate();
    if (!reuse) {
        DemoOptions o;
        o.residents = residents;
        o.seed = 42;
        o.today = today;
        QElapsedTimer t;
        t.start();
        auto r = DemoGenerator::generate(conn, scope, o);
        if (!r) {
            std::fprintf(stderr, "demo: %s %s\n", qPrintable(r.error().message),
                         qPrintable(r.error().detail));
            return 1;
        }
        std::printf("demo township: %d residents generated in %.1f s (all extensions)\n", residents,
                    t.elapsed() / 1000.0);
    }
    sqlite3 *h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    QByteArray child, village;
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            h,
            "SELECT r.id FROM resident r WHERE r.deleted = 0 AND r.birth_date BETWEEN ? AND ?"
            " AND EXISTS(SELECT 1 FROM immunization_dose d WHERE d.resident_id = r.id) LIMIT 1",
            -1, &st, nullptr);
        const QByteArray a = today.addYears(-4).toString(Qt::ISODate).toUtf8();
        const QByteArray b = today.addYears(-3).toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text(st, 1, a.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, b.constData(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW)
            child = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sqlite3_prepare_v2(
            h,
            "SELECT village_code, count(*) c FROM resident WHERE deleted = 0 GROUP BY 1"
            " ORDER BY c DESC LIMIT 1",
            -1, &st, nullptr);
        if (sqlite3_step(st) == SQLITE_ROW)
            village = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
    }
    if (child.isEmpty() || village.isEmpty()) {
        std::fprintf(stderr, "no child with doses in the demo data\n");
        return 1;
    }
    ImmunizationRepository repo(conn);
    const VaccinePlanner planner;

    // 1. One child: load from the database and plan (what opening the card costs).
    const int n = 300;
    auto c = repo.child(scope, QString::fromUtf8(child));
    if (!c) {
        std::fprintf(stderr, "child: %s\n", qPrintable(c.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    startCpu();
    for (int i = 0; i < n; ++i) {
        auto x = repo.child(scope, QString::fromUtf8(child));
        const Plan p = planner.plan(x->facts(), today);
        if (p.doses.isEmpty())
            return 1;
    }
    const qint64 oneChild = t.nsecsElapsed() / n;
    const double oneChildCpu = cpuMs(n);
    t.restart();
    startCpu();
    for (int i = 0; i < n * 10; ++i) {
        const Plan p = planner.plan(c->facts(), today);
        if (p.doses.isEmpty())
            return 1;
    }
    const qint64 engineOnly = t.nsecsElapsed() / (n * 10);
    const double engineCpu = cpuMs(n * 10);
    t.restart();
    startCpu();
    for (int i = 0; i < n * 10; ++i) {
        const Plan p = planner.plan(c->facts(), today, false);
        if (p.doses.isEmpty())
            return 1;
    }
    const qint64 engineBulk = t.nsecsElapsed() / (n * 10);
    const double engineBulkCpu = cpuMs(n * 10);
    const qint64 rawOne = rawChildDoses(h, child, n);
    std::printf("child with %d doses\n", int(c->doses.size()));
    line("plan one child (load + plan)", ms(oneChild), "ms", ms(rawOne), 1.0, oneChildCpu);
    line("plan one child (engine only, with texts)", ms(engineOnly), "ms", ms(rawOne), 1.0,
         engineCpu);
    line("plan one child (engine only, no texts)", ms(engineBulk), "ms", ms(rawOne), 1.0,
         engineBulkCpu);

    // 2. Village session list.
    t.restart();
    startCpu();
    auto session = repo.sessionList(scope, QString::fromUtf8(village), today);
    const qint64 sessionNs = t.nsecsElapsed();
    const double sessionCpu = cpuMs();
    if (!session)
        return 1;
    const qint64 rawSession =
        rawVillage(h, village, today.addYears(-7).toString(Qt::ISODate).toUtf8());
    std::printf("village %s: %d children due or overdue today\n", village.constData(),
                int(session->size()));
    line("due list for a village session", ms(sessionNs), "ms", ms(rawSession), 200.0, sessionCpu);

    // 3. Township coverage for the current year.
    CoverageQuery q;
    q.from = QDate(today.year(), 1, 1);
    q.to = today;
    t.restart();
    startCpu();
    auto kids = repo.children(scope, {}, q.from.addYears(-7).addDays(1), q.to, false);
    std::printf("  of which reading %d children with their doses: %.1f ms (cpu %.1f)\n",
                int(kids->size()), ms(t.nsecsElapsed()), cpuMs());
    t.restart();
    startCpu();
    auto cov = ImmunizationCoverage(conn).compute(scope, q);
    const qint64 covNs = t.nsecsElapsed();
    const double covCpu = cpuMs();
    if (!cov)
        return 1;
    const qint64 rawCov =
        rawCoverage(h, q.from.toString(Qt::ISODate).toUtf8(), q.to.toString(Qt::ISODate).toUtf8());
    std::printf("township: %d children 0-6, certificate rate %.1f%%, %d behind schedule\n",
                cov->childrenDue, cov->certificateRate(), cov->childrenBehind);
    line("coverage for the township", ms(covNs), "ms", ms(rawCov), 1000.0, covCpu);
    sqlite3_close(h);
    closeDatabase(conn);
    return 0;
}
