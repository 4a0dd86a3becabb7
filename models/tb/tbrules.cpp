#include "tbrules.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TbRules)
};

Error ruleError(const QString &what)
{
    return makeError(QStringLiteral("rules.invalid"),
                     Text::tr("肺结核管理规则文件有误：%1").arg(what));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

QJsonObject TbAdherence::toJson() const
{
    return QJsonObject{{QStringLiteral("prescribed"), prescribed},
                       {QStringLiteral("taken"), taken},
                       {QStringLiteral("missed"), missed},
                       {QStringLiteral("percent"), qRound(percent * 10) / 10.0},
                       {QStringLiteral("regular"), regular}};
}

Result<TbRules> TbRules::load(const QString &path)
{
    QFile f(path.isEmpty() ? QStringLiteral(":/rules/tb.json") : path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rules.missing"),
                         Text::tr("找不到肺结核管理规则：%1").arg(f.fileName()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return ruleError(pe.errorString());
    return fromJson(doc.object());
}

Result<TbRules> TbRules::fromJson(const QJsonObject &o)
{
    TbRules r;
    r.m_version = o.value(QLatin1String("version")).toString();
    r.m_firstVisitHours = o.value(QLatin1String("first_visit_hours")).toInt(-1);
    r.m_regularPercent = o.value(QLatin1String("regular_percent")).toInt(-1);
    r.m_suspectCoughDays = o.value(QLatin1String("suspect_cough_days")).toInt(-1);
    r.m_referralCheckDays = o.value(QLatin1String("referral_check_days")).toInt(14);
    r.m_modes = strings(o.value(QLatin1String("supervision_modes")));
    r.m_suspectSymptoms = strings(o.value(QLatin1String("suspect_symptoms")));
    r.m_suspectSymptomsEn = strings(o.value(QLatin1String("suspect_symptoms_en")));
    if (r.m_version.isEmpty())
        return ruleError(QStringLiteral("version"));
    if (r.m_firstVisitHours < 1 || r.m_firstVisitHours > 24 * 14)
        return ruleError(QStringLiteral("first_visit_hours"));
    if (r.m_regularPercent < 1 || r.m_regularPercent > 100)
        return ruleError(QStringLiteral("regular_percent"));
    if (r.m_suspectCoughDays < 1)
        return ruleError(QStringLiteral("suspect_cough_days"));
    if (r.m_modes.isEmpty())
        return ruleError(QStringLiteral("supervision_modes"));
    const QJsonObject fu = o.value(QLatin1String("followup_days")).toObject();
    for (const QString &m : r.m_modes) {
        const QJsonObject p = fu.value(m).toObject();
        const int a = p.value(QLatin1String("intensive")).toInt(-1);
        const int b = p.value(QLatin1String("continuation")).toInt(-1);
        if (a < 1 || b < 1 || a > 366 || b > 366)
            return ruleError(QStringLiteral("followup_days.") + m);
        r.m_followup.insert(m, {a, b});
    }
    return r;
}

const TbRules &TbRules::standard()
{
    static const TbRules s = [] {
        auto r = load();
        Q_ASSERT_X(r.ok(), "TbRules", "resources/rules/tb.json does not load");
        return r.ok() ? *r : TbRules();
    }();
    return s;
}

QDateTime TbRules::firstVisitDeadline(const QDateTime &notice) const
{
    return notice.addSecs(qint64(m_firstVisitHours) * 3600);
}

bool TbRules::firstVisitOnTime(const QDateTime &notice, const QDateTime &visit) const
{
    return notice.isValid() && visit.isValid() && visit >= notice &&
           visit <= firstVisitDeadline(notice);
}

int TbRules::followupDays(const QString &mode, TbPhase phase) const
{
    const auto it = m_followup.constFind(mode);
    if (it == m_followup.constEnd())
        return -1;
    return phase == TbPhase::Intensive ? it->first : it->second;
}

bool TbRules::isSuspect(int coughDays, const QStringList &symptoms) const
{
    if (coughDays >= m_suspectCoughDays)
        return true;
    for (const QString &s : symptoms)
        if (m_suspectSymptoms.contains(s))
            return true;
    return false;
}

TbAdherence TbRules::adherence(int prescribed, int taken) const
{
    TbAdherence a;
    a.prescribed = qMax(0, prescribed);
    a.taken = qMax(0, taken);
    a.missed = qMax(0, a.prescribed - a.taken);
    a.percent = a.prescribed > 0 ? 100.0 * a.taken / a.prescribed : 0.0;
    // Integers only: 90% of 10 doses is 9 exactly, never 8.9999.
    a.regular =
        a.prescribed > 0 && qint64(a.taken) * 100 >= qint64(m_regularPercent) * a.prescribed;
    return a;
}

int tbPrescribedDailyDoses(const QDate &start, const QDate &end, const QDate &through)
{
    if (!start.isValid() || !through.isValid() || through < start)
        return 0;
    const QDate last = end.isValid() && end < through ? end : through;
    return last < start ? 0 : int(start.daysTo(last)) + 1;
}

QString TbRules::suspectSymptomLabel(const QString &symptom) const
{
    const qsizetype i = m_suspectSymptoms.indexOf(symptom);
    return CodeTable::english() && i >= 0 && i < m_suspectSymptomsEn.size()
               ? m_suspectSymptomsEn.at(i)
               : symptom;
}

} // namespace Models
