// jiayi-cli followup classify (the JSON contract) and chronic worklist|indicators --json.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestChronicCli : public QObject
{
    Q_OBJECT

private slots:
    void classifyContract();
    void classifyRefusesBadInput();
    void classifyWithAnotherRuleSet();
    void worklistAndIndicators();

private:
    QByteArray run(const QStringList &args, const QByteArray &input, int *exitCode,
                   QByteArray *err = nullptr);
};

QByteArray TestChronicCli::run(const QStringList &args, const QByteArray &input, int *exitCode,
                               QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    *exitCode = p.exitCode();
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

void TestChronicCli::classifyContract()
{
    int rc = -1;
    const QByteArray out =
        run({QStringLiteral("followup"), QStringLiteral("classify")},
            R"({"programme": "hypertension", "date": "2024-03-01", "age": 60, "sbp": 182,
                                   "dbp": 95, "fbg": 7.2, "heart_rate": 80, "symptoms": ["headache"],
                                   "adverse_reaction": false, "complication": false, "previous_class": null})",
            &rc);
    QCOMPARE(rc, 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("uncontrolled"));
    QCOMPARE(o.value(QStringLiteral("emergency")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("referral")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("next_visit")).toString(), QStringLiteral("2024-03-15"));
    QVERIFY(o.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("emergency.sbp: sbp 182 >= 180")));
}

void TestChronicCli::classifyRefusesBadInput()
{
    int rc = 0;
    QByteArray err;
    run({QStringLiteral("followup"), QStringLiteral("classify")},
        R"({"programme": "diabetes", "date": "2024-03-01"})", &rc, &err);
    QVERIFY(rc != 0);
    QCOMPARE(QJsonDocument::fromJson(err).object().value(QStringLiteral("field")).toString(),
             QStringLiteral("fbg"));
    run({QStringLiteral("followup"), QStringLiteral("classify")}, "not json", &rc, &err);
    QVERIFY(rc != 0);
}

void TestChronicCli::classifyWithAnotherRuleSet()
{
    int rc = -1;
    const QByteArray in =
        R"({"programme": "hypertension", "date": "2025-06-01", "age": 60, "sbp": 135, "dbp": 82})";
    auto cls = [&](const QStringList &extra) {
        const QByteArray out = run(
            QStringList{QStringLiteral("followup"), QStringLiteral("classify")} + extra, in, &rc);
        return QJsonDocument::fromJson(out).object().value(QStringLiteral("class")).toString();
    };
    QCOMPARE(cls({}), QStringLiteral("controlled"));
    QCOMPARE(cls({QStringLiteral("--rules"), QStringLiteral("guideline2025")}),
             QStringLiteral("uncontrolled"));
}

void TestChronicCli::worklistAndIndicators()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    int rc = -1;
    run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--residents"),
         QStringLiteral("1500")},
        {}, &rc);
    QCOMPARE(rc, 0);
    QByteArray out = run({QStringLiteral("chronic"), QStringLiteral("worklist"),
                          QStringLiteral("--db"), db, QStringLiteral("--json")},
                         {}, &rc);
    QCOMPARE(rc, 0);
    QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("overdue"));
    QVERIFY(o.value(QStringLiteral("count")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("rows"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("days_overdue"))
                .toInt() > 0);
    out = run({QStringLiteral("chronic"), QStringLiteral("indicators"), QStringLiteral("--db"), db,
               QStringLiteral("--year"), QString::number(QDate::currentDate().year() - 1),
               QStringLiteral("--lists"), QStringLiteral("--json")},
              {}, &rc);
    QCOMPARE(rc, 0);
    const QJsonArray list =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("indicators")).toArray();
    QCOMPARE(list.size(), 6);
    const QJsonObject standard = list.at(1).toObject();
    QCOMPARE(standard.value(QStringLiteral("id")).toString(),
             QStringLiteral("standard_management_rate"));
    QCOMPARE(standard.value(QStringLiteral("numerator_list")).toArray().size(),
             standard.value(QStringLiteral("numerator")).toInt());
    run({QStringLiteral("chronic"), QStringLiteral("worklist"), QStringLiteral("--db"), db,
         QStringLiteral("--kind"), QStringLiteral("bogus")},
        {}, &rc);
    QVERIFY(rc != 0);
}

QTEST_GUILESS_MAIN(TestChronicCli)
#include "tst_chroniccli.moc"
