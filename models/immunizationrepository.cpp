#include "immunizationrepository.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace Models {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Models::ImmunizationRepository", s);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

class Stmt
{
public:
    Stmt(sqlite3 *h, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &m_st, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(h));
    }
    ~Stmt() { sqlite3_finalize(m_st); }
    bool ok() const { return m_st != nullptr; }
    QString error() const { return m_error; }
    void bind(int i, const QString &s)
    {
        const QByteArray b = s.toUtf8();
        sqlite3_bind_text(m_st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    bool step() { return sqlite3_step(m_st) == SQLITE_ROW; }
    void reset() { sqlite3_reset(m_st); }
    qint64 integer(int col) const { return sqlite3_column_int64(m_st, col); }
    // YYYY-MM-DD without a QString on the way (bulk reads).
    QDate isoDate(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, col));
        if (!p || sqlite3_column_bytes(m_st, col) != 10 || p[4] != '-' || p[7] != '-')
            return {};
        auto num = [p](int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; ++i)
                v = v * 10 + (p[i] - '0');
            return v;
        };
        return QDate(num(0, 4), num(5, 2), num(8, 2));
    }
    // Few distinct values (vaccine abbreviations): share one QString per value.
    QString interned(int col, QList<QPair<QByteArray, QString>> &pool) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, col));
        const int n = sqlite3_column_bytes(m_st, col);
        for (const auto &[raw, str] : pool)
            if (raw.size() == n && std::memcmp(raw.constData(), p, size_t(n)) == 0)
                return str;
        pool.append({QByteArray(p, n), QString::fromUtf8(p, n)});
        return pool.last().second;
    }
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_st, col)) : QString();
    }
    Q_DISABLE_COPY_MOVE(Stmt)

private:
    sqlite3_stmt *m_st = nullptr;
    QString m_error;
};

Error notFound()
{
    return makeError(QStringLiteral("resident.notfound"), tr("找不到该儿童"));
}

Error outOfScope()
{
    return makeError(QStringLiteral("scope.denied"), tr("您无权查看或修改该村的居民"));
}

const QByteArray DoseColumns =
    "d.id, d.resident_id, d.vaccine, d.vaccine_code, d.given_on, d.source, d.lot_id, d.manufacturer,"
    " d.lot_no, d.expiry, d.site, d.route, d.clinic, d.vaccinator, d.override_reason, d.note,"
    " d.supersedes, d.updated_by";

VaccineDose readDose(const Stmt &q)
{
    VaccineDose d;
    d.id = q.text(0);
    d.residentId = q.text(1);
    d.vaccine = q.text(2);
    d.vaccineCode = q.text(3);
    d.givenOn = date(q.text(4));
    d.source = q.text(5);
    d.lotId = q.text(6);
    d.manufacturer = q.text(7);
    d.lotNo = q.text(8);
    d.expiry = date(q.text(9));
    d.site = q.text(10);
    d.route = q.text(11);
    d.clinic = q.text(12);
    d.vaccinator = q.text(13);
    d.overrideReason = q.text(14);
    d.note = q.text(15);
    d.supersedes = q.text(16);
    d.updatedBy = q.text(17);
    return d;
}

VaccineLot readLot(const QSqlQuery &q)
{
    VaccineLot l;
    l.id = q.value(0).toString();
    l.vaccine = q.value(1).toString();
    l.vaccineCode = q.value(2).toString();
    l.manufacturer = q.value(3).toString();
    l.lotNo = q.value(4).toString();
    l.expiry = date(q.value(5).toString());
    l.dosesReceived = q.value(6).toInt();
    l.active = q.value(7).toBool();
    return l;
}

Result<void> insertRow(const QString &conn, const QString &table, const QStringList &columns,
                       const QVariantList &values)
{
    QSqlQuery q(db(conn));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    // A null QString binds as SQL NULL; text columns here are NOT NULL DEFAULT ''.
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                                 : v);
    return exec(q);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

ImmunizationRepository::ImmunizationRepository(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

Result<QVector<ChildImmunization>> ImmunizationRepository::children(const Scope &scope,
                                                                    const QString &villageCode,
                                                                    const QDate &bornFrom,
                                                                    const QDate &bornTo,
                                                                    bool details, bool people) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    if (!villageCode.isEmpty() && !scope.allowsVillage(villageCode))
        return outOfScope();
    sqlite3 *h = sqliteHandle(m_conn);
    if (villageCode.isEmpty()) {
        // A township-wide read touches most pages of three tables: map the file instead of
        // copying pages through read() (the setting stays on this connection only).
        sqlite3_exec(h, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    }
    const QByteArray village = villageCode.isEmpty() ? QByteArray() : QByteArray(" AND r.village_code = ?3");
    const QByteArray range = " r.deleted = 0 AND r.birth_date BETWEEN ?1 AND ?2" + village;
    auto bindAll = [&](Stmt &s) {
        s.bind(1, iso(bornFrom));
        s.bind(2, iso(bornTo));
        if (!villageCode.isEmpty())
            s.bind(3, villageCode);
    };
    QVector<ChildImmunization> out;
    QHash<qint64, int> index; // resident rid -> position in out
    QList<QPair<QByteArray, QString>> vaccines;
    {
        Stmt q(h, (people ? QByteArray("SELECT r.id, r.name, r.sex, r.birth_date, r.village_code, r.phone, r.address, r.rid")
                          : QByteArray("SELECT r.id, '', '', r.birth_date, r.village_code, '', '', r.rid"))
                      + " FROM resident r WHERE" + range + " ORDER BY r.birth_date, r.rid");
        if (!q.ok())
            return makeError(QStringLiteral("db.query"), tr("读取接种资料失败"), {}, q.error());
        bindAll(q);
        while (q.step()) {
            ChildImmunization c;
            c.villageCode = q.text(4);
            if (!scope.allowsVillage(c.villageCode))
                continue;
            c.residentId = q.text(0);
            c.name = q.text(1);
            const QString sex = q.text(2);
            c.sex = sex.isEmpty() ? QChar() : sex.at(0);
            c.birth = date(q.text(3));
            c.phone = q.text(5);
            c.address = q.text(6);
            index.insert(q.integer(7), int(out.size()));
            out.append(std::move(c));
        }
    }
    {
        Stmt q(h, "SELECT " + (details ? DoseColumns : QByteArray("'', d.resident_id, d.vaccine, '', d.given_on"))
                      + ", r.rid FROM resident r JOIN immunization_dose d"
                  " ON d.resident_id = r.id AND d.deleted = 0 WHERE" + range);
        const int ridColumn = details ? 18 : 5;
        if (!q.ok())
            return makeError(QStringLiteral("db.query"), tr("读取接种资料失败"), {}, q.error());
        bindAll(q);
        while (q.step()) {
            const auto it = index.constFind(q.integer(ridColumn));
            if (it == index.constEnd())
                continue;
            ChildImmunization &c = out[*it];
            if (details) {
                c.doses.append(readDose(q));
                c.given.append({c.doses.last().vaccine, c.doses.last().givenOn});
            } else {
                c.given.append({q.interned(2, vaccines), q.isoDate(4)});
            }
        }
        for (ChildImmunization &c : out) {
            std::stable_sort(c.doses.begin(), c.doses.end(), [](const VaccineDose &a, const VaccineDose &b) {
                return a.givenOn < b.givenOn;
            });
            std::stable_sort(c.given.begin(), c.given.end(),
                             [](const GivenDose &a, const GivenDose &b) { return a.date < b.date; });
        }
    }
    {
        Stmt q(h, "SELECT s.id, s.resident_id, s.kind, s.code, s.note, s.recorded_on, r.rid FROM resident r"
                  " JOIN immunization_state s ON s.resident_id = r.id AND s.deleted = 0"
                  " AND s.ended_on IS NULL WHERE" + range);
        bindAll(q);
        while (q.step()) {
            const auto it = index.constFind(q.integer(6));
            if (it != index.constEnd())
                out[*it].states.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                                        date(q.text(5)), {}});
        }
    }
    {
        Stmt q(h, "SELECT c.resident_id, c.certificate_no, c.issued_on, r.rid FROM resident r"
                  " JOIN immunization_certificate c ON c.resident_id = r.id AND c.deleted = 0"
                  " WHERE" + range);
        bindAll(q);
        while (q.step()) {
            const auto it = index.constFind(q.integer(3));
            if (it != index.constEnd()) {
                out[*it].certificateNo = q.text(1);
                out[*it].certificateIssued = date(q.text(2));
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
    Stmt q(sqliteHandle(m_conn), "SELECT name, village_code FROM resident WHERE id = ?");
    for (const QString &id : residentIds) {
        q.bind(1, id);
        if (q.step() && scope.allowsVillage(q.text(1)))
            out.insert(id, q.text(0));
        q.reset();
    }
    return out;
}

Result<ChildImmunization> ImmunizationRepository::child(const Scope &scope, const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT village_code, birth_date FROM resident WHERE id = ? AND deleted = 0"));
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

Result<CheckResult> ImmunizationRepository::checkDose(const Scope &scope, const QString &residentId,
                                                      const QString &vaccine, const QDate &on) const
{
    auto c = child(scope, residentId);
    if (!c)
        return c.error();
    return VaccinePlanner().check(c->facts(), vaccine, on);
}

Result<void> ImmunizationRepository::writeDose(const Scope &scope, VaccineDose &d, const QDate &today)
{
    auto c = child(scope, d.residentId);
    if (!c)
        return c.error();
    const Schedule &s = ScheduleSet::instance().forBirth(c->birth);
    const VaccineProduct *p = s.product(d.vaccine);
    if (!p)
        return makeError(QStringLiteral("dose.vaccine"), tr("请选择疫苗"), QStringLiteral("vaccine"));
    d.vaccine = p->abbr;
    if (d.vaccineCode.isEmpty() && !p->codes.isEmpty())
        d.vaccineCode = p->codes.first();
    if (!d.vaccineCode.isEmpty() && !p->codes.isEmpty() && !p->codes.contains(d.vaccineCode))
        return makeError(QStringLiteral("dose.code"), tr("疫苗编码与疫苗不符"), QStringLiteral("vaccine_code"));
    if (!d.givenOn.isValid())
        return makeError(QStringLiteral("dose.date"), tr("请填写接种日期"), QStringLiteral("given_on"));
    if (d.givenOn < c->birth)
        return makeError(QStringLiteral("dose.date"), tr("接种日期早于出生日期"), QStringLiteral("given_on"));
    if (d.givenOn > today)
        return makeError(QStringLiteral("dose.date"), tr("接种日期不能晚于今天"), QStringLiteral("given_on"));
    if (d.source != QLatin1String("here") && d.source != QLatin1String("elsewhere"))
        return makeError(QStringLiteral("dose.source"), tr("接种来源应为本单位或外单位"), QStringLiteral("source"));
    if (d.site.isEmpty())
        d.site = p->site;
    if (d.route.isEmpty())
        d.route = p->route;
    QStringList reasons;
    if (d.source == QLatin1String("here")) {
        if (d.lotId.isEmpty())
            return makeError(QStringLiteral("dose.lot"), tr("请从库存中选择疫苗批号"), QStringLiteral("lot"));
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral("SELECT id, vaccine, vaccine_code, manufacturer, lot_no, expiry,"
                                 " doses_received, active FROM vaccine_lot WHERE id = ? AND deleted = 0"));
        q.addBindValue(d.lotId);
        if (auto e = exec(q); !e)
            return e;
        if (!q.next())
            return makeError(QStringLiteral("dose.lot"), tr("库存中没有该批号"), QStringLiteral("lot"));
        const VaccineLot lot = readLot(q);
        if (lot.vaccine != d.vaccine)
            return makeError(QStringLiteral("dose.lot"), tr("该批号不是%1").arg(p->nameZh), QStringLiteral("lot"));
        if (lot.expiry < d.givenOn)
            return makeError(QStringLiteral("dose.expired"),
                             tr("该批号已于%1过期，不能使用").arg(iso(lot.expiry)), QStringLiteral("lot"));
        d.manufacturer = lot.manufacturer;
        d.lotNo = lot.lotNo;
        d.expiry = lot.expiry;
        if (!lot.vaccineCode.isEmpty())
            d.vaccineCode = lot.vaccineCode;
        if (d.vaccinator.isEmpty())
            d.vaccinator = scope.userId;
        const CheckResult check = VaccinePlanner().check(c->facts(), d.vaccine, d.givenOn);
        reasons = check.reasons;
        if (!check.allowed && d.overrideReason.trimmed().isEmpty())
            return makeError(QStringLiteral("dose.rule"),
                             tr("不符合免疫程序：%1。如确需接种，请填写原因").arg(reasons.join(QStringLiteral("；"))),
                             QStringLiteral("override_reason"), reasons.join(QLatin1Char('\n')));
        if (check.allowed)
            d.overrideReason.clear();
    }
    d.id = newId();
    d.updatedBy = scope.userId;
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("immunization_dose"),
                           {QStringLiteral("id"), QStringLiteral("resident_id"), QStringLiteral("vaccine"),
                            QStringLiteral("vaccine_code"), QStringLiteral("given_on"), QStringLiteral("source"),
                            QStringLiteral("lot_id"), QStringLiteral("manufacturer"), QStringLiteral("lot_no"),
                            QStringLiteral("expiry"), QStringLiteral("site"), QStringLiteral("route"),
                            QStringLiteral("clinic"), QStringLiteral("vaccinator"),
                            QStringLiteral("override_reason"), QStringLiteral("note"),
                            QStringLiteral("supersedes"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                           {d.id, d.residentId, d.vaccine, d.vaccineCode, iso(d.givenOn), d.source,
                            nullIfEmpty(d.lotId), d.manufacturer, d.lotNo, iso(d.expiry), d.site, d.route,
                            d.clinic, d.vaccinator, d.overrideReason, d.note, nullIfEmpty(d.supersedes),
                            now, now, scope.userId});
        !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("immunization_dose"), d.id,
                                   ChangeOp::Create, {}, d.toJson());
        !e)
        return e;
    if (!d.overrideReason.isEmpty() && !reasons.isEmpty()) {
        QJsonObject after = d.toJson();
        after.insert(QStringLiteral("rule_breaks"), QJsonArray::fromStringList(reasons));
        if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("immunization.override"),
                                      QStringLiteral("immunization_dose"), d.id, {}, after);
            !e)
            return e;
    }
    return {};
}

Result<VaccineDose> ImmunizationRepository::recordDose(const Scope &scope, VaccineDose dose, const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e.error();
    Transaction tx(m_conn);
    if (auto e = writeDose(scope, dose, today); !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "dose recorded" << dose.id;
    return dose;
}

Result<VaccineDose> ImmunizationRepository::correctDose(const Scope &scope, const QString &oldId,
                                                        VaccineDose dose, const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT resident_id FROM immunization_dose WHERE id = ? AND deleted = 0"));
    q.addBindValue(oldId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("dose.notfound"), tr("找不到要更正的接种记录"));
    dose.residentId = q.value(0).toString();
    dose.supersedes = oldId;
    Transaction tx(m_conn);
    QSqlQuery del(db(m_conn));
    del.prepare(QStringLiteral("UPDATE immunization_dose SET deleted = 1, dirty = 1, updated_at = ?,"
                               " updated_by = ? WHERE id = ?"));
    del.addBindValue(ChangeLog::nowUtc());
    del.addBindValue(scope.userId);
    del.addBindValue(oldId);
    if (auto e = exec(del); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("immunization_dose"), oldId,
                                   ChangeOp::Delete, {{QStringLiteral("id"), oldId}},
                                   {{QStringLiteral("superseded_by"), QString()}});
        !e)
        return e.error();
    // The corrected dose is checked against the history without the old one.
    if (auto e = writeDose(scope, dose, today); !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return dose;
}

Result<QVector<VaccineLot>> ImmunizationRepository::lots(const Scope &scope, const QString &vaccine,
                                                         const QDate &usableOn) const
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT id, vaccine, vaccine_code, manufacturer, lot_no, expiry,"
                             " doses_received, active FROM vaccine_lot WHERE deleted = 0 AND active = 1"
                             " AND (? = '' OR vaccine = ?) AND (? = '' OR expiry >= ?)"
                             " ORDER BY vaccine, expiry, lot_no"));
    q.addBindValue(vaccine);
    q.addBindValue(vaccine);
    q.addBindValue(iso(usableOn));
    q.addBindValue(iso(usableOn));
    if (auto e = exec(q); !e)
        return e.error();
    QVector<VaccineLot> out;
    while (q.next())
        out << readLot(q);
    return out;
}

Result<VaccineLot> ImmunizationRepository::addLot(const Scope &scope, VaccineLot lot, const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e.error();
    const Schedule &s = ScheduleSet::instance().forBirth(today);
    const VaccineProduct *p = s.product(lot.vaccine);
    if (!p)
        return makeError(QStringLiteral("lot.vaccine"), tr("请选择疫苗"), QStringLiteral("vaccine"));
    lot.vaccine = p->abbr;
    if (lot.vaccineCode.isEmpty() && !p->codes.isEmpty())
        lot.vaccineCode = p->codes.first();
    lot.lotNo = lot.lotNo.trimmed();
    if (lot.lotNo.isEmpty())
        return makeError(QStringLiteral("lot.number"), tr("请填写批号"), QStringLiteral("lot_no"));
    if (!lot.expiry.isValid())
        return makeError(QStringLiteral("lot.expiry"), tr("请填写有效期"), QStringLiteral("expiry"));
    if (lot.expiry < today)
        return makeError(QStringLiteral("lot.expired"), tr("该批号已过期，不能入库"), QStringLiteral("expiry"));
    Transaction tx(m_conn);
    lot.id = newId();
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("vaccine_lot"),
                           {QStringLiteral("id"), QStringLiteral("vaccine"), QStringLiteral("vaccine_code"),
                            QStringLiteral("manufacturer"), QStringLiteral("lot_no"), QStringLiteral("expiry"),
                            QStringLiteral("doses_received"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                           {lot.id, lot.vaccine, lot.vaccineCode, lot.manufacturer, lot.lotNo,
                            iso(lot.expiry), lot.dosesReceived, now, now, scope.userId});
        !e) {
        if (e.error().detail.contains(QLatin1String("UNIQUE")))
            return makeError(QStringLiteral("lot.duplicate"), tr("该批号已在库存中"), QStringLiteral("lot_no"));
        return e.error();
    }
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("vaccine_lot"), lot.id, ChangeOp::Create,
                                   {}, lot.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return lot;
}

Result<ImmunizationState> ImmunizationRepository::addState(const Scope &scope, ImmunizationState st)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e.error();
    auto c = child(scope, st.residentId);
    if (!c)
        return c.error();
    const Schedule &s = ScheduleSet::instance().forBirth(c->birth);
    if (st.kind == QLatin1String("health") && !s.knowsState(st.code))
        return makeError(QStringLiteral("state.code"), tr("未知健康状况"), QStringLiteral("code"));
    if (st.kind == QLatin1String("refusal") && !s.findSeries(st.code))
        return makeError(QStringLiteral("state.code"), tr("请选择拒种的疫苗"), QStringLiteral("code"));
    if (st.kind != QLatin1String("health") && st.kind != QLatin1String("refusal"))
        return makeError(QStringLiteral("state.kind"), tr("类型应为健康状况或拒种"), QStringLiteral("kind"));
    if (!st.recordedOn.isValid())
        st.recordedOn = QDate::currentDate();
    Transaction tx(m_conn);
    st.id = newId();
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("immunization_state"),
                           {QStringLiteral("id"), QStringLiteral("resident_id"), QStringLiteral("kind"),
                            QStringLiteral("code"), QStringLiteral("note"), QStringLiteral("recorded_on"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("updated_by")},
                           {st.id, st.residentId, st.kind, st.code, st.note, iso(st.recordedOn), now, now,
                            scope.userId});
        !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("immunization_state"), st.id,
                                   ChangeOp::Create, {}, st.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return st;
}

Result<void> ImmunizationRepository::endState(const Scope &scope, const QString &stateId, const QDate &on)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e;
    Transaction tx(m_conn);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("UPDATE immunization_state SET ended_on = ?, dirty = 1, updated_at = ?,"
                             " updated_by = ? WHERE id = ? AND ended_on IS NULL"));
    q.addBindValue(iso(on));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(scope.userId);
    q.addBindValue(stateId);
    if (auto e = exec(q); !e)
        return e;
    if (q.numRowsAffected() != 1)
        return makeError(QStringLiteral("state.notfound"), tr("找不到该记录"));
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("immunization_state"), stateId,
                                   ChangeOp::Update, {}, {{QStringLiteral("ended_on"), iso(on)}});
        !e)
        return e;
    return tx.commit();
}

Result<void> ImmunizationRepository::issueCertificate(const Scope &scope, const QString &residentId,
                                                      const QString &number, const QDate &on)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e;
    auto c = child(scope, residentId);
    if (!c)
        return c.error();
    if (c->certificateIssued.isValid())
        return makeError(QStringLiteral("certificate.exists"), tr("该儿童已建证（%1）").arg(c->certificateNo));
    if (!on.isValid() || on < c->birth)
        return makeError(QStringLiteral("certificate.date"), tr("请填写建证日期"), QStringLiteral("issued_on"));
    Transaction tx(m_conn);
    const QString id = newId();
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("immunization_certificate"),
                           {QStringLiteral("id"), QStringLiteral("resident_id"), QStringLiteral("certificate_no"),
                            QStringLiteral("issued_on"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                           {id, residentId, number, iso(on), now, now, scope.userId});
        !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("immunization_certificate"), id,
                                   ChangeOp::Create, {},
                                   {{QStringLiteral("resident_id"), residentId},
                                    {QStringLiteral("certificate_no"), number},
                                    {QStringLiteral("issued_on"), iso(on)}});
        !e)
        return e;
    return tx.commit();
}

Result<QVector<SessionEntry>> ImmunizationRepository::sessionList(const Scope &scope,
                                                                  const QString &villageCode,
                                                                  const QDate &day, int maxAgeYears) const
{
    if (villageCode.isEmpty())
        return makeError(QStringLiteral("session.village"), tr("请选择村"), QStringLiteral("village"));
    auto all = children(scope, villageCode, day.addYears(-maxAgeYears).addDays(1), day, false);
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
        e.refusals = c.refusals();
        out << e;
    }
    return out;
}

} // namespace Models
