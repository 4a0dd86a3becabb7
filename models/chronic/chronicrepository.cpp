#include "chronicrepository.h"
#include "dates.h"

#include "contracttasks.h"

#include "changelog.h"
#include "codetable.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChronicRepository)
};

Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("followup.invalid"), message, field);
}

template <typename T> QVariant var(const std::optional<T> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant dateVar(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

std::optional<int> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVector<QVariant> notNullText(QVector<QVariant> values)
{
    for (QVariant &v : values)
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QString(QLatin1String(""));
    return values;
}

QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString RegColumns = QStringLiteral(
    "g.id, g.resident_id, g.programme, g.icd10, g.icd_version, g.diagnosed_on, g.diagnosis_source,"
    " g.risk_level, g.registered_on, g.doctor_id, g.closed_on, g.close_reason, g.close_note,"
    " r.name, r.village_code");

ChronicRegistration readRegistration(const QSqlQuery &q)
{
    ChronicRegistration g;
    g.id = q.value(0).toString();
    g.residentId = q.value(1).toString();
    g.programme = q.value(2).toString();
    g.icd10 = q.value(3).toString();
    g.icdVersion = q.value(4).toString();
    g.diagnosedOn = toDate(q.value(5));
    g.diagnosisSource = q.value(6).toString();
    g.riskLevel = q.value(7).toString();
    g.registeredOn = toDate(q.value(8));
    g.doctorId = q.value(9).toString();
    g.closedOn = toDate(q.value(10));
    g.closeReason = q.value(11).toString();
    g.closeNote = q.value(12).toString();
    g.residentName = q.value(13).toString();
    g.villageCode = q.value(14).toString();
    return g;
}

const QString FollowupColumns = QStringLiteral(
    "id, registration_id, resident_id, programme, visit_date, mode, symptoms, symptoms_other, sbp,"
    " dbp, weight, weight_target, height, bmi_target, heart_rate, other_signs, foot_pulse,"
    " cigarettes, cigarettes_target, alcohol, alcohol_target, exercise_times, exercise_minutes,"
    " exercise_times_target, exercise_minutes_target, salt, salt_target, staple_food,"
    " staple_food_target, psychology, compliance, fbg, hba1c, hba1c_date, aux_exam, adherence,"
    " adverse_reaction, adverse_note, hypoglycemia, complication, medications, insulin, class,"
    " emergency, referral, referral_reason, referral_to, rule_set, rules, quality_warning,"
    " next_date, doctor_id, supersedes");

QVector<QVariant> followupValues(const ChronicFollowup &f)
{
    QJsonArray meds = f.toJson().value(QStringLiteral("medications")).toArray();
    return notNullText(
        {f.id,
         f.registrationId,
         f.residentId,
         f.programme,
         dateVar(f.visitDate),
         f.mode,
         f.symptoms.join(QLatin1Char(',')),
         f.symptomsOther,
         var(f.sbp),
         var(f.dbp),
         var(f.weight),
         var(f.weightTarget),
         var(f.height),
         var(f.bmiTarget),
         var(f.heartRate),
         f.otherSigns,
         f.footPulse,
         var(f.cigarettes),
         var(f.cigarettesTarget),
         var(f.alcohol),
         var(f.alcoholTarget),
         var(f.exerciseTimes),
         var(f.exerciseMinutes),
         var(f.exerciseTimesTarget),
         var(f.exerciseMinutesTarget),
         f.salt,
         f.saltTarget,
         var(f.stapleFood),
         var(f.stapleFoodTarget),
         var(f.psychology),
         var(f.compliance),
         var(f.fbg),
         var(f.hba1c),
         dateVar(f.hba1cDate),
         f.auxExam,
         var(f.adherence),
         int(f.adverseReaction),
         f.adverseNote,
         var(f.hypoglycemia),
         int(f.complication),
         QString::fromUtf8(QJsonDocument(meds).toJson(QJsonDocument::Compact)),
         f.insulin,
         int(f.cls),
         int(f.emergency),
         int(f.referral),
         f.referralReason,
         f.referralTo,
         f.ruleSet,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(f.rules)).toJson(QJsonDocument::Compact)),
         f.qualityWarning,
         dateVar(f.nextDate),
         f.doctorId,
         f.supersedes.isEmpty() ? QVariant() : QVariant(f.supersedes)});
}

ChronicFollowup readFollowup(const QSqlQuery &q)
{
    ChronicFollowup f;
    int i = 0;
    auto next = [&] { return q.value(i++); };
    f.id = next().toString();
    f.registrationId = next().toString();
    f.residentId = next().toString();
    f.programme = next().toString();
    f.visitDate = toDate(next());
    f.mode = next().toInt();
    const QString symptoms = next().toString();
    f.symptoms = symptoms.isEmpty() ? QStringList() : symptoms.split(QLatin1Char(','));
    f.symptomsOther = next().toString();
    f.sbp = optInt(next());
    f.dbp = optInt(next());
    f.weight = optDouble(next());
    f.weightTarget = optDouble(next());
    f.height = optDouble(next());
    f.bmiTarget = optDouble(next());
    f.heartRate = optInt(next());
    f.otherSigns = next().toString();
    f.footPulse = next().toString();
    f.cigarettes = optInt(next());
    f.cigarettesTarget = optInt(next());
    f.alcohol = optDouble(next());
    f.alcoholTarget = optDouble(next());
    f.exerciseTimes = optInt(next());
    f.exerciseMinutes = optInt(next());
    f.exerciseTimesTarget = optInt(next());
    f.exerciseMinutesTarget = optInt(next());
    f.salt = next().toString();
    f.saltTarget = next().toString();
    f.stapleFood = optInt(next());
    f.stapleFoodTarget = optInt(next());
    f.psychology = optInt(next());
    f.compliance = optInt(next());
    f.fbg = optDouble(next());
    f.hba1c = optDouble(next());
    f.hba1cDate = toDate(next());
    f.auxExam = next().toString();
    f.adherence = optInt(next());
    f.adverseReaction = next().toBool();
    f.adverseNote = next().toString();
    f.hypoglycemia = optInt(next());
    f.complication = next().toBool();
    for (const auto &v : QJsonDocument::fromJson(next().toString().toUtf8()).array()) {
        const QJsonObject m = v.toObject();
        f.medications.append(Medication{m.value(QStringLiteral("name")).toString(),
                                        m.value(QStringLiteral("times_per_day")).toInt(),
                                        m.value(QStringLiteral("dose")).toString()});
    }
    f.insulin = next().toString();
    f.cls = FollowupClass(qBound(1, next().toInt(), 4));
    f.emergency = next().toBool();
    f.referral = next().toBool();
    f.referralReason = next().toString();
    f.referralTo = next().toString();
    f.ruleSet = next().toString();
    for (const auto &v : QJsonDocument::fromJson(next().toString().toUtf8()).array())
        f.rules << v.toString();
    f.qualityWarning = next().toString();
    f.nextDate = toDate(next());
    f.doctorId = next().toString();
    f.supersedes = next().toString();
    return f;
}

} // namespace

ChronicRepository::ChronicRepository(QString connectionName, const ChronicRuleSet &rules)
    : m_conn(std::move(connectionName)), m_rules(rules)
{
}

Result<ChronicRegistration> ChronicRepository::loadRegistration(const Scope &scope,
                                                                const QString &id) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM chronic_registration g JOIN resident r ON r.id = g.resident_id"
                  " WHERE g.id = ? AND g.deleted = 0")
                  .arg(RegColumns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("registration.notfound"), Text::tr("找不到该慢病登记"));
    ChronicRegistration g = readRegistration(q);
    if (!scope.allowsVillage(g.villageCode))
        return outOfScope();
    return g;
}

Result<ChronicRegistration> ChronicRepository::registration(const Scope &scope,
                                                            const QString &id) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    return loadRegistration(scope, id);
}

Result<QVector<ChronicRegistration>>
ChronicRepository::registrationsOf(const Scope &scope, const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM chronic_registration g JOIN resident r ON r.id = g.resident_id"
                  " WHERE g.resident_id = ? AND g.deleted = 0"
                  " ORDER BY g.closed_on IS NOT NULL, g.programme, g.registered_on DESC")
                  .arg(RegColumns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ChronicRegistration> out;
    while (q.next()) {
        ChronicRegistration g = readRegistration(q);
        if (!scope.allowsVillage(g.villageCode))
            return outOfScope();
        out.append(g);
    }
    return out;
}

Result<ChronicRegistration> ChronicRepository::registerResident(const Scope &scope,
                                                                ChronicRegistration g)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    const QDate today = QDate::currentDate();
    if (g.programme != QLatin1String("hypertension") && g.programme != QLatin1String("diabetes"))
        return invalid(QStringLiteral("programme"),
                       Text::tr("请选择登记的疾病（高血压或2型糖尿病）"));
    const auto &icd = CodeTable::get(QStringLiteral("chronic_icd10"));
    const QString family = g.programme == QLatin1String("hypertension") ? QStringLiteral("I10")
                                                                        : QStringLiteral("E11");
    if (!icd.contains(g.icd10) || !g.icd10.startsWith(family))
        return invalid(QStringLiteral("icd10"),
                       Text::tr("请从编码表选择与该疾病相符的 ICD-10 诊断编码（%1）").arg(family));
    if (!g.diagnosedOn.isValid() || g.diagnosedOn > today)
        return invalid(QStringLiteral("diagnosed_on"), Text::tr("确诊日期不能晚于今天"));
    if (!g.registeredOn.isValid())
        g.registeredOn = today;
    if (g.registeredOn > today || g.registeredOn < g.diagnosedOn)
        return invalid(QStringLiteral("registered_on"), Text::tr("登记日期应在确诊日期与今天之间"));
    static const QStringList risks{QString(), QStringLiteral("low"), QStringLiteral("medium"),
                                   QStringLiteral("high"), QStringLiteral("very_high")};
    if (!risks.contains(g.riskLevel))
        return invalid(QStringLiteral("risk_level"),
                       Text::tr("危险分层应为低危、中危、高危或很高危"));
    QSqlQuery rq(db(m_conn));
    rq.prepare(QStringLiteral(
        "SELECT village_code, name, birth_date FROM resident WHERE id = ? AND deleted = 0"));
    rq.addBindValue(g.residentId);
    if (auto e = exec(rq); !e)
        return e.error();
    if (!rq.next())
        return invalid(QStringLiteral("resident"), Text::tr("找不到该居民"));
    g.villageCode = rq.value(0).toString();
    g.residentName = rq.value(1).toString();
    if (!scope.allowsVillage(g.villageCode))
        return outOfScope();
    QSqlQuery dup(db(m_conn));
    dup.prepare(
        QStringLiteral("SELECT 1 FROM chronic_registration WHERE resident_id = ? AND programme = ?"
                       " AND closed_on IS NULL AND deleted = 0"));
    dup.addBindValue(g.residentId);
    dup.addBindValue(g.programme);
    if (auto e = exec(dup); !e)
        return e.error();
    if (dup.next())
        return invalid(QStringLiteral("programme"),
                       Text::tr("该居民已在%1管理中").arg(programmeLabel(g.programme)));

    g.icdVersion = icd.version();
    if (g.doctorId.isEmpty())
        g.doctorId = scope.userId;
    g.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO chronic_registration(id, resident_id, programme, icd10, "
                             "icd_version, diagnosed_on,"
                             " diagnosis_source, risk_level, registered_on, doctor_id, created_at, "
                             "updated_at, updated_by)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         notNullText({QVariant(g.id), QVariant(g.residentId), QVariant(g.programme),
                      QVariant(g.icd10), QVariant(g.icdVersion), dateVar(g.diagnosedOn),
                      QVariant(g.diagnosisSource), QVariant(g.riskLevel), dateVar(g.registeredOn),
                      QVariant(g.doctorId), QVariant(now), QVariant(now), QVariant(scope.userId)}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = refreshSchedule(g.id, g.registeredOn); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("chronic_registration"), g.id,
                                   ChangeOp::Create, {}, g.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "chronic registration created" << g.id;
    return g;
}

Result<ChronicRegistration> ChronicRepository::close(const Scope &scope, const QString &id,
                                                     const QDate &on, const QString &reason,
                                                     const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    auto before = loadRegistration(scope, id);
    if (!before)
        return before.error();
    if (!before->isOpen())
        return invalid(QStringLiteral("closed_on"), Text::tr("该登记已结案"));
    static const QStringList reasons{QStringLiteral("moved"), QStringLiteral("died"),
                                     QStringLiteral("lost"), QStringLiteral("other")};
    if (!reasons.contains(reason))
        return invalid(QStringLiteral("close_reason"),
                       Text::tr("请选择结案原因（迁出、死亡、失访、其他）"));
    if (!on.isValid() || on > QDate::currentDate() || on < before->registeredOn)
        return invalid(QStringLiteral("closed_on"), Text::tr("结案日期应在登记日期与今天之间"));
    if ((reason == QLatin1String("other") || reason == QLatin1String("died")) &&
        note.trimmed().isEmpty())
        return invalid(QStringLiteral("close_note"), reason == QLatin1String("died")
                                                         ? Text::tr("请填写死亡原因")
                                                         : Text::tr("请填写结案原因"));
    ChronicRegistration after = *before;
    after.closedOn = on;
    after.closeReason = reason;
    after.closeNote = note.trimmed();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE chronic_registration SET closed_on = ?, close_reason = ?, close_note = ?,"
        " updated_at = ?, updated_by = ?, dirty = 1 WHERE id = ?"));
    for (const QVariant &v :
         notNullText({dateVar(on), QVariant(reason), QVariant(after.closeNote),
                      QVariant(ChangeLog::nowUtc()), QVariant(scope.userId), QVariant(id)}))
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("chronic_registration"), id,
                                   ChangeOp::Update, before->toJson(), after.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    return after;
}

Result<Decision> ChronicRepository::preview(const Scope &scope, const ChronicFollowup &f) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    auto reg = loadRegistration(scope, f.registrationId);
    if (!reg)
        return reg.error();
    ClassifyInput in;
    in.programme = reg->programme;
    in.date = f.visitDate;
    in.sbp = f.sbp;
    in.dbp = f.dbp;
    in.fbg = f.fbg;
    in.heartRate = f.heartRate;
    in.symptoms = f.symptoms;
    in.adverseReaction = f.adverseReaction;
    in.complication = f.complication;
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT r.birth_date, (SELECT count(*) FROM chronic_registration o WHERE o.resident_id = "
        "r.id"
        " AND o.programme = 'diabetes' AND o.closed_on IS NULL AND o.deleted = 0),"
        " (SELECT class FROM chronic_followup p WHERE p.registration_id = ? AND p.deleted = 0"
        "  AND p.visit_date <= ? AND p.id <> ? ORDER BY p.visit_date DESC, p.created_at DESC LIMIT "
        "1)"
        " FROM resident r WHERE r.id = ?"));
    q.addBindValue(reg->id);
    q.addBindValue(f.visitDate.toString(Qt::ISODate));
    q.addBindValue(QString(f.supersedes.isEmpty() ? f.id : f.supersedes) + QLatin1String(""));
    q.addBindValue(reg->residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (q.next()) {
        const QDate birth = toDate(q.value(0));
        if (birth.isValid() && f.visitDate.isValid())
            in.age = ageInYears(birth, f.visitDate);
        in.hasDiabetes = q.value(1).toInt() > 0;
        if (!q.value(2).isNull())
            in.previousClass = FollowupClass(qBound(1, q.value(2).toInt(), 4));
    }
    return m_rules.classify(in);
}

Result<QString> ChronicRepository::qualityWarning(const Scope &scope,
                                                  const ChronicFollowup &f) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    QStringList warnings;
    if (auto bmi = f.bmi(); bmi && (*bmi < 10 || *bmi > 60))
        warnings << Text::tr("BMI %1 超出 10–60，请核实身高体重").arg(*bmi);
    if (f.sbp && f.dbp) {
        const int repeats = m_rules.identicalBpRepeats();
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral(
            "SELECT sbp, dbp FROM chronic_followup WHERE registration_id = ? AND deleted = 0"
            " AND visit_date <= ? AND id <> ? ORDER BY visit_date DESC LIMIT ?"));
        q.addBindValue(f.registrationId);
        q.addBindValue(f.visitDate.toString(Qt::ISODate));
        q.addBindValue(QString(f.supersedes.isEmpty() ? f.id : f.supersedes) + QLatin1String(""));
        q.addBindValue(repeats - 1);
        if (auto e = exec(q); !e)
            return e.error();
        int same = 0;
        while (q.next() && q.value(0).toInt() == *f.sbp && q.value(1).toInt() == *f.dbp)
            ++same;
        if (same >= repeats - 1)
            warnings << Text::tr("连续 %1 次随访血压完全相同（%2/%3 mmHg），请核实是否实测")
                            .arg(repeats)
                            .arg(*f.sbp)
                            .arg(*f.dbp);
    }
    return warnings.join(QStringLiteral("；"));
}

Result<ChronicFollowup> ChronicRepository::record(const Scope &scope, ChronicFollowup f)
{
    return store(scope, std::move(f), QString());
}

Result<ChronicFollowup> ChronicRepository::correct(const Scope &scope, const QString &previousId,
                                                   ChronicFollowup f)
{
    return store(scope, std::move(f), previousId);
}

Result<ChronicFollowup> ChronicRepository::store(const Scope &scope, ChronicFollowup f,
                                                 const QString &previousId)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    auto reg = loadRegistration(scope, f.registrationId);
    if (!reg)
        return reg.error();
    f.programme = reg->programme;
    f.residentId = reg->residentId;
    if (const QList<Error> errors = validate(f); !errors.isEmpty())
        return errors.first();
    if (f.visitDate < reg->diagnosedOn)
        return invalid(
            QStringLiteral("visit_date"),
            Text::tr("随访日期不能早于确诊日期（%1）").arg(reg->diagnosedOn.toString(Qt::ISODate)));
    if (!reg->isOpen() && f.visitDate > reg->closedOn)
        return invalid(QStringLiteral("visit_date"),
                       Text::tr("该登记已于 %1 结案").arg(reg->closedOn.toString(Qt::ISODate)));
    QJsonObject before;
    if (!previousId.isEmpty()) {
        auto old = followups(scope, reg->id);
        if (!old)
            return old.error();
        auto it = std::find_if(old->begin(), old->end(),
                               [&](const ChronicFollowup &o) { return o.id == previousId; });
        if (it == old->end())
            return makeError(QStringLiteral("followup.notfound"),
                             Text::tr("找不到要更正的随访记录"));
        before = it->toJson();
        f.supersedes = previousId;
    }
    auto decision = preview(scope, f);
    if (!decision)
        return decision.error();
    auto warning = qualityWarning(scope, f);
    if (!warning)
        return warning.error();
    f.cls = decision->cls;
    f.emergency = decision->emergency;
    f.referral = decision->referral;
    f.ruleSet = decision->ruleSet;
    f.rules.clear();
    for (const FiredRule &r : decision->rules)
        f.rules << r.text;
    f.qualityWarning = *warning;
    if (!f.nextDate.isValid())
        f.nextDate = decision->nextVisit;
    if (f.doctorId.isEmpty())
        f.doctorId = reg->doctorId.isEmpty() ? scope.userId : reg->doctorId;
    f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (!previousId.isEmpty()) {
        QSqlQuery del(db(m_conn));
        del.prepare(
            QStringLiteral("UPDATE chronic_followup SET deleted = 1, dirty = 1, updated_at = ?,"
                           " updated_by = ? WHERE id = ?"));
        del.addBindValue(now);
        del.addBindValue(scope.userId);
        del.addBindValue(previousId);
        if (auto e = exec(del); !e)
            return e.error();
        if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("chronic_followup"),
                                       previousId, ChangeOp::Delete, before,
                                       QJsonObject{{QStringLiteral("superseded_by"), f.id}});
            !e)
            return e.error();
    }
    QSqlQuery q(db(m_conn));
    const QVector<QVariant> values = followupValues(f);
    QStringList marks(values.size() + 3, QStringLiteral("?"));
    q.prepare(QStringLiteral(
                  "INSERT INTO chronic_followup(%1, created_at, updated_at, updated_by) VALUES(%2)")
                  .arg(FollowupColumns, marks.join(QLatin1Char(','))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(scope.userId);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = refreshSchedule(reg->id, reg->registeredOn); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("chronic_followup"), f.id,
                                   ChangeOp::Create, {}, f.toJson());
        !e)
        return e.error();
    // The follow-up fulfils a task of the resident's contract, if one is open (issue 5).
    if (auto e = ContractTasks::markDoneFor(m_conn, scope, reg->residentId,
                                            reg->programme + QStringLiteral("_followup"),
                                            f.visitDate, f.id);
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "chronic follow-up recorded" << f.id << classCode(f.cls);
    return f;
}

Result<void> ChronicRepository::refreshSchedule(const QString &registrationId,
                                                const QDate &registeredOn)
{
    QSqlQuery last(db(m_conn));
    last.prepare(QStringLiteral("SELECT visit_date, class, next_date FROM chronic_followup"
                                " WHERE registration_id = ? AND deleted = 0"
                                " ORDER BY visit_date DESC, created_at DESC LIMIT 1"));
    last.addBindValue(registrationId);
    if (auto e = exec(last); !e)
        return e;
    const bool any = last.next();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO chronic_schedule(registration_id, last_visit, last_class, next_due)"
        " VALUES(?,?,?,?) ON CONFLICT(registration_id) DO UPDATE SET"
        " last_visit = excluded.last_visit, last_class = excluded.last_class,"
        " next_due = excluded.next_due"));
    q.addBindValue(registrationId);
    // Without a follow-up yet, the first visit is due on registration.
    q.addBindValue(any ? last.value(0) : QVariant());
    q.addBindValue(any ? last.value(1) : QVariant());
    q.addBindValue(any ? last.value(2) : dateVar(registeredOn));
    return exec(q);
}

Result<QVector<ChronicFollowup>> ChronicRepository::followups(const Scope &scope,
                                                              const QString &registrationId,
                                                              const QDate &from,
                                                              const QDate &to) const
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    auto reg = loadRegistration(scope, registrationId);
    if (!reg)
        return reg.error();
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM chronic_followup WHERE registration_id = ? AND deleted = 0"
                       " AND visit_date >= ? AND visit_date <= ? ORDER BY visit_date, created_at")
            .arg(FollowupColumns));
    q.addBindValue(registrationId);
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ChronicFollowup> out;
    while (q.next())
        out.append(readFollowup(q));
    return out;
}

Result<void> ChronicRepository::setTargetPopulation(const Scope &scope, const QString &programme,
                                                    int year, const QString &areaCode,
                                                    int population)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.write")); !e)
        return e.error();
    if (population < 1)
        return invalid(QStringLiteral("population"), Text::tr("应管理人数应为正整数"));
    if (programme != QLatin1String("hypertension") && programme != QLatin1String("diabetes"))
        return invalid(QStringLiteral("programme"),
                       Text::tr("请选择登记的疾病（高血压或2型糖尿病）"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO chronic_target_population(programme, year, area_code, population)"
        " VALUES(?,?,?,?) ON CONFLICT DO UPDATE SET population = excluded.population"));
    q.addBindValue(programme);
    q.addBindValue(year);
    q.addBindValue(areaCode + QLatin1String(""));
    q.addBindValue(population);
    if (auto e = exec(q); !e)
        return e;
    if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("set"),
                                  QStringLiteral("chronic_target_population"),
                                  QStringLiteral("%1/%2/%3").arg(programme).arg(year).arg(areaCode),
                                  {}, QJsonObject{{QStringLiteral("population"), population}});
        !e)
        return e;
    return tx.commit();
}

} // namespace Models
