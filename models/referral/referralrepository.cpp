#include "referralrepository.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"
#include "population.h"
#include "sharedcare.h"

#include <QCoreApplication>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::Referral)
};

Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("referral.invalid"), message, field);
}

const QString Columns = QStringLiteral(
    "f.id, f.resident_id, f.source_kind, f.source_id, f.restricted, f.to_institution,"
    " f.to_department, f.to_doctor, f.reason, f.impression, f.past_history, f.treatment, f.phone,"
    " f.sent_on, f.outcome_due, f.status, f.status_note, f.return_json, f.returned_on,"
    " f.doctor_id, r.name, r.village_code");

Referral readReferral(const QSqlQuery &q)
{
    Referral f;
    f.id = q.value(0).toString();
    f.residentId = q.value(1).toString();
    f.sourceKind = q.value(2).toString();
    f.sourceId = q.value(3).toString();
    f.restricted = q.value(4).toInt() != 0;
    f.toInstitution = q.value(5).toString();
    f.toDepartment = q.value(6).toString();
    f.toDoctor = q.value(7).toString();
    f.reason = q.value(8).toString();
    f.impression = q.value(9).toString();
    f.pastHistory = q.value(10).toString();
    f.treatment = q.value(11).toString();
    f.phone = q.value(12).toString();
    f.sentOn = sharedDate(q.value(13));
    f.outcomeDue = sharedDate(q.value(14));
    f.status = q.value(15).toString();
    f.statusNote = q.value(16).toString();
    f.back = ReferralReturn::fromJson(sharedJsonObject(q.value(17)));
    f.returnedOn = sharedDate(q.value(18));
    f.doctorId = q.value(19).toString();
    f.residentName = q.value(20).toString();
    f.villageCode = q.value(21).toString();
    return f;
}

bool visible(const Scope &scope, const Referral &f)
{
    return scope.allowsVillage(f.villageCode) &&
           (!f.restricted || scope.can(QStringLiteral("mental.read")));
}

} // namespace

QJsonObject ReferralReturn::toJson() const
{
    return QJsonObject{{QStringLiteral("diagnosis"), diagnosis},
                       {QStringLiteral("inpatient_no"), inpatientNo},
                       {QStringLiteral("results"), results},
                       {QStringLiteral("plan"), plan}};
}

ReferralReturn ReferralReturn::fromJson(const QJsonObject &o)
{
    return ReferralReturn{o.value(QLatin1String("diagnosis")).toString(),
                          o.value(QLatin1String("inpatient_no")).toString(),
                          o.value(QLatin1String("results")).toString(),
                          o.value(QLatin1String("plan")).toString()};
}

QJsonObject Referral::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("source_kind"), sourceKind},
                       {QStringLiteral("source_id"), sourceId},
                       {QStringLiteral("restricted"), restricted},
                       {QStringLiteral("to_institution"), toInstitution},
                       {QStringLiteral("to_department"), toDepartment},
                       {QStringLiteral("to_doctor"), toDoctor},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("impression"), impression},
                       {QStringLiteral("past_history"), pastHistory},
                       {QStringLiteral("treatment"), treatment},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate)},
                       {QStringLiteral("outcome_due"), outcomeDue.toString(Qt::ISODate)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("status_note"), statusNote},
                       {QStringLiteral("return"), back.toJson()},
                       {QStringLiteral("returned_on"), returnedOn.toString(Qt::ISODate)},
                       {QStringLiteral("doctor_id"), doctorId}};
}

QString referralStatusLabel(const QString &status)
{
    if (status == QLatin1String("sent"))
        return Text::tr("已转出");
    if (status == QLatin1String("accepted"))
        return Text::tr("已接收");
    if (status == QLatin1String("refused"))
        return Text::tr("已拒收");
    if (status == QLatin1String("returned"))
        return Text::tr("已回转");
    if (status == QLatin1String("closed"))
        return Text::tr("已结束");
    return status;
}

ReferralRepository::ReferralRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<Referral> ReferralRepository::draft(const Scope &scope, const QString &residentId,
                                           const QString &sourceKind, const QString &sourceId,
                                           const QString &reason) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto r = sharedCareResident(m_conn, scope, residentId, true);
    if (!r)
        return r.error();
    Referral f;
    f.residentId = residentId;
    f.residentName = r->name;
    f.villageCode = r->villageCode;
    f.sourceKind = sourceKind;
    f.sourceId = sourceId;
    f.restricted = sourceKind.startsWith(QLatin1String("mental"));
    f.reason = reason;
    f.sentOn = QDate::currentDate();
    f.outcomeDue = f.sentOn.addDays(OutcomeDays);
    f.doctorId = scope.userId;
    return f;
}

Result<Referral> ReferralRepository::create(const Scope &scope, Referral f)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto r = sharedCareResident(m_conn, scope, f.residentId, true);
    if (!r)
        return r.error();
    f.restricted = f.restricted || f.sourceKind.startsWith(QLatin1String("mental"));
    if (f.restricted)
        if (auto e = requirePermission(scope, QStringLiteral("mental.write")); !e)
            return e.error();
    if (f.toInstitution.trimmed().isEmpty())
        return invalid(QStringLiteral("to_institution"), Text::tr("请填写接收机构"));
    if (f.reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), Text::tr("请填写转出原因（主要现病史）"));
    const QDate today = QDate::currentDate();
    if (!f.sentOn.isValid())
        f.sentOn = today;
    if (f.sentOn > today)
        return invalid(QStringLiteral("sent_on"), Text::tr("转出日期不能晚于今天"));
    f.outcomeDue = f.sentOn.addDays(OutcomeDays);
    f.status = QStringLiteral("sent");
    f.residentName = r->name;
    f.villageCode = r->villageCode;
    if (f.doctorId.isEmpty())
        f.doctorId = scope.userId;
    f.id = newUuid();
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO referral(id, resident_id, source_kind, source_id, restricted, to_institution,"
        " to_department, to_doctor, reason, impression, past_history, treatment, phone, sent_on,"
        " outcome_due, status, doctor_id, created_at, updated_at, updated_by)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : sharedNotNull({f.id,
                                            f.residentId,
                                            f.sourceKind,
                                            f.sourceId,
                                            int(f.restricted),
                                            f.toInstitution,
                                            f.toDepartment,
                                            f.toDoctor,
                                            f.reason,
                                            f.impression,
                                            f.pastHistory,
                                            f.treatment,
                                            f.phone,
                                            sharedDateVar(f.sentOn),
                                            sharedDateVar(f.outcomeDue),
                                            f.status,
                                            f.doctorId,
                                            now,
                                            now,
                                            scope.userId}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("referral"), f.id,
                                   ChangeOp::Create, {}, f.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return f;
}

Result<Referral> ReferralRepository::referral(const Scope &scope, const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM referral f JOIN resident r ON r.id = f.resident_id"
                             " WHERE f.id = ? AND f.deleted = 0")
                  .arg(Columns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("referral.notfound"), Text::tr("找不到该转诊单"));
    Referral f = readReferral(q);
    if (!scope.allowsVillage(f.villageCode))
        return outOfScope();
    if (f.restricted)
        if (auto e = requirePermission(scope, QStringLiteral("mental.read")); !e)
            return e.error();
    return f;
}

Result<QVector<Referral>> ReferralRepository::referralsOf(const Scope &scope,
                                                          const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM referral f JOIN resident r ON r.id = f.resident_id"
                             " WHERE f.resident_id = ? AND f.deleted = 0 ORDER BY f.sent_on DESC")
                  .arg(Columns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Referral> out;
    while (q.next()) {
        Referral f = readReferral(q);
        if (!scope.allowsVillage(f.villageCode))
            return outOfScope();
        if (visible(scope, f))
            out << f;
    }
    return out;
}

Result<Referral> ReferralRepository::update(const Scope &scope, const Referral &before,
                                            const Referral &after)
{
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("UPDATE referral SET status = ?, status_note = ?, return_json = ?,"
                             " returned_on = ?, dirty = 1, updated_at = ?, updated_by = ?"
                             " WHERE id = ?"));
    for (const QVariant &v :
         sharedNotNull({after.status, after.statusNote, sharedJsonText(after.back.toJson()),
                        sharedDateVar(after.returnedOn), now, scope.userId, after.id}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("referral"), after.id,
                                   ChangeOp::Update, before.toJson(), after.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return after;
}

Result<Referral> ReferralRepository::setStatus(const Scope &scope, const QString &id,
                                               const QString &status, const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto before = referral(scope, id);
    if (!before)
        return before.error();
    if (before->status == QLatin1String("closed"))
        return invalid(QStringLiteral("status"), Text::tr("转诊已结束，不能再修改"));
    static const QStringList allowed{QStringLiteral("accepted"), QStringLiteral("refused"),
                                     QStringLiteral("closed")};
    if (!allowed.contains(status))
        return invalid(QStringLiteral("status"), Text::tr("未知的转诊状态：%1").arg(status));
    if (status == QLatin1String("refused") && note.trimmed().isEmpty())
        return invalid(QStringLiteral("status_note"), Text::tr("请填写拒收原因"));
    Referral after = *before;
    after.status = status;
    after.statusNote = note.trimmed();
    return update(scope, *before, after);
}

Result<Referral> ReferralRepository::recordReturn(const Scope &scope, const QString &id,
                                                  const QDate &on, const ReferralReturn &back)
{
    if (auto e = requirePermission(scope, QStringLiteral("record.write")); !e)
        return e.error();
    auto before = referral(scope, id);
    if (!before)
        return before.error();
    if (!before->open())
        return invalid(
            QStringLiteral("status"),
            Text::tr("该转诊单%1，不能登记回转").arg(referralStatusLabel(before->status)));
    if (!on.isValid() || on < before->sentOn || on > QDate::currentDate())
        return invalid(QStringLiteral("returned_on"), Text::tr("回转日期应在转出日期与今天之间"));
    if (back.diagnosis.trimmed().isEmpty())
        return invalid(QStringLiteral("diagnosis"), Text::tr("请填写诊断结果"));
    Referral after = *before;
    after.status = QStringLiteral("returned");
    after.back = back;
    after.returnedOn = on;
    return update(scope, *before, after);
}

Result<QVector<Referral>> ReferralRepository::awaitingOutcome(const Scope &scope,
                                                              const QDate &today) const
{
    if (auto e = requirePermission(scope, QStringLiteral("record.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM referral f JOIN resident r ON r.id = f.resident_id"
                             " WHERE f.deleted = 0 AND f.status IN ('sent', 'accepted')"
                             " AND f.outcome_due <= ? AND %2 ORDER BY f.outcome_due")
                  .arg(Columns, Population::livingOn(QStringLiteral("r"), QStringLiteral("?"))));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Referral> out;
    while (q.next()) {
        Referral f = readReferral(q);
        if (visible(scope, f))
            out << f;
    }
    return out;
}

} // namespace Models
