// The two cipher suites: standard test vectors, sealing round trips, tamper detection.
#include "crypto.h"

#include <QTest>

using namespace Models;

Q_DECLARE_METATYPE(Models::Crypto::Suite)

class TstCrypto : public QObject
{
    Q_OBJECT

private slots:
    void vectors();
    void sealRoundTrip_data();
    void sealRoundTrip();
    void streaming_data();
    void streaming();
};

void TstCrypto::vectors()
{
    QCOMPARE(Crypto::digest(Crypto::Suite::International, "abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Crypto::digest(Crypto::Suite::Commercial, "abc").toHex(),
             QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    // RFC 6070-style PBKDF2-HMAC-SHA256 vector ("password", "salt", 1 iteration).
    QCOMPARE(Crypto::pbkdf2(Crypto::Suite::International, "password", "salt", 1, 32).toHex(),
             QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    // SM4 (GB/T 32907-2016 appendix A): one block under CBC with a zero IV equals ECB.
    QByteArray key = QByteArray::fromHex("0123456789abcdeffedcba9876543210");
    key.append(QByteArray(Crypto::SealKeyLength - 16, '\0'));
    Crypto::Sealer e(Crypto::Suite::Commercial, key, QByteArray(16, '\0'), true, {});
    QByteArray out = e.update(QByteArray::fromHex("0123456789abcdeffedcba9876543210"));
    out += e.finishEncrypt();
    QCOMPARE(out.left(16).toHex(), QByteArray("681edf34d206965e86b3e94f536e4246"));
}

void TstCrypto::sealRoundTrip_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::newRow("AES-256-GCM") << Crypto::Suite::International;
    QTest::newRow("SM4-CBC+HMAC-SM3") << Crypto::Suite::Commercial;
}

void TstCrypto::sealRoundTrip()
{
    QFETCH(Crypto::Suite, suite);
    const QByteArray key = Crypto::randomBytes(Crypto::SealKeyLength);
    const QByteArray plain = "居民健康档案 secret";
    const QByteArray sealed = Crypto::seal(suite, key, plain, "aad");
    QVERIFY(!sealed.contains(plain));
    QCOMPARE(*Crypto::open(suite, key, sealed, "aad"), plain);
    QVERIFY(!Crypto::open(suite, key, sealed, "other aad"));
    QVERIFY(!Crypto::open(suite, Crypto::randomBytes(Crypto::SealKeyLength), sealed, "aad"));
    for (int i = 0; i < sealed.size(); i += 7) {
        QByteArray bad = sealed;
        bad[i] = char(bad[i] ^ 0x20);
        QVERIFY2(!Crypto::open(suite, key, bad, "aad"), qPrintable(QString::number(i)));
    }
    QVERIFY(Crypto::seal(suite, key, plain) != Crypto::seal(suite, key, plain)); // fresh IV
}

void TstCrypto::streaming_data()
{
    sealRoundTrip_data();
}

void TstCrypto::streaming()
{
    QFETCH(Crypto::Suite, suite);
    const QByteArray key = Crypto::randomBytes(Crypto::SealKeyLength);
    const QByteArray iv = Crypto::randomBytes(Crypto::ivLength(suite));
    QByteArray plain;
    for (int i = 0; i < 5000; ++i)
        plain += QByteArray::number(i);
    Crypto::Sealer e(suite, key, iv, true, "hdr");
    QByteArray c;
    for (int i = 0; i < plain.size(); i += 1000)
        c += e.update(plain.mid(i, 1000));
    c += e.finishEncrypt();
    const int tag = Crypto::tagLength(suite);
    Crypto::Sealer d(suite, key, iv, false, "hdr");
    QByteArray p = d.update(c.left(c.size() - tag));
    QByteArray last;
    QVERIFY(d.finishDecrypt(c.right(tag), &last));
    QCOMPARE(p + last, plain);
}

QTEST_GUILESS_MAIN(TstCrypto)
#include "tst_crypto.moc"
