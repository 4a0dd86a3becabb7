#include "recordserials.h"

#include "dbaccess.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentRepository)
};
} // namespace

RecordSerials::RecordSerials(QString connectionName) : m_conn(std::move(connectionName))
{
}

// The stored counter, or (a database from before record_serial) one after the largest number
// of the village in use.
Result<qint64> RecordSerials::next(const QString &villageCode)
{
    if (const auto it = m_next.find(villageCode); it != m_next.end())
        return (*it)++;
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT next_serial FROM record_serial WHERE village_code = ?"));
    q.addBindValue(villageCode);
    if (auto r = exec(q); !r)
        return r.error();
    qint64 serial = 1;
    if (q.next()) {
        serial = q.value(0).toLongLong();
    } else {
        QSqlQuery max(db(m_conn));
        max.prepare(
            QStringLiteral("SELECT MAX(CAST(substr(record_no, 13) AS INTEGER)) FROM resident"
                           " WHERE record_no GLOB ?"));
        max.addBindValue(villageCode + QLatin1Char('*'));
        if (auto r = exec(max); !r)
            return r.error();
        if (max.next())
            serial = max.value(0).toLongLong() + 1;
    }
    m_next.insert(villageCode, serial + 1);
    return serial;
}

Result<QString> RecordSerials::take(const QString &villageCode)
{
    auto serial = next(villageCode);
    if (!serial)
        return serial.error();
    if (*serial > 99999)
        return makeError(QStringLiteral("record.full"),
                         Text::tr("该村的档案编号已用完（5位流水号）"));
    return villageCode + QStringLiteral("%1").arg(*serial, 5, 10, QLatin1Char('0'));
}

Result<void> RecordSerials::save()
{
    QSqlQuery up(db(m_conn));
    up.prepare(QStringLiteral(
        "INSERT INTO record_serial(village_code, next_serial) VALUES(?, ?)"
        " ON CONFLICT(village_code) DO UPDATE SET next_serial = excluded.next_serial"));
    for (auto it = m_next.cbegin(); it != m_next.cend(); ++it) {
        up.bindValue(0, it.key());
        up.bindValue(1, it.value());
        if (auto r = exec(up); !r)
            return r;
    }
    m_next.clear();
    return {};
}

} // namespace Models
