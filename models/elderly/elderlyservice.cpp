#include "elderlyservice.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ElderlyService)
};
} // namespace

QVector<QPair<QString, QString>> elderlyGuidanceItems()
{
    return {{QStringLiteral("chronic"), Text::tr("纳入慢性病患者健康管理")},
            {QStringLiteral("recheck"), Text::tr("建议复查")},
            {QStringLiteral("referral"), Text::tr("建议转诊")},
            {QStringLiteral("lifestyle"), Text::tr("健康生活方式")},
            {QStringLiteral("vaccination"), Text::tr("疫苗接种")},
            {QStringLiteral("osteoporosis"), Text::tr("骨质疏松预防")},
            {QStringLiteral("falls"), Text::tr("防跌倒措施")},
            {QStringLiteral("injury"), Text::tr("意外伤害预防和自救")},
            {QStringLiteral("cognition"), Text::tr("认知和情感")}};
}

QStringList elderlyMissingParts(const ElderlyService &s, const SelfCareRules &rules,
                                bool healthCheckFound)
{
    QStringList missing;
    if (!rules.score(s.selfCare).ok())
        missing << QStringLiteral("selfcare");
    if (!s.selfRating)
        missing << QStringLiteral("self_rating");
    if (!s.cognitivePositive)
        missing << QStringLiteral("cognitive");
    else if (*s.cognitivePositive && !s.mmse)
        missing << QStringLiteral("mmse");
    if (!s.moodPositive)
        missing << QStringLiteral("mood");
    else if (*s.moodPositive && !s.gds)
        missing << QStringLiteral("gds");
    if (s.healthCheckId.isEmpty() || !healthCheckFound)
        missing << QStringLiteral("health_check");
    if (s.guidance.isEmpty())
        missing << QStringLiteral("guidance");
    if (!s.nextVisit.isValid())
        missing << QStringLiteral("next_visit");
    return missing;
}

QString elderlyPartLabel(const QString &code)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("Models::ElderlyService", "年度服务记录")},
        {QStringLiteral("selfcare"),
         QT_TRANSLATE_NOOP("Models::ElderlyService", "生活自理能力评估")},
        {QStringLiteral("self_rating"),
         QT_TRANSLATE_NOOP("Models::ElderlyService", "健康状态自我评估")},
        {QStringLiteral("cognitive"), QT_TRANSLATE_NOOP("Models::ElderlyService", "认知功能粗筛")},
        {QStringLiteral("mmse"),
         QT_TRANSLATE_NOOP("Models::ElderlyService", "简易智力状态检查总分")},
        {QStringLiteral("mood"), QT_TRANSLATE_NOOP("Models::ElderlyService", "情感状态粗筛")},
        {QStringLiteral("gds"), QT_TRANSLATE_NOOP("Models::ElderlyService", "老年抑郁量表评分")},
        {QStringLiteral("health_check"),
         QT_TRANSLATE_NOOP("Models::ElderlyService", "健康体检（体格检查和辅助检查）")},
        {QStringLiteral("guidance"), QT_TRANSLATE_NOOP("Models::ElderlyService", "健康指导")},
        {QStringLiteral("next_visit"),
         QT_TRANSLATE_NOOP("Models::ElderlyService", "下次服务日期")}};
    const char *l = labels.value(code);
    return l ? QCoreApplication::translate("Models::ElderlyService", l) : code;
}

void applyToHealthCheckForm(const ElderlyService &s, const SelfCareRules &rules, QJsonObject &form)
{
    if (s.selfRating)
        form.insert(QStringLiteral("self_rating"), QString::number(*s.selfRating));
    if (auto r = rules.score(s.selfCare); r) {
        form.insert(QStringLiteral("adl"), QString::number(r->band.checkupValue));
        form.insert(QStringLiteral("adl_score"), r->score);
    }
    if (s.cognitivePositive)
        form.insert(QStringLiteral("cognition"),
                    *s.cognitivePositive ? QStringLiteral("2") : QStringLiteral("1"));
    if (s.mmse)
        form.insert(QStringLiteral("mmse"), *s.mmse);
    if (s.moodPositive)
        form.insert(QStringLiteral("emotion"),
                    *s.moodPositive ? QStringLiteral("2") : QStringLiteral("1"));
    if (s.gds)
        form.insert(QStringLiteral("gds"), *s.gds);
}

} // namespace Models
