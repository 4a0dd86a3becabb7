#pragma once
// Shared by the elderly and TCM repository tests: a database file in a temporary folder with two
// villages, residents made through the repository.

#include "arearepository.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentrepository.h"

#include <QTemporaryDir>
#include <QTest>

namespace ElderlyTcmFixture {
using namespace Models;

inline const QString kCounty = QStringLiteral("430121");
inline const QString kTownship = QStringLiteral("430121101");
inline const QString kVillageA = QStringLiteral("430121101201");
inline const QString kVillageB = QStringLiteral("430121101202");

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

class Case
{
protected:
    QTemporaryDir m_dir;
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    void openFixture()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(openDatabase(conn(), m_dir.filePath(conn() + QStringLiteral(".db"))));
        AreaRepository areas(conn());
        QVERIFY(areas.add({kCounty, QStringLiteral("示范县"), QStringLiteral("county"), {}}));
        QVERIFY(
            areas.add({kTownship, QStringLiteral("东山镇"), QStringLiteral("township"), kCounty}));
        QVERIFY(
            areas.add({kVillageA, QStringLiteral("石桥村"), QStringLiteral("village"), kTownship}));
        QVERIFY(
            areas.add({kVillageB, QStringLiteral("柳树村"), QStringLiteral("village"), kTownship}));
    }
    void closeFixture() { closeDatabase(conn()); }
    QString make(const QDate &birth, int seq, const QString &village = kVillageA)
    {
        Resident r;
        r.name = QStringLiteral("测试") + QString(QStringLiteral("甲乙丙丁戊己庚辛").at(seq % 8));
        r.birthDate = birth;
        r.sex = seq % 2 ? QLatin1Char('M') : QLatin1Char('F');
        const QString body = kCounty + birth.toString(QStringLiteral("yyyyMMdd")) +
                             QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        r.idNumber = body + IdNumber::checkCharacter(body);
        r.villageCode = village;
        r.phone = QStringLiteral("");
        r.address = QStringLiteral("");
        r.relation = QStringLiteral("");
        auto c = ResidentRepository(conn()).create(Scope::administrator(), r);
        if (!c)
            qWarning() << why(c);
        return c ? c->id : QString();
    }
    static Scope villageDoctor(const QString &village)
    {
        Scope s;
        s.userId = QStringLiteral("doc-1");
        s.allVillages = false;
        s.villages = {village};
        s.role = QStringLiteral("village_doctor");
        s.allPermissions = false;
        s.permissions = {QStringLiteral("record.read"), QStringLiteral("record.write")};
        return s;
    }
    static Scope publicHealth()
    {
        Scope s;
        s.userId = QStringLiteral("ph-1");
        s.role = QStringLiteral("public_health");
        s.allPermissions = false;
        s.permissions = {QStringLiteral("record.read")};
        return s;
    }
};

} // namespace ElderlyTcmFixture
