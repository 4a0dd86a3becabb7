// jiayi-cli growth assess | pregnancy dates: issue 18's JSON contract on stdin/stdout, and bad
// input exiting 1 with the field named.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

class TstCliGrowth : public QObject
{
    Q_OBJECT

private slots:
    void growthAssess();
    void pregnancyDates();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList &args, const QByteArray &in, QByteArray *out, QByteArray *err);
};

int TstCliGrowth::run(const QStringList &args, const QByteArray &in, QByteArray *out,
                      QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"), args);
    if (!p.waitForStarted())
        return -1;
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitCode();
}

// The issue's example: a girl of 187 days, 6.1 kg, 63.0 cm lying, head 41.2 cm.
void TstCliGrowth::growthAssess()
{
    QByteArray out, err;
    const QByteArray in = R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20",)"
                          R"("weight_kg":6.1,"length_cm":63.0,"head_cm":41.2})";
    QCOMPARE(run({QStringLiteral("growth"), QStringLiteral("assess")}, in, &out, &err), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value("age_days").toInt(), 187);
    const QJsonArray inds = o.value("indicators").toArray();
    QStringList codes;
    for (const QJsonValue &v : inds) {
        const QJsonObject i = v.toObject();
        codes << i.value("indicator").toString();
        const double z = i.value("z").toDouble();
        QCOMPARE(std::round(z * 100) / 100, z); // two decimals
        QVERIFY(QStringList({"上", "中", "下"}).contains(i.value("band").toString()));
        QVERIFY(i.value("flags").isArray());
    }
    QCOMPARE(codes, QStringList({"wfa", "lhfa", "wflh", "bmifa", "hcfa"}));
    // 6.1 kg at 6 months is below the girls' median (7.3) and above −2 SD (5.7): 中, no flag
    const QJsonObject wfa = inds.at(0).toObject();
    QVERIFY(wfa.value("z").toDouble() < -1 && wfa.value("z").toDouble() > -2);
    QCOMPARE(wfa.value("band").toString(), QStringLiteral("中"));
    QVERIFY(o.value("flags").toArray().isEmpty());
}

void TstCliGrowth::pregnancyDates()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("pregnancy"), QStringLiteral("dates")},
                 R"({"lmp":"2024-05-20","on":"2024-09-01"})", &out, &err),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value("edd").toString(), QStringLiteral("2025-02-27"));
    QCOMPARE(o.value("gestational_age").toObject().value("weeks").toInt(), 14);
    QCOMPARE(o.value("gestational_age").toObject().value("days").toInt(), 6);
    QCOMPARE(o.value("trimester").toString(), QStringLiteral("second"));
    QCOMPARE(o.value("next_visits").toArray().first().toObject().value("visit").toInt(), 2);
}

void TstCliGrowth::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QString>("field");
    QTest::newRow("future date") << "growth"
                                 << QByteArray(
                                        R"({"sex":"F","birth_date":"2099-01-15","weight_kg":6.1})")
                                 << "birth_date";
    QTest::newRow("weight 0")
        << "growth"
        << QByteArray(R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20","weight_kg":0})")
        << "weight_kg";
    QTest::newRow("unknown sex")
        << "growth"
        << QByteArray(R"({"sex":"Q","birth_date":"2024-01-15","on":"2024-07-20","weight_kg":6.1})")
        << "sex";
    QTest::newRow("future lmp") << "pregnancy" << QByteArray(R"({"lmp":"2099-05-20"})") << "lmp";
    QTest::newRow("bad on") << "pregnancy"
                            << QByteArray(R"({"lmp":"2024-05-20","on":"2024-13-01"})") << "on";
}

void TstCliGrowth::badInput()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, in);
    QFETCH(QString, field);
    QByteArray out, err;
    const QString sub =
        command == QLatin1String("growth") ? QStringLiteral("assess") : QStringLiteral("dates");
    QCOMPARE(run({command, sub}, in, &out, &err), 1);
    QVERIFY(out.isEmpty());
    const QJsonObject e = QJsonDocument::fromJson(err.trimmed()).object();
    QCOMPARE(e.value("field").toString(), field);
    QVERIFY(!e.value("error").toString().isEmpty());
}

QTEST_GUILESS_MAIN(TstCliGrowth)
#include "tst_cligrowth.moc"
