#include "tablepdf.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <iterator>

namespace Gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::TablePdf)
};

constexpr qreal MarginMm = 12;
constexpr qreal PortraitPt = (210 - 2 * MarginMm) / 25.4 * 72;
constexpr qreal LandscapePt = (297 - 2 * MarginMm) / 25.4 * 72;
constexpr qreal CellPaddingPt = 6; // both sides of a cell and its borders, estimated
const qreal Sizes[] = {9, 8.5, 8, 7.5, 7};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Widths in points of the table's columns at 10 pt: the longest cell, or the header wrapped to
// about five characters a line (never narrower than its longest word).
QVector<qreal> naturalWidths(const QAbstractItemModel &model)
{
    QImage points(1, 1, QImage::Format_RGB32);
    points.setDotsPerMeterX(2835); // 72 dpi: one pixel is one point
    points.setDotsPerMeterY(2835);
    QFont f = TablePdf::font(10);
    const QFontMetricsF fm(f, &points);
    QVector<qreal> out;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        qreal longestWord = 0;
        for (const QString &w : header.split(QLatin1Char(' ')))
            longestWord = std::max(longestWord, fm.horizontalAdvance(w.left(5)));
        qreal w = std::min(fm.horizontalAdvance(header), std::max(5 * fm.height(), longestWord));
        for (int r = 0; r < model.rowCount(); ++r)
            w = std::max(w, fm.horizontalAdvance(model.index(r, c).data().toString()));
        out << w;
    }
    return out;
}

qreal tableWidth(const QVector<qreal> &widths, qreal pointSize)
{
    qreal sum = 0;
    for (qreal w : widths)
        sum += w * pointSize / 10 + CellPaddingPt;
    return sum;
}

QString fieldsHtml(const QList<QPair<QString, QString>> &fields, bool signatures)
{
    if (fields.isEmpty())
        return {};
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'><tr>");
    const int n = int(fields.size());
    for (int i = 0; i < n; ++i) {
        const auto &[label, value] = fields.at(i);
        const QString shown =
            value.isEmpty() && signatures ? QStringLiteral("＿＿＿＿＿＿＿＿") : esc(value);
        const QString align = n == 1       ? QStringLiteral("left")
                              : i == 0     ? QStringLiteral("left")
                              : i == n - 1 ? QStringLiteral("right")
                                           : QStringLiteral("center");
        h += QStringLiteral("<td align='%1'>%2</td>")
                 .arg(align, Text::tr("%1：%2").arg(esc(label), shown));
    }
    return h + QStringLiteral("</tr></table>");
}

} // namespace

QFont TablePdf::font(qreal pointSize)
{
    QFont f;
    // Noto on Linux, the Windows fonts on a clinic PC; Qt falls back per character beyond them.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"),
                   QStringLiteral("WenQuanYi Micro Hei")});
    f.setPointSizeF(pointSize);
    return f;
}

QPageLayout TablePdf::pageLayout(const QAbstractItemModel &model, const TablePrint &)
{
    const bool portrait = tableWidth(naturalWidths(model), Sizes[0]) <= PortraitPt;
    return QPageLayout(QPageSize(QPageSize::A4),
                       portrait ? QPageLayout::Portrait : QPageLayout::Landscape,
                       QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
}

QString TablePdf::html(const QAbstractItemModel &model, const TablePrint &print)
{
    const int columns = model.columnCount();
    const bool groups = std::any_of(print.columnGroups.begin(), print.columnGroups.end(),
                                    [](const QString &g) { return !g.isEmpty(); });
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p align='center' style='font-size:15pt;font-weight:bold'>%1</p>")
             .arg(esc(print.title));
    h += fieldsHtml(print.headerFields, false);
    h += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3'"
                        " style='border-collapse:collapse;border-color:#000'><thead>");
    // Header rows: a grouped column has its group above it (one cell over the group), an
    // ungrouped column spans both rows.
    h += QStringLiteral("<tr>");
    for (int c = 0; c < columns;) {
        const QString g = print.columnGroups.value(c);
        const QString label = model.headerData(c, Qt::Horizontal).toString();
        if (!groups || g.isEmpty()) {
            h += QStringLiteral("<th%1 align='center'>%2</th>")
                     .arg(groups ? QStringLiteral(" rowspan='2'") : QString(), esc(label));
            ++c;
            continue;
        }
        int span = 1;
        while (c + span < columns && print.columnGroups.value(c + span) == g)
            ++span;
        h += QStringLiteral("<th colspan='%1' align='center'>%2</th>").arg(span).arg(esc(g));
        c += span;
    }
    h += QStringLiteral("</tr>");
    if (groups) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c)
            if (!print.columnGroups.value(c).isEmpty())
                h += QStringLiteral("<th align='center'>%1</th>")
                         .arg(esc(model.headerData(c, Qt::Horizontal).toString()));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</thead><tbody>");
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool bold = print.lastRowIsTotal && r == model.rowCount() - 1;
        h += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model.index(r, c);
            const int a = i.data(Qt::TextAlignmentRole).toInt();
            const QString align = (a & Qt::AlignRight)     ? QStringLiteral("right")
                                  : (a & Qt::AlignHCenter) ? QStringLiteral("center")
                                                           : QStringLiteral("left");
            const QString text = esc(i.data(Qt::DisplayRole).toString());
            h += QStringLiteral("<td align='%1'>%2</td>")
                     .arg(align, bold ? QStringLiteral("<b>%1</b>").arg(text) : text);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>");
    if (!print.footerFields.isEmpty())
        h += QStringLiteral("<p></p>") + fieldsHtml(print.footerFields, true);
    for (const QString &n : print.notes)
        h += QStringLiteral("<p style='font-size:small'>%1</p>").arg(esc(n));
    return h + QStringLiteral("</body></html>");
}

namespace {

// The document laid out in the device's resolution on its page, less a line for the page number.
struct Layout
{
    QTextDocument doc;
    qreal pageHeight = 0;
    qreal footer = 0;
};

void layOut(Layout &l, const QAbstractItemModel &model, const TablePrint &print,
            QPagedPaintDevice &device)
{
    const qreal width = device.width();
    const qreal widthPt = width * 72.0 / device.logicalDpiX();
    const QFont f = TablePdf::font(std::min<qreal>(9, [&] {
        const QVector<qreal> widths = naturalWidths(model);
        for (qreal s : Sizes)
            if (tableWidth(widths, s) <= widthPt)
                return s;
        return Sizes[std::size(Sizes) - 1];
    }()));
    l.doc.documentLayout()->setPaintDevice(&device);
    l.doc.setDefaultFont(f);
    l.doc.setDocumentMargin(0);
    l.doc.setHtml(TablePdf::html(model, print));
    l.footer = QFontMetricsF(f, &device).height() * 2;
    l.pageHeight = device.height() - l.footer;
    l.doc.setPageSize(QSizeF(width, l.pageHeight));
}

} // namespace

int TablePdf::pageCount(const QAbstractItemModel &model, const TablePrint &print,
                        QPagedPaintDevice &device)
{
    Layout l;
    layOut(l, model, print, device);
    return l.doc.pageCount();
}

bool TablePdf::paint(const QAbstractItemModel &model, const TablePrint &print,
                     QPagedPaintDevice &device)
{
    Layout l;
    layOut(l, model, print, device);
    const int pages = l.doc.pageCount();
    QPainter p;
    if (!p.begin(&device))
        return false; // a PDF file that cannot be written
    QFont small = l.doc.defaultFont();
    small.setPointSizeF(small.pointSizeF() - 1);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        p.save();
        const QRectF page(0, i * l.pageHeight, device.width(), l.pageHeight);
        p.translate(0, -page.top());
        l.doc.drawContents(&p, page);
        p.restore();
        p.setFont(small);
        p.drawText(QRectF(0, l.pageHeight, device.width(), l.footer),
                   Qt::AlignHCenter | Qt::AlignBottom,
                   Text::tr("第 %1 页，共 %2 页").arg(i + 1).arg(pages));
    }
    return true;
}

Models::Result<void> TablePdf::savePdf(const QString &path, const QAbstractItemModel &model,
                                       const TablePrint &print)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(pageLayout(model, print));
    writer.setTitle(print.title);
    writer.setCreator(QStringLiteral("jiayi"));
    if (!paint(model, print, writer))
        return Models::makeError(QStringLiteral("file.write"),
                                 Text::tr("无法写入文件：%1").arg(path), QStringLiteral("file"));
    return {};
}

} // namespace Gui
