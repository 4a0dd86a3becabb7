// jiayi-cli and the encrypted database, end to end as real processes: init --encrypt, unlock
// options, wrong password, recovery key, encrypt (conversion) with the plain copy kept, backups,
// and a flipped byte reported by check. The bytes of the files are searched for known names and
// ID numbers after every process has exited.
#include "clitestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCliEncrypt : public QObject
{
    Q_OBJECT

private slots:
    void initEncryptedNeedsUnlock();
    void recoveryKeyOpensAndResetsThePassword();
    void plainDatabaseIsConvertedAndBackedUp();
    void flippedByteIsReportedByCheck();

private:
    int run(const QStringList &args, QByteArray *out = nullptr);
    QString file(const QString &name, const QByteArray &content = {});
    QStringList secretsOf(const QString &db, const QStringList &unlock);
    static QStringList leaks(const QString &path, const QStringList &secrets);
    QTemporaryDir m_dir;
    QString m_recoveryKey;
};

int TstCliEncrypt::run(const QStringList &args, QByteArray *out)
{
    return CliTest::run(args, out);
}

QString TstCliEncrypt::file(const QString &name, const QByteArray &content)
{
    return CliTest::file(m_dir, name, content);
}

// Names and ID numbers of residents found with 王 (read through the CLI itself).
QStringList TstCliEncrypt::secretsOf(const QString &db, const QStringList &unlock)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"),
            QStringList{QStringLiteral("find"), QStringLiteral("--db"), db,
                        QStringLiteral("--json"), QStringLiteral("王")} +
                unlock);
    p.waitForFinished(60000);
    QStringList secrets;
    for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array())
        secrets << v.toObject().value(QLatin1String("name")).toString()
                << v.toObject().value(QLatin1String("id_number")).toString();
    return secrets;
}

QStringList TstCliEncrypt::leaks(const QString &path, const QStringList &secrets)
{
    QFile f(path);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    QStringList found;
    for (const QString &s : secrets)
        if (!s.isEmpty() && bytes.contains(s.toUtf8()))
            found << s;
    return found;
}

void TstCliEncrypt::initEncryptedNeedsUnlock()
{
    const QString db = m_dir.filePath(QStringLiteral("e.db"));
    const QString pw = file(QStringLiteral("admin.pw"), "Secret-pass-1\n");
    QByteArray out;
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--encrypt"),
                  QStringLiteral("--admin"), QStringLiteral("admin"),
                  QStringLiteral("--password-file"), pw, QStringLiteral("--json")},
                 &out),
             0);
    m_recoveryKey =
        QJsonDocument::fromJson(out).object().value(QLatin1String("recovery_key")).toString();
    QCOMPARE(m_recoveryKey.size(), 47);
    QVERIFY(QFile::exists(db + QStringLiteral(".jykey")));
    const QStringList unlock{QStringLiteral("--unlock-user"), QStringLiteral("admin"),
                             QStringLiteral("--unlock-password-file"), pw};
    QCOMPARE(run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                             QStringLiteral("--residents"), QStringLiteral("300")} +
                     unlock,
                 &out),
             0);
    // Without unlocking: refused with the way to do it; a wrong password: refused.
    QCOMPARE(run({QStringLiteral("find"), QStringLiteral("--db"), db, QStringLiteral("王")}, &out),
             1);
    QVERIFY2(out.contains("--unlock-user"), out.constData());
    QCOMPARE(run({QStringLiteral("find"), QStringLiteral("--db"), db, QStringLiteral("王"),
                  QStringLiteral("--unlock-user"), QStringLiteral("admin"),
                  QStringLiteral("--unlock-password-file"),
                  file(QStringLiteral("bad.pw"), "Wrong-pass-9\n")},
                 &out),
             1);
    const QStringList secrets = secretsOf(db, unlock);
    QVERIFY(secrets.size() >= 10);
    QCOMPARE(leaks(db, secrets), QStringList());
    QCOMPARE(leaks(db + QStringLiteral("-wal"), secrets), QStringList());
    QCOMPARE(run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + unlock, &out),
             0);
}

void TstCliEncrypt::recoveryKeyOpensAndResetsThePassword()
{
    const QString db = m_dir.filePath(QStringLiteral("e.db"));
    QVERIFY(!m_recoveryKey.isEmpty());
    const QString key = file(QStringLiteral("recovery.txt"), m_recoveryKey.toUtf8() + '\n');
    QByteArray out;
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), db,
                  QStringLiteral("--unlock-recovery-key-file"),
                  file(QStringLiteral("badkey.txt"), "AAAAA-BBBBB\n")},
                 &out),
             1);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), db,
                  QStringLiteral("--unlock-recovery-key-file"), key},
                 &out),
             0);
    // The administrator forgot the password: the recovery key resets it.
    const QString fresh = file(QStringLiteral("fresh.pw"), "Fresh-pass-2\n");
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), db,
                  QStringLiteral("--username"), QStringLiteral("admin"),
                  QStringLiteral("--password-file"), fresh,
                  QStringLiteral("--unlock-recovery-key-file"), key},
                 &out),
             0);
    QCOMPARE(
        run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--unlock-user"),
             QStringLiteral("admin"), QStringLiteral("--unlock-password-file"), fresh},
            &out),
        0);
}

void TstCliEncrypt::plainDatabaseIsConvertedAndBackedUp()
{
    const QString db = m_dir.filePath(QStringLiteral("p.db"));
    const QString pw = file(QStringLiteral("demo.pw"), "demo1234\n");
    QByteArray out;
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--residents"),
                  QStringLiteral("300")},
                 &out),
             0);
    const QStringList secrets = secretsOf(db, {});
    QVERIFY(secrets.size() >= 10);
    QCOMPARE(leaks(db, secrets).size(), secrets.size()); // control: plain bytes are readable
    // Only an administrator converts.
    QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("--db"), db, QStringLiteral("--login"),
                  QStringLiteral("yisheng"), QStringLiteral("--login-password-file"), pw},
                 &out),
             1);
    QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("--db"), db, QStringLiteral("--login"),
                  QStringLiteral("admin"), QStringLiteral("--login-password-file"), pw,
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    const QString kept = result.value(QLatin1String("kept_plain")).toString();
    QVERIFY2(QFile::exists(kept), out.constData());
    QCOMPARE(leaks(db, secrets), QStringList());
    QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("status"), QStringLiteral("--db"), db,
                  QStringLiteral("--json")},
                 &out),
             0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QLatin1String("encrypted")).toBool());
    const QStringList unlock{QStringLiteral("--unlock-user"), QStringLiteral("admin"),
                             QStringLiteral("--unlock-password-file"), pw};
    QCOMPARE(secretsOf(db, unlock), secrets);
    // An online backup of the encrypted database, verified; no name in it.
    const QString backup = m_dir.filePath(QStringLiteral("p.jybak"));
    const QString bpw = file(QStringLiteral("backup.pw"), "backup-pass-1\n");
    QCOMPARE(
        run(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db,
                        QStringLiteral("--to"), backup, QStringLiteral("--password-file"), bpw} +
                unlock,
            &out),
        0);
    QCOMPARE(leaks(backup, secrets), QStringList());
    QCOMPARE(run({QStringLiteral("verify"), backup, QStringLiteral("--password-file"), bpw}, &out),
             0);
    QCOMPARE(leaks(db, secrets), QStringList());
    QCOMPARE(leaks(db + QStringLiteral("-wal"), secrets), QStringList());
}

void TstCliEncrypt::flippedByteIsReportedByCheck()
{
    const QString db = m_dir.filePath(QStringLiteral("e.db"));
    const QStringList unlock{QStringLiteral("--unlock-user"), QStringLiteral("admin"),
                             QStringLiteral("--unlock-password-file"),
                             m_dir.filePath(QStringLiteral("fresh.pw"))};
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4096 * 20);
        f.seek(4096 * 9 + 77); // page 10
        char c;
        f.getChar(&c);
        f.seek(4096 * 9 + 77);
        f.putChar(char(c ^ 0x10));
    }
    QByteArray out;
    QCOMPARE(run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + unlock, &out),
             1);
    QVERIFY2(out.contains("page 10"), out.constData());
}

QTEST_GUILESS_MAIN(TstCliEncrypt)
#include "tst_cli_encrypt.moc"
