#pragma once

// An indicator run as JSON (with each indicator's name and its numerator and denominator in
// words), as rows for a table (PDF, CSV) and as an .xlsx workbook (libxlsxwriter through
// models/import): sheet 指标 with the township figures, sheet 分村 with the village breakdown.

#include "indicatorcatalog.h"
#include "indicatorresult.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace Models {

struct IndicatorRows
{
    QStringList header;
    QVector<QStringList> rows;
};

QJsonObject indicatorRunJson(const IndicatorRun &run,
                             const IndicatorCatalog &catalog = IndicatorCatalog::get());
// One row per indicator: 项目, 指标, 值, 分子, 分母, 目标, 状态, 分子说明, 分母说明.
IndicatorRows indicatorRunRows(const IndicatorRun &run,
                               const IndicatorCatalog &catalog = IndicatorCatalog::get());
// One row per indicator and village: 村, 指标, 值, 分子, 分母.
IndicatorRows indicatorVillageRows(const IndicatorRun &run,
                                   const IndicatorCatalog &catalog = IndicatorCatalog::get());
Result<void> writeIndicatorXlsx(const QString &path, const IndicatorRun &run,
                                const IndicatorCatalog &catalog = IndicatorCatalog::get());

} // namespace Models
