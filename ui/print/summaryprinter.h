#pragma once

#include "paperform.h"
#include "recordsummary.h"
#include "scope.h"

namespace Gui {

// The resident's own record summary on one A4 page (居民电子健康档案首页 in spirit, with the
// 居民健康档案信息卡 fields): health labels, basic information, the last services and a QR code
// that carries only the opaque reference. Building it audits the print (RecordSummaryBuilder).
class SummaryPrinter
{
public:
    static PaperForm form(const Models::RecordSummary &summary);
    static Models::Result<PaperForm> form(const QString &connection, const Models::Scope &scope,
                                          const QString &residentId);
    static Models::Result<void> savePdf(const QString &connection, const Models::Scope &scope,
                                        const QString &residentId, const QString &path);
};

} // namespace Gui
