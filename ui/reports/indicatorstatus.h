#pragma once

#include "indicatorresult.h"

#include <QColor>
#include <QIdentityProxyModel>

namespace Gui {

// The colours of 达标 / 接近目标 / 未达标, from the message banner's palette (success, warning,
// error), so green and red mean the same on every screen. Always beside a text mark: the status
// column says it in words, the bars' legend too.
QColor indicatorStatusColour(Models::TargetStatus status);
QColor indicatorStatusBackground(Models::TargetStatus status);

// Paints the value and status cells of the indicator table in their status colours, and draws
// the cells that open a list of residents (value, numerator, denominator, gap) as links.
class IndicatorStatusColours : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Gui
