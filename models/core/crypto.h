#pragma once

// Thin wrappers over OpenSSL EVP (models/ only). Two suites: the international defaults
// (SHA-256, PBKDF2-HMAC-SHA256, AES-256-GCM) and the 商用密码 suite (SM3, PBKDF2-HMAC-SM3,
// SM4-CBC with HMAC-SM3, encrypt-then-MAC; OpenSSL 3.0 has no SM4-GCM).

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Models::Crypto {

enum class Suite { International, Commercial };

QString suiteName(Suite s); // "international" | "commercial"
Result<Suite> suiteFromName(const QString &name);
QString cipherName(Suite s); // "AES-256-GCM" | "SM4-CBC+HMAC-SM3"
QString digestName(Suite s); // "SHA-256" | "SM3"
int ivLength(Suite s);       // 12 | 16
int tagLength(Suite s);      // 16 | 32

QByteArray randomBytes(int n);
QByteArray digest(Suite s, const QByteArray &data);
QByteArray digestFile(Suite s, const QString &path); // streamed; empty when unreadable
QByteArray hmac(Suite s, const QByteArray &key, const QByteArray &data);
QByteArray pbkdf2(Suite s, const QByteArray &password, const QByteArray &salt, int iterations,
                  int length);
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

// Key material for sealing: 64 bytes; the cipher uses the first 32 (SM4: 16), HMAC-SM3 the last 32.
constexpr int SealKeyLength = 64;

// Streaming authenticated encryption; the associated data (a file header) is authenticated too.
class Sealer
{
public:
    Sealer(Suite suite, const QByteArray &key, const QByteArray &iv, bool encrypt,
           const QByteArray &aad);
    ~Sealer();
    bool ok() const { return m_ok; }
    QByteArray update(const QByteArray &in);
    // Encrypt: the last output followed by the tag (tagLength bytes).
    QByteArray finishEncrypt();
    // Decrypt: false when the tag does not match (tampered, wrong key); the output is then garbage.
    bool finishDecrypt(const QByteArray &tag, QByteArray *lastOut);
    Q_DISABLE_COPY_MOVE(Sealer)

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Suite m_suite;
    bool m_encrypt;
    bool m_ok = false;
};

// Small blobs (a private key): "iv || ciphertext || tag".
QByteArray seal(Suite s, const QByteArray &key, const QByteArray &plain,
                const QByteArray &aad = {});
Result<QByteArray> open(Suite s, const QByteArray &key, const QByteArray &sealed,
                        const QByteArray &aad = {});

// Asymmetric keys, as DER (SubjectPublicKeyInfo / PKCS#8).
struct KeyPair
{
    QByteArray publicDer;
    QByteArray privateDer;
    bool isNull() const { return publicDer.isEmpty() || privateDer.isEmpty(); }
};

// A key pair for wrapping backup data keys: RSA-3072 with OAEP-SHA256 (international) or SM2
// public-key encryption (commercial, GB/T 32918.4; OpenSSL's SM2 encryption uses SM3).
KeyPair generateWrapKeyPair(Suite s);
QString wrapAlgorithmName(Suite s); // "RSA-OAEP-SHA256" | "SM2"
QByteArray publicEncrypt(const QByteArray &publicDer, const QByteArray &plain); // empty on failure
Result<QByteArray> privateDecrypt(const QByteArray &privateDer, const QByteArray &cipher);

// SM2 signatures (GB/T 32918.2) with the SM3 digest and the default distinguishing identifier
// "1234567812345678" (GB/T 35276), through OpenSSL 3 EVP.
KeyPair generateSm2KeyPair();
QByteArray sm2Sign(const QByteArray &privateDer,
                   const QByteArray &message); // DER signature; empty on failure
bool sm2Verify(const QByteArray &publicDer, const QByteArray &message, const QByteArray &signature);

} // namespace Models::Crypto
