// jiayi-cli resident deceased | moved | close | transfer-in | reopen, as a script would run them:
// a login is required once users exist, bad input exits non-zero with the field's message, the
// death ends the resident's contracts and takes them off the lists, only an administrator
// undoes it.
#include "clitestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using CliTest::run;

class TestCliLifecycle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db, m_password, m_resident;

    QStringList args(const QString &command, const QStringList &more,
                     const QString &user = QStringLiteral("yisheng")) const
    {
        return QStringList{QStringLiteral("resident"), command,   QStringLiteral("--db"), m_db,
                           QStringLiteral("--id"),     m_resident}
               << more
               << QStringList{QStringLiteral("--login"), user,
                              QStringLiteral("--login-password-file"), m_password};
    }
    QJsonObject residentJson()
    {
        QByteArray out;
        run({QStringLiteral("find"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("王")},
            &out);
        for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
            if (v.toObject().value(QStringLiteral("id")).toString() == m_resident)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("clinic.db"));
        m_password = CliTest::file(m_dir, QStringLiteral("pw"), "demo1234\n");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--residents"), QStringLiteral("300")}),
                 0);
        QByteArray out;
        QCOMPARE(run({QStringLiteral("find"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--json"), QStringLiteral("王")},
                     &out),
                 0);
        const QJsonArray found = QJsonDocument::fromJson(out).array();
        QVERIFY(!found.isEmpty());
        m_resident = found.first().toObject().value(QStringLiteral("id")).toString();
    }

    void badInputExitsNonZero()
    {
        QByteArray out;
        // No login while the database has users: a usage error.
        QCOMPARE(run({QStringLiteral("resident"), QStringLiteral("deceased"),
                      QStringLiteral("--db"), m_db, QStringLiteral("--id"), m_resident,
                      QStringLiteral("--reason"), QStringLiteral("x")},
                     &out),
                 2);
        QCOMPARE(run(args(QStringLiteral("deceased"),
                          {QStringLiteral("--date"), QStringLiteral("2026-13-01"),
                           QStringLiteral("--reason"), QStringLiteral("x")}),
                     &out),
                 2);
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("YYYY-MM-DD")));
        QCOMPARE(run(args(QStringLiteral("deceased"),
                          {QStringLiteral("--date"),
                           QDate::currentDate().addDays(1).toString(Qt::ISODate),
                           QStringLiteral("--reason"), QStringLiteral("x")}),
                     &out),
                 1);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("日期不能晚于今天")),
                 out.constData());
        QCOMPARE(run(args(QStringLiteral("moved"), {QStringLiteral("--json")}), &out), 1);
        const QJsonObject e = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(e.value(QStringLiteral("error")).toString(), QStringLiteral("请填写迁往何处"));
        QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("detail"));
        QCOMPARE(residentJson().value(QStringLiteral("life_status")).toString(), QString());
    }

    void deathThenUndoByTheAdministrator()
    {
        const QDate died = QDate::currentDate().addDays(-1);
        QByteArray out;
        QCOMPARE(run(args(QStringLiteral("deceased"),
                          {QStringLiteral("--date"), died.toString(Qt::ISODate),
                           QStringLiteral("--reason"), QStringLiteral("肺癌"),
                           QStringLiteral("--json")}),
                     &out),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("deceased"));
        QCOMPARE(o.value(QStringLiteral("life_status")).toString(), QStringLiteral("deceased"));
        QCOMPARE(o.value(QStringLiteral("date")).toString(), died.toString(Qt::ISODate));
        const QJsonObject r = residentJson();
        QCOMPARE(r.value(QStringLiteral("life_status")).toString(), QStringLiteral("deceased"));
        QCOMPARE(r.value(QStringLiteral("life_reason")).toString(), QStringLiteral("肺癌"));
        // Twice is refused; a doctor may not undo; the administrator may.
        QCOMPARE(run(args(QStringLiteral("deceased"),
                          {QStringLiteral("--reason"), QStringLiteral("肺癌")}),
                     &out),
                 1);
        QCOMPARE(run(args(QStringLiteral("reopen"),
                          {QStringLiteral("--reason"), QStringLiteral("误报")}),
                     &out),
                 1);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("恢复已关闭的档案")),
                 out.constData());
        QCOMPARE(
            run(args(QStringLiteral("reopen"), {QStringLiteral("--reason"), QStringLiteral("误报")},
                     QStringLiteral("admin")),
                &out),
            0);
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("在管")));
        QCOMPARE(residentJson().value(QStringLiteral("life_status")).toString(), QString());
        // Moved away, then back (transfer in).
        QCOMPARE(
            run(args(QStringLiteral("moved"), {QStringLiteral("--date"), died.toString(Qt::ISODate),
                                               QStringLiteral("--reason"), QStringLiteral("深圳")}),
                &out),
            0);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("已迁出")), out.constData());
        QCOMPARE(run(args(QStringLiteral("transfer-in"),
                          {QStringLiteral("--reason"), QStringLiteral("深圳市南山区")}),
                     &out),
                 0);
        QCOMPARE(residentJson().value(QStringLiteral("life_status")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_clilifecycle.moc"
