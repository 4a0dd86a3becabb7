#include "healthrecordrepository.h"
#include "dates.h"

#include "contracttasks.h"

#include "changelog.h"
#include "dbaccess.h"
#include "encounterrow.h"
#include "formschema.h"
#include "permission.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::HealthRecordRepository)
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString CheckColumns = QStringLiteral("id, resident_id, check_date, doctor, form_json, "
                                            "ifnull(supersedes, ''), updated_at, updated_by");

HealthCheck readCheck(const QSqlQuery &q)
{
    HealthCheck h;
    h.id = q.value(0).toString();
    h.residentId = q.value(1).toString();
    h.checkDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    h.doctor = q.value(3).toString();
    h.form = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    h.supersedes = q.value(5).toString();
    h.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    h.updatedBy = q.value(7).toString();
    return h;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QVariant nn(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalNumber(const QJsonObject &form, const QString &key)
{
    const QJsonValue v = form.value(key);
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? QVariant(d) : QVariant();
}
// The entry a correction replaces (empty when `supersedes` is): it must be the same resident's.
template <typename T, typename Load>
Result<T> replacedEntry(const QString &supersedes, const QString &residentId, Load load)
{
    if (supersedes.isEmpty())
        return T{};
    auto old = load(supersedes);
    if (!old)
        return old.error();
    if (old->residentId != residentId)
        return makeError(QStringLiteral("correction.resident"), Text::tr("更正的记录不属于该居民"));
    return *old;
}

} // namespace

HealthRecordRepository::HealthRecordRepository(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

Result<QString> HealthRecordRepository::residentVillage(const Scope &scope,
                                                        const QString &residentId, QChar *sex,
                                                        QDate *birth) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT village_code, sex, birth_date FROM resident WHERE id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"));
    const QString village = q.value(0).toString();
    if (!scope.allowsVillage(village))
        return outOfScope();
    if (sex)
        *sex = q.value(1).toString().isEmpty() ? QChar() : q.value(1).toString().at(0);
    if (birth)
        *birth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    return village;
}

Result<Encounter> HealthRecordRepository::addEncounter(const Scope &scope, Encounter e)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.write")); !p)
        return p.error();
    QDate birth;
    if (auto v = residentVillage(scope, e.residentId, nullptr, &birth); !v)
        return v.error();
    if (const QList<Error> errors = validateEncounter(e, birth); !errors.isEmpty())
        return errors.first();
    auto replaced = replacedEntry<Encounter>(
        e.supersedes, e.residentId, [&](const QString &id) { return encounter(scope, id); });
    if (!replaced)
        return replaced.error();
    const Encounter previous = *replaced;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (!e.supersedes.isEmpty())
        if (auto c = checkCurrent(QStringLiteral("encounter"), e.supersedes); !c)
            return c.error();
    const QString now = ChangeLog::nowUtc();
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO encounter(id, resident_id, visit_date, visit_type, "
                             "subjective, objective, assessment,"
                             " diagnoses_json, plan, prescriptions, referral_to, referral_reason, "
                             "doctor, supersedes, created_at,"
                             " updated_at, updated_by, vitals_json) "
                             "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(e.id), QVariant(e.residentId), QVariant(e.visitDate.toString(Qt::ISODate)),
          nn(e.visitType), nn(e.subjective), nn(e.objective), nn(e.assessment),
          QVariant(QString::fromUtf8(QJsonDocument(EncounterRow::diagnosesJson(e.diagnoses))
                                         .toJson(QJsonDocument::Compact))),
          nn(e.plan), nn(e.prescriptions), nn(e.referralTo), nn(e.referralReason), nn(e.doctor),
          e.supersedes.isEmpty() ? QVariant() : QVariant(e.supersedes), QVariant(now),
          QVariant(now), QVariant(scope.userId), QVariant(json(e.vitals))})
        q.addBindValue(v);
    if (auto r = exec(q); !r)
        return r.error();
    if (auto r = ChangeLog::record(m_conn, scope, QStringLiteral("encounter"), e.id,
                                   ChangeOp::Create, {}, EncounterRow::toJson(e));
        !r)
        return r.error();
    // A correction: the earlier version stays as it was; the audit names both.
    if (!e.supersedes.isEmpty())
        if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("correct"),
                                      QStringLiteral("encounter"), e.supersedes,
                                      EncounterRow::toJson(previous), EncounterRow::toJson(e));
            !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    e.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    e.updatedBy = scope.userId;
    return e;
}

Result<Encounter> HealthRecordRepository::correctEncounter(const Scope &scope, Encounter e)
{
    auto old = encounter(scope, e.supersedes);
    if (!old)
        return old.error();
    e.residentId = old->residentId;
    return addEncounter(scope, e);
}

Result<HealthCheck> HealthRecordRepository::correctHealthCheck(const Scope &scope, HealthCheck h,
                                                               bool confirmed)
{
    auto old = healthCheck(scope, h.supersedes);
    if (!old)
        return old.error();
    h.residentId = old->residentId;
    return addHealthCheck(scope, h, confirmed);
}

Result<void> HealthRecordRepository::checkCurrent(const QString &table, const QString &id) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE supersedes = ? AND deleted = 0").arg(table));
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r;
    if (q.next() && q.value(0).toInt() > 0)
        return makeError(QStringLiteral("correction.stale"),
                         Text::tr("这条记录已经被更正过，请更正最新的版本"));
    return {};
}

Result<QVector<Encounter>> HealthRecordRepository::encounterVersions(const Scope &scope,
                                                                     const QString &id) const
{
    QVector<Encounter> out;
    QString next = id;
    while (!next.isEmpty() && out.size() < 100) {
        auto e = encounter(scope, next);
        if (!e)
            return e.error();
        next = e->supersedes;
        out << *e;
    }
    return out;
}

Result<QVector<HealthCheck>> HealthRecordRepository::healthCheckVersions(const Scope &scope,
                                                                         const QString &id) const
{
    QVector<HealthCheck> out;
    QString next = id;
    while (!next.isEmpty() && out.size() < 100) {
        auto h = healthCheck(scope, next);
        if (!h)
            return h.error();
        next = h->supersedes;
        out << *h;
    }
    return out;
}

Result<Encounter> HealthRecordRepository::encounter(const Scope &scope, const QString &id) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM encounter WHERE id = ? AND deleted = 0")
                  .arg(EncounterRow::columns()));
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("encounter.notfound"), Text::tr("找不到该接诊记录"));
    Encounter e = EncounterRow::read(q);
    if (auto v = residentVillage(scope, e.residentId); !v)
        return v.error();
    return e;
}

Result<QVector<Encounter>> HealthRecordRepository::encounters(const Scope &scope,
                                                              const QString &residentId) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (auto v = residentVillage(scope, residentId); !v)
        return v.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM encounter e WHERE resident_id = ? AND deleted = 0 AND NOT EXISTS"
                  " (SELECT 1 FROM encounter n WHERE n.supersedes = e.id AND n.deleted = 0)"
                  " ORDER BY visit_date DESC, created_at DESC")
                  .arg(EncounterRow::columns()));
    q.addBindValue(residentId);
    if (auto r = exec(q); !r)
        return r.error();
    QVector<Encounter> out;
    while (q.next())
        out << EncounterRow::read(q);
    return out;
}

QList<FieldCheck> HealthRecordRepository::checkHealthCheck(const HealthCheck &h, QChar sex, int age)
{
    QList<FieldCheck> out = ClinicalRanges::get().checkForm(h.form, sex, age);
    if (!h.checkDate.isValid())
        out.prepend(FieldCheck{QStringLiteral("check_date"), FieldCheck::Refuse,
                               Text::tr("请填写体检日期")});
    else if (h.checkDate > QDate::currentDate())
        out.prepend(FieldCheck{QStringLiteral("check_date"), FieldCheck::Refuse,
                               Text::tr("体检日期不能晚于今天")});
    out += FormSchema::get(QStringLiteral("health_check_form")).checkChoices(h.form);
    return out;
}

Result<HealthCheck> HealthRecordRepository::addHealthCheck(const Scope &scope, HealthCheck h,
                                                           bool confirmed)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.write")); !p)
        return p.error();
    QChar sex;
    QDate birth;
    if (auto v = residentVillage(scope, h.residentId, &sex, &birth); !v)
        return v.error();
    const int age = ageInYears(birth, h.checkDate);
    if (birth.isValid() && h.checkDate.isValid() && h.checkDate < birth)
        return makeError(QStringLiteral("check.beforebirth"), Text::tr("体检日期不能早于出生日期"),
                         QStringLiteral("check_date"));
    for (const FieldCheck &c : checkHealthCheck(h, sex, age)) {
        if (c.severity == FieldCheck::Refuse)
            return makeError(QStringLiteral("check.range"), c.message, c.field);
        if (c.severity == FieldCheck::Confirm && !confirmed)
            return makeError(QStringLiteral("check.confirm"), c.message, c.field);
    }
    const double bmi =
        ClinicalRanges::bmi(optionalNumber(h.form, QStringLiteral("height")).toDouble(),
                            optionalNumber(h.form, QStringLiteral("weight")).toDouble());
    if (!std::isnan(bmi))
        h.form.insert(QStringLiteral("bmi"), bmi);
    else
        h.form.remove(QStringLiteral("bmi"));
    auto replaced = replacedEntry<HealthCheck>(
        h.supersedes, h.residentId, [&](const QString &id) { return healthCheck(scope, id); });
    if (!replaced)
        return replaced.error();
    const HealthCheck previous = *replaced;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (!h.supersedes.isEmpty())
        if (auto c = checkCurrent(QStringLiteral("health_check"), h.supersedes); !c)
            return c.error();
    const QString now = ChangeLog::nowUtc();
    h.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO health_check(id, resident_id, check_date, doctor, sbp, "
                             "dbp, fbg, bmi, evaluation, form_json,"
                             " form_version, supersedes, created_at, updated_at, updated_by) "
                             "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(h.id), QVariant(h.residentId), QVariant(h.checkDate.toString(Qt::ISODate)),
          nn(h.doctor), optionalNumber(h.form, QStringLiteral("sbp_left")),
          optionalNumber(h.form, QStringLiteral("dbp_left")),
          optionalNumber(h.form, QStringLiteral("fbg")),
          std::isnan(bmi) ? QVariant() : QVariant(bmi),
          optionalNumber(h.form, QStringLiteral("evaluation")), QVariant(json(h.form)),
          QVariant(FormSchema::get(QStringLiteral("health_check_form")).version()),
          h.supersedes.isEmpty() ? QVariant() : QVariant(h.supersedes), QVariant(now),
          QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto r = exec(q); !r)
        return r.error();
    QJsonObject after = h.form;
    after.insert(QStringLiteral("id"), h.id);
    after.insert(QStringLiteral("resident_id"), h.residentId);
    after.insert(QStringLiteral("check_date"), h.checkDate.toString(Qt::ISODate));
    if (!h.supersedes.isEmpty())
        after.insert(QStringLiteral("supersedes"), h.supersedes);
    if (auto r = ChangeLog::record(m_conn, scope, QStringLiteral("health_check"), h.id,
                                   ChangeOp::Create, {}, after);
        !r)
        return r.error();
    if (!h.supersedes.isEmpty()) {
        // A correction: the earlier version stays as it was; the audit names both. The contract
        // task was marked done by the first version.
        QJsonObject before = previous.form;
        before.insert(QStringLiteral("id"), previous.id);
        before.insert(QStringLiteral("check_date"), previous.checkDate.toString(Qt::ISODate));
        if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("correct"),
                                      QStringLiteral("health_check"), h.supersedes, before, after);
            !r)
            return r.error();
    } else if (auto r = ContractTasks::markDoneFor(
                   m_conn, scope, h.residentId, QStringLiteral("annual_check"), h.checkDate, h.id);
               !r) {
        // The health check fulfils the annual-check task of the resident's contract (issue 5).
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    h.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    h.updatedBy = scope.userId;
    return h;
}

Result<HealthCheck> HealthRecordRepository::healthCheck(const Scope &scope, const QString &id) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM health_check WHERE id = ? AND deleted = 0")
                  .arg(CheckColumns));
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("check.notfound"), Text::tr("找不到该体检记录"));
    HealthCheck h = readCheck(q);
    if (auto v = residentVillage(scope, h.residentId); !v)
        return v.error();
    return h;
}

Result<QVector<HealthCheck>> HealthRecordRepository::healthChecks(const Scope &scope,
                                                                  const QString &residentId) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (auto v = residentVillage(scope, residentId); !v)
        return v.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM health_check h WHERE resident_id = ? AND deleted = 0 AND NOT EXISTS"
            " (SELECT 1 FROM health_check n WHERE n.supersedes = h.id AND n.deleted = 0)"
            " ORDER BY check_date DESC")
            .arg(CheckColumns));
    q.addBindValue(residentId);
    if (auto r = exec(q); !r)
        return r.error();
    QVector<HealthCheck> out;
    while (q.next())
        out << readCheck(q);
    return out;
}

QList<Error> HealthRecordRepository::validateBasicInfo(const BasicInfo &info)
{
    QList<Error> out;
    static const QRegularExpression phone(
        QStringLiteral("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$"));
    if (!info.contactPhone.isEmpty() && !phone.match(info.contactPhone).hasMatch())
        out << makeError(QStringLiteral("phone.format"), Text::tr("联系人电话格式不对"),
                         QStringLiteral("contact_phone"));
    if (info.workUnit.size() > 100)
        out << makeError(QStringLiteral("work_unit.long"), Text::tr("工作单位过长"),
                         QStringLiteral("work_unit"));
    for (const FieldCheck &c :
         FormSchema::get(QStringLiteral("basic_info_form")).checkChoices(info.form))
        out << makeError(QStringLiteral("basic.code"), c.message, c.field);
    return out;
}

Result<BasicInfo> HealthRecordRepository::basicInfo(const Scope &scope,
                                                    const QString &residentId) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (auto v = residentVillage(scope, residentId); !v)
        return v.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT r.work_unit, r.contact_name, r.contact_phone, b.form_json FROM resident r"
        " LEFT JOIN basic_info b ON b.resident_id = r.id AND b.deleted = 0 WHERE r.id = ?"));
    q.addBindValue(residentId);
    if (auto r = exec(q); !r)
        return r.error();
    BasicInfo b;
    b.residentId = residentId;
    if (q.next()) {
        b.workUnit = q.value(0).toString();
        b.contactName = q.value(1).toString();
        b.contactPhone = q.value(2).toString();
        b.form = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    }
    return b;
}

Result<void> HealthRecordRepository::saveBasicInfo(const Scope &scope, const BasicInfo &info)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.write")); !p)
        return p;
    if (auto v = residentVillage(scope, info.residentId); !v)
        return v.error();
    if (const QList<Error> errors = validateBasicInfo(info); !errors.isEmpty())
        return errors.first();
    auto before = basicInfo(scope, info.residentId);
    if (!before)
        return before.error();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    const QString now = ChangeLog::nowUtc();
    QSqlQuery r(db(m_conn));
    r.prepare(QStringLiteral(
        "UPDATE resident SET work_unit=?, contact_name=?, contact_phone=?, updated_at=?,"
        " updated_by=?, dirty=1 WHERE id=?"));
    for (const QVariant &v : {nn(info.workUnit.trimmed()), nn(info.contactName.trimmed()),
                              nn(info.contactPhone.trimmed()), QVariant(now),
                              QVariant(scope.userId), QVariant(info.residentId)})
        r.addBindValue(v);
    if (auto e = exec(r); !e)
        return e;
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO basic_info(id, resident_id, form_json, form_version, "
                             "created_at, updated_at, updated_by)"
                             " VALUES(?,?,?,?,?,?,?) ON CONFLICT(resident_id) DO UPDATE SET "
                             "form_json=excluded.form_json,"
                             " form_version=excluded.form_version, updated_at=excluded.updated_at, "
                             "updated_by=excluded.updated_by, dirty=1"));
    // One form per resident, and its id is the resident's id: two workstations filling in the
    // same resident's form offline then merge per field when they sync instead of colliding.
    for (const QVariant &v :
         {QVariant(info.residentId), QVariant(info.residentId), QVariant(json(info.form)),
          QVariant(FormSchema::get(QStringLiteral("basic_info_form")).version()), QVariant(now),
          QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e;
    auto toJson = [](const BasicInfo &b) {
        QJsonObject o = b.form;
        o.insert(QStringLiteral("resident_id"), b.residentId);
        o.insert(QStringLiteral("work_unit"), b.workUnit);
        o.insert(QStringLiteral("contact_name"), b.contactName);
        o.insert(QStringLiteral("contact_phone"), b.contactPhone);
        return o;
    };
    QSqlQuery rowId(db(m_conn)); // the outbox names the row (older rows have their own UUID)
    rowId.prepare(QStringLiteral("SELECT id FROM basic_info WHERE resident_id = ?"));
    rowId.addBindValue(info.residentId);
    if (auto e = exec(rowId); !e)
        return e;
    const QString basicInfoId = rowId.next() ? rowId.value(0).toString() : info.residentId;
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("basic_info"), basicInfoId,
                                   ChangeOp::Update, toJson(*before), toJson(info));
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
