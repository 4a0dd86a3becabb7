#include "backupservice.h"

#include "changelog.h"
#include "database.h"
#include "encrypteddb.h"
#include "permission.h"
#include "securitypolicy.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <sqlite3.h>

namespace Models {

namespace {
const QByteArray Magic("JIAYIBK1");
constexpr qint64 Chunk = 1 << 20;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::BackupService)
};

Error fileError(const QString &path)
{
    return makeError(QStringLiteral("backup.file"), Text::tr("无法读写文件：%1").arg(path));
}

Error corrupt(const QString &detail = {})
{
    return makeError(QStringLiteral("backup.corrupt"),
                     Text::tr("备份文件已损坏或被篡改，未做任何恢复"), {}, detail);
}

QByteArray fileDigest(Crypto::Suite suite, const QString &path)
{
    return Crypto::digestFile(suite, path);
}

struct Header
{
    QJsonObject json;
    QByteArray raw;
    qint64 dataOffset = 0;
};

Result<Header> parseHeader(QFile &f)
{
    if (f.read(8) != Magic)
        return makeError(QStringLiteral("backup.format"), Text::tr("不是家医备份文件"));
    const QByteArray len = f.read(4);
    if (len.size() != 4)
        return corrupt(QStringLiteral("short header"));
    const quint32 n = qFromBigEndian<quint32>(len.constData());
    if (n > 1 << 20)
        return corrupt(QStringLiteral("header too long"));
    Header h;
    h.raw = f.read(n);
    const QJsonDocument doc = QJsonDocument::fromJson(h.raw);
    if (!doc.isObject())
        return corrupt(QStringLiteral("header json"));
    h.json = doc.object();
    h.dataOffset = 12 + n;
    return h;
}

BackupInfo infoFrom(const QString &path, const QJsonObject &o)
{
    BackupInfo i;
    i.path = path;
    i.createdAt =
        QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    i.schemaVersion = o.value(QLatin1String("schema")).toInt();
    i.plainSize = qint64(o.value(QLatin1String("size")).toDouble());
    i.fileSize = QFileInfo(path).size();
    i.suite = o.value(QLatin1String("suite")).toString();
    i.cipher = o.value(QLatin1String("cipher")).toString();
    i.digest = o.value(QLatin1String("digest")).toString();
    for (const QJsonValue &s : o.value(QLatin1String("keys")).toArray())
        i.keySlots << s.toObject().value(QLatin1String("kind")).toString();
    return i;
}

QJsonObject keySlot(Crypto::Suite suite, const QString &kind, const QString &secret,
                    const QByteArray &dataKey, int iterations)
{
    const QByteArray salt = Crypto::randomBytes(16);
    const QByteArray kek =
        Crypto::pbkdf2(suite, secret.toUtf8(), salt, iterations, Crypto::SealKeyLength);
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("kdf"), suite == Crypto::Suite::International
                                        ? QStringLiteral("PBKDF2-HMAC-SHA256")
                                        : QStringLiteral("PBKDF2-HMAC-SM3")},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
            {QStringLiteral("sealed"),
             QString::fromLatin1(Crypto::seal(suite, kek, dataKey, kind.toUtf8()).toHex())}};
}

Crypto::Suite slotSuite(const QJsonObject &slot)
{
    return slot.value(QLatin1String("kdf")).toString() == QLatin1String("PBKDF2-HMAC-SM3")
               ? Crypto::Suite::Commercial
               : Crypto::Suite::International;
}

// Opens one password/recovery slot with the secret: the sealed bytes, or empty.
QByteArray openSlot(const QJsonObject &slot, const QString &secret)
{
    const QString kind = slot.value(QLatin1String("kind")).toString();
    const QString s = kind == QLatin1String("recovery") ? secret.trimmed().toUpper() : secret;
    const Crypto::Suite suite = slotSuite(slot);
    const QByteArray kek =
        Crypto::pbkdf2(suite, s.toUtf8(),
                       QByteArray::fromHex(slot.value(QLatin1String("salt")).toString().toLatin1()),
                       slot.value(QLatin1String("iterations")).toInt(), Crypto::SealKeyLength);
    auto k = Crypto::open(
        suite, kek, QByteArray::fromHex(slot.value(QLatin1String("sealed")).toString().toLatin1()),
        kind.toUtf8());
    return k ? *k : QByteArray();
}

// A "keypair" slot: the private key sealed by the password/recovery key, then the data key.
QByteArray openKeyPairSlot(const QJsonObject &slot, const QString &secret)
{
    for (const QJsonValue &v : slot.value(QLatin1String("private")).toArray()) {
        const QByteArray priv = openSlot(v.toObject(), secret);
        if (priv.isEmpty())
            continue;
        if (slot.value(QLatin1String("wrapped")).isUndefined())
            return priv; // the schedule's own key pair (keyPairOpens)
        auto key = Crypto::privateDecrypt(
            priv, QByteArray::fromHex(slot.value(QLatin1String("wrapped")).toString().toLatin1()));
        if (key)
            return *key;
    }
    return {};
}

QString sqlQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// integrity_check (unless `quick`: a fresh VACUUM INTO output) and user_version of a plain file.
Result<int> checkPlain(const QString &path, bool quick = false)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return corrupt(QStringLiteral("open"));
    }
    QString result;
    int version = -1;
    if (quick) {
        result = QStringLiteral("ok");
    } else if (SqliteStmt check(h, "PRAGMA integrity_check"); check.ok() && check.step()) {
        result = check.columnText(0);
    }
    if (SqliteStmt uv(h, "PRAGMA user_version"); uv.ok() && uv.step())
        version = int(uv.columnInt(0));
    sqlite3_close(h);
    if (result != QLatin1String("ok"))
        return corrupt(QStringLiteral("integrity_check: ") + result);
    return version;
}
} // namespace

QString BackupService::generateRecoveryKey()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    const QByteArray r = Crypto::randomBytes(40);
    QString key;
    for (int i = 0; i < 40; ++i) {
        if (i && i % 5 == 0)
            key += QLatin1Char('-');
        key += QLatin1Char(alphabet[quint8(r.at(i)) % 32]);
    }
    return key;
}

Result<QByteArray> BackupService::makeKeyPair(Crypto::Suite suite, const QString &password,
                                              const QString &recoveryKey, int iterations)
{
    if (password.size() < 8)
        return makeError(QStringLiteral("backup.password"), Text::tr("备份密码至少需要 8 个字符"),
                         QStringLiteral("password"));
    const int n = iterations > 0 ? iterations : SecurityPolicy::defaults().iterations(suite);
    const Crypto::KeyPair kp = Crypto::generateWrapKeyPair(suite);
    if (kp.isNull())
        return makeError(QStringLiteral("backup.keygen"), Text::tr("无法生成备份密钥"));
    QJsonArray priv{keySlot(suite, QStringLiteral("password"), password, kp.privateDer, n)};
    if (!recoveryKey.trimmed().isEmpty())
        priv << keySlot(suite, QStringLiteral("recovery"), recoveryKey.trimmed().toUpper(),
                        kp.privateDer, n);
    const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("keypair")},
                        {QStringLiteral("suite"), Crypto::suiteName(suite)},
                        {QStringLiteral("algorithm"), Crypto::wrapAlgorithmName(suite)},
                        {QStringLiteral("public_key"), QString::fromLatin1(kp.publicDer.toHex())},
                        {QStringLiteral("key_id"),
                         QString::fromLatin1(Crypto::digest(suite, kp.publicDer).toHex().left(16))},
                        {QStringLiteral("private"), priv}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool BackupService::keyPairOpens(const QByteArray &keyPair, const QString &secret)
{
    return !openKeyPairSlot(QJsonDocument::fromJson(keyPair).object(), secret).isEmpty();
}

Result<BackupInfo> BackupService::backup(const Scope &scope, const QString &dbPath,
                                         const QString &target, const BackupOptions &o,
                                         const Progress &progress, const QString &auditConnection)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.write")); !e)
        return e.error();
    const QJsonObject pair = QJsonDocument::fromJson(o.keyPair).object();
    if (!o.keyPair.isEmpty() && pair.value(QLatin1String("public_key")).toString().isEmpty())
        return makeError(QStringLiteral("backup.key"),
                         Text::tr("备份计划的密钥无效，请重新设置备份密码"));
    if (o.keyPair.isEmpty() && o.password.size() < 8)
        return makeError(QStringLiteral("backup.password"), Text::tr("备份密码至少需要 8 个字符"),
                         QStringLiteral("password"));
    if (!QFileInfo::exists(dbPath))
        return makeError(QStringLiteral("db.missing"),
                         Text::tr("数据库文件不存在：%1").arg(dbPath));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(dbPath).absoluteFilePath())
        return makeError(QStringLiteral("backup.target"), Text::tr("备份文件不能覆盖数据库本身"),
                         QStringLiteral("to"));

    // 1. A consistent snapshot, next to the database (never on the backup medium in clear).
    const QString snapshot = dbPath + QStringLiteral(".backup-tmp");
    QFile::remove(snapshot);
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            QFile::remove(path);
            PageVfs::forgetKey(path);
        }
    } cleanup{snapshot};
    // An encrypted database: the snapshot is encrypted with the same key (nothing in clear on
    // disk, even for a moment), and the backup carries the key file and the data key sealed
    // under the backup's own key, so it can be verified and restored with the backup password.
    const bool encryptedDb = PageVfs::hasKey(dbPath);
    if (encryptedDb)
        if (auto r = EncryptedDb::shareKey(dbPath, snapshot, false); !r)
            return r.error();
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return makeError(QStringLiteral("db.open"), Text::tr("无法打开数据库：%1").arg(dbPath));
    }
    sqlite3_busy_timeout(h, 10000);
    if (progress) // lets the user cancel during the snapshot
        sqlite3_progress_handler(
            h, 10000,
            [](void *p) -> int { return (*static_cast<const Progress *>(p))(0, 0) ? 0 : 1; },
            const_cast<Progress *>(&progress));
    char *err = nullptr;
    const QByteArray sql = "VACUUM INTO " + sqlQuote(snapshot).toUtf8();
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err);
    const QString detail = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(h);
    if (rc == SQLITE_INTERRUPT)
        return makeError(QStringLiteral("cancelled"), Text::tr("备份已取消"));
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("backup.snapshot"), Text::tr("备份失败：无法读取数据库"),
                         {}, detail);
    auto version = checkPlain(snapshot, true);
    if (!version)
        return version.error();

    // 2. Encrypt with a random data key, sealed by the password (and the recovery key).
    const int iterations =
        o.iterations > 0 ? o.iterations : SecurityPolicy::defaults().iterations(o.suite);
    const QByteArray dataKey = Crypto::randomBytes(Crypto::SealKeyLength);
    const QByteArray iv = Crypto::randomBytes(Crypto::ivLength(o.suite));
    QJsonArray keys;
    if (!o.keyPair.isEmpty()) {
        QJsonObject slot = pair;
        const QByteArray wrapped = Crypto::publicEncrypt(
            QByteArray::fromHex(pair.value(QLatin1String("public_key")).toString().toLatin1()),
            dataKey);
        if (wrapped.isEmpty())
            return makeError(QStringLiteral("backup.key"),
                             Text::tr("备份计划的密钥无效，请重新设置备份密码"));
        slot.insert(QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toHex()));
        keys << slot;
    }
    if (!o.password.isEmpty())
        keys << keySlot(o.suite, QStringLiteral("password"), o.password, dataKey, iterations);
    if (!o.recoveryKey.isEmpty())
        keys << keySlot(o.suite, QStringLiteral("recovery"), o.recoveryKey.trimmed().toUpper(),
                        dataKey, iterations);
    const qint64 size = QFileInfo(snapshot).size();
    QJsonObject header{
        {QStringLiteral("format"), 1},
        {QStringLiteral("suite"), Crypto::suiteName(o.suite)},
        {QStringLiteral("cipher"), Crypto::cipherName(o.suite)},
        {QStringLiteral("digest_algorithm"), Crypto::digestName(o.suite)},
        {QStringLiteral("digest"), QString::fromLatin1(fileDigest(o.suite, snapshot).toHex())},
        {QStringLiteral("iv"), QString::fromLatin1(iv.toHex())},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("size"), double(size)},
        {QStringLiteral("schema"), *version},
        {QStringLiteral("created_at"), ChangeLog::nowUtc()},
        {QStringLiteral("source"), QFileInfo(dbPath).fileName()}};
    if (encryptedDb) {
        PageVfs::Cipher cipher;
        const QByteArray dbKey = PageVfs::keyOf(dbPath, &cipher);
        header.insert(
            QStringLiteral("db_encryption"),
            QJsonObject{
                {QStringLiteral("cipher"), EncryptedDb::cipherName(cipher)},
                {QStringLiteral("key_file"),
                 QString::fromLatin1(EncryptedDb::keyFileBytes(dbPath).toBase64())},
                {QStringLiteral("data_key"),
                 QString::fromLatin1(Crypto::seal(o.suite, dataKey, dbKey, "db-key").toHex())}});
    }
    const QByteArray raw = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QFile in(snapshot);
    QSaveFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fileError(target);
    char len[4];
    qToBigEndian<quint32>(quint32(raw.size()), len);
    out.write(Magic);
    out.write(len, 4);
    out.write(raw);
    Crypto::Sealer sealer(o.suite, dataKey, iv, true, raw);
    qint64 done = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(Chunk);
        out.write(sealer.update(chunk));
        done += chunk.size();
        if (progress && !progress(done, size)) {
            out.cancelWriting();
            return makeError(QStringLiteral("cancelled"), Text::tr("备份已取消"));
        }
    }
    out.write(sealer.finishEncrypt());
    if (!sealer.ok() || !out.commit())
        return fileError(target);
    BackupInfo info = infoFrom(target, header);
    if (o.verifyAfterWrite) {
        const QString tmp = snapshot + QStringLiteral("-verify");
        auto v = decryptTo(target, {}, tmp, dataKey);
        QFile::remove(tmp);
        info.verified = v.ok();
        info.verifyNote = v ? QString() : v.error().message;
    }
    if (!auditConnection.isEmpty())
        (void)ChangeLog::audit(auditConnection, scope, QStringLiteral("backup"),
                               QStringLiteral("database"), QFileInfo(target).fileName(), {},
                               QJsonObject{{QStringLiteral("digest"), info.digest},
                                           {QStringLiteral("suite"), info.suite}});
    return info;
}

Result<BackupInfo> BackupService::readHeader(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(file);
    auto h = parseHeader(f);
    if (!h)
        return h.error();
    return infoFrom(file, h->json);
}

QVector<BackupInfo> BackupService::list(const QString &folder)
{
    QVector<BackupInfo> out;
    const auto files =
        QDir(folder).entryInfoList({QStringLiteral("*.jybak")}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : files)
        if (auto i = readHeader(fi.absoluteFilePath()))
            out << *i;
    return out;
}

Result<BackupInfo> BackupService::decryptTo(const QString &file, const QString &secret,
                                            const QString &plainPath, const QByteArray &knownKey)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(file);
    auto h = parseHeader(f);
    if (!h)
        return h.error();
    auto suite = Crypto::suiteFromName(h->json.value(QLatin1String("suite")).toString());
    if (!suite)
        return corrupt(QStringLiteral("suite"));
    // Try each key slot with the secret (password or recovery key).
    QByteArray dataKey = knownKey;
    const QJsonArray keySlots = h->json.value(QLatin1String("keys")).toArray();
    for (int i = 0; dataKey.isEmpty() && i < keySlots.size(); ++i) {
        const QJsonObject slot = keySlots.at(i).toObject();
        dataKey = slot.value(QLatin1String("kind")).toString() == QLatin1String("keypair")
                      ? openKeyPairSlot(slot, secret)
                      : openSlot(slot, secret);
    }
    if (dataKey.isEmpty())
        return makeError(QStringLiteral("backup.password"), Text::tr("备份密码或恢复密钥不正确"),
                         QStringLiteral("password"));
    const int tagLen = Crypto::tagLength(*suite);
    const qint64 cipherLen = f.size() - h->dataOffset - tagLen;
    if (cipherLen < 0)
        return corrupt(QStringLiteral("short file"));
    QFile plain(plainPath);
    if (!plain.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileError(plainPath);
    Crypto::Sealer opener(
        *suite, dataKey,
        QByteArray::fromHex(h->json.value(QLatin1String("iv")).toString().toLatin1()), false,
        h->raw);
    qint64 left = cipherLen;
    while (left > 0) {
        const QByteArray chunk = f.read(qMin(left, Chunk));
        if (chunk.isEmpty())
            return corrupt(QStringLiteral("read"));
        left -= chunk.size();
        plain.write(opener.update(chunk));
    }
    QByteArray last;
    if (!opener.finishDecrypt(f.read(tagLen), &last)) {
        plain.close();
        plain.remove();
        return corrupt(QStringLiteral("authentication tag"));
    }
    plain.write(last);
    plain.close();
    BackupInfo info = infoFrom(file, h->json);
    const QJsonObject enc = h->json.value(QLatin1String("db_encryption")).toObject();
    if (!enc.isEmpty()) {
        auto dbKey = Crypto::open(
            *suite, dataKey,
            QByteArray::fromHex(enc.value(QLatin1String("data_key")).toString().toLatin1()),
            "db-key");
        if (!dbKey) {
            QFile::remove(plainPath);
            return corrupt(QStringLiteral("database key"));
        }
        PageVfs::registerKey(plainPath, *dbKey,
                             enc.value(QLatin1String("cipher")).toString() ==
                                     EncryptedDb::cipherName(PageVfs::Cipher::Aes256Gcm)
                                 ? PageVfs::Cipher::Aes256Gcm
                                 : PageVfs::Cipher::Sm4CtrHmacSm3);
    }
    if (QString::fromLatin1(fileDigest(*suite, plainPath).toHex()) != info.digest) {
        QFile::remove(plainPath);
        return corrupt(QStringLiteral("digest"));
    }
    auto version = checkPlain(plainPath);
    if (!version) {
        QFile::remove(plainPath);
        return version.error();
    }
    return info;
}

Result<BackupInfo> BackupService::verify(const Scope &scope, const QString &file,
                                         const QString &secret)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e.error();
    const QString tmp = file + QStringLiteral(".verify-tmp");
    auto r = decryptTo(file, secret, tmp);
    QFile::remove(tmp);
    PageVfs::forgetKey(tmp);
    return r;
}

Result<QString> BackupService::restore(const Scope &scope, const QString &file,
                                       const QString &dbPath, const QString &secret)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.write")); !e)
        return e.error();
    const QString tmp = dbPath + QStringLiteral(".restore-tmp");
    auto info = decryptTo(file, secret, tmp);
    PageVfs::forgetKey(tmp);
    if (!info) {
        QFile::remove(tmp);
        return info.error();
    }
    QByteArray keyFile; // the backup of an encrypted database brings its key file back
    if (auto h = readHeader(file); h) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            if (auto parsed = parseHeader(f))
                keyFile = QByteArray::fromBase64(parsed->json.value(QLatin1String("db_encryption"))
                                                     .toObject()
                                                     .value(QLatin1String("key_file"))
                                                     .toString()
                                                     .toLatin1());
    }
    if (info->schemaVersion > latestSchemaVersion()) {
        QFile::remove(tmp);
        return makeError(QStringLiteral("db.newer"),
                         Text::tr("备份来自更新版本的家医（结构版本 %1），请先升级软件")
                             .arg(info->schemaVersion));
    }
    QString kept;
    if (QFileInfo::exists(dbPath)) {
        // Fold the WAL into the file so the kept copy is complete on its own.
        sqlite3 *h = nullptr;
        if (sqlite3_open_v2(dbPath.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK)
            sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_close(h);
        kept = dbPath + QStringLiteral(".before-restore-") +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(dbPath, kept)) {
            QFile::remove(tmp);
            return fileError(dbPath);
        }
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
    }
    const QString keyPath = EncryptedDb::keyFilePath(dbPath);
    if (QFileInfo::exists(keyPath))
        QFile::rename(keyPath,
                      (kept.isEmpty() ? dbPath + QStringLiteral(".before-restore") : kept) +
                          QStringLiteral(".jykey"));
    if (!QFile::rename(tmp, dbPath)) {
        if (!kept.isEmpty())
            QFile::rename(kept, dbPath);
        return fileError(dbPath);
    }
    if (!keyFile.isEmpty())
        if (auto r = EncryptedDb::writeKeyFile(dbPath, keyFile); !r)
            return r.error();
    return kept;
}

} // namespace Models
