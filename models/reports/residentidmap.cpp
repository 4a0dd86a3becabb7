#include "residentidmap.h"
#include "residentindex.h"

#include <algorithm>
#include <numeric>

namespace Models {

bool ResidentIdMap::pack(const char *p, int n, Key &out)
{
    return packUuid(p, n, out.hi, out.lo);
}

void ResidentIdMap::reserve(size_t rows)
{
    m_keys.reserve(rows);
    m_rids.reserve(rows);
}

void ResidentIdMap::add(const char *id, int bytes, qint64 rid)
{
    Key k;
    if (!pack(id, bytes, k)) {
        m_other.insert(QByteArray(id, bytes), rid);
        return;
    }
    if (!m_keys.empty() && !(m_keys.back() < k))
        m_sorted = false;
    m_keys.push_back(k);
    m_rids.push_back(rid);
}

void ResidentIdMap::finish()
{
    if (!m_sorted) {
        std::vector<size_t> order(m_keys.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(),
                  [this](size_t a, size_t b) { return m_keys[a] < m_keys[b]; });
        std::vector<Key> keys(m_keys.size());
        std::vector<qint64> rids(m_rids.size());
        for (size_t i = 0; i < order.size(); ++i) {
            keys[i] = m_keys[order[i]];
            rids[i] = m_rids[order[i]];
        }
        m_keys = std::move(keys);
        m_rids = std::move(rids);
        m_sorted = true;
    }
    // About one key a bucket for random UUIDs; skewed ids only make some buckets longer.
    int bits = 0;
    while (bits < 22 && (size_t(1) << (bits + 1)) <= m_keys.size())
        ++bits;
    m_shift = 64 - bits;
    const size_t buckets = size_t(1) << bits;
    m_start.assign(buckets + 1, 0);
    size_t k = 0;
    for (size_t b = 0; b < buckets; ++b) {
        m_start[b] = quint32(k);
        while (k < m_keys.size() && bucketOf(m_keys[k].hi) == b)
            ++k;
    }
    m_start[buckets] = quint32(m_keys.size());
}

qint64 ResidentIdMap::find(const char *id, int bytes) const
{
    Key k;
    if (!pack(id, bytes, k))
        return m_other.value(QByteArray::fromRawData(id, bytes), -1);
    if (m_keys.empty() || m_start.empty())
        return -1;
    const size_t b = bucketOf(k.hi);
    const auto first = m_keys.begin() + m_start[b], last = m_keys.begin() + m_start[b + 1];
    const auto at = std::lower_bound(first, last, k);
    return at != last && *at == k ? m_rids[size_t(at - m_keys.begin())] : -1;
}

} // namespace Models
