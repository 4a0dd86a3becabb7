// jiayi-cli setup end to end: a new clinic from its setup file, then its resident list imports.
#include "clitestutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "idnumber.h"

namespace {
QString idFor(const QDate &birth, int seq)
{
    const QString body = QStringLiteral("430121") + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return body + Models::IdNumber::checkCharacter(body);
}
} // namespace

class TstCliSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newClinicThenImport();
    void badFileCreatesNothing();
    void checkOnly();

private:
    QString file(const QString &name, const QByteArray &content)
    {
        return CliTest::file(m_dir, name, content);
    }
    QByteArray setupJson(const QByteArray &extra = {}) const;
    QTemporaryDir m_dir;
};

QByteArray TstCliSetup::setupJson(const QByteArray &extra) const
{
    return R"({
  "clinic": {"name": "东湖卫生院", "code": "PDY4301211"},
  "townships": [{"code": "430121101", "name": "星沙街道", "villages": [
      {"code": "430121101201", "name": "东湖村"}, {"code": "430121101202", "name": "西园村"}]}],
  "administrator": {"username": "chief", "name": "张院长", "password_file": "chief.pw"},
  "teams": [{"name": "东湖团队", "villages": ["430121101201"],
      "members": [{"username": "wangfang", "name": "王芳", "role": "doctor", "password": "Doctor-2025a"}]}])" +
           extra + "\n}";
}

void TstCliSetup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    file(QStringLiteral("chief.pw"), "Dh-admin-77\n");
    file(QStringLiteral("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
}

void TstCliSetup::newClinicThenImport()
{
    const QString db = m_dir.filePath(QStringLiteral("clinic.db"));
    const QString json = file(
        QStringLiteral("clinic.json"),
        setupJson(
            R"(, "platform": {"url": "https://platform.test:8443", "token": "T0K3N", "ca": "ca.pem"})"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("setup"), QStringLiteral("--from"), json,
                           QStringLiteral("--db"), db},
                          &out),
             0);
    QVERIFY2(out.contains("新增区划：430121101201 东湖村"), out.constData());
    QVERIFY2(out.contains("区域平台：https://platform.test:8443"), out.constData());

    // The second run changes nothing and says so.
    QCOMPARE(CliTest::run({QStringLiteral("setup"), QStringLiteral("--from"), json,
                           QStringLiteral("--db"), db, QStringLiteral("--json")},
                          &out),
             0);
    const QJsonObject again = QJsonDocument::fromJson(out).object();
    QCOMPARE(again.value(QStringLiteral("changed")).toBool(true), false);

    // The platform connection went into sync's configuration.
    QCOMPARE(CliTest::run({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--db"),
                           db, QStringLiteral("--json")},
                          &out),
             0);
    QVERIFY2(QJsonDocument::fromJson(out).object().value(QStringLiteral("configured")).toBool(),
             out.constData());

    // The clinic's list now imports into its villages.
    const QString csv = file(QStringLiteral("名单.csv"),
                             QStringLiteral("姓名,性别,出生日期,身份证号,村\n"
                                            "陈一,男,1960-03-01,%1,东湖村\n"
                                            "陈二,女,1970-05-06,%2,西园村\n")
                                 .arg(idFor(QDate(1960, 3, 1), 11), idFor(QDate(1970, 5, 6), 12))
                                 .toUtf8());
    QCOMPARE(CliTest::run({QStringLiteral("import"), QStringLiteral("--db"), db, csv,
                           QStringLiteral("--json")},
                          &out),
             0);
    QVERIFY2(!out.contains("不在本机的区划表中"), out.constData());
    const QJsonObject imported = QJsonDocument::fromJson(out).object();
    QCOMPARE(imported.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(imported.value(QStringLiteral("failed")).toInt(), 0);
}

void TstCliSetup::badFileCreatesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.db"));
    QByteArray bad = setupJson();
    bad.replace("430121101202", "4301211012");
    bad.replace("Doctor-2025a", "short");
    const QString json = file(QStringLiteral("bad.json"), bad);
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("setup"), QStringLiteral("--from"), json,
                           QStringLiteral("--db"), db},
                          &out),
             1);
    QVERIFY2(out.contains("townships[0].villages[1].code"), out.constData());
    QVERIFY2(out.contains("teams[0].members[0].password"), out.constData());
    QVERIFY2(out.contains("什么都没有写入"), out.constData());
    QVERIFY(!QFileInfo::exists(db));

    QCOMPARE(CliTest::run({QStringLiteral("setup"), QStringLiteral("--from"), json,
                           QStringLiteral("--db"), db, QStringLiteral("--json")},
                          &out),
             1);
    const QJsonArray problems =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("problems")).toArray();
    QVERIFY2(problems.size() >= 2, out.constData());

    QCOMPARE(CliTest::run({QStringLiteral("setup"), QStringLiteral("--db"), db}, &out), 2);
}

void TstCliSetup::checkOnly()
{
    const QString json = file(QStringLiteral("check.json"), setupJson());
    const QString db = m_dir.filePath(QStringLiteral("check.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("setup"), QStringLiteral("--from"), json,
                           QStringLiteral("--check"), QStringLiteral("--db"), db},
                          &out),
             0);
    QVERIFY(!QFileInfo::exists(db));
}

QTEST_GUILESS_MAIN(TstCliSetup)
#include "tst_clisetup.moc"
