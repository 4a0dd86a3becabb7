// jiayi-cli mental classify and tb adherence as a script runs them: real process, real database.
#include "clitestutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliSharedCare : public QObject
{
    Q_OBJECT

private slots:
    void mentalClassifyOnStdin();
    void mentalClassifyNormRuleSet();
    void mentalClassifyBadInput();
    void tbAdherence();
    void tbAdherenceUnknownPatient();
    void mentalShowNeedsThePermission();
    void printSummaryIsAuditedAndMinimal();

private:
    static QJsonObject classify(const QByteArray &input, const QStringList &extra, int *code);
};

QJsonObject TestCliSharedCare::classify(const QByteArray &input, const QStringList &extra,
                                        int *code)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"),
            QStringList{QStringLiteral("mental"), QStringLiteral("classify")} + extra);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    *code = p.exitCode();
    const QByteArray out = *code == 0 ? p.readAllStandardOutput() : p.readAllStandardError();
    return QJsonDocument::fromJson(out).object();
}

void TestCliSharedCare::mentalClassifyOnStdin()
{
    int code = -1;
    const QJsonObject o = classify(
        R"({"risk":2,"symptoms":["幻觉"],"insight":"不全","social":["一般","一般","一般","一般","一般"],"adverse_reaction":false,"physical_illness":false})",
        {}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value("class").toString(), QStringLiteral("基本稳定"));
    QCOMPARE(o.value("next_visit_days").toInt(), 14);
    QCOMPARE(o.value("refer").toBool(), false);
    QCOMPARE(o.value("why").toArray().size(), 3);

    const QJsonObject u = classify(R"({"risk":3,"insight":"完全"})", {}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(u.value("class").toString(), QStringLiteral("不稳定"));
    QCOMPARE(u.value("refer").toBool(), true);
    QCOMPARE(u.value("emergency").toBool(), true);

    const QJsonObject s = classify(R"({"risk":0,"insight":"完全","social":["良好"]})", {}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(s.value("class").toString(), QStringLiteral("稳定"));
    QCOMPARE(s.value("next_visit_days").toInt(), 90);
}

void TestCliSharedCare::mentalClassifyNormRuleSet()
{
    int code = -1;
    const QJsonObject o = classify(R"({"risk":1,"insight":"完全"})",
                                   {QStringLiteral("--rules"), QStringLiteral("norm2018")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value("class").toString(), QStringLiteral("基本稳定"));
    QCOMPARE(o.value("next_visit_days").toInt(), 60);
    QCOMPARE(o.value("rule_set").toString(), QStringLiteral("norm2018/1"));
}

void TestCliSharedCare::mentalClassifyBadInput()
{
    int code = -1;
    const QJsonObject o = classify(R"({"risk":7,"insight":"完全"})", {}, &code);
    QCOMPARE(code, 1);
    QCOMPARE(o.value("field").toString(), QStringLiteral("risk"));
    QVERIFY(!o.value("error").toString().isEmpty());
    classify("not json", {}, &code);
    QCOMPARE(code, 1);
    classify(R"({"risk":0,"insight":"完全"})", {QStringLiteral("--rules"), QStringLiteral("x")},
             &code);
    QCOMPARE(code, 1);
}

void TestCliSharedCare::tbAdherence()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("demo"), QStringLiteral("--db"), db,
                           QStringLiteral("--residents"), QStringLiteral("30")},
                          &out),
             0);
    const QString pw = CliTest::file(dir, QStringLiteral("pw"), "demo1234\n");
    // A 10-day course, written as the repository would store it: 9 taken, 1 missed, then 8.
    const QString patient = QStringLiteral("11111111-2222-3333-4444-555555555555");
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        d.setDatabaseName(db);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM resident WHERE deleted = 0 LIMIT 1")));
        QVERIFY(q.next());
        const QString resident = q.value(0).toString();
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO tb_patient(id, resident_id, notified_at, regimen, intensive_start,"
                " intensive_end, continuation_end, supervision, created_at, updated_at, updated_by)"
                " VALUES('%1', '%2', '2026-01-01T08:00:00Z', '2HRZE/4HR', '2026-01-01', "
                "'2026-01-04',"
                " '2026-01-10', '家属', 'x', 'x', 'x')")
                .arg(patient, resident)));
        for (int day = 1; day <= 10; ++day)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tb_dose(id, patient_id, dose_date, taken,"
                                          " created_at, updated_at, updated_by)"
                                          " VALUES('d%1', '%2', '2026-01-%3', %4, 'x', 'x', 'x')")
                               .arg(day)
                               .arg(patient)
                               .arg(day, 2, 10, QLatin1Char('0'))
                               .arg(day == 5 ? 0 : 1)));
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    QCOMPARE(CliTest::run({QStringLiteral("tb"), QStringLiteral("adherence"),
                           QStringLiteral("--db"), db, QStringLiteral("--patient"), patient,
                           QStringLiteral("--login"), QStringLiteral("admin"),
                           QStringLiteral("--login-password-file"), pw, QStringLiteral("--today"),
                           QStringLiteral("2026-03-01"), QStringLiteral("--json")},
                          &out),
             0);
    QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value("prescribed").toInt(), 10);
    QCOMPARE(o.value("taken").toInt(), 9);
    QCOMPARE(o.value("missed").toInt(), 1);
    QCOMPARE(o.value("regular").toBool(), true); // 9/10 = 90%
    // Half-way: 6 days prescribed, 5 taken: 83% is not regular.
    QCOMPARE(CliTest::run({QStringLiteral("tb"), QStringLiteral("adherence"),
                           QStringLiteral("--db"), db, QStringLiteral("--patient"), patient,
                           QStringLiteral("--login"), QStringLiteral("admin"),
                           QStringLiteral("--login-password-file"), pw, QStringLiteral("--today"),
                           QStringLiteral("2026-01-06"), QStringLiteral("--json")},
                          &out),
             0);
    o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value("prescribed").toInt(), 6);
    QCOMPARE(o.value("taken").toInt(), 5);
    QCOMPARE(o.value("regular").toBool(), false);
    // The plain text says it in words.
    QCOMPARE(
        CliTest::run({QStringLiteral("tb"), QStringLiteral("adherence"), QStringLiteral("--db"), db,
                      QStringLiteral("--patient"), patient, QStringLiteral("--login"),
                      QStringLiteral("admin"), QStringLiteral("--login-password-file"), pw,
                      QStringLiteral("--today"), QStringLiteral("2026-03-01")},
                     &out),
        0);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("漏服 1 次")), out.constData());
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("规则服药")));
}

void TestCliSharedCare::tbAdherenceUnknownPatient()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("demo"), QStringLiteral("--db"), db,
                           QStringLiteral("--residents"), QStringLiteral("10")},
                          &out),
             0);
    QCOMPARE(CliTest::run({QStringLiteral("tb"), QStringLiteral("adherence"),
                           QStringLiteral("--db"), db, QStringLiteral("--patient"),
                           QStringLiteral("nosuch"), QStringLiteral("--login"),
                           QStringLiteral("admin"), QStringLiteral("--login-password-file"),
                           CliTest::file(dir, QStringLiteral("pw"), "demo1234\n")},
                          &out),
             1);
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("找不到")));
    QCOMPARE(
        CliTest::run(
            {QStringLiteral("tb"), QStringLiteral("adherence"), QStringLiteral("--db"), db}, &out),
        2);
}

// The CLI path of the privacy rule: a village doctor of the patient's own village is refused.
void TestCliSharedCare::mentalShowNeedsThePermission()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("m.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("demo"), QStringLiteral("--db"), db,
                           QStringLiteral("--residents"), QStringLiteral("20")},
                          &out),
             0);
    // The demo's accounts: cunyi is the village doctor of the first village, yisheng a family
    // doctor (docs/security.md); the patient lives in cunyi's own village.
    const QString pw = CliTest::file(dir, QStringLiteral("pw"), "demo1234\n");
    const QString patient = QStringLiteral("99999999-2222-3333-4444-555555555555");
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
        d.setDatabaseName(db);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT villages FROM app_user WHERE username = 'cunyi'")));
        QVERIFY(q.next());
        const QString village = q.value(0).toString().section(QLatin1Char(','), 0, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM resident WHERE village_code = '%1' LIMIT 1")
                           .arg(village)));
        QVERIFY(q.next());
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO mental_patient(id, resident_id, disease, registered_on, created_at,"
                " updated_at, updated_by) VALUES('%1', '%2', '精神分裂症', '2026-01-01', 'x', 'x', "
                "'x')")
                .arg(patient, q.value(0).toString())));
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("m"));
    QCOMPARE(CliTest::run({QStringLiteral("mental"), QStringLiteral("show"), QStringLiteral("--db"),
                           db, QStringLiteral("--patient"), patient, QStringLiteral("--login"),
                           QStringLiteral("cunyi"), QStringLiteral("--login-password-file"), pw},
                          &out),
             1);
    QVERIFY2(!out.contains("精神分裂症"), out.constData());
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("无权")));
    QCOMPARE(CliTest::run({QStringLiteral("mental"), QStringLiteral("show"), QStringLiteral("--db"),
                           db, QStringLiteral("--patient"), patient, QStringLiteral("--login"),
                           QStringLiteral("yisheng"), QStringLiteral("--login-password-file"), pw},
                          &out),
             0);
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("精神分裂症")));
}

void TestCliSharedCare::printSummaryIsAuditedAndMinimal()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("demo"), QStringLiteral("--db"), db,
                           QStringLiteral("--residents"), QStringLiteral("20")},
                          &out),
             0);
    QString recordNo, idNumber, name;
    auto count = [&] {
        int n = -1;
        {
            QSqlDatabase d =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
            d.setDatabaseName(db);
            if (d.open()) {
                QSqlQuery q(d);
                q.exec(QStringLiteral("SELECT record_no, id_number, name FROM resident"
                                      " WHERE id_number <> '' LIMIT 1"));
                if (q.next()) {
                    recordNo = q.value(0).toString();
                    idNumber = q.value(1).toString();
                    name = q.value(2).toString();
                }
                q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'print'"
                                      " AND entity = 'resident_summary'"));
                if (q.next())
                    n = q.value(0).toInt();
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("p"));
        return n;
    };
    QCOMPARE(count(), 0);
    const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
    QCOMPARE(
        CliTest::run({QStringLiteral("print"), QStringLiteral("summary"), QStringLiteral("--db"),
                      db, QStringLiteral("--resident"), idNumber, QStringLiteral("--out"), pdf},
                     &out),
        0);
    QVERIFY2(QFileInfo(pdf).size() > 1000, out.constData());
    QCOMPARE(count(), 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        QSKIP("pdftotext is not installed");
    // CJK text comes out of pdftotext as radicals for some glyphs: check the ASCII parts.
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(recordNo), qPrintable(body)); // the record number is on it
    QVERIFY(body.contains(QStringLiteral("JY-")));       // the opaque reference under the QR
    QVERIFY2(!body.contains(idNumber), "the identity number is not on the summary");
}

QTEST_GUILESS_MAIN(TestCliSharedCare)
#include "tst_clisharedcare.moc"
