#pragma once

#include "paperform.h"
#include "result.h"
#include "scope.h"

#include <QString>

namespace Gui {

// A child's health check record (1～8月龄 / 12～30月龄 / 3～6岁儿童健康检查记录表) on A4, laid out
// like the paper form: the header (姓名, 性别, 出生日期, 档案编号), then one row per item and one
// column per check of that form (满月, 3月龄 ...), filled in from the stored checks, with the WHO
// assessment (上/中/下 and the flags) under the measurements. Saved as PDF (CJK fonts embedded).
class ChildCheckPrinter
{
public:
    // `kind`: infant, toddler or preschool (empty: the form of the child's latest check), or
    // newborn: the 新生儿家庭访视记录表 of the latest newborn home visit.
    static Models::Result<PaperForm> form(const QString &connection, const Models::Scope &scope,
                                          const QString &residentId, const QString &kind = {});
    static Models::Result<void> savePdf(const QString &connection, const Models::Scope &scope,
                                        const QString &residentId, const QString &path,
                                        const QString &kind = {});
};

} // namespace Gui
