#pragma once

// The page-encrypting SQLite VFS ("jiayi-enc"), registered as the process's default VFS and
// wrapping the platform VFS (unix). Files whose database has a key registered here are encrypted
// page by page; every other file passes straight through to the platform VFS (no overhead, mmap
// kept). See docs/security.md, "Encryption of the database at rest".
//
// Layout of an encrypted page (page size P, the last ReserveBytes of every page reserved with
// SQLITE_FCNTL_RESERVE_BYTES when the file is created):
//   AES-256-GCM:        [ciphertext P-32][nonce 12][tag 16][4 zero]
//   SM4-CTR + HMAC-SM3: [ciphertext P-32][iv 16][HMAC-SM3(aad||iv||ciphertext) first 16 bytes]
// The associated data binds the page to its page number (from the offset in the database, the
// frame header in the WAL, the record header in the rollback journal), so a page is encrypted the
// same way wherever it is stored and SQLite may copy WAL frames or journal records into the file
// (a checkpoint, a hot-journal rollback) even in a process that has no key.
// Page 1 keeps its first 100 bytes (the SQLite header: page size, counters, schema version; no
// personal data) in clear, because SQLite reads them before any page.
// WAL frame headers and journal headers stay clear; the pages inside them are encrypted.
// Unnamed temporary files (sorter, temp tables, statement journals) are encrypted with
// AES-256-CTR under a random key per file while any key is registered in the process.

#include <QByteArray>
#include <QString>

namespace Models::PageVfs {

enum class Cipher { Aes256Gcm, Sm4CtrHmacSm3 };
constexpr int ReserveBytes = 32;
constexpr int DataKeyLength = 64; // AES: first 32 bytes; SM4: first 16 (cipher) + last 32 (HMAC)
const char *vfsName();            // "jiayi-enc"

// Registers the VFS as default (once per process). Called by openDatabase and before any raw
// sqlite3_open_v2 of a file that may be encrypted.
void install();

// The canonical path used as the key of the registry (symlinks of the folder resolved).
QString canonicalPath(const QString &dbPath);

// The data key of one database file for this process. Its WAL and journal follow it.
void registerKey(const QString &dbPath, const QByteArray &dataKey, Cipher cipher);
void forgetKey(const QString &dbPath);
bool hasKey(const QString &dbPath);
QByteArray keyOf(const QString &dbPath, Cipher *cipher = nullptr);

// Failed page authentications since the start of the process, and the last one described
// ("page 3 of /x/y.db"): a tampered or corrupted page is refused (SQLITE_IOERR_AUTH), never read.
int authFailures();
QString lastAuthFailure();
// The failure not yet reported (cleared by the call): for turning "disk I/O error" into a clear
// message.
QString takeAuthFailure();

} // namespace Models::PageVfs
