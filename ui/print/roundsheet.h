#pragma once

#include "paperform.h"
#include "result.h"

#include <QJsonObject>

namespace Gui {

// The round sheet (入户走访单) of a daily work list: households in route order, each item with a
// tick box, the reason, the due date or the days overdue and a blank for notes; A4 portrait, the
// page number under each page. Printed from the work list's JSON (`jiayi-cli worklist --json`,
// Models::DailyWorklist::toJson), so paper forms need no work-list code; the clinic's own queue
// is not printed (it is the workstation's, not the round's).
class RoundSheet
{
public:
    static QString html(const QJsonObject &worklist);
    static PaperForm form(const QJsonObject &worklist);
    static Models::Result<void> savePdf(const QJsonObject &worklist, const QString &path);
};

} // namespace Gui
