#pragma once
// Shared by tst_healthrecord and tst_duplicates: two villages in a fresh database per test and
// residents made through the repository.

#include "arearepository.h"
#include "clinicalranges.h"
#include "database.h"
#include "dbaccess.h"
#include "duplicates.h"
#include "formschema.h"
#include "healthrecordrepository.h"
#include "icd10.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "timeline.h"

#include <QJsonArray>
#include <QTest>

namespace HealthRecordCase {
using namespace Models;

inline const QString kCounty = QStringLiteral("430121");
inline const QString kTownship = QStringLiteral("430121101");
inline const QString kVillageA = QStringLiteral("430121101201");
inline const QString kVillageB = QStringLiteral("430121101202");

inline QString idFor(const QDate &birth, int seq)
{
    const QString body = kCounty + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return body + IdNumber::checkCharacter(body);
}

inline qint64 scalar(const QString &conn, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db(conn));
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(" [") + r.error().field + QStringLiteral("] ") +
                r.error().message)
                   .toUtf8();
}

// init/cleanup and helpers of TstHealthRecord and TstDuplicates.
class HealthRecordTestCase
{
protected:
    void initFixture();
    void cleanupFixture();
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    Resident make(const QString &name, const QDate &birth, int seq,
                  const QString &village = kVillageA, const QString &phone = {}, bool withId = true)
    {
        Resident r;
        r.name = name;
        r.birthDate = birth;
        r.sex = seq % 2 ? QLatin1Char('M') : QLatin1Char('F');
        r.idNumber = withId ? idFor(birth, seq) : QStringLiteral("");
        r.villageCode = village;
        r.phone = phone.isNull() ? QStringLiteral("") : phone;
        r.address = QStringLiteral("");
        r.relation = QStringLiteral("");
        auto c = ResidentRepository(conn()).create(Scope::administrator(), r);
        if (!c)
            qWarning() << why(c);
        return c ? *c : Resident{};
    }
};

inline void HealthRecordTestCase::initFixture()
{
    QVERIFY(openDatabase(conn(), QStringLiteral(":memory:")));
    AreaRepository areas(conn());
    QVERIFY(areas.add({kCounty, QStringLiteral("示范县"), QStringLiteral("county"), {}}));
    QVERIFY(areas.add({kTownship, QStringLiteral("东山镇"), QStringLiteral("township"), kCounty}));
    QVERIFY(areas.add({kVillageA, QStringLiteral("石桥村"), QStringLiteral("village"), kTownship}));
    QVERIFY(areas.add({kVillageB, QStringLiteral("柳树村"), QStringLiteral("village"), kTownship}));
}

inline void HealthRecordTestCase::cleanupFixture()
{
    closeDatabase(conn());
}

} // namespace HealthRecordCase

Q_DECLARE_METATYPE(Models::FieldCheck::Severity)
