// Resident import file formats: an .xlsx written by libxlsxwriter, export and import again,
// CSV quoting and text encodings.
#include "arearepository.h"
#include "changelog.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentimport.h"
#include "residentimportcase.h"
#include "tabularfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "xlsxwriterlib.h"

#include "importtestutil.h"

using namespace Models;
using namespace ResidentImportCase;

class TstResidentImportFormats : public QObject, public ResidentImportCase::ResidentImportTestCase
{
    Q_OBJECT

private slots:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void xlsxFromLibxlsxwriter();
    void exportRoundTrip();
    void csvQuotesAndEncodings();
};

void TstResidentImportFormats::xlsxFromLibxlsxwriter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名单.xlsx"));
    // libxlsxwriter itself (through the DEEPBIND loader, see xlsxwriterlib.h) writes the file.
    const XlsxWriterLib &x = XlsxWriterLib::get();
    QVERIFY2(x.ok, qPrintable(x.error));
    lxw_workbook *wb = x.workbookNew(QFile::encodeName(path).constData());
    lxw_worksheet *ws = x.addWorksheet(wb, "居民");
    lxw_format *dateFormat = x.addFormat(wb);
    x.setNumFormat(dateFormat, "yyyy-mm-dd");
    const char *header[] = {"姓名", "性别", "出生日期", "身份证号", "联系电话", "村"};
    for (int c = 0; c < 6; ++c)
        x.writeString(ws, 0, c, header[c], nullptr);
    // Row 2: a real Excel date cell (a number) and a phone typed as a number.
    x.writeString(ws, 1, 0, "陈一", nullptr);
    x.writeString(ws, 1, 1, "男", nullptr);
    lxw_datetime dt = {1972, 8, 15, 0, 0, 0};
    x.writeDatetime(ws, 1, 2, &dt, dateFormat);
    x.writeNumber(ws, 1, 4, 13712345678.0, nullptr);
    x.writeString(ws, 1, 5, "石桥村", nullptr);
    // Row 3: identity number as text, birth date left empty (taken from the number); rich gap.
    x.writeString(ws, 2, 0, "林二", nullptr);
    x.writeString(ws, 2, 3, idFor(QDate(1980, 2, 29), 22).toUtf8().constData(), nullptr);
    x.writeString(ws, 2, 5, "柳树村", nullptr);
    // Row 5 (row 4 blank): a bad one.
    x.writeString(ws, 4, 0, "错三", nullptr);
    x.writeString(ws, 4, 1, "男", nullptr);
    x.writeString(ws, 4, 2, "2099-01-01", nullptr);
    x.writeString(ws, 4, 5, "石桥村", nullptr);
    QCOMPARE(x.close(wb), LXW_NO_ERROR);

    auto t = TabularFile::read(path);
    QVERIFY2(t, why(t));
    QCOMPARE(t->encoding, QStringLiteral("xlsx"));
    QCOMPARE(t->header.size(), 6);
    QCOMPARE(t->rows.size(), 3);
    QCOMPARE(t->lines, (QVector<int>{2, 3, 5}));
    ImportOptions o;
    o.today = kToday;
    auto rep = ResidentImport(conn()).runFile(Scope::administrator(), path, {}, o);
    QVERIFY2(rep, why(rep));
    QCOMPARE(rep->imported, 2);
    QCOMPARE(rep->failed, 1);
    QCOMPARE(rep->errors.first().line, 5);
    QCOMPARE(rep->errors.first().field, QStringLiteral("birth_date"));
    QCOMPARE(
        scalar(conn(),
               QStringLiteral(
                   "SELECT count(*) FROM resident WHERE name='陈一' AND birth_date='1972-08-15'"
                   " AND phone='13712345678'")),
        1);
    QCOMPARE(
        scalar(conn(),
               QStringLiteral(
                   "SELECT count(*) FROM resident WHERE name='林二' AND birth_date='1980-02-29'"
                   " AND sex='F'")),
        1);
    auto again = ResidentImport(conn()).runFile(Scope::administrator(), path, {}, o);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->existing, 2);
}

void TstResidentImportFormats::exportRoundTrip()
{
    QCOMPARE(importText(mixedCsv().toUtf8()).imported, 3);
    QTemporaryDir dir;
    auto t = ResidentExport::table(conn(), Scope::administrator());
    QVERIFY2(t, why(t));
    QCOMPARE(t->rows.size(), 3);
    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        const QString path = dir.filePath(name);
        QVERIFY(TabularFile::write(path, *t));
        auto back = TabularFile::read(path);
        QVERIFY2(back, why(back));
        QCOMPARE(back->header, t->header);
        QCOMPARE(back->rows, t->rows);
        ImportOptions o;
        o.today = kToday;
        auto rep = ResidentImport(conn()).runFile(Scope::administrator(), path, {}, o);
        QVERIFY2(rep, why(rep));
        QCOMPARE(rep->imported, 0);
        QCOMPARE(rep->existing, 3);
        QCOMPARE(rep->failed, 0);
    }
    const QString gb = dir.filePath(QStringLiteral("gb.csv"));
    QVERIFY(TabularFile::writeCsv(gb, *t, QStringLiteral("GB18030")));
    auto back = TabularFile::read(gb);
    QCOMPARE(back->encoding, QStringLiteral("GB18030"));
    QCOMPARE(back->rows, t->rows);
}

void TstResidentImportFormats::csvQuotesAndEncodings()
{
    auto t = TabularFile::readCsv("a,b\r\n\"x, \"\"y\"\"\",\"line1\nline2\"\r\n\r\nlast,row\n");
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows.at(0),
             (QStringList{QStringLiteral("x, \"y\""), QStringLiteral("line1\nline2")}));
    QCOMPARE(t->lines, (QVector<int>{2, 5}));
    auto tabs = TabularFile::readCsv("姓名\t性别\n张三\t男\n");
    QCOMPARE(tabs->rows.at(0).size(), 2);
    QVERIFY(!TabularFile::readCsv(""));
}

QTEST_GUILESS_MAIN(TstResidentImportFormats)
#include "tst_residentimportformats.moc"
