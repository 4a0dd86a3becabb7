#include "tcmchild.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TcmChild)
};

Error ruleError(const QString &what)
{
    return makeError(QStringLiteral("rules.invalid"),
                     Text::tr("儿童中医药健康管理规则文件有误：%1").arg(what));
}

QString pick(const QString &zh, const QString &en)
{
    return CodeTable::english() && !en.isEmpty() ? en : zh;
}

} // namespace

QString TcmChildVisit::displayTechnique() const
{
    return pick(technique, techniqueEn);
}

QString TcmChildService::displayLabel() const
{
    return pick(label, labelEn);
}

Result<TcmChildSchedule> TcmChildSchedule::load(const QString &path)
{
    QFile f(path.isEmpty() ? QStringLiteral(":/rules/tcm_child.json") : path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rules.missing"),
                         Text::tr("找不到儿童中医药健康管理规则：%1").arg(f.fileName()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return ruleError(pe.errorString());
    const QJsonObject o = doc.object();
    TcmChildSchedule s;
    s.m_name = o.value(QStringLiteral("name")).toString();
    s.m_version = o.value(QStringLiteral("version")).toString();
    s.m_windowMonths = o.value(QStringLiteral("window_months")).toInt(0);
    if (s.m_name.isEmpty() || s.m_version.isEmpty() || s.m_windowMonths < 1)
        return ruleError(QStringLiteral("name/version/window_months"));
    for (const auto &v : o.value(QStringLiteral("services")).toArray())
        s.m_services << TcmChildService{v.toObject().value(QStringLiteral("code")).toString(),
                                        v.toObject().value(QStringLiteral("label")).toString(),
                                        v.toObject().value(QStringLiteral("label_en")).toString()};
    int previous = 0;
    for (const auto &v : o.value(QStringLiteral("visits")).toArray()) {
        TcmChildVisit visit{v.toObject().value(QStringLiteral("months")).toInt(),
                            v.toObject().value(QStringLiteral("technique")).toString(),
                            v.toObject().value(QStringLiteral("technique_en")).toString()};
        if (visit.months <= previous || visit.technique.isEmpty())
            return ruleError(QStringLiteral("visits"));
        previous = visit.months;
        s.m_visits << visit;
    }
    if (s.m_visits.isEmpty() || s.m_services.isEmpty())
        return ruleError(QStringLiteral("visits/services"));
    return s;
}

const TcmChildSchedule &TcmChildSchedule::standard()
{
    static const TcmChildSchedule schedule = [] {
        auto r = load();
        Q_ASSERT_X(r.ok(), "TcmChildSchedule", "the built-in schedule does not load");
        return r.ok() ? *r : TcmChildSchedule();
    }();
    return schedule;
}

const TcmChildVisit *TcmChildSchedule::visit(int months) const
{
    for (const auto &v : m_visits)
        if (v.months == months)
            return &v;
    return nullptr;
}

QDate TcmChildSchedule::windowStart(const QDate &birth, int months) const
{
    return birth.addMonths(months);
}

QDate TcmChildSchedule::windowEnd(const QDate &birth, int months) const
{
    return birth.addMonths(months + m_windowMonths).addDays(-1);
}

std::optional<int> TcmChildSchedule::visitOn(const QDate &birth, const QDate &on) const
{
    for (const auto &v : m_visits)
        if (on >= windowStart(birth, v.months) && on <= windowEnd(birth, v.months))
            return v.months;
    return std::nullopt;
}

} // namespace Models
