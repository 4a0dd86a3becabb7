#include "printpreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Gui {

void previewPaperForm(const PaperForm &form, QWidget *parent, const QString &windowTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(form.layout);
    printer.setDocName(form.title);
    QPrintPreviewDialog dialog(&printer, parent);
    if (!windowTitle.isEmpty())
        dialog.setWindowTitle(windowTitle);
    dialog.resize(1000, 700);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&form](QPrinter *p) { paint(form, *p); });
    dialog.exec();
}

} // namespace Gui
