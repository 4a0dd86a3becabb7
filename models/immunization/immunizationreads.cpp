// Reads of ImmunizationRepository: the bulk children reader behind cards, session lists and
// indicators (raw sqlite3, index-only where it can), kept apart from the writes.
#include "dates.h"
#include "immunizationrepository.h"

#include "areacode.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "population.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ImmunizationRepository)
};

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

// Few distinct values (vaccine abbreviations): share one QString per value.
QString interned(const SqliteStmt &q, int col, QList<QPair<QByteArray, QString>> &pool)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), col));
    const int n = sqlite3_column_bytes(q.handle(), col);
    for (const auto &[raw, str] : pool)
        if (raw.size() == n && std::memcmp(raw.constData(), p, size_t(n)) == 0)
            return str;
    pool.append({QByteArray(p, n), QString::fromUtf8(p, n)});
    return pool.last().second;
}

Error notFound()
{
    return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该儿童"));
}

const QByteArray DoseColumns =
    "d.id, d.resident_id, d.vaccine, d.vaccine_code, d.given_on, d.source, d.lot_id, "
    "d.manufacturer,"
    " d.lot_no, d.expiry, d.site, d.route, d.clinic, d.vaccinator, d.override_reason, d.note,"
    " d.supersedes, d.updated_by";

VaccineDose readDose(const SqliteStmt &q)
{
    VaccineDose d;
    d.id = q.columnText(0);
    d.residentId = q.columnText(1);
    d.vaccine = q.columnText(2);
    d.vaccineCode = q.columnText(3);
    d.givenOn = date(q.columnText(4));
    d.source = q.columnText(5);
    d.lotId = q.columnText(6);
    d.manufacturer = q.columnText(7);
    d.lotNo = q.columnText(8);
    d.expiry = date(q.columnText(9));
    d.site = q.columnText(10);
    d.route = q.columnText(11);
    d.clinic = q.columnText(12);
    d.vaccinator = q.columnText(13);
    d.overrideReason = q.columnText(14);
    d.note = q.columnText(15);
    d.supersedes = q.columnText(16);
    d.updatedBy = q.columnText(17);
    return d;
}

} // namespace

Result<QVector<ChildImmunization>>
ImmunizationRepository::children(const Scope &scope, const QString &villageCode,
                                 const QDate &bornFrom, const QDate &bornTo, bool details,
                                 bool people, const QDate &livingOn) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    // A village's code, or a township's or county's: the villages under it, as a range.
    const bool oneVillage = AreaCode::isVillage(villageCode);
    if (oneVillage && !scope.allowsVillage(villageCode))
        return outOfScope();
    sqlite3 *h = sqliteHandle(m_conn);
    if (!oneVillage) {
        mapWholeFile(h); // a township-wide read touches most pages of three tables
    }
    const QByteArray village =
        oneVillage ? QByteArray(" AND r.village_code = ?3")
                   : (villageCode.isEmpty()
                          ? QByteArray()
                          : QByteArray(" AND r.village_code >= ?3 AND r.village_code < ?5"));
    const QByteArray living =
        livingOn.isValid()
            ? " AND " + Population::livingOn(QStringLiteral("r"), QStringLiteral("?4")).toUtf8()
            : QByteArray();
    const QByteArray range = " r.deleted = 0 AND r.birth_date BETWEEN ?1 AND ?2" + village + living;
    auto bindAll = [&](SqliteStmt &s) {
        s.text(1, isoDate(bornFrom));
        s.text(2, isoDate(bornTo));
        if (!villageCode.isEmpty())
            s.text(3, villageCode);
        if (livingOn.isValid())
            s.text(4, isoDate(livingOn));
        if (!villageCode.isEmpty() && !oneVillage)
            s.text(5, AreaCode::after(villageCode));
    };
    QVector<ChildImmunization> out;
    QHash<qint64, int> index; // resident rid -> position in out
    QList<QPair<QByteArray, QString>> vaccines;
    {
        // The children counted first (the same index range): a township's 25,000 are not moved
        // each time the vector grows.
        SqliteStmt n(h, "SELECT count(*) FROM resident r WHERE" + range);
        if (n.ok()) {
            bindAll(n);
            if (n.step()) {
                out.reserve(n.columnInt(0));
                index.reserve(n.columnInt(0));
            }
        }
    }
    {
        SqliteStmt q(
            h, (people ? QByteArray("SELECT r.id, r.name, r.sex, r.birth_date, r.village_code, "
                                    "r.phone, r.address, r.rid, r.contact_name, "
                                    "r.contact_relation, r.contact_phone")
                       : QByteArray("SELECT r.id, '', '', r.birth_date, r.village_code, '', '', "
                                    "r.rid, '', '', ''")) +
                   " FROM resident r WHERE" + range + " ORDER BY r.birth_date, r.rid");
        if (!q.ok())
            return makeError(QStringLiteral("db.query"), Text::tr("读取接种资料失败"), {},
                             q.error());
        bindAll(q);
        while (q.step()) {
            ChildImmunization c;
            c.villageCode = q.columnText(4);
            if (!scope.allowsVillage(c.villageCode))
                continue;
            c.residentId = q.columnText(0);
            c.name = q.columnText(1);
            const QString sex = q.columnText(2);
            c.sex = sex.isEmpty() ? QChar() : sex.at(0);
            c.birth = date(q.columnText(3));
            c.phone = q.columnText(5);
            c.address = q.columnText(6);
            c.guardian = Guardian{q.columnText(8), q.columnText(9), q.columnText(10)};
            index.insert(q.columnInt(7), int(out.size()));
            out.append(std::move(c));
        }
    }
    {
        SqliteStmt q(h, "SELECT " +
                            (details ? DoseColumns
                                     : QByteArray("'', d.resident_id, d.vaccine, '', d.given_on")) +
                            ", r.rid FROM resident r JOIN immunization_dose d"
                            " ON d.resident_id = r.id AND d.deleted = 0 WHERE" +
                            range);
        const int ridColumn = details ? 18 : 5;
        if (!q.ok())
            return makeError(QStringLiteral("db.query"), Text::tr("读取接种资料失败"), {},
                             q.error());
        bindAll(q);
        // A child's doses come together (the join walks the children): one lookup per child.
        qint64 lastRid = -1;
        ChildImmunization *child = nullptr;
        while (q.step()) {
            const qint64 rid = q.columnInt(ridColumn);
            if (rid != lastRid) {
                lastRid = rid;
                const auto it = index.constFind(rid);
                child = it == index.constEnd() ? nullptr : &out[*it];
            }
            if (!child)
                continue;
            ChildImmunization &c = *child;
            if (c.given.isEmpty())
                c.given.reserve(24); // the schedule's doses: no regrowth per dose
            if (details) {
                c.doses.append(readDose(q));
                c.given.append({c.doses.last().vaccine, c.doses.last().givenOn});
            } else {
                c.given.append({interned(q, 2, vaccines), q.columnDate(4)});
            }
        }
        for (ChildImmunization &c : out) {
            std::stable_sort(
                c.doses.begin(), c.doses.end(),
                [](const VaccineDose &a, const VaccineDose &b) { return a.givenOn < b.givenOn; });
            std::stable_sort(
                c.given.begin(), c.given.end(),
                [](const GivenDose &a, const GivenDose &b) { return a.date < b.date; });
        }
    }
    {
        SqliteStmt q(
            h, "SELECT s.id, s.resident_id, s.kind, s.code, s.note, s.recorded_on, r.rid FROM "
               "resident r"
               " JOIN immunization_state s ON s.resident_id = r.id AND s.deleted = 0"
               " AND s.ended_on IS NULL WHERE" +
                   range);
        bindAll(q);
        while (q.step()) {
            const auto it = index.constFind(q.columnInt(6));
            if (it != index.constEnd())
                out[*it].states.append({q.columnText(0),
                                        q.columnText(1),
                                        q.columnText(2),
                                        q.columnText(3),
                                        q.columnText(4),
                                        date(q.columnText(5)),
                                        {}});
        }
    }
    if (oneVillage) {
        SqliteStmt q(h, "SELECT c.resident_id, c.certificate_no, c.issued_on, r.rid FROM resident r"
                        " JOIN immunization_certificate c ON c.resident_id = r.id AND c.deleted = 0"
                        " WHERE" +
                            range);
        bindAll(q);
        while (q.step()) {
            const auto it = index.constFind(q.columnInt(3));
            if (it != index.constEnd()) {
                out[*it].certificateNo = q.columnText(1);
                out[*it].certificateIssued = date(q.columnText(2));
            }
        }
    } else {
        // Most children of a township hold a certificate: one pass over the certificates, each
        // matched by id, instead of a certificate row fetched for each child (0.15 s of a
        // township's 25,000 children).
        QHash<QString, int> byId;
        byId.reserve(out.size());
        for (int i = 0; i < out.size(); ++i)
            byId.insert(out.at(i).residentId, i);
        SqliteStmt q(h,
                     "SELECT resident_id, certificate_no, issued_on FROM immunization_certificate"
                     " WHERE deleted = 0");
        while (q.step()) {
            const auto it = byId.constFind(q.columnText(0));
            if (it != byId.constEnd()) {
                out[*it].certificateNo = q.columnText(1);
                out[*it].certificateIssued = date(q.columnText(2));
            }
        }
    }
    return out;
}

Result<QHash<QString, QString>> ImmunizationRepository::names(const Scope &scope,
                                                              const QStringList &residentIds) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    QHash<QString, QString> out;
    SqliteStmt q(sqliteHandle(m_conn), "SELECT name, village_code FROM resident WHERE id = ?");
    for (const QString &id : residentIds) {
        q.text(1, id);
        if (q.step() && scope.allowsVillage(q.columnText(1)))
            out.insert(id, q.columnText(0));
        q.reset();
    }
    return out;
}

Result<ChildImmunization> ImmunizationRepository::child(const Scope &scope,
                                                        const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT village_code, birth_date FROM resident WHERE id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return notFound();
    const QString village = q.value(0).toString();
    if (!scope.allowsVillage(village))
        return outOfScope();
    const QDate birth = date(q.value(1).toString());
    auto all = children(scope, village, birth, birth);
    if (!all)
        return all.error();
    for (const ChildImmunization &c : *all)
        if (c.residentId == residentId)
            return c;
    return notFound();
}

Result<QVector<SessionEntry>> ImmunizationRepository::sessionList(const Scope &scope,
                                                                  const QString &villageCode,
                                                                  const QDate &day,
                                                                  int maxAgeYears) const
{
    if (villageCode.isEmpty())
        return makeError(QStringLiteral("session.village"), Text::tr("请选择村"),
                         QStringLiteral("village"));
    return dueList(scope, villageCode, day, maxAgeYears, true);
}

Result<QVector<SessionEntry>> ImmunizationRepository::dueList(const Scope &scope,
                                                              const QString &villageCode,
                                                              const QDate &day, int maxAgeYears,
                                                              bool people) const
{
    auto all = children(scope, villageCode, day.addYears(-maxAgeYears).addDays(1), day, false,
                        people, day);
    if (!all)
        return all.error();
    const VaccinePlanner planner;
    QVector<SessionEntry> out;
    for (const ChildImmunization &c : *all) {
        const Plan plan = planner.plan(c.facts(), day, false);
        SessionEntry e;
        for (const PlannedDose &d : plan.doses)
            if (d.isOpen()) {
                e.open << d;
                if (d.status == DoseStatus::Overdue)
                    ++e.overdue;
            }
        if (e.open.isEmpty())
            continue;
        e.residentId = c.residentId;
        e.name = c.name;
        e.sex = c.sex;
        e.birth = c.birth;
        e.phone = c.phone;
        e.address = c.address;
        e.guardian = c.guardian;
        e.refusals = c.refusals();
        out << e;
    }
    return out;
}

} // namespace Models
