#pragma once
// Shared by the import tests (tst_residentimport, tst_residentimportbulk): one county, one
// township, two villages, valid identity numbers, a scalar query.
#include "arearepository.h"
#include "dbaccess.h"
#include "idnumber.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

namespace ImportTest {
inline const QString kCounty = QStringLiteral("430121");
inline const QString kTownship = QStringLiteral("430121101");
inline const QString kVillageA = QStringLiteral("430121101201");
inline const QString kVillageB = QStringLiteral("430121101202");
inline const QDate kToday(2024, 6, 1);

inline QString idFor(const QDate &birth, int seq)
{
    const QString body = kCounty + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return body + Models::IdNumber::checkCharacter(body);
}

inline qint64 scalar(const QString &conn, const QString &sql)
{
    QSqlQuery q(Models::db(conn));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The areas above (石桥村 and 柳树村 under 东山镇); false if one could not be added.
inline bool addAreas(const QString &conn)
{
    Models::AreaRepository areas(conn);
    return areas.add({kCounty, QStringLiteral("示范县"), QStringLiteral("county"), {}}) &&
           areas.add({kTownship, QStringLiteral("东山镇"), QStringLiteral("township"), kCounty}) &&
           areas.add({kVillageA, QStringLiteral("石桥村"), QStringLiteral("village"), kTownship}) &&
           areas.add({kVillageB, QStringLiteral("柳树村"), QStringLiteral("village"), kTownship});
}
} // namespace ImportTest
