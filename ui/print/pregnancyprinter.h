#pragma once

#include "paperform.h"
#include "result.h"
#include "scope.h"

#include <QString>

namespace Gui {

// A woman's latest pregnancy on A4: the 第1次产前检查服务记录表 (booking: 孕周, 孕次/产次,
// 末次月经, 预产期 and its rule, height, weight, blood pressure, haemoglobin, the risk screen and
// the grade the doctor confirmed), then the 产前随访 (2nd-5th or their 督促 date), the birth, the
// 产后访视 and the 产后42天健康检查 as rows. Saved as PDF (CJK fonts embedded).
class PregnancyPrinter
{
public:
    static Models::Result<PaperForm> form(const QString &connection, const Models::Scope &scope,
                                          const QString &residentId);
    static Models::Result<void> savePdf(const QString &connection, const Models::Scope &scope,
                                        const QString &residentId, const QString &path);
};

} // namespace Gui
