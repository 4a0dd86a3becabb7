#include "ask.h"

#include <QMessageBox>
#include <QPushButton>

namespace Gui {

bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yes,
         const QString &no, bool yesIsDefault)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton *noButton = box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(yesIsDefault ? yesButton : noButton);
    box.setEscapeButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

} // namespace Gui
