#pragma once

#include "paperform.h"

#include <QStringList>
#include <QVector>

namespace Gui {

// A table of figures on A4 landscape (the indicators of a period; `jiayi-cli report --pdf` and
// the dashboard's print): a title, a line saying what was counted, the table, notes under it.
// Plain strings in, so it knows no indicator type.
struct FigureSheet
{
    QString title;
    QStringList subtitle; // one line each: area, period, who printed and when
    QStringList header;
    QVector<QStringList> rows;
    QList<int> numericColumns; // right-aligned
    QStringList notes;         // under the table (definitions, sources)
};

PaperForm figureSheet(const FigureSheet &sheet);

} // namespace Gui
