#include "indicatorresult.h"

#include "dates.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorEngine)
};

QJsonValue rounded(std::optional<double> v, int decimals = 1)
{
    if (!v)
        return QJsonValue();
    const double f = std::pow(10.0, decimals);
    return std::round(*v * f) / f;
}

QJsonObject countJson(const IndicatorCount &c)
{
    return {{QStringLiteral("numerator"), c.numerator},
            {QStringLiteral("denominator"), c.denominator},
            {QStringLiteral("denominator_residents"), c.denominatorResidents},
            {QStringLiteral("denominator_from_setting"), c.denominatorFromSetting},
            {QStringLiteral("value"), rounded(c.value())}};
}

QString statusCode(TargetStatus s)
{
    switch (s) {
    case TargetStatus::Met:
        return QStringLiteral("met");
    case TargetStatus::Near:
        return QStringLiteral("near");
    case TargetStatus::Below:
        return QStringLiteral("below");
    case TargetStatus::NoData:
        return QStringLiteral("no_data");
    case TargetStatus::NoTarget:
        break;
    }
    return QStringLiteral("no_target");
}

QString areaKind(IndicatorArea::Kind k)
{
    switch (k) {
    case IndicatorArea::Kind::Village:
        return QStringLiteral("village");
    case IndicatorArea::Kind::Team:
        return QStringLiteral("team");
    case IndicatorArea::Kind::Doctor:
        return QStringLiteral("doctor");
    case IndicatorArea::Kind::Township:
        break;
    }
    return QStringLiteral("township");
}
} // namespace

IndicatorPeriod IndicatorPeriod::month(int year, int month)
{
    const QDate from(year, month, 1);
    return {from, from.addMonths(1).addDays(-1)};
}

IndicatorPeriod IndicatorPeriod::quarter(int year, int quarter)
{
    const QDate from(year, (quarter - 1) * 3 + 1, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

IndicatorPeriod IndicatorPeriod::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

IndicatorPeriod IndicatorPeriod::yearToDate(const QDate &day)
{
    return {QDate(day.year(), 1, 1), day};
}

int IndicatorPeriod::months() const
{
    if (!isValid())
        return 0;
    return (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
}

QString IndicatorPeriod::label() const
{
    return Text::tr("%1 至 %2").arg(isoDate(from), isoDate(to));
}

std::optional<double> IndicatorCount::value() const
{
    if (denominator <= 0)
        return std::nullopt;
    return 100.0 * double(numerator) / double(denominator);
}

QJsonObject IndicatorResult::toJson() const
{
    QJsonObject o = countJson(total);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("target"), rounded(target));
    o.insert(QStringLiteral("target_source"), targetSource);
    o.insert(QStringLiteral("status"), statusCode(status));
    o.insert(QStringLiteral("gap_points"), rounded(gapPoints));
    o.insert(QStringLiteral("gap_residents"), gapResidents);
    QJsonArray v;
    for (const VillageCount &c : villages) {
        QJsonObject x = countJson(c.count);
        x.insert(QStringLiteral("village_code"), c.code);
        x.insert(QStringLiteral("village_name"), c.name);
        v.append(x);
    }
    o.insert(QStringLiteral("villages"), v);
    return o;
}

const IndicatorResult *IndicatorRun::find(const QString &id) const
{
    for (const IndicatorResult &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}

QJsonObject IndicatorRun::toJson() const
{
    QJsonArray list;
    for (const IndicatorResult &r : results)
        list.append(r.toJson());
    return {{QStringLiteral("from"), isoDate(period.from)},
            {QStringLiteral("to"), isoDate(period.to)},
            {QStringLiteral("area"), QJsonObject{{QStringLiteral("kind"), areaKind(area.kind)},
                                                 {QStringLiteral("code"), area.code},
                                                 {QStringLiteral("label"), area.label}}},
            {QStringLiteral("definitions_version"), catalogVersion},
            {QStringLiteral("indicators"), list}};
}

} // namespace Models
