#pragma once

#include "result.h"

#include <QFont>
#include <QImage>
#include <QMap>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace Gui {

// A paper form ready to be put on pages: its HTML, the page it is laid out for (A4 and the form's
// margins), its default font and its title. QtGui alone, so jiayi-cli writes the same PDFs as the
// workstation without linking widgets; the workstation's print preview (printpreview.h) paints
// the same form onto a QPrinter.
struct PaperForm
{
    QString html;
    QString title;
    QPageLayout layout;
    QFont font;
    // true: the text fills the page's paint rect; false: QTextDocument::print adds its own 2 cm
    // frame inside the page margins (how the health examination form has always been printed).
    bool fillPaintRect = false;
    // When set, paint() lays the text out on the paint rect itself (as fillPaintRect) and writes
    // this under every page, %1 the page number and %2 the page count ("第 %1 页，共 %2 页").
    QString footer;
    // Pictures the HTML names in <img src="...">: added to the document as image resources.
    QMap<QString, QImage> images;
};

// Lays the form out on `device`, page after page, in the device's resolution. The caller sets the
// device's page layout first (usually form.layout; a print preview lets the user change it).
void paint(const PaperForm &form, QPagedPaintDevice &device);

// The form as a PDF file at `path` (A4, fonts embedded).
Models::Result<void> savePdf(const PaperForm &form, const QString &path);

} // namespace Gui
