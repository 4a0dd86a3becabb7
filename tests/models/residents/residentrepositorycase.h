#pragma once
// Shared by tst_residentrepository and tst_residentwrites: two villages in a fresh database per
// test, identity numbers built from the standard, and queries on what a write left behind.

#include "arearepository.h"
#include "changelog.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentrepository.h"
#include "residentsearch.h"
#include "searchterms.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace ResidentRepositoryCase {
using namespace Models;

inline const QString kCounty = QStringLiteral("430121");
inline const QString kTownship = QStringLiteral("430121101");
inline const QString kVillageA = QStringLiteral("430121101201");
inline const QString kVillageB = QStringLiteral("430121101202");
inline const QStringList kTables{QStringLiteral("resident"),  QStringLiteral("search_term"),
                                 QStringLiteral("outbox"),    QStringLiteral("audit_log"),
                                 QStringLiteral("household"), QStringLiteral("record_serial")};

// Built here from the standard (body + ISO 7064 check character), not taken from the generator.
inline QString idFor(const QDate &birth, int seq, const QString &county = kCounty)
{
    const QString body = county + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return body + IdNumber::checkCharacter(body);
}

// Empty optional fields are given as empty, non-null strings: a null QString binds as SQL NULL
// (see nullOptionalFields for what happens then).
inline Resident person(const QString &name, const QString &idNumber,
                       const QString &village = kVillageA)
{
    Resident r;
    r.name = name;
    r.idNumber = idNumber;
    r.villageCode = village;
    r.phone = QStringLiteral("");
    r.address = QStringLiteral("");
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

inline QMap<QString, qint64> counts(const QString &conn)
{
    QMap<QString, qint64> out;
    for (const QString &t : kTables)
        out[t] = scalar(conn, QStringLiteral("SELECT count(*) FROM %1").arg(t));
    return out;
}

inline QStringList termsOf(const QString &conn, qint64 rid)
{
    QStringList out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT term FROM search_term WHERE rid = ? ORDER BY term"));
    q.addBindValue(rid);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

inline QStringList outboxOps(const QString &conn, qint64 afterSeq)
{
    QStringList out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT entity, op FROM outbox WHERE seq > ? ORDER BY seq"));
    q.addBindValue(afterSeq);
    q.exec();
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    return out;
}

inline QStringList auditActions(const QString &conn, qint64 afterSeq)
{
    QStringList out;
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT entity, action FROM audit_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(afterSeq);
    q.exec();
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    return out;
}

inline QVector<AuditEntry> auditEntries(const QString &conn)
{
    QVector<AuditEntry> out;
    QSqlQuery q(db(conn));
    q.exec(QStringLiteral("SELECT seq, at, user_id, workstation, action, entity, entity_id,"
                          " before_json, after_json, prev_hash, hash FROM audit_log ORDER BY seq"));
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.userId = q.value(2).toString();
        e.workstation = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        out << e;
    }
    return out;
}

inline QVector<qint64> search(const QString &conn, const QString &query, const Scope &scope = {})
{
    return ResidentCursor(conn, SearchPlan::forQuery(query), {}, scope).next(1000);
}

inline bool run(const QString &conn, const QString &sql)
{
    QSqlQuery q(db(conn));
    return q.exec(sql);
}

// init/cleanup and helpers of TstResidentRepository and TstResidentWrites.
class ResidentRepositoryTestCase
{
protected:
    void initTestCaseFixture();
    void initFixture();
    void cleanupFixture();
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    Resident createOk(const Resident &r, bool newHousehold = false);
};

inline void ResidentRepositoryTestCase::initTestCaseFixture()
{
    QStandardPaths::setTestModeEnabled(true);
}

inline void ResidentRepositoryTestCase::initFixture()
{
    auto info = openDatabase(conn(), QStringLiteral(":memory:"));
    QVERIFY2(info, why(info));
    AreaRepository areas(conn());
    QVERIFY(areas.add({kCounty, QStringLiteral("示范县"), QStringLiteral("county"), {}}));
    QVERIFY(areas.add({kTownship, QStringLiteral("东山镇"), QStringLiteral("township"), kCounty}));
    QVERIFY(areas.add({kVillageA, QStringLiteral("石桥村"), QStringLiteral("village"), kTownship}));
    QVERIFY(areas.add({kVillageB, QStringLiteral("柳树村"), QStringLiteral("village"), kTownship}));
}

inline void ResidentRepositoryTestCase::cleanupFixture()
{
    closeDatabase(conn());
}

inline Resident ResidentRepositoryTestCase::createOk(const Resident &r, bool newHousehold)
{
    auto created = ResidentRepository(conn()).create(Scope::administrator(), r, newHousehold);
    if (!created) {
        QTest::qFail(why(created).constData(), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

} // namespace ResidentRepositoryCase

Q_DECLARE_METATYPE(std::function<void(Models::Resident &)>)
