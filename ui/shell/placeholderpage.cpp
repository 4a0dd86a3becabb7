#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Gui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &plannedFeatures,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    auto *note = new QLabel(tr("此功能尚未完成，本版本中不能使用。计划提供："), this);
    auto *plan = new QLabel(plannedFeatures, this);
    plan->setWordWrap(true);
    plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(plan);
    layout->addStretch();
}

} // namespace Gui
