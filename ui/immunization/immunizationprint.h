#pragma once

#include "immunization.h"

#include <QString>

namespace Gui {

// Printable documents of a village session, as HTML rendered to PDF through QPrinter.
class ImmunizationPrint
{
public:
    static QString sessionListHtml(const QString &villageName, const QDate &day,
                                   const QVector<Models::SessionEntry> &entries);
    static QString parentNoticesHtml(const QString &villageName, const QDate &day,
                                     const QVector<Models::SessionEntry> &entries);
    // Writes `html` as an A4 PDF; false when the file cannot be written.
    static bool toPdf(const QString &html, const QString &path);
};

} // namespace Gui
