#pragma once

#include "paperform.h"
#include "result.h"
#include "scope.h"

namespace Gui {

// The 老年人中医药健康管理服务记录表 of one assessment (the 33 questions with the answer marked
// in its column, the nine constitutions' 得分 / 是 / 倾向是 cells, the guidance ticked per
// constitution; then a page of guidance text for the resident), and the 老年人生活自理能力评估表
// of one annual-service visit (five items by four columns with their points, the chosen cell
// marked, the total). A4 like the paper forms; rules and text from resources/rules/.
class ElderlyTcmPrinter
{
public:
    static Models::Result<PaperForm> tcmForm(const QString &connection, const Models::Scope &scope,
                                             const QString &assessmentId);
    static Models::Result<PaperForm>
    selfCareForm(const QString &connection, const Models::Scope &scope, const QString &serviceId);
};

} // namespace Gui
