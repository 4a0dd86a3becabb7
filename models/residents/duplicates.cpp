#include "duplicates.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"
#include "pinyin.h"
#include "searchterms.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Duplicates)
};

struct Row
{
    QString id, name, sex, birth, idNumber, phone, household, pinyin, village, recordNo;
};

Resident toResident(const Row &r)
{
    Resident x;
    x.id = r.id;
    x.name = r.name;
    x.sex = r.sex.isEmpty() ? QChar() : r.sex.at(0);
    x.birthDate = QDate::fromString(r.birth, Qt::ISODate);
    x.idNumber = r.idNumber;
    x.phone = r.phone;
    x.householdId = r.household;
    x.villageCode = r.village;
    x.recordNo = r.recordNo;
    return x;
}

// Groups bigger than this are common names in a big township, not duplicates worth listing
// pair by pair.
constexpr int MaxGroup = 12;
} // namespace

int DuplicateFinder::score(const Resident &a, const Resident &b, QStringList *reasons)
{
    int s = 0;
    auto add = [&](int points, const QString &why) {
        s = qMax(s, points);
        if (reasons)
            *reasons << why;
    };
    const bool sameBirth = a.birthDate.isValid() && a.birthDate == b.birthDate;
    if (!a.idNumber.isEmpty() && a.idNumber.compare(b.idNumber, Qt::CaseInsensitive) == 0)
        add(100, Text::tr("身份证号相同"));
    if (a.name == b.name && sameBirth)
        add(85, Text::tr("姓名和出生日期相同"));
    if (a.name == b.name && !a.phone.isEmpty() && a.phone == b.phone)
        add(75, Text::tr("姓名和电话相同"));
    const QString pa = Pinyin::sortKey(a.name), pb = Pinyin::sortKey(b.name);
    if (a.name != b.name && !pa.isEmpty() && pa == pb) {
        if (sameBirth)
            add(65, Text::tr("姓名拼音相同且出生日期相同"));
        if (!a.householdId.isEmpty() && a.householdId == b.householdId)
            add(60, Text::tr("同一户内姓名拼音相同"));
    }
    if (s == 0)
        return 0;
    // Conflicting identity numbers make it unlikely; agreeing details make it likelier.
    if (!a.idNumber.isEmpty() && !b.idNumber.isEmpty() &&
        a.idNumber.compare(b.idNumber, Qt::CaseInsensitive) != 0)
        s -= 40;
    if (a.sex != b.sex)
        s -= 20;
    if (s < 100 && !a.villageCode.isEmpty() && a.villageCode == b.villageCode)
        s += 5;
    if (s < 100 && !a.phone.isEmpty() && a.phone == b.phone && a.name == b.name && sameBirth)
        s += 5;
    return qBound(0, s, 100);
}

Result<QVector<DuplicatePair>> DuplicateFinder::scan(const QString &conn, const Scope &scope,
                                                     int limit)
{
    if (auto p = requirePermission(scope, QStringLiteral("resident.read")); !p)
        return p.error();
    sqlite3 *h = sqliteHandle(conn);
    SqliteStmt q(
        h,
        "SELECT id, name, sex, birth_date, ifnull(id_number, ''), phone, ifnull(household_id, ''),"
        " sort_key, village_code, record_no FROM resident WHERE deleted = 0");
    if (!q.ok())
        return makeError(QStringLiteral("db.prepare"), Text::tr("查找重复档案失败"), {}, q.error());
    QVector<Row> rows;
    rows.reserve(200000);
    while (q.step()) {
        Row r{q.columnText(0), q.columnText(1), q.columnText(2), q.columnText(3), q.columnText(4),
              q.columnText(5), q.columnText(6), q.columnText(7), q.columnText(8), q.columnText(9)};
        if (scope.allowsVillage(r.village))
            rows << std::move(r);
    }
    QSet<QString> dismissed;
    SqliteStmt d(h, "SELECT resident_a, resident_b FROM duplicate_dismissal");
    while (d.ok() && d.step())
        dismissed.insert(d.columnText(0) + QLatin1Char('|') + d.columnText(1));

    // Blocking: only residents that share a key are compared.
    QHash<QString, QVector<int>> groups;
    groups.reserve(rows.size() * 3);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        if (!r.idNumber.isEmpty())
            groups[QStringLiteral("I") + r.idNumber.toUpper()] << i;
        groups[QStringLiteral("B") + r.name + QLatin1Char('|') + r.birth] << i;
        if (!r.phone.isEmpty())
            groups[QStringLiteral("T") + r.name + QLatin1Char('|') + r.phone] << i;
        groups[QStringLiteral("P") + r.pinyin + QLatin1Char('|') + r.birth] << i;
        if (!r.household.isEmpty())
            groups[QStringLiteral("H") + r.pinyin + QLatin1Char('|') + r.household] << i;
    }
    QSet<quint64> seen;
    QVector<DuplicatePair> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QVector<int> &g = it.value();
        if (g.size() < 2 || g.size() > MaxGroup)
            continue;
        for (int x = 0; x < g.size(); ++x)
            for (int y = x + 1; y < g.size(); ++y) {
                int i = g.at(x), j = g.at(y);
                if (rows.at(i).id > rows.at(j).id)
                    std::swap(i, j);
                const quint64 key = (quint64(quint32(i)) << 32) | quint32(j);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                if (dismissed.contains(rows.at(i).id + QLatin1Char('|') + rows.at(j).id))
                    continue;
                QStringList reasons;
                const int s = score(toResident(rows.at(i)), toResident(rows.at(j)), &reasons);
                if (s < 50)
                    continue;
                const Row &a = rows.at(i), &b = rows.at(j);
                out << DuplicatePair{a.id,       b.id,    a.name,  b.name, a.recordNo,
                                     b.recordNo, a.birth, b.birth, s,      reasons};
            }
    }
    std::sort(out.begin(), out.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        return a.score != b.score ? a.score > b.score : a.aRecordNo < b.aRecordNo;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QVector<DuplicatePair>> DuplicateFinder::candidatesFor(const QString &conn,
                                                              const Scope &scope, const Resident &r)
{
    if (auto p = requirePermission(scope, QStringLiteral("resident.read")); !p)
        return p.error();
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "SELECT id, name, sex, birth_date, ifnull(id_number, ''), phone, ifnull(household_id, ''), "
        "village_code,"
        " record_no FROM resident WHERE deleted = 0 AND id IS NOT ? AND (id_number = ? OR (name = "
        "? AND birth_date = ?)"
        " OR (name = ? AND phone = ? AND phone <> '') OR (sort_key = ? AND birth_date = ?)"
        " OR (sort_key = ? AND household_id = ?)) LIMIT 50"));
    const QString birth = r.birthDate.toString(Qt::ISODate);
    const QString py = Pinyin::sortKey(r.name);
    for (const QVariant &v : {QVariant(r.id), QVariant(r.idNumber.toUpper()), QVariant(r.name),
                              QVariant(birth), QVariant(r.name), QVariant(r.phone), QVariant(py),
                              QVariant(birth), QVariant(py), QVariant(r.householdId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<DuplicatePair> out;
    while (q.next()) {
        Resident o;
        o.id = q.value(0).toString();
        o.name = q.value(1).toString();
        o.sex = q.value(2).toString().isEmpty() ? QChar() : q.value(2).toString().at(0);
        o.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        o.idNumber = q.value(4).toString();
        o.phone = q.value(5).toString();
        o.householdId = q.value(6).toString();
        o.villageCode = q.value(7).toString();
        o.recordNo = q.value(8).toString();
        if (!scope.allowsVillage(o.villageCode))
            continue;
        QStringList reasons;
        const int s = score(r, o, &reasons);
        if (s >= 50)
            out << DuplicatePair{r.id,       o.id,       r.name, o.name,
                                 r.recordNo, o.recordNo, birth,  o.birthDate.toString(Qt::ISODate),
                                 s,          reasons};
    }
    std::sort(out.begin(), out.end(),
              [](const DuplicatePair &a, const DuplicatePair &b) { return a.score > b.score; });
    return out;
}

Result<void> DuplicateFinder::dismiss(const QString &conn, const Scope &scope, const QString &aId,
                                      const QString &bId)
{
    if (auto p = requirePermission(scope, QStringLiteral("resident.write")); !p)
        return p;
    Transaction tx(conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO duplicate_dismissal(resident_a, resident_b, dismissed_at,"
        " dismissed_by) VALUES(?,?,?,?)"));
    q.addBindValue(qMin(aId, bId));
    q.addBindValue(qMax(aId, bId));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(scope.userId);
    if (auto e = exec(q); !e)
        return e;
    if (auto e = ChangeLog::audit(conn, scope, QStringLiteral("duplicate.dismiss"),
                                  QStringLiteral("resident"), aId, {},
                                  QJsonObject{{QStringLiteral("other"), bId}});
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
