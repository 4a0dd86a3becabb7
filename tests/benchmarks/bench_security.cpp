// Security benchmark: login time (the KDF) in both suites against a bare PKCS5_PBKDF2_HMAC call,
// and the cost of an encrypted backup and a de-identified export against raw SQLite baselines
// (VACUUM INTO, a plain SELECT of the same rows) measured in the same run.
#include "backupservice.h"
#include "database.h"
#include "deidentifiedexport.h"
#include "demogenerator.h"
#include "securitypolicy.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Models;

namespace {
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double rawSqlite(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    sqlite3_open(path.toUtf8().constData(), &h);
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        n += sqlite3_column_bytes(st, 0);
    sqlite3_finalize(st);
    const double r = ms(t);
    sqlite3_close(h);
    return r;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int residents = small ? 2000 : 50000;
    const int logins = small ? 2 : 5;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    if (!openDatabase(QStringLiteral("bench"), db)) {
        std::fprintf(stderr, "cannot open database\n");
        return 1;
    }
    DemoOptions o;
    o.residents = residents;
    QElapsedTimer t;
    t.start();
    if (!DemoGenerator::generate(QStringLiteral("bench"), Scope::administrator(), o)) {
        std::fprintf(stderr, "demo failed\n");
        return 1;
    }
    std::printf("security benchmark: %d residents (demo %.1f s)\n\n", residents, ms(t) / 1000);

    // 1. Login: the KDF dominates; target 0.2-1 s.
    const SecurityPolicy &policy = SecurityPolicy::defaults();
    for (auto suite : {Crypto::Suite::International, Crypto::Suite::Commercial}) {
        SecurityPolicy p = policy;
        p.suite = suite;
        UserRepository users(QStringLiteral("bench"), p);
        User u;
        u.username = suite == Crypto::Suite::International ? QStringLiteral("bench1") : QStringLiteral("bench2");
        u.role = QStringLiteral("family_doctor");
        (void)users.create(Scope::administrator(), u, QStringLiteral("bench-pass-1"));
        (void)users.login(u.username, QStringLiteral("bench-pass-1")); // first login also makes the signing key
        double total = 0, worst = 0;
        for (int i = 0; i < logins; ++i) {
            t.restart();
            if (!users.login(u.username, QStringLiteral("bench-pass-1")))
                return 1;
            const double m = ms(t);
            total += m;
            worst = qMax(worst, m);
        }
        t.restart();
        (void)Crypto::pbkdf2(suite, "bench-pass-1", "0123456789abcdef", p.iterations(suite), 32);
        const double raw = ms(t);
        std::printf("login (%s, PBKDF2 %d iterations): mean %.0f ms, worst %.0f ms; bare KDF %.0f ms; ratio %.2fx  [target 200-1000 ms]\n",
                    suite == Crypto::Suite::International ? "HMAC-SHA256" : "HMAC-SM3", p.iterations(suite),
                    total / logins, worst, raw, (total / logins) / raw);
    }

    // 2. Encrypted backup against a plain VACUUM INTO of the same file.
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    {
        sqlite3 *h = nullptr;
        sqlite3_open(db.toUtf8().constData(), &h);
        t.restart();
        sqlite3_exec(h, ("VACUUM INTO '" + plain.toUtf8() + "'").constData(), nullptr, nullptr, nullptr);
        const double raw = ms(t);
        sqlite3_close(h);
        std::printf("\nbaseline VACUUM INTO: %.0f ms (%.1f MB)\n", raw, QFile(plain).size() / 1e6);
        for (auto suite : {Crypto::Suite::International, Crypto::Suite::Commercial}) {
            BackupOptions bo;
            bo.password = QStringLiteral("backup-pass-1");
            bo.suite = suite;
            const QString file = dir.filePath(QStringLiteral("b.jybak"));
            t.restart();
            auto b = BackupService::backup(Scope::administrator(), db, file, bo);
            const double enc = ms(t);
            t.restart();
            auto v = BackupService::verify(Scope::administrator(), file, bo.password);
            const double ver = ms(t);
            if (!b || !v)
                return 1;
            std::printf("backup %s: %.0f ms (ratio %.2fx to VACUUM INTO, incl. one KDF); verify %.0f ms\n",
                        qPrintable(Crypto::cipherName(suite)), enc, enc / raw, ver);
        }
    }

    // 3. De-identified export against a raw SELECT of the same columns.
    const double raw = rawSqlite(db, "SELECT id, household_id, sex, birth_date, village_code FROM resident WHERE deleted = 0");
    t.restart();
    auto e = DeidentifiedExport::exportResidents(Scope::administrator(), QStringLiteral("bench"),
                                                 dir.filePath(QStringLiteral("e.csv")));
    const double exp = ms(t);
    if (!e)
        return 1;
    std::printf("\nde-identified export: %lld rows in %.0f ms; raw SELECT %.1f ms\n", e->rows, exp, raw);
    std::printf("\ndatabase encryption at rest (VFS): not implemented, no ratio to report\n");
    closeDatabase(QStringLiteral("bench"));
    return 0;
}
