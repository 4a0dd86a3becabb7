#include "immunizationrepository.h"
#include "dates.h"

#include "changelog.h"
#include "codetable.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ImmunizationRepository)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
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
    l.dosesUsed = q.value(8).toInt(); // present where the query counts the doses given
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
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                           ? QVariant(QStringLiteral(""))
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

Result<CheckResult> ImmunizationRepository::checkDose(const Scope &scope, const QString &residentId,
                                                      const QString &vaccine, const QDate &on) const
{
    auto c = child(scope, residentId);
    if (!c)
        return c.error();
    return VaccinePlanner().check(c->facts(), vaccine, on);
}

Result<void> ImmunizationRepository::writeDose(const Scope &scope, VaccineDose &d,
                                               const QDate &today)
{
    auto c = child(scope, d.residentId);
    if (!c)
        return c.error();
    const Schedule &s = ScheduleSet::instance().forBirth(c->birth);
    const VaccineProduct *p = s.product(d.vaccine);
    if (!p)
        return makeError(QStringLiteral("dose.vaccine"), Text::tr("请选择疫苗"),
                         QStringLiteral("vaccine"));
    d.vaccine = p->abbr;
    if (d.vaccineCode.isEmpty() && !p->codes.isEmpty())
        d.vaccineCode = p->codes.first();
    if (!d.vaccineCode.isEmpty() && !p->codes.isEmpty() && !p->codes.contains(d.vaccineCode))
        return makeError(QStringLiteral("dose.code"), Text::tr("疫苗编码与疫苗不符"),
                         QStringLiteral("vaccine_code"));
    if (!d.givenOn.isValid())
        return makeError(QStringLiteral("dose.date"), Text::tr("请填写接种日期"),
                         QStringLiteral("given_on"));
    if (d.givenOn < c->birth)
        return makeError(QStringLiteral("dose.date"), Text::tr("接种日期早于出生日期"),
                         QStringLiteral("given_on"));
    if (d.givenOn > today)
        return makeError(QStringLiteral("dose.date"), Text::tr("接种日期不能晚于今天"),
                         QStringLiteral("given_on"));
    {
        // A child who died or moved away (or whose record was closed) gets no dose from that day.
        QSqlQuery life(db(m_conn));
        life.prepare(QStringLiteral("SELECT life_date FROM resident WHERE id = ?"));
        life.addBindValue(d.residentId);
        if (auto e = exec(life); !e)
            return e;
        if (life.next() && !life.value(0).isNull() &&
            life.value(0).toString() <= isoDate(d.givenOn))
            return makeError(QStringLiteral("dose.date"),
                             Text::tr("该儿童的档案已于 %1 关闭（死亡、迁出或注销），"
                                      "不能登记此日及以后的接种")
                                 .arg(life.value(0).toString()),
                             QStringLiteral("given_on"));
    }
    if (d.source != QLatin1String("here") && d.source != QLatin1String("elsewhere"))
        return makeError(QStringLiteral("dose.source"), Text::tr("接种来源应为本单位或外单位"),
                         QStringLiteral("source"));
    if (d.site.isEmpty())
        d.site = p->siteCode();
    if (d.route.isEmpty())
        d.route = p->route;
    if (!CodeTable::get(QStringLiteral("vaccine_route")).contains(d.route))
        return makeError(QStringLiteral("dose.route"), Text::tr("请从列表中选择接种途径"),
                         QStringLiteral("route"));
    if (d.source == QLatin1String("here") &&
        !CodeTable::get(QStringLiteral("vaccine_site")).contains(d.site))
        return makeError(QStringLiteral("dose.site"), Text::tr("请从列表中选择接种部位"),
                         QStringLiteral("site"));
    QStringList reasons;
    if (d.source == QLatin1String("here")) {
        if (d.lotId.isEmpty())
            return makeError(QStringLiteral("dose.lot"), Text::tr("请从库存中选择疫苗批号"),
                             QStringLiteral("lot"));
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral(
            "SELECT id, vaccine, vaccine_code, manufacturer, lot_no, expiry,"
            " doses_received, active FROM vaccine_lot WHERE id = ? AND deleted = 0"));
        q.addBindValue(d.lotId);
        if (auto e = exec(q); !e)
            return e;
        if (!q.next())
            return makeError(QStringLiteral("dose.lot"), Text::tr("库存中没有该批号"),
                             QStringLiteral("lot"));
        const VaccineLot lot = readLot(q);
        if (lot.vaccine != d.vaccine)
            return makeError(QStringLiteral("dose.lot"), Text::tr("该批号不是%1").arg(p->nameZh),
                             QStringLiteral("lot"));
        if (lot.expiry < d.givenOn)
            return makeError(QStringLiteral("dose.expired"),
                             Text::tr("该批号已于%1过期，不能使用").arg(isoDate(lot.expiry)),
                             QStringLiteral("lot"));
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
                             Text::tr("不符合免疫程序：%1。如确需接种，请填写原因")
                                 .arg(reasons.join(QStringLiteral("；"))),
                             QStringLiteral("override_reason"), reasons.join(QLatin1Char('\n')));
        if (check.allowed)
            d.overrideReason.clear();
    }
    d.id = newId();
    d.updatedBy = scope.userId;
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("immunization_dose"),
                           {QStringLiteral("id"),
                            QStringLiteral("resident_id"),
                            QStringLiteral("vaccine"),
                            QStringLiteral("vaccine_code"),
                            QStringLiteral("given_on"),
                            QStringLiteral("source"),
                            QStringLiteral("lot_id"),
                            QStringLiteral("manufacturer"),
                            QStringLiteral("lot_no"),
                            QStringLiteral("expiry"),
                            QStringLiteral("site"),
                            QStringLiteral("route"),
                            QStringLiteral("clinic"),
                            QStringLiteral("vaccinator"),
                            QStringLiteral("override_reason"),
                            QStringLiteral("note"),
                            QStringLiteral("supersedes"),
                            QStringLiteral("created_at"),
                            QStringLiteral("updated_at"),
                            QStringLiteral("updated_by")},
                           {d.id,
                            d.residentId,
                            d.vaccine,
                            d.vaccineCode,
                            isoDate(d.givenOn),
                            d.source,
                            nullIfEmpty(d.lotId),
                            d.manufacturer,
                            d.lotNo,
                            isoDate(d.expiry),
                            d.site,
                            d.route,
                            d.clinic,
                            d.vaccinator,
                            d.overrideReason,
                            d.note,
                            nullIfEmpty(d.supersedes),
                            now,
                            now,
                            scope.userId});
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

Result<VaccineDose> ImmunizationRepository::recordDose(const Scope &scope, VaccineDose dose,
                                                       const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e.error();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
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
    q.prepare(
        QStringLiteral("SELECT resident_id FROM immunization_dose WHERE id = ? AND deleted = 0"));
    q.addBindValue(oldId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("dose.notfound"), Text::tr("找不到要更正的接种记录"));
    dose.residentId = q.value(0).toString();
    dose.supersedes = oldId;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery del(db(m_conn));
    del.prepare(
        QStringLiteral("UPDATE immunization_dose SET deleted = 1, dirty = 1, updated_at = ?,"
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
                             " doses_received, active, (SELECT count(*) FROM immunization_dose d"
                             " WHERE d.lot_id = vaccine_lot.id AND d.deleted = 0)"
                             " FROM vaccine_lot WHERE deleted = 0 AND active = 1"
                             " AND (? = '' OR vaccine = ?) AND (? = '' OR expiry >= ?)"
                             " ORDER BY vaccine, expiry, lot_no"));
    // Null strings would bind as SQL NULL and match nothing: "no filter" is ''.
    const QString v = vaccine.isNull() ? QStringLiteral("") : vaccine;
    const QString on = usableOn.isValid() ? isoDate(usableOn) : QStringLiteral("");
    for (const QString &x : {v, v, on, on})
        q.addBindValue(x);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<VaccineLot> out;
    while (q.next())
        out << readLot(q);
    return out;
}

Result<VaccineLot> ImmunizationRepository::addLot(const Scope &scope, VaccineLot lot,
                                                  const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e.error();
    const Schedule &s = ScheduleSet::instance().forBirth(today);
    const VaccineProduct *p = s.product(lot.vaccine);
    if (!p)
        return makeError(QStringLiteral("lot.vaccine"), Text::tr("请选择疫苗"),
                         QStringLiteral("vaccine"));
    lot.vaccine = p->abbr;
    if (lot.vaccineCode.isEmpty() && !p->codes.isEmpty())
        lot.vaccineCode = p->codes.first();
    lot.lotNo = lot.lotNo.trimmed();
    if (lot.lotNo.isEmpty())
        return makeError(QStringLiteral("lot.number"), Text::tr("请填写批号"),
                         QStringLiteral("lot_no"));
    if (!lot.expiry.isValid())
        return makeError(QStringLiteral("lot.expiry"), Text::tr("请填写有效期"),
                         QStringLiteral("expiry"));
    if (lot.expiry < today)
        return makeError(QStringLiteral("lot.expired"), Text::tr("该批号已过期，不能入库"),
                         QStringLiteral("expiry"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    lot.id = newId();
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("vaccine_lot"),
                           {QStringLiteral("id"), QStringLiteral("vaccine"),
                            QStringLiteral("vaccine_code"), QStringLiteral("manufacturer"),
                            QStringLiteral("lot_no"), QStringLiteral("expiry"),
                            QStringLiteral("doses_received"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                           {lot.id, lot.vaccine, lot.vaccineCode, lot.manufacturer, lot.lotNo,
                            isoDate(lot.expiry), lot.dosesReceived, now, now, scope.userId});
        !e) {
        if (e.error().detail.contains(QLatin1String("UNIQUE")))
            return makeError(QStringLiteral("lot.duplicate"), Text::tr("该批号已在库存中"),
                             QStringLiteral("lot_no"));
        return e.error();
    }
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("vaccine_lot"), lot.id,
                                   ChangeOp::Create, {}, lot.toJson());
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
        return makeError(QStringLiteral("state.code"), Text::tr("未知健康状况"),
                         QStringLiteral("code"));
    if (st.kind == QLatin1String("refusal") && !s.findSeries(st.code))
        return makeError(QStringLiteral("state.code"), Text::tr("请选择拒种的疫苗"),
                         QStringLiteral("code"));
    if (st.kind != QLatin1String("health") && st.kind != QLatin1String("refusal"))
        return makeError(QStringLiteral("state.kind"), Text::tr("类型应为健康状况或拒种"),
                         QStringLiteral("kind"));
    if (!st.recordedOn.isValid())
        st.recordedOn = QDate::currentDate();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    st.id = newId();
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("immunization_state"),
                           {QStringLiteral("id"), QStringLiteral("resident_id"),
                            QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("note"),
                            QStringLiteral("recorded_on"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                           {st.id, st.residentId, st.kind, st.code, st.note, isoDate(st.recordedOn),
                            now, now, scope.userId});
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

Result<void> ImmunizationRepository::endState(const Scope &scope, const QString &stateId,
                                              const QDate &on)
{
    if (auto e = requirePermission(scope, QStringLiteral("immunization.write")); !e)
        return e;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("UPDATE immunization_state SET ended_on = ?, dirty = 1, updated_at = ?,"
                       " updated_by = ? WHERE id = ? AND ended_on IS NULL"));
    q.addBindValue(isoDate(on));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(scope.userId);
    q.addBindValue(stateId);
    if (auto e = exec(q); !e)
        return e;
    if (q.numRowsAffected() != 1)
        return makeError(QStringLiteral("state.notfound"), Text::tr("找不到该记录"));
    if (auto e =
            ChangeLog::record(m_conn, scope, QStringLiteral("immunization_state"), stateId,
                              ChangeOp::Update, {}, {{QStringLiteral("ended_on"), isoDate(on)}});
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
        return makeError(QStringLiteral("certificate.exists"),
                         Text::tr("该儿童已建证（%1）").arg(c->certificateNo));
    if (!on.isValid() || on < c->birth)
        return makeError(QStringLiteral("certificate.date"), Text::tr("请填写建证日期"),
                         QStringLiteral("issued_on"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString id = newId();
    const QString now = ChangeLog::nowUtc();
    if (auto e = insertRow(m_conn, QStringLiteral("immunization_certificate"),
                           {QStringLiteral("id"), QStringLiteral("resident_id"),
                            QStringLiteral("certificate_no"), QStringLiteral("issued_on"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at"),
                            QStringLiteral("updated_by")},
                           {id, residentId, number, isoDate(on), now, now, scope.userId});
        !e)
        return e;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("immunization_certificate"), id,
                                   ChangeOp::Create, {},
                                   {{QStringLiteral("resident_id"), residentId},
                                    {QStringLiteral("certificate_no"), number},
                                    {QStringLiteral("issued_on"), isoDate(on)}});
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
