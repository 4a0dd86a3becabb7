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

QString suiteName(Suite s);                    // "international" | "commercial"
Result<Suite> suiteFromName(const QString &name);
QString cipherName(Suite s);                   // "AES-256-GCM" | "SM4-CBC+HMAC-SM3"
QString digestName(Suite s);                   // "SHA-256" | "SM3"
int ivLength(Suite s);                         // 12 | 16
int tagLength(Suite s);                        // 16 | 32

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
QByteArray seal(Suite s, const QByteArray &key, const QByteArray &plain, const QByteArray &aad = {});
Result<QByteArray> open(Suite s, const QByteArray &key, const QByteArray &sealed,
                        const QByteArray &aad = {});

} // namespace Models::Crypto
