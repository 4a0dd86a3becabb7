#include "paperform.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Gui {

void paint(const PaperForm &form, QPagedPaintDevice &device)
{
    QTextDocument doc;
    if (form.fillPaintRect) {
        // Lay the text out in the device's resolution on its paint rect. A page size in device
        // pixels with the layout left at screen resolution shrank the whole form into the
        // top-left corner (a 1200 dpi page with text sized for 96 dpi).
        doc.documentLayout()->setPaintDevice(&device);
        doc.setPageSize(QSizeF(device.width(), device.height()));
    }
    doc.setDefaultFont(form.font);
    for (auto it = form.images.constBegin(); it != form.images.constEnd(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(form.html);
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
