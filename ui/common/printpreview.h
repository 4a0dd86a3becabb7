#pragma once

#include "paperform.h"

#include <functional>

class QPrinter;
class QWidget;

namespace Gui {

// The workstation's print preview of a paper form (ui/print): A4 with the form's margins, printed
// to any printer from the preview. Empty `windowTitle` keeps Qt's own title.
void previewPaperForm(const PaperForm &form, QWidget *parent, const QString &windowTitle = {});

// The same preview for anything that paints its own pages (a table, ui/print/tablepdf.h): the
// printer starts with `layout` and `paintPages` is called for every repaint of the preview.
void previewPages(const QString &docName, const QPageLayout &layout,
                  const std::function<void(QPrinter &)> &paintPages, QWidget *parent,
                  const QString &windowTitle = {});

} // namespace Gui
