#pragma once

// The page codec of the encrypted VFS (pagevfs.cpp): a key, the file kinds, the ciphers and the
// per-file Codec that encrypts and authenticates one page. Stateless: the key registry and the
// VFS itself stay in pagevfs.cpp. Included by pagevfs.cpp only.

#include "pagevfs.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <vector>

namespace Models::PageVfs::Codecs {

struct Key
{
    QByteArray data;
    Cipher cipher;
};

enum Kind : unsigned char { KindDb = 'D', KindWal = 'W', KindJournal = 'J', KindTemp = 'T' };

inline bool isPow2Page(sqlite3_int64 n)
{
    return n >= 512 && n <= 65536 && (n & (n - 1)) == 0;
}

inline const EVP_CIPHER *aesGcm()
{
    static EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return c;
}
inline const EVP_CIPHER *aesCtr()
{
    static EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, "AES-256-CTR", nullptr);
    return c;
}
inline const EVP_CIPHER *sm4Ctr()
{
    static EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr);
    return c;
}

// Per open file: the key and OpenSSL contexts made once (SQLite serialises calls on one file).
struct Codec
{
    std::shared_ptr<const Key> key;
    Kind kind = KindDb;
    std::string path;
    EVP_CIPHER_CTX *enc = nullptr;
    EVP_CIPHER_CTX *dec = nullptr;
    EVP_MAC_CTX *mac = nullptr;
    std::vector<unsigned char> scratch;
    unsigned char tempKey[32] = {};
    unsigned char tempNonce[8] = {};

    ~Codec()
    {
        EVP_CIPHER_CTX_free(enc);
        EVP_CIPHER_CTX_free(dec);
        EVP_MAC_CTX_free(mac);
        OPENSSL_cleanse(tempKey, sizeof tempKey);
    }

    bool init()
    {
        enc = EVP_CIPHER_CTX_new();
        dec = EVP_CIPHER_CTX_new();
        if (!enc || !dec)
            return false;
        if (kind == KindTemp) {
            return RAND_bytes(tempKey, sizeof tempKey) == 1 &&
                   RAND_bytes(tempNonce, sizeof tempNonce) == 1;
        }
        const auto *k = reinterpret_cast<const unsigned char *>(key->data.constData());
        if (key->cipher == Cipher::Aes256Gcm)
            return EVP_EncryptInit_ex2(enc, aesGcm(), k, nullptr, nullptr) == 1 &&
                   EVP_DecryptInit_ex2(dec, aesGcm(), k, nullptr, nullptr) == 1;
        // SM4-CTR (key: first 16 bytes) + HMAC-SM3 (key: last 32 bytes).
        if (EVP_EncryptInit_ex2(enc, sm4Ctr(), k, nullptr, nullptr) != 1)
            return false;
        EVP_MAC *m = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        mac = m ? EVP_MAC_CTX_new(m) : nullptr;
        EVP_MAC_free(m);
        if (!mac)
            return false;
        char digest[] = "SM3";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        return EVP_MAC_init(mac, k + DataKeyLength - 32, 32, params) == 1;
    }

    // Associated data: "jy" + page number + page size (a page moved elsewhere fails its tag).
    static void aad(unsigned char out[13], quint32 pgno, int pageSize)
    {
        out[0] = 'j', out[1] = 'y', out[2] = 'p', out[3] = 'g';
        for (int i = 0; i < 4; ++i)
            out[4 + i] = static_cast<unsigned char>(pgno >> (24 - 8 * i));
        for (int i = 0; i < 4; ++i)
            out[8 + i] = static_cast<unsigned char>(quint32(pageSize) >> (24 - 8 * i));
        out[12] = 1; // format
    }

    bool macOf(const unsigned char *a, const unsigned char *iv, const unsigned char *data, int len,
               unsigned char out[32])
    {
        size_t n = 0;
        return EVP_MAC_init(mac, nullptr, 0, nullptr) == 1 && EVP_MAC_update(mac, a, 13) == 1 &&
               EVP_MAC_update(mac, iv, 16) == 1 && EVP_MAC_update(mac, data, size_t(len)) == 1 &&
               EVP_MAC_final(mac, out, &n, 32) == 1 && n == 32;
    }

    // in -> out (may not alias), a whole page of `size` bytes; page 1's header copied as is.
    bool encryptPage(const unsigned char *in, unsigned char *out, int size, quint32 pgno)
    {
        const int clear = pgno == 1 ? 100 : 0;
        const int end = size - ReserveBytes;
        unsigned char *tail = out + end;
        unsigned char a[13];
        aad(a, pgno, size);
        std::memcpy(out, in, size_t(clear));
        int n = 0;
        if (key->cipher == Cipher::Aes256Gcm) {
            std::memset(tail, 0, ReserveBytes);
            if (RAND_bytes(tail, 12) != 1)
                return false;
            int f = 0;
            return EVP_EncryptInit_ex2(enc, nullptr, nullptr, tail, nullptr) == 1 &&
                   EVP_EncryptUpdate(enc, nullptr, &n, a, sizeof a) == 1 &&
                   EVP_EncryptUpdate(enc, out + clear, &n, in + clear, end - clear) == 1 &&
                   EVP_EncryptFinal_ex(enc, out + clear + n, &f) == 1 &&
                   EVP_CIPHER_CTX_ctrl(enc, EVP_CTRL_GCM_GET_TAG, 16, tail + 12) == 1;
        }
        unsigned char m[32];
        if (RAND_bytes(tail, 16) != 1 ||
            EVP_EncryptInit_ex2(enc, nullptr, nullptr, tail, nullptr) != 1 ||
            EVP_EncryptUpdate(enc, out + clear, &n, in + clear, end - clear) != 1 ||
            !macOf(a, tail, out + clear, end - clear, m))
            return false;
        std::memcpy(tail + 16, m, 16);
        return true;
    }

    // In place; false when the page does not authenticate (it is then wiped).
    bool decryptPage(unsigned char *buf, int size, quint32 pgno)
    {
        const int clear = pgno == 1 ? 100 : 0;
        const int end = size - ReserveBytes;
        unsigned char *tail = buf + end;
        unsigned char a[13];
        aad(a, pgno, size);
        int n = 0;
        bool ok;
        if (key->cipher == Cipher::Aes256Gcm) {
            int f = 0;
            ok = EVP_DecryptInit_ex2(dec, nullptr, nullptr, tail, nullptr) == 1 &&
                 EVP_DecryptUpdate(dec, nullptr, &n, a, sizeof a) == 1 &&
                 EVP_DecryptUpdate(dec, buf + clear, &n, buf + clear, end - clear) == 1 &&
                 EVP_CIPHER_CTX_ctrl(dec, EVP_CTRL_GCM_SET_TAG, 16, tail + 12) == 1 &&
                 EVP_DecryptFinal_ex(dec, buf + clear + n, &f) == 1;
        } else {
            unsigned char m[32];
            ok = macOf(a, tail, buf + clear, end - clear, m) &&
                 CRYPTO_memcmp(m, tail + 16, 16) == 0 &&
                 EVP_EncryptInit_ex2(enc, nullptr, nullptr, tail, nullptr) == 1 &&
                 EVP_EncryptUpdate(enc, buf + clear, &n, buf + clear, end - clear) == 1;
        }
        if (!ok)
            std::memset(buf, 0, size_t(size));
        return ok;
    }

    // Temporary files: AES-256-CTR keyed per file, counter from the offset (any offset, any
    // length).
    bool ctr(unsigned char *buf, int len, sqlite3_int64 offset)
    {
        unsigned char iv[16];
        std::memcpy(iv, tempNonce, 8);
        const quint64 block = quint64(offset) / 16;
        for (int i = 0; i < 8; ++i)
            iv[8 + i] = static_cast<unsigned char>(block >> (56 - 8 * i));
        int n = 0;
        if (EVP_EncryptInit_ex2(enc, aesCtr(), tempKey, iv, nullptr) != 1)
            return false;
        if (const int skip = int(quint64(offset) % 16)) {
            unsigned char junk[16] = {};
            if (EVP_EncryptUpdate(enc, junk, &n, junk, skip) != 1)
                return false;
        }
        return EVP_EncryptUpdate(enc, buf, &n, buf, len) == 1;
    }
};

} // namespace Models::PageVfs::Codecs
