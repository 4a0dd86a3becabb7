#include "contractindicators.h"
#include "dates.h"

#include "contractrules.h"
#include "contractsql.h"
#include "keypopulation.h"
#include "permission.h"
#include "population.h"
#include "sqlitestmt.h"

#include <QHash>
#include <QJsonArray>

#include <sqlite3.h>

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Models {

using namespace ContractSql;

namespace {
QJsonObject ratio(qint64 num, qint64 den, const QString &numerator, const QString &denominator)
{
    return {
        {QStringLiteral("numerator"), num},
        {QStringLiteral("denominator"), den},
        {QStringLiteral("percent"), qRound(ContractIndicatorValues::rate(num, den) * 100) / 100.0},
        {QStringLiteral("numerator_definition"), numerator},
        {QStringLiteral("denominator_definition"), denominator}};
}
} // namespace

namespace {

// Resident and contract ids as hash keys. A canonical lower-case UUID (36 characters, what the
// workstation makes) is packed into 128 bits and kept in an open-addressing table; any other text
// (an imported id) goes to an ordinary map by its bytes. Exact either way.
struct Packed
{
    quint64 hi = 0, lo = 0;
};

const std::array<qint8, 256> &hexTable()
{
    static const std::array<qint8, 256> t = [] {
        std::array<qint8, 256> a;
        a.fill(-1);
        for (int c = '0'; c <= '9'; ++c)
            a[size_t(c)] = qint8(c - '0');
        for (int c = 'a'; c <= 'f'; ++c) // upper case is another id to SQLite: not packed
            a[size_t(c)] = qint8(c - 'a' + 10);
        return a;
    }();
    return t;
}

bool pack(const unsigned char *p, int n, Packed &out)
{
    if (!p || n != 36 || p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return false;
    const std::array<qint8, 256> &hex = hexTable();
    quint64 w[2] = {0, 0};
    int nib = 0;
    qint8 bad = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const qint8 v = hex[p[i]];
        bad |= v;
        w[nib >> 4] = w[nib >> 4] << 4 | quint64(quint8(v) & 0xF);
        ++nib;
    }
    if (bad < 0)
        return false;
    out.hi = w[0];
    out.lo = w[1];
    return true;
}

// An id read from a row: packed when it is a canonical UUID, its bytes otherwise (valid until
// the statement steps on).
struct Key
{
    Packed p;
    bool packed = false;
    std::string_view text;
};

Key key(sqlite3_stmt *st, int i)
{
    Key k;
    const unsigned char *t = sqlite3_column_text(st, i);
    const int n = sqlite3_column_bytes(st, i);
    k.packed = pack(t, n, k.p);
    if (!k.packed)
        k.text = std::string_view(t ? reinterpret_cast<const char *>(t) : "", size_t(n));
    return k;
}

// id -> 64-bit value (a set when the value is not used).
class IdMap
{
public:
    explicit IdMap(size_t expected = 1024)
    {
        size_t cap = 16;
        while (cap < expected * 2)
            cap <<= 1;
        m_keys.assign(cap, Packed{});
        m_values.assign(cap, 0);
        m_used.assign(cap, 0);
    }
    // The value of the id, made (zero) when absent.
    quint64 &at(const Key &k) { return k.packed ? packedSlot(k.p) : m_other[std::string(k.text)]; }
    // The value, or nullptr when the id is absent.
    const quint64 *find(const Key &k) const
    {
        if (!k.packed) {
            auto it = m_other.find(std::string(k.text));
            return it == m_other.end() ? nullptr : &it->second;
        }
        const size_t mask = m_keys.size() - 1;
        for (size_t i = index(k.p) & mask;; i = (i + 1) & mask) {
            if (!m_used[i])
                return nullptr;
            if (m_keys[i].hi == k.p.hi && m_keys[i].lo == k.p.lo)
                return &m_values[i];
        }
    }
    bool contains(const Key &k) const { return find(k) != nullptr; }
    bool empty() const { return m_count == 0 && m_other.empty(); }
    template <typename F> void forEach(F f) const
    {
        for (size_t i = 0; i < m_keys.size(); ++i)
            if (m_used[i])
                f(m_values[i]);
        for (const auto &[k, v] : m_other)
            f(v);
    }

private:
    static size_t index(const Packed &k) { return size_t(k.hi ^ (k.lo >> 7)); }
    quint64 &packedSlot(const Packed &k)
    {
        if ((m_count + 1) * 2 > m_keys.size())
            grow();
        const size_t mask = m_keys.size() - 1;
        for (size_t i = index(k) & mask;; i = (i + 1) & mask) {
            if (!m_used[i]) {
                m_used[i] = 1;
                m_keys[i] = k;
                ++m_count;
                return m_values[i];
            }
            if (m_keys[i].hi == k.hi && m_keys[i].lo == k.lo)
                return m_values[i];
        }
    }
    void grow()
    {
        std::vector<Packed> keys = std::move(m_keys);
        std::vector<quint64> values = std::move(m_values);
        std::vector<quint8> used = std::move(m_used);
        const size_t cap = keys.size() * 2, mask = cap - 1;
        m_keys.assign(cap, Packed{});
        m_values.assign(cap, 0);
        m_used.assign(cap, 0);
        for (size_t j = 0; j < keys.size(); ++j) {
            if (!used[j])
                continue;
            size_t i = index(keys[j]) & mask;
            while (m_used[i])
                i = (i + 1) & mask;
            m_used[i] = 1;
            m_keys[i] = keys[j];
            m_values[i] = values[j];
        }
    }
    std::vector<Packed> m_keys;
    std::vector<quint64> m_values;
    std::vector<quint8> m_used;
    size_t m_count = 0;
    std::unordered_map<std::string, quint64> m_other;
};

// One read statement on the raw handle with text binds; rows are handed to `row`.
Result<void> eachRow(sqlite3 *h, const QString &sql, const QVariantList &binds,
                     const std::function<void(sqlite3_stmt *)> &row)
{
    SqliteStmt st(h, sql);
    if (!st.ok())
        return makeError(QStringLiteral("db.query"), tr("读取签约数据失败"), {}, st.error());
    for (int i = 0; i < binds.size(); ++i)
        st.text(i + 1, binds.at(i).toString());
    int rc;
    while ((rc = st.stepCode()) == SQLITE_ROW)
        row(st.handle());
    if (rc != SQLITE_DONE)
        return makeError(QStringLiteral("db.query"), tr("读取签约数据失败"), {}, st.error());
    return {};
}

} // namespace

QJsonObject ContractIndicatorValues::toJson() const
{
    QJsonArray cats;
    for (const CategoryCount &c : categories)
        cats.append(QJsonObject{
            {QStringLiteral("code"), c.code},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("total"), c.total},
            {QStringLiteral("signed"), c.signedCount},
            {QStringLiteral("percent"), qRound(rate(c.signedCount, c.total) * 100) / 100.0}});
    return {{QStringLiteral("from"), isoDate(filter.from)},
            {QStringLiteral("to"), isoDate(filter.to)},
            {QStringLiteral("village"), filter.villageCode},
            {QStringLiteral("team"), filter.teamId},
            {QStringLiteral("sign_rate"),
             ratio(signedResidents, population,
                   QStringLiteral("residents with a contract covering a day of the period"),
                   QStringLiteral("living residents of the selected villages"))},
            {QStringLiteral("key_population_sign_rate"),
             ratio(keySigned, keyPopulation,
                   QStringLiteral(
                       "key-population residents with a contract covering a day of the period"),
                   QStringLiteral("key-population residents (on the last day of the period); NOT "
                                  "all signed residents"))},
            {QStringLiteral("key_population_categories"), cats},
            {QStringLiteral("renewal_rate"),
             ratio(contractsRenewed, contractsEnded,
                   QStringLiteral("of those, contracts with a linked renewal"),
                   QStringLiteral("contracts that ended in the period without termination"))},
            {QStringLiteral("task_completion"),
             ratio(tasksDone, tasksDue, QStringLiteral("tasks due in the period that are done"),
                   QStringLiteral("tasks due in the period (cancelled tasks excluded)"))},
            {QStringLiteral("contract_task_completion"),
             ratio(contractsAllTasksDone, contractsWithTasks,
                   QStringLiteral("contracts whose due tasks are all done"),
                   QStringLiteral("contracts with tasks due in the period"))}};
}

ContractIndicators::ContractIndicators(QString connectionName) : m_conn(std::move(connectionName))
{
}

// One pass each over the period's contracts, the open registrations and flags, the population's
// residents (a covering index), the contracts that ended and the tasks that fell due, through
// the raw sqlite3 handle: the sets are built in memory and each resident is probed with a hash
// lookup (SQLite's `r.id IN s` over 200,000 text keys was most of the 1.2 s the SQL version took).
Result<ContractIndicatorValues> ContractIndicators::compute(const Scope &scope,
                                                            const IndicatorFilter &f) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    if (!f.from.isValid() || !f.to.isValid() || f.to < f.from)
        return makeError(QStringLiteral("indicator.period"),
                         tr("统计期间不正确（开始日期应不晚于结束日期）"),
                         QStringLiteral("period"));
    if (!f.villageCode.isEmpty() && !scope.allowsVillage(f.villageCode))
        return outOfScope();
    sqlite3 *h = sqliteHandle(m_conn);
    if (!h)
        return makeError(QStringLiteral("db.query"), tr("读取签约数据失败"));
    ContractIndicatorValues v;
    v.filter = f;
    const QString from = isoDate(f.from), to = isoDate(f.to);
    const bool team = !f.teamId.isEmpty();

    // Which residents: in the population on the last day of the period (not deleted, not dead,
    // moved away or closed by then), scope, village, team's villages.
    QVariantList popBinds{to};
    QString pop = Population::livingOn(QStringLiteral("r"), QStringLiteral("?")) +
                  villageFilter(scope, QStringLiteral("r.village_code"), popBinds);
    if (!f.villageCode.isEmpty()) {
        pop += QStringLiteral(" AND r.village_code = ?");
        popBinds << f.villageCode;
    }
    if (team) {
        pop += QStringLiteral(" AND r.village_code IN (SELECT village_code FROM "
                              "contract_team_village WHERE team_id = ?)");
        popBinds << f.teamId;
    }

    // Residents with a contract (of the team) covering a day of the period.
    IdMap signedIds(1 << 17);
    {
        QVariantList b{to, from};
        if (team)
            b << f.teamId;
        auto r = eachRow(
            h,
            QStringLiteral(
                "SELECT resident_id FROM contract c WHERE c.deleted = 0 AND c.start_date <= ?"
                " AND c.cover_end >= ?%1")
                .arg(team ? QStringLiteral(" AND c.team_id = ?") : QString()),
            b, [&](sqlite3_stmt *st) { signedIds.at(key(st, 0)) = 1; });
        if (!r)
            return r.error();
    }

    // Key-population categories: a bit each, in the rules' order. Registrations and flags open on
    // the last day go into one map; age bands are birth-date ranges worked out by SQLite's own
    // date arithmetic (the same as KeyPopulation::categorySql, 29 February included).
    const ContractRules &rules = ContractRules::get();
    const QList<KeyPopulationRule> &cats = rules.keyPopulations;
    Q_ASSERT(cats.size() <= 32);
    IdMap member(1 << 16);
    QHash<QString, int> flagBit;
    struct AgeBand
    {
        int bit;
        QByteArray bornOnOrBefore, bornAfter;
        bool upToLastDay;
    };
    QList<AgeBand> ages;
    for (int i = 0; i < cats.size() && i < 32; ++i) {
        const KeyPopulationRule &k = cats.at(i);
        if (k.source == QLatin1String("chronic")) {
            auto r = eachRow(
                h,
                QStringLiteral("SELECT resident_id FROM chronic_registration WHERE programme = ?"
                               " AND deleted = 0 AND registered_on <= ? AND (closed_on IS NULL OR "
                               "closed_on > ?)"),
                {k.programme, to, to}, [&](sqlite3_stmt *st) { member.at(key(st, 0)) |= 1u << i; });
            if (!r)
                return r.error();
        } else if (k.source == QLatin1String("flag")) {
            flagBit.insert(k.code, i);
        } else {
            AgeBand a{i, {}, {}, k.maxAge >= 0};
            auto r = eachRow(h, QStringLiteral("SELECT date(?, ?), date(?, ?)"),
                             {to, QStringLiteral("-%1 years").arg(qMax(k.minAge, 0)), to,
                              QStringLiteral("-%1 years").arg(k.maxAge + 1)},
                             [&](sqlite3_stmt *st) {
                                 if (k.minAge >= 0)
                                     a.bornOnOrBefore =
                                         reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                                 if (k.maxAge >= 0)
                                     a.bornAfter =
                                         reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
                             });
            if (!r)
                return r.error();
            ages << a;
        }
    }
    if (!flagBit.isEmpty()) {
        QStringList marks;
        QVariantList b;
        for (auto it = flagBit.cbegin(); it != flagBit.cend(); ++it) {
            marks << QStringLiteral("?");
            b << it.key();
        }
        b << to << to;
        auto r = eachRow(
            h,
            QStringLiteral(
                "SELECT resident_id, flag FROM resident_flag WHERE flag IN (%1) AND deleted = 0"
                " AND since <= ? AND (until IS NULL OR until > ?)")
                .arg(marks.join(QLatin1Char(','))),
            b, [&](sqlite3_stmt *st) {
                const int bit = flagBit.value(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))),
                    -1);
                if (bit >= 0)
                    member.at(key(st, 0)) |= 1u << bit;
            });
        if (!r)
            return r.error();
    }

    // The population, once: counts, and (when narrowed) its members for the contract questions.
    // Without a village, team or restricted scope only the few residents outside the population
    // (deleted, or gone by the last day) are left out.
    const bool narrowed = !f.villageCode.isEmpty() || team || !scope.allVillages;
    IdMap popIds(narrowed ? 1 << 12 : 16), deletedIds(64);
    std::vector<qint64> catTotal(size_t(cats.size()), 0), catSigned(size_t(cats.size()), 0);
    const QByteArray toBytes = to.toUtf8();
    {
        auto r = eachRow(
            h, QStringLiteral("SELECT r.id, r.birth_date FROM resident r WHERE %1").arg(pop),
            popBinds, [&](sqlite3_stmt *st) {
                const Key id = key(st, 0);
                const std::string_view birth(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, 1)),
                    size_t(sqlite3_column_bytes(st, 1)));
                quint32 mask = 0;
                if (!member.empty())
                    if (const quint64 *m = member.find(id))
                        mask = quint32(*m);
                for (const AgeBand &a : ages) {
                    bool in = true;
                    if (!a.bornOnOrBefore.isNull())
                        in = birth <= std::string_view(a.bornOnOrBefore.constData(),
                                                       size_t(a.bornOnOrBefore.size()));
                    if (in && a.upToLastDay)
                        in = birth > std::string_view(a.bornAfter.constData(),
                                                      size_t(a.bornAfter.size())) &&
                             birth <= std::string_view(toBytes.constData(), size_t(toBytes.size()));
                    if (in)
                        mask |= 1u << a.bit;
                }
                const bool sg = signedIds.contains(id);
                ++v.population;
                v.signedResidents += sg;
                if (mask) {
                    ++v.keyPopulation;
                    v.keySigned += sg;
                    for (size_t i = 0; i < catTotal.size(); ++i)
                        if (mask & (1u << i)) {
                            ++catTotal[i];
                            catSigned[i] += sg;
                        }
                }
                if (narrowed)
                    popIds.at(id) = 1;
            });
        if (!r)
            return r.error();
        if (!narrowed) {
            auto d =
                eachRow(h,
                        QStringLiteral("SELECT r.id FROM resident r WHERE NOT %1")
                            .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?"))),
                        {to}, [&](sqlite3_stmt *st) { deletedIds.at(key(st, 0)) = 1; });
            if (!d)
                return d.error();
        }
    }
    for (int i = 0; i < cats.size(); ++i) {
        CategoryCount c{cats.at(i).code, cats.at(i).label()};
        c.total = catTotal[size_t(i)];
        c.signedCount = catSigned[size_t(i)];
        v.categories.append(c);
    }
    auto inPopulation = [&](const Key &resident) {
        return narrowed ? popIds.contains(resident) : !deletedIds.contains(resident);
    };

    // Renewal rate: contracts that ended in the period without an early termination, and which of
    // them a live contract names as its predecessor.
    {
        IdMap renewed(1 << 16);
        auto r = eachRow(
            h,
            QStringLiteral(
                "SELECT previous_id FROM contract WHERE previous_id IS NOT NULL AND deleted = 0"),
            {}, [&](sqlite3_stmt *st) { renewed.at(key(st, 0)) = 1; });
        if (!r)
            return r.error();
        QVariantList b{from, to};
        if (team)
            b << f.teamId;
        r = eachRow(
            h,
            QStringLiteral(
                "SELECT c.id, c.resident_id FROM contract c WHERE c.end_date BETWEEN ? AND ?"
                " AND c.deleted = 0 AND (c.terminated_on IS NULL OR c.terminated_on > "
                "c.end_date)%1")
                .arg(team ? QStringLiteral(" AND c.team_id = ?") : QString()),
            b, [&](sqlite3_stmt *st) {
                if (!inPopulation(key(st, 1)))
                    return;
                ++v.contractsEnded;
                v.contractsRenewed += renewed.contains(key(st, 0));
            });
        if (!r)
            return r.error();
    }

    // Tasks due in the period, per contract; tasks carry their resident, contracts are consulted
    // only for a team (its live contracts) or to leave out deleted ones.
    {
        IdMap contracts(team ? 1 << 14 : 16);
        auto r = eachRow(
            h,
            team ? QStringLiteral("SELECT id FROM contract WHERE deleted = 0 AND team_id = ?")
                 : QStringLiteral("SELECT id FROM contract WHERE deleted = 1"),
            team ? QVariantList{f.teamId} : QVariantList{},
            [&](sqlite3_stmt *st) { contracts.at(key(st, 0)) = 1; });
        if (!r)
            return r.error();
        IdMap perContract(1 << 17); // due count in the high half, done count in the low half
        r = eachRow(
            h,
            QStringLiteral(
                "SELECT t.contract_id, t.resident_id, t.status = 'done' FROM contract_task t"
                " WHERE t.due_on BETWEEN ? AND ? AND t.status <> 'cancelled' AND t.deleted = 0"),
            {from, to}, [&](sqlite3_stmt *st) {
                const Key c = key(st, 0);
                if (contracts.contains(c) != team || !inPopulation(key(st, 1)))
                    return;
                perContract.at(c) += (quint64(1) << 32) + (sqlite3_column_int(st, 2) != 0 ? 1 : 0);
            });
        if (!r)
            return r.error();
        perContract.forEach([&](quint64 d) {
            const qint64 due = qint64(d >> 32), done = qint64(d & 0xFFFFFFFFu);
            ++v.contractsWithTasks;
            v.tasksDue += due;
            v.tasksDone += done;
            v.contractsAllTasksDone += done == due;
        });
    }
    return v;
}

} // namespace Models
