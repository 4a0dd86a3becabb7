#pragma once

// Private to models/reports: every resident's id -> its row number, read at once, for the report
// tables' sets of resident ids (ReportRidSets). The ids the workstation makes are canonical
// lower-case UUIDs; packed into 128 bits they sort as their text does, and SQLite's index of ids
// hands them over in that order: the map is those keys in one sorted array, written front to
// back, with a directory by their leading bits. A hash table of the same ids cost twice as much
// to fill (each insert a cache miss in 10 MB of fresh memory) for the same one or two misses a
// look-up. Ids that are not canonical UUIDs (imported) are kept in a QHash by their bytes; rows
// that come out of order are sorted afterwards. Exact either way.

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

#include <vector>

struct sqlite3_stmt;

namespace Models {

class ResidentIdMap
{
public:
    // Adds one row; call finish() after the last.
    void add(const char *id, int bytes, qint64 rid);
    void reserve(size_t rows);
    void finish();
    qint64 find(const char *id, int bytes) const; // -1 when absent
    size_t size() const { return m_keys.size() + size_t(m_other.size()); }

private:
    struct Key
    {
        quint64 hi = 0, lo = 0;
        bool operator<(const Key &o) const { return hi != o.hi ? hi < o.hi : lo < o.lo; }
        bool operator==(const Key &o) const { return hi == o.hi && lo == o.lo; }
    };
    static bool pack(const char *p, int n, Key &out);
    size_t bucketOf(quint64 hi) const { return size_t(m_shift >= 64 ? 0 : hi >> m_shift); }

    std::vector<Key> m_keys; // ascending
    std::vector<qint64> m_rids;
    std::vector<quint32> m_start; // bucket b holds m_keys[m_start[b] .. m_start[b + 1])
    int m_shift = 64;
    bool m_sorted = true;
    QHash<QByteArray, qint64> m_other;
};

} // namespace Models
