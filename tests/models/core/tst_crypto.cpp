// The two cipher suites: standard test vectors, sealing round trips, tamper detection.
#include "crypto.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void wrapKeyRoundTrip_data();
    void wrapKeyRoundTrip();
    void sm2Signature();
    void sm2InteroperatesWithOpenSslCli();
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

void TstCrypto::wrapKeyRoundTrip_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::newRow("RSA-OAEP-SHA256") << Crypto::Suite::International;
    QTest::newRow("SM2") << Crypto::Suite::Commercial;
}

void TstCrypto::wrapKeyRoundTrip()
{
    QFETCH(Crypto::Suite, suite);
    const Crypto::KeyPair kp = Crypto::generateWrapKeyPair(suite);
    QVERIFY(!kp.isNull());
    const QByteArray dataKey = Crypto::randomBytes(Crypto::SealKeyLength);
    const QByteArray wrapped = Crypto::publicEncrypt(kp.publicDer, dataKey);
    QVERIFY(!wrapped.isEmpty());
    QVERIFY(!wrapped.contains(dataKey));
    auto back = Crypto::privateDecrypt(kp.privateDer, wrapped);
    QVERIFY(back);
    QCOMPARE(*back, dataKey);
    QByteArray changed = wrapped;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 1);
    auto bad = Crypto::privateDecrypt(kp.privateDer, changed);
    QVERIFY(!bad || *bad != dataKey);
    QVERIFY(!Crypto::privateDecrypt(Crypto::generateWrapKeyPair(suite).privateDer, wrapped));
}

void TstCrypto::sm2Signature()
{
    const Crypto::KeyPair kp = Crypto::generateSm2KeyPair();
    QVERIFY(!kp.isNull());
    const QByteArray msg("jiayi-record-signature-v1\nencounter\n42\nabcdef");
    const QByteArray sig = Crypto::sm2Sign(kp.privateDer, msg);
    QVERIFY(!sig.isEmpty());
    QVERIFY(Crypto::sm2Verify(kp.publicDer, msg, sig));
    QByteArray msg2 = msg;
    msg2[5] = char(msg2.at(5) ^ 1);
    QVERIFY(!Crypto::sm2Verify(kp.publicDer, msg2, sig));
    QByteArray sig2 = sig;
    sig2[sig2.size() - 3] = char(sig2.at(sig2.size() - 3) ^ 1);
    QVERIFY(!Crypto::sm2Verify(kp.publicDer, msg, sig2));
    QVERIFY(!Crypto::sm2Verify(Crypto::generateSm2KeyPair().publicDer, msg, sig));
    // An RSA key is not an SM2 key.
    QVERIFY(
        Crypto::sm2Sign(Crypto::generateWrapKeyPair(Crypto::Suite::International).privateDer, msg)
            .isEmpty());
}

// The distinguishing identifier and the SM3 digest match what `openssl dgst -sm3` does with the
// default ID of GB/T 35276 (1234567812345678), both ways.
void TstCrypto::sm2InteroperatesWithOpenSslCli()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl command");
    QTemporaryDir dir;
    const Crypto::KeyPair kp = Crypto::generateSm2KeyPair();
    auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    const QByteArray msg("签名互通测试");
    QVERIFY(write(QStringLiteral("pub.der"), kp.publicDer));
    QVERIFY(write(QStringLiteral("key.der"), kp.privateDer));
    QVERIFY(write(QStringLiteral("msg"), msg));
    QVERIFY(write(QStringLiteral("ours.sig"), Crypto::sm2Sign(kp.privateDer, msg)));
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, args);
        p.waitForFinished(20000);
        return p.exitCode() == 0 && p.exitStatus() == QProcess::NormalExit;
    };
    const QString id = QStringLiteral("distid:1234567812345678");
    QVERIFY(run({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-keyform"),
                 QStringLiteral("DER"), QStringLiteral("-verify"), QStringLiteral("pub.der"),
                 QStringLiteral("-sigopt"), id, QStringLiteral("-signature"),
                 QStringLiteral("ours.sig"), QStringLiteral("msg")}));
    QVERIFY(run({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-keyform"),
                 QStringLiteral("DER"), QStringLiteral("-sign"), QStringLiteral("key.der"),
                 QStringLiteral("-sigopt"), id, QStringLiteral("-out"),
                 QStringLiteral("theirs.sig"), QStringLiteral("msg")}));
    QFile theirs(dir.filePath(QStringLiteral("theirs.sig")));
    QVERIFY(theirs.open(QIODevice::ReadOnly));
    QVERIFY(Crypto::sm2Verify(kp.publicDer, msg, theirs.readAll()));
    // With another identifier the signature does not verify: the ID is really part of it.
    QVERIFY(
        !run({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-keyform"),
              QStringLiteral("DER"), QStringLiteral("-verify"), QStringLiteral("pub.der"),
              QStringLiteral("-sigopt"), QStringLiteral("distid:1234567812345679"),
              QStringLiteral("-signature"), QStringLiteral("ours.sig"), QStringLiteral("msg")}));
}

QTEST_GUILESS_MAIN(TstCrypto)
#include "tst_crypto.moc"
