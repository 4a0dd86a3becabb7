#include "recordsigner.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"
#include "securitypolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

#include <openssl/evp.h>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::RecordSigner)
};

const QByteArray Domain("jiayi-record-signature-v1");

QByteArray message(const QString &entity, const QString &id, const QString &digestHex)
{
    return Domain + '\n' + entity.toUtf8() + '\n' + id.toUtf8() + '\n' + digestHex.toLatin1();
}

struct PKey
{
    EVP_PKEY *p = nullptr;
    ~PKey() { EVP_PKEY_free(p); }
};

QByteArray edSign(const QByteArray &rawPrivate, const QByteArray &msg)
{
    PKey key{EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(rawPrivate.constData()),
        size_t(rawPrivate.size()))};
    if (!key.p)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    const bool ok = EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key.p) == 1 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                                   reinterpret_cast<const unsigned char *>(msg.constData()),
                                   size_t(msg.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? sig.left(int(len)) : QByteArray();
}

bool edVerify(const QByteArray &rawPublic, const QByteArray &msg, const QByteArray &sig)
{
    PKey key{EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(rawPublic.constData()),
        size_t(rawPublic.size()))};
    if (!key.p)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key.p) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()),
                                     size_t(sig.size()),
                                     reinterpret_cast<const unsigned char *>(msg.constData()),
                                     size_t(msg.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray sealKey(Crypto::Suite suite, const QString &password, const QByteArray &privateKey,
                   int iterations)
{
    const QByteArray salt = Crypto::randomBytes(16);
    const QByteArray kek =
        Crypto::pbkdf2(suite, password.toUtf8(), salt, iterations, Crypto::SealKeyLength);
    const QJsonObject o{
        {QStringLiteral("kdf"), suite == Crypto::Suite::International
                                    ? QStringLiteral("PBKDF2-HMAC-SHA256")
                                    : QStringLiteral("PBKDF2-HMAC-SM3")},
        {QStringLiteral("cipher"), Crypto::cipherName(suite)},
        {QStringLiteral("iterations"), iterations},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
        {QStringLiteral("sealed"),
         QString::fromLatin1(Crypto::seal(suite, kek, privateKey, Domain).toHex())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The content digest goes with the signature algorithm: SHA-256 for Ed25519, SM3 for SM2.
Crypto::Suite digestSuite(const QString &algorithm)
{
    return algorithm == QLatin1String("SM2") ? Crypto::Suite::Commercial
                                             : Crypto::Suite::International;
}

QString contentDigest(const QString &algorithm, const QByteArray &content)
{
    return QString::fromLatin1(Crypto::digest(digestSuite(algorithm), content).toHex());
}

} // namespace

RecordSigner::RecordSigner(QString connectionName, int kdfIterations)
    : m_conn(std::move(connectionName)),
      m_iterations(kdfIterations > 0
                       ? kdfIterations
                       : SecurityPolicy::defaults().iterations(SecurityPolicy::defaults().suite)),
      m_suite(SecurityPolicy::defaults().suite)
{
}

RecordSigner::RecordSigner(QString connectionName, const SecurityPolicy &policy)
    : m_conn(std::move(connectionName)), m_iterations(policy.iterations(policy.suite)),
      m_suite(policy.suite)
{
}

QString RecordSigner::algorithmFor(Crypto::Suite suite)
{
    return suite == Crypto::Suite::Commercial ? QStringLiteral("SM2") : QStringLiteral("Ed25519");
}

Result<void> RecordSigner::ensureKey(const QString &username, const QString &password)
{
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT sign_public_key, sign_algorithm FROM app_user WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = exec(q); !r)
        return r;
    const QString algorithm = algorithmFor(m_suite);
    // A key of the deployment's algorithm is kept; a key of the other suite is replaced (old
    // signatures keep the public key they were made with, so they stay checkable).
    if (!q.next() || (!q.value(0).toString().isEmpty() && q.value(1).toString() == algorithm))
        return {};
    QByteArray pub, priv;
    if (m_suite == Crypto::Suite::Commercial) {
        const Crypto::KeyPair kp = Crypto::generateSm2KeyPair();
        pub = kp.publicDer;
        priv = kp.privateDer;
    } else {
        PKey key{EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")};
        pub = QByteArray(32, Qt::Uninitialized);
        priv = QByteArray(32, Qt::Uninitialized);
        size_t pl = 32, sl = 32;
        if (!key.p ||
            EVP_PKEY_get_raw_public_key(key.p, reinterpret_cast<unsigned char *>(pub.data()),
                                        &pl) != 1 ||
            EVP_PKEY_get_raw_private_key(key.p, reinterpret_cast<unsigned char *>(priv.data()),
                                         &sl) != 1)
            pub.clear();
    }
    if (pub.isEmpty() || priv.isEmpty())
        return makeError(QStringLiteral("sign.keygen"), Text::tr("无法生成签名密钥"));
    QSqlQuery up(db(m_conn));
    up.prepare(QStringLiteral(
        "UPDATE app_user SET sign_public_key = ?, sign_private_key = ?, sign_algorithm = ?"
        " WHERE username = ?"));
    up.addBindValue(QString::fromLatin1(pub.toHex()));
    up.addBindValue(QString::fromUtf8(sealKey(m_suite, password, priv, m_iterations)));
    up.addBindValue(algorithm);
    up.addBindValue(username);
    return exec(up);
}

Result<QByteArray> RecordSigner::openPrivateKey(const QString &username,
                                                const QString &password) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT sign_private_key FROM app_user WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next() || q.value(0).toString().isEmpty())
        return makeError(QStringLiteral("sign.nokey"),
                         Text::tr("您还没有签名密钥，请重新登录后再签名"));
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const Crypto::Suite suite =
        o.value(QLatin1String("kdf")).toString() == QLatin1String("PBKDF2-HMAC-SM3")
            ? Crypto::Suite::Commercial
            : Crypto::Suite::International;
    const QByteArray kek =
        Crypto::pbkdf2(suite, password.toUtf8(),
                       QByteArray::fromHex(o.value(QLatin1String("salt")).toString().toLatin1()),
                       o.value(QLatin1String("iterations")).toInt(), Crypto::SealKeyLength);
    auto key = Crypto::open(
        suite, kek, QByteArray::fromHex(o.value(QLatin1String("sealed")).toString().toLatin1()),
        Domain);
    if (!key)
        return makeError(QStringLiteral("sign.password"), Text::tr("密码不正确，未签名"),
                         QStringLiteral("password"));
    return *key;
}

Result<void> RecordSigner::rewrapKey(const QString &username, const QString &oldPassword,
                                     const QString &newPassword)
{
    auto key = openPrivateKey(username, oldPassword);
    if (!key)
        return key.error().code == QLatin1String("sign.nokey") ? Result<void>()
                                                               : Result<void>(key.error());
    QSqlQuery up(db(m_conn));
    up.prepare(QStringLiteral("UPDATE app_user SET sign_private_key = ? WHERE username = ?"));
    up.addBindValue(QString::fromUtf8(sealKey(m_suite, newPassword, *key, m_iterations)));
    up.addBindValue(username);
    return exec(up);
}

Result<QByteArray> RecordSigner::canonicalContent(const QString &entity,
                                                  const QString &entityId) const
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    QSqlQuery t(db(m_conn));
    t.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    t.addBindValue(entity);
    if (!name.match(entity).hasMatch() || !t.exec() || !t.next() ||
        entity == QLatin1String("app_user") || entity == QLatin1String("audit_log"))
        return makeError(QStringLiteral("sign.entity"),
                         Text::tr("无法签名该类记录：%1").arg(entity));
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(entity)); // name checked above
    q.addBindValue(entityId);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("sign.notfound"), Text::tr("找不到要签名的记录"));
    static const QStringList bookkeeping{
        QStringLiteral("rid"),     QStringLiteral("server_version"), QStringLiteral("base_json"),
        QStringLiteral("dirty"),   QStringLiteral("updated_at"),     QStringLiteral("updated_by"),
        QStringLiteral("sort_key")};
    QJsonObject o;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        if (!bookkeeping.contains(rec.fieldName(i)))
            o.insert(rec.fieldName(i), QJsonValue::fromVariant(q.value(i)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // QJsonObject keeps keys sorted
}

Result<SignatureStatus> RecordSigner::sign(const Scope &scope, const QString &entity,
                                           const QString &entityId, const QString &password)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto content = canonicalContent(entity, entityId);
    if (!content)
        return content.error();
    auto key = openPrivateKey(scope.userId, password);
    if (!key)
        return key.error();
    QSqlQuery u(db(m_conn));
    u.prepare(QStringLiteral(
        "SELECT sign_public_key, display_name, sign_algorithm FROM app_user WHERE username = ?"));
    u.addBindValue(scope.userId);
    if (auto r = exec(u); !r || !u.next())
        return makeError(QStringLiteral("sign.nokey"),
                         Text::tr("您还没有签名密钥，请重新登录后再签名"));
    const QString algorithm = u.value(2).toString() == QLatin1String("SM2")
                                  ? QStringLiteral("SM2")
                                  : QStringLiteral("Ed25519");
    const QString digest = contentDigest(algorithm, *content);
    const QByteArray msg = message(entity, entityId, digest);
    const QByteArray sig =
        algorithm == QLatin1String("SM2") ? Crypto::sm2Sign(*key, msg) : edSign(*key, msg);
    if (sig.isEmpty())
        return makeError(QStringLiteral("sign.failed"), Text::tr("签名失败"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO record_signature(id, entity, entity_id, content_hash, signature, algorithm,"
        " public_key, signer_id, signer_name, signed_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    const QString now = ChangeLog::nowUtc();
    for (const QVariant &v :
         {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(entity),
          QVariant(entityId), QVariant(digest), QVariant(QString::fromLatin1(sig.toHex())),
          QVariant(algorithm), u.value(0), QVariant(scope.userId),
          QVariant(u.value(1).toString().isNull() ? QStringLiteral("") : u.value(1).toString()),
          QVariant(now)})
        q.addBindValue(v);
    if (auto r = exec(q); !r)
        return r.error();
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("sign"), entity, entityId, {},
                                  QJsonObject{{QStringLiteral("content_hash"), digest}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return verify(scope, entity, entityId);
}

Result<SignatureStatus> RecordSigner::verify(const Scope &scope, const QString &entity,
                                             const QString &entityId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.read")); !e)
        return e.error();
    SignatureStatus s;
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT content_hash, signature, public_key, signer_id, signer_name, signed_at,"
        " algorithm"
        " FROM record_signature WHERE entity = ? AND entity_id = ? ORDER BY signed_at DESC LIMIT "
        "1"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return s;
    s.isSigned = true;
    s.signerId = q.value(3).toString();
    s.signerName = q.value(4).toString();
    s.signedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    const QString digest = q.value(0).toString();
    // The public key is the copy taken when signing (a password reset gives the user a new key
    // and old signatures must stay checkable; docs/security.md says what this does not prove).
    const QByteArray publicKey = QByteArray::fromHex(q.value(2).toString().toLatin1());
    const QByteArray sig = QByteArray::fromHex(q.value(1).toString().toLatin1());
    s.algorithm = q.value(6).toString();
    const QByteArray msg = message(entity, entityId, digest);
    s.signatureValid = s.algorithm == QLatin1String("SM2") ? Crypto::sm2Verify(publicKey, msg, sig)
                                                           : edVerify(publicKey, msg, sig);
    auto content = canonicalContent(entity, entityId);
    s.unchanged = content && contentDigest(s.algorithm, *content) == digest;
    return s;
}

} // namespace Models
