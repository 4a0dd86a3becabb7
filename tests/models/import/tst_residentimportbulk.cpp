// The import's bulk path: the CSV splitter, the sorted search-term writer, the constraints the
// bulk statements rely on, progress and cancel inside a large batch.
#include "arearepository.h"
#include "backgroundcheckpoint.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentimport.h"
#include "searchterms.h"
#include "searchtermwriter.h"
#include "tabularfile.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "importtestutil.h"

using namespace Models;

namespace {
using namespace ImportTest;

// `rows` residents, names varied, valid identity numbers, two villages; header on line 1.
QByteArray residentsCsv(int rows)
{
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚");
    static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马曾单");
    QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,联系电话,村\n");
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1940, 1, 1).addDays(i); // one a day: no two rows alike
        csv += QStringLiteral("%1,男,%2,%3,139%4,%5\n")
                   .arg(QString(surnames.at(i % 15)) + given.at(i % 20) +
                            (i % 3 ? QString(given.at(i / 20 % 20)) : QString()),
                        birth.toString(Qt::ISODate), idFor(birth, i % 7 * 2 + 1))
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("石桥村") : QStringLiteral("柳树村"));
    }
    return csv.toUtf8();
}
} // namespace

class TstResidentImportBulk : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void csvSplitting_data();
    void csvSplitting();
    void termWriterMergesAndInserts();
    void bulkRowsKeepConstraintsAndTerms();
    void validatorCoversTheChecksTheBulkPathSkips();
    void cancelInsideABatchRollsBackThatBatchOnly();
    void walIsCopiedIntoTheFileAfterTheImport();

private:
    void open(const QString &path);
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
};

void TstResidentImportBulk::open(const QString &path)
{
    QVERIFY(openDatabase(conn(), path));
    QVERIFY(addAreas(conn()));
}

void TstResidentImportBulk::init()
{
    open(QStringLiteral(":memory:"));
}

void TstResidentImportBulk::cleanup()
{
    closeDatabase(conn());
}

void TstResidentImportBulk::csvSplitting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    using L = QList<QStringList>;
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << L{{"1", "2"}} << QList<int>{2};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << L{{"1", "2"}, {"3", "4"}}
                          << QList<int>{2, 3};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"1", "2"}} << QList<int>{2};
    QTest::newRow("trailing separator") << QByteArray("a,b\n1,\n") << L{{"1", ""}} << QList<int>{2};
    QTest::newRow("trailing separator at end")
        << QByteArray("a,b\n1,") << L{{"1", ""}} << QList<int>{2};
    QTest::newRow("short row padded")
        << QByteArray("a,b,c\n1\n") << L{{"1", "", ""}} << QList<int>{2};
    QTest::newRow("blank lines skipped")
        << QByteArray("a,b\n\n1,2\n,\n \n") << L{{"1", "2"}} << QList<int>{3};
    QTest::newRow("quoted separator and quote")
        << QByteArray("a,b\n\"x,1\",\"he said \"\"hi\"\"\"\n") << L{{"x,1", "he said \"hi\""}}
        << QList<int>{2};
    QTest::newRow("quoted line break keeps line numbers")
        << QByteArray("a,b\n\"multi\nline\",z\n3,4\n") << L{{"multi\nline", "z"}, {"3", "4"}}
        << QList<int>{2, 4};
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("a,b\nx\"y,2\n") << L{{"x\"y", "2"}} << QList<int>{2};
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n\"ab\"cd,2\n") << L{{"abcd", "2"}} << QList<int>{2};
    QTest::newRow("lone carriage return dropped")
        << QByteArray("a,b\n1\r2,3\n") << L{{"12", "3"}} << QList<int>{2};
    QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n") << L{{"1", "2"}} << QList<int>{2};
    QTest::newRow("chinese") << QStringLiteral("姓名,村\n张三,石桥村\n").toUtf8()
                             << L{{QStringLiteral("张三"), QStringLiteral("石桥村")}}
                             << QList<int>{2};
}

void TstResidentImportBulk::csvSplitting()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    auto t = TabularFile::readCsv(text);
    QVERIFY(t);
    QCOMPARE(QList<QStringList>(t->rows.cbegin(), t->rows.cend()), rows);
    QCOMPARE(QList<int>(t->lines.cbegin(), t->lines.cend()), lines);
}

void TstResidentImportBulk::termWriterMergesAndInserts()
{
    // merge: runs each sorted by (term, rid) come out as one sorted sequence
    const std::string a = "Na", b = "Nb", c = "Nc";
    const std::vector<std::vector<SearchTermWriter::RowRef>> runs{
        {{&a, 1}, {&c, 3}}, {}, {{&b, 2}, {&c, 1}}, {{&a, 5}}};
    const auto merged = SearchTermWriter::merge(runs);
    QStringList got;
    for (const auto &[t, rid] : merged)
        got << QString::fromStdString(*t) + QString::number(rid);
    QCOMPARE(got, (QStringList{"Na1", "Na5", "Nb2", "Nc1", "Nc3"}));

    // insert: exactly searchTermsFor's terms, more than one statement's worth (64 rows)
    sqlite3 *h = sqliteHandle(conn());
    SearchTermWriter w(h);
    QVERIFY2(w.ok(), qPrintable(w.error()));
    std::vector<SearchTermWriter::Row> rows;
    QSet<QString> expected;
    for (int rid = 1; rid <= 12; ++rid) {
        const QString name = rid % 2 ? QStringLiteral("曾秀英") : QStringLiteral("单于伟");
        const QString id = idFor(QDate(1960, 1, rid), 11);
        const QString recordNo = kVillageA + QStringLiteral("%1").arg(rid, 5, 10, QLatin1Char('0'));
        SearchTermWriter::append(rows, rid, name, id,
                                 QStringLiteral("13900000%1").arg(rid, 3, 10, QLatin1Char('0')),
                                 recordNo);
        for (const QString &t : searchTermsFor(
                 name, id, QStringLiteral("13900000%1").arg(rid, 3, 10, QLatin1Char('0')),
                 recordNo))
            expected.insert(t + QLatin1Char('|') + QString::number(rid));
    }
    QVERIFY(rows.size() > 64);
    QVERIFY2(w.insert(rows), qPrintable(w.error()));
    QVERIFY2(w.insert(rows), qPrintable(w.error())); // again: INSERT OR IGNORE, nothing doubled
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("SELECT term, rid FROM search_term")));
    QSet<QString> stored;
    int count = 0;
    while (q.next()) {
        stored.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
        ++count;
    }
    QCOMPARE(stored, expected);
    QCOMPARE(count, int(expected.size()));
}

void TstResidentImportBulk::bulkRowsKeepConstraintsAndTerms()
{
    const int n = 16 * 3 + 5; // whole multi-row statements and a remainder
    auto t = TabularFile::readCsv(residentsCsv(n));
    QVERIFY(t);
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA foreign_keys")), 1);
    ImportOptions o;
    o.today = kToday;
    auto rep =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY(rep);
    QCOMPARE(rep->imported, n);
    QCOMPARE(rep->committedThroughLine, n + 1);
    // the connection's settings are back, and the rows satisfy what was not compiled in
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    QSqlQuery fk(db(conn()));
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!fk.next());
    QCOMPARE(
        scalar(conn(), QStringLiteral(
                           "SELECT count(*) FROM resident WHERE NOT (length(name) BETWEEN 1 AND 50"
                           " AND sex IN ('M', 'F') AND residence_type IN (1, 2))")),
        0);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE op <> 'create'")), 0);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), n);
    // rids follow the file: the row of line L has rid L - 1, and its record number is its
    // village's next serial in file order
    QSqlQuery r(db(conn()));
    QVERIFY(r.exec(QStringLiteral(
        "SELECT rid, name, id_number, phone, record_no FROM resident ORDER BY rid")));
    int expectedRid = 1;
    QHash<QString, QString> lastRecordNo;
    while (r.next()) {
        QCOMPARE(r.value(0).toInt(), expectedRid);
        QCOMPARE(r.value(2).toString(), t->rows.at(expectedRid - 1).at(3));
        const QString recordNo = r.value(4).toString();
        QVERIFY(recordNo > lastRecordNo.value(recordNo.left(12)));
        lastRecordNo.insert(recordNo.left(12), recordNo);
        // exactly the terms the form would write for this resident
        QSet<QString> expected;
        for (const QString &term : searchTermsFor(r.value(1).toString(), r.value(2).toString(),
                                                  r.value(3).toString(), recordNo))
            expected.insert(term);
        QSqlQuery s(db(conn()));
        s.prepare(QStringLiteral("SELECT term FROM search_term WHERE rid = ?"));
        s.addBindValue(r.value(0));
        QVERIFY(s.exec());
        QSet<QString> stored;
        while (s.next())
            stored.insert(s.value(0).toString());
        QCOMPARE(stored, expected);
        ++expectedRid;
    }
    QCOMPARE(expectedRid, n + 1);
}

void TstResidentImportBulk::validatorCoversTheChecksTheBulkPathSkips()
{
    // resident's CHECKs (0001): length(name) BETWEEN 1 AND 50, sex IN ('M','F'),
    // residence_type IN (1, 2). The import refuses such rows before any statement runs.
    const QString id = idFor(QDate(1960, 3, 1), 11);
    const QByteArray csv =
        (QStringLiteral("姓名,性别,出生日期,身份证号,村,常住类型\n") + QString(51, QChar(0x738B)) +
         QStringLiteral(",男,1960-03-01,,石桥村,户籍\n") +
         QStringLiteral(",男,1960-03-01,,石桥村,户籍\n") +
         QStringLiteral("张三,未知,1960-03-01,,石桥村,户籍\n") +
         QStringLiteral("张三,,1960-03-01,,石桥村,户籍\n") +
         QStringLiteral("李四,男,1960-03-01,,石桥村,暂住\n") +
         QStringLiteral("王五,男,1960-03-01,%1,石桥村,户籍\n").arg(id))
            .toUtf8();
    auto t = TabularFile::readCsv(csv);
    QVERIFY(t);
    ImportOptions o;
    o.today = kToday;
    auto rep =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY(rep);
    QCOMPARE(rep->imported, 1);
    QCOMPARE(rep->failed, 5);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 1);
}

void TstResidentImportBulk::cancelInsideABatchRollsBackThatBatchOnly()
{
    const int n = 2500;
    auto t = TabularFile::readCsv(residentsCsv(n));
    QVERIFY(t);
    ImportOptions o;
    o.today = kToday;
    o.batchSize = 1000;
    QList<int> seen;
    o.progress = [&seen](int done, int total) {
        seen << done;
        return done < 1500 || done == total;
    };
    auto rep =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY(rep);
    QVERIFY(rep->cancelled);
    // progress came from inside the batches, not only at their starts
    QVERIFY(seen.contains(500));
    QVERIFY(seen.contains(1500));
    QCOMPARE(seen.last(), 1500);
    // the first batch (lines 2-1001) is in, the second was rolled back entirely
    QCOMPARE(rep->imported, 1000);
    QCOMPARE(rep->committedThroughLine, 1001);
    QVERIFY(rep->toText().contains(QStringLiteral("第 1001 行及之前")));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 1000);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), 1000);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT records FROM outbox_pending_count")), 1000);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(DISTINCT rid) FROM search_term")), 1000);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT max(rid) FROM search_term")), 1000);
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_batch'")),
             1);
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    // the same file again finishes the job
    o.progress = {};
    auto again =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY(again);
    QCOMPARE(again->imported, n - 1000);
    QCOMPARE(again->existing, 1000);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), n);
}

// The import returns when its rows are committed; the WAL (held back from checkpoints during the
// import) is then copied into the database file on a thread of its own. After waiting for it the
// file holds the rows (it grew) and the WAL has nothing left to copy; the connection's automatic
// checkpoints are back on.
void TstResidentImportBulk::walIsCopiedIntoTheFileAfterTheImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    closeDatabase(conn());
    open(path);
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), 0);
    const qint64 before = QFileInfo(path).size();
    auto t = TabularFile::readCsv(residentsCsv(3000));
    QVERIFY(t);
    ImportOptions o;
    o.today = kToday;
    auto rep =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY(rep);
    QCOMPARE(rep->imported, 3000);
    BackgroundCheckpoint::wait();
    const qint64 after = QFileInfo(path).size();
    QVERIFY2(after > before + 3000 * 300,
             qPrintable(QStringLiteral("file %1 -> %2 bytes").arg(before).arg(after)));
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next());
    QCOMPARE(q.value(1).toInt(), q.value(2).toInt()); // every frame of the WAL is in the file
    QCOMPARE(scalar(conn(), QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 3000);
}

QTEST_GUILESS_MAIN(TstResidentImportBulk)
#include "tst_residentimportbulk.moc"
