#pragma once

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QTableView>

namespace Gui {

// A column at least as wide as its header text in the language shown (English headers are
// longer than the Chinese ones the default widths were chosen for).
inline int headerFit(const QTableView *view, int column, int width)
{
    const QString header =
        view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    return qMax(width, view->fontMetrics().horizontalAdvance(header) + 24);
}

// A column as wide as `sample` (a typical value: a contract number, a date) or its header,
// whichever is wider.
inline int contentFit(const QTableView *view, int column, const QString &sample)
{
    return headerFit(view, column, view->fontMetrics().horizontalAdvance(sample) + 16);
}

} // namespace Gui
