#pragma once

// Shared by the contract tests: a small township built through the repositories.

#include "arearepository.h"
#include "contractrepository.h"
#include "database.h"
#include "dbaccess.h"
#include "packagerepository.h"
#include "residentrepository.h"
#include "teamrepository.h"

#include <QTest>
#include <QUuid>

namespace ContractFixture {

inline const QString County = QStringLiteral("430121");
inline const QString Township = QStringLiteral("430121101");
inline const QString VillageA = QStringLiteral("430121101201");
inline const QString VillageB = QStringLiteral("430121101202");

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(" [") + r.error().field + QStringLiteral("] ") +
                r.error().message + QStringLiteral(" / ") + r.error().detail)
                   .toUtf8();
}

inline bool addAreas(const QString &conn)
{
    Models::AreaRepository areas(conn);
    return areas.add({County, QStringLiteral("示范县"), QStringLiteral("county"), {}}) &&
           areas.add({Township, QStringLiteral("城关镇"), QStringLiteral("township"), County}) &&
           areas.add({VillageA, QStringLiteral("东村"), QStringLiteral("village"), Township}) &&
           areas.add({VillageB, QStringLiteral("西村"), QStringLiteral("village"), Township});
}

// A resident with no identity number (the birth date is given), optionally in a household.
inline QString resident(const QString &conn, const QString &name, const QDate &birth,
                        QChar sex = QLatin1Char('M'), const QString &village = VillageA,
                        const QString &householdId = {}, bool newHousehold = false)
{
    Models::Resident r;
    r.name = name;
    r.birthDate = birth;
    r.sex = sex;
    r.villageCode = village;
    r.phone = QStringLiteral("");
    r.address = QStringLiteral("");
    r.householdId = householdId;
    r.relation = householdId.isEmpty() ? QStringLiteral("") : QStringLiteral("10");
    auto c =
        Models::ResidentRepository(conn).create(Models::Scope::administrator(), r, newHousehold);
    if (!c)
        qWarning() << why(c);
    return c ? c->id : QString();
}

inline QString householdOf(const QString &conn, const QString &residentId)
{
    return Models::ResidentRepository(conn)
        .findById(Models::Scope::administrator(), residentId)
        ->householdId;
}

inline void chronic(const QString &conn, const QString &residentId, const QString &programme,
                    const QDate &registered, const QDate &closed = {})
{
    QSqlQuery q(Models::db(conn));
    q.prepare(QStringLiteral(
        "INSERT INTO chronic_registration(id, resident_id, programme, icd10, icd_version,"
        " diagnosed_on, registered_on, closed_on, created_at, updated_at, updated_by)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(residentId),
          QVariant(programme), QVariant(programme == QLatin1String("diabetes") ? "E11.9" : "I10"),
          QVariant("ICD-10"), QVariant(registered.toString(Qt::ISODate)),
          QVariant(registered.toString(Qt::ISODate)),
          closed.isValid() ? QVariant(closed.toString(Qt::ISODate)) : QVariant(),
          QVariant("2025-01-01T00:00:00Z"), QVariant("2025-01-01T00:00:00Z"), QVariant("t")})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

struct TeamIds
{
    QString team;
    QString doctor;
    QString nurse;
};

inline TeamIds team(const QString &conn, const QString &name, const QStringList &villages)
{
    const Models::Scope s = Models::Scope::administrator();
    Models::TeamRepository teams(conn);
    Models::Team t;
    t.name = name;
    t.institution = QStringLiteral("城关镇卫生院");
    t.townshipCode = Township;
    t.villages = villages;
    auto saved = teams.save(s, t);
    if (!saved)
        qWarning() << why(saved);
    TeamIds ids{saved->id, {}, {}};
    auto d = teams.saveMember(s, Models::StaffMember{{},
                                                     ids.team,
                                                     name + QStringLiteral("医生"),
                                                     QStringLiteral("family_doctor"),
                                                     QStringLiteral("D001"),
                                                     QStringLiteral("13800000001"),
                                                     true});
    auto n = teams.saveMember(s, Models::StaffMember{{},
                                                     ids.team,
                                                     name + QStringLiteral("护士"),
                                                     QStringLiteral("nurse"),
                                                     QStringLiteral("N001"),
                                                     {},
                                                     true});
    ids.doctor = d ? d->id : QString();
    ids.nurse = n ? n->id : QString();
    return ids;
}

inline QString packageId(const QString &conn, const QString &code)
{
    auto all = Models::PackageRepository(conn).active(Models::Scope::administrator());
    for (const Models::Package &p : *all)
        if (p.code == code)
            return p.id;
    return {};
}

inline qint64 scalar(const QString &conn, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(Models::db(conn));
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace ContractFixture
