#pragma once

// Encryption of the database at rest (issue 7). The pages are encrypted by the VFS in
// pagevfs.h; this file manages the data key: a random 64-byte key, sealed in a sidecar key file
// `<db>.jykey` (JSON) once per user (by a PBKDF2 key from the user's password, the policy's
// iteration count) and once by the recovery key printed at setup. Login comes before the database
// can be opened, so the key file also keeps the failed-unlock counters (lockout) per user name.
// A database without a key file is a plain database, exactly as before.

#include "crypto.h"
#include "pagevfs.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace Models::EncryptedDb {

QString keyFilePath(const QString &dbPath); // dbPath + ".jykey"
// A key file beside it, or a SQLite header asking for our reserved bytes: encrypted.
bool isEncrypted(const QString &dbPath);
bool isUnlocked(const QString &dbPath); // the data key is known to this process
bool unlockedByRecovery(const QString &dbPath);
PageVfs::Cipher cipherFor(Crypto::Suite suite); // AES-256-GCM | SM4-CTR+HMAC-SM3
QString cipherName(PageVfs::Cipher c);

struct Created
{
    QString recoveryKey; // shown once
};

// A new, empty encrypted database: key file with the recovery slot (and `username`'s slot when
// given), the key registered; openDatabase() then creates the file with reserved bytes.
Result<Created> create(const QString &dbPath, Crypto::Suite suite, const QString &username = {},
                       const QString &password = {});

// Converts a plain database (closed) to an encrypted one: the data is copied page by page
// into a new encrypted file (VACUUM INTO, checked with integrity_check); the plain original is
// kept as `<db>.plain-<time>.bak` (returned in `keptPlain`; move it to safe storage or delete it).
struct Converted
{
    QString recoveryKey;
    QString keptPlain;
};
Result<Converted> encryptExisting(const QString &dbPath, Crypto::Suite suite,
                                  const QString &username, const QString &password);

// Unwraps the data key with a user's password (counts failures, locks the name after the
// policy's maximum) or the recovery key, and registers it for this process.
Result<void> unlock(const QString &dbPath, const QString &username, const QString &password);
Result<void> unlockWithRecovery(const QString &dbPath, const QString &recoveryKey);
void lock(const QString &dbPath); // forgets the key

// Key slots (the database must be unlocked): add or replace `username`'s, remove it, list names.
Result<void> setUserSlot(const QString &dbPath, const QString &username, const QString &password);
Result<void> removeUserSlot(const QString &dbPath, const QString &username);
QStringList slotUsers(const QString &dbPath);

// A copy of an encrypted file elsewhere (pre-migration copy, backup snapshot, restore): the same
// key registered for `copyPath` (and, with writeKeyFile, the key file copied beside it).
Result<void> shareKey(const QString &dbPath, const QString &copyPath, bool writeKeyFile);
// The key file's JSON (for backups) and writing one back (restore).
QByteArray keyFileBytes(const QString &dbPath);
Result<void> writeKeyFile(const QString &dbPath, const QByteArray &bytes);

// After a successful unlock by password, UserRepository::login need not run the KDF a second
// time for the same name and password: true once, then forgotten.
bool takeVerifiedLogin(const QString &dbPath, const QString &username, const QString &password);

// Tests and benchmarks of the storage: fewer KDF iterations for new slots (0: the policy's count).
void setSlotIterations(int iterations);

// "第 3 页未通过完整性校验…" when the last SQLite error came from a page that failed its tag.
QString describeAuthFailure();

} // namespace Models::EncryptedDb
