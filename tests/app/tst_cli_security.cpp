// jiayi-cli security commands end to end: exit codes and messages.
#include "backupschedule.h"
#include "database.h"

#include "clitestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCliSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstUserThenLoginRequired();
    void backupVerifyRestore();
    void deidentifiedExport();
    void scheduledBackup();

private:
    int run(const QStringList &args, QByteArray *out = nullptr);
    QString file(const QString &name, const QByteArray &content = {});
    QTemporaryDir m_dir;
    QString m_db;
};

int TstCliSecurity::run(const QStringList &args, QByteArray *out)
{
    return CliTest::run(args, out);
}

QString TstCliSecurity::file(const QString &name, const QByteArray &content)
{
    return CliTest::file(m_dir, name, content);
}

void TstCliSecurity::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    QByteArray out;
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--residents"), QStringLiteral("300")},
                 &out),
             0);
    QVERIFY2(out.contains("demo1234"), out.constData()); // the demo prints its accounts' password
    file(QStringLiteral("demo.pw"), "demo1234\n");
}

void TstCliSecurity::firstUserThenLoginRequired()
{
    const QString db = m_dir.filePath(QStringLiteral("users.db"));
    const QString pw = file(QStringLiteral("first.pw"), "first-pass-1\n");
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}), 0);
    QByteArray out;
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                  QStringLiteral("--username"), QStringLiteral("nurse1"), QStringLiteral("--role"),
                  QStringLiteral("nurse"), QStringLiteral("--password-file"), pw},
                 &out),
             2);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                  QStringLiteral("--username"), QStringLiteral("boss"),
                  QStringLiteral("--password-file"), pw}),
             0);
    // Now a login is needed.
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db}), 2);
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db,
             QStringLiteral("--login"), QStringLiteral("boss"),
             QStringLiteral("--login-password-file"), file(QStringLiteral("bad.pw"), "nope\n")}),
        1);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db,
                  QStringLiteral("--login"), QStringLiteral("boss"),
                  QStringLiteral("--login-password-file"), pw, QStringLiteral("--json")},
                 &out),
             0);
    QVERIFY(out.contains("\"boss\""));
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), db,
             QStringLiteral("--username"), QStringLiteral("boss"),
             QStringLiteral("--password-file"), file(QStringLiteral("new.pw"), "second-pass-2\n"),
             QStringLiteral("--old-password-file"), pw}),
        0);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}),
             0);
}

void TstCliSecurity::backupVerifyRestore()
{
    const QString pw = file(QStringLiteral("backup.pw"), "backup-pass-1\n");
    const QString bak = m_dir.filePath(QStringLiteral("x.jybak"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"),
                  bak, QStringLiteral("--password-file"), pw}),
             0);
    QCOMPARE(run({QStringLiteral("verify"), bak, QStringLiteral("--password-file"), pw}), 0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("--file"), bak,
                  QStringLiteral("--password-file"),
                  file(QStringLiteral("wrong.pw"), "backup-pass-2\n")}),
             1);
    QByteArray out;
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--db"),
                  m_dir.filePath(QStringLiteral("restored.db")), QStringLiteral("--from"), bak,
                  QStringLiteral("--password-file"), pw, QStringLiteral("--json")},
                 &out),
             0);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"),
                  m_dir.filePath(QStringLiteral("restored.db"))}),
             0);
}

void TstCliSecurity::deidentifiedExport()
{
    const QString csv = m_dir.filePath(QStringLiteral("d.csv"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--to"), csv}),
        2); // --deidentify required
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--deidentify"), QStringLiteral("--db"), m_db,
             QStringLiteral("--to"), csv, QStringLiteral("--login"), QStringLiteral("yisheng"),
             QStringLiteral("--login-password-file"), m_dir.filePath(QStringLiteral("demo.pw"))}),
        1);
    QByteArray out;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--deidentify"), QStringLiteral("--db"),
                  m_db, QStringLiteral("--to"), csv, QStringLiteral("--birth"),
                  QStringLiteral("band"), QStringLiteral("--login"), QStringLiteral("gongwei"),
                  QStringLiteral("--login-password-file"),
                  m_dir.filePath(QStringLiteral("demo.pw")), QStringLiteral("--json")},
                 &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("rows")).toInt(), 300);
}

// `backup --scheduled` follows the schedule set in the app (here through the repository):
// not set → error; due → backup, verified, JSON; not due → nothing; --force; pruning beyond keep.
void TstCliSecurity::scheduledBackup()
{
    QByteArray out;
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("--scheduled"), QStringLiteral("--db"), m_db},
            &out),
        1);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("没有设置自动备份计划")),
             out.constData());
    const QString folder = m_dir.filePath(QStringLiteral("auto"));
    {
        QVERIFY(Models::openDatabase(QStringLiteral("sched"), m_db).ok());
        Models::BackupSchedule s;
        s.mode = Models::BackupSchedule::Mode::Daily;
        s.dailyAt = QTime(0, 0);
        s.keep = 2;
        s.folder = folder;
        auto r =
            Models::BackupScheduler(QStringLiteral("sched"))
                .save(Models::Scope::administrator(), s, QStringLiteral("backup-pass-1"), {}, 1000);
        Models::closeDatabase(QStringLiteral("sched"));
        QVERIFY(r);
    }
    auto runScheduled = [&](bool force) {
        QStringList args{QStringLiteral("backup"), QStringLiteral("--scheduled"),
                         QStringLiteral("--db"), m_db};
        if (force)
            args << QStringLiteral("--force");
        out.clear();
        const int code = run(args, &out);
        return code == 0 ? QJsonDocument::fromJson(out).object()
                         : QJsonObject{{QStringLiteral("exit"), code}};
    };
    QJsonObject first = runScheduled(false);
    QVERIFY2(first.value(QStringLiteral("due")).toBool(), out.constData());
    QVERIFY(first.value(QStringLiteral("verified")).toBool());
    const QString firstFile =
        first.value(QStringLiteral("backup")).toObject().value(QStringLiteral("file")).toString();
    QVERIFY(QFile::exists(firstFile));
    QJsonObject second = runScheduled(false);
    QVERIFY2(second.contains(QStringLiteral("due")) &&
                 !second.value(QStringLiteral("due")).toBool(),
             out.constData());
    QVERIFY(!second.value(QStringLiteral("next_due")).toString().isEmpty());
    QVERIFY(runScheduled(true).value(QStringLiteral("due")).toBool());
    QJsonObject fourth = runScheduled(true);
    QCOMPARE(fourth.value(QStringLiteral("pruned")).toArray().size(), 1);
    QCOMPARE(fourth.value(QStringLiteral("pruned")).toArray().at(0).toString(), firstFile);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.jybak")}).size(), 2);
    const QString newest =
        fourth.value(QStringLiteral("backup")).toObject().value(QStringLiteral("file")).toString();
    QCOMPARE(run({QStringLiteral("verify"), newest, QStringLiteral("--password-file"),
                  file(QStringLiteral("backup.pw"), "backup-pass-1\n")}),
             0);
}

QTEST_GUILESS_MAIN(TstCliSecurity)
#include "tst_cli_security.moc"
