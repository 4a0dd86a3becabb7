#pragma once

// Electronic signature of a finished record (a follow-up, an encounter, a dose...): Ed25519 (or,
// with the 商用密码 suite, SM2 with SM3 and the default distinguishing ID) over the digest of the
// record's canonical content. Each user's private key is made at first login
// and kept sealed by a key derived from their password; signing asks for the password again.
// An edit after signing changes the content digest, so the record shows "changed since signed"
// and asks for a new signature (old signature rows are kept).

#include "crypto.h"
#include "result.h"
#include "scope.h"
#include "securitypolicy.h"

#include <QDateTime>

namespace Models {

struct SignatureStatus
{
    bool isSigned = false;
    bool signatureValid = false; // the signature matches the signed digest and key
    bool unchanged = false;      // the record's content still has the signed digest
    QString signerId;
    QString signerName;
    QDateTime signedAt;
    QString algorithm; // "Ed25519" | "SM2"
    bool ok() const { return isSigned && signatureValid && unchanged; }
};

class RecordSigner
{
public:
    RecordSigner(QString connectionName, int kdfIterations = 0); // 0: the policy's count
    // The policy's suite chooses the algorithm of new keys (international: Ed25519, commercial:
    // SM2).
    RecordSigner(QString connectionName, const SecurityPolicy &policy);
    static QString algorithmFor(Crypto::Suite suite); // "Ed25519" | "SM2"

    // Called by login: makes the user's key pair when they have none yet.
    Result<void> ensureKey(const QString &username, const QString &password);
    // Called by a password change: seals the private key with the new password.
    Result<void> rewrapKey(const QString &username, const QString &oldPassword,
                           const QString &newPassword);

    Result<SignatureStatus> sign(const Scope &scope, const QString &entity, const QString &entityId,
                                 const QString &password);
    Result<SignatureStatus> verify(const Scope &scope, const QString &entity,
                                   const QString &entityId) const;

    // The record as sorted JSON without the sync bookkeeping columns (dirty, server_version...).
    Result<QByteArray> canonicalContent(const QString &entity, const QString &entityId) const;

private:
    Result<QByteArray> openPrivateKey(const QString &username, const QString &password) const;
    QString m_conn;
    int m_iterations;
    Crypto::Suite m_suite;
};

} // namespace Models
