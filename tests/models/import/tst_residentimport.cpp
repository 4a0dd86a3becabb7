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

class TstResidentImport : public QObject, public ResidentImportCase::ResidentImportTestCase
{
    Q_OBJECT

private slots:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void detectsMapping();
    void mappingFromJson();
    void parsesDates_data();
    void parsesDates();
    void mixedRows_data();
    void mixedRows();
    void reimportCreatesNothing();
    void dryRunWritesNothing();
    void failedBatchLeavesDatabaseAsBefore();
    void largeCsvReadInTwoHalves();
    void largeBatchesArePreparedInChunks();
};

void TstResidentImport::detectsMapping()
{
    const QStringList header{QStringLiteral("序号"),       QStringLiteral("居民姓名"),
                             QStringLiteral("性别"),       QStringLiteral("出生年月"),
                             QStringLiteral("身份证号码"), QStringLiteral("联系人电话"),
                             QStringLiteral("本人电话"),   QStringLiteral("家庭住址"),
                             QStringLiteral("所属村"),     QStringLiteral("备注")};
    const ImportMapping m = ImportMapping::detect(header);
    const QVector<ImportField> expected{ImportField::Ignore,   ImportField::Name,
                                        ImportField::Sex,      ImportField::BirthDate,
                                        ImportField::IdNumber, ImportField::ContactPhone,
                                        ImportField::Phone,    ImportField::Address,
                                        ImportField::Village,  ImportField::Ignore};
    QCOMPARE(m.columns, expected);
}

void TstResidentImport::mappingFromJson()
{
    const QStringList header{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    auto m =
        ImportMapping::fromJson(QJsonObject{{QStringLiteral("A"), QStringLiteral("name")},
                                            {QStringLiteral("3"), QStringLiteral("birth_date")},
                                            {QStringLiteral("village"), kVillageA}},
                                header, ImportMapping::detect(header));
    QVERIFY2(m, why(m));
    QCOMPARE(m->columns.at(0), ImportField::Name);
    QCOMPARE(m->columns.at(2), ImportField::BirthDate);
    QCOMPARE(m->defaultVillage, kVillageA);
    QVERIFY(!ImportMapping::fromJson(
        QJsonObject{{QStringLiteral("A"), QStringLiteral("shoe_size")}}, header, {}));
    QVERIFY(!ImportMapping::fromJson(QJsonObject{{QStringLiteral("Z"), QStringLiteral("name")}},
                                     header, {}));
}

void TstResidentImport::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << "1960-03-01" << QDate(1960, 3, 1);
    QTest::newRow("slash") << "1960/3/1" << QDate(1960, 3, 1);
    QTest::newRow("dots") << "1960.03.01" << QDate(1960, 3, 1);
    QTest::newRow("chinese") << "1960年3月1日" << QDate(1960, 3, 1);
    QTest::newRow("compact") << "19600301" << QDate(1960, 3, 1);
    QTest::newRow("excel serial") << "21976" << QDate(1960, 3, 1);
    QTest::newRow("with time") << "1960-03-01 00:00:00" << QDate(1960, 3, 1);
    QTest::newRow("impossible") << "2023-02-30" << QDate();
    QTest::newRow("garbage") << "去年" << QDate();
}

void TstResidentImport::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(ResidentImport::parseDate(text), date);
}

void TstResidentImport::mixedRows_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << "UTF-8";
    QTest::newRow("utf-8 bom") << "UTF-8-BOM";
    QTest::newRow("gb18030") << "GB18030";
}

void TstResidentImport::mixedRows()
{
    QFETCH(QString, encoding);
    QByteArray bytes;
    if (encoding == QLatin1String("GB18030")) {
        QStringEncoder e("GB18030");
        QVERIFY(e.isValid());
        bytes = e.encode(mixedCsv());
        QVERIFY(bytes != mixedCsv().toUtf8());
    } else {
        bytes =
            (encoding == QLatin1String("UTF-8-BOM") ? QByteArray("\xEF\xBB\xBF") : QByteArray()) +
            mixedCsv().toUtf8();
    }
    const ImportReport rep = importText(bytes);
    QCOMPARE(rep.encoding, encoding == QLatin1String("GB18030") ? QStringLiteral("GB18030")
                                                                : QStringLiteral("UTF-8"));
    QCOMPARE(rep.total, 9);
    QCOMPARE(rep.imported, 3);
    QCOMPARE(rep.importedLines, (QVector<int>{2, 6, 8}));
    QCOMPARE(rep.existing, 1);
    QCOMPARE(rep.skipped.first().line, 10);
    QCOMPARE(rep.failed, 5);
    QMap<int, QString> fieldByLine;
    for (const ImportRowIssue &e : rep.errors)
        fieldByLine.insert(e.line, e.field);
    QCOMPARE(fieldByLine.keys(), (QList<int>{3, 4, 5, 7, 9}));
    QCOMPARE(fieldByLine.value(3), QStringLiteral("id_number"));
    QCOMPARE(fieldByLine.value(4), QStringLiteral("birth_date"));
    QCOMPARE(fieldByLine.value(5), QStringLiteral("name"));
    QCOMPARE(fieldByLine.value(7), QStringLiteral("village_code"));
    QCOMPARE(fieldByLine.value(9), QStringLiteral("phone"));
    QVERIFY(rep.toText().contains(QStringLiteral("第 3 行 李四")));

    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 3);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity='resident'")),
             3);
    // The status bar's count of unsent records (0010) follows the import.
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT records FROM outbox_pending_count")), 3);
    // One audit entry for the batch names every resident created and carries a digest of their
    // content that the stored rows reproduce (docs/health-record.md).
    // (batches of 3 rows here: lines 2-4, 5-7 and 8-10 each created one resident)
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action='import_batch'")),
             3);
    QSqlQuery a(db(conn()));
    QVERIFY(a.exec(QStringLiteral(
        "SELECT after_json FROM audit_log WHERE action='import_batch' ORDER BY seq")));
    QStringList batchLines;
    int named = 0;
    while (a.next()) {
        const QJsonObject after = QJsonDocument::fromJson(a.value(0).toString().toUtf8()).object();
        batchLines << after.value(QStringLiteral("lines")).toString();
        named += after.value(QStringLiteral("count")).toInt();
        QVector<Resident> stored;
        QVector<QStringList> extra;
        for (const QJsonValue &v : after.value(QStringLiteral("ids")).toArray()) {
            QSqlQuery r(db(conn()));
            r.prepare(QStringLiteral(
                "SELECT id, record_no, name, sex, birth_date, ifnull(id_number, ''), phone, "
                "address,"
                " village_code, residence_type, ethnicity, work_unit, contact_name, contact_phone"
                " FROM resident WHERE id = ?"));
            r.addBindValue(v.toString());
            QVERIFY(r.exec() && r.next());
            Resident x;
            x.id = r.value(0).toString();
            x.recordNo = r.value(1).toString();
            x.name = r.value(2).toString();
            x.sex = r.value(3).toString().at(0);
            x.birthDate = QDate::fromString(r.value(4).toString(), Qt::ISODate);
            x.idNumber = r.value(5).toString();
            x.phone = r.value(6).toString();
            x.address = r.value(7).toString();
            x.villageCode = r.value(8).toString();
            x.residenceType = r.value(9).toInt();
            x.ethnicity = r.value(10).toString();
            stored << x;
            extra << QStringList{r.value(11).toString(), r.value(12).toString(),
                                 r.value(13).toString()};
        }
        QCOMPARE(stored.size(), after.value(QStringLiteral("count")).toInt());
        QCOMPARE(ResidentImport::batchDigest(stored, extra),
                 after.value(QStringLiteral("digest")).toString());
        stored[0].phone = QStringLiteral("13000000000");
        QVERIFY(ResidentImport::batchDigest(stored, extra) !=
                after.value(QStringLiteral("digest")).toString());
    }
    QCOMPARE(named, 3);
    QCOMPARE(batchLines,
             (QStringList{QStringLiteral("2-4"), QStringLiteral("5-7"), QStringLiteral("8-10")}));
    QCOMPARE(
        scalar(conn(), QStringLiteral("SELECT count(*) FROM search_term WHERE term = 'Nzhangsan'")),
        0);
    QCOMPARE(
        scalar(conn(), QStringLiteral("SELECT count(*) FROM search_term WHERE term = 'Pzhangsan'")),
        1);
    QCOMPARE(
        scalar(conn(), QStringLiteral(
                           "SELECT count(*) FROM resident WHERE name='张三' AND contact_name='张大'"
                           " AND contact_phone='13900139000' AND sex='M'")),
        1);
    QCOMPARE(
        scalar(conn(),
               QStringLiteral(
                   "SELECT count(*) FROM resident WHERE name='孙八' AND village_code='430121101202'"
                   " AND sex='F' AND birth_date='1955-03-08'")),
        1);
    QCOMPARE(scalar(conn(), QStringLiteral(
                                "SELECT count(*) FROM resident WHERE address='柳树村3组, 东头'")),
             1);
    // Record numbers continue the village's serial; the audit chain stays whole.
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(DISTINCT record_no) FROM resident")), 3);
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(
        QStringLiteral("SELECT at, user_id, workstation, action, entity, entity_id, before_json,"
                       " after_json, prev_hash, hash FROM audit_log ORDER BY seq")));
    QString prev(64, QLatin1Char('0'));
    while (q.next()) {
        AuditEntry e{0,
                     q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toString(),
                     q.value(6).toString(),
                     q.value(7).toString(),
                     q.value(8).toString(),
                     q.value(9).toString()};
        QCOMPARE(e.prevHash, prev);
        QCOMPARE(ChangeLog::hashOf(e), e.hash);
        prev = e.hash;
    }
}

void TstResidentImport::reimportCreatesNothing()
{
    const ImportReport first = importText(mixedCsv().toUtf8());
    QCOMPARE(first.imported, 3);
    const qint64 audits = scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const ImportReport second = importText(mixedCsv().toUtf8());
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.existing, 4);
    QCOMPARE(second.failed, 5);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 3);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    // Also in GB18030: the same people are recognised.
    QStringEncoder e("GB18030");
    QCOMPARE(importText(e.encode(mixedCsv())).imported, 0);
}

void TstResidentImport::dryRunWritesNothing()
{
    const ImportReport rep = importText(mixedCsv().toUtf8(), true);
    QVERIFY(rep.dryRun);
    QCOMPARE(rep.imported, 3);
    QCOMPARE(rep.existing, 1);
    QCOMPARE(rep.failed, 5);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 0);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TstResidentImport::failedBatchLeavesDatabaseAsBefore()
{
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(
        QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON resident WHEN NEW.name = '坏人'"
                       " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QString csv = QStringLiteral("姓名,性别,出生日期,村\n");
    for (int i = 0; i < 7; ++i)
        csv += QStringLiteral("%1,男,1950-01-0%2,石桥村\n")
                   .arg(i == 4 ? QStringLiteral("坏人")
                               : QStringLiteral("好人%1").arg(QChar(u'甲' + i)))
                   .arg(i + 1);
    const ImportReport rep = importText(csv.toUtf8()); // batches of 3: rows 1-3 ok, 4-6 fail
    QVERIFY(!rep.stopReason.isEmpty());
    QCOMPARE(rep.imported, 3);
    QCOMPARE(rep.importedLines, (QVector<int>{2, 3, 4}));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), 3);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), 3);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM search_term WHERE rid > 3")), 0);
}

// A text over 1M characters is parsed in two halves on two threads, split at a record end found
// with the parser's own quoting rules. The middle of this file lies inside one long quoted field
// full of line breaks, separators and doubled quotes, so a split by quote parity or by the nearest
// line break would cut it; every record and its line number must come out as one pass gives them.
void TstResidentImport::largeCsvReadInTwoHalves()
{
    QString csv = QStringLiteral("编号,内容,备注\n");
    int line = 2;
    QVector<QStringList> expected;
    QVector<int> expectedLines;
    auto add = [&](int i) {
        QString content, note = QStringLiteral("备注") + QString::number(i);
        QString text;
        switch (i % 5) {
        case 0:
            content = QStringLiteral("a,b \"q\" ") + QString::number(i);
            text = QStringLiteral("\"a,b \"\"q\"\" %1\"").arg(i);
            break;
        case 1:
            content = QStringLiteral("第一行\n第二行 ") + QString::number(i);
            text = QStringLiteral("\"第一行\n第二行 %1\"").arg(i);
            break;
        case 2:
            content = QStringLiteral("x\"y") + QString::number(i);
            text = content;
            break;
        default:
            content = QStringLiteral("张三") + QString::number(i);
            text = content;
        }
        expected << QStringList{QString::number(i), content, note};
        expectedLines << line;
        csv += QString::number(i) + QLatin1Char(',') + text + QLatin1Char(',') + note;
        csv += i % 5 == 3 ? QStringLiteral("\r\n") : QStringLiteral("\n");
        line += 1 + (i % 5 == 1);
        if (i % 5 == 4) { // a blank line is skipped, but counted
            csv += QLatin1Char('\n');
            ++line;
        }
    };
    int i = 0;
    for (; i < 30000; ++i)
        add(i);
    QString big;
    for (int k = 0; k < 40000; ++k)
        big += QStringLiteral("行%1,\"引号\"\n").arg(k);
    QString bigQuoted = big;
    bigQuoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    expected << QStringList{QStringLiteral("big"), big, QStringLiteral("end")};
    expectedLines << line;
    csv += QStringLiteral("big,\"") + bigQuoted + QStringLiteral("\",end\n");
    line += 40000 + 1;
    for (; i < 60000; ++i)
        add(i);
    const qsizetype mid = csv.size() / 2, bigAt = csv.indexOf(QStringLiteral("big,"));
    QVERIFY2(csv.size() > (1 << 20), "the file must be large enough to be split");
    QVERIFY2(bigAt < mid && mid < bigAt + bigQuoted.size(),
             "the middle must lie inside the long quoted field");

    auto t = TabularFile::readCsv(csv.toUtf8());
    QVERIFY(t);
    QCOMPARE(t->header,
             (QStringList{QStringLiteral("编号"), QStringLiteral("内容"), QStringLiteral("备注")}));
    QCOMPARE(t->rows.size(), expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        QCOMPARE(t->rows.at(r), expected.at(r));
        QCOMPARE(t->lines.at(r), expectedLines.at(r));
    }
}

// A transaction of 5100 rows is prepared in chunks (500, 500, 1000, 2000, 1100)
// (docs/health-record.md): a row that repeats one from an earlier chunk of the same batch is still
// recognised, line numbers and the batch's audit entry span the chunks, and every table counts the
// same residents.
void TstResidentImport::largeBatchesArePreparedInChunks()
{
    QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,联系电话,村\n");
    const int rows = 5200;
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        const int person =
            line == 5050 ? 2600 - 2 : i; // line 5050: the identity number of line 2600
        const QDate birth = QDate(1940, 1, 1).addDays(person / 400);
        const QString id = idFor(birth, person % 400 * 2 + 1);
        const QString birthText =
            line == 3001 ? QStringLiteral("1950-02-30") : birth.toString(Qt::ISODate);
        static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚");
        static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马");
        const QString name =
            QString(surnames.at(i / 400 % 13)) + given.at(i % 20) + given.at(i / 20 % 20);
        csv += QStringLiteral("%1,男,%2,%3,139%4,%5\n")
                   .arg(name, birthText, id)
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("石桥村") : QStringLiteral("柳树村"));
    }
    auto t = TabularFile::readCsv(csv.toUtf8());
    QVERIFY(t);
    ImportOptions o;
    o.today = kToday;
    o.batchSize = 5100;
    auto rep =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY2(rep, why(rep).constData());
    QCOMPARE(rep->imported, rows - 2);
    QCOMPARE(rep->failed, 1);
    QCOMPARE(rep->errors.first().line, 3001);
    QCOMPARE(rep->existing, 1);
    QCOMPARE(rep->skipped.first().line, 5050);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), rows - 2);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(DISTINCT record_no) FROM resident")),
             rows - 2);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity='resident'")),
             rows - 2);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT records FROM outbox_pending_count")), rows - 2);
    // every resident has its name, identity number and record number terms
    QCOMPARE(
        scalar(conn(),
               QStringLiteral(
                   "SELECT count(DISTINCT rid) FROM search_term WHERE substr(term, 1, 1) = 'D'")),
        rows - 2);
    QCOMPARE(
        scalar(conn(),
               QStringLiteral(
                   "SELECT count(DISTINCT rid) FROM search_term WHERE substr(term, 1, 1) = 'R'")),
        rows - 2);
    QCOMPARE(
        scalar(conn(),
               QStringLiteral(
                   "SELECT count(*) FROM resident r WHERE NOT EXISTS (SELECT 1 FROM search_term s"
                   " WHERE s.term = 'N' || r.name AND s.rid = r.rid)")),
        0);
    QSqlQuery a(db(conn()));
    QVERIFY(a.exec(QStringLiteral(
        "SELECT after_json FROM audit_log WHERE action='import_batch' ORDER BY seq")));
    QStringList lines;
    int named = 0;
    while (a.next()) {
        const QJsonObject after = QJsonDocument::fromJson(a.value(0).toString().toUtf8()).object();
        lines << after.value(QStringLiteral("lines")).toString();
        named += int(after.value(QStringLiteral("ids")).toArray().size());
    }
    QCOMPARE(lines, (QStringList{QStringLiteral("2-5101"), QStringLiteral("5102-5201")}));
    QCOMPARE(named, rows - 2);
    // and a second run creates nothing
    auto again =
        ResidentImport(conn()).run(Scope::administrator(), *t, ImportMapping::detect(t->header), o);
    QVERIFY(again);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->existing, rows - 1);
}

QTEST_GUILESS_MAIN(TstResidentImport)
#include "tst_residentimport.moc"
