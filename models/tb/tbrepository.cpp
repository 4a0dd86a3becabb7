#include "tbrepository.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "sharedcare.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TbRepository)
};

Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("tb.invalid"), message, field);
}

const QString Columns = QStringLiteral(
    "p.id, p.resident_id, p.notified_at, p.notifying_unit, p.patient_type, p.regimen,"
    " p.intensive_start, p.intensive_end, p.continuation_end, p.supervision, p.form_json,"
    " p.closed_on, p.close_reason, p.doctor_id, r.name, r.village_code");

TbPatient readPatient(const QSqlQuery &q)
{
    TbPatient p;
    p.id = q.value(0).toString();
    p.residentId = q.value(1).toString();
    p.notifiedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    p.notifyingUnit = q.value(3).toString();
    p.patientType = q.value(4).toString();
    p.regimen = q.value(5).toString();
    p.intensiveStart = sharedDate(q.value(6));
    p.intensiveEnd = sharedDate(q.value(7));
    p.continuationEnd = sharedDate(q.value(8));
    p.supervision = q.value(9).toString();
    p.form = sharedJsonObject(q.value(10));
    p.closedOn = sharedDate(q.value(11));
    p.closeReason = q.value(12).toString();
    p.doctorId = q.value(13).toString();
    p.residentName = q.value(14).toString();
    p.villageCode = q.value(15).toString();
    return p;
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject TbPatient::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("notified_at"), utc(notifiedAt)},
                       {QStringLiteral("notifying_unit"), notifyingUnit},
                       {QStringLiteral("patient_type"), patientType},
                       {QStringLiteral("regimen"), regimen},
                       {QStringLiteral("intensive_start"), intensiveStart.toString(Qt::ISODate)},
                       {QStringLiteral("intensive_end"), intensiveEnd.toString(Qt::ISODate)},
                       {QStringLiteral("continuation_end"), continuationEnd.toString(Qt::ISODate)},
                       {QStringLiteral("supervision"), supervision},
                       {QStringLiteral("form"), form},
                       {QStringLiteral("closed_on"), closedOn.toString(Qt::ISODate)},
                       {QStringLiteral("close_reason"), closeReason},
                       {QStringLiteral("doctor_id"), doctorId}};
}

QJsonObject TbVisit::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("patient_id"), patientId},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("visited_at"), utc(visitedAt)},
                       {QStringLiteral("found"), found},
                       {QStringLiteral("next_visit"), nextVisit.toString(Qt::ISODate)},
                       {QStringLiteral("form"), form},
                       {QStringLiteral("doctor_id"), doctorId}};
}

QJsonObject TbAdherenceReport::toJson() const
{
    QJsonObject o = adherence.toJson();
    o.insert(QStringLiteral("patient"), patient.id);
    o.insert(QStringLiteral("resident_id"), patient.residentId);
    o.insert(QStringLiteral("regimen"), patient.regimen);
    o.insert(QStringLiteral("through"), through.toString(Qt::ISODate));
    o.insert(QStringLiteral("recorded_missed"), recordedMissed);
    o.insert(QStringLiteral("unrecorded"), unrecorded);
    return o;
}

TbRepository::TbRepository(QString connectionName, const TbRules &rules)
    : m_conn(std::move(connectionName)), m_rules(rules)
{
}

Result<TbPatient> TbRepository::registerPatient(const Scope &scope, TbPatient p)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto r = sharedCareResident(m_conn, scope, p.residentId, true);
    if (!r)
        return r.error();
    if (!p.notifiedAt.isValid())
        return invalid(QStringLiteral("notified_at"), Text::tr("请填写接到通知的时间"));
    if (p.notifiedAt > QDateTime::currentDateTimeUtc().addSecs(3600))
        return invalid(QStringLiteral("notified_at"), Text::tr("通知时间不能晚于现在"));
    if (!p.intensiveStart.isValid() || !p.intensiveEnd.isValid() || !p.continuationEnd.isValid())
        return invalid(QStringLiteral("intensive_start"),
                       Text::tr("请按定点医疗机构的通知填写强化期和继续期的日期"));
    if (p.intensiveEnd < p.intensiveStart)
        return invalid(QStringLiteral("intensive_end"), Text::tr("强化期结束日期应不早于开始日期"));
    if (p.continuationEnd < p.intensiveEnd)
        return invalid(QStringLiteral("continuation_end"),
                       Text::tr("继续期结束日期应不早于强化期结束日期"));
    if (!p.supervision.isEmpty() && !m_rules.supervisionModes().contains(p.supervision))
        return invalid(QStringLiteral("supervision"),
                       Text::tr("督导方式应为：%1")
                           .arg(m_rules.supervisionModes().join(QStringLiteral("、"))));
    {
        QSqlQuery dup(db(m_conn));
        dup.prepare(QStringLiteral("SELECT 1 FROM tb_patient WHERE resident_id = ?"
                                   " AND closed_on IS NULL AND deleted = 0"));
        dup.addBindValue(p.residentId);
        if (auto e = exec(dup); !e)
            return e.error();
        if (dup.next())
            return invalid(QStringLiteral("resident"), Text::tr("该居民已在肺结核患者管理中"));
    }
    p.residentName = r->name;
    p.villageCode = r->villageCode;
    if (p.doctorId.isEmpty())
        p.doctorId = scope.userId;
    p.id = newUuid();
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO tb_patient(id, resident_id, notified_at, notifying_unit, patient_type,"
        " regimen, intensive_start, intensive_end, continuation_end, supervision, form_json,"
        " doctor_id, created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         sharedNotNull({p.id, p.residentId, utc(p.notifiedAt), p.notifyingUnit, p.patientType,
                        p.regimen, sharedDateVar(p.intensiveStart), sharedDateVar(p.intensiveEnd),
                        sharedDateVar(p.continuationEnd), p.supervision, sharedJsonText(p.form),
                        p.doctorId, now, now, scope.userId}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("tb_patient"), p.id,
                                   ChangeOp::Create, {}, p.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "tb patient registered" << p.id;
    return p;
}

Result<TbPatient> TbRepository::patient(const Scope &scope, const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM tb_patient p JOIN resident r ON r.id = p.resident_id"
                             " WHERE p.id = ? AND p.deleted = 0")
                  .arg(Columns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("tb.notfound"), Text::tr("找不到该肺结核患者管理记录"),
                         QStringLiteral("patient"));
    TbPatient p = readPatient(q);
    if (!scope.allowsVillage(p.villageCode))
        return outOfScope();
    return p;
}

Result<QVector<TbPatient>> TbRepository::patientsOf(const Scope &scope,
                                                    const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM tb_patient p JOIN resident r ON r.id = p.resident_id"
                             " WHERE p.resident_id = ? AND p.deleted = 0"
                             " ORDER BY p.notified_at DESC")
                  .arg(Columns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TbPatient> out;
    while (q.next()) {
        TbPatient p = readPatient(q);
        if (!scope.allowsVillage(p.villageCode))
            return outOfScope();
        out << p;
    }
    return out;
}

Result<TbVisit> TbRepository::recordVisit(const Scope &scope, TbVisit v)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto p = patient(scope, v.patientId);
    if (!p)
        return p.error();
    static const QStringList kinds{QStringLiteral("first"), QStringLiteral("followup"),
                                   QStringLiteral("end")};
    if (!kinds.contains(v.kind))
        return invalid(QStringLiteral("kind"), Text::tr("未知的随访类型：%1").arg(v.kind));
    if (!v.visitedAt.isValid())
        return invalid(QStringLiteral("visited_at"), Text::tr("请填写随访时间"));
    if (v.visitedAt < p->notifiedAt)
        return invalid(QStringLiteral("visited_at"), Text::tr("随访时间不能早于接到通知的时间"));
    if (v.visitedAt > QDateTime::currentDateTimeUtc().addSecs(3600))
        return invalid(QStringLiteral("visited_at"), Text::tr("随访时间不能晚于现在"));
    if (v.nextVisit.isValid() && v.nextVisit <= v.visitedAt.date())
        return invalid(QStringLiteral("next_visit"), Text::tr("下次随访日期应晚于本次"));
    if (v.doctorId.isEmpty())
        v.doctorId = scope.userId;
    v.id = newUuid();
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO tb_visit(id, patient_id, kind, visited_at, found, next_visit, form_json,"
        " doctor_id, created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &x : sharedNotNull(
             {v.id, v.patientId, v.kind, utc(v.visitedAt), int(v.found), sharedDateVar(v.nextVisit),
              sharedJsonText(v.form), v.doctorId, now, now, scope.userId}))
        q.addBindValue(x);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("tb_visit"), v.id,
                                   ChangeOp::Create, {}, v.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return v;
}

Result<QVector<TbVisit>> TbRepository::visits(const Scope &scope, const QString &patientId) const
{
    auto p = patient(scope, patientId);
    if (!p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT id, kind, visited_at, found, next_visit, form_json, doctor_id"
                             " FROM tb_visit WHERE patient_id = ? AND deleted = 0"
                             " ORDER BY visited_at"));
    q.addBindValue(patientId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TbVisit> out;
    while (q.next()) {
        TbVisit v;
        v.id = q.value(0).toString();
        v.patientId = patientId;
        v.kind = q.value(1).toString();
        v.visitedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        v.found = q.value(3).toInt() != 0;
        v.nextVisit = sharedDate(q.value(4));
        v.form = sharedJsonObject(q.value(5));
        v.doctorId = q.value(6).toString();
        out << v;
    }
    return out;
}

Result<void> TbRepository::recordDoses(const Scope &scope, const QString &patientId,
                                       const QVector<TbDose> &doses)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto p = patient(scope, patientId);
    if (!p)
        return p.error();
    const QDate today = QDate::currentDate();
    for (const TbDose &d : doses) {
        if (!d.date.isValid() || d.date < p->intensiveStart || d.date > p->continuationEnd)
            return invalid(QStringLiteral("dose_date"),
                           Text::tr("服药日期应在疗程内（%1 至 %2）")
                               .arg(p->intensiveStart.toString(Qt::ISODate),
                                    p->continuationEnd.toString(Qt::ISODate)));
        if (d.date > today)
            return invalid(QStringLiteral("dose_date"), Text::tr("不能登记今天以后的服药"));
        if (d.source != QLatin1String("supervisor") && d.source != QLatin1String("card"))
            return invalid(QStringLiteral("source"), Text::tr("记录来源应为督导人员或服药卡"));
    }
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    // A day already recorded the same way stays as it is; a changed day deletes its row and adds
    // a new one. Each row goes to the outbox (the card syncs as one MedicationAdministration per
    // day, sync/fhir/tbdosemapper.cpp); the card's change is audited as one entry.
    QSqlQuery cur(db(m_conn));
    cur.prepare(QStringLiteral("SELECT id, taken, source FROM tb_dose"
                               " WHERE patient_id = ? AND dose_date = ? AND deleted = 0"));
    QSqlQuery del(db(m_conn));
    del.prepare(QStringLiteral(
        "UPDATE tb_dose SET deleted = 1, dirty = 1, updated_at = ?, updated_by = ? WHERE id = ?"));
    QSqlQuery ins(db(m_conn));
    ins.prepare(QStringLiteral("INSERT INTO tb_dose(id, patient_id, dose_date, taken, source,"
                               " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?)"));
    const QString dose = QStringLiteral("tb_dose");
    // One outbox entry per row deleted or added (the audit entry covers the whole save, below).
    QSqlQuery queue(db(m_conn));
    queue.prepare(QStringLiteral(
        "INSERT INTO outbox(entity, entity_id, op, created_at) VALUES('tb_dose', ?, ?, ?)"));
    auto enqueue = [&](const QString &id, const char *op) {
        queue.addBindValue(id);
        queue.addBindValue(QLatin1String(op));
        queue.addBindValue(now);
        return exec(queue);
    };
    QJsonArray after;
    for (const TbDose &d : doses) {
        cur.addBindValue(patientId);
        cur.addBindValue(sharedDateVar(d.date));
        if (auto e = exec(cur); !e)
            return e.error();
        QStringList old;
        bool same = false;
        while (cur.next()) {
            same = same ||
                   (cur.value(1).toInt() == int(d.taken) && cur.value(2).toString() == d.source);
            old << cur.value(0).toString();
        }
        if (same && old.size() == 1)
            continue;
        for (const QString &id : std::as_const(old)) {
            for (const QVariant &x : {QVariant(now), QVariant(scope.userId), QVariant(id)})
                del.addBindValue(x);
            if (auto e = exec(del); !e)
                return e.error();
            if (auto e = enqueue(id, "delete"); !e)
                return e.error();
        }
        const QString id = newUuid();
        for (const QVariant &x :
             {QVariant(id), QVariant(patientId), sharedDateVar(d.date), QVariant(int(d.taken)),
              QVariant(d.source), QVariant(now), QVariant(now), QVariant(scope.userId)})
            ins.addBindValue(x);
        if (auto e = exec(ins); !e)
            return e.error();
        if (auto e = enqueue(id, "create"); !e)
            return e.error();
        after.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                 {QStringLiteral("taken"), d.taken},
                                 {QStringLiteral("source"), d.source}});
    }
    if (after.isEmpty())
        return tx.commit(); // nothing changed
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("update"), dose, patientId, {},
                                  QJsonObject{{QStringLiteral("doses"), after}});
        !e)
        return e.error();
    return tx.commit();
}

Result<QVector<TbDose>> TbRepository::doses(const Scope &scope, const QString &patientId) const
{
    auto p = patient(scope, patientId);
    if (!p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT dose_date, taken, source FROM tb_dose"
                             " WHERE patient_id = ? AND deleted = 0 ORDER BY dose_date"));
    q.addBindValue(patientId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TbDose> out;
    while (q.next())
        out << TbDose{sharedDate(q.value(0)), q.value(1).toInt() != 0, q.value(2).toString()};
    return out;
}

Result<TbAdherenceReport> TbRepository::adherence(const Scope &scope, const QString &patientId,
                                                  const QDate &asOf) const
{
    auto p = patient(scope, patientId);
    if (!p)
        return p.error();
    auto ds = doses(scope, patientId);
    if (!ds)
        return ds.error();
    TbAdherenceReport r;
    r.patient = *p;
    QDate end = p->continuationEnd;
    if (p->closedOn.isValid() && p->closedOn < end)
        end = p->closedOn;
    r.through = asOf < end ? asOf : end;
    const int prescribed = tbPrescribedDailyDoses(p->intensiveStart, end, r.through);
    int taken = 0, recorded = 0;
    for (const TbDose &d : *ds) {
        if (d.date < p->intensiveStart || d.date > r.through)
            continue;
        ++recorded;
        if (d.taken)
            ++taken;
        else
            ++r.recordedMissed;
    }
    r.unrecorded = qMax(0, prescribed - recorded);
    r.adherence = m_rules.adherence(prescribed, taken);
    return r;
}

Result<void> TbRepository::close(const Scope &scope, const QString &patientId, const QDate &on,
                                 const QString &reason, const QJsonObject &assessment)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto p = patient(scope, patientId);
    if (!p)
        return p.error();
    if (p->closedOn.isValid())
        return invalid(QStringLiteral("closed_on"), Text::tr("该患者已结案"));
    if (!on.isValid() || on < p->intensiveStart || on > QDate::currentDate())
        return invalid(QStringLiteral("closed_on"), Text::tr("停止治疗日期应在开始治疗与今天之间"));
    static const QStringList reasons{QStringLiteral("治愈"), QStringLiteral("完成疗程"),
                                     QStringLiteral("失败"), QStringLiteral("死亡"),
                                     QStringLiteral("失访"), QStringLiteral("转出"),
                                     QStringLiteral("其他")};
    if (!reasons.contains(reason))
        return invalid(QStringLiteral("close_reason"),
                       Text::tr("停止治疗原因应为：%1").arg(reasons.join(QStringLiteral("、"))));
    TbPatient after = *p;
    after.closedOn = on;
    after.closeReason = reason;
    after.form.insert(QStringLiteral("end_assessment"), assessment);
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("UPDATE tb_patient SET closed_on = ?, close_reason = ?, form_json = ?,"
                             " dirty = 1, updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QVariant &x :
         {sharedDateVar(on), QVariant(reason), QVariant(sharedJsonText(after.form)), QVariant(now),
          QVariant(scope.userId), QVariant(patientId)})
        q.addBindValue(x);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("tb_patient"), patientId,
                                   ChangeOp::Update, p->toJson(), after.toJson());
        !e)
        return e.error();
    return tx.commit();
}

} // namespace Models
