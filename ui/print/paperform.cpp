#include "paperform.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace Gui {

void paint(const PaperForm &form, QPagedPaintDevice &device)
{
    QTextDocument doc;
    doc.setDefaultFont(form.font);
    doc.setHtml(form.html);
    if (form.fillPaintRect) {
        const QPageLayout layout = device.pageLayout();
        doc.setPageSize(layout.paintRectPixels(device.logicalDpiX()).size());
    }
    doc.print(&device); // lays the pages out itself, in the device's resolution
}

Models::Result<void> savePdf(const PaperForm &form, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(1200); // what QPrinter::HighResolution gave the PDFs before
    writer.setPageLayout(form.layout);
    writer.setTitle(form.title);
    paint(form, writer);
    return {};
}

} // namespace Gui
