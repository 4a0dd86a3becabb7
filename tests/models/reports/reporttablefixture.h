#pragma once

// Shared by the report table tests: a small township built through the repositories (two
// villages of ContractFixture), helpers that write the clinical rows, and the table's numbers
// by village and column.

#include "chronicrepository.h"
#include "contractfixture.h"
#include "healthrecordrepository.h"
#include "immunizationrepository.h"
#include "reporttable.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace ReportFixture {

using namespace ContractFixture;

// A database file in `dir` with the areas of ContractFixture (东村 A, 西村 B).
inline bool open(const QString &conn, const QTemporaryDir &dir)
{
    return Models::openDatabase(conn, dir.filePath(conn + QStringLiteral(".db"))).ok() &&
           addAreas(conn);
}

// The lifecycle (0017) as its repository will write it; not on this branch yet.
inline void leave(const QString &conn, const QString &residentId, const QString &status,
                  const QDate &on)
{
    QSqlQuery q(Models::db(conn));
    q.prepare(QStringLiteral(
        "UPDATE resident SET life_status = ?, life_date = ?, life_reason = 'test' WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(residentId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

inline QString registerChronic(const QString &conn, const QString &residentId,
                               const QString &programme, const QDate &on)
{
    Models::ChronicRegistration g;
    g.residentId = residentId;
    g.programme = programme;
    g.icd10 = programme == QLatin1String("diabetes") ? QStringLiteral("E11.900")
                                                     : QStringLiteral("I10.x00x002");
    g.diagnosedOn = on;
    g.registeredOn = on;
    auto r = Models::ChronicRepository(conn).registerResident(Models::Scope::administrator(), g);
    if (!r)
        qWarning() << why(r);
    return r ? r->id : QString();
}

// A follow-up: mode 1 门诊, 2 家庭, 3 电话; sbp/dbp 0 and fbg 0 leave them out.
inline bool followUp(const QString &conn, const QString &registrationId, const QDate &on, int mode,
                     int sbp, int dbp, double fbg = 0)
{
    Models::ChronicFollowup f;
    f.registrationId = registrationId;
    f.visitDate = on;
    f.mode = mode;
    if (sbp)
        f.sbp = sbp, f.dbp = dbp;
    if (fbg > 0)
        f.fbg = fbg;
    f.heartRate = 72;
    auto r = Models::ChronicRepository(conn).record(Models::Scope::administrator(), f);
    if (!r)
        qWarning() << why(r);
    return r.ok();
}

// A health examination with the items 06 asks for; `complete` false leaves out the self-care
// assessment.
inline bool healthCheck(const QString &conn, const QString &residentId, const QDate &on,
                        bool complete)
{
    Models::HealthCheck h;
    h.residentId = residentId;
    h.checkDate = on;
    h.form = QJsonObject{{QStringLiteral("sbp_left"), 128},
                         {QStringLiteral("dbp_left"), 78},
                         {QStringLiteral("height"), 165},
                         {QStringLiteral("weight"), 60},
                         {QStringLiteral("bmi"), 22.0},
                         {QStringLiteral("fbg"), 5.6},
                         {QStringLiteral("evaluation"), QStringLiteral("1")}};
    if (complete)
        h.form.insert(QStringLiteral("adl"), QStringLiteral("1"));
    auto r = Models::HealthRecordRepository(conn).addHealthCheck(Models::Scope::administrator(), h,
                                                                 true);
    if (!r)
        qWarning() << why(r);
    return r.ok();
}

inline bool encounter(const QString &conn, const QString &residentId, const QDate &on)
{
    Models::Encounter e;
    e.residentId = residentId;
    e.visitDate = on;
    e.subjective = QStringLiteral("咳嗽");
    e.assessment = QStringLiteral("上感");
    auto r = Models::HealthRecordRepository(conn).addEncounter(Models::Scope::administrator(), e);
    if (!r)
        qWarning() << why(r);
    return r.ok();
}

// The value of a column on the village's row ("" = the 合计 row): -1 when unknown (null).
inline double value(const Models::ReportTable &t, const QString &village, const QString &column)
{
    const int c = t.def.columnIndex(column);
    for (const Models::ReportRow &r : t.rows)
        if ((village.isEmpty() && r.total) || (!r.total && r.villageCode == village))
            return r.values.at(c).isNull() ? -1 : r.values.at(c).toDouble();
    return -2;
}

// Rates have one decimal: equal to the tenth.
inline bool same(double a, double b)
{
    return qAbs(a - b) < 0.05;
}

// Every count column's 合计 is the sum of the villages (or unknown when one is unknown), and
// every rate is its numerator over its denominator on every row.
inline QString checkTotals(const Models::ReportTable &t)
{
    for (int c = 0; c < t.def.columns.size(); ++c) {
        const Models::ReportColumn &col = t.def.columns.at(c);
        for (const Models::ReportRow &r : t.rows) {
            if (!col.isRate())
                continue;
            const QVariant n = r.values.at(t.def.columnIndex(col.numerator));
            const QVariant d = r.values.at(t.def.columnIndex(col.denominator));
            const QVariant v = r.values.at(c);
            if (d.isNull() || n.isNull() || d.toLongLong() == 0) {
                if (!v.isNull())
                    return col.id + QStringLiteral(": a rate over nothing");
            } else if (qAbs(v.toDouble() - 100.0 * n.toDouble() / d.toDouble()) > 0.05) {
                return col.id + QStringLiteral(" on ") + r.name;
            }
        }
        if (col.isRate())
            continue;
        qint64 sum = 0;
        bool unknown = false;
        for (const Models::ReportRow &r : t.rows)
            if (!r.total) {
                unknown = unknown || r.values.at(c).isNull();
                sum += r.values.at(c).toLongLong();
            }
        const QVariant total = t.total().values.at(c);
        if (unknown ? !total.isNull() : total.toLongLong() != sum)
            return col.id + QStringLiteral(": 合计 is not the sum");
    }
    return {};
}

inline Models::ReportTable compute(const QString &conn, const QString &table,
                                   const Models::ReportPeriod &period,
                                   const Models::Scope &scope = Models::Scope::administrator(),
                                   const QString &area = {})
{
    Models::ReportTableRequest req;
    req.tableId = table;
    req.period = period;
    req.areaCode = area;
    auto r = Models::ReportTableEngine(conn).compute(scope, req);
    if (!r)
        qWarning() << why(r);
    return r ? *r : Models::ReportTable{};
}

} // namespace ReportFixture
