#pragma once

#include <QStyledItemDelegate>

namespace Gui {

// How the work list reads as households: the household's address and head only on its first
// row, the resident only on their first item, a line above each household, the clinic's own queue
// tinted, and the state of an overdue item in bold red (its words, 逾期 N 天, say it without the
// colour).
class WorklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Gui
