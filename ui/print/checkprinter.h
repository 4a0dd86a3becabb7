#pragma once

#include "paperform.h"
#include "result.h"
#include "scope.h"

#include <QString>

namespace Gui {

// The health examination form (健康体检表) of one check on A4, laid out like the paper form of
// the national standard: the header (姓名, 编号, 体检日期, 责任医生), then one block per section
// (症状 … 健康指导) with the section name in the left column and every item of the form, filled in
// or blank, so the page reads like the paper one. Saved as PDF (CJK fonts embedded); the
// workstation prints it after a preview (printpreview.h). The items come from
// resources/codes/health_check_form.json.
class CheckPrinter
{
public:
    static Models::Result<QString> html(const QString &connection, const Models::Scope &scope,
                                        const QString &checkId);
    static Models::Result<PaperForm> form(const QString &connection, const Models::Scope &scope,
                                          const QString &checkId);
    static Models::Result<void> savePdf(const QString &connection, const Models::Scope &scope,
                                        const QString &checkId, const QString &path);
    // The check to print for a resident: `selected` when it is one of theirs, else the latest.
    static QString checkFor(const QString &connection, const Models::Scope &scope,
                            const QString &residentId, const QString &selected = {});
};

} // namespace Gui
