#include "printpreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Gui {

void previewPaperForm(const PaperForm &form, QWidget *parent, const QString &windowTitle)
{
    previewPages(
        form.title, form.layout, [&form](QPrinter &p) { paint(form, p); }, parent, windowTitle);
}

void previewPages(const QString &docName, const QPageLayout &layout,
                  const std::function<void(QPrinter &)> &paintPages, QWidget *parent,
                  const QString &windowTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    printer.setDocName(docName);
    QPrintPreviewDialog dialog(&printer, parent);
    if (!windowTitle.isEmpty())
        dialog.setWindowTitle(windowTitle);
    dialog.resize(1000, 700);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paintPages](QPrinter *p) { paintPages(*p); });
    dialog.exec();
}

} // namespace Gui
