#include "worklistroute.h"

#include "dailyworklist.h"
#include "dates.h"
#include "dbaccess.h"
#include "population.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <vector>

namespace Models {

namespace {

int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int value = 0, current = 0;
    for (const QChar c : s) {
        if (c == u'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == u'零') {
            current = 0;
        } else {
            current = int(digits.indexOf(c));
            if (current < 0)
                return -1;
        }
    }
    return value + current;
}

} // namespace

int addressGroup(const QString &address, QString *groupText)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+|[〇零一二三四五六七八九十]+)\\s*(组|队|社)"));
    const QRegularExpressionMatch m = re.match(address);
    if (!m.hasMatch())
        return -1;
    if (groupText)
        *groupText = m.captured(0);
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    return ok ? n : chineseNumber(m.captured(1));
}

int addressHouse(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\s*号"));
    const QRegularExpressionMatch m = re.match(address);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

WorklistResidents::WorklistResidents(const QString &conn, const Scope &scope, const QString &area,
                                     const QDate &date, Shared *shared)
    : m_scope(scope), m_area(area), m_date(isoDate(date).toUtf8()),
      m_resident(sqliteHandle(conn),
                 QStringLiteral("SELECT r.name, r.sex, r.birth_date, r.village_code,"
                                " r.household_id, r.address, r.sort_key, %1 FROM resident r"
                                " WHERE r.id = ?1")
                     .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?2")))),
      m_household(sqliteHandle(conn), "SELECT h.address, h.head_id, hr.name FROM household h"
                                      " LEFT JOIN resident hr ON hr.id = h.head_id WHERE h.id = ?"),
      m_village(sqliteHandle(conn), "SELECT name FROM area WHERE code = ?"), m_shared(*shared)
{
}

QString WorklistResidents::error() const
{
    return !m_resident.ok() ? m_resident.error()
                            : (!m_household.ok() ? m_household.error() : m_village.error());
}

const QString &WorklistResidents::villageName(const QString &code)
{
    auto it = m_villages.find(code);
    if (it == m_villages.end()) {
        m_village.text(1, code);
        it = m_villages.insert(code, m_village.step() ? m_village.columnText(0) : QString());
        m_village.reset();
    }
    return *it;
}

WorklistResidents::Household WorklistResidents::household(const QString &id,
                                                          const QString &ownAddress)
{
    const QString key = id.isEmpty() ? QLatin1Char('@') + ownAddress : id;
    {
        const std::lock_guard<std::mutex> lock(m_shared.lock);
        const auto it = m_shared.households.constFind(key);
        if (it != m_shared.households.constEnd())
            return *it;
    }
    Household h;
    if (!id.isEmpty()) {
        m_household.text(1, id);
        if (m_household.step()) {
            h.address = m_household.columnText(0);
            h.headId = m_household.columnText(1);
            h.headName = m_household.columnText(2);
        }
        m_household.reset();
    }
    if (h.address.isEmpty()) // no household, or one without an address: the resident's own
        h.address = ownAddress;
    h.groupNumber = addressGroup(h.address, &h.group);
    h.house = addressHouse(h.address);
    const std::lock_guard<std::mutex> lock(m_shared.lock);
    m_shared.households.insert(key, h); // read by both threads at once: the same row
    return h;
}

bool WorklistResidents::fill(WorkItem &item)
{
    Who w;
    bool known = false;
    {
        const std::lock_guard<std::mutex> lock(m_shared.lock);
        const auto it = m_shared.who.constFind(item.residentId);
        if ((known = it != m_shared.who.constEnd()))
            w = *it;
    }
    if (!known) {
        m_resident.text(1, item.residentId).utf8(2, m_date);
        if (m_resident.step()) {
            w.villageCode = m_resident.columnText(3);
            w.keep = m_resident.columnInt(7) != 0 && m_scope.allowsVillage(w.villageCode) &&
                     w.villageCode.startsWith(m_area);
            if (w.keep) {
                w.name = m_resident.columnText(0);
                w.sex = m_resident.columnText(1);
                w.birth = m_resident.columnDate(2);
                w.householdId = m_resident.columnText(4);
                w.ownAddress = m_resident.columnText(5);
                w.sortKey = m_resident.columnText(6);
            }
        }
        m_resident.reset();
        const std::lock_guard<std::mutex> lock(m_shared.lock);
        m_shared.who.insert(item.residentId, w);
    }
    if (!w.keep)
        return false;
    const Household h = household(w.householdId, w.ownAddress);
    item.name = w.name;
    item.sex = w.sex;
    item.birthDate = w.birth;
    item.villageCode = w.villageCode;
    item.villageName = villageName(w.villageCode);
    item.householdId = w.householdId;
    item.address = h.address;
    item.headName = h.headName;
    item.group = h.group;
    item.groupNumber = h.groupNumber;
    item.houseNumber = h.house;
    item.householdHead = h.headId == item.residentId;
    item.sortKey = w.sortKey;
    return true;
}

std::vector<int> routeOrder(const QVector<WorkItem> &items, const QHash<QString, int> &sourceOrder,
                            const std::vector<bool> &keep)
{
    const auto group = [](const WorkItem &i) {
        return i.groupNumber < 0 ? INT_MAX : i.groupNumber;
    };
    const auto house = [](const WorkItem &i) {
        return i.houseNumber < 0 ? INT_MAX : i.houseNumber;
    };
    const auto householdOf = [](const WorkItem &i) -> const QString & {
        return i.householdId.isEmpty() ? i.residentId : i.householdId;
    };
    // The numbers that decide most comparisons, once per item, in a small array the sort moves;
    // the items' own fields only where those are equal.
    struct Key
    {
        qint64 village; // the code's digits as a number; -1 when it is not only digits
        int group;
        int house;
        int source; // the source's position
        int index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(items.size()));
    for (int k = 0; k < items.size(); ++k) {
        if (!keep.empty() && !keep[size_t(k)])
            continue;
        const WorkItem &i = items.at(k);
        qint64 village = i.villageCode.isEmpty() || i.villageCode.size() > 18 ? -1 : 0;
        for (const QChar c : i.villageCode) {
            if (c < u'0' || c > u'9') {
                village = -1;
                break;
            }
            village = village * 10 + (c.unicode() - u'0');
        }
        keys.push_back({village, group(i), house(i), sourceOrder.value(i.source), k});
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const Key &x, const Key &y) {
        const WorkItem &a = items.at(x.index), &b = items.at(y.index);
        // Codes of one length compare as their numbers do; any other pair as text.
        if (x.village < 0 || y.village < 0 || a.villageCode.size() != b.villageCode.size()) {
            if (a.villageCode != b.villageCode)
                return a.villageCode < b.villageCode;
        } else if (x.village != y.village) {
            return x.village < y.village;
        }
        if (x.group != y.group)
            return x.group < y.group;
        if (x.group == INT_MAX && a.address != b.address) // no 组: by the address itself
            return a.address < b.address;
        if (x.house != y.house)
            return x.house < y.house;
        if (a.address != b.address)
            return a.address < b.address;
        if (householdOf(a) != householdOf(b))
            return householdOf(a) < householdOf(b);
        if (a.residentId != b.residentId) {
            if (a.householdHead != b.householdHead)
                return a.householdHead;
            if (a.sortKey != b.sortKey)
                return a.sortKey < b.sortKey;
            return a.residentId < b.residentId;
        }
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return x.source < y.source;
    });
    std::vector<int> out;
    out.reserve(keys.size());
    for (const Key &k : keys)
        out.push_back(k.index);
    return out;
}

} // namespace Models
