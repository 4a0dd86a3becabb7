#pragma once

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QTableView>

namespace Gui {

// A column at least as wide as its header text in the language shown (English headers are
// longer than the Chinese ones the default widths were chosen for).
inline int headerFit(const QTableView *view, int column, int width)
{
    const QString header = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    return qMax(width, view->fontMetrics().horizontalAdvance(header) + 24);
}

} // namespace Gui
