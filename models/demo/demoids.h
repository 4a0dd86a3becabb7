#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <cstdio>
#include <random>

namespace Models {

// A version-4 UUID (RFC 4122 variant, lower-case like QUuid) from two draws of a demo step's own
// generator: deterministic from the seed, no system random source per id.
inline QByteArray demoUuid(std::mt19937_64 &g)
{
    quint64 a = g(), b = g();
    a = (a & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL; // version 4
    b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  (unsigned long long)(a >> 32), (unsigned long long)((a >> 16) & 0xFFFF),
                  (unsigned long long)(a & 0xFFFF), (unsigned long long)(b >> 48),
                  (unsigned long long)(b & 0xFFFFFFFFFFFFULL));
    return QByteArray(buf, 36);
}

inline QString demoUuidString(std::mt19937_64 &g)
{
    return QString::fromLatin1(demoUuid(g));
}

// The village doctor of a village: the contracts step makes this team member and the chronic step
// names them as the responsible doctor, so work lists show a person, not an id.
inline QString demoVillageDoctorId(const QString &villageCode)
{
    static const QUuid ns(QStringLiteral("6f1c2a4e-3b7d-4c55-9a0e-8d2f4b6c1e93"));
    return QUuid::createUuidV5(ns, QStringLiteral("village-doctor/") + villageCode)
        .toString(QUuid::WithoutBraces);
}

} // namespace Models
