#pragma once

// Private to the resident import (models/residentimport*.cpp): a row made ready off the writing
// thread, and the bytes of the batch digest.

#include "changelog.h"
#include "residentimport.h"

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/evp.h>

#include <string>
#include <utility>
#include <vector>

namespace Models::ImportRows {

// One row made ready off the writing thread: parsed, validated, normalised, its search terms and
// sort key computed, its UTF-8 bind values encoded. The database checks (already stored?) and the
// writes stay on the thread that owns the connection.
struct PreparedRow
{
    int line = 0;
    QString shownName;
    QList<Error> problems;
    Resident r;
    QString workUnit, contactName, contactPhone;
    QString key; // name|birth|village, the identity of a row without an ID number
    QByteArray birthIso, sortKey, uuid;
    // The resident's text columns in UTF-8, bound as they are (no copy) on the writing thread:
    // name, sex, id number, phone, address, village, ethnicity, work unit, contact name and phone.
    enum {
        U8Name,
        U8Sex,
        U8IdNumber,
        U8Phone,
        U8Address,
        U8Village,
        U8Ethnicity,
        U8WorkUnit,
        U8ContactName,
        U8ContactPhone,
        U8Count
    };
    QByteArray u8[U8Count];
    QByteArray digestTail; // this row's bytes of the batch digest after id and record number
    QByteArray recordNoU8; // set on the writing thread; bound when the row's statement runs
};

struct PreparedBatch
{
    int start = 0, end = 0;
    std::vector<PreparedRow> rows;
    // (term, index into rows), sorted: inserted in index order so each B-tree page is touched
    // once, not ~25 random pages a row. The record-number term is added when the number is known.
    std::vector<std::pair<std::string, int>> terms;
};

// rows [start, end) of `table` made ready: everything that does not touch the database. Runs on
// a worker thread while the writing thread writes the chunk before.
PreparedBatch prepare(const ResidentImport &importer, const Scope &scope, const Table &table,
                      const ImportMapping &mapping, int start, int end, bool dryRun,
                      const QDate &today);

QByteArray isoDate(const QDate &d);

// The batch's one audit entry (docs/health-record.md): action import_batch, the file, its lines,
// the ids created and the SHA-256 digest of their content; ChangeLog::append chains it.
AuditEntry batchAudit(const Scope &scope, const QString &workstation, const QString &now,
                      const QString &fileName, int firstLine, int lastLine,
                      const QVector<QByteArray> &created, const QByteArray &digest);

// The part of a resident's digest bytes after its id and record number (see batchDigest).
QByteArray digestTail(const Resident &r, const QByteArray &birthIso, const QStringList &extra);

// SHA-256 through OpenSSL for the import's batch digest: Qt 6.4's own implementation costs
// ~100 instructions a byte, ~15,000 a row on the writing thread; the digest is the same.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(QByteArrayView b) { EVP_DigestUpdate(m_ctx, b.data(), size_t(b.size())); }
    QByteArray result()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx, out, &n);
        return QByteArray(reinterpret_cast<const char *>(out), int(n));
    }

private:
    EVP_MD_CTX *m_ctx;
};

template <typename Hash> void addDigestHead(Hash &h, const QByteArray &id, const QString &recordNo)
{
    h.addData(id);
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(recordNo.toLatin1());
    h.addData(QByteArrayView("\x1f", 1));
}
} // namespace Models::ImportRows
