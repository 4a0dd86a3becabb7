#include "paperform.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Gui {

namespace {

// The pages laid out here, each with the footer line under it.
void paintWithFooter(const PaperForm &form, QPagedPaintDevice &device)
{
    const qreal footerHeight = device.logicalDpiY() * 8.0 / 25.4; // 8 mm
    const QSizeF page(device.width(), device.height() - footerHeight);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(page);
    doc.setDefaultFont(form.font);
    doc.setHtml(form.html);
    const int pages = doc.pageCount();
    QPainter painter(&device);
    QFont small = form.font;
    small.setPointSizeF(form.font.pointSizeF() * 0.85);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(clip);
        doc.drawContents(&painter, clip);
        painter.restore();
        painter.setFont(small);
        painter.drawText(QRectF(0, page.height(), page.width(), footerHeight), Qt::AlignCenter,
                         form.footer.arg(i + 1).arg(pages));
    }
}

} // namespace

void paint(const PaperForm &form, QPagedPaintDevice &device)
{
    if (!form.footer.isEmpty())
        return paintWithFooter(form, device);
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
