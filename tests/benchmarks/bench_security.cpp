// Security benchmark: login time (the KDF) in both suites against a bare PKCS5_PBKDF2_HMAC call,
// and the cost of an encrypted backup and a de-identified export against raw SQLite baselines
// (VACUUM INTO, a plain SELECT of the same rows) measured in the same run; and the cost of
// encryption at rest (the page-encrypting VFS) as a ratio encrypted / plain on copies of the same
// database, in the same run: search-as-you-type, opening a resident, inserting follow-ups, the
// yearly indicators, and the login to an encrypted database (unlock + open + login, one KDF).
#include "backupservice.h"
#include "chronicrepository.h"
#include "chronicrules.h"
#include "chronicworklist.h"
#include "database.h"
#include "deidentifiedexport.h"
#include "demogenerator.h"
#include "encrypteddb.h"
#include "residentrepository.h"
#include "residentsearch.h"
#include "securitypolicy.h"
#include "timelinemodel.h"
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

QStringList column(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    sqlite3_open(path.toUtf8().constData(), &h);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    QStringList out;
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return out;
}

// Keystrokes typed one by one: each prefix is a query (first 50 rows loaded, as the list does).
double searchAsYouType(const QString &conn, const QStringList &typed, int *keys)
{
    QElapsedTimer t;
    t.start();
    *keys = 0;
    for (const QString &word : typed)
        for (int n = 1; n <= word.size(); ++n) {
            ResidentCursor cursor(conn, SearchPlan::forQuery(word.left(n)), {},
                                  Scope::administrator());
            (void)loadResidentRows(conn, cursor.next(50));
            ++*keys;
        }
    return ms(t);
}

double openResidents(const QString &conn, const QStringList &ids)
{
    QElapsedTimer t;
    t.start();
    ResidentRepository residents(conn);
    for (const QString &id : ids) {
        (void)residents.findById(Scope::administrator(), id);
        TimelineModel timeline(conn, Scope::administrator());
        (void)timeline.load(id);
    }
    return ms(t);
}

// `count` follow-ups through the repository (each its own transaction with outbox and audit).
double insertFollowups(const QString &conn, const QStringList &registrations, int count,
                       int *failed)
{
    ChronicRepository repo(conn);
    QElapsedTimer t;
    t.start();
    *failed = 0;
    const QDate start = QDate::currentDate().addDays(-400);
    for (int i = 0; i < count; ++i) {
        ChronicFollowup f;
        f.registrationId = registrations.at(i % registrations.size());
        f.visitDate = start.addDays(i / registrations.size() % 390);
        f.mode = 1;
        f.sbp = 120 + i % 40;
        f.dbp = 70 + i % 20;
        f.heartRate = 72;
        auto r = repo.record(Scope::administrator(), f);
        if (!r && ++*failed == 1)
            std::printf("  (first refused follow-up: %s)\n", qPrintable(r.error().message));
    }
    return ms(t);
}

double indicators(const QString &conn)
{
    IndicatorFilter filter;
    QElapsedTimer t;
    t.start();
    (void)chronicIndicators(conn, Scope::administrator(), filter, ChronicRuleSet::active());
    return ms(t);
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
        u.username = suite == Crypto::Suite::International ? QStringLiteral("bench1")
                                                           : QStringLiteral("bench2");
        u.role = QStringLiteral("family_doctor");
        (void)users.create(Scope::administrator(), u, QStringLiteral("bench-pass-1"));
        (void)users.login(u.username,
                          QStringLiteral("bench-pass-1")); // first login also makes the signing key
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
        std::printf("login (%s, PBKDF2 %d iterations): mean %.0f ms, worst %.0f ms; bare KDF %.0f "
                    "ms; ratio %.2fx  [target 200-1000 ms]\n",
                    suite == Crypto::Suite::International ? "HMAC-SHA256" : "HMAC-SM3",
                    p.iterations(suite), total / logins, worst, raw, (total / logins) / raw);
    }

    // 2. Encrypted backup against a plain VACUUM INTO of the same file.
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    {
        sqlite3 *h = nullptr;
        sqlite3_open(db.toUtf8().constData(), &h);
        t.restart();
        sqlite3_exec(h, ("VACUUM INTO '" + plain.toUtf8() + "'").constData(), nullptr, nullptr,
                     nullptr);
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
            std::printf(
                "backup %s: %.0f ms (ratio %.2fx to VACUUM INTO, incl. one KDF); verify %.0f ms\n",
                qPrintable(Crypto::cipherName(suite)), enc, enc / raw, ver);
        }
    }

    // 3. De-identified export against a raw SELECT of the same columns.
    const double raw = rawSqlite(
        db,
        "SELECT id, household_id, sex, birth_date, village_code FROM resident WHERE deleted = 0");
    t.restart();
    auto e = DeidentifiedExport::exportResidents(Scope::administrator(), QStringLiteral("bench"),
                                                 dir.filePath(QStringLiteral("e.csv")));
    const double exp = ms(t);
    if (!e)
        return 1;
    std::printf("\nde-identified export: %lld rows in %.0f ms; raw SELECT %.1f ms\n", e->rows, exp,
                raw);
    closeDatabase(QStringLiteral("bench"));

    // 4. Encryption at rest: copies of the same file, plain and encrypted (both suites).
    std::printf("\nencryption at rest (page-encrypting VFS), ratio encrypted / plain, same run:\n");
    const QString plainDb = dir.filePath(QStringLiteral("atrest-plain.db"));
    const QString aesDb = dir.filePath(QStringLiteral("atrest-aes.db"));
    const QString sm4Db = dir.filePath(QStringLiteral("atrest-sm4.db"));
    for (const QString &copy : {plainDb, aesDb, sm4Db})
        QFile::copy(db, copy);
    t.restart();
    auto aes =
        EncryptedDb::encryptExisting(aesDb, Crypto::Suite::International, QStringLiteral("bench1"),
                                     QStringLiteral("bench-pass-1"));
    const double convertMs = ms(t);
    auto sm4 = EncryptedDb::encryptExisting(
        sm4Db, Crypto::Suite::Commercial, QStringLiteral("bench2"), QStringLiteral("bench-pass-1"));
    if (!aes || !sm4) {
        std::fprintf(stderr, "encryption failed: %s\n",
                     qPrintable((!aes ? aes.error() : sm4.error()).message));
        return 1;
    }
    QFile::remove(aes->keptPlain);
    QFile::remove(sm4->keptPlain);
    std::printf("  convert (jiayi-cli encrypt) %.1f MB: %.0f ms incl. two KDFs\n",
                QFile(aesDb).size() / 1e6, convertMs);

    // Login to an encrypted database: unlock (KDF) + open + login (no second KDF).
    for (const auto &[path, user] :
         {std::pair{aesDb, QStringLiteral("bench1")}, std::pair{sm4Db, QStringLiteral("bench2")}}) {
        double total = 0, worst = 0;
        for (int i = 0; i < logins; ++i) {
            EncryptedDb::lock(path);
            t.restart();
            auto u = EncryptedDb::unlock(path, user, QStringLiteral("bench-pass-1"));
            const double unlockMs = ms(t);
            auto opened =
                u ? openDatabase(QStringLiteral("login"), path) : Result<SchemaInfo>(u.error());
            SecurityPolicy p = policy;
            p.suite = path == aesDb ? Crypto::Suite::International : Crypto::Suite::Commercial;
            auto s = opened ? UserRepository(QStringLiteral("login"), p)
                                  .login(user, QStringLiteral("bench-pass-1"))
                            : Result<Scope>(opened.error());
            const double m = ms(t);
            if (i == 0)
                std::printf("    (unlock %.0f ms of %.0f ms)\n", unlockMs, m);
            closeDatabase(QStringLiteral("login"));
            if (!s) {
                std::fprintf(stderr, "encrypted login failed: %s\n", qPrintable(s.error().message));
                return 1;
            }
            total += m;
            worst = qMax(worst, m);
        }
        std::printf("  login to the encrypted database (%s): mean %.0f ms, worst %.0f ms  [target "
                    "200-1000 ms]\n",
                    path == aesDb ? "AES-256-GCM" : "SM4-CTR+HMAC-SM3", total / logins, worst);
    }

    const QStringList typed{QStringLiteral("王建国"), QStringLiteral("zhangwei"),
                            QStringLiteral("lxm"),    QStringLiteral("430121"),
                            QStringLiteral("1380"),   QStringLiteral("陈")};
    const QStringList opened =
        column(plainDb, small ? "SELECT resident_id FROM chronic_registration LIMIT 50"
                              : "SELECT resident_id FROM chronic_registration LIMIT 300");
    const QStringList registrations = column(
        plainDb,
        "SELECT id FROM chronic_registration WHERE closed_on IS NULL AND programme = 'hypertension'"
        " AND registered_on < date('now', '-420 days')");
    const int followups = small ? 500 : 10000;
    struct Figures
    {
        double search = 1e18, open = 1e18, insert = 0, indicators = 1e18;
        int keys = 0, failed = 0;
    };
    const QStringList paths{plainDb, aesDb, sm4Db};
    Figures f[3];
    // Reads: three rounds alternating the files, each on a fresh connection (SQLite's own cache
    // cold, the operating system's warm); the best round counts.
    for (int round = 0; round < 3; ++round)
        for (int k = 0; k < 3; ++k) {
            if (!openDatabase(QStringLiteral("atrest"), paths[k]))
                return 1;
            f[k].search =
                qMin(f[k].search, searchAsYouType(QStringLiteral("atrest"), typed, &f[k].keys));
            f[k].open = qMin(f[k].open, openResidents(QStringLiteral("atrest"), opened));
            closeDatabase(QStringLiteral("atrest"));
        }
    for (int k = 0; k < 3; ++k) {
        if (!openDatabase(QStringLiteral("atrest"), paths[k]))
            return 1;
        f[k].insert =
            insertFollowups(QStringLiteral("atrest"), registrations, followups, &f[k].failed);
        closeDatabase(QStringLiteral("atrest"));
    }
    for (int round = 0; round < 3; ++round)
        for (int k = 0; k < 3; ++k) {
            if (!openDatabase(QStringLiteral("atrest"), paths[k]))
                return 1;
            f[k].indicators = qMin(f[k].indicators, indicators(QStringLiteral("atrest")));
            closeDatabase(QStringLiteral("atrest"));
        }
    std::printf("  %-36s %12s %12s %7s %14s %7s\n", "", "plain", "AES-256-GCM", "ratio",
                "SM4+HMAC-SM3", "ratio");
    auto row = [&](const char *name, double a, double b, double c, const char *unit) {
        std::printf("  %-36s %9.2f %s %9.2f %s %6.2fx %11.2f %s %6.2fx\n", name, a, unit, b, unit,
                    b / a, c, unit, c / a);
    };
    row("search-as-you-type, per keystroke", f[0].search / f[0].keys, f[1].search / f[1].keys,
        f[2].search / f[2].keys, "ms");
    row(qPrintable(QStringLiteral("open a resident (record + timeline), %1").arg(opened.size())),
        f[0].open / opened.size(), f[1].open / opened.size(), f[2].open / opened.size(), "ms");
    row(qPrintable(QStringLiteral("insert %1 follow-ups, total").arg(followups)),
        f[0].insert / 1000, f[1].insert / 1000, f[2].insert / 1000, "s ");
    row("yearly chronic indicators", f[0].indicators, f[1].indicators, f[2].indicators, "ms");
    std::printf("  (target: ratio under 1.3x; %d keystrokes; follow-ups refused by validation: %d "
                "/ %d / %d)\n",
                f[0].keys, f[0].failed, f[1].failed, f[2].failed);
    return 0;
}
