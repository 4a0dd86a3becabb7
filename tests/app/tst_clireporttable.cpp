// jiayi-cli report: the real binary on a generated township. JSON numbers against SQL
// written here; the .xlsx read back (TabularFile over QuaZip); the CSV's BOM; the PDF checked with
// poppler (pdfinfo: A4 landscape; pdftotext: title, header, 合计; pdffonts: CJK embedded); a
// village doctor's login sees their village only; bad input exits 2 with a message.
#include "clitestutil.h"
#include "database.h"
#include "tabularfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Qt's PDF writer maps some Noto CJK glyphs to CJK radical code points in the text layer (民 ->
// U+2EA0); a character of the expected text also matches any radical there.
bool pdfTextContains(const QString &pdfText, const QString &expected)
{
    QString pattern;
    for (QChar c : expected)
        pattern += c.unicode() >= 0x3400 ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(c)
                                         : QRegularExpression::escape(QString(c));
    return pdfText.contains(QRegularExpression(pattern));
}

} // namespace

class TestCliReportTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void json();
    void xlsx();
    void csv();
    void pdf();
    void villageDoctorSeesTheirVillage();
    void badInput_data();
    void badInput();
    void listAndHelp();

private:
    QStringList base(const QString &table) const;
    qint64 sql(const QString &query) const;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_from, m_to;
};

void TestCliReportTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(QStringLiteral("t.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--residents"), QStringLiteral("1500")},
                          &out),
             0);
    const int year = QDate::currentDate().year() - 1;
    m_from = QStringLiteral("%1-01-01").arg(year);
    m_to = QStringLiteral("%1-12-31").arg(year);
}

QStringList TestCliReportTable::base(const QString &table) const
{
    return {QStringLiteral("report"),
            QStringLiteral("--db"),
            m_db,
            QStringLiteral("--table"),
            table,
            QStringLiteral("--from"),
            m_from,
            QStringLiteral("--to"),
            m_to};
}

qint64 TestCliReportTable::sql(const QString &query) const
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(query) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v"));
    return n;
}

void TestCliReportTable::json()
{
    QByteArray out;
    QCOMPARE(CliTest::run(base(QStringLiteral("07-1")) << QStringLiteral("--json"), &out), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("table")).toString(), QStringLiteral("07-1"));
    QCOMPARE(
        o.value(QStringLiteral("header")).toObject().value(QStringLiteral("period")).toString(),
        QStringLiteral("%1年").arg(QDate::currentDate().year() - 1));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(),
             int(sql(QStringLiteral("SELECT count(*) FROM area WHERE level = 'village'"))));
    const qint64 managed = sql(
        QStringLiteral(
            "SELECT count(*) FROM chronic_registration g JOIN resident r ON r.id = g.resident_id"
            " WHERE g.programme = 'hypertension' AND g.deleted = 0 AND r.deleted = 0"
            " AND g.registered_on <= '%1' AND (g.closed_on IS NULL OR g.closed_on >= '%2')")
            .arg(m_to, m_from));
    QVERIFY(managed > 0);
    const QJsonObject total =
        o.value(QStringLiteral("total")).toObject().value(QStringLiteral("values")).toObject();
    QCOMPARE(total.value(QStringLiteral("managed")).toInteger(), managed);
    qint64 sum = 0;
    for (const QJsonValue &r : rows)
        sum += r.toObject()
                   .value(QStringLiteral("values"))
                   .toObject()
                   .value(QStringLiteral("managed"))
                   .toInteger();
    QCOMPARE(sum, managed);
}

void TestCliReportTable::xlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("07-1.xlsx"));
    QByteArray out;
    QCOMPARE(CliTest::run(base(QStringLiteral("07-1"))
                              << QStringLiteral("--xlsx") << path << QStringLiteral("--reviewer")
                              << QStringLiteral("赵主任") << QStringLiteral("--preparer")
                              << QStringLiteral("钱医生") << QStringLiteral("--json"),
                          &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("file")).toString(), path);
    QByteArray json;
    QCOMPARE(CliTest::run(base(QStringLiteral("07-1")) << QStringLiteral("--json"), &json), 0);
    const QJsonObject total = QJsonDocument::fromJson(json)
                                  .object()
                                  .value(QStringLiteral("total"))
                                  .toObject()
                                  .value(QStringLiteral("values"))
                                  .toObject();
    auto t = Models::TabularFile::readXlsx(path);
    QVERIFY(t);
    QCOMPARE(t->header.first(), QStringLiteral("高血压患者健康管理统计报表"));
    QVERIFY(t->rows.at(0).first().startsWith(QStringLiteral("填报单位：")));
    QCOMPARE(t->rows.at(1).at(0), QStringLiteral("村（居委会）"));
    QCOMPARE(t->rows.at(1).at(2), QStringLiteral("已管理人数"));
    int totalRow = -1;
    for (int i = 0; i < t->rows.size(); ++i)
        if (t->rows.at(i).value(0) == QStringLiteral("合计"))
            totalRow = i;
    QVERIFY(totalRow > 2);
    QCOMPARE(t->rows.at(totalRow).at(2).toLongLong(),
             total.value(QStringLiteral("managed")).toInteger());
    QCOMPARE(t->rows.at(totalRow).at(5).toDouble(),
             total.value(QStringLiteral("standard_rate")).toDouble());
    QVERIFY(t->rows.at(totalRow + 1).first().contains(QStringLiteral("赵主任")));
    QVERIFY(t->rows.at(totalRow + 1).join(QString()).contains(QStringLiteral("钱医生")));
}

void TestCliReportTable::csv()
{
    const QString path = m_dir.filePath(QStringLiteral("fd.csv"));
    QCOMPARE(CliTest::run(base(QStringLiteral("fd")) << QStringLiteral("--csv") << path), 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("\r\n合计,")));
}

void TestCliReportTable::pdf()
{
    const QString path = m_dir.filePath(QStringLiteral("fd-key.pdf"));
    QByteArray out;
    QCOMPARE(CliTest::run(base(QStringLiteral("fd-key")) << QStringLiteral("--pdf") << path, &out),
             0);
    QVERIFY2(QFile::exists(path), out.constData());
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils not installed");
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12][.\\d]* x 595"))),
             qPrintable(info)); // A4 landscape: 21 columns do not fit upright
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString &s :
         {QStringLiteral("家庭医生签约服务重点人群签约情况"), QStringLiteral("填报单位"),
          QStringLiteral("报送周期"), QStringLiteral("合计"), QStringLiteral("审核人"),
          QStringLiteral("65岁及以上"), QStringLiteral("第 1 页")})
        QVERIFY2(pdfTextContains(text, s), qPrintable(s + QStringLiteral("\n") + text));
    const QString fonts = tool(QStringLiteral("pdffonts"), {path});
    QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
}

void TestCliReportTable::villageDoctorSeesTheirVillage()
{
    const QString password = CliTest::file(m_dir, QStringLiteral("pw"), "demo1234\n");
    QByteArray out;
    QCOMPARE(CliTest::run(base(QStringLiteral("07-1"))
                              << QStringLiteral("--login") << QStringLiteral("cunyi")
                              << QStringLiteral("--login-password-file") << password
                              << QStringLiteral("--json"),
                          &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("header")).toObject().value(QStringLiteral("preparer")),
             QJsonValue(QStringLiteral("李村医")));
    // Another village outright: refused.
    const QString other =
        QString::number(sql(QStringLiteral("SELECT max(code) FROM area WHERE level = 'village'")));
    QVERIFY(CliTest::run(base(QStringLiteral("07-1"))
                             << QStringLiteral("--area") << other << QStringLiteral("--login")
                             << QStringLiteral("cunyi") << QStringLiteral("--login-password-file")
                             << password,
                         &out) != 0);
}

void TestCliReportTable::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("no table") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2025-03-31")}
                              << 2 << QStringLiteral("--table");
    QTest::newRow("unknown table")
        << QStringList{QStringLiteral("--table"), QStringLiteral("99"),
                       QStringLiteral("--from"),  QStringLiteral("2025-01-01"),
                       QStringLiteral("--to"),    QStringLiteral("2025-03-31")}
        << 2 << QStringLiteral("07-1");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--table"),
                                             QStringLiteral("06"),
                                             QStringLiteral("--from"),
                                             QStringLiteral("2025-13-01"),
                                             QStringLiteral("--to"),
                                             QStringLiteral("2025-03-31")}
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("backwards") << QStringList{QStringLiteral("--table"),
                                              QStringLiteral("06"),
                                              QStringLiteral("--from"),
                                              QStringLiteral("2025-04-01"),
                                              QStringLiteral("--to"),
                                              QStringLiteral("2025-03-31")}
                               << 2 << QStringLiteral("开始日期");
    QTest::newRow("two files")
        << QStringList{QStringLiteral("--table"), QStringLiteral("06"),
                       QStringLiteral("--from"),  QStringLiteral("2025-01-01"),
                       QStringLiteral("--to"),    QStringLiteral("2025-03-31"),
                       QStringLiteral("--csv"),   QStringLiteral("a.csv"),
                       QStringLiteral("--pdf"),   QStringLiteral("a.pdf")}
        << 2 << QStringLiteral("--pdf");
    QTest::newRow("no such area")
        << QStringList{QStringLiteral("--table"), QStringLiteral("06"),
                       QStringLiteral("--from"),  QStringLiteral("2025-01-01"),
                       QStringLiteral("--to"),    QStringLiteral("2025-03-31"),
                       QStringLiteral("--area"),  QStringLiteral("999999")}
        << 2 << QStringLiteral("999999");
}

void TestCliReportTable::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    QByteArray out;
    QCOMPARE(CliTest::run(
                 QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db} + args, &out),
             exit);
    QVERIFY2(QString::fromUtf8(out).contains(message), out.constData());
    // A database that is not there is not created.
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    QCOMPARE(CliTest::run({QStringLiteral("report"), QStringLiteral("--db"), missing,
                           QStringLiteral("--table"), QStringLiteral("06"),
                           QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-03-31")}),
             1);
    QVERIFY(!QFile::exists(missing));
}

void TestCliReportTable::listAndHelp()
{
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("report"), QStringLiteral("--list")}, &out), 0);
    for (const char *id : {"01\t", "03\t", "06\t", "07-1\t", "07-2\t", "fd\t", "fd-key\t"})
        QVERIFY2(out.contains(id), out.constData());
    QCOMPARE(CliTest::run({QStringLiteral("report"), QStringLiteral("--help")}, &out), 0);
    for (const char *option : {"--table", "--from", "--to", "--area", "--xlsx", "--csv", "--pdf",
                               "--reviewer", "--preparer", "--list", "--login"})
        QVERIFY2(out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCliReportTable)
#include "tst_clireporttable.moc"
