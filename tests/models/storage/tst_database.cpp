#include "arearepository.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace Models;

// Migrations, refusal of newer files, integrity checks and the transaction guard: the layer every
// other test stands on, so each case opens real files and checks them with a second reader.
class TstDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshDatabaseIsLatest_data();
    void freshDatabaseIsLatest();
    void upgradeKeepsResidentsAndBacksUp();
    void newerFileIsRefusedUntouched_data();
    void newerFileIsRefusedUntouched();
    void checkDatabaseFindsProblems();
    void notADatabase_data();
    void notADatabase();
    void missingFileWithoutCreate();
    void transactionRollsBack();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
};

namespace {

// QVERIFY2 evaluates its message even on success, so it must not touch error() of a good result.
template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(": ") + r.error().message + QStringLiteral(" / ") +
                r.error().detail)
                   .toUtf8();
}

// Collects the warnings emitted while it lives (QtTest's own handler is restored afterwards).
class WarningCapture
{
public:
    WarningCapture()
    {
        s_sink = &m_messages;
        m_previous = qInstallMessageHandler(&WarningCapture::handle);
    }
    ~WarningCapture()
    {
        qInstallMessageHandler(m_previous);
        s_sink = nullptr;
    }
    QStringList messages() const { return m_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &msg)
    {
        if (s_sink && type >= QtWarningMsg)
            s_sink->append(msg);
    }
    static inline QStringList *s_sink = nullptr;
    QStringList m_messages;
    QtMessageHandler m_previous = nullptr;
};

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Reads the file with the sqlite3 C API, independently of the Qt connection under test.
qint64 rawScalar(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    qint64 v = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return v;
}

qint64 scalar(const QString &connection, const QString &sql)
{
    QSqlQuery q(db(connection));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString idFor(const QString &county, const QDate &birth, int seq)
{
    const QString body = county + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return body + IdNumber::checkCharacter(body);
}

const QString kVillage = QStringLiteral("430121101201");

void addAreas(const QString &connection)
{
    AreaRepository areas(connection);
    QVERIFY(areas.add(
        {QStringLiteral("430121"), QStringLiteral("示范县"), QStringLiteral("county"), {}}));
    QVERIFY(areas.add({QStringLiteral("430121101"), QStringLiteral("东山镇"),
                       QStringLiteral("township"), QStringLiteral("430121")}));
    QVERIFY(areas.add({kVillage, QStringLiteral("石桥村"), QStringLiteral("village"),
                       QStringLiteral("430121101")}));
}

QStringList columnsOf(const QString &connection, const QString &table)
{
    QStringList out;
    QSqlQuery q(db(connection));
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        out << q.value(1).toString();
    return out;
}

} // namespace

void TstDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDatabase::freshDatabaseIsLatest_data()
{
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("file") << false;
    QTest::newRow("memory") << true;
}

void TstDatabase::freshDatabaseIsLatest()
{
    QFETCH(bool, inMemory);
    // The newest version is the highest script number (a branch may hold a later number before
    // the numbers between it are merged), and no number is used twice.
    const QStringList files =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")});
    QVERIFY(files.size() >= 2);
    QSet<int> numbers;
    for (const QString &f : files)
        numbers.insert(f.left(4).toInt());
    QCOMPARE(int(numbers.size()), int(files.size()));
    QCOMPARE(latestSchemaVersion(), *std::max_element(numbers.cbegin(), numbers.cend()));
    // On main the numbers are contiguous from 1 (renumbered when branches merge).
    QCOMPARE(latestSchemaVersion(), int(numbers.size()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        inMemory ? QStringLiteral(":memory:") : dir.filePath(QStringLiteral("sub/new.db"));
    auto info = openDatabase(conn(), path);
    QVERIFY2(info, why(info));
    QCOMPARE(info->fileVersion, 0);
    QCOMPARE(info->programVersion, latestSchemaVersion());
    QVERIFY(info->backupPath.isEmpty()); // nothing to back up in a new file
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA user_version")), qint64(latestSchemaVersion()));
    const QStringList resident = columnsOf(conn(), QStringLiteral("resident"));
    for (const char *c :
         {"rid", "id", "record_no", "name", "work_unit", "contact_name", "contact_phone"})
        QVERIFY2(resident.contains(QLatin1String(c)), c);
    QCOMPARE(
        scalar(conn(), QStringLiteral("SELECT count(*) FROM meta WHERE key = 'workstation_id'")),
        1);
    if (!inMemory) {
        QSqlQuery q(db(conn()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA foreign_keys")), 1);
    }
    closeDatabase(conn());
    QVERIFY(!QSqlDatabase::contains(conn()));
    if (!inMemory)
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), qint64(latestSchemaVersion()));
}

void TstDatabase::upgradeKeepsResidentsAndBacksUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.db"));

    // Build a file as version 1 of the program would have left it.
    auto info = openDatabase(conn(), path, OpenOptions{.create = true, .migrate = false});
    QVERIFY2(info, why(info));
    QCOMPARE(info->fileVersion, 0);
    auto migrated = migrateTo(conn(), 1);
    QVERIFY2(migrated, why(migrated));
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA user_version")), 1);
    QVERIFY(!columnsOf(conn(), QStringLiteral("resident")).contains(QStringLiteral("work_unit")));
    addAreas(conn());

    const Scope scope = Scope::administrator();
    ResidentRepository repo(conn());
    QVector<Resident> before;
    const QStringList names{QStringLiteral("张三"), QStringLiteral("李小红"),
                            QStringLiteral("欧阳明")};
    for (int i = 0; i < names.size(); ++i) {
        Resident r;
        r.name = names.at(i);
        r.idNumber = idFor(QStringLiteral("430121"), QDate(1960 + i, 3, 1 + i), 11 + i);
        r.phone = QStringLiteral("1380000000%1").arg(i);
        r.address = QStringLiteral("石桥村%1组").arg(i + 1);
        r.villageCode = kVillage;
        r.relation =
            QStringLiteral(""); // empty, not null: see tst_residentrepository::nullOptionalFields
        auto created = repo.create(scope, r, i == 0);
        QVERIFY2(created, why(created));
        before << *created;
    }
    closeDatabase(conn());
    QCOMPARE(rawScalar(path, "PRAGMA user_version"), 1);

    // Open as the current program: upgraded, backed up first.
    info = openDatabase(conn(), path);
    QVERIFY2(info, why(info));
    QCOMPARE(info->fileVersion, 1);
    QCOMPARE(info->programVersion, latestSchemaVersion());
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA user_version")), qint64(latestSchemaVersion()));
    const QStringList cols = columnsOf(conn(), QStringLiteral("resident"));
    for (const char *c : {"work_unit", "contact_name", "contact_phone"})
        QVERIFY2(cols.contains(QLatin1String(c)), c);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident WHERE work_unit = ''"
                                           " AND contact_name = '' AND contact_phone = ''")),
             3);

    ResidentRepository upgraded(conn());
    const auto count = upgraded.count(scope);
    QVERIFY2(count, why(count));
    QCOMPARE(*count, 3);
    for (const Resident &old : before) {
        auto now = upgraded.findById(scope, old.id);
        QVERIFY2(now, qPrintable(old.id));
        QCOMPARE(now->toJson(), old.toJson());
        QCOMPARE(now->rid, old.rid);
        QCOMPARE(now->updatedAt, old.updatedAt);
        QCOMPARE(now->updatedBy, old.updatedBy);
    }
    const auto problems = checkDatabase(conn());
    QVERIFY2(problems, why(problems));
    QCOMPARE(*problems, QStringList());
    closeDatabase(conn());

    QVERIFY(!info->backupPath.isEmpty());
    QVERIFY2(QFile::exists(info->backupPath), qPrintable(info->backupPath));
    QVERIFY(info->backupPath != path);
    QCOMPARE(rawScalar(info->backupPath, "PRAGMA user_version"), 1);
    QCOMPARE(rawScalar(info->backupPath, "SELECT count(*) FROM resident"), 3);
    QCOMPARE(
        rawScalar(info->backupPath,
                  "SELECT count(*) FROM pragma_table_info('resident') WHERE name = 'work_unit'"),
        0);

    // Opening the upgraded file again needs no second upgrade and no second backup.
    info = openDatabase(conn(), path);
    QVERIFY(info);
    QCOMPARE(info->fileVersion, latestSchemaVersion());
    QVERIFY(info->backupPath.isEmpty());
    closeDatabase(conn());
}

void TstDatabase::newerFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("journalMode");
    // A rollback-journal file shows any write (even switching to WAL changes header bytes 18-19).
    QTest::newRow("delete journal") << QStringLiteral("DELETE");
    QTest::newRow("wal") << QStringLiteral("WAL");
}

void TstDatabase::newerFileIsRefusedUntouched()
{
    QFETCH(QString, journalMode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto info = openDatabase(conn(), path);
        QVERIFY(info);
        addAreas(conn());
        QSqlQuery q(db(conn()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=%1").arg(journalMode)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        q.finish();
        closeDatabase(conn());
    }
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(filesBefore, QStringList{QStringLiteral("future.db")});
    const QByteArray hashBefore = sha256(path);
    QVERIFY(!hashBefore.isEmpty());

    QStringList warnings;
    auto info = [&] {
        WarningCapture capture;
        auto r = openDatabase(conn(), path);
        warnings = capture.messages();
        return r;
    }();
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("db.newer"));
    QVERIFY(info.error().message.contains(QStringLiteral("99")));
    QVERIFY(!QSqlDatabase::contains(conn())); // the failed connection is not left behind

    QCOMPARE(sha256(path), hashBefore);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm or backup
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(rawScalar(path, "PRAGMA user_version"), 99);
    // A refused file is an expected event, not a programming error worth a Qt SQL warning.
    QCOMPARE(warnings, QStringList());

    // Without migrate the answer is the same: a newer file is never opened for writing.
    info = [&] {
        WarningCapture capture;
        return openDatabase(conn(), path, OpenOptions{.create = false, .migrate = false});
    }();
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("db.newer"));
    QCOMPARE(sha256(path), hashBefore);
}

void TstDatabase::checkDatabaseFindsProblems()
{
    auto info = openDatabase(conn(), QStringLiteral(":memory:"));
    QVERIFY(info);
    auto empty = Models::checkDatabase(conn());
    QVERIFY(empty);
    QCOMPARE(empty.value(), QStringList());

    addAreas(conn());
    ResidentRepository repo(conn());
    Resident r;
    r.name = QStringLiteral("王五");
    r.idNumber = idFor(QStringLiteral("430121"), QDate(1970, 1, 2), 33);
    r.villageCode = kVillage;
    r.address = QStringLiteral("石桥村1组");
    r.phone = QStringLiteral("13912345678");
    r.relation = QStringLiteral("");
    QVERIFY(repo.create(Scope::administrator(), r, true));
    auto sound = Models::checkDatabase(conn());
    QVERIFY(sound);
    QCOMPARE(sound.value(), QStringList());

    // And it does report a problem: a resident whose village is not in the area table.
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO resident(id, record_no, name, sex, birth_date, village_code, sort_key,"
        " created_at, updated_at, updated_by) VALUES('x', '99', '孤儿', 'M', '2000-01-01',"
        " '999999999999', 'guer', 'now', 'now', 'test')")));
    auto broken = Models::checkDatabase(conn());
    QVERIFY(broken);
    QCOMPARE(broken->size(), 1);
    QVERIFY2(broken->first().contains(QStringLiteral("resident")), qPrintable(broken->first()));
    closeDatabase(conn());
}

void TstDatabase::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(8192, '\0');
    QRandomGenerator gen(7);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArray("name,phone\n张三,13800000000\n").repeated(200);
    QByteArray fakeHeader = QByteArray("SQLite format 3\0", 16) + random;
    QTest::newRow("sqlite header, garbage pages") << fakeHeader;
}

void TstDatabase::notADatabase()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto info = [&] {
        WarningCapture
            capture; // the "still in use" warning is shown in newerFileIsRefusedUntouched
        return openDatabase(conn(), path);
    }();
    QVERIFY(!info);
    QVERIFY(!info.error().message.isEmpty());
    QVERIFY(info.error().code.startsWith(QStringLiteral("db.")));
    QVERIFY2(info.error().code != QStringLiteral("db.newer"), qPrintable(info.error().code));
    QVERIFY2(info.error().detail.contains(QStringLiteral("not a database")) ||
                 info.error().detail.contains(QStringLiteral("malformed")),
             qPrintable(info.error().detail));
    QVERIFY(!QSqlDatabase::contains(conn()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content); // left as it was
    QCOMPARE(info.error().code, QStringLiteral("db.notadb"));
}

void TstDatabase::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    auto info = openDatabase(conn(), path, OpenOptions{.create = false, .migrate = true});
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("db.missing"));
    QVERIFY(!QFile::exists(path));
}

void TstDatabase::transactionRollsBack()
{
    auto info = openDatabase(conn(), QStringLiteral(":memory:"));
    QVERIFY(info);
    auto insertCounty = [&](const QString &code) {
        QSqlQuery q(db(conn()));
        q.prepare(QStringLiteral("INSERT INTO area(code, name, level) VALUES(?, '县', 'county')"));
        q.addBindValue(code);
        return q.exec();
    };
    const QString count = QStringLiteral("SELECT count(*) FROM area");
    {
        Transaction tx(conn());
        QVERIFY(tx.isOpen());
        QVERIFY(insertCounty(QStringLiteral("430121")));
        QCOMPARE(scalar(conn(), count), 1); // visible inside the transaction
    }                                       // not committed
    QCOMPARE(scalar(conn(), count), 0);
    {
        Transaction tx(conn());
        QVERIFY(insertCounty(QStringLiteral("430122")));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isOpen());
        auto again = tx.commit(); // a second commit is refused, not silently repeated
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("db.tx"));
    }
    QCOMPARE(scalar(conn(), count), 1);
    {
        // A failed statement inside the guard: everything before it goes too.
        Transaction tx(conn());
        QVERIFY(insertCounty(QStringLiteral("430123")));
        QVERIFY(!insertCounty(QStringLiteral("bad")));
    }
    QCOMPARE(scalar(conn(), count), 1);
    {
        // An inner guard nests as a savepoint; what it commits goes with the outer transaction
        // (tst_transaction covers the rest).
        Transaction outer(conn());
        Transaction inner(conn());
        QVERIFY(outer.isOpen());
        QVERIFY(inner.isOpen());
        QVERIFY(inner.isNested());
        QVERIFY(insertCounty(QStringLiteral("430124")));
        QVERIFY(inner.commit());
        QVERIFY(outer.commit());
    }
    QCOMPARE(scalar(conn(), count), 2);
    closeDatabase(conn());
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
