#pragma once

#include "paperform.h"
#include "result.h"
#include "scope.h"

#include <QString>

namespace Gui {

// The health-record cover (档案封面) and the personal basic information form (个人基本信息表) on
// A4, laid out like the paper forms; saved as PDF (fonts embedded by Qt); the workstation prints
// them after a preview (printpreview.h).
class RecordPrinter
{
public:
    static Models::Result<QString> html(const QString &connection, const Models::Scope &scope,
                                        const QString &residentId);
    static Models::Result<PaperForm> form(const QString &connection, const Models::Scope &scope,
                                          const QString &residentId);
    static Models::Result<void> savePdf(const QString &connection, const Models::Scope &scope,
                                        const QString &residentId, const QString &path);
};

} // namespace Gui
