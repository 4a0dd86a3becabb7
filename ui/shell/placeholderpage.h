#pragma once

#include <QWidget>

namespace Gui {

// A screen whose capability is not built yet: it says so plainly and pretends nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &plannedFeatures,
                    QWidget *parent = nullptr);
};

} // namespace Gui
