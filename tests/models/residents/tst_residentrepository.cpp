#include "arearepository.h"
#include "changelog.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "residentrepositorycase.h"
#include "residentsearch.h"
#include "searchterms.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Models;
using namespace ResidentRepositoryCase;

class TstResidentRepository : public QObject,
                              public ResidentRepositoryCase::ResidentRepositoryTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void createAndFind();
    void nullOptionalFields_data();
    void nullOptionalFields();
    void recordNumbers();
    void households();
    void validation_data();
    void validation();
    void duplicateIdNumber();
    void idNormalisation_data();
    void idNormalisation();
};

void TstResidentRepository::createAndFind()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    Resident r = person(QStringLiteral("  张 三  "), idFor(QDate(1975, 4, 9), 13));
    r.phone = QStringLiteral(" 13812345678 ");
    r.address = QStringLiteral("石桥村  3组 12号");
    r.residenceType = 2;
    r.ethnicity = QStringLiteral("03");
    auto created = repo.create(admin, r);
    QVERIFY2(created, why(created));
    QVERIFY(!QUuid::fromString(created->id).isNull());
    QVERIFY(created->rid > 0);
    QCOMPARE(created->name, QStringLiteral("张 三")); // simplified, not stripped of inner spaces
    QCOMPARE(created->phone, QStringLiteral("13812345678"));
    QCOMPARE(created->address, QStringLiteral("石桥村 3组 12号"));
    QCOMPARE(created->updatedBy, QStringLiteral("admin"));
    QVERIFY(created->updatedAt.isValid());

    auto found = repo.findById(admin, created->id);
    QVERIFY2(found, why(found));
    QCOMPARE(found->toJson(), created->toJson());
    QCOMPARE(found->rid, created->rid);
    QCOMPARE(found->birthDate, QDate(1975, 4, 9));
    QCOMPARE(found->sex, QChar(u'M'));
    QCOMPARE(found->residenceType, 2);
    QCOMPARE(found->ethnicity, QStringLiteral("03"));
    QVERIFY(!found->deleted);

    auto byId = repo.findByIdNumber(admin, r.idNumber.toLower());
    QVERIFY2(byId, why(byId));
    QCOMPARE(byId->id, created->id);
    QCOMPARE(repo.count(admin).value(), qint64(1));

    auto missing = repo.findById(admin, QStringLiteral("no-such-id"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("resident.notfound"));
    QCOMPARE(termsOf(conn(), created->rid).size(),
             searchTermsFor(found->name, found->idNumber, found->phone, found->recordNo).size());
}

void TstResidentRepository::nullOptionalFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("phone") << QStringLiteral("phone");
    QTest::newRow("address") << QStringLiteral("address");
    QTest::newRow("relation") << QStringLiteral("relation");
    QTest::newRow("household address") << QStringLiteral("household");
}

// A resident with no phone (a child), no address or no relation is normal; a caller that leaves
// the QString default-constructed must not get a database error.
void TstResidentRepository::nullOptionalFields()
{
    QFETCH(QString, field);
    Resident r = person(QStringLiteral("李娜"), idFor(QDate(2015, 6, 1), 22));
    r.phone = QStringLiteral("13812345678");
    r.address = QStringLiteral("石桥村1组");
    r.relation = QStringLiteral("");
    if (field == QLatin1String("phone"))
        r.phone = QString();
    else if (field == QLatin1String("address") || field == QLatin1String("household"))
        r.address = QString();
    else
        r.relation = QString();
    const auto before = counts(conn());
    auto created = ResidentRepository(conn()).create(Scope::administrator(), r,
                                                     field == QLatin1String("household"));
    QVERIFY2(created, why(created));
    QCOMPARE(counts(conn())[QStringLiteral("resident")], before[QStringLiteral("resident")] + 1);
}

void TstResidentRepository::recordNumbers()
{
    QStringList a, b;
    const QStringList names{QStringLiteral("甲一"), QStringLiteral("甲二"), QStringLiteral("甲三")};
    for (int i = 0; i < 3; ++i)
        a << createOk(person(names.at(i), idFor(QDate(1980, 1, 1 + i), 11))).recordNo;
    b << createOk(person(QStringLiteral("乙一"), idFor(QDate(1981, 1, 1), 11), kVillageB)).recordNo;
    Resident noId = person(QStringLiteral("甲四"), {}); // no identity number: sex and birth by hand
    noId.sex = QLatin1Char('F');
    noId.birthDate = QDate(2001, 5, 5);
    a << createOk(noId).recordNo;
    b << createOk(person(QStringLiteral("乙二"), idFor(QDate(1981, 1, 2), 11), kVillageB)).recordNo;
    QCOMPARE(a, (QStringList{kVillageA + "00001", kVillageA + "00002", kVillageA + "00003",
                             kVillageA + "00004"}));
    QCOMPARE(b, (QStringList{kVillageB + "00001", kVillageB + "00002"}));
    static const QRegularExpression seventeen(QStringLiteral("^[0-9]{17}$"));
    for (const QString &n : a + b)
        QVERIFY2(seventeen.match(n).hasMatch(), qPrintable(n));

    // A removed resident's number is not given out again.
    ResidentRepository repo(conn());
    auto last = repo.findByIdNumber(Scope::administrator(), idFor(QDate(1980, 1, 3), 11));
    QVERIFY(last);
    QVERIFY(repo.remove(Scope::administrator(), last->id));
    QCOMPARE(createOk(person(QStringLiteral("甲五"), idFor(QDate(1982, 1, 1), 11))).recordNo,
             kVillageA + "00005");
}

void TstResidentRepository::households()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    Resident head = person(QStringLiteral("王建国"), idFor(QDate(1970, 5, 5), 31));
    head.address = QStringLiteral("石桥村2组8号");
    const qint64 outboxBefore = scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox"));
    head = createOk(head, true);
    QVERIFY(!head.householdId.isEmpty());
    QCOMPARE(head.relation, QStringLiteral("02"));
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 2);
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM household WHERE id = ? AND head_id = ?"
                                   " AND village_code = ? AND address = ?"),
                    {head.householdId, head.id, kVillageA, head.address}),
             1);

    Resident wife = person(QStringLiteral("刘秀英"), idFor(QDate(1972, 8, 1), 42));
    wife.householdId = head.householdId;
    wife.relation = QStringLiteral("10");
    wife = createOk(wife);
    Resident son = person(QStringLiteral("王小军"), idFor(QDate(1998, 2, 3), 51));
    son.householdId = head.householdId;
    son.relation = QStringLiteral("20");
    son = createOk(son);
    createOk(person(QStringLiteral("赵独居"), idFor(QDate(1940, 1, 1), 61)), true);
    createOk(person(QStringLiteral("钱柳树"), idFor(QDate(1950, 1, 1), 71), kVillageB), true);

    auto members = repo.members(admin, head.householdId);
    QVERIFY2(members, why(members));
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->at(0).id, head.id); // head (02) first, then by relation
    QCOMPARE(members->at(1).id, wife.id);
    QCOMPARE(members->at(2).id, son.id);

    auto list = repo.households(admin, kVillageA);
    QVERIFY2(list, why(list));
    QCOMPARE(list->size(), 2);
    const auto it = std::find_if(list->cbegin(), list->cend(),
                                 [&](const Household &h) { return h.id == head.householdId; });
    QVERIFY(it != list->cend());
    QCOMPARE(it->headId, head.id);
    QCOMPARE(it->headName, QStringLiteral("王建国"));
    QCOMPARE(it->memberCount, 3);
    QCOMPARE(it->address, QStringLiteral("石桥村2组8号"));
    QCOMPARE(repo.households(admin, kVillageB)->size(), 1);

    QVERIFY(repo.remove(admin, son.id));
    QCOMPARE(repo.members(admin, head.householdId)->size(), 2);
    QCOMPARE(repo.households(admin, kVillageA)->at(it - list->cbegin()).memberCount, 2);
}

void TstResidentRepository::validation_data()
{
    using Edit = std::function<void(Resident &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    // clang-format off
    const QString good = idFor(QDate(1988, 10, 20), 17); // male
    QString badChecksum = good;
    badChecksum[17] = good[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QTest::newRow("id checksum") << Edit([=](Resident &r) { r.idNumber = badChecksum; })
                                 << "id_number" << "id.checksum";
    QTest::newRow("id length") << Edit([](Resident &r) { r.idNumber = QStringLiteral("43012119881020"); })
                               << "id_number" << "id.length";
    QTest::newRow("birth disagrees") << Edit([](Resident &r) { r.birthDate = QDate(1988, 10, 21); })
                                     << "birth_date" << "birth.mismatch";
    QTest::newRow("sex disagrees") << Edit([](Resident &r) { r.sex = QLatin1Char('F'); })
                                   << "sex" << "sex.mismatch";
    QTest::newRow("phone letters") << Edit([](Resident &r) { r.phone = QStringLiteral("138abc45678"); })
                                   << "phone" << "phone.format";
    QTest::newRow("phone short") << Edit([](Resident &r) { r.phone = QStringLiteral("1381234567"); })
                                 << "phone" << "phone.format";
    QTest::newRow("name empty") << Edit([](Resident &r) { r.name = QStringLiteral("   "); })
                                << "name" << "name.empty";
    QTest::newRow("name digits") << Edit([](Resident &r) { r.name = QStringLiteral("张3"); })
                                 << "name" << "name.chars";
    QTest::newRow("village unknown") << Edit([](Resident &r) { r.villageCode = QStringLiteral("430121101299"); })
                                     << "village_code" << "village.unknown";
    QTest::newRow("village malformed") << Edit([](Resident &r) { r.villageCode = QStringLiteral("石桥村"); })
                                       << "village_code" << "village.missing";
    QTest::newRow("no id, no sex") << Edit([](Resident &r) { r.idNumber.clear(); r.sex = QChar(); r.birthDate = QDate(1990, 1, 1); })
                                   << "sex" << "sex.missing";
    QTest::newRow("member without relation")
        << Edit([](Resident &r) { r.householdId = QStringLiteral("some-household"); }) << "relation"
        << "relation.missing";
    // clang-format on
}

void TstResidentRepository::validation()
{
    using Edit = std::function<void(Resident &)>;
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(QString, code);
    ResidentRepository repo(conn());
    createOk(person(QStringLiteral("已有人"), idFor(QDate(1950, 1, 1), 91)));
    const auto before = counts(conn());

    Resident r = person(QStringLiteral("周杰"), idFor(QDate(1988, 10, 20), 17));
    r.phone = QStringLiteral("13812345678");
    edit(r);
    auto created = repo.create(Scope::administrator(), r);
    QVERIFY(!created);
    QCOMPARE(created.error().field, field);
    QCOMPARE(created.error().code, code);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(counts(conn()), before);

    // The same check guards update().
    Resident other = createOk(person(QStringLiteral("吴用"), idFor(QDate(1988, 10, 20), 17)));
    const auto beforeUpdate = counts(conn());
    Resident changed = other;
    changed.phone = QStringLiteral("13812345678");
    edit(changed);
    auto updated = repo.update(Scope::administrator(), changed);
    QVERIFY(!updated);
    QCOMPARE(updated.error().field, field);
    QCOMPARE(counts(conn()), beforeUpdate);
    QCOMPARE(repo.findById(Scope::administrator(), other.id)->toJson(), other.toJson());
}

void TstResidentRepository::duplicateIdNumber()
{
    ResidentRepository repo(conn());
    const Scope admin = Scope::administrator();
    const QString female = idFor(QDate(1949, 12, 31), 2); // ends in a check character
    const Resident first = createOk(person(QStringLiteral("孙丽"), female));
    const auto before = counts(conn());

    for (const QString &again : {female, female.toLower(), QStringLiteral(" %1 ").arg(female)}) {
        auto dup = repo.create(admin, person(QStringLiteral("孙丽丽"), again, kVillageB));
        QVERIFY(!dup); // refused by the unique index at least
        // The friendly check names the holder, even on create where the new id is still null.
        QCOMPARE(dup.error().field + QLatin1Char('/') + dup.error().code,
                 QStringLiteral("id_number/id.duplicate"));
        QVERIFY2(dup.error().message.contains(first.recordNo), qPrintable(dup.error().message));
    }
    QCOMPARE(counts(conn()), before);
    // The 15-digit form of an 18-digit number already stored is the same person.
    const QString legacyBody =
        QStringLiteral("430121") + QStringLiteral("560707") + QStringLiteral("033");
    const Resident upgraded = createOk(person(QStringLiteral("郑老"), legacyBody));
    QCOMPARE(upgraded.idNumber.size(), 18);
    for (const QString &again : {legacyBody, upgraded.idNumber}) {
        auto dup15 = repo.create(admin, person(QStringLiteral("郑老汉"), again));
        QVERIFY(!dup15);
        QCOMPARE(dup15.error().field + QLatin1Char('/') + dup15.error().code,
                 QStringLiteral("id_number/id.duplicate"));
    }
    QCOMPARE(counts(conn())[QStringLiteral("resident")], before[QStringLiteral("resident")] + 1);

    // update() may not take another resident's number either.
    Resident other = createOk(person(QStringLiteral("冯七"), idFor(QDate(1966, 6, 6), 77)));
    other.idNumber = female;
    other.birthDate = {};
    other.sex = {};
    auto taken = repo.update(admin, other);
    QVERIFY(!taken);
    QCOMPARE(taken.error().field, QStringLiteral("id_number")); // update knows its own id
    QCOMPARE(taken.error().code, QStringLiteral("id.duplicate"));
    QVERIFY2(taken.error().message.contains(first.recordNo), qPrintable(taken.error().message));

    // Once the first holder is removed the number is free again.
    QVERIFY(repo.remove(admin, first.id));
    auto reused = repo.create(admin, person(QStringLiteral("孙丽"), female));
    QVERIFY2(reused, why(reused));
}

void TstResidentRepository::idNormalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QChar>("sex");
    // clang-format off
    // Check characters computed by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11).
    QTest::newRow("15-digit male") << "430121560707033" << "43012119560707033X" << QDate(1956, 7, 7)
                                   << QChar(u'M');
    QTest::newRow("15-digit female") << "430121800101002" << "430121198001010029"
                                     << QDate(1980, 1, 1) << QChar(u'F');
    QTest::newRow("lower-case x") << "11010519491231002x" << "11010519491231002X"
                                  << QDate(1949, 12, 31) << QChar(u'F');
    // clang-format on
}

void TstResidentRepository::idNormalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    QFETCH(QDate, birth);
    QFETCH(QChar, sex);
    QCOMPARE(IdNumber::checkCharacter(stored.left(17)), stored.at(17)); // the table is right
    Resident r = person(QStringLiteral("测试人"), input, kVillageA);
    QVERIFY(!r.birthDate.isValid());
    QVERIFY(r.sex.isNull());
    const Resident created = createOk(r);
    QCOMPARE(created.idNumber, stored);
    QCOMPARE(created.birthDate, birth);
    QCOMPARE(created.sex, sex);
    QCOMPARE(scalar(conn(),
                    QStringLiteral("SELECT count(*) FROM resident WHERE id_number = ?"
                                   " AND birth_date = ? AND sex = ?"),
                    {stored, birth.toString(Qt::ISODate), QString(sex)}),
             1);
    QCOMPARE(search(conn(), stored), QVector<qint64>{created.rid});
}

QTEST_GUILESS_MAIN(TstResidentRepository)
#include "tst_residentrepository.moc"
