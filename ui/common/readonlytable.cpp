#include "readonlytable.h"

#include <QHeaderView>
#include <QTableView>

namespace Gui {

void setUpReadOnlyTable(QTableView *view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    if (stretchColumn < 0)
        view->horizontalHeader()->setStretchLastSection(true);
    else
        view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace Gui
