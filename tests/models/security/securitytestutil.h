#pragma once

// Shared by the security tests: a small township with two villages, fast password hashing.

#include "arearepository.h"
#include "database.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "securitypolicy.h"

#include <QDate>

namespace SecurityTest {

inline const QString County = QStringLiteral("430121");
inline const QString Township = QStringLiteral("430121101");
inline const QString VillageA = QStringLiteral("430121101201");
inline const QString VillageB = QStringLiteral("430121101202");

// The bundled policy with few KDF iterations, so tests do not spend 0.3 s per login.
inline Models::SecurityPolicy
fastPolicy(Models::Crypto::Suite suite = Models::Crypto::Suite::International)
{
    Models::SecurityPolicy p = Models::SecurityPolicy::defaults();
    p.sha256Iterations = 1000;
    p.sm3Iterations = 1000;
    p.suite = suite;
    return p;
}

inline bool addAreas(const QString &conn)
{
    Models::AreaRepository areas(conn);
    return areas.add({County, QStringLiteral("示范县"), QStringLiteral("county"), {}}).ok() &&
           areas.add({Township, QStringLiteral("东山镇"), QStringLiteral("township"), County})
               .ok() &&
           areas.add({VillageA, QStringLiteral("石桥村"), QStringLiteral("village"), Township})
               .ok() &&
           areas.add({VillageB, QStringLiteral("柳树村"), QStringLiteral("village"), Township})
               .ok();
}

inline Models::Resident person(const QString &name, int seq, const QString &village,
                               const QDate &birth = QDate(1960, 3, 1))
{
    const QString body = County + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    Models::Resident r;
    r.name = name;
    r.idNumber = body + Models::IdNumber::checkCharacter(body);
    r.villageCode = village;
    r.phone = QStringLiteral("1380000%1").arg(seq, 4, 10, QLatin1Char('0'));
    r.address = QStringLiteral("石桥村%1组").arg(seq);
    r.relation = QStringLiteral("");
    return r;
}

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(" [") + r.error().field + QStringLiteral("] ") +
                r.error().message + QStringLiteral(" / ") + r.error().detail)
                   .toUtf8();
}

} // namespace SecurityTest
