// Field-level checks of a follow-up against the plausible ranges of docs/domain/health-record.md 4
// (resources/rules/chronic_ranges.json): a value outside is refused at its field.
#include "chronicrepository.h"

#include "codetable.h"

#include <QCoreApplication>

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

} // namespace

QList<Error> ChronicRepository::validate(const ChronicFollowup &f)
{
    QList<Error> errors;
    const auto &ranges = chronicRanges();
    auto check = [&](const char *field, const auto &value, const QString &label,
                     const QString &unit) {
        if (!value)
            return;
        const ValueRange r = ranges.value(QLatin1String(field));
        if (double(*value) < r.min || double(*value) > r.max)
            errors << invalid(QLatin1String(field), Text::tr("%1应在 %2–%3 %4 之间")
                                                        .arg(label, QString::number(r.min),
                                                             QString::number(r.max), unit));
    };
    const QDate today = QDate::currentDate();
    if (!f.visitDate.isValid())
        errors << invalid(QStringLiteral("visit_date"), Text::tr("请填写随访日期"));
    else if (f.visitDate > today)
        errors << invalid(QStringLiteral("visit_date"), Text::tr("随访日期不能晚于今天"));
    if (f.mode < 1 || f.mode > 3)
        errors << invalid(QStringLiteral("mode"), Text::tr("请选择随访方式"));
    const bool diabetes = f.programme == QLatin1String("diabetes");
    if (!diabetes && (!f.sbp || !f.dbp))
        errors << invalid(!f.sbp ? QStringLiteral("sbp") : QStringLiteral("dbp"),
                          Text::tr("请填写血压"));
    if (diabetes && !f.fbg)
        errors << invalid(QStringLiteral("fbg"), Text::tr("请填写空腹血糖"));
    check("sbp", f.sbp, Text::tr("收缩压"), QStringLiteral("mmHg"));
    check("dbp", f.dbp, Text::tr("舒张压"), QStringLiteral("mmHg"));
    if (f.sbp && f.dbp && *f.sbp <= *f.dbp)
        errors << invalid(QStringLiteral("sbp"), Text::tr("收缩压应高于舒张压"));
    check("heart_rate", f.heartRate, Text::tr("心率"), Text::tr("次/分"));
    check("fbg", f.fbg, Text::tr("空腹血糖"), QStringLiteral("mmol/L"));
    check("hba1c", f.hba1c, Text::tr("糖化血红蛋白"), QStringLiteral("%"));
    check("height", f.height, Text::tr("身高"), QStringLiteral("cm"));
    check("weight", f.weight, Text::tr("体重"), QStringLiteral("kg"));
    check("weight", f.weightTarget, Text::tr("目标体重"), QStringLiteral("kg"));
    check("cigarettes", f.cigarettes, Text::tr("日吸烟量"), Text::tr("支"));
    check("cigarettes", f.cigarettesTarget, Text::tr("目标日吸烟量"), Text::tr("支"));
    check("alcohol", f.alcohol, Text::tr("日饮酒量"), Text::tr("两"));
    check("alcohol", f.alcoholTarget, Text::tr("目标日饮酒量"), Text::tr("两"));
    check("exercise_times", f.exerciseTimes, Text::tr("运动次数"), Text::tr("次/周"));
    check("exercise_minutes", f.exerciseMinutes, Text::tr("每次运动时间"), Text::tr("分钟"));
    check("exercise_times", f.exerciseTimesTarget, Text::tr("目标运动次数"), Text::tr("次/周"));
    check("exercise_minutes", f.exerciseMinutesTarget, Text::tr("目标每次运动时间"),
          Text::tr("分钟"));
    check("staple_food", f.stapleFood, Text::tr("主食"), Text::tr("克/天"));
    check("staple_food", f.stapleFoodTarget, Text::tr("目标主食"), Text::tr("克/天"));
    const auto &symptoms = CodeTable::get(QStringLiteral("chronic_symptom"));
    for (const QString &s : f.symptoms)
        if (!symptoms.contains(s))
            errors << invalid(QStringLiteral("symptoms"), Text::tr("未知的症状代码：%1").arg(s));
    static const QStringList salts{QString(), QStringLiteral("light"), QStringLiteral("medium"),
                                   QStringLiteral("heavy")};
    if (!salts.contains(f.salt) || !salts.contains(f.saltTarget))
        errors << invalid(QStringLiteral("salt"), Text::tr("摄盐情况应为轻、中或重"));
    for (const auto &[field, v] :
         {std::pair{"psychology", f.psychology}, std::pair{"compliance", f.compliance},
          std::pair{"adherence", f.adherence}, std::pair{"hypoglycemia", f.hypoglycemia}})
        if (v && (*v < 1 || *v > 3))
            errors << invalid(QLatin1String(field), Text::tr("请从选项中选择"));
    for (const Medication &m : f.medications)
        if (m.name.trimmed().isEmpty() || m.timesPerDay < 1 || m.timesPerDay > 12)
            errors << invalid(QStringLiteral("medications"),
                              Text::tr("每种药物须填写药名和每日次数（1–12）"));
    if (f.hba1c && !f.hba1cDate.isValid())
        errors << invalid(QStringLiteral("hba1c_date"), Text::tr("请填写糖化血红蛋白的检查日期"));
    if (f.nextDate.isValid() && f.visitDate.isValid() && f.nextDate <= f.visitDate)
        errors << invalid(QStringLiteral("next_date"), Text::tr("下次随访日期应晚于本次随访日期"));
    if (f.adverseReaction && f.adverseNote.trimmed().isEmpty())
        errors << invalid(QStringLiteral("adverse_note"), Text::tr("请描述药物不良反应"));
    return errors;
}

} // namespace Models
