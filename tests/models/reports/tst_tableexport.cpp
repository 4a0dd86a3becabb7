// Generic export of a table model: CSV for Excel (UTF-8 with BOM) and .xlsx (libxlsxwriter), read
// back (TabularFile, and the raw sheet XML with QuaZip) to see titles, header lines, grouped
// headings, numbers as numbers, text as text, the 合计 row and the print set-up.
#include "reporttablefixture.h"

#include "reporttablemodel.h"
#include "tabularfile.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QAbstractTableModel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Models;

namespace {

// A list as a work list would show it: names, an identity number (text that looks like a
// number), a count in EditRole.
class ListModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex & = {}) const override { return 3; }
    int columnCount(const QModelIndex & = {}) const override { return 3; }
    QVariant data(const QModelIndex &i, int role) const override
    {
        static const char *names[] = {"张三", "李四, \"小名\"", "王五"};
        if (role == Qt::DisplayRole && i.column() == 0)
            return QString::fromUtf8(names[i.row()]);
        if (role == Qt::DisplayRole && i.column() == 1)
            return QStringLiteral("43012119600408939%1").arg(i.row());
        if (i.column() == 2 && (role == Qt::DisplayRole || role == Qt::EditRole))
            return role == Qt::EditRole ? QVariant(i.row() * 5)
                                        : QVariant(QString::number(i.row() * 5));
        return {};
    }
    QVariant headerData(int s, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号"),
                           QStringLiteral("次数")}
            .value(s);
    }
};

QByteArray zipEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile f(&zip);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void csvOfAList();
    void xlsxOfAList();
    void reportTableWithGroups();
    void fileNames();
    void unwritablePath();

private:
    QTemporaryDir m_dir;
    const QString m_conn = QStringLiteral("export");
    TableDocument m_doc;
};

void TestTableExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(ReportFixture::open(m_conn, m_dir));
    m_doc.title = QStringLiteral("本月到期签约");
    m_doc.headerFields = {{QStringLiteral("范围"), QStringLiteral("东村")},
                          {QStringLiteral("打印日期"), QStringLiteral("2025-07-01")}};
    m_doc.footerFields = {{QStringLiteral("填表人"), QStringLiteral("王医生")}};
    m_doc.notes = {QStringLiteral("说明：测试")};
}

void TestTableExport::cleanupTestCase()
{
    closeDatabase(m_conn);
}

void TestTableExport::csvOfAList()
{
    ListModel model;
    const QByteArray bytes = TableExport::csv(model, m_doc);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the BOM
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(TableExport::write(path, model, m_doc));
    auto t = TabularFile::read(path);
    QVERIFY(t);
    QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(t->header.first(), QStringLiteral("本月到期签约"));
    QCOMPARE(t->rows.at(0),
             (QStringList{QStringLiteral("范围：东村"), QStringLiteral("打印日期：2025-07-01")}));
    QCOMPARE(t->rows.at(1), TableExport::headerRow(model));
    QCOMPARE(t->rows.at(3).at(0), QStringLiteral("李四, \"小名\"")); // quoted and back
    QCOMPARE(t->rows.at(3).at(1), QStringLiteral("430121196004089391"));
    QCOMPARE(t->rows.at(4).at(2), QStringLiteral("10"));
    QCOMPARE(t->rows.at(5).first(), QStringLiteral("填表人：王医生"));
    QCOMPARE(t->rows.at(6).first(), QStringLiteral("说明：测试"));
}

void TestTableExport::xlsxOfAList()
{
    ListModel model;
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    QVERIFY(TableExport::write(path, model, m_doc));
    auto t = TabularFile::readXlsx(path);
    QVERIFY2(t, t ? "" : qPrintable(t.error().message));
    QCOMPARE(t->header.first(), QStringLiteral("本月到期签约"));
    QCOMPARE(t->rows.at(0).first(), QStringLiteral("范围：东村"));
    QCOMPARE(t->rows.at(1), TableExport::headerRow(model));
    QCOMPARE(t->rows.at(2).at(1), QStringLiteral("430121196004089390"));
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    // The identity number is a string cell (t="s"), the count a number cell (no type).
    const QString xml = QString::fromUtf8(sheet);
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral(R"(<c r="C6" s="\d+"><v>10</v></c>)"))));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral(R"(<c r="B4" s="\d+" t="s">)"))));
    QVERIFY(sheet.contains("paperSize=\"9\"")); // A4
    QVERIFY(!sheet.contains("landscape"));      // three columns fit upright
    QVERIFY(sheet.contains("<mergeCell ref=\"A1:C1\"/>"));
    // The column headers repeat on every printed page.
    QVERIFY(zipEntry(path, QStringLiteral("xl/workbook.xml")).contains("_xlnm.Print_Titles"));
}

void TestTableExport::reportTableWithGroups()
{
    // 03 has grouped headings (预防接种证 over three columns, 本期接种剂次 over twelve).
    const ReportTable table =
        ReportFixture::compute(m_conn, QStringLiteral("03"), ReportPeriod::quarter(2025, 2));
    ReportTableModel model;
    model.setTable(table);
    const TableDocument doc = model.document();
    QCOMPARE(doc.headerFields.at(0).first, QStringLiteral("填报单位"));
    QCOMPARE(doc.footerFields.size(), 3);
    const auto spans = TableExport::groupSpans(doc, model.columnCount());
    QCOMPARE(spans.size(), 3); // 村, 预防接种证, 本期接种剂次
    QCOMPARE(spans.at(1).first, 1);
    QCOMPARE(spans.at(1).last, 3);
    QCOMPARE(spans.at(2).label, QStringLiteral("本期接种剂次"));

    const QString xlsx = m_dir.filePath(QStringLiteral("03.xlsx"));
    QVERIFY(TableExport::writeXlsx(xlsx, model, doc));
    auto t = TabularFile::readXlsx(xlsx);
    QVERIFY(t);
    QCOMPARE(t->header.first(), QStringLiteral("预防接种统计报表"));
    QCOMPARE(t->rows.at(1).at(1), QStringLiteral("预防接种证"));
    QCOMPARE(t->rows.at(1).at(4), QStringLiteral("本期接种剂次"));
    QCOMPARE(t->rows.at(2).at(0), QStringLiteral("村（居委会）"));
    QCOMPARE(t->rows.at(2).at(2), QStringLiteral("建证人数"));
    QCOMPARE(t->rows.at(5).at(0), QStringLiteral("合计"));
    QCOMPARE(t->rows.at(5).at(1), QStringLiteral("0"));
    QCOMPARE(t->rows.at(5).at(3), QStringLiteral("—")); // a rate over nothing
    const QByteArray sheet = zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("orientation=\"landscape\"")); // sixteen columns
    QVERIFY(sheet.contains("<mergeCell ref=\"B3:D3\"/>"));

    const QString csv = m_dir.filePath(QStringLiteral("03.csv"));
    QVERIFY(TableExport::writeCsv(csv, model, doc));
    auto c = TabularFile::read(csv);
    QVERIFY(c);
    QCOMPARE(c->rows.at(1).at(2), QStringLiteral("预防接种证"));
    QCOMPARE(c->rows.last().first(), table.def.notes.last());
}

void TestTableExport::fileNames()
{
    QCOMPARE(
        TableExport::fileName(QStringLiteral("慢病随访工作清单：已逾期"), QStringLiteral("csv")),
        QStringLiteral("慢病随访工作清单：已逾期.csv"));
    QCOMPARE(TableExport::fileName(QStringLiteral("a/b: c"), QStringLiteral("xlsx")),
             QStringLiteral("a_b_c.xlsx"));
    QCOMPARE(TableExport::fileName(QString(), QStringLiteral("csv")), QStringLiteral("导出.csv"));
}

void TestTableExport::unwritablePath()
{
    ListModel model;
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/x.csv"));
    auto r = TableExport::write(path, model, m_doc);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("file"));
    QVERIFY(r.error().message.contains(path));
    QVERIFY(!TableExport::write(m_dir.filePath(QStringLiteral("no/such/x.xlsx")), model, m_doc));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
