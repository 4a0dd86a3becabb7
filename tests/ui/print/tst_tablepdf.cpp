// Any table model on paper (ui/print/tablepdf): A4 upright or landscape by width, the grouped
// headings, the column headers repeated on every page, page numbers, Chinese text, checked in
// the PDF with poppler (pdfinfo, pdftotext per page, pdffonts). JIAYI_SCREENSHOT_DIR keeps the
// first page as a PNG to look at.
#include "tablepdf.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Qt's PDF text layer maps some CJK glyphs to radicals (see tst_cliprint).
bool pdfTextContains(const QString &pdfText, const QString &expected)
{
    QString pattern;
    for (QChar c : expected)
        pattern += c.unicode() >= 0x3400 ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(c)
                                         : QRegularExpression::escape(QString(c));
    return pdfText.contains(QRegularExpression(pattern));
}

// A table of `columns` columns and `rows` rows (village names, then numbers), the last a 合计.
QStandardItemModel *table(int columns, int rows, QObject *parent)
{
    auto *m = new QStandardItemModel(rows, columns, parent);
    m->setHorizontalHeaderItem(0, new QStandardItem(QStringLiteral("村（居委会）")));
    for (int c = 1; c < columns; ++c)
        m->setHorizontalHeaderItem(c, new QStandardItem(c % 2 ? QStringLiteral("已管理人数")
                                                              : QStringLiteral("规范管理率(%)")));
    for (int r = 0; r < rows; ++r) {
        m->setItem(r, 0,
                   new QStandardItem(r == rows - 1 ? QStringLiteral("合计")
                                                   : QStringLiteral("第%1村民委员会").arg(r + 1)));
        for (int c = 1; c < columns; ++c) {
            auto *i = new QStandardItem(QString::number(r * 7 + c));
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m->setItem(r, c, i);
        }
    }
    return m;
}

TablePrint print(int columns)
{
    TablePrint p;
    p.title = QStringLiteral("高血压患者健康管理统计报表");
    p.headerFields = {{QStringLiteral("填报单位"), QStringLiteral("城关镇卫生院")},
                      {QStringLiteral("报送周期"), QStringLiteral("2025年第2季度")}};
    p.footerFields = {{QStringLiteral("审核人"), QString()},
                      {QStringLiteral("填表人"), QStringLiteral("王医生")},
                      {QStringLiteral("填报时间"), QStringLiteral("2025-07-05")}};
    p.columnGroups << QString();
    for (int c = 1; c < columns; ++c)
        p.columnGroups << (c <= 2 ? QStringLiteral("预防接种证") : QString());
    p.notes = {QStringLiteral("说明：规范管理按季度折算。")};
    p.lastRowIsTotal = true;
    return p;
}

} // namespace

class TestTablePdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void orientationByWidth();
    void longTableRepeatsHeaders();
    void unwritable();

private:
    QString save(const QString &name, int columns, int rows);
    QTemporaryDir m_dir;
};

void TestTablePdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed");
}

QString TestTablePdf::save(const QString &name, int columns, int rows)
{
    const QString path = m_dir.filePath(name);
    QStandardItemModel *m = table(columns, rows, this);
    const auto r = TablePdf::savePdf(path, *m, print(columns));
    if (!r)
        qWarning() << r.error().message;
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
              QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                  name.section(QLatin1Char('.'), 0, 0)});
    return path;
}

void TestTablePdf::orientationByWidth()
{
    const QString narrow = save(QStringLiteral("narrow.pdf"), 4, 6);
    const QString upright = tool(QStringLiteral("pdfinfo"), {narrow});
    QVERIFY2(
        upright.contains(QRegularExpression(QStringLiteral("Page size:\\s+595[.\\d]* x 84[12]"))),
        qPrintable(upright));
    const QString wide = save(QStringLiteral("wide.pdf"), 16, 6);
    const QString info = tool(QStringLiteral("pdfinfo"), {wide});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12][.\\d]* x 595"))),
             qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), wide, QStringLiteral("-")});
    for (const QString &s :
         {QStringLiteral("高血压患者健康管理统计报表"), QStringLiteral("填报单位：城关镇卫生院"),
          QStringLiteral("报送周期：2025年第2季度"), QStringLiteral("预防接种证"),
          QStringLiteral("合计"), QStringLiteral("填表人：王医生"), QStringLiteral("审核人："),
          QStringLiteral("说明：规范管理按季度折算。"), QStringLiteral("第 1 页，共 1 页")})
        QVERIFY2(pdfTextContains(text, s), qPrintable(s + QStringLiteral("\n") + text));
    // Every one of the 16 columns is on the page: the last one's numbers are there.
    QVERIFY(text.contains(QStringLiteral("50"))); // row 5 (7 * 5 + 15)
    const QString fonts = tool(QStringLiteral("pdffonts"), {wide});
    QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
}

void TestTablePdf::longTableRepeatsHeaders()
{
    const QString path = save(QStringLiteral("long.pdf"), 8, 160);
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 3, qPrintable(info));
    for (int page = 1; page <= pages; ++page) {
        const QString text =
            tool(QStringLiteral("pdftotext"),
                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                  QString::number(page), QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY2(
            pdfTextContains(text, QStringLiteral("已管理人数")) &&
                pdfTextContains(text, QStringLiteral("村（居委会）")),
            qPrintable(QStringLiteral("page %1 has no column headers:\n%2").arg(page).arg(text)));
        QVERIFY2(pdfTextContains(text, QStringLiteral("第 %1 页，共 %2 页").arg(page).arg(pages)),
                 qPrintable(text));
    }
    // Every row once: the 160th row's name is on the last page, with 合计.
    const QString last = tool(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QString::number(pages), QStringLiteral("-l"),
                               QString::number(pages), path, QStringLiteral("-")});
    QVERIFY(pdfTextContains(last, QStringLiteral("第159村民委员会")));
    QVERIFY(pdfTextContains(last, QStringLiteral("合计")));
}

void TestTablePdf::unwritable()
{
    QStandardItemModel *m = table(3, 2, this);
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/t.pdf"));
    const auto r = TablePdf::savePdf(path, *m, print(3));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("file"));
}

QTEST_MAIN(TestTablePdf)
#include "tst_tablepdf.moc"
