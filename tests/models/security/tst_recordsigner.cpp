// Signature: a signed record verifies; a byte changed in the stored record fails verification;
// the key follows a password change; a wrong password does not sign. Every test runs twice: with
// the international suite (Ed25519, SHA-256) and the 商用密码 suite (SM2 with SM3).
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
public:
    explicit TstRecordSigner(Crypto::Suite suite) : m_suite(suite) {}

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
    void keyOfTheOtherSuiteIsReplacedAtLogin();

private:
    RecordSigner signer() const { return RecordSigner(m_conn, fastPolicy(m_suite)); }
    Crypto::Suite m_suite;
    QString m_conn = QStringLiteral("sign");
    Scope m_doctor;
    QString m_residentId;
};

void TstRecordSigner::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
    UserRepository users(m_conn, fastPolicy(m_suite));
    QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), {},
                                           QStringLiteral("first-pass-1")));
    User u;
    u.username = QStringLiteral("wangys");
    u.displayName = QStringLiteral("王医生");
    u.role = QStringLiteral("family_doctor");
    QVERIFY(users.create(Scope::administrator(), u, QStringLiteral("doctor-pass-1")));
    auto s = users.login(QStringLiteral("wangys"), QStringLiteral("doctor-pass-1"));
    QVERIFY2(s, why(s));
    m_doctor = *s;
    auto r =
        ResidentRepository(m_conn).create(m_doctor, person(QStringLiteral("张签名"), 3, VillageA));
    QVERIFY2(r, why(r));
    m_residentId = r->id;
}

void TstRecordSigner::cleanup()
{
    closeDatabase(m_conn);
}

void TstRecordSigner::keyMadeAtFirstLogin()
{
    auto u = UserRepository(m_conn, fastPolicy(m_suite))
                 .findByUsername(m_doctor, QStringLiteral("wangys"));
    QVERIFY(u->hasSigningKey);
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral(
        "SELECT sign_private_key, sign_algorithm FROM app_user WHERE username = 'wangys'"));
    q.next();
    QCOMPARE(q.value(1).toString(), RecordSigner::algorithmFor(m_suite));
    QVERIFY(q.value(0).toString().contains(QLatin1String("sealed"))); // never stored in clear
    QVERIFY(!UserRepository(m_conn, fastPolicy(m_suite))
                 .findByUsername(Scope::administrator(), QStringLiteral("admin"))
                 ->hasSigningKey);
}

void TstRecordSigner::signedRecordVerifies()
{
    RecordSigner signer = this->signer();
    auto before = signer.verify(m_doctor, QStringLiteral("resident"), m_residentId);
    QVERIFY(before && !before->isSigned);
    auto s = signer.sign(m_doctor, QStringLiteral("resident"), m_residentId,
                         QStringLiteral("doctor-pass-1"));
    QVERIFY2(s, why(s));
    QVERIFY(s->ok());
    QCOMPARE(s->signerId, QStringLiteral("wangys"));
    QCOMPARE(s->signerName, QStringLiteral("王医生"));
    QCOMPARE(s->algorithm, RecordSigner::algorithmFor(m_suite));
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
    QTest::newRow("one byte of the phone")
        << "UPDATE resident SET phone = substr(phone, 1, 10) || '9'" << true << false;
    QTest::newRow("the name") << "UPDATE resident SET name = '张签明'" << true << false;
    QTest::newRow("the stored digest")
        << "UPDATE record_signature SET content_hash = '00' || substr(content_hash, 3)" << false
        << false;
    QTest::newRow("the signature")
        << "UPDATE record_signature SET signature = '00' || substr(signature, 3)" << false << true;
}

void TstRecordSigner::changedRecordFailsVerification()
{
    QFETCH(QString, sql);
    QFETCH(bool, signatureValid);
    QFETCH(bool, unchanged);
    RecordSigner signer = this->signer();
    QVERIFY(signer.sign(m_doctor, QStringLiteral("resident"), m_residentId,
                        QStringLiteral("doctor-pass-1")));
    QSqlQuery q(db(m_conn));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    auto v = signer.verify(m_doctor, QStringLiteral("resident"), m_residentId);
    QVERIFY(v);
    QVERIFY(!v->ok());
    QCOMPARE(v->signatureValid, signatureValid);
    QCOMPARE(v->unchanged, unchanged);
    // A new signature on the edited record verifies again (the old row is kept).
    if (signatureValid) {
        QVERIFY(signer
                    .sign(m_doctor, QStringLiteral("resident"), m_residentId,
                          QStringLiteral("doctor-pass-1"))
                    ->ok());
        q.exec(QStringLiteral("SELECT count(*) FROM record_signature"));
        q.next();
        QCOMPARE(q.value(0).toInt(), 2);
    }
}

void TstRecordSigner::wrongPasswordDoesNotSign()
{
    RecordSigner signer = this->signer();
    auto s = signer.sign(m_doctor, QStringLiteral("resident"), m_residentId,
                         QStringLiteral("doctor-pass-2"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("sign.password"));
    Scope ph = m_doctor;
    ph.permissions = {QStringLiteral("record.read")};
    QCOMPARE(
        signer.sign(ph, QStringLiteral("resident"), m_residentId, QStringLiteral("doctor-pass-1"))
            .error()
            .code,
        QStringLiteral("scope.forbidden"));
}

void TstRecordSigner::keyFollowsPasswordChange()
{
    UserRepository users(m_conn, fastPolicy(m_suite));
    QVERIFY(users.changePassword(QStringLiteral("wangys"), QStringLiteral("doctor-pass-1"),
                                 QStringLiteral("doctor-pass-2")));
    RecordSigner signer = this->signer();
    QVERIFY(!signer.sign(m_doctor, QStringLiteral("resident"), m_residentId,
                         QStringLiteral("doctor-pass-1")));
    QVERIFY(signer
                .sign(m_doctor, QStringLiteral("resident"), m_residentId,
                      QStringLiteral("doctor-pass-2"))
                ->ok());
    // An administrator's reset drops the key (it was sealed by a password nobody knows now);
    // old signatures stay checkable and a new key is made at the next login.
    QVERIFY(users.setPassword(Scope::administrator(), QStringLiteral("wangys"),
                              QStringLiteral("doctor-pass-3")));
    QVERIFY(signer.verify(m_doctor, QStringLiteral("resident"), m_residentId)->ok());
    QVERIFY(!users.findByUsername(Scope::administrator(), QStringLiteral("wangys"))->hasSigningKey);
    QVERIFY(users.login(QStringLiteral("wangys"), QStringLiteral("doctor-pass-3")));
    QVERIFY(users.findByUsername(Scope::administrator(), QStringLiteral("wangys"))->hasSigningKey);
}

void TstRecordSigner::onlyRealRecordsCanBeSigned()
{
    RecordSigner signer = this->signer();
    for (const QString &entity :
         {QStringLiteral("no_such_table"), QStringLiteral("resident; DROP TABLE x"),
          QStringLiteral("app_user"), QStringLiteral("audit_log")})
        QCOMPARE(signer.sign(m_doctor, entity, m_residentId, QStringLiteral("doctor-pass-1"))
                     .error()
                     .code,
                 QStringLiteral("sign.entity"));
    QCOMPARE(signer
                 .sign(m_doctor, QStringLiteral("resident"), QStringLiteral("nope"),
                       QStringLiteral("doctor-pass-1"))
                 .error()
                 .code,
             QStringLiteral("sign.notfound"));
}

// A deployment that switches suite: the user's next login replaces the key with one of the new
// algorithm; signatures made with the old key still verify.
void TstRecordSigner::keyOfTheOtherSuiteIsReplacedAtLogin()
{
    QVERIFY(signer()
                .sign(m_doctor, QStringLiteral("resident"), m_residentId,
                      QStringLiteral("doctor-pass-1"))
                ->ok());
    const Crypto::Suite other = m_suite == Crypto::Suite::International
                                    ? Crypto::Suite::Commercial
                                    : Crypto::Suite::International;
    QVERIFY(UserRepository(m_conn, fastPolicy(other))
                .login(QStringLiteral("wangys"), QStringLiteral("doctor-pass-1")));
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT sign_algorithm FROM app_user WHERE username = 'wangys'"));
    q.next();
    QCOMPARE(q.value(0).toString(), RecordSigner::algorithmFor(other));
    RecordSigner otherSigner(m_conn, fastPolicy(other));
    auto v = otherSigner.verify(m_doctor, QStringLiteral("resident"), m_residentId);
    QVERIFY(v->ok());
    QCOMPARE(v->algorithm, RecordSigner::algorithmFor(m_suite));
    auto s = otherSigner.sign(m_doctor, QStringLiteral("resident"), m_residentId,
                              QStringLiteral("doctor-pass-1"));
    QVERIFY2(s, why(s));
    QVERIFY(s->ok());
    QCOMPARE(s->algorithm, RecordSigner::algorithmFor(other));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TstRecordSigner international(Crypto::Suite::International);
    TstRecordSigner commercial(Crypto::Suite::Commercial);
    const int a = QTest::qExec(&international, argc, argv);
    const int b = QTest::qExec(&commercial, argc, argv);
    return a + b;
}
#include "tst_recordsigner.moc"
