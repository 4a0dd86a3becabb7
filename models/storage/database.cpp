#include "database.h"

#include "dbaccess.h"
#include "encrypteddb.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <map>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Database)
};

QString &migrationDirectory()
{
    static QString dir = QStringLiteral(":/migrations");
    return dir;
}

// Migrations compiled in as resources: :/migrations/0001_core.sql, 0002_..., numbered from 1.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(migrationDirectory());
    const auto entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : entries) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

Result<int> userVersion(sqlite3 *h)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) != SQLITE_OK)
        return makeError(QStringLiteral("db.open"), Text::tr("数据库文件无法读取"), {},
                         QString::fromUtf8(sqlite3_errmsg(h)));
    int v = -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    const int rc = sqlite3_finalize(st);
    if (v < 0 || rc != SQLITE_OK) {
        if (const QString tampered = EncryptedDb::describeAuthFailure(); !tampered.isEmpty())
            return makeError(QStringLiteral("db.tampered"), tampered, {},
                             QString::fromUtf8(sqlite3_errmsg(h)));
    }
    if (v < 0 || rc != SQLITE_OK)
        return makeError(QStringLiteral("db.notadb"), Text::tr("文件不是有效的家医数据库"), {},
                         QString::fromUtf8(sqlite3_errmsg(h)));
    return v;
}

Result<void> execScript(sqlite3 *h, const QByteArray &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(err ? err : "unknown");
        sqlite3_free(err);
        return makeError(QStringLiteral("db.exec"), Text::tr("数据库操作失败"), {}, detail);
    }
    return {};
}

Result<void> applyMigration(sqlite3 *h, int version, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("db.migration"), Text::tr("缺少数据库升级脚本"), {}, file);
    QByteArray sql = "BEGIN IMMEDIATE;\n" + f.readAll() +
                     "\nPRAGMA user_version = " + QByteArray::number(version) + ";\nCOMMIT;";
    if (auto r = execScript(h, sql); !r) {
        char *ignored = nullptr;
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, &ignored);
        sqlite3_free(ignored);
        qCWarning(lcDb) << "migration" << version << "failed:" << r.error().detail;
        return makeError(QStringLiteral("db.migration"),
                         Text::tr("数据库升级到第 %1 版失败，数据库保持原样").arg(version), {},
                         r.error().detail);
    }
    qCInfo(lcDb) << "applied migration" << version;
    return {};
}

Result<void> migrate(sqlite3 *h, int from, int to)
{
    const auto files = migrationFiles();
    for (const auto &[version, file] : files) {
        if (version <= from || version > to)
            continue;
        if (auto r = applyMigration(h, version, file); !r)
            return r;
    }
    return {};
}

QString backupName(const QString &path, int fromVersion)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // A retry within the same second (after a failed upgrade) must not collide with the first.
    QString name = path + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = path + QStringLiteral(".v%1-%2-%3.bak").arg(fromVersion).arg(stamp).arg(n);
    return name;
}

Result<QString> backupBeforeUpgrade(sqlite3 *h, const QString &path, int fromVersion)
{
    const QString target = backupName(path, fromVersion);
    // The copy of an encrypted database is encrypted with the same key, its key file beside it.
    if (PageVfs::hasKey(path))
        if (auto r = EncryptedDb::shareKey(path, target, true); !r)
            return r.error();
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (auto r = execScript(h, "VACUUM INTO '" + quoted.toUtf8() + "'"); !r)
        return makeError(QStringLiteral("db.backup"), Text::tr("升级前备份失败，未做任何修改"), {},
                         r.error().detail);
    return target;
}

// A migration failed after earlier ones had committed: put the pre-upgrade copy back (or remove
// the file this call created), so the machine is as it was, and say which happened.
Error undoFailedUpgrade(Error error, const QString &path, bool existed, const QString &backup)
{
    for (const QString &side : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + side);
    if (!existed) {
        QFile::remove(path);
        return error;
    }
    if (backup.isEmpty())
        return error;
    const QString aside = path + QStringLiteral(".failed-upgrade");
    QFile::remove(aside);
    const bool restored = QFile::rename(path, aside) && QFile::copy(backup, path);
    if (restored) {
        QFile::remove(aside);
        error.message += QLatin1Char('\n') + Text::tr("已从升级前的备份恢复：%1").arg(backup);
    } else {
        error.message +=
            QLatin1Char('\n') +
            Text::tr("从备份恢复失败，请用备份 %1 替换数据库文件 %2").arg(backup, path);
    }
    qCWarning(lcDb) << "upgrade failed; restored from backup:" << restored;
    return error;
}

} // namespace

void setMigrationDirectory(const QString &directory)
{
    migrationDirectory() = directory.isEmpty() ? QStringLiteral(":/migrations") : directory;
}

sqlite3 *sqliteHandle(const QString &connectionName)
{
    const QVariant v = db(connectionName).driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

void mapWholeFile(sqlite3 *h)
{
    // A township's database passes 1 GB at about 150,000 residents; SQLite clamps the request.
    if (h)
        sqlite3_exec(h, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
}

int latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<SchemaInfo> openDatabase(const QString &connectionName, const QString &path,
                                const OpenOptions &options)
{
    PageVfs::install(); // before Qt opens the file: the encrypting VFS is the process default
    const bool memory = path == QLatin1String(":memory:");
    const bool existed = !memory && QFileInfo::exists(path);
    const bool encrypted = !memory && (EncryptedDb::isEncrypted(path) || PageVfs::hasKey(path));
    if (encrypted && !QFileInfo::exists(EncryptedDb::keyFilePath(path)) && !PageVfs::hasKey(path))
        return makeError(
            QStringLiteral("db.keyfile.missing"),
            Text::tr("加密数据库的密钥文件缺失：%1").arg(EncryptedDb::keyFilePath(path)));
    if (encrypted && !PageVfs::hasKey(path))
        return makeError(QStringLiteral("db.locked"),
                         Text::tr("数据库已加密，请先登录解锁：%1").arg(path));
    if (!memory && !existed && !options.create)
        return makeError(QStringLiteral("db.missing"), Text::tr("数据库文件不存在：%1").arg(path));
    if (!memory && !existed) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return makeError(QStringLiteral("db.open"), Text::tr("无法创建目录：%1").arg(dir));
    }

    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    d.setDatabaseName(path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open()) {
        const Error e =
            makeError(QStringLiteral("db.open"), Text::tr("无法打开数据库：%1").arg(path), {},
                      d.lastError().text());
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    sqlite3 *h = sqliteHandle(connectionName);
    auto fail = [&](const Error &e) -> Result<SchemaInfo> {
        d = QSqlDatabase(); // release our handle so removeDatabase() finds it unused
        closeDatabase(connectionName);
        return e;
    };
    if (!h)
        return fail(makeError(QStringLiteral("db.driver"), Text::tr("SQLite 驱动不可用")));

    if (encrypted) {
        // The connection must really go through the encrypting VFS (a Qt whose driver bundles
        // its own SQLite would not): refuse rather than write clear pages.
        char *vfs = nullptr;
        sqlite3_file_control(h, "main", SQLITE_FCNTL_VFSNAME, &vfs);
        const bool ours = vfs && qstrcmp(vfs, PageVfs::vfsName()) == 0;
        sqlite3_free(vfs);
        if (!ours)
            return fail(makeError(
                QStringLiteral("db.vfs"),
                Text::tr("加密模块未生效（SQLite 驱动未使用家医的加密 VFS），拒绝打开加密数据库")));
        // A new file gets the reserved bytes that hold each page's nonce and tag.
        int reserve = PageVfs::ReserveBytes;
        sqlite3_file_control(h, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }

    SchemaInfo info;
    info.programVersion = latestSchemaVersion();
    // Read the version before any PRAGMA that writes (journal_mode), so a newer file stays
    // untouched.
    auto version = userVersion(h);
    if (!version)
        return fail(version.error());
    info.fileVersion = *version;
    if (info.fileVersion > info.programVersion)
        return fail(makeError(
            QStringLiteral("db.newer"),
            Text::tr("数据库版本（%1）比本程序支持的版本（%2）新，请升级家医软件；文件未作任何修改")
                .arg(info.fileVersion)
                .arg(info.programVersion)));

    if (auto r = execScript(h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                               "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"
                               "PRAGMA cache_size=-16000; PRAGMA mmap_size=268435456;");
        !r)
        return fail(r.error());

    if (options.migrate && info.fileVersion < info.programVersion) {
        if (existed && info.fileVersion > 0) {
            auto backup = backupBeforeUpgrade(h, path, info.fileVersion);
            if (!backup)
                return fail(backup.error());
            info.backupPath = *backup;
        }
        if (auto r = migrate(h, info.fileVersion, info.programVersion); !r) {
            (void)fail(r.error()); // closes the connection before the file is put back
            return undoFailedUpgrade(r.error(), path, existed, info.backupPath);
        }
    }
    return info;
}

Result<void> migrateTo(const QString &connectionName, int targetVersion)
{
    sqlite3 *h = sqliteHandle(connectionName);
    auto version = userVersion(h);
    if (!version)
        return version.error();
    return migrate(h, *version, targetVersion);
}

void closeDatabase(const QString &connectionName)
{
    {
        QSqlDatabase d = QSqlDatabase::database(connectionName, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool discardNewDatabase(const QString &connectionName, const QString &path)
{
    closeDatabase(connectionName);
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return true;
    bool gone = true;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file))
            gone = false;
    }
    qCInfo(lcDb) << "new database discarded";
    return gone;
}

Result<QStringList> checkDatabase(const QString &connectionName)
{
    QStringList problems;
    QSqlQuery q(db(connectionName));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return dbError(q);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return dbError(q);
    while (q.next())
        problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

Error dbError(const QSqlError &e, const QString &what)
{
    if (const QString tampered = EncryptedDb::describeAuthFailure(); !tampered.isEmpty())
        return makeError(QStringLiteral("db.tampered"), tampered, {}, e.text());
    const bool constraint =
        e.nativeErrorCode() == QLatin1String("19") ||
        e.nativeErrorCode().startsWith(QLatin1String("19")) ||
        e.databaseText().contains(QLatin1String("constraint"), Qt::CaseInsensitive);
    return makeError(
        constraint ? QStringLiteral("db.constraint") : QStringLiteral("db.error"),
        QCoreApplication::translate("Models::Database", "保存失败：数据库拒绝了这次修改"), {},
        what.isEmpty() ? e.text() : what + QStringLiteral(": ") + e.text());
}

Error dbError(const QSqlQuery &q, const QString &what)
{
    return dbError(q.lastError(), what);
}

Result<void> exec(QSqlQuery &q)
{
    if (!q.exec()) {
        qCWarning(lcDb) << "query failed:" << q.lastError().text();
        return dbError(q);
    }
    return {};
}

} // namespace Models
