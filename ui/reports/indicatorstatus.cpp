#include "indicatorstatus.h"

#include "indicatortablemodel.h"
#include "messagebanner.h"

#include <QFont>

namespace Gui {

using Models::IndicatorTableModel;
using Models::TargetStatus;

QColor indicatorStatusColour(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return MessageBanner::textColour(MessageBanner::Success);
    case TargetStatus::Near:
        return MessageBanner::textColour(MessageBanner::Warning);
    case TargetStatus::Below:
        return MessageBanner::textColour(MessageBanner::Error);
    case TargetStatus::NoData:
    case TargetStatus::NoTarget:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QColor indicatorStatusBackground(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return MessageBanner::backgroundColour(MessageBanner::Success);
    case TargetStatus::Near:
        return MessageBanner::backgroundColour(MessageBanner::Warning);
    case TargetStatus::Below:
        return MessageBanner::backgroundColour(MessageBanner::Error);
    case TargetStatus::NoData:
    case TargetStatus::NoTarget:
        break;
    }
    return {};
}

QVariant IndicatorStatusColours::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    const bool statusCell =
        column == IndicatorTableModel::Value || column == IndicatorTableModel::Status;
    if (statusCell && (role == Qt::ForegroundRole || role == Qt::BackgroundRole)) {
        const auto status =
            TargetStatus(QIdentityProxyModel::data(index, IndicatorTableModel::StatusRole).toInt());
        const QColor c = role == Qt::ForegroundRole ? indicatorStatusColour(status)
                                                    : indicatorStatusBackground(status);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::FontRole) {
        const int drill = QIdentityProxyModel::data(index, IndicatorTableModel::DrillRole).toInt();
        if (drill >= 0 && column != IndicatorTableModel::Status &&
            QIdentityProxyModel::data(index, Qt::DisplayRole).toString() != QStringLiteral("—")) {
            QFont f;
            f.setUnderline(true); // opens the residents behind it (click or Enter)
            f.setBold(column == IndicatorTableModel::Value);
            return f;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Gui
