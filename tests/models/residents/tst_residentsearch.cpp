#include "database.h"
#include "dbaccess.h"
#include "demogenerator.h"
#include "pinyin.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "residentsearch.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;

namespace {

constexpr int kResidents = 3000;
constexpr int kAll = 1'000'000; // "every result": far more than the database holds

struct Row
{
    qint64 rid = 0;
    QString name, idNumber, phone, recordNo, villageCode;
};

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(": ") + r.error().message + QStringLiteral(" / ") +
                r.error().detail)
                   .toUtf8();
}

QVector<Row> rows(const QString &conn, const QString &where, const QVariantList &binds = {})
{
    QVector<Row> out;
    QSqlQuery q(db(conn));
    q.prepare(
        QStringLiteral("SELECT rid, name, coalesce(id_number, ''), phone, record_no, village_code"
                       " FROM resident %1")
            .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        out.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

qint64 scalar(const QString &conn, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db(conn));
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QVector<qint64> search(const QString &conn, const QString &query, const QString &village = {})
{
    return ResidentCursor(conn, SearchPlan::forQuery(query), village, Scope::administrator())
        .next(kAll);
}

Row byRid(const QString &conn, qint64 rid)
{
    const auto r = rows(conn, QStringLiteral("WHERE rid = ?"), {rid});
    return r.isEmpty() ? Row{} : r.first();
}

} // namespace

class TstResidentSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void wholeIdRanksFirst();
    void exactNameFirst();
    void exactInitialsFirst();
    void pagingMatchesOneRead();
    void polyphonicSurname();
    void villageFilter_data();
    void villageFilter();
    void removedNotFound();
    void tooShort_data();
    void tooShort();
    void renameKeepsIndex();
    void listModel();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    bool openShared(const QString &name);
    bool openCopy(const QString &name); // a private copy for tests that write

    QTemporaryDir m_dir;
    QString m_path;
};

bool TstResidentSearch::openShared(const QString &name)
{
    auto info = openDatabase(name, m_path, OpenOptions{.create = false, .migrate = true});
    if (!info)
        qWarning() << why(info);
    return bool(info);
}

bool TstResidentSearch::openCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name + QStringLiteral(".db"));
    QFile::remove(copy);
    if (!QFile::copy(m_path, copy))
        return false;
    auto info = openDatabase(name, copy, OpenOptions{.create = false, .migrate = true});
    return bool(info);
}

void TstResidentSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    auto info = openDatabase(conn(), m_path);
    QVERIFY2(info, why(info));
    DemoOptions options;
    options.residents = kResidents;
    options.seed = 11;
    options.today = QDate(2024, 6, 1);
    auto summary = DemoGenerator::generate(conn(), Scope::administrator(), options);
    QVERIFY2(summary, why(summary));
    QCOMPARE(summary->residents, kResidents);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM resident")), kResidents);
    closeDatabase(conn()); // checkpoints the WAL, so the file can be copied
}

void TstResidentSearch::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("rid");
    const QString c = QStringLiteral("find_data");
    QVERIFY(openShared(c));
    QVector<Row> picked;
    for (int offset : {0, 499, 1499})
        picked += rows(c, QStringLiteral("ORDER BY rid LIMIT 1 OFFSET ?"), {offset});
    // Make sure a three-character name, a phone and an X check character are among them.
    picked +=
        rows(c, QStringLiteral("WHERE length(name) = 3 AND phone <> '' ORDER BY rid LIMIT 1"));
    picked +=
        rows(c, QStringLiteral("WHERE id_number LIKE '%X' AND phone <> '' ORDER BY rid LIMIT 1"));
    closeDatabase(c);
    QCOMPARE(picked.size(), 5);

    for (const Row &r : picked) {
        auto add = [&](const char *form, const QString &query) {
            QTest::addRow("%lld %s %s", r.rid, form, qPrintable(query)) << query << r.rid;
        };
        add("name", r.name);
        add("name last char", r.name.right(1));
        if (r.name.size() == 3)
            add("name last two", r.name.right(2));
        add("initials", Pinyin::initialVariants(r.name).first());
        add("pinyin", Pinyin::fullVariants(r.name).first());
        add("pinyin start", Pinyin::fullVariants(r.name).first().left(5));
        add("pinyin upper case", Pinyin::fullVariants(r.name).first().toUpper());
        if (!r.idNumber.isEmpty()) {
            add("id", r.idNumber);
            add("id lower case", r.idNumber.toLower());
            add("id last 4", r.idNumber.right(4));
            add("id last 5", r.idNumber.right(5));
            add("id last 6", r.idNumber.right(6));
        }
        if (!r.phone.isEmpty()) {
            add("phone", r.phone);
            add("phone last 4", r.phone.right(4));
        }
        add("record", r.recordNo);
    }
}

void TstResidentSearch::find()
{
    QFETCH(QString, query);
    QFETCH(qint64, rid);
    QVERIFY(openShared(conn()));
    const SearchPlan plan = SearchPlan::forQuery(query);
    QVERIFY(plan.form != SearchPlan::Form::Browse && plan.form != SearchPlan::Form::TooShort);
    QVERIFY(plan.hint.isEmpty());
    const QVector<qint64> found = search(conn(), query);
    QVERIFY2(
        found.contains(rid),
        qPrintable(QStringLiteral("%1 results, rid %2 not among them").arg(found.size()).arg(rid)));
    QCOMPARE(QSet<qint64>(found.cbegin(), found.cend()).size(), found.size()); // no duplicates
    // Nothing unrelated: every result really holds the query somewhere (spot-check digits).
    if (plan.form == SearchPlan::Form::Digits && query.size() >= 11) {
        for (qint64 other : found) {
            const Row r = byRid(conn(), other);
            QVERIFY2(r.idNumber.startsWith(query.toUpper()) || r.phone == query ||
                         r.recordNo.startsWith(query),
                     qPrintable(r.name));
        }
    }
    closeDatabase(conn());
}

void TstResidentSearch::wholeIdRanksFirst()
{
    QVERIFY(openShared(conn()));
    const auto picked =
        rows(conn(), QStringLiteral("WHERE id_number IS NOT NULL AND rid % 97 = 0"));
    QVERIFY(picked.size() > 20);
    for (const Row &r : picked) {
        const QVector<qint64> found = search(conn(), r.idNumber);
        QVERIFY(!found.isEmpty());
        QVERIFY2(found.first() == r.rid, qPrintable(r.idNumber));
        QCOMPARE(search(conn(), r.recordNo).value(0), r.rid);
    }
    closeDatabase(conn());
}

void TstResidentSearch::exactNameFirst()
{
    QVERIFY(openShared(conn()));
    // The most common name that is also the start of a longer name.
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.name, count(*) FROM resident a WHERE EXISTS (SELECT 1 FROM resident b"
        " WHERE length(b.name) > length(a.name) AND substr(b.name, 1, length(a.name)) = a.name)"
        " GROUP BY a.name ORDER BY count(*) DESC, a.name LIMIT 3")));
    int checked = 0;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const int exact = q.value(1).toInt();
        const QVector<qint64> found = search(conn(), name);
        QVERIFY2(found.size() > exact, qPrintable(name));
        for (int i = 0; i < found.size(); ++i) {
            const bool isExact = byRid(conn(), found.at(i)).name == name;
            QVERIFY2(isExact == (i < exact),
                     qPrintable(
                         QStringLiteral("%1: result %2 of %3").arg(name).arg(i).arg(found.size())));
        }
        // The longer names that start with the query come right after the exact ones.
        const Row next = byRid(conn(), found.at(exact));
        QVERIFY2(next.name.startsWith(name), qPrintable(next.name));
        ++checked;
    }
    QCOMPARE(checked, 3);
    closeDatabase(conn());
}

void TstResidentSearch::exactInitialsFirst()
{
    QVERIFY(openShared(conn()));
    int checked = 0;
    for (const QString &initials :
         {QStringLiteral("wf"), QStringLiteral("ly"), QStringLiteral("zm"), QStringLiteral("lj")}) {
        const QVector<qint64> found = search(conn(), initials);
        QVERIFY2(!found.isEmpty(), qPrintable(initials));
        int exact = 0;
        bool seenOther = false;
        for (qint64 rid : found) {
            const QString name = byRid(conn(), rid).name;
            const bool isExact = Pinyin::initialVariants(name, 4).contains(initials);
            QVERIFY2(!(isExact && seenOther), qPrintable(initials + QLatin1Char(' ') + name));
            seenOther = seenOther || !isExact;
            exact += isExact;
        }
        if (exact > 0 && exact < found.size())
            ++checked;
    }
    QVERIFY(checked >= 2); // the data really had both kinds for most of them
    closeDatabase(conn());
}

void TstResidentSearch::pagingMatchesOneRead()
{
    QVERIFY(openShared(conn()));
    for (const QString &query :
         {QStringLiteral("wang"), QStringLiteral("王"), QStringLiteral("1381"), QString()}) {
        const QVector<qint64> whole = search(conn(), query);
        ResidentCursor cursor(conn(), SearchPlan::forQuery(query), {}, Scope::administrator());
        QVector<qint64> paged;
        while (!cursor.atEnd())
            paged += cursor.next(7);
        QCOMPARE(paged, whole);
    }
    QCOMPARE(search(conn(), QString()).size(), kResidents);
    closeDatabase(conn());
}

void TstResidentSearch::polyphonicSurname()
{
    QVERIFY(openCopy(conn()));
    Resident r;
    r.name = QStringLiteral("曾小明");
    r.sex = QLatin1Char('M');
    r.birthDate = QDate(1990, 9, 9);
    r.villageCode = rows(conn(), QStringLiteral("LIMIT 1")).first().villageCode;
    r.phone = r.address = r.relation = QStringLiteral("");
    auto created = ResidentRepository(conn()).create(Scope::administrator(), r);
    QVERIFY2(created, why(created));
    for (const QString &q :
         {QStringLiteral("zxm"), QStringLiteral("cxm"), QStringLiteral("zeng"),
          QStringLiteral("ceng"), QStringLiteral("zengxiaoming"), QStringLiteral("cengxiaoming"),
          QStringLiteral("曾小明"), QStringLiteral("小明")})
        QVERIFY2(search(conn(), q).contains(created->rid), qPrintable(q));
    QCOMPARE(search(conn(), QStringLiteral("曾小明")).first(), created->rid);
    closeDatabase(conn());
}

void TstResidentSearch::villageFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("browse") << QString();
    QTest::newRow("surname") << QStringLiteral("李");
    QTest::newRow("pinyin") << QStringLiteral("zh");
    QTest::newRow("last 4 digits") << QStringLiteral("LAST4");
}

void TstResidentSearch::villageFilter()
{
    QFETCH(QString, query);
    QVERIFY(openShared(conn()));
    const QString village = rows(conn(), QStringLiteral("WHERE rid = 1")).first().villageCode;
    if (query == QLatin1String("LAST4")) // a 4-digit ending held by residents of several villages
        query = rows(conn(),
                     QStringLiteral("WHERE phone <> '' AND village_code = ? AND EXISTS (SELECT 1 "
                                    "FROM resident o WHERE"
                                    " substr(o.phone, -4) = substr(resident.phone, -4) AND "
                                    "o.village_code <> ?) LIMIT 1"),
                     {village, village})
                    .value(0)
                    .phone.right(4);
    QCOMPARE(query.isEmpty(), QTest::currentDataTag() == QByteArray("browse"));
    const QVector<qint64> all = search(conn(), query);
    const QVector<qint64> filtered = search(conn(), query, village);
    QVERIFY(!filtered.isEmpty());
    QVERIFY(filtered.size() < all.size());
    QVector<qint64> expected;
    for (qint64 rid : all)
        if (byRid(conn(), rid).villageCode == village)
            expected << rid;
    QCOMPARE(filtered, expected); // same residents, same order
    if (query.isEmpty())
        QCOMPARE(qint64(filtered.size()), scalar(conn(),
                                                 QStringLiteral("SELECT count(*) FROM resident"
                                                                " WHERE village_code = ?"),
                                                 {village}));
    closeDatabase(conn());
}

void TstResidentSearch::removedNotFound()
{
    QVERIFY(openCopy(conn()));
    const Row r = rows(conn(), QStringLiteral("WHERE phone <> '' AND id_number IS NOT NULL"
                                              " ORDER BY rid LIMIT 1 OFFSET 100"))
                      .first();
    QVERIFY(search(conn(), r.idNumber).contains(r.rid));
    ResidentRepository repo(conn());
    QSqlQuery q(db(conn()));
    q.prepare(QStringLiteral("SELECT id FROM resident WHERE rid = ?"));
    q.addBindValue(r.rid);
    QVERIFY(q.exec() && q.next());
    auto removed = repo.remove(Scope::administrator(), q.value(0).toString());
    QVERIFY2(removed, why(removed));
    for (const QString &query : {r.name, r.idNumber, r.idNumber.right(6), r.phone, r.phone.right(4),
                                 r.recordNo, Pinyin::initialVariants(r.name).first(), QString()})
        QVERIFY2(!search(conn(), query).contains(r.rid), qPrintable(query));
    QCOMPARE(search(conn(), QString()).size(), kResidents - 1);
    closeDatabase(conn());
}

void TstResidentSearch::tooShort_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("tooShort");
    QTest::newRow("1 digit") << "1" << true;
    QTest::newRow("2 digits") << "13" << true;
    QTest::newRow("3 digits") << "138" << true;
    QTest::newRow("3 digits and x") << "12x" << true;
    QTest::newRow("3 digits, spaces") << " 1 3 8 " << true;
    QTest::newRow("4 digits") << "1388" << false;
}

void TstResidentSearch::tooShort()
{
    QFETCH(QString, query);
    QFETCH(bool, tooShort);
    QVERIFY(openShared(conn()));
    const SearchPlan plan = SearchPlan::forQuery(query);
    QCOMPARE(plan.form == SearchPlan::Form::TooShort, tooShort);
    QCOMPARE(plan.hint.isEmpty(), !tooShort);
    QCOMPARE(plan.prefixes.isEmpty(), tooShort);
    ResidentCursor cursor(conn(), plan, {}, Scope::administrator());
    QCOMPARE(cursor.atEnd(), tooShort);
    if (tooShort)
        QVERIFY(cursor.next(100).isEmpty());

    ResidentListModel model(conn(), Scope::administrator());
    model.setQuery(query);
    QCOMPARE(model.hint().isEmpty(), !tooShort);
    if (tooShort)
        QCOMPARE(model.rowCount(), 0);
    closeDatabase(conn());
}

void TstResidentSearch::renameKeepsIndex()
{
    QVERIFY(openCopy(conn()));
    ResidentRepository repo(conn());
    const Row row =
        rows(conn(), QStringLiteral("WHERE length(name) = 2 ORDER BY rid LIMIT 1 OFFSET 30"))
            .first();
    QSqlQuery q(db(conn()));
    q.prepare(QStringLiteral("SELECT id FROM resident WHERE rid = ?"));
    q.addBindValue(row.rid);
    QVERIFY(q.exec() && q.next());
    auto r = repo.findById(Scope::administrator(), q.value(0).toString());
    QVERIFY2(r, why(r));
    const QString oldName = r->name;
    const QString oldInitials = Pinyin::initialVariants(oldName).first();
    QVERIFY(search(conn(), oldName).contains(row.rid));

    Resident changed = *r;
    changed.name = QStringLiteral("欧阳修远");
    auto updated = repo.update(Scope::administrator(), changed);
    QVERIFY2(updated, why(updated));
    for (const QString &query : {QStringLiteral("欧阳修远"), QStringLiteral("修远"),
                                 QStringLiteral("oyxy"), QStringLiteral("ouyangxiuyuan")})
        QVERIFY2(search(conn(), query).contains(row.rid), qPrintable(query));
    QCOMPARE(search(conn(), QStringLiteral("欧阳修远")), QVector<qint64>{row.rid});
    QVERIFY(!search(conn(), oldName).contains(row.rid));
    QVERIFY(!search(conn(), oldInitials).contains(row.rid));
    // Unchanged fields are still indexed.
    QVERIFY(search(conn(), row.recordNo).contains(row.rid));
    if (!row.idNumber.isEmpty())
        QCOMPARE(search(conn(), row.idNumber).value(0), row.rid);
    closeDatabase(conn());
}

void TstResidentSearch::listModel()
{
    QVERIFY(openShared(conn()));
    ResidentListModel model(conn(), Scope::administrator());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Qt 6.4's tester calls fetchMore() from its modelReset slot before it has left its own
    // "reset in flight" state, so any fetchMore model's insert looks nested. Views call it
    // later; this test calls it itself, outside resets.
    tester.setUseFetchMore(false);
    QCOMPARE(model.rowCount(), kResidents); // browsing: every resident, true scroll bar
    QCOMPARE(model.columnCount(), int(ResidentListModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.data(model.index(kResidents - 1, ResidentListModel::Name)).toString().isEmpty());

    // A wide query is read a chunk at a time as the view scrolls.
    model.setQuery(QStringLiteral("z"));
    const QVector<qint64> all = search(conn(), QStringLiteral("z"));
    QVERIFY(all.size() > 300);
    QVERIFY(model.rowCount() < all.size());
    QVERIFY(model.canFetchMore({}));
    int guard = 0;
    while (model.canFetchMore({}) && ++guard < 1000)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), all.size());
    QVERIFY(model.complete());
    const Row first = byRid(conn(), all.first());
    QCOMPARE(model.data(model.index(0, ResidentListModel::Name)).toString(), first.name);
    QCOMPARE(model.data(model.index(0, ResidentListModel::RecordNo)).toString(), first.recordNo);
    const Row last = byRid(conn(), all.last());
    QCOMPARE(model.data(model.index(all.size() - 1, ResidentListModel::IdNumber)).toString(),
             last.idNumber);
    QCOMPARE(model.residentId(0).isEmpty(), false);
    QCOMPARE(model.rowOfResident(model.residentId(0)), 0);

    // Filter by village, then type a name; fetch to the end each time.
    const QString village = first.villageCode;
    model.setVillageFilter(village);
    const qint64 inVillage = scalar(conn(),
                                    QStringLiteral("SELECT count(*) FROM resident WHERE"
                                                   " village_code = ? AND deleted = 0"),
                                    {village});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), search(conn(), QStringLiteral("z"), village).size());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r, ResidentListModel::Village)).toString().isEmpty(),
                 false);
    model.setQuery(QString());
    QCOMPARE(qint64(model.rowCount()), inVillage);
    model.setQuery(first.name);
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.data(model.index(0, ResidentListModel::Name)).toString(), first.name);
    model.setQuery(QStringLiteral("12"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hint().isEmpty());
    model.setVillageFilter(QString());
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), kResidents);
    // Random access far down the list (pages are loaded on demand and evicted).
    for (int r : {2999, 0, 1500, 128, 127, 2048})
        QCOMPARE(model.data(model.index(r, ResidentListModel::RecordNo)).toString().size(), 17);
    model.refresh();
    QCOMPARE(model.rowCount(), kResidents);
    closeDatabase(conn());
}

QTEST_GUILESS_MAIN(TstResidentSearch)
#include "tst_residentsearch.moc"
