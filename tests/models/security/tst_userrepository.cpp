// Login: correct, wrong, lockout, unlock after the lockout time, password change, password rules.
#include "securitytestutil.h"

#include "auditrepository.h"
#include "dbaccess.h"
#include "passwordhash.h"
#include "userrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

class TstUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bundledPolicyIsValid();
    void firstRunCreatesTheAdministratorOnce();
    void correctAndWrongPassword();
    void lockoutAndUnlockAfterTheLockTime();
    void passwordChange();
    void passwordRules_data();
    void passwordRules();
    void disabledUserCannotLogIn();
    void hashesAreSaltedAndUpgraded();
    void commercialSuiteHashes();
    void screenUnlockNeedsThePassword();
    void bundledKdfTakesAFractionOfASecond();

private:
    QStringList actions() const;
    QString m_conn = QStringLiteral("users");
    QDateTime m_now;
};

void TstUserRepository::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    m_now = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    UserRepository users(m_conn, fastPolicy());
    QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                           QStringLiteral("first-pass-1")));
}

void TstUserRepository::cleanup()
{
    closeDatabase(m_conn);
}

QStringList TstUserRepository::actions() const
{
    QStringList out;
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'user' ORDER BY seq"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TstUserRepository::bundledPolicyIsValid()
{
    const SecurityPolicy &p = SecurityPolicy::defaults();
    QCOMPARE(p.minPasswordLength, 8);
    QCOMPARE(p.maxFailures, 5);
    QCOMPARE(p.lockMinutes, 15);
    QCOMPARE(p.idleLockMinutes, 10);
    QVERIFY(p.sha256Iterations >= 100000);
    QCOMPARE(p.suite, Crypto::Suite::International);
    QVERIFY(!SecurityPolicy::fromJson(R"({"lockout":{"maxFailures":0}})").ok());
    QVERIFY(!SecurityPolicy::fromJson(R"({"kdf":{"pbkdf2Sha256Iterations":1000}})").ok());
    QVERIFY(!SecurityPolicy::fromJson(R"({"cryptoSuite":"rot13"})").ok());
}

void TstUserRepository::firstRunCreatesTheAdministratorOnce()
{
    UserRepository users(m_conn, fastPolicy());
    QCOMPARE(*users.hasUsers(), true);
    auto again =
        users.createFirstAdministrator(QStringLiteral("other"), {}, QStringLiteral("first-pass-1"));
    QVERIFY(!again);
    auto s = users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1"));
    QVERIFY2(s, why(s));
    QCOMPARE(s->role, QStringLiteral("administrator"));
    QVERIFY(s->allPermissions);
    QCOMPARE(s->userId, QStringLiteral("admin"));
}

void TstUserRepository::correctAndWrongPassword()
{
    UserRepository users(m_conn, fastPolicy());
    QVERIFY(users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1")));
    QVERIFY(
        users.login(QStringLiteral("ADMIN"), QStringLiteral("first-pass-1"))); // names ignore case
    auto wrong = users.login(QStringLiteral("admin"), QStringLiteral("first-pass-2"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("login.failed"));
    auto nobody = users.login(QStringLiteral("nobody"), QStringLiteral("first-pass-1"));
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().message, wrong.error().message); // no probing of user names
    QCOMPARE(actions(), (QStringList{QStringLiteral("create"), QStringLiteral("login"),
                                     QStringLiteral("login"), QStringLiteral("login.failed")}));
    // A success resets the failure count.
    QVERIFY(users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1")));
    QCOMPARE(users.findByUsername(Scope::administrator(), QStringLiteral("admin"))->failedCount, 0);
}

void TstUserRepository::lockoutAndUnlockAfterTheLockTime()
{
    UserRepository users(m_conn, fastPolicy());
    users.setClock([this] { return m_now; });
    for (int i = 1; i < 5; ++i) {
        auto r = users.login(QStringLiteral("admin"), QStringLiteral("bad"));
        QCOMPARE(r.error().code, QStringLiteral("login.failed"));
    }
    auto fifth = users.login(QStringLiteral("admin"), QStringLiteral("bad"));
    QCOMPARE(fifth.error().code, QStringLiteral("login.locked"));
    // Locked: even the right password is refused.
    auto locked = users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1"));
    QCOMPARE(locked.error().code, QStringLiteral("login.locked"));
    m_now = m_now.addSecs(14 * 60);
    QCOMPARE(users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1")).error().code,
             QStringLiteral("login.locked"));
    m_now = m_now.addSecs(61);
    auto after = users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1"));
    QVERIFY2(after, why(after));
    QVERIFY(actions().contains(QStringLiteral("login.locked")));
    // An administrator's reset also clears a lock.
    for (int i = 0; i < 5; ++i)
        (void)users.login(QStringLiteral("admin"), QStringLiteral("bad"));
    QVERIFY(users.setPassword(*after, QStringLiteral("admin"), QStringLiteral("reset-pass-9")));
    QVERIFY(users.login(QStringLiteral("admin"), QStringLiteral("reset-pass-9")));
}

void TstUserRepository::passwordChange()
{
    UserRepository users(m_conn, fastPolicy());
    auto wrongOld = users.changePassword(QStringLiteral("admin"), QStringLiteral("nope"),
                                         QStringLiteral("second-pass-2"));
    QVERIFY(!wrongOld);
    auto weak = users.changePassword(QStringLiteral("admin"), QStringLiteral("first-pass-1"),
                                     QStringLiteral("short1"));
    QCOMPARE(weak.error().code, QStringLiteral("password.short"));
    auto same = users.changePassword(QStringLiteral("admin"), QStringLiteral("first-pass-1"),
                                     QStringLiteral("first-pass-1"));
    QCOMPARE(same.error().code, QStringLiteral("password.same"));
    QVERIFY(users.changePassword(QStringLiteral("admin"), QStringLiteral("first-pass-1"),
                                 QStringLiteral("second-pass-2")));
    QVERIFY(!users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1")));
    QVERIFY(users.login(QStringLiteral("admin"), QStringLiteral("second-pass-2")));
    QVERIFY(actions().contains(QStringLiteral("password.change")));
    // The audit never carries a password or its hash.
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE coalesce(before_json,'') || coalesce(after_json,'')"
        " GLOB '*pbkdf2*' OR coalesce(after_json,'') GLOB '*pass*'"));
    q.next();
    QCOMPARE(q.value(0).toInt(), 0);
}

void TstUserRepository::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << QStringLiteral("good-pass-1") << QString();
    QTest::newRow("short") << QStringLiteral("ab1") << QStringLiteral("password.short");
    QTest::newRow("no digit") << QStringLiteral("abcdefghij") << QStringLiteral("password.digit");
    QTest::newRow("no letter") << QStringLiteral("1234567890") << QStringLiteral("password.letter");
    QTest::newRow("has user name")
        << QStringLiteral("xwangwu123") << QStringLiteral("password.username");
    QTest::newRow("chinese letters count") << QStringLiteral("家庭医生12345") << QString();
}

void TstUserRepository::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, code);
    UserRepository users(m_conn, fastPolicy());
    User u;
    u.username = QStringLiteral("wangwu");
    u.role = QStringLiteral("nurse");
    auto r = users.create(Scope::administrator(), u, password);
    if (code.isEmpty()) {
        QVERIFY2(r, why(r));
    } else {
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, QStringLiteral("password"));
    }
}

void TstUserRepository::disabledUserCannotLogIn()
{
    UserRepository users(m_conn, fastPolicy());
    User u;
    u.username = QStringLiteral("nurse1");
    u.role = QStringLiteral("nurse");
    auto made = users.create(Scope::administrator(), u, QStringLiteral("nurse-pass-1"));
    QVERIFY(made);
    User off = *made;
    off.disabled = true;
    QVERIFY(users.update(Scope::administrator(), off));
    QCOMPARE(users.login(QStringLiteral("nurse1"), QStringLiteral("nurse-pass-1")).error().code,
             QStringLiteral("login.disabled"));
    // The administrator cannot lock themselves out.
    auto admin = users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1"));
    User self = *users.findByUsername(*admin, QStringLiteral("admin"));
    self.role = QStringLiteral("nurse");
    QCOMPARE(users.update(*admin, self).error().code, QStringLiteral("user.self"));
}

void TstUserRepository::hashesAreSaltedAndUpgraded()
{
    const QString a =
        PasswordHash::make(QStringLiteral("same-pass-1"), Crypto::Suite::International, 1000);
    const QString b =
        PasswordHash::make(QStringLiteral("same-pass-1"), Crypto::Suite::International, 1000);
    QVERIFY(a != b); // per-user salt
    QVERIFY(a.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    QVERIFY(PasswordHash::verify(QStringLiteral("same-pass-1"), a));
    QVERIFY(!PasswordHash::verify(QStringLiteral("same-pass-2"), a));
    QVERIFY(PasswordHash::needsRehash(a, Crypto::Suite::International, 2000));
    // A login under a stronger policy rehashes the stored password.
    SecurityPolicy stronger = fastPolicy();
    stronger.sha256Iterations = 2000;
    QVERIFY(UserRepository(m_conn, stronger)
                .login(QStringLiteral("admin"), QStringLiteral("first-pass-1")));
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT password_hash FROM app_user WHERE username = 'admin'"));
    q.next();
    QVERIFY(q.value(0).toString().startsWith(QLatin1String("pbkdf2-sha256$2000$")));
}

void TstUserRepository::commercialSuiteHashes()
{
    UserRepository sm(m_conn, fastPolicy(Crypto::Suite::Commercial));
    User u;
    u.username = QStringLiteral("smuser");
    u.role = QStringLiteral("family_doctor");
    QVERIFY(sm.create(Scope::administrator(), u, QStringLiteral("sm-pass-123")));
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT password_hash FROM app_user WHERE username = 'smuser'"));
    q.next();
    QVERIFY(q.value(0).toString().startsWith(QLatin1String("pbkdf2-sm3$")));
    QVERIFY(sm.login(QStringLiteral("smuser"), QStringLiteral("sm-pass-123")));
    QVERIFY(!sm.login(QStringLiteral("smuser"), QStringLiteral("sm-pass-124")));
    // SM3 test vector (GB/T 32905-2016, "abc").
    QCOMPARE(Crypto::digest(Crypto::Suite::Commercial, "abc").toHex(),
             QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
}

void TstUserRepository::screenUnlockNeedsThePassword()
{
    UserRepository users(m_conn, fastPolicy());
    auto s = users.login(QStringLiteral("admin"), QStringLiteral("first-pass-1"));
    QVERIFY(!users.unlock(*s, QStringLiteral("wrong-pass-1")));
    auto again = users.unlock(*s, QStringLiteral("first-pass-1"));
    QVERIFY(again);
    QCOMPARE(again->userId, s->userId);
}

void TstUserRepository::bundledKdfTakesAFractionOfASecond()
{
    // Not a timing assertion (benchmarks do that): the bundled count is in a sane range.
    const SecurityPolicy &p = SecurityPolicy::defaults();
    QVERIFY(p.sha256Iterations >= 200000 && p.sha256Iterations <= 2000000);
    QVERIFY(p.sm3Iterations >= 50000 && p.sm3Iterations <= 1000000);
}

QTEST_GUILESS_MAIN(TstUserRepository)
#include "tst_userrepository.moc"
