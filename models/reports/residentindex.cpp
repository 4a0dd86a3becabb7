#include "residentindex.h"
#include "sqlitestmt.h"

#include <algorithm>
#include <array>

namespace Models {

namespace {
const std::array<qint8, 256> &hexDigits()
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

size_t slotOf(quint64 hi, quint64 lo, size_t mask)
{
    return size_t((hi ^ (lo * 0x9E3779B97F4A7C15ULL)) >> 7) & mask;
}
} // namespace

bool packUuid(const char *p, int n, quint64 &hi, quint64 &lo)
{
    if (!p || n != 36 || p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return false;
    const std::array<qint8, 256> &hex = hexDigits();
    quint64 w[2] = {0, 0};
    int nibble = 0;
    qint8 bad = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const qint8 v = hex[quint8(p[i])];
        bad |= v;
        w[nibble >> 4] = w[nibble >> 4] << 4 | quint64(quint8(v) & 0xF);
        ++nibble;
    }
    if (bad < 0)
        return false;
    hi = w[0];
    lo = w[1];
    return true;
}

qint64 residentRowsEstimate(sqlite3 *h)
{
    SqliteStmt n(h, "SELECT max(rid) FROM resident");
    return n.ok() && n.step() ? std::clamp<qint64>(n.columnInt(0), 0, 16 * 1024 * 1024) : 0;
}

bool ResidentIndex::pack(const char *p, int n, Key &out)
{
    return packUuid(p, n, out.hi, out.lo);
}

void ResidentIndex::clear()
{
    m_keys.clear();
    m_values.clear();
    m_other.clear();
    m_size = 0;
    m_packed = 0;
}

void ResidentIndex::reserve(int n)
{
    size_t cap = 16;
    while (cap < size_t(n) * 2)
        cap <<= 1;
    if (cap <= m_keys.size())
        return;
    std::vector<Key> keys = std::move(m_keys);
    std::vector<int> values = std::move(m_values);
    m_keys.assign(cap, Key{});
    m_values.assign(cap, 0);
    const size_t mask = cap - 1;
    for (size_t j = 0; j < keys.size(); ++j) {
        if (!values[j])
            continue;
        size_t i = slotOf(keys[j].hi, keys[j].lo, mask);
        while (m_values[i])
            i = (i + 1) & mask;
        m_keys[i] = keys[j];
        m_values[i] = values[j];
    }
}

void ResidentIndex::grow()
{
    reserve(qMax(64, m_packed * 2));
}

int ResidentIndex::insert(const char *id, int bytes)
{
    Key k;
    if (!pack(id, bytes, k)) {
        const QByteArray key(id, bytes);
        auto it = m_other.constFind(key);
        if (it != m_other.cend())
            return *it;
        m_other.insert(key, m_size);
        return m_size++;
    }
    if (size_t(m_packed + 1) * 2 > m_keys.size())
        grow();
    const size_t mask = m_keys.size() - 1;
    for (size_t i = slotOf(k.hi, k.lo, mask);; i = (i + 1) & mask) {
        if (!m_values[i]) {
            m_keys[i] = k;
            m_values[i] = m_size + 1;
            ++m_packed;
            return m_size++;
        }
        if (m_keys[i].hi == k.hi && m_keys[i].lo == k.lo)
            return m_values[i] - 1;
    }
}

int ResidentIndex::find(const char *id, int bytes) const
{
    Key k;
    if (!pack(id, bytes, k))
        return m_other.value(QByteArray::fromRawData(id, bytes), -1);
    if (m_keys.empty())
        return -1;
    const size_t mask = m_keys.size() - 1;
    for (size_t i = slotOf(k.hi, k.lo, mask);; i = (i + 1) & mask) {
        if (!m_values[i])
            return -1;
        if (m_keys[i].hi == k.hi && m_keys[i].lo == k.lo)
            return m_values[i] - 1;
    }
}

void ResidentIndex::probe(const char *id, int bytes, Probe &p) const
{
    p.packed = pack(id, bytes, p.key);
    if (!p.packed) {
        p.other = QByteArray(id, bytes);
        return;
    }
    if (m_keys.empty())
        return;
    p.slot = slotOf(p.key.hi, p.key.lo, m_keys.size() - 1);
    __builtin_prefetch(&m_values[p.slot]);
    __builtin_prefetch(&m_keys[p.slot]);
}

int ResidentIndex::find(const Probe &p) const
{
    if (!p.packed)
        return m_other.value(p.other, -1);
    if (m_keys.empty())
        return -1;
    const size_t mask = m_keys.size() - 1;
    for (size_t i = p.slot;; i = (i + 1) & mask) {
        if (!m_values[i])
            return -1;
        if (m_keys[i].hi == p.key.hi && m_keys[i].lo == p.key.lo)
            return m_values[i] - 1;
    }
}

} // namespace Models
