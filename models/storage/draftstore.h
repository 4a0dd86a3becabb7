#pragma once

// Drafts of the clinical forms that are open (issue 14): what a doctor typed survives a crash, a
// dead battery or a closed window until it is saved or explicitly discarded. One file per form
// and resident in `<db>.drafts/`, sealed like the database: with a key derived from the
// database's data key (AES-256-GCM or SM4-CBC+HMAC-SM3, the suite the database uses) when it is
// encrypted; a plain database's drafts are sealed with a random key kept in that folder
// (protection equal to the database's own, none at rest, but no plaintext on disk either).
// The file name is a keyed hash, so the folder does not list which residents have drafts.

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Models {

class DraftStore
{
public:
    explicit DraftStore(QString dbPath); // an empty path or ":memory:": no drafts are kept
    bool enabled() const;
    QString folder() const;
    QString filePath(const QString &form, const QString &residentId) const;

    Result<void> save(const QString &form, const QString &residentId,
                      const QJsonObject &values) const;
    // The draft's values, or nothing (none, unreadable, or sealed under another key).
    std::optional<QJsonObject> load(const QString &form, const QString &residentId) const;
    void remove(const QString &form, const QString &residentId) const;

private:
    QByteArray key() const; // 64 bytes (Crypto::SealKeyLength); empty when none can be made
    QString m_dbPath;
};

} // namespace Models
