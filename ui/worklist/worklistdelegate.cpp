#include "worklistdelegate.h"

#include "workitemmodel.h"

#include <QPainter>

namespace Gui {

void WorklistDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using M = Models::WorkItemModel;
    const bool first = index.data(M::HouseholdFirstRole).toBool();
    if (!first && (index.column() == M::Household || index.column() == M::Head))
        option->text.clear(); // the household once, on its first row
    if (!index.data(M::ResidentFirstRole).toBool() &&
        (index.column() == M::Resident || index.column() == M::SexAge))
        option->text.clear(); // and the resident once, on their first item
    if (index.data(M::QueueRole).toBool())
        option->backgroundBrush = QColor(0xfd, 0xf3, 0xe0);
    if (index.column() == M::Status && index.data(M::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xe0, 0xe0));
        option->font.setBold(true);
    }
    if (first && index.column() == M::Household)
        option->font.setBold(true);
}

void WorklistDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() > 0 && index.data(Models::WorkItemModel::HouseholdFirstRole).toBool()) {
        painter->save();
        painter->setPen(QPen(QColor(0x70, 0x70, 0x70), 1));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        painter->restore();
    }
}

} // namespace Gui
