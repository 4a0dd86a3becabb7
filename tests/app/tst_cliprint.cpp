// jiayi-cli print check | print record: the 健康体检表 (a given check or the resident's latest) and
// the record cover + basic-information form as PDF, checked with poppler's pdfinfo, pdftotext and
// pdffonts (A4, the page count, the resident's name, CJK fonts embedded); errors exit non-zero.
#include "clitestutil.h"
#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace {
// Qt's PDF writer maps some Noto CJK glyphs back to CJK radical code points (民 -> U+2EA0) in the
// text layer; a character of the expected text also matches any radical there.
bool pdfTextContains(const QString &pdfText, const QString &expected)
{
    QString pattern;
    for (QChar c : expected)
        pattern += c.unicode() >= 0x3400 ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(c)
                                         : QRegularExpression::escape(QString(c));
    return pdfText.contains(QRegularExpression(pattern));
}

// A check date as the form prints it: 2026年3月9日.
QString printedDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// How much of the page's width the printed page covers (0..1): `page` rendered by pdftoppm in
// grey, from the leftmost to the rightmost dark pixel. A form laid out for the wrong resolution
// shrinks into a corner.
double inkWidth(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("30"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), pdf});
    p.waitForFinished();
    const QByteArray pgm = p.readAllStandardOutput();
    // P5 <width> <height> <maxval> then one byte a pixel.
    const QList<QByteArray> header = pgm.left(64).simplified().split(' ');
    if (header.size() < 4 || header.at(0) != "P5")
        return 0;
    const int width = header.at(1).toInt();
    const int height = header.at(2).toInt();
    int at = 0;
    for (int fields = 0; fields < 4; ++fields) { // skip the four header fields
        while (at < pgm.size() && QChar::isSpace(uchar(pgm.at(at))))
            ++at;
        while (at < pgm.size() && !QChar::isSpace(uchar(pgm.at(at))))
            ++at;
    }
    ++at; // the one white space before the pixels
    if (pgm.size() < at + qint64(width) * height)
        return 0;
    int left = width, right = -1;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (uchar(pgm.at(at + y * width + x)) < 128) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
    return right < left ? 0 : double(right - left) / width;
}
} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void latestCheckOfResident();
    void givenCheck();
    void recordCoverAndBasicInfo();
    void errors();

private:
    QString scalar(const QString &sql);
    void checkPdf(const QString &pdf, int pages, const QString &name, const QString &title);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_resident, m_idNumber, m_name;
};

QString TestCliPrint::scalar(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("t")));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

void TestCliPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("print.db"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--residents"), QStringLiteral("400"),
                           QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")},
                          &out),
             0);
    QVERIFY(Models::openDatabase(QStringLiteral("t"), m_db).ok());
    // A resident with at least two health checks.
    m_resident = scalar(QStringLiteral(
        "SELECT resident_id FROM health_check GROUP BY resident_id HAVING count(*) >= 2"
        " ORDER BY resident_id LIMIT 1"));
    QVERIFY(!m_resident.isEmpty());
    m_idNumber =
        scalar(QStringLiteral("SELECT id_number FROM resident WHERE id = '%1'").arg(m_resident));
    m_name = scalar(QStringLiteral("SELECT name FROM resident WHERE id = '%1'").arg(m_resident));
    QVERIFY(!m_idNumber.isEmpty() && !m_name.isEmpty());
}

void TestCliPrint::cleanupTestCase()
{
    Models::closeDatabase(QStringLiteral("t"));
}

void TestCliPrint::checkPdf(const QString &pdf, int pages, const QString &name,
                            const QString &title)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
    const QString text =
        tool(QStringLiteral("pdftotext"),
             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(pdfTextContains(text, name), qPrintable(text.left(300)));
    QVERIFY2(pdfTextContains(text, title), qPrintable(text.left(300)));
    QVERIFY(tool(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("CJK")));
}

void TestCliPrint::latestCheckOfResident()
{
    const QString pdf = m_dir.filePath(QStringLiteral("latest.pdf"));
    QByteArray out;
    // By ID number; the offscreen platform is chosen by the CLI itself.
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--resident"), m_idNumber, QStringLiteral("--out"),
                           pdf, QStringLiteral("--json")},
                          &out),
             0);
    const QJsonObject o =
        QJsonDocument::fromJson(
            out.mid(out.indexOf('{'), out.lastIndexOf('}') - out.indexOf('{') + 1))
            .object();
    QCOMPARE(o.value(QStringLiteral("resident_id")).toString(), m_resident);
    QCOMPARE(o.value(QStringLiteral("check_id")).toString(),
             scalar(QStringLiteral("SELECT id FROM health_check WHERE resident_id = '%1' ORDER BY "
                                   "check_date DESC LIMIT 1")
                        .arg(m_resident)));
    checkPdf(pdf, 4, m_name, QStringLiteral("健康体检表"));
    QVERIFY2(inkWidth(pdf, 1) > 0.5, qPrintable(QString::number(inkWidth(pdf, 1))));
    const QString latestDate =
        scalar(QStringLiteral("SELECT max(check_date) FROM health_check WHERE resident_id = '%1'")
                   .arg(m_resident));
    QVERIFY(pdfTextContains(
        tool(QStringLiteral("pdftotext"),
             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}),
        printedDate(latestDate)));
}

void TestCliPrint::givenCheck()
{
    const QString oldest = scalar(
        QStringLiteral(
            "SELECT id FROM health_check WHERE resident_id = '%1' ORDER BY check_date LIMIT 1")
            .arg(m_resident));
    const QString date =
        scalar(QStringLiteral("SELECT check_date FROM health_check WHERE id = '%1'").arg(oldest));
    const QString pdf = m_dir.filePath(QStringLiteral("given.pdf"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--check"), oldest, QStringLiteral("--out"), pdf},
                          &out),
             0);
    QVERIFY2(QString::fromUtf8(out).contains(m_name), out.constData());
    checkPdf(pdf, 4, m_name, QStringLiteral("健康体检表"));
    QVERIFY(pdfTextContains(
        tool(QStringLiteral("pdftotext"),
             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}),
        printedDate(date)));
}

void TestCliPrint::recordCoverAndBasicInfo()
{
    const QString pdf = m_dir.filePath(QStringLiteral("record.pdf"));
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("record"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--resident"), m_resident,
                           QStringLiteral("--out"), pdf}),
             0);
    checkPdf(pdf, 2, m_name, QStringLiteral("个人基本信息表"));
    // Both pages fill the width between the margins (18 mm of 210), not a corner of it.
    QVERIFY2(inkWidth(pdf, 1) > 0.5, qPrintable(QString::number(inkWidth(pdf, 1))));
    QVERIFY2(inkWidth(pdf, 2) > 0.5, qPrintable(QString::number(inkWidth(pdf, 2))));
}

void TestCliPrint::errors()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    QByteArray out;
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--resident"), QStringLiteral("nobody"),
                           QStringLiteral("--out"), pdf},
                          &out),
             1);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("找不到居民")), out.constData());
    // A resident without any health check.
    const QString none = scalar(
        QStringLiteral("SELECT id FROM resident r WHERE NOT EXISTS (SELECT 1 FROM health_check h"
                       " WHERE h.resident_id = r.id) ORDER BY rid LIMIT 1"));
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--resident"), none, QStringLiteral("--out"), pdf},
                          &out),
             1);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("还没有健康体检记录")),
             out.constData());
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--check"), QStringLiteral("no-such-check"),
                           QStringLiteral("--out"), pdf}),
             1);
    // Missing --out, missing what to print.
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--resident"), m_resident}),
             2);
    QCOMPARE(CliTest::run({QStringLiteral("print"), QStringLiteral("check"), QStringLiteral("--db"),
                           m_db, QStringLiteral("--out"), pdf}),
             2);
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cliprint.moc"
