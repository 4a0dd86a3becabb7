#include "figuresheet.h"

#include <QPageLayout>
#include <QPageSize>

namespace Gui {

PaperForm figureSheet(const FigureSheet &s)
{
    QString html =
        QStringLiteral("<html><head><style>body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC';"
                       "font-size:9pt} h1{font-size:15pt;text-align:center;margin:0}"
                       " p.sub{text-align:center;margin:2px} table{border-collapse:collapse}"
                       " th{background:#e8e8e8;font-weight:bold;border:1px solid #555;padding:3px}"
                       " td{border:1px solid #555;padding:3px} td.n{text-align:right}"
                       " p.note{font-size:8pt;margin:1px}</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(s.title.toHtmlEscaped());
    for (const QString &line : s.subtitle)
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(line.toHtmlEscaped());
    html += QStringLiteral("<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &h : s.header)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : s.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += s.numericColumns.contains(c)
                        ? QStringLiteral("<td class=\"n\" align=\"right\">%1</td>")
                              .arg(row.at(c).toHtmlEscaped())
                        : QStringLiteral("<td>%1</td>").arg(row.at(c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><br/>");
    for (const QString &n : s.notes)
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(n.toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    PaperForm form{html, s.title,
                   QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                               QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter),
                   QFont(QStringLiteral("Noto Sans CJK SC"), 9)};
    form.fillPaintRect = true;
    return form;
}

} // namespace Gui
