#pragma once

// Indicators as data (resources/rules/indicators.json): what each indicator means in words, its
// target and the two SELECTs of resident ids (numerator, denominator) the engine counts. The file
// is validated when it is loaded; a broken definition is refused with its id and the reason.

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Models {

struct IndicatorSetting
{
    QString key; // also the SQL parameter :key
    QString label, labelEn;
    QString source;
    double defaultValue = 0;
    double min = 0, max = 0;
    QString displayLabel() const;
};

struct IndicatorProgramme
{
    QString id, name, nameEn;
    QString shortName, shortNameEn; // for a table column ("高血压")
    QString displayName() const;
    QString displayShortName() const;
};

// A numerator or a denominator: the words shown to the user and the SELECT of resident ids.
struct IndicatorSide
{
    enum class Count {
        Residents,  // the number of residents the SELECT returns
        Population, // the area's resident population (常住人口) setting, else the residents
        Prevalence  // expected patients: the chronic target population, else residents x rate
    };
    QString words, wordsEn;
    QString sql; // empty for an indicator computed by the dose planner
    Count count = Count::Residents;
    QString prevalence; // "hypertension" / "diabetes" with Count::Prevalence
    QString displayWords() const;
};

struct IndicatorDefinition
{
    QString id;
    QString name, nameEn;
    QString programme;
    QString unit;
    QString source;
    std::optional<double> target; // the file's default, percent
    QString targetSource;
    bool higherIsBetter = true;
    IndicatorSide numerator, denominator;
    // Computed by the dose planner (models/immunization) instead of SQL: a series id of the
    // schedule ("*" = every programme series) and "given" (coverage) or "timely".
    QString plannerSeries;
    QString plannerMeasure;
    bool usesPlanner() const { return !plannerSeries.isEmpty(); }
    QString displayName() const;
};

class IndicatorCatalog
{
public:
    // The shipped file, validated once (a broken shipped file stops the program in debug builds
    // and leaves the catalog empty otherwise; tst_indicatorcatalog keeps it valid).
    static const IndicatorCatalog &get();
    static Result<IndicatorCatalog> parse(const QByteArray &json);
    static Result<IndicatorCatalog> load(const QString &path);

    // SQL parameters the engine supplies besides the settings (:from, :to, ...).
    static const QStringList &engineParameters();

    QString version() const { return m_version; }
    QString title() const { return m_title; }
    const QVector<IndicatorDefinition> &indicators() const { return m_indicators; }
    const IndicatorDefinition *find(const QString &id) const;
    const QVector<IndicatorSetting> &settings() const { return m_settings; }
    const IndicatorSetting *setting(const QString &key) const;
    const QVector<IndicatorProgramme> &programmes() const { return m_programmes; }
    QString programmeName(const QString &id) const;
    QString programmeShortName(const QString &id) const;

private:
    QString m_version, m_title;
    QVector<IndicatorSetting> m_settings;
    QVector<IndicatorProgramme> m_programmes;
    QVector<IndicatorDefinition> m_indicators;
};

} // namespace Models
