#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <map>

using namespace Models;

// Upgrades from every schema a user may hold: tests/data/schemas/schema_vN.db (made by
// make_fixtures.py from the committed migration prefixes, a few rows in every table) is opened by
// the current program, which must migrate it with a backup first and keep every row; a broken
// migration must leave the file as it was and say so; a newer file is refused untouched.
// The files are read back with the raw SQLite API, a second reader independent of Qt SQL.
class TstMigrations : public QObject
{
    Q_OBJECT

private slots:
    void fixturesCoverEverySchema();
    void everySchemaUpgradesKeepingEveryRow_data();
    void everySchemaUpgradesKeepingEveryRow();
    void failedMigrationRestoresTheBackup_data();
    void failedMigrationRestoresTheBackup();
    void newerSchemaIsRefusedUntouched();
    void cleanup() { setMigrationDirectory({}); }

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
};

namespace {

QString fixture(int version)
{
    return QStringLiteral(JIAYI_TEST_DATA "/schemas/schema_v%1.db").arg(version);
}

// A private copy of a fixture (the checked-in file is never opened for writing).
QString copyFixture(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    QFile::remove(path);
    if (!QFile::copy(fixture(version), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray() : (r.error().code + QStringLiteral(": ") + r.error().message).toUtf8();
}

// Everything a person could lose: the schema version, each table's definition and each row.
struct Content
{
    int userVersion = -1;
    std::map<QString, QStringList> rows; // table -> rows as text, sorted
    std::map<QString, QString> schema;   // object name -> CREATE statement
};

QStringList column(sqlite3 *h, const QByteArray &sql)
{
    QStringList out;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return {QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(h))};
    while (sqlite3_step(st) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(st); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
            cells << (text ? QString::fromUtf8(text) : QStringLiteral("<null>"));
        }
        out << cells.join(QLatin1Char('|'));
    }
    sqlite3_finalize(st);
    return out;
}

Content read(const QString &path)
{
    Content c;
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return c;
    }
    c.userVersion = column(h, "PRAGMA user_version").value(0).toInt();
    for (const QString &line : column(h, "SELECT name || '|' || ifnull(sql, '') FROM sqlite_master"
                                         " WHERE name NOT LIKE 'sqlite_%'")) {
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        c.schema[line.left(bar)] = line.mid(bar + 1);
    }
    for (const QString &table : column(h, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite_%'")) {
        QStringList rows = column(h, "SELECT * FROM \"" + table.toUtf8() + '"');
        rows.sort();
        c.rows[table] = rows;
    }
    sqlite3_close(h);
    return c;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

void TstMigrations::fixturesCoverEverySchema()
{
    // A new migration needs its fixture: rerun tests/data/schemas/make_fixtures.py.
    for (int v = 1; v <= latestSchemaVersion(); ++v) {
        QVERIFY2(QFile::exists(fixture(v)), qPrintable(fixture(v)));
        const Content c = read(fixture(v));
        QCOMPARE(c.userVersion, v);
        for (const auto &[table, rows] : c.rows)
            QVERIFY2(!rows.isEmpty(), qPrintable(QStringLiteral("v%1 %2").arg(v).arg(table)));
    }
}

void TstMigrations::everySchemaUpgradesKeepingEveryRow_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < latestSchemaVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TstMigrations::everySchemaUpgradesKeepingEveryRow()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = copyFixture(dir, version);
    QVERIFY(!path.isEmpty());
    const Content before = read(path);

    auto info = openDatabase(conn(), path);
    QVERIFY2(info, why(info));
    QCOMPARE(info->fileVersion, version);
    QCOMPARE(info->programVersion, latestSchemaVersion());
    QVERIFY(!info->backupPath.isEmpty());
    closeDatabase(conn());

    const Content after = read(path);
    QCOMPARE(after.userVersion, latestSchemaVersion());
    // Every row of every table that existed is still there (new columns append to a row's
    // text; a migration may add rows, e.g. seeded code tables, but never lose one).
    for (const auto &[table, rows] : before.rows) {
        QVERIFY2(after.rows.count(table), qPrintable(table + QStringLiteral(" was dropped")));
        const QStringList &now = after.rows.at(table);
        for (const QString &row : rows) {
            const bool kept = std::any_of(now.begin(), now.end(), [&](const QString &n) {
                return n == row || n.startsWith(row + QLatin1Char('|'));
            });
            QVERIFY2(kept, qPrintable(table + QStringLiteral(" lost: ") + row));
        }
    }
    // The backup taken first is the file as it was.
    const Content backup = read(info->backupPath);
    QCOMPARE(backup.userVersion, version);
    QVERIFY(backup.rows == before.rows);
}

void TstMigrations::failedMigrationRestoresTheBackup_data()
{
    QTest::addColumn<int>("version");
    QTest::addRow("v1") << 1;
    QTest::addRow("v8") << 8;
    QTest::addRow("latest") << latestSchemaVersion();
}

void TstMigrations::failedMigrationRestoresTheBackup()
{
    QFETCH(int, version);
    // The program's migrations plus a broken next one: those before it commit, then it fails.
    QTemporaryDir migrations;
    for (const QString &name : QDir(QStringLiteral(":/migrations")).entryList(QDir::Files))
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + name, migrations.filePath(name)));
    const int broken = latestSchemaVersion() + 1;
    QFile bad(migrations.filePath(QStringLiteral("%1_broken.sql").arg(broken, 4, 10, QChar('0'))));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("CREATE TABLE upgrade_probe(x INTEGER);\nALTER TABLE no_such_table ADD COLUMN y;\n");
    bad.close();
    setMigrationDirectory(migrations.path());
    QCOMPARE(latestSchemaVersion(), broken);

    QTemporaryDir dir;
    const QString path = copyFixture(dir, version);
    const Content before = read(path);

    auto info = openDatabase(conn(), path);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("db.migration"));
    const Content after = read(path);
    QCOMPARE(after.userVersion, version);
    QVERIFY(after.schema == before.schema);
    QVERIFY(after.rows == before.rows);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY2(info.error().message.contains(QString::number(broken)), why(info));
    QVERIFY2(info.error().message.contains(QStringLiteral("已从升级前的备份恢复")), why(info));

    // With the good migrations back, the same file upgrades normally.
    setMigrationDirectory({});
    auto again = openDatabase(conn(), path);
    QVERIFY2(again, why(again));
    QCOMPARE(again->fileVersion, version);
    closeDatabase(conn());
}

void TstMigrations::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, latestSchemaVersion());
    {
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &h), SQLITE_OK);
        const QByteArray sql =
            "PRAGMA user_version=" + QByteArray::number(latestSchemaVersion() + 1);
        QCOMPARE(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
    }
    const QByteArray hash = sha256(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);

    auto info = openDatabase(conn(), path);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("db.newer"));
    QVERIFY(info.error().message.contains(QString::number(latestSchemaVersion() + 1)));
    QCOMPARE(sha256(path), hash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files); // no backup, -wal or -shm
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
