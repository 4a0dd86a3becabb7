#include "encrypteddb.h"

#include "backupservice.h"
#include "logging.h"
#include "securitypolicy.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

#include <map>
#include <mutex>
#include <vector>

namespace Models::EncryptedDb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::EncryptedDb)
};

const QString Format = QStringLiteral("jiayi-db-key/1");

std::mutex g_mutex;
std::map<QString, QByteArray> g_verified; // canonical path -> username + password digest
std::map<QString, bool> g_byRecovery;     // canonical path -> unlocked with the recovery key
int g_slotIterations = 0;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error badLogin()
{
    return makeError(QStringLiteral("login.failed"),
                     QCoreApplication::translate("Models::UserRepository", "用户名或密码错误"),
                     QStringLiteral("password"));
}

Error fileError(const QString &path)
{
    return makeError(QStringLiteral("db.keyfile"), Text::tr("无法读写密钥文件：%1").arg(path));
}

QByteArray slotAad(const QString &kind, const QString &username)
{
    return "jiayi-db-key|" + kind.toUtf8() + '|' + username.toUtf8();
}

QString normaliseRecovery(const QString &key)
{
    QString k = key.trimmed().toUpper();
    k.remove(QLatin1Char(' '));
    return k;
}

// PBKDF2 gives one 32-byte block (a 64-byte output would run the iterations twice, doubling the
// login time for nothing); the 64 bytes of sealing key are expanded from it with HMAC.
QByteArray slotKey(Crypto::Suite suite, const QString &secret, const QByteArray &salt,
                   int iterations)
{
    const QByteArray prk = Crypto::pbkdf2(suite, secret.toUtf8(), salt, iterations, 32);
    return Crypto::hmac(suite, prk, QByteArrayLiteral("jiayi-slot-enc")) +
           Crypto::hmac(suite, prk, QByteArrayLiteral("jiayi-slot-mac"));
}

QJsonObject makeSlot(Crypto::Suite suite, const QString &kind, const QString &username,
                     const QString &secret, const QByteArray &dataKey)
{
    const int iterations =
        g_slotIterations > 0 ? g_slotIterations : SecurityPolicy::defaults().iterations(suite);
    const QByteArray salt = Crypto::randomBytes(16);
    const QByteArray kek = slotKey(suite, secret, salt, iterations);
    QJsonObject o{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("kdf"), suite == Crypto::Suite::International
                                    ? QStringLiteral("PBKDF2-HMAC-SHA256")
                                    : QStringLiteral("PBKDF2-HMAC-SM3")},
        {QStringLiteral("iterations"), iterations},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
        {QStringLiteral("sealed"),
         QString::fromLatin1(Crypto::seal(suite, kek, dataKey, slotAad(kind, username)).toHex())}};
    if (!username.isEmpty())
        o.insert(QStringLiteral("username"), username);
    return o;
}

Result<QByteArray> openSlot(Crypto::Suite suite, const QJsonObject &slot, const QString &secret)
{
    const QByteArray salt =
        QByteArray::fromHex(slot.value(QLatin1String("salt")).toString().toLatin1());
    const int iterations = slot.value(QLatin1String("iterations")).toInt();
    if (iterations <= 0)
        return makeError(QStringLiteral("db.keyfile"), Text::tr("密钥文件已损坏"));
    const QByteArray kek = slotKey(suite, secret, salt, iterations);
    auto key = Crypto::open(
        suite, kek, QByteArray::fromHex(slot.value(QLatin1String("sealed")).toString().toLatin1()),
        slotAad(slot.value(QLatin1String("kind")).toString(),
                slot.value(QLatin1String("username")).toString()));
    if (!key || key->size() != PageVfs::DataKeyLength)
        return badLogin();
    return *key;
}

struct KeyFile
{
    QJsonObject json;
    Crypto::Suite suite = Crypto::Suite::International;
    PageVfs::Cipher cipher = PageVfs::Cipher::Aes256Gcm;

    QJsonArray keySlots() const { return json.value(QLatin1String("slots")).toArray(); }
    QJsonArray keySlotsExcept(const QString &username) const
    {
        QJsonArray rest;
        for (const QJsonValue &v : keySlots())
            if (v.toObject().value(QLatin1String("username")).toString() != username)
                rest << v;
        return rest;
    }
};

Result<KeyFile> readKeyFile(const QString &dbPath)
{
    QFile f(keyFilePath(dbPath));
    if (!f.exists())
        return makeError(QStringLiteral("db.keyfile.missing"),
                         Text::tr("加密数据库的密钥文件缺失：%1").arg(f.fileName()));
    if (!f.open(QIODevice::ReadOnly))
        return fileError(f.fileName());
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    KeyFile k;
    k.json = doc.object();
    if (k.json.value(QLatin1String("format")).toString() != Format)
        return makeError(QStringLiteral("db.keyfile"),
                         Text::tr("密钥文件格式不对：%1").arg(f.fileName()));
    auto suite = Crypto::suiteFromName(k.json.value(QLatin1String("suite")).toString());
    if (!suite)
        return suite.error();
    k.suite = *suite;
    k.cipher = cipherFor(k.suite);
    return k;
}

Result<void> saveKeyFile(const QString &dbPath, const QJsonObject &json)
{
    QSaveFile f(keyFilePath(dbPath));
    if (!f.open(QIODevice::WriteOnly))
        return fileError(f.fileName());
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return fileError(f.fileName());
    QFile::setPermissions(f.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QJsonObject newKeyFile(Crypto::Suite suite, const QJsonArray &keySlots)
{
    return {{QStringLiteral("format"), Format},
            {QStringLiteral("suite"), Crypto::suiteName(suite)},
            {QStringLiteral("cipher"), cipherName(cipherFor(suite))},
            {QStringLiteral("reserve_bytes"), PageVfs::ReserveBytes},
            {QStringLiteral("created_at"), now()},
            {QStringLiteral("slots"), keySlots},
            {QStringLiteral("lockout"), QJsonObject{}}};
}

QByteArray loginDigest(const QString &username, const QString &password)
{
    return QCryptographicHash::hash(username.toUtf8() + '\0' + password.toUtf8(),
                                    QCryptographicHash::Sha256);
}

bool execSql(sqlite3 *h, const char *sql, QString *detail = nullptr)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(h, sql, nullptr, nullptr, &err);
    if (detail)
        *detail = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    return rc == SQLITE_OK;
}

QString sqlQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

QString keyFilePath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".jykey");
}

bool isEncrypted(const QString &dbPath)
{
    if (QFileInfo::exists(keyFilePath(dbPath)))
        return true;
    // Read through SQLite's own unix VFS, never QFile: closing any descriptor of a file cancels
    // every POSIX lock this process holds on it, so a QFile read while a connection is open (a
    // second connection, a worker's) dropped that connection's locks; another process could then
    // checkpoint and delete the WAL the open connection still writes to (SQLite's "How To
    // Corrupt" 2.2.1). The unix VFS keeps a descriptor open while the process holds locks.
    sqlite3_vfs *posix = sqlite3_vfs_find("unix");
    if (!posix || !QFileInfo::exists(dbPath))
        return false;
    std::vector<char> storage(size_t(posix->szOsFile) + 8);
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    const QByteArray path = QFile::encodeName(dbPath);
    int flags = 0;
    if (posix->xOpen(posix, path.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                     &flags) != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        return false;
    }
    char header[100] = {};
    const bool read = file->pMethods->xRead(file, header, 100, 0) == SQLITE_OK;
    file->pMethods->xClose(file);
    return read && QByteArray::fromRawData(header, 100).startsWith("SQLite format 3") &&
           quint8(header[20]) == PageVfs::ReserveBytes;
}

bool isUnlocked(const QString &dbPath)
{
    return PageVfs::hasKey(dbPath);
}

bool unlockedByRecovery(const QString &dbPath)
{
    std::lock_guard lock(g_mutex);
    const auto it = g_byRecovery.find(PageVfs::canonicalPath(dbPath));
    return it != g_byRecovery.end() && it->second;
}

PageVfs::Cipher cipherFor(Crypto::Suite suite)
{
    return suite == Crypto::Suite::International ? PageVfs::Cipher::Aes256Gcm
                                                 : PageVfs::Cipher::Sm4CtrHmacSm3;
}

QString cipherName(PageVfs::Cipher c)
{
    return c == PageVfs::Cipher::Aes256Gcm ? QStringLiteral("AES-256-GCM")
                                           : QStringLiteral("SM4-CTR+HMAC-SM3");
}

Result<Created> create(const QString &dbPath, Crypto::Suite suite, const QString &username,
                       const QString &password)
{
    if (QFileInfo::exists(dbPath) && QFileInfo(dbPath).size() > 0)
        return makeError(QStringLiteral("db.exists"), Text::tr("数据库文件已存在：%1").arg(dbPath));
    if (QFileInfo::exists(keyFilePath(dbPath)))
        return makeError(QStringLiteral("db.exists"),
                         Text::tr("密钥文件已存在：%1").arg(keyFilePath(dbPath)));
    Created c;
    c.recoveryKey = BackupService::generateRecoveryKey();
    const QByteArray dataKey = Crypto::randomBytes(PageVfs::DataKeyLength);
    QJsonArray keySlots{
        makeSlot(suite, QStringLiteral("recovery"), {}, normaliseRecovery(c.recoveryKey), dataKey)};
    if (!username.isEmpty())
        keySlots << makeSlot(suite, QStringLiteral("user"), username, password, dataKey);
    if (auto r = saveKeyFile(dbPath, newKeyFile(suite, keySlots)); !r)
        return r.error();
    PageVfs::registerKey(dbPath, dataKey, cipherFor(suite));
    return c;
}

Result<Converted> encryptExisting(const QString &dbPath, Crypto::Suite suite,
                                  const QString &username, const QString &password)
{
    if (!QFileInfo::exists(dbPath))
        return makeError(QStringLiteral("db.missing"),
                         Text::tr("数据库文件不存在：%1").arg(dbPath));
    if (isEncrypted(dbPath))
        return makeError(QStringLiteral("db.encrypted"),
                         Text::tr("数据库已经加密：%1").arg(dbPath));
    PageVfs::install();
    const QString tmp = dbPath + QStringLiteral(".encrypting-tmp");
    QFile::remove(tmp);
    const QByteArray dataKey = Crypto::randomBytes(PageVfs::DataKeyLength);
    const PageVfs::Cipher cipher = cipherFor(suite);
    PageVfs::registerKey(tmp, dataKey, cipher);
    struct Cleanup
    {
        QString path;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep) {
                QFile::remove(path);
                PageVfs::forgetKey(path);
            }
        }
    } cleanup{tmp};

    // 1. Copy every page into the new file through the encrypting VFS, with reserved bytes.
    sqlite3 *h = nullptr;
    QString detail;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return makeError(QStringLiteral("db.open"), Text::tr("无法打开数据库：%1").arg(dbPath));
    }
    sqlite3_busy_timeout(h, 10000);
    int reserve = PageVfs::ReserveBytes;
    sqlite3_file_control(h, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    const bool copied = execSql(h, "PRAGMA wal_checkpoint(TRUNCATE)") &&
                        execSql(h, ("VACUUM INTO " + sqlQuote(tmp)).toUtf8().constData(), &detail);
    sqlite3_close(h);
    if (!copied)
        return makeError(QStringLiteral("db.encrypt"), Text::tr("加密失败：无法复制数据库"), {},
                         detail);

    // 2. Check the copy: reserved bytes in the header, every page readable and authentic.
    QFile head(tmp);
    const QByteArray header = head.open(QIODevice::ReadOnly) ? head.read(100) : QByteArray();
    if (header.size() < 100 || quint8(header.at(20)) != PageVfs::ReserveBytes)
        return makeError(QStringLiteral("db.encrypt"), Text::tr("加密失败：新文件缺少保留字节"));
    head.close();
    h = nullptr;
    QString check;
    if (sqlite3_open_v2(tmp.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        if (SqliteStmt st(h, "PRAGMA integrity_check"); st.ok() && st.step())
            check = st.columnText(0);
    }
    sqlite3_close(h);
    if (check != QLatin1String("ok"))
        return makeError(QStringLiteral("db.encrypt"), Text::tr("加密失败：新文件未通过完整性检查"),
                         {}, check);

    // 3. The key file, then the swap: the plain original is kept beside it.
    Converted c;
    c.recoveryKey = BackupService::generateRecoveryKey();
    QJsonArray keySlots{
        makeSlot(suite, QStringLiteral("recovery"), {}, normaliseRecovery(c.recoveryKey), dataKey)};
    if (!username.isEmpty())
        keySlots << makeSlot(suite, QStringLiteral("user"), username, password, dataKey);
    if (auto r = saveKeyFile(tmp, newKeyFile(suite, keySlots)); !r)
        return r.error();
    c.keptPlain = dbPath + QStringLiteral(".plain-") +
                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                  QStringLiteral(".bak");
    if (!QFile::rename(dbPath, c.keptPlain)) {
        QFile::remove(keyFilePath(tmp));
        return fileError(dbPath);
    }
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    if (!QFile::rename(tmp, dbPath) || !QFile::rename(keyFilePath(tmp), keyFilePath(dbPath))) {
        QFile::remove(dbPath);
        QFile::rename(c.keptPlain, dbPath);
        QFile::remove(keyFilePath(tmp));
        return fileError(dbPath);
    }
    PageVfs::registerKey(dbPath, dataKey, cipher);
    return c;
}

Result<void> unlock(const QString &dbPath, const QString &username, const QString &password)
{
    auto loaded = readKeyFile(dbPath);
    if (!loaded)
        return loaded.error();
    KeyFile file = *loaded;
    KeyFile *k = &file;
    const QString name = username.trimmed();
    const SecurityPolicy &policy = SecurityPolicy::defaults();
    QJsonObject lockout = k->json.value(QLatin1String("lockout")).toObject();
    QJsonObject entry = lockout.value(name).toObject();
    const QDateTime until =
        QDateTime::fromString(entry.value(QLatin1String("until")).toString(), Qt::ISODateWithMs);
    if (until.isValid() && until > QDateTime::currentDateTimeUtc())
        return makeError(QStringLiteral("login.locked"),
                         QCoreApplication::translate("Models::UserRepository",
                                                     "连续输错密码次数过多，账户已锁定至 %1")
                             .arg(until.toLocalTime().toString(QStringLiteral("HH:mm"))),
                         QStringLiteral("password"));
    QJsonObject slot;
    for (const QJsonValue &v : k->keySlots())
        if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("user") &&
            v.toObject().value(QLatin1String("username")).toString() == name)
            slot = v.toObject();
    if (slot.isEmpty()) {
        // Same time as a real attempt; no counter for names that have no key slot.
        slotKey(k->suite, password, QByteArrayLiteral("jiayi-no-such-slot"),
                policy.iterations(k->suite));
        return badLogin();
    }
    auto key = openSlot(k->suite, slot, password);
    if (!key) {
        const int failures = entry.value(QLatin1String("failures")).toInt() + 1;
        const bool lock = failures >= policy.maxFailures;
        entry = QJsonObject{
            {QStringLiteral("failures"), lock ? 0 : failures},
            {QStringLiteral("until"), lock ? QDateTime::currentDateTimeUtc()
                                                 .addSecs(qint64(policy.lockMinutes) * 60)
                                                 .toString(Qt::ISODateWithMs)
                                           : QString()},
            {QStringLiteral("last_failure"), now()}};
        lockout.insert(name, entry);
        k->json.insert(QStringLiteral("lockout"), lockout);
        (void)saveKeyFile(dbPath, k->json);
        qCInfo(lcDb) << "failed unlock of" << dbPath << "by" << name;
        if (lock)
            return makeError(QStringLiteral("login.locked"),
                             QCoreApplication::translate("Models::UserRepository",
                                                         "连续输错密码 %1 次，账户已锁定 %2 分钟")
                                 .arg(policy.maxFailures)
                                 .arg(policy.lockMinutes),
                             QStringLiteral("password"));
        return badLogin();
    }
    if (!entry.isEmpty()) {
        lockout.remove(name);
        k->json.insert(QStringLiteral("lockout"), lockout);
        (void)saveKeyFile(dbPath, k->json);
    }
    PageVfs::registerKey(dbPath, *key, k->cipher);
    std::lock_guard lock(g_mutex);
    g_verified[PageVfs::canonicalPath(dbPath)] = loginDigest(name, password);
    g_byRecovery[PageVfs::canonicalPath(dbPath)] = false;
    return {};
}

Result<void> unlockWithRecovery(const QString &dbPath, const QString &recoveryKey)
{
    auto loaded = readKeyFile(dbPath);
    if (!loaded)
        return loaded.error();
    KeyFile file = *loaded;
    KeyFile *k = &file;
    for (const QJsonValue &v : k->keySlots()) {
        const QJsonObject slot = v.toObject();
        if (slot.value(QLatin1String("kind")).toString() != QLatin1String("recovery"))
            continue;
        if (auto key = openSlot(k->suite, slot, normaliseRecovery(recoveryKey))) {
            PageVfs::registerKey(dbPath, *key, k->cipher);
            std::lock_guard lock(g_mutex);
            g_byRecovery[PageVfs::canonicalPath(dbPath)] = true;
            return {};
        }
    }
    return makeError(QStringLiteral("db.recovery"), Text::tr("恢复密钥不正确"),
                     QStringLiteral("recovery-key"));
}

void lock(const QString &dbPath)
{
    PageVfs::forgetKey(dbPath);
    std::lock_guard lock(g_mutex);
    g_verified.erase(PageVfs::canonicalPath(dbPath));
    g_byRecovery.erase(PageVfs::canonicalPath(dbPath));
}

Result<void> setUserSlot(const QString &dbPath, const QString &username, const QString &password)
{
    const QByteArray dataKey = PageVfs::keyOf(dbPath);
    if (dataKey.isEmpty())
        return makeError(QStringLiteral("db.locked"), Text::tr("数据库尚未解锁"));
    auto loaded = readKeyFile(dbPath);
    if (!loaded)
        return loaded.error();
    KeyFile k = *loaded;
    QJsonArray keySlots = k.keySlotsExcept(username);
    keySlots << makeSlot(k.suite, QStringLiteral("user"), username, password, dataKey);
    k.json.insert(QStringLiteral("slots"), keySlots);
    QJsonObject lockout = k.json.value(QLatin1String("lockout")).toObject();
    lockout.remove(username);
    k.json.insert(QStringLiteral("lockout"), lockout);
    return saveKeyFile(dbPath, k.json);
}

Result<void> removeUserSlot(const QString &dbPath, const QString &username)
{
    auto loaded = readKeyFile(dbPath);
    if (!loaded)
        return loaded.error();
    KeyFile k = *loaded;
    k.json.insert(QStringLiteral("slots"), k.keySlotsExcept(username));
    return saveKeyFile(dbPath, k.json);
}

QStringList slotUsers(const QString &dbPath)
{
    QStringList names;
    if (auto k = readKeyFile(dbPath))
        for (const QJsonValue &v : k->keySlots())
            if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("user"))
                names << v.toObject().value(QLatin1String("username")).toString();
    return names;
}

Result<void> shareKey(const QString &dbPath, const QString &copyPath, bool writeKey)
{
    PageVfs::Cipher cipher;
    const QByteArray key = PageVfs::keyOf(dbPath, &cipher);
    if (key.isEmpty())
        return makeError(QStringLiteral("db.locked"), Text::tr("数据库尚未解锁"));
    PageVfs::registerKey(copyPath, key, cipher);
    if (writeKey)
        return writeKeyFile(copyPath, keyFileBytes(dbPath));
    return {};
}

QByteArray keyFileBytes(const QString &dbPath)
{
    auto loaded = readKeyFile(dbPath);
    if (!loaded)
        return {};
    KeyFile file = *loaded;
    KeyFile *k = &file;
    k->json.insert(QStringLiteral("lockout"), QJsonObject{}); // counters belong to the live file
    return QJsonDocument(k->json).toJson(QJsonDocument::Indented);
}

Result<void> writeKeyFile(const QString &dbPath, const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toString() != Format)
        return makeError(QStringLiteral("db.keyfile"),
                         Text::tr("密钥文件格式不对：%1").arg(keyFilePath(dbPath)));
    return saveKeyFile(dbPath, doc.object());
}

void setSlotIterations(int iterations)
{
    g_slotIterations = iterations;
}

bool takeVerifiedLogin(const QString &dbPath, const QString &username, const QString &password)
{
    std::lock_guard lock(g_mutex);
    const auto it = g_verified.find(PageVfs::canonicalPath(dbPath));
    if (it == g_verified.end())
        return false;
    const bool same = it->second == loginDigest(username.trimmed(), password);
    g_verified.erase(it);
    return same;
}

QString describeAuthFailure()
{
    const QString f = PageVfs::takeAuthFailure();
    if (f.isEmpty())
        return {};
    return Text::tr("数据库文件已损坏或被篡改：%1 未通过完整性校验，已拒绝读取").arg(f);
}

} // namespace Models::EncryptedDb
