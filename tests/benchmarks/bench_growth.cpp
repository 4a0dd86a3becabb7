// Growth benchmark (issue 18): one growth assessment (target < 0.05 ms) against a raw LMS
// z-score with fixed parameters, and one child's chart with six years of checks loaded and
// painted (target < 100 ms) against the raw SQLite read of the same rows. Children's checks are
// written for every child under 7 of a generated township (every scheduled age up to today).
// A plain program printing a table; the small run is in CTest.
//   build/tests/benchmarks/bench_growth [--residents N] [--db PATH] [--small]

#include "childcheckrepository.h"
#include "childschedule.h"
#include "database.h"
#include "dbaccess.h"
#include "demogenerator.h"
#include "growthassessment.h"
#include "growthchart.h"
#include "growthreference.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtCharts/QChartView>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
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

void row(const char *what, double ms, double base, double target, const QString &extra)
{
    std::printf("%-30s %10.4f ms  baseline %10.4f ms  ratio %6.1fx  target %7.2f ms %s  %s\n", what,
                ms, base, base > 0 ? ms / base : 0.0, target, ms <= target ? "ok  " : "SLOW",
                qPrintable(extra));
}

// Every scheduled check up to today for every child under 7, measured near the median with a
// little noise, stored through the repository (growth assessed at entry).
int writeChecks(const QString &conn, const Scope &scope)
{
    QSqlQuery q(db(conn));
    q.exec(QStringLiteral("SELECT id, sex, birth_date FROM resident WHERE deleted = 0 AND"
                          " birth_date > date('now', '-7 years')"));
    struct Child
    {
        QString id;
        QChar sex;
        QDate birth;
    };
    QVector<Child> kids;
    while (q.next())
        kids << Child{q.value(0).toString(), q.value(1).toString().at(0),
                      QDate::fromString(q.value(2).toString(), Qt::ISODate)};
    auto *rng = QRandomGenerator::global();
    const QDate today = QDate::currentDate();
    int n = 0;
    Transaction tx(conn);
    ChildCheckRepository repo(conn);
    for (const Child &k : kids)
        for (const ChildCheckWindow &w : ChildSchedule::get().windows(k.birth)) {
            if (w.from > today)
                break;
            ChildCheck c;
            c.residentId = k.id;
            c.checkDate = w.from;
            const int days = k.birth.daysTo(w.from);
            const Lms wl = GrowthReference::who2006().byAge(QStringLiteral("wfa"), k.sex, days);
            const Lms ll = GrowthReference::who2006().byAge(QStringLiteral("lhfa"), k.sex, days);
            const double z = rng->bounded(4.0) - 2.0;
            if (wl.valid())
                c.weightKg = std::round(GrowthReference::valueAt(wl, z) * 10) / 10;
            if (ll.valid())
                c.lengthCm = std::round(GrowthReference::valueAt(ll, z * 0.8) * 10) / 10;
            c.standing = days >= 731;
            if (!wl.valid())
                c.weightKg = 18 + rng->bounded(4.0);
            if (!ll.valid())
                c.lengthCm = 108 + rng->bounded(8.0), c.standing = true;
            if (repo.record(scope, c))
                ++n;
        }
    (void)tx.commit();
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
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
        QElapsedTimer e;
        e.start();
        // The demo writes the children's checks itself (models/demo/demomaternal.cpp); without
        // them (an older file) they are written here through the repository.
        QSqlQuery n(db(conn));
        n.exec(QStringLiteral("SELECT count(*) FROM child_check"));
        const int checks =
            n.next() && n.value(0).toInt() > 0 ? n.value(0).toInt() : writeChecks(conn, scope);
        std::printf("generated %d residents, %d children's checks (%.1f s)\n", sum->residents,
                    checks, e.elapsed() / 1000.0);
    }
    int failures = 0;

    // 1. One assessment: weight, length and head of a 14-month-old, against the bare LMS
    // formula on fixed parameters (what any implementation must at least do, five times).
    GrowthInput in;
    in.sex = QLatin1Char('F');
    in.birth = QDate(2024, 1, 15);
    in.on = QDate(2025, 3, 20);
    in.weightKg = 9.1;
    in.lengthCm = 76.2;
    in.headCm = 45.0;
    const int n = 20000;
    double sink = 0;
    const double one = medianMs(5,
                                [&] {
                                    for (int i = 0; i < n; ++i) {
                                        in.weightKg = 8.0 + (i % 40) * 0.05;
                                        sink += assessGrowth(in).indicators.size();
                                    }
                                }) /
                       n;
    const Lms fixed{0.3487, 3.3464, 0.14602};
    const double raw =
        medianMs(5,
                 [&] {
                     for (int i = 0; i < n; ++i)
                         for (int k = 0; k < 5; ++k)
                             sink += GrowthReference::zScore(fixed, 3.0 + (i % 40) * 0.01 + k);
                 }) /
        n;
    row("one growth assessment", one, raw, 0.05, QStringLiteral("(sink %1)").arg(sink > 0));
    if (sink <= 0)
        ++failures;

    // 2. The chart of the child with the most checks: load and paint.
    sqlite3 *h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h,
                       "SELECT resident_id, count(*) FROM child_check GROUP BY resident_id"
                       " ORDER BY count(*) DESC LIMIT 1",
                       -1, &st, nullptr);
    QString child;
    int points = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        child = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        points = sqlite3_column_int(st, 1);
    }
    sqlite3_finalize(st);
    if (child.isEmpty()) {
        std::fprintf(stderr, "no children's checks\n");
        return 1;
    }
    Gui::Context ctx{conn, scope, path};
    int drawn = 0;
    const double chart = medianMs(5, [&] {
        Gui::GrowthChart c(ctx, child);
        c.resize(900, 600);
        const QPixmap pm = c.grab();
        drawn = c.pointCount();
        (void)pm;
    });
    const QByteArray cid = child.toUtf8();
    const double chartBase = medianMs(5, [&] {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(h,
                           "SELECT check_date, age_days, weight_kg, length_cm, standing, head_cm"
                           " FROM child_check WHERE resident_id = ? AND deleted = 0"
                           " ORDER BY check_date",
                           -1, &s, nullptr);
        sqlite3_bind_text(s, 1, cid.constData(), int(cid.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(s) == SQLITE_ROW)
            (void)sqlite3_column_double(s, 2);
        sqlite3_finalize(s);
    });
    row("growth chart load+paint", chart, chartBase, 100,
        QStringLiteral("%1 checks, %2 points drawn").arg(points).arg(drawn));
    if (drawn == 0)
        ++failures;
    sqlite3_close(h);
    closeDatabase(conn);
    return failures ? 1 : 0;
}
