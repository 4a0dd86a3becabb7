#pragma once

// The clinic's monthly indicator figures as FHIR R4 MeasureReports (docs/county-summary.md): one
// per indicator per month per clinic, with an id derived from the three (UUID v5), so a month sent
// again updates the same resources instead of adding new ones.

#include "indicatorcatalog.h"
#include "indicatorresult.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Sync {

// Who reports: the platform groups the figures by `id` and its township (the area's first nine
// digits); `area` (a 12-digit village code, the workstation's home area) scopes the resources.
struct ReportingClinic
{
    QString id;   // the institution code, else the workstation's sync client id
    QString name; // the clinic's name, else its township's
    QString area;
    QString townshipName; // of the area's township (the platform knows codes only)
};

namespace MeasureText {
inline const QString MeasureBase = QStringLiteral("https://jiayi.example/fhir/Measure/");
inline const QString IndicatorSystem =
    QStringLiteral("https://jiayi.example/fhir/CodeSystem/indicator");
inline const QString ClinicSystem = QStringLiteral("https://jiayi.example/fhir/sid/clinic");
inline const QString AreaSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");
inline const QString PopulationSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/measure-population");
inline const QString CatalogVersionUrl =
    QStringLiteral("https://jiayi.example/fhir/StructureDefinition/indicator-catalog-version");
inline const QString TownshipNameUrl =
    QStringLiteral("https://jiayi.example/fhir/StructureDefinition/township-name");
} // namespace MeasureText

// "2026-11" for any day of November 2026.
QString monthText(const QDate &month);
// UUID v5 (without braces) of the clinic, the indicator and the month.
QString measureReportId(const QString &clinicId, const QString &indicatorId, const QDate &month);
// The MeasureReport of one indicator's month (measureScore: the rate in percent, as the engine
// gives it). `name` is the indicator's Chinese name (carried in
// group[0].code, so the platform can title its summary without the catalog).
QJsonObject measureReport(const ReportingClinic &clinic, const QDate &month,
                          const QString &indicatorName, const QString &catalogVersion,
                          const Models::IndicatorResult &result);

} // namespace Sync
