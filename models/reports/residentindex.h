#pragma once

// Private to models/reports: resident id -> position, the lookup every indicator row goes
// through (200,000 a SELECT on a township). The ids the workstation makes are canonical lower-case
// UUIDs: those are packed into 128 bits in an open-addressing table (no allocation, one probe
// mostly); any other id (imported) is kept in a QHash by its bytes. Exact either way.

#include <QByteArray>
#include <QHash>

#include <vector>

struct sqlite3;

namespace Models {

// A canonical lower-case UUID's 32 hex digits as two 64-bit words, in the order of the text;
// false for any other id.
bool packUuid(const char *id, int bytes, quint64 &hi, quint64 &lo);

// How many residents the file holds, as far as a map of them needs to know to be sized once (the
// highest row number: row numbers are dense); 0 when unknown.
qint64 residentRowsEstimate(sqlite3 *h);

class ResidentIndex
{
public:
    void reserve(int n);
    void clear();
    // Adds the id with the next position; returns it (or the existing one).
    int insert(const char *id, int bytes);
    int find(const char *id, int bytes) const; // -1 when absent
    int size() const { return m_size; }

private:
    struct Key
    {
        quint64 hi = 0, lo = 0;
    };

public:
    // The same lookup in two steps, for rows read in batches: probe() packs the id and asks the
    // processor to fetch its slot; find(probe) then looks. A lookup is one cache miss (the table
    // of a township is far larger than the caches): probing a batch of rows first overlaps them.
    struct Probe
    {
        Key key;
        size_t slot = 0;
        bool packed = false;
        QByteArray other; // an id that is not a canonical UUID
    };
    void probe(const char *id, int bytes, Probe &p) const;
    int find(const Probe &p) const;

private:
    static bool pack(const char *p, int n, Key &out);
    void grow();
    std::vector<Key> m_keys;
    std::vector<int> m_values; // position + 1; 0 = empty slot
    QHash<QByteArray, int> m_other;
    int m_size = 0;
    int m_packed = 0;
};

} // namespace Models
