#include "measurereport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace Sync {

namespace {
// The namespace of the ids: a v5 UUID of the project's own URL, fixed forever (a change would
// make every clinic's next send create a second set of reports).
const QUuid &idNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(
        QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), // RFC 4122 URL namespace
        QStringLiteral("https://jiayi.example/fhir/MeasureReport"));
    return ns;
}

QJsonObject population(const QString &code, qint64 count)
{
    return QJsonObject{{QStringLiteral("code"),
                        QJsonObject{{QStringLiteral("coding"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("system"), MeasureText::PopulationSystem},
                                         {QStringLiteral("code"), code}}}}}},
                       {QStringLiteral("count"), count}};
}
} // namespace

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString measureReportId(const QString &clinicId, const QString &indicatorId, const QDate &month)
{
    const QString name =
        clinicId + QLatin1Char('|') + indicatorId + QLatin1Char('|') + monthText(month);
    return QUuid::createUuidV5(idNamespace(), name).toString(QUuid::WithoutBraces);
}

QJsonObject measureReport(const ReportingClinic &clinic, const QDate &month,
                          const QString &indicatorName, const QString &catalogVersion,
                          const Models::IndicatorResult &result)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QJsonObject code{
        {QStringLiteral("coding"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), MeasureText::IndicatorSystem},
                                {QStringLiteral("code"), result.id},
                                {QStringLiteral("display"), indicatorName}}}},
        {QStringLiteral("text"), indicatorName}};
    QJsonObject group{
        {QStringLiteral("code"), code},
        {QStringLiteral("population"),
         QJsonArray{population(QStringLiteral("numerator"), result.total.numerator),
                    population(QStringLiteral("denominator"), result.total.denominator)}}};
    // No score for an empty denominator (FHIR: absent, not 0).
    if (const auto rate = result.total.value())
        group.insert(
            QStringLiteral("measureScore"),
            QJsonObject{{QStringLiteral("value"), std::round(*rate * 10000) / 10000},
                        {QStringLiteral("unit"), QStringLiteral("%")},
                        {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                        {QStringLiteral("code"), QStringLiteral("%")}});
    QJsonObject report{
        {QStringLiteral("resourceType"), QStringLiteral("MeasureReport")},
        {QStringLiteral("id"), measureReportId(clinic.id, result.id, month)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("tag"),
                      QJsonArray{QJsonObject{{QStringLiteral("system"), MeasureText::AreaSystem},
                                             {QStringLiteral("code"), clinic.area}}}}}},
        {QStringLiteral("status"), QStringLiteral("complete")},
        {QStringLiteral("type"), QStringLiteral("summary")},
        {QStringLiteral("measure"), MeasureText::MeasureBase + result.id},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("start"), first.toString(Qt::ISODate)},
                     {QStringLiteral("end"), last.toString(Qt::ISODate)}}},
        {QStringLiteral("reporter"),
         QJsonObject{{QStringLiteral("identifier"),
                      QJsonObject{{QStringLiteral("system"), MeasureText::ClinicSystem},
                                  {QStringLiteral("value"), clinic.id}}},
                     {QStringLiteral("display"), clinic.name}}},
        {QStringLiteral("group"), QJsonArray{group}}};
    QJsonArray extensions;
    if (!catalogVersion.isEmpty())
        extensions.append(QJsonObject{{QStringLiteral("url"), MeasureText::CatalogVersionUrl},
                                      {QStringLiteral("valueString"), catalogVersion}});
    if (!clinic.townshipName.isEmpty())
        extensions.append(QJsonObject{{QStringLiteral("url"), MeasureText::TownshipNameUrl},
                                      {QStringLiteral("valueString"), clinic.townshipName}});
    if (!extensions.isEmpty())
        report.insert(QStringLiteral("extension"), extensions);
    return report;
}

} // namespace Sync
