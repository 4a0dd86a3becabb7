// Signature: a signed record verifies; a byte changed in the stored record fails verification;
// the key follows a password change; a wrong password does not sign.
#include "securitytestutil.h"

#include "dbaccess.h"
#include "recordsigner.h"
#include "userrepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

class TstRecordSigner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyMadeAtFirstLogin();
    void signedRecordVerifies();
    void changedRecordFailsVerification_data();
    void changedRecordFailsVerification();
    void wrongPasswordDoesNotSign();
    void keyFollowsPasswordChange();
    void onlyRealRecordsCanBeSigned();

private:
    QString m_conn = QStringLiteral("sign");
    Scope m_doctor;
    QString m_residentId;
};

void TstRecordSigner::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
    UserRepository users(m_conn, fastPolicy());
    QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), {}, QStringLiteral("first-pass-1")));
    User u;
    u.username = QStringLiteral("wangys");
    u.displayName = QStringLiteral("王医生");
    u.role = QStringLiteral("family_doctor");
    QVERIFY(users.create(Scope::administrator(), u, QStringLiteral("doctor-pass-1")));
    auto s = users.login(QStringLiteral("wangys"), QStringLiteral("doctor-pass-1"));
    QVERIFY2(s, why(s));
    m_doctor = *s;
    auto r = ResidentRepository(m_conn).create(m_doctor, person(QStringLiteral("张签名"), 3, VillageA));
    QVERIFY2(r, why(r));
    m_residentId = r->id;
}

void TstRecordSigner::cleanup()
{
    closeDatabase(m_conn);
}

void TstRecordSigner::keyMadeAtFirstLogin()
{
    auto u = UserRepository(m_conn, fastPolicy()).findByUsername(m_doctor, QStringLiteral("wangys"));
    QVERIFY(u->hasSigningKey);
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT sign_private_key, sign_algorithm FROM app_user WHERE username = 'wangys'"));
    q.next();
    QCOMPARE(q.value(1).toString(), QStringLiteral("Ed25519"));
    QVERIFY(q.value(0).toString().contains(QLatin1String("sealed"))); // never stored in clear
    QVERIFY(!UserRepository(m_conn, fastPolicy()).findByUsername(Scope::administrator(), QStringLiteral("admin"))->hasSigningKey);
}

void TstRecordSigner::signedRecordVerifies()
{
    RecordSigner signer(m_conn, 1000);
    auto before = signer.verify(m_doctor, QStringLiteral("resident"), m_residentId);
    QVERIFY(before && !before->isSigned);
    auto s = signer.sign(m_doctor, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-1"));
    QVERIFY2(s, why(s));
    QVERIFY(s->ok());
    QCOMPARE(s->signerId, QStringLiteral("wangys"));
    QCOMPARE(s->signerName, QStringLiteral("王医生"));
    auto v = signer.verify(m_doctor, QStringLiteral("resident"), m_residentId);
    QVERIFY(v->ok());
    // Sync bookkeeping does not break a signature.
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(QStringLiteral("UPDATE resident SET dirty = 0, server_version = '7'")));
    QVERIFY(signer.verify(m_doctor, QStringLiteral("resident"), m_residentId)->ok());
}

void TstRecordSigner::changedRecordFailsVerification_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("signatureValid");
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("one byte of the phone") << "UPDATE resident SET phone = substr(phone, 1, 10) || '9'" << true << false;
    QTest::newRow("the name") << "UPDATE resident SET name = '张签明'" << true << false;
    QTest::newRow("the stored digest") << "UPDATE record_signature SET content_hash = '00' || substr(content_hash, 3)" << false << false;
    QTest::newRow("the signature") << "UPDATE record_signature SET signature = '00' || substr(signature, 3)" << false << true;
}

void TstRecordSigner::changedRecordFailsVerification()
{
    QFETCH(QString, sql);
    QFETCH(bool, signatureValid);
    QFETCH(bool, unchanged);
    RecordSigner signer(m_conn, 1000);
    QVERIFY(signer.sign(m_doctor, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-1")));
    QSqlQuery q(db(m_conn));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    auto v = signer.verify(m_doctor, QStringLiteral("resident"), m_residentId);
    QVERIFY(v);
    QVERIFY(!v->ok());
    QCOMPARE(v->signatureValid, signatureValid);
    QCOMPARE(v->unchanged, unchanged);
    // A new signature on the edited record verifies again (the old row is kept).
    if (signatureValid) {
        QVERIFY(signer.sign(m_doctor, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-1"))->ok());
        q.exec(QStringLiteral("SELECT count(*) FROM record_signature"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 2);
    }
}

void TstRecordSigner::wrongPasswordDoesNotSign()
{
    RecordSigner signer(m_conn, 1000);
    auto s = signer.sign(m_doctor, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-2"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("sign.password"));
    Scope ph = m_doctor;
    ph.permissions = {QStringLiteral("record.read")};
    QCOMPARE(signer.sign(ph, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-1")).error().code,
             QStringLiteral("scope.forbidden"));
}

void TstRecordSigner::keyFollowsPasswordChange()
{
    UserRepository users(m_conn, fastPolicy());
    QVERIFY(users.changePassword(QStringLiteral("wangys"), QStringLiteral("doctor-pass-1"), QStringLiteral("doctor-pass-2")));
    RecordSigner signer(m_conn, 1000);
    QVERIFY(!signer.sign(m_doctor, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-1")));
    QVERIFY(signer.sign(m_doctor, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-2"))->ok());
    // An administrator's reset drops the key (it was sealed by a password nobody knows now);
    // old signatures stay checkable and a new key is made at the next login.
    QVERIFY(users.setPassword(Scope::administrator(), QStringLiteral("wangys"), QStringLiteral("doctor-pass-3")));
    QVERIFY(signer.verify(m_doctor, QStringLiteral("resident"), m_residentId)->ok());
    QVERIFY(!users.findByUsername(Scope::administrator(), QStringLiteral("wangys"))->hasSigningKey);
    QVERIFY(users.login(QStringLiteral("wangys"), QStringLiteral("doctor-pass-3")));
    QVERIFY(users.findByUsername(Scope::administrator(), QStringLiteral("wangys"))->hasSigningKey);
}

void TstRecordSigner::onlyRealRecordsCanBeSigned()
{
    RecordSigner signer(m_conn, 1000);
    for (const QString &entity : {QStringLiteral("no_such_table"), QStringLiteral("resident; DROP TABLE x"),
                                  QStringLiteral("app_user"), QStringLiteral("audit_log")})
        QCOMPARE(signer.sign(m_doctor, entity, m_residentId, QStringLiteral("doctor-pass-1")).error().code,
                 QStringLiteral("sign.entity"));
    QCOMPARE(signer.sign(m_doctor, QStringLiteral("resident"), QStringLiteral("nope"), QStringLiteral("doctor-pass-1")).error().code,
             QStringLiteral("sign.notfound"));
}

QTEST_GUILESS_MAIN(TstRecordSigner)
#include "tst_recordsigner.moc"
