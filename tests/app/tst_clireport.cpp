// jiayi-cli report (--indicator NAME | --all) and report targets, as a script would run them on
// a demo township: JSON, text, .xlsx and PDF; a province's targets imported; bad input refused
// with a non-zero exit and a message.
#include "clitestutil.h"
#include "tabularfile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using CliTest::run;

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allAsJson();
    void sameAsContractsIndicators();
    void oneIndicatorByNameAsText();
    void oneVillage();
    void xlsxAndPdf();
    void targetsFromAProvinceFile();
    void badInputRefused_data();
    void badInputRefused();

private:
    QStringList period() const;
    QJsonObject json(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_db;
};

QStringList TestCliReport::period() const
{
    const QDate today = QDate::currentDate();
    return {QStringLiteral("--from"), QDate(today.year(), 1, 1).toString(Qt::ISODate),
            QStringLiteral("--to"), today.toString(Qt::ISODate)};
}

QJsonObject TestCliReport::json(const QStringList &args)
{
    QByteArray out;
    const int code = run(args, &out);
    if (code != 0)
        qWarning() << out;
    return code == 0 ? QJsonDocument::fromJson(out).object() : QJsonObject{};
}

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("report.db"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--residents"), QStringLiteral("1500")}),
             0);
}

void TestCliReport::allAsJson()
{
    const QJsonObject o = json(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--all"), QStringLiteral("--json")} +
                               period());
    const QJsonArray list = o.value(QStringLiteral("indicators")).toArray();
    QVERIFY(list.size() >= 20);
    int withData = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject x = v.toObject();
        QVERIFY(!x.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!x.value(QStringLiteral("numerator_definition")).toString().isEmpty());
        QVERIFY(!x.value(QStringLiteral("denominator_definition")).toString().isEmpty());
        QVERIFY(x.value(QStringLiteral("numerator")).toInteger() <=
                    x.value(QStringLiteral("denominator_residents")).toInteger() ||
                x.value(QStringLiteral("denominator_from_setting")).toBool());
        withData += x.value(QStringLiteral("denominator")).toInteger() > 0;
    }
    QVERIFY(withData >= 15);
    QCOMPARE(o.value(QStringLiteral("area")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("township"));
}

void TestCliReport::sameAsContractsIndicators()
{
    // The contracts command computes 签约率 its own way: the same numbers.
    const QJsonObject ours =
        json(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--indicator"), QStringLiteral("sign_rate"),
                         QStringLiteral("--json")} +
             period());
    const QJsonObject theirs =
        json(QStringList{QStringLiteral("contracts"), QStringLiteral("indicators"),
                         QStringLiteral("--db"), m_db, QStringLiteral("--json")} +
             period());
    const QJsonObject sign = ours.value(QStringLiteral("indicators")).toArray().first().toObject();
    const QJsonObject rate = theirs.value(QStringLiteral("sign_rate")).toObject();
    QCOMPARE(sign.value(QStringLiteral("numerator")).toInteger(),
             rate.value(QStringLiteral("numerator")).toInteger());
    QCOMPARE(sign.value(QStringLiteral("denominator")).toInteger(),
             rate.value(QStringLiteral("denominator")).toInteger());
}

void TestCliReport::oneIndicatorByNameAsText()
{
    QByteArray out;
    QCOMPARE(run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--indicator"), QStringLiteral("签约率")} +
                     period(),
                 &out),
             0);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(QStringLiteral("签约率")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("分母")));
    QVERIFY(text.count(QLatin1Char('\n')) >= 5); // the villages, one a line
    QVERIFY(!text.contains(QStringLiteral("重点人群签约率")));
    QByteArray list;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--list")}, &list), 0);
    QVERIFY(list.contains("elderly_management_rate"));
}

void TestCliReport::oneVillage()
{
    const QJsonObject all =
        json(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--indicator"), QStringLiteral("sign_rate"),
                         QStringLiteral("--json")} +
             period());
    const QJsonObject first = all.value(QStringLiteral("indicators"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("villages"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QString village = first.value(QStringLiteral("village_code")).toString();
    QCOMPARE(village.size(), 12);
    const QJsonObject one =
        json(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--indicator"), QStringLiteral("sign_rate"),
                         QStringLiteral("--area"), village, QStringLiteral("--json")} +
             period());
    const QJsonObject sign = one.value(QStringLiteral("indicators")).toArray().first().toObject();
    QCOMPARE(sign.value(QStringLiteral("villages")).toArray().size(), 1);
    QCOMPARE(sign.value(QStringLiteral("numerator")).toInteger(),
             first.value(QStringLiteral("numerator")).toInteger());
    QCOMPARE(sign.value(QStringLiteral("denominator")).toInteger(),
             first.value(QStringLiteral("denominator")).toInteger());
}

void TestCliReport::xlsxAndPdf()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("指标.xlsx"));
    const QString pdf = m_dir.filePath(QStringLiteral("指标.pdf"));
    QByteArray out;
    QCOMPARE(run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--all"), QStringLiteral("--xlsx"), xlsx,
                             QStringLiteral("--pdf"), pdf} +
                     period(),
                 &out),
             0);
    auto table = Models::TabularFile::readXlsx(xlsx);
    QVERIFY2(table.ok(), qPrintable(table ? QString() : table.error().message));
    QStringList names;
    for (const QStringList &row : table->rows)
        if (row.size() > 1)
            names << row.at(1);
    QVERIFY2(names.contains(QStringLiteral("签约率")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("老年人健康管理率")));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 10000); // fonts embedded, a table of every indicator
}

void TestCliReport::targetsFromAProvinceFile()
{
    const QString file = CliTest::file(m_dir, QStringLiteral("province.json"),
                                       R"({"source": "某省2026年基本公共卫生服务项目绩效评价方案",
            "targets": {"sign_rate": 42.5, "record_use_rate": {"value": 60, "source": "省卫健委通知"}},
            "settings": {"prevalence_hypertension": 0.23}})");
    QByteArray out;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("targets"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--from"), file},
                 &out),
             0);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("目标 2 项")), out.constData());
    const QJsonObject o = json(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--indicator"),
                                           QStringLiteral("sign_rate"), QStringLiteral("--json")} +
                               period());
    const QJsonObject sign = o.value(QStringLiteral("indicators")).toArray().first().toObject();
    QCOMPARE(sign.value(QStringLiteral("target")).toDouble(), 42.5);
    QVERIFY(
        sign.value(QStringLiteral("target_source")).toString().contains(QStringLiteral("某省")));
    const QJsonObject shown = json({QStringLiteral("report"), QStringLiteral("targets"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("--show")});
    QCOMPARE(shown.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("prevalence_hypertension"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             0.23);
    // A wrong file changes nothing and names every problem with its place in the file.
    const QString bad = CliTest::file(
        m_dir, QStringLiteral("bad.json"),
        R"({"source": "x", "targets": {"sign_rate": 140, "no_such": 50}, "settings": {"prevalence_diabetes": 2}})");
    QByteArray err;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("targets"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--from"), bad},
                 &err),
             1);
    const QString e = QString::fromUtf8(err);
    QVERIFY2(e.contains(QStringLiteral("$.targets.sign_rate")), qPrintable(e));
    QVERIFY(e.contains(QStringLiteral("$.targets.no_such")));
    QVERIFY(e.contains(QStringLiteral("$.settings.prevalence_diabetes")));
    const QJsonObject again =
        json(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--indicator"), QStringLiteral("sign_rate"),
                         QStringLiteral("--json")} +
             period());
    QCOMPARE(again.value(QStringLiteral("indicators"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("target"))
                 .toDouble(),
             42.5);
}

void TestCliReport::badInputRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList db{QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("@DB")};
    const QStringList p{QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2025-12-31")};
    QTest::newRow("neither") << db + p << 2 << QStringLiteral("--all");
    QTest::newRow("both") << db +
                                 QStringList{QStringLiteral("--all"), QStringLiteral("--indicator"),
                                             QStringLiteral("sign_rate")} +
                                 p
                          << 2 << QStringLiteral("--indicator");
    QTest::newRow("unknown indicator")
        << db + QStringList{QStringLiteral("--indicator"), QStringLiteral("幸福指数")} + p << 2
        << QStringLiteral("幸福指数");
    QTest::newRow("no dates") << db + QStringList{QStringLiteral("--all")} << 2
                              << QStringLiteral("--from");
    QTest::newRow("bad date") << db + QStringList{QStringLiteral("--all"), QStringLiteral("--from"),
                                                  QStringLiteral("2025-13-01"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("2025-12-31")}
                              << 2 << QStringLiteral("2025-13-01");
    QTest::newRow("reversed") << db + QStringList{QStringLiteral("--all"), QStringLiteral("--from"),
                                                  QStringLiteral("2025-12-31"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("2025-01-01")}
                              << 2 << QStringLiteral("统计期间不正确");
    QTest::newRow("bad area") << db +
                                     QStringList{QStringLiteral("--all"), QStringLiteral("--area"),
                                                 QStringLiteral("东村")} +
                                     p
                              << 2 << QStringLiteral("--area");
    QTest::newRow("unknown village")
        << db +
               QStringList{QStringLiteral("--all"), QStringLiteral("--area"),
                           QStringLiteral("430121999999")} +
               p
        << 1 << QStringLiteral("430121999999");
}

void TestCliReport::badInputRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("@DB"), m_db);
    QByteArray out;
    QCOMPARE(run(args, &out), code);
    QVERIFY2(QString::fromUtf8(out).contains(message), out.constData());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
