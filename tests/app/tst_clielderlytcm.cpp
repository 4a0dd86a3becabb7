// jiayi-cli elderly selfcare and tcm constitution: the JSON contracts of issue 17, run as a
// process.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliElderlyTcm : public QObject
{
    Q_OBJECT

private slots:
    void selfcareContract();
    void selfcareRefusesBadInput();
    void constitutionContract();
    void constitutionAnchorsFromMeasures();
    void constitutionRefusesBadInput_data();
    void constitutionRefusesBadInput();

private:
    static QByteArray run(const QStringList &args, const QByteArray &input, int *exitCode,
                          QByteArray *err = nullptr);
    static QJsonArray ones();
};

QByteArray TestCliElderlyTcm::run(const QStringList &args, const QByteArray &input, int *exitCode,
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

QJsonArray TestCliElderlyTcm::ones()
{
    QJsonArray a;
    for (int i = 0; i < 33; ++i)
        a.append(1);
    return a;
}

void TestCliElderlyTcm::selfcareContract()
{
    int rc = -1;
    const QByteArray out =
        run({QStringLiteral("elderly"), QStringLiteral("selfcare")},
            R"({"eating":2,"grooming":1,"dressing":0,"toilet":3,"activity":1})", &rc);
    QCOMPARE(rc, 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    // 3 + 1 + 0 + 10 + 1 by the form's points.
    QCOMPARE(o.value(QStringLiteral("score")).toInt(), 15);
    QCOMPARE(o.value(QStringLiteral("band")).toString(), QStringLiteral("中度依赖"));
    const QJsonObject items = o.value(QStringLiteral("items")).toObject();
    QCOMPARE(items.value(QStringLiteral("eating")).toInt(), 3);
    QCOMPARE(items.value(QStringLiteral("grooming")).toInt(), 1);
    QCOMPARE(items.value(QStringLiteral("dressing")).toInt(), 0);
    QCOMPARE(items.value(QStringLiteral("toilet")).toInt(), 10);
    QCOMPARE(items.value(QStringLiteral("activity")).toInt(), 1);
}

void TestCliElderlyTcm::selfcareRefusesBadInput()
{
    int rc = 0;
    QByteArray err;
    run({QStringLiteral("elderly"), QStringLiteral("selfcare")},
        R"({"eating":2,"grooming":1,"dressing":0,"activity":1})", &rc, &err);
    QCOMPARE(rc, 1);
    QCOMPARE(QJsonDocument::fromJson(err).object().value(QStringLiteral("field")).toString(),
             QStringLiteral("toilet"));
    run({QStringLiteral("elderly"), QStringLiteral("selfcare")},
        R"({"eating":2,"grooming":1,"dressing":0,"toilet":4,"activity":1})", &rc, &err);
    QCOMPARE(rc, 1);
    QCOMPARE(QJsonDocument::fromJson(err).object().value(QStringLiteral("field")).toString(),
             QStringLiteral("toilet"));
    run({QStringLiteral("elderly"), QStringLiteral("selfcare")}, "not json", &rc, &err);
    QCOMPARE(rc, 1);
}

void TestCliElderlyTcm::constitutionContract()
{
    // Items 10, 21, 26, 31 (阴虚) at 3, 3, 3, 2 = 11 -> 是; 平和 then 否 (another type above 10).
    QJsonArray a = ones();
    a.replace(9, 3);
    a.replace(20, 3);
    a.replace(25, 3);
    a.replace(30, 2);
    int rc = -1;
    const QByteArray out =
        run({QStringLiteral("tcm"), QStringLiteral("constitution")},
            QJsonDocument(QJsonObject{{QStringLiteral("answers"), a}}).toJson(), &rc);
    QCOMPARE(rc, 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    for (const char *k :
         {"pinghe", "qixu", "yangxu", "yinxu", "tanshi", "shire", "xueyu", "qiyu", "tebing"})
        QVERIFY2(o.value(QLatin1String(k)).isObject(), k);
    QCOMPARE(o.value(QStringLiteral("yinxu")).toObject().value(QStringLiteral("score")).toInt(),
             11);
    QCOMPARE(o.value(QStringLiteral("yinxu")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("是"));
    QCOMPARE(o.value(QStringLiteral("pinghe")).toObject().value(QStringLiteral("score")).toInt(),
             21);
    QCOMPARE(
        o.value(QStringLiteral("pinghe")).toObject().value(QStringLiteral("result")).toString(),
        QStringLiteral("否"));
    QCOMPARE(o.value(QStringLiteral("qixu")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("否"));
    QCOMPARE(o.value(QStringLiteral("primary")).toString(), QStringLiteral("yinxu"));
    QVERIFY(o.value(QStringLiteral("flags")).toArray().isEmpty());
}

void TestCliElderlyTcm::constitutionAnchorsFromMeasures()
{
    // BMI 26.1 -> item 9 = 4; waist 92 -> item 28 = 4; with 16 = 3 痰湿 = 4+3+4+1 = 12 -> 是.
    QJsonArray a = ones();
    a.replace(15, 3);
    int rc = -1;
    const QByteArray out = run({QStringLiteral("tcm"), QStringLiteral("constitution")},
                               QJsonDocument(QJsonObject{{QStringLiteral("answers"), a},
                                                         {QStringLiteral("bmi"), 26.1},
                                                         {QStringLiteral("waist_cm"), 92}})
                                   .toJson(),
                               &rc);
    QCOMPARE(rc, 0);
    const QJsonObject t =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("tanshi")).toObject();
    QCOMPARE(t.value(QStringLiteral("score")).toInt(), 12);
    QCOMPARE(t.value(QStringLiteral("result")).toString(), QStringLiteral("是"));
}

void TestCliElderlyTcm::constitutionRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");
    QJsonArray blank = ones();
    blank.replace(13, QJsonValue());
    QJsonArray six = ones();
    six.replace(32, 6);
    QJsonArray shortList = ones();
    shortList.removeLast();
    QTest::newRow("item 14 blank")
        << QJsonDocument(QJsonObject{{QStringLiteral("answers"), blank}}).toJson() << "item_14";
    QTest::newRow("item 33 out of range")
        << QJsonDocument(QJsonObject{{QStringLiteral("answers"), six}}).toJson() << "item_33";
    QTest::newRow("32 answers")
        << QJsonDocument(QJsonObject{{QStringLiteral("answers"), shortList}}).toJson() << "item_33";
    QTest::newRow("no answers") << QByteArray("{}") << "answers";
}

void TestCliElderlyTcm::constitutionRefusesBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    int rc = 0;
    QByteArray err;
    const QByteArray out =
        run({QStringLiteral("tcm"), QStringLiteral("constitution")}, input, &rc, &err);
    QCOMPARE(rc, 1);
    QVERIFY(out.isEmpty());
    const QJsonObject e = QJsonDocument::fromJson(err).object();
    QCOMPARE(e.value(QStringLiteral("field")).toString(), field);
    QVERIFY(!e.value(QStringLiteral("error")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliElderlyTcm)
#include "tst_clielderlytcm.moc"
