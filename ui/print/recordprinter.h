#pragma once

#include "context.h"
#include "result.h"

#include <QString>

class QWidget;

namespace Gui {

// The health-record cover (档案封面) and the personal basic information form (个人基本信息表) on
// A4, laid out like the paper forms; saved as PDF (fonts embedded by Qt) or printed after a
// preview.
class RecordPrinter
{
public:
    static Models::Result<QString> html(const Context &context, const QString &residentId);
    static Models::Result<void> savePdf(const Context &context, const QString &residentId,
                                        const QString &path);
    static void preview(const Context &context, const QString &residentId, QWidget *parent);
};

} // namespace Gui
