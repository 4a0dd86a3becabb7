// jiayi-cli vaccine plan | check | coverage: the JSON contract of issue 4 on stdin/stdout.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliVaccine : public QObject
{
    Q_OBJECT

private slots:
    void plan();
    void check();
    void badInput();
    void coverage();

private:
    int run(const QStringList &args, const QByteArray &in, QByteArray *out,
            QByteArray *err = nullptr);
};

int TestCliVaccine::run(const QStringList &args, const QByteArray &in, QByteArray *out,
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
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

void TestCliVaccine::plan()
{
    QByteArray out;
    const QByteArray in =
        R"({"birth_date": "2024-01-31", "sex": "M", "on": "2024-03-15", "health_states": [],
        "doses": [{"vaccine": "HepB", "date": "2024-01-31"}, {"vaccine": "0101", "date": "2024-01-31"}]})";
    QCOMPARE(run({QStringLiteral("vaccine"), QStringLiteral("plan")}, in, &out), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("schedule_version")).toString(), QStringLiteral("nip-2021"));
    const QJsonArray doses = o.value(QStringLiteral("doses")).toArray();
    QVERIFY(doses.size() >= 28);
    for (const QJsonValue &v : doses) {
        const QJsonObject d = v.toObject();
        for (const char *key :
             {"series", "dose", "vaccine", "status", "earliest", "recommended", "rule"})
            QVERIFY2(d.contains(QLatin1String(key)), key);
    }
    const QJsonObject hepb2 = doses.at(1).toObject();
    QCOMPARE(hepb2.value(QStringLiteral("series")).toString(), QStringLiteral("HepB"));
    QCOMPARE(hepb2.value(QStringLiteral("status")).toString(), QStringLiteral("due"));
    QCOMPARE(hepb2.value(QStringLiteral("earliest")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(doses.at(3).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("given")); // BCG
}

void TestCliVaccine::check()
{
    QByteArray out;
    QByteArray in = R"({"birth_date": "2023-01-10", "sex": "F", "health_states": [], "doses": [],
        "propose": {"vaccine": "MMR", "date": "2023-08-20"}})";
    QCOMPARE(run({QStringLiteral("vaccine"), QStringLiteral("check")}, in, &out), 3);
    QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("allowed")).toBool(), false);
    QVERIFY(!o.value(QStringLiteral("reasons")).toArray().isEmpty());
    in.replace("2023-08-20", "2023-09-10");
    QCOMPARE(run({QStringLiteral("vaccine"), QStringLiteral("check")}, in, &out), 0);
    o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("allowed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("reasons")).toArray().size(), 0);
}

void TestCliVaccine::badInput()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("vaccine"), QStringLiteral("plan")}, "not json", &out, &err), 2);
    QVERIFY(QJsonDocument::fromJson(err).object().contains(QStringLiteral("error")));
    const QByteArray in =
        R"({"birth_date": "2024-01-31", "doses": [{"vaccine": "XYZ", "date": "2024-02-01"}]})";
    QCOMPARE(run({QStringLiteral("vaccine"), QStringLiteral("plan")}, in, &out, &err), 2);
    QCOMPARE(QJsonDocument::fromJson(err).object().value(QStringLiteral("field")).toString(),
             QStringLiteral("doses[0].vaccine"));
}

void TestCliVaccine::coverage()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.db"));
    QByteArray out;
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--residents"),
                  QStringLiteral("1500")},
                 {}, &out),
             0);
    QCOMPARE(run({QStringLiteral("vaccine"), QStringLiteral("coverage"), QStringLiteral("--db"), db,
                  QStringLiteral("--json")},
                 {}, &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY(o.value(QStringLiteral("children")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("certificate_rate")).toDouble() > 80);
    QVERIFY(!o.value(QStringLiteral("doses")).toArray().isEmpty());
    QVERIFY(o.contains(QStringLiteral("children_behind")));
}

QTEST_GUILESS_MAIN(TestCliVaccine)
#include "tst_clivaccine.moc"
