#include "crypto.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace Models::Crypto {

namespace {
// Fetching an algorithm is costly (a provider lookup); pseudonyms call HMAC per row.
const EVP_MD *md(Suite s)
{
    static EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD *sm3 = EVP_MD_fetch(nullptr, "SM3", nullptr);
    return s == Suite::International ? sha256 : sm3;
}
} // namespace

QString suiteName(Suite s)
{
    return s == Suite::International ? QStringLiteral("international")
                                     : QStringLiteral("commercial");
}

Result<Suite> suiteFromName(const QString &name)
{
    if (name == QLatin1String("international") || name.isEmpty())
        return Suite::International;
    if (name == QLatin1String("commercial") || name == QLatin1String("sm"))
        return Suite::Commercial;
    return makeError(
        QStringLiteral("crypto.suite"),
        QCoreApplication::translate("Models::Crypto", "未知的密码算法套件：%1").arg(name),
        QStringLiteral("suite"));
}

QString cipherName(Suite s)
{
    return s == Suite::International ? QStringLiteral("AES-256-GCM")
                                     : QStringLiteral("SM4-CBC+HMAC-SM3");
}

QString digestName(Suite s)
{
    return s == Suite::International ? QStringLiteral("SHA-256") : QStringLiteral("SM3");
}

int ivLength(Suite s)
{
    return s == Suite::International ? 12 : 16;
}

int tagLength(Suite s)
{
    return s == Suite::International ? 16 : 32;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n) != 1)
        qFatal("RAND_bytes failed"); // no safe way on without randomness
    return b;
}

QByteArray digest(Suite s, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
               &len, md(s), nullptr);
    out.resize(int(len));
    return out;
}

QByteArray digestFile(Suite s, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, md(s), nullptr);
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        EVP_DigestUpdate(ctx, chunk.constData(), size_t(chunk.size()));
    }
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_MD_CTX_free(ctx);
    out.resize(int(len));
    return out;
}

QByteArray hmac(Suite s, const QByteArray &key, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(md(s), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
         reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(int(len));
    return out;
}

QByteArray pbkdf2(Suite s, const QByteArray &password, const QByteArray &salt, int iterations,
                  int length)
{
    QByteArray out(length, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, md(s), length, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

struct Sealer::Impl
{
    EVP_CIPHER_CTX *ctx = nullptr;
    EVP_MAC_CTX *mac = nullptr; // Commercial: HMAC-SM3 over aad || iv || ciphertext
    ~Impl()
    {
        EVP_CIPHER_CTX_free(ctx);
        EVP_MAC_CTX_free(mac);
    }
};

Sealer::Sealer(Suite suite, const QByteArray &key, const QByteArray &iv, bool encrypt,
               const QByteArray &aad)
    : d(std::make_unique<Impl>()), m_suite(suite), m_encrypt(encrypt)
{
    if (key.size() < SealKeyLength || iv.size() != ivLength(suite))
        return;
    d->ctx = EVP_CIPHER_CTX_new();
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *v = reinterpret_cast<const unsigned char *>(iv.constData());
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(
        nullptr, suite == Suite::International ? "AES-256-GCM" : "SM4-CBC", nullptr);
    if (!cipher)
        return;
    const int init = EVP_CipherInit_ex2(d->ctx, cipher, k, v, encrypt ? 1 : 0, nullptr);
    EVP_CIPHER_free(cipher);
    if (init != 1)
        return;
    if (suite == Suite::International) {
        int outl = 0;
        if (!aad.isEmpty() &&
            EVP_CipherUpdate(d->ctx, nullptr, &outl,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) != 1)
            return;
    } else {
        EVP_MAC *m = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        d->mac = EVP_MAC_CTX_new(m);
        EVP_MAC_free(m);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string("digest", const_cast<char *>("SM3"), 0),
            OSSL_PARAM_construct_end()};
        if (EVP_MAC_init(d->mac, k + 32, 32, params) != 1)
            return;
        EVP_MAC_update(d->mac, reinterpret_cast<const unsigned char *>(aad.constData()),
                       size_t(aad.size()));
        EVP_MAC_update(d->mac, v, size_t(iv.size()));
    }
    m_ok = true;
}

Sealer::~Sealer() = default;

QByteArray Sealer::update(const QByteArray &in)
{
    if (!m_ok)
        return {};
    if (m_suite == Suite::Commercial && !m_encrypt)
        EVP_MAC_update(d->mac, reinterpret_cast<const unsigned char *>(in.constData()),
                       size_t(in.size()));
    QByteArray out(in.size() + 32, Qt::Uninitialized);
    int outl = 0;
    if (EVP_CipherUpdate(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &outl,
                         reinterpret_cast<const unsigned char *>(in.constData()),
                         int(in.size())) != 1) {
        m_ok = false;
        return {};
    }
    out.resize(outl);
    if (m_suite == Suite::Commercial && m_encrypt)
        EVP_MAC_update(d->mac, reinterpret_cast<const unsigned char *>(out.constData()),
                       size_t(out.size()));
    return out;
}

QByteArray Sealer::finishEncrypt()
{
    if (!m_ok || !m_encrypt)
        return {};
    QByteArray out(64, Qt::Uninitialized);
    int outl = 0;
    if (EVP_CipherFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &outl) != 1) {
        m_ok = false;
        return {};
    }
    out.resize(outl);
    QByteArray tag(tagLength(m_suite), Qt::Uninitialized);
    if (m_suite == Suite::International) {
        EVP_CIPHER_CTX_ctrl(d->ctx, EVP_CTRL_GCM_GET_TAG, int(tag.size()), tag.data());
    } else {
        EVP_MAC_update(d->mac, reinterpret_cast<const unsigned char *>(out.constData()),
                       size_t(out.size()));
        size_t len = 0;
        EVP_MAC_final(d->mac, reinterpret_cast<unsigned char *>(tag.data()), &len,
                      size_t(tag.size()));
    }
    return out + tag;
}

bool Sealer::finishDecrypt(const QByteArray &tag, QByteArray *lastOut)
{
    if (!m_ok || m_encrypt || tag.size() != tagLength(m_suite))
        return false;
    if (m_suite == Suite::Commercial) {
        // Encrypt-then-MAC: check the MAC before trusting the padding.
        QByteArray expected(tagLength(m_suite), Qt::Uninitialized);
        size_t len = 0;
        EVP_MAC_final(d->mac, reinterpret_cast<unsigned char *>(expected.data()), &len,
                      size_t(expected.size()));
        if (!equalConstantTime(expected, tag))
            return false;
    } else {
        EVP_CIPHER_CTX_ctrl(d->ctx, EVP_CTRL_GCM_SET_TAG, int(tag.size()),
                            const_cast<char *>(tag.constData()));
    }
    QByteArray out(64, Qt::Uninitialized);
    int outl = 0;
    if (EVP_CipherFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &outl) != 1)
        return false;
    out.resize(outl);
    if (lastOut)
        *lastOut = out;
    return true;
}

QByteArray seal(Suite s, const QByteArray &key, const QByteArray &plain, const QByteArray &aad)
{
    const QByteArray iv = randomBytes(ivLength(s));
    Sealer e(s, key, iv, true, aad);
    QByteArray out = e.update(plain);
    out += e.finishEncrypt();
    return iv + out;
}

Result<QByteArray> open(Suite s, const QByteArray &key, const QByteArray &sealed,
                        const QByteArray &aad)
{
    const int ivl = ivLength(s), tagl = tagLength(s);
    auto bad = makeError(
        QStringLiteral("crypto.open"),
        QCoreApplication::translate("Models::Crypto", "解密失败：密码错误或数据已被篡改"));
    if (sealed.size() < ivl + tagl)
        return bad;
    Sealer d(s, key, sealed.left(ivl), false, aad);
    QByteArray out = d.update(sealed.mid(ivl, sealed.size() - ivl - tagl));
    QByteArray last;
    if (!d.finishDecrypt(sealed.right(tagl), &last))
        return bad;
    return out + last;
}

namespace {
struct PKey
{
    EVP_PKEY *p = nullptr;
    ~PKey() { EVP_PKEY_free(p); }
};

struct PKeyCtx
{
    EVP_PKEY_CTX *p = nullptr;
    ~PKeyCtx() { EVP_PKEY_CTX_free(p); }
};

const char Sm2DefaultId[] = "1234567812345678";

KeyPair exportPair(EVP_PKEY *key)
{
    KeyPair kp;
    if (!key)
        return kp;
    unsigned char *buf = nullptr;
    int n = i2d_PUBKEY(key, &buf);
    if (n > 0)
        kp.publicDer = QByteArray(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    buf = nullptr;
    n = i2d_PrivateKey(key, &buf);
    if (n > 0)
        kp.privateDer = QByteArray(reinterpret_cast<const char *>(buf), n);
    OPENSSL_clear_free(buf, size_t(qMax(n, 0)));
    return kp;
}

// OpenSSL 3 decodes an EC key on the SM2 curve as an SM2 key (EVP_PKEY_is_a "SM2").
EVP_PKEY *loadPublic(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_PUBKEY(nullptr, &p, long(der.size()));
}

EVP_PKEY *loadPrivate(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_AutoPrivateKey(nullptr, &p, long(der.size()));
}

bool prepareDecryptOrEncrypt(EVP_PKEY_CTX *ctx, EVP_PKEY *key, bool encrypt)
{
    if ((encrypt ? EVP_PKEY_encrypt_init(ctx) : EVP_PKEY_decrypt_init(ctx)) != 1)
        return false;
    if (EVP_PKEY_is_a(key, "RSA"))
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1 &&
               EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) == 1 &&
               EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) == 1;
    return EVP_PKEY_is_a(key, "SM2");
}

// An SM2 digest-sign/verify context with SM3 and the default distinguishing identifier.
EVP_MD_CTX *sm2Context(EVP_PKEY *key, bool sign)
{
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
    if (!mctx || !pctx || EVP_PKEY_CTX_set1_id(pctx, Sm2DefaultId, sizeof Sm2DefaultId - 1) != 1) {
        EVP_PKEY_CTX_free(pctx);
        EVP_MD_CTX_free(mctx);
        return nullptr;
    }
    EVP_MD_CTX_set_pkey_ctx(mctx, pctx); // mctx does not own pctx: freed by the caller
    const EVP_MD *sm3 = md(Suite::Commercial);
    const int ok = sign ? EVP_DigestSignInit(mctx, nullptr, sm3, nullptr, key)
                        : EVP_DigestVerifyInit(mctx, nullptr, sm3, nullptr, key);
    if (ok != 1) {
        EVP_MD_CTX_free(mctx);
        EVP_PKEY_CTX_free(pctx);
        return nullptr;
    }
    return mctx;
}
} // namespace

KeyPair generateWrapKeyPair(Suite s)
{
    PKey key{s == Suite::International ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072))
                                       : EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")};
    return exportPair(key.p);
}

QString wrapAlgorithmName(Suite s)
{
    return s == Suite::International ? QStringLiteral("RSA-OAEP-SHA256") : QStringLiteral("SM2");
}

QByteArray publicEncrypt(const QByteArray &publicDer, const QByteArray &plain)
{
    PKey key{loadPublic(publicDer)};
    if (!key.p)
        return {};
    PKeyCtx ctx{EVP_PKEY_CTX_new_from_pkey(nullptr, key.p, nullptr)};
    size_t len = 0;
    if (!ctx.p || !prepareDecryptOrEncrypt(ctx.p, key.p, true) ||
        EVP_PKEY_encrypt(ctx.p, nullptr, &len,
                         reinterpret_cast<const unsigned char *>(plain.constData()),
                         size_t(plain.size())) != 1)
        return {};
    QByteArray out(int(len), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.p, reinterpret_cast<unsigned char *>(out.data()), &len,
                         reinterpret_cast<const unsigned char *>(plain.constData()),
                         size_t(plain.size())) != 1)
        return {};
    out.resize(int(len));
    return out;
}

Result<QByteArray> privateDecrypt(const QByteArray &privateDer, const QByteArray &cipher)
{
    auto bad = makeError(
        QStringLiteral("crypto.open"),
        QCoreApplication::translate("Models::Crypto", "解密失败：密码错误或数据已被篡改"));
    PKey key{loadPrivate(privateDer)};
    if (!key.p)
        return bad;
    PKeyCtx ctx{EVP_PKEY_CTX_new_from_pkey(nullptr, key.p, nullptr)};
    size_t len = 0;
    if (!ctx.p || !prepareDecryptOrEncrypt(ctx.p, key.p, false) ||
        EVP_PKEY_decrypt(ctx.p, nullptr, &len,
                         reinterpret_cast<const unsigned char *>(cipher.constData()),
                         size_t(cipher.size())) != 1)
        return bad;
    QByteArray out(int(len), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.p, reinterpret_cast<unsigned char *>(out.data()), &len,
                         reinterpret_cast<const unsigned char *>(cipher.constData()),
                         size_t(cipher.size())) != 1)
        return bad;
    out.resize(int(len));
    return out;
}

KeyPair generateSm2KeyPair()
{
    PKey key{EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")};
    return exportPair(key.p);
}

QByteArray sm2Sign(const QByteArray &privateDer, const QByteArray &message)
{
    PKey key{loadPrivate(privateDer)};
    if (!key.p || !EVP_PKEY_is_a(key.p, "SM2"))
        return {};
    EVP_MD_CTX *mctx = sm2Context(key.p, true);
    if (!mctx)
        return {};
    EVP_PKEY_CTX *pctx = EVP_MD_CTX_get_pkey_ctx(mctx);
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSign(mctx, nullptr, &len,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) == 1) {
        sig.resize(int(len));
        if (EVP_DigestSign(mctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(message.constData()),
                           size_t(message.size())) == 1)
            sig.resize(int(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(mctx);
    EVP_PKEY_CTX_free(pctx);
    return sig;
}

bool sm2Verify(const QByteArray &publicDer, const QByteArray &message, const QByteArray &signature)
{
    PKey key{loadPublic(publicDer)};
    if (!key.p || !EVP_PKEY_is_a(key.p, "SM2"))
        return false;
    EVP_MD_CTX *mctx = sm2Context(key.p, false);
    if (!mctx)
        return false;
    EVP_PKEY_CTX *pctx = EVP_MD_CTX_get_pkey_ctx(mctx);
    const bool ok =
        EVP_DigestVerify(mctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(mctx);
    EVP_PKEY_CTX_free(pctx);
    return ok;
}

} // namespace Models::Crypto
