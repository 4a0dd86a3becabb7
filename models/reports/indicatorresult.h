#pragma once

// What the indicator engine is asked (a period, an area) and what it answers (counts, the
// village breakdown, the monthly trend, the residents behind a number).

#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace Models {

struct IndicatorPeriod
{
    QDate from;
    QDate to;

    static IndicatorPeriod month(int year, int month);
    static IndicatorPeriod quarter(int year, int quarter);
    static IndicatorPeriod year(int year);
    static IndicatorPeriod yearToDate(const QDate &day); // 1 January to `day`
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // Months the period touches (a quarter: 3; 15 January to 14 February: 2).
    int months() const;
    QString label() const; // "2026-01-01 至 2026-03-31"
};

struct IndicatorArea
{
    enum class Kind { Township, Village, Team, Doctor };
    Kind kind = Kind::Township;
    // Township: its 9-digit code, empty = every village in the caller's scope; Village: the
    // 12-digit code; Team: the team id; Doctor: the team member's id (contract doctor).
    QString code;
    QString label; // for titles; the engine fills it when empty

    static IndicatorArea township(const QString &code = {}) { return {Kind::Township, code, {}}; }
    static IndicatorArea village(const QString &code) { return {Kind::Village, code, {}}; }
    static IndicatorArea team(const QString &id) { return {Kind::Team, id, {}}; }
    static IndicatorArea doctor(const QString &id) { return {Kind::Doctor, id, {}}; }
};

struct IndicatorCount
{
    qint64 numerator = 0;
    qint64 denominator = 0;              // what the rate divides by
    qint64 denominatorResidents = 0;     // residents the denominator's SELECT returned
    bool denominatorFromSetting = false; // a population or expected-patients figure was used
    std::optional<double> value() const; // percent, nullopt when the denominator is 0
};

enum class TargetStatus { NoTarget, NoData, Met, Near, Below };

struct VillageCount
{
    QString code;
    QString name;
    IndicatorCount count;
};

struct IndicatorResult
{
    QString id;
    IndicatorCount total;
    QVector<VillageCount> villages; // every village of the area with a denominator, by code
    std::optional<double> target;
    QString targetSource;
    TargetStatus status = TargetStatus::NoTarget;
    // Percentage points to the target (positive: short of it), and how many more residents of
    // the numerator would reach it.
    std::optional<double> gapPoints;
    qint64 gapResidents = 0;
    QJsonObject toJson() const;
};

struct IndicatorRun
{
    IndicatorPeriod period;
    IndicatorArea area;
    QString catalogVersion;
    QVector<IndicatorResult> results; // in the catalog's order
    double nearTargetPoints = 10;     // the setting the statuses were given with
    qint64 milliseconds = 0;
    const IndicatorResult *find(const QString &id) const;
    QJsonObject toJson() const;
};

struct IndicatorTrendPoint
{
    QDate monthEnd; // the year to date up to this day
    IndicatorCount count;
};

struct IndicatorTrend
{
    QString id;
    int year = 0;
    IndicatorArea area;
    QVector<IndicatorTrendPoint> points; // January, February, ... up to the month asked
    std::optional<double> target;
};

// Which residents a number stands for.
enum class IndicatorSet {
    Numerator,
    Denominator,
    Gap // in the denominator, not in the numerator: who still needs the service
};

struct IndicatorPerson
{
    QString residentId;
    QString name;
    QString sex; // M / F
    QDate birth;
    QString villageCode;
    QString villageName;
    QString phone;
    QString recordNo;
};

struct IndicatorPeople
{
    QString id;
    IndicatorSet which = IndicatorSet::Gap;
    QString villageCode; // empty: the whole area
    IndicatorPeriod period;
    IndicatorArea area;
    QVector<IndicatorPerson> people; // by village, then name (pinyin)
};

} // namespace Models

Q_DECLARE_METATYPE(Models::IndicatorRun)
Q_DECLARE_METATYPE(Models::IndicatorTrend)
Q_DECLARE_METATYPE(Models::IndicatorPeople)
