#pragma once

// The clinic's values for the indicators: targets, the settings the SQL reads (prevalence rates,
// ages) and the resident population (常住人口) per area. The defaults come from
// resources/rules/indicators.json; a stored value (migration 0019) replaces one. A province's own
// values arrive as one JSON file (`jiayi-cli report targets --from FILE`), checked entirely before
// anything is written, applied in one audited transaction.

#include "indicatorcatalog.h"
#include "result.h"
#include "scope.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Models {

struct TargetImportSummary
{
    int targets = 0;
    int settings = 0;
    int populations = 0;
};

class IndicatorTargets
{
public:
    explicit IndicatorTargets(QString connectionName,
                              const IndicatorCatalog &catalog = IndicatorCatalog::get());

    // Reads the stored values; until then (or when it fails) the file's defaults apply.
    Result<void> load();

    std::optional<double> target(const QString &indicatorId) const;
    QString targetSource(const QString &indicatorId) const;
    bool targetStored(const QString &indicatorId) const;
    double setting(const QString &key) const;
    QString settingSource(const QString &key) const;
    bool settingStored(const QString &key) const;
    // The resident population set for a village or township; nullopt when none is set.
    std::optional<qint64> population(const QString &areaCode) const;
    const QHash<QString, qint64> &populations() const { return m_population; }

    // report.write; each change is audited. An empty optional stores "no target".
    Result<void> setTarget(const Scope &scope, const QString &indicatorId,
                           std::optional<double> value, const QString &source);
    // Back to the file's default.
    Result<void> resetTarget(const Scope &scope, const QString &indicatorId);
    Result<void> setSetting(const Scope &scope, const QString &key, double value,
                            const QString &source);
    Result<void> setPopulation(const Scope &scope, const QString &areaCode, qint64 population,
                               const QString &source);

    // {"source": "...", "targets": {"sign_rate": 70 | null | {"value": 70, "source": "..."}},
    //  "settings": {"prevalence_hypertension": 0.23}, "population": {"430121101201": 1500}}.
    // Every problem is reported with its JSON path (one per line); nothing is written then.
    Result<TargetImportSummary> importJson(const Scope &scope, const QByteArray &json);
    // The values in force, in the import format (a template for a province's file).
    QJsonObject toJson() const;

private:
    struct Stored
    {
        std::optional<double> value;
        QString source;
    };
    Result<void> write(const Scope &scope, const QString &key, std::optional<double> value,
                       const QString &source, bool remove = false);

    QString m_conn;
    const IndicatorCatalog &m_catalog;
    QHash<QString, Stored> m_stored; // report_setting by key
    QHash<QString, qint64> m_population;
    QHash<QString, QString> m_populationSource;
};

} // namespace Models
