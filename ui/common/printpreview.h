#pragma once

#include "paperform.h"

class QWidget;

namespace Gui {

// The workstation's print preview of a paper form (ui/print): A4 with the form's margins, printed
// to any printer from the preview. Empty `windowTitle` keeps Qt's own title.
void previewPaperForm(const PaperForm &form, QWidget *parent, const QString &windowTitle = {});

} // namespace Gui
