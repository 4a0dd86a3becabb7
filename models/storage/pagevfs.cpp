#include "pagevfs.h"

#include "logging.h"
#include "pagecodec.h"

#include <QDir>
#include <QFileInfo>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace Models::PageVfs {

namespace {

using namespace Codecs;

std::mutex g_mutex;
std::map<std::string, std::shared_ptr<const Key>> g_keys;
std::atomic<int> g_keyCount{0};
std::atomic<int> g_failures{0};
QString g_lastFailure;         // under g_mutex
bool g_pendingFailure = false; // under g_mutex

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

struct EncFile
{
    sqlite3_file base;
    sqlite3_file *real;
    Codec *codec;
};

constexpr int EncFileSize = int((sizeof(EncFile) + 7) & ~size_t(7));

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<EncFile *>(f)->real;
}
Codec &codecOf(sqlite3_file *f)
{
    return *reinterpret_cast<EncFile *>(f)->codec;
}

void noteFailure(const Codec &c, quint32 pgno, sqlite3_int64 offset)
{
    ++g_failures;
    const QString what = QStringLiteral("page %1 (offset %2) of %3")
                             .arg(pgno)
                             .arg(offset)
                             .arg(QString::fromStdString(c.path));
    qCWarning(lcDb) << "encrypted page failed authentication:" << what;
    std::lock_guard lock(g_mutex);
    g_lastFailure = what;
    g_pendingFailure = true;
}

// The number of bytes a short read really returned (the rest is zero-filled by the real VFS).
int bytesPresent(sqlite3_file *real, int amount, sqlite3_int64 offset)
{
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK)
        return 0;
    return int(qBound<sqlite3_int64>(0, size - offset, sqlite3_int64(amount)));
}

quint32 be32(const unsigned char *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

// Where a page sits in a read or write of `amount` bytes at `offset`, and its page number.
// The page number comes from the offset (database), the frame header (WAL) or the record's
// header (rollback journal), so a page is encrypted the same way wherever it is stored: SQLite
// (even a process without the key) may copy WAL frames or journal records into the database.
struct PageRef
{
    int at = -1; // offset of the page inside the buffer; -1: not a page (a header, in clear)
    int size = 0;
    quint32 pgno = 0;
};

PageRef locate(const Codec &c, sqlite3_file *real, const unsigned char *buf, int amount,
               sqlite3_int64 offset)
{
    PageRef r;
    unsigned char hdr[4];
    switch (c.kind) {
    case KindDb:
        if (isPow2Page(amount) && offset % amount == 0)
            r = {0, amount, quint32(offset / amount + 1)};
        break;
    case KindWal:
        if (isPow2Page(amount) && offset >= 56) {
            if (real->pMethods->xRead(real, hdr, 4, offset - 24) == SQLITE_OK)
                r = {0, amount, be32(hdr)};
        } else if (isPow2Page(amount - 24)) {
            r = {24, amount - 24, be32(buf)};
        }
        break;
    case KindJournal:
        if (isPow2Page(amount) && (offset & 7) == 4 &&
            real->pMethods->xRead(real, hdr, 4, offset - 4) == SQLITE_OK)
            r = {0, amount, be32(hdr)};
        break;
    case KindTemp:
        break;
    }
    return r;
}

int encRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(f);
    Codec &c = codecOf(f);
    const int rc = real->pMethods->xRead(real, buf, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    auto *p = static_cast<unsigned char *>(buf);
    if (c.kind == KindTemp) {
        const int got = rc == SQLITE_OK ? amount : bytesPresent(real, amount, offset);
        return c.ctr(p, got, offset) ? rc : SQLITE_IOERR_READ;
    }
    if (rc == SQLITE_IOERR_SHORT_READ) {
        // Beyond the end: SQLite expects zeros. A page cut short is not a page: zeros too.
        if (locate(c, real, p, amount, offset).at >= 0)
            std::memset(p, 0, size_t(amount));
        return rc;
    }
    const PageRef page = locate(c, real, p, amount, offset);
    if (page.at < 0)
        return rc; // headers (database header, WAL and journal headers) are clear
    if (page.pgno == 0 || !c.decryptPage(p + page.at, page.size, page.pgno)) {
        noteFailure(c, page.pgno, offset + page.at);
        return SQLITE_IOERR_AUTH;
    }
    return SQLITE_OK;
}

int encWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(f);
    Codec &c = codecOf(f);
    const auto *p = static_cast<const unsigned char *>(buf);
    if (c.kind == KindTemp) {
        c.scratch.assign(p, p + amount);
        if (!c.ctr(c.scratch.data(), amount, offset))
            return SQLITE_IOERR_WRITE;
        return real->pMethods->xWrite(real, c.scratch.data(), amount, offset);
    }
    const PageRef page = locate(c, real, p, amount, offset);
    if (page.at < 0) {
        if (c.kind == KindDb && offset + amount > 100) {
            qCWarning(lcDb) << "refusing a partial page write to an encrypted database" << amount
                            << offset;
            return SQLITE_IOERR_WRITE;
        }
        return real->pMethods->xWrite(real, buf, amount, offset);
    }
    if (page.pgno == 0)
        return SQLITE_IOERR_WRITE;
    if (page.pgno == 1 && p[page.at + 20] < ReserveBytes) {
        qCWarning(lcDb) << "refusing to write an encrypted database without reserved bytes:"
                        << QString::fromStdString(c.path);
        return SQLITE_IOERR_WRITE;
    }
    c.scratch.resize(size_t(amount));
    std::memcpy(c.scratch.data(), p, size_t(page.at));
    if (!c.encryptPage(p + page.at, c.scratch.data() + page.at, page.size, page.pgno))
        return SQLITE_IOERR_WRITE;
    return real->pMethods->xWrite(real, c.scratch.data(), amount, offset);
}

int encClose(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    delete reinterpret_cast<EncFile *>(f)->codec;
    reinterpret_cast<EncFile *>(f)->codec = nullptr;
    f->pMethods = nullptr;
    return rc;
}

// Everything else goes straight to the real file.
int encTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int encSync(sqlite3_file *f, int flags)
{
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int encFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int encLock(sqlite3_file *f, int l)
{
    return realOf(f)->pMethods->xLock(realOf(f), l);
}
int encUnlock(sqlite3_file *f, int l)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), l);
}
int encCheckReserved(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int encFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_VFSNAME && arg) {
        *static_cast<char **>(arg) = sqlite3_mprintf("%s", vfsName());
        return SQLITE_OK;
    }
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int encSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int encDevice(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int encShmMap(sqlite3_file *f, int pg, int sz, int extend, void volatile **pp)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), pg, sz, extend, pp);
}
int encShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void encShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int encShmUnmap(sqlite3_file *f, int del)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), del);
}

// Version 2: no xFetch, so SQLite never memory-maps an encrypted file (it would read ciphertext).
const sqlite3_io_methods g_encMethods = {
    2,           encClose,  encRead,    encWrite,         encTruncate,    encSync,
    encFileSize, encLock,   encUnlock,  encCheckReserved, encFileControl, encSectorSize,
    encDevice,   encShmMap, encShmLock, encShmBarrier,    encShmUnmap,    nullptr,
    nullptr};

std::shared_ptr<const Key> lookup(const char *dbName)
{
    if (!dbName || g_keyCount.load() == 0)
        return {};
    std::lock_guard lock(g_mutex);
    const auto it = g_keys.find(dbName);
    return it == g_keys.end() ? nullptr : it->second;
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    std::shared_ptr<const Key> key;
    Kind kind = KindDb;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        key = lookup(name);
    } else if (flags & SQLITE_OPEN_WAL) {
        key = lookup(name ? sqlite3_filename_database(name) : nullptr);
        kind = KindWal;
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) {
        key = lookup(name ? sqlite3_filename_database(name) : nullptr);
        kind = KindJournal;
    } else if (g_keyCount.load() > 0 &&
               (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_TRANSIENT_DB |
                         SQLITE_OPEN_SUBJOURNAL))) {
        kind = KindTemp;
    }
    if (!key && kind != KindTemp) // plain: the real VFS fills our slot directly, no wrapper at all
        return g_real->xOpen(g_real, name, f, flags, outFlags);

    auto *ef = reinterpret_cast<EncFile *>(f);
    ef->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + EncFileSize);
    ef->codec = nullptr;
    f->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, ef->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    auto codec = std::make_unique<Codec>();
    codec->key = key;
    codec->kind = kind;
    codec->path = name ? name : "(temp)";
    if (!codec->init()) {
        ef->real->pMethods->xClose(ef->real);
        return SQLITE_CANTOPEN;
    }
    ef->codec = codec.release();
    f->pMethods = &g_encMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *n, int sync)
{
    return g_real->xDelete(g_real, n, sync);
}
int vfsAccess(sqlite3_vfs *, const char *n, int flags, int *out)
{
    return g_real->xAccess(g_real, n, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *n, int len, char *out)
{
    return g_real->xFullPathname(g_real, n, len, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *n)
{
    return g_real->xDlOpen(g_real, n);
}
void vfsDlError(sqlite3_vfs *, int n, char *msg)
{
    g_real->xDlError(g_real, n, msg);
}
void (*vfsDlSym(sqlite3_vfs *, void *h, const char *s))(void)
{
    return g_real->xDlSym(g_real, h, s);
}
void vfsDlClose(sqlite3_vfs *, void *h)
{
    g_real->xDlClose(g_real, h);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_real->xRandomness(g_real, n, out);
}
int vfsSleep(sqlite3_vfs *, int us)
{
    return g_real->xSleep(g_real, us);
}
int vfsCurrentTime(sqlite3_vfs *, double *t)
{
    return g_real->xCurrentTime(g_real, t);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *s)
{
    return g_real->xGetLastError(g_real, n, s);
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}
int vfsSetSystemCall(sqlite3_vfs *, const char *n, sqlite3_syscall_ptr p)
{
    return g_real->xSetSystemCall(g_real, n, p);
}
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *n)
{
    return g_real->xGetSystemCall(g_real, n);
}
const char *vfsNextSystemCall(sqlite3_vfs *, const char *n)
{
    return g_real->xNextSystemCall(g_real, n);
}

} // namespace

const char *vfsName()
{
    return "jiayi-enc";
}

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = qMin(g_real->iVersion, 3);
        g_vfs.szOsFile = EncFileSize + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = vfsName();
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        if (g_vfs.iVersion >= 2)
            g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        if (g_vfs.iVersion >= 3) {
            g_vfs.xSetSystemCall = vfsSetSystemCall;
            g_vfs.xGetSystemCall = vfsGetSystemCall;
            g_vfs.xNextSystemCall = vfsNextSystemCall;
        }
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

QString canonicalPath(const QString &dbPath)
{
    const QFileInfo fi(dbPath);
    const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? fi.absoluteFilePath() : QDir(dir).filePath(fi.fileName());
}

void registerKey(const QString &dbPath, const QByteArray &dataKey, Cipher cipher)
{
    install();
    auto key = std::make_shared<const Key>(Key{dataKey, cipher});
    std::lock_guard lock(g_mutex);
    const auto [it, inserted] = g_keys.insert_or_assign(canonicalPath(dbPath).toStdString(), key);
    Q_UNUSED(it);
    if (inserted)
        ++g_keyCount;
}

void forgetKey(const QString &dbPath)
{
    std::lock_guard lock(g_mutex);
    if (g_keys.erase(canonicalPath(dbPath).toStdString()))
        --g_keyCount;
}

bool hasKey(const QString &dbPath)
{
    std::lock_guard lock(g_mutex);
    return g_keys.count(canonicalPath(dbPath).toStdString()) > 0;
}

QByteArray keyOf(const QString &dbPath, Cipher *cipher)
{
    std::lock_guard lock(g_mutex);
    const auto it = g_keys.find(canonicalPath(dbPath).toStdString());
    if (it == g_keys.end())
        return {};
    if (cipher)
        *cipher = it->second->cipher;
    return it->second->data;
}

int authFailures()
{
    return g_failures.load();
}

QString lastAuthFailure()
{
    std::lock_guard lock(g_mutex);
    return g_lastFailure;
}

} // namespace Models::PageVfs

namespace Models::PageVfs {
QString takeAuthFailure()
{
    std::lock_guard lock(g_mutex);
    if (!g_pendingFailure)
        return {};
    g_pendingFailure = false;
    return g_lastFailure;
}
} // namespace Models::PageVfs
