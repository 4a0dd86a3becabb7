// ChronicRepository, follow-ups: classification preview, quality warnings, recording and
// correcting follow-ups, the follow-up schedule and the follow-up list of a registration.
#include "chronicrepository.h"
#include "chronicrepositoryrows.h"
#include "dates.h"

#include "contracttasks.h"

#include "changelog.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"

#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {

template <typename T> QVariant var(const std::optional<T> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
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

} // namespace Models
