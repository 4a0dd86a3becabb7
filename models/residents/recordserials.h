#pragma once

// Private to models/: health-record numbers (village code + 5-digit serial), allocated from
// record_serial inside the caller's transaction. ResidentRepository takes one at a time; the
// import takes a batch's worth and saves the counters once per batch.

#include "result.h"

#include <QHash>
#include <QString>

namespace Models {

class RecordSerials
{
public:
    explicit RecordSerials(QString connectionName);
    // The next number of the village; record.full once its 5 digits are used up (the serial is
    // used up all the same, as every later one would be).
    Result<QString> take(const QString &villageCode);
    // Stores the next serial of every village taken from since the last save, then forgets them.
    Result<void> save();
    // Forgets what was taken without storing it (a batch that is rolled back).
    void clear() { m_next.clear(); }

private:
    Result<qint64> next(const QString &villageCode);
    QString m_conn;
    QHash<QString, qint64> m_next; // next serial per village, not yet saved
};

} // namespace Models
