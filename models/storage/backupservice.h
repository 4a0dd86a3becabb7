#pragma once

// Encrypted, checksummed backups of a database file (docs/security.md):
//   "JIAYIBK1" | u32 header length | header JSON | ciphertext | tag
// The header (authenticated as associated data) names the cipher suite, the key slots and the
// digest of the plain database. A random data key encrypts the file; each key slot seals that
// key with a key derived (PBKDF2) from the backup password or from the recovery key.

#include "crypto.h"
#include "result.h"
#include "scope.h"

#include <QDateTime>
#include <QVector>

#include <functional>

namespace Models {

struct BackupOptions
{
    QString password;    // required unless keyPair is given
    QString recoveryKey; // optional second key slot
    Crypto::Suite suite = Crypto::Suite::International;
    int iterations = 0; // 0: the security policy's count for the suite
    // A scheduled backup needs no password: the data key is wrapped by the schedule's public key
    // (makeKeyPair); the matching private key travels in the header sealed by the backup
    // password (and the recovery key), so only they open the backup.
    QByteArray keyPair;
    // Decrypt what was written (with the data key still in memory) and check the tag, the
    // digest and SQLite's integrity_check before reporting success.
    bool verifyAfterWrite = false;
};

struct BackupInfo
{
    QString path;
    QDateTime createdAt; // UTC
    int schemaVersion = 0;
    qint64 plainSize = 0;
    qint64 fileSize = 0;
    QString suite; // "international" | "commercial"
    QString cipher;
    QString digest;        // hex digest of the plain database
    QStringList keySlots;  // "password", "recovery", "keypair"
    bool verified = false; // verifyAfterWrite passed
    QString verifyNote;    // why it did not
};

class BackupService
{
public:
    // done/total bytes; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Online and consistent (VACUUM INTO in one read transaction: writers go on meanwhile).
    // `auditConnection`, when given, receives the audit entry of the backup.
    static Result<BackupInfo> backup(const Scope &scope, const QString &dbPath,
                                     const QString &target, const BackupOptions &options,
                                     const Progress &progress = {},
                                     const QString &auditConnection = {});
    // Decrypts (in a temporary file), checks the tag, the digest and SQLite's integrity_check.
    static Result<BackupInfo> verify(const Scope &scope, const QString &file,
                                     const QString &secret);
    // Verifies first; then keeps the current file as "<db>.before-restore-<time>" and puts the
    // backup in its place. The database must not be open. Returns the kept file's path.
    static Result<QString> restore(const Scope &scope, const QString &file, const QString &dbPath,
                                   const QString &secret);
    // The header only (no password needed): for the list of backups.
    static Result<BackupInfo> readHeader(const QString &file);
    static QVector<BackupInfo> list(const QString &folder);
    // A random recovery key, printed once: 8 groups of 5 characters.
    static QString generateRecoveryKey();
    // The key pair of a schedule (JSON): RSA-3072 (international) or SM2 (commercial); the private
    // key sealed by the password and, when given, the recovery key. Nothing secret stays in clear.
    static Result<QByteArray> makeKeyPair(Crypto::Suite suite, const QString &password,
                                          const QString &recoveryKey, int iterations = 0);
    // Whether `secret` opens the key pair (the schedule screen asks before replacing it).
    static bool keyPairOpens(const QByteArray &keyPair, const QString &secret);

private:
    // With `dataKey` given the key slots are skipped (verify after write).
    static Result<BackupInfo> decryptTo(const QString &file, const QString &secret,
                                        const QString &plainPath, const QByteArray &dataKey = {});
};

} // namespace Models
