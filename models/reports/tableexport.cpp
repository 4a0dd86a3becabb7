#include "tableexport.h"

#include "xlsxwriterlib.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TableExport)
};

QString field(const QPair<QString, QString> &f)
{
    return Text::tr("%1：%2").arg(f.first, f.second);
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// Width in Excel's character units: a CJK character is about two.
double textWidth(const QString &s)
{
    double w = 0;
    for (const QChar c : s)
        w += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return w;
}

Error writeError(const QString &path, const QString &detail = {})
{
    return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                     QStringLiteral("file"), detail);
}

} // namespace

QStringList TableExport::headerRow(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

QVector<QStringList> TableExport::textRows(const QAbstractItemModel &model)
{
    QVector<QStringList> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data(Qt::DisplayRole).toString();
        out.append(row);
    }
    return out;
}

QVector<TableExport::Span> TableExport::groupSpans(const TableDocument &doc, int columns)
{
    QVector<Span> out;
    if (std::all_of(doc.columnGroups.begin(), doc.columnGroups.end(),
                    [](const QString &g) { return g.isEmpty(); }))
        return out;
    for (int c = 0; c < columns; ++c) {
        const QString g = doc.columnGroups.value(c);
        if (!out.isEmpty() && !g.isEmpty() && out.last().label == g && out.last().last == c - 1)
            out.last().last = c;
        else
            out.append(Span{c, c, g});
    }
    return out;
}

QByteArray TableExport::csv(const QAbstractItemModel &model, const TableDocument &doc)
{
    auto quote = [](const QString &s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
            s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
            return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        return s;
    };
    QString text;
    auto addRow = [&](const QStringList &cells) {
        QStringList q;
        for (const QString &s : cells)
            q << quote(s);
        text += q.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    auto fields = [&](const QList<QPair<QString, QString>> &list) {
        QStringList cells;
        for (const auto &f : list)
            cells << field(f);
        if (!cells.isEmpty())
            addRow(cells);
    };
    if (!doc.title.isEmpty())
        addRow({doc.title});
    fields(doc.headerFields);
    const int columns = model.columnCount();
    const QVector<Span> spans = groupSpans(doc, columns);
    if (!spans.isEmpty()) {
        QStringList groups;
        for (int c = 0; c < columns; ++c)
            groups << doc.columnGroups.value(c);
        addRow(groups);
    }
    addRow(headerRow(model));
    for (const QStringList &r : textRows(model))
        addRow(r);
    fields(doc.footerFields);
    for (const QString &n : doc.notes)
        addRow({n});
    return "\xEF\xBB\xBF" + text.toUtf8();
}

Result<void> TableExport::writeCsv(const QString &path, const QAbstractItemModel &model,
                                   const TableDocument &doc)
{
    const QByteArray bytes = csv(model, doc);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return writeError(path, f.errorString());
    return {};
}

Result<void> TableExport::writeXlsx(const QString &path, const QAbstractItemModel &model,
                                    const TableDocument &doc)
{
    const XlsxWriterLib &x = XlsxWriterLib::get();
    if (!x.ok)
        return makeError(QStringLiteral("file.xlsx"),
                         Text::tr("本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV"),
                         QStringLiteral("file"), x.error);
    const QByteArray p = QFile::encodeName(path);
    lxw_workbook *wb = x.workbookNew(p.constData());
    if (!wb)
        return writeError(path);
    QString sheet = doc.title.left(31);
    sheet.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
    lxw_worksheet *ws = x.addWorksheet(wb, sheet.isEmpty() ? nullptr : sheet.toUtf8().constData());
    auto format = [&](bool bold, bool border, uint8_t align, const char *num = nullptr) {
        lxw_format *f = x.addFormat(wb);
        if (bold)
            x.setBold(f);
        if (border)
            x.setBorder(f, LXW_BORDER_THIN);
        if (align)
            x.setAlign(f, align);
        if (num)
            x.setNumFormat(f, num);
        x.setAlign(f, LXW_ALIGN_VERTICAL_CENTER);
        return f;
    };
    lxw_format *title = format(true, false, LXW_ALIGN_CENTER);
    x.setFontSize(title, 14);
    lxw_format *plain = format(false, false, LXW_ALIGN_LEFT);
    lxw_format *head = format(true, true, LXW_ALIGN_CENTER);
    x.setTextWrap(head);
    lxw_format *cell[2] = {format(false, true, LXW_ALIGN_LEFT), format(true, true, LXW_ALIGN_LEFT)};
    lxw_format *whole[2] = {format(false, true, LXW_ALIGN_RIGHT, "0"),
                            format(true, true, LXW_ALIGN_RIGHT, "0")};
    lxw_format *decimal[2] = {format(false, true, LXW_ALIGN_RIGHT, "0.0"),
                              format(true, true, LXW_ALIGN_RIGHT, "0.0")};

    const int columns = qMax(1, model.columnCount());
    const lxw_col_t lastCol = lxw_col_t(columns - 1);
    lxw_row_t row = 0;
    auto text = [&](lxw_row_t r, int c, const QString &s, lxw_format *f) {
        x.writeString(ws, r, lxw_col_t(c), s.toUtf8().constData(), f);
    };
    auto merged = [&](lxw_row_t r, int first, int last, const QString &s, lxw_format *f) {
        if (last > first)
            x.mergeRange(ws, r, lxw_col_t(first), r, lxw_col_t(last), s.toUtf8().constData(), f);
        else
            text(r, first, s, f);
    };
    // Fields side by side, each over an equal share of the columns.
    auto fields = [&](const QList<QPair<QString, QString>> &list) {
        if (list.isEmpty())
            return;
        const int n = int(list.size());
        for (int i = 0; i < n; ++i) {
            const int first = i * columns / n;
            const int last = qMax(first, (i + 1) * columns / n - 1);
            merged(row, first, last, field(list.at(i)), plain);
        }
        ++row;
    };
    if (!doc.title.isEmpty()) {
        merged(row, 0, int(lastCol), doc.title, title);
        x.setRow(ws, row, 24, nullptr);
        ++row;
    }
    fields(doc.headerFields);
    const lxw_row_t firstHeadRow = row;
    if (const QVector<Span> spans = groupSpans(doc, columns); !spans.isEmpty()) {
        for (const Span &s : spans)
            merged(row, s.first, s.last, s.label, head);
        ++row;
    }
    QVector<double> widths(columns, 6);
    const QStringList header = headerRow(model);
    for (int c = 0; c < columns; ++c) {
        text(row, c, header.value(c), head);
        widths[c] = qMax(widths[c], qMin(textWidth(header.value(c)) + 2, 16.0));
    }
    x.repeatRows(ws, firstHeadRow, row);
    ++row;
    for (int r = 0; r < model.rowCount(); ++r, ++row) {
        const int bold = doc.lastRowIsTotal && r == model.rowCount() - 1 ? 1 : 0;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model.index(r, c);
            const QVariant edit = i.data(Qt::EditRole);
            if (isNumber(edit)) {
                x.writeNumber(ws, row, lxw_col_t(c), edit.toDouble(),
                              edit.typeId() == QMetaType::Double ? decimal[bold] : whole[bold]);
            } else {
                const QString s = i.data(Qt::DisplayRole).toString();
                text(row, c, s, cell[bold]); // text stays text: identity numbers, phones
                widths[c] = qMax(widths[c], qMin(textWidth(s) + 2, 40.0));
            }
        }
    }
    ++row;
    fields(doc.footerFields);
    for (const QString &n : doc.notes)
        text(row++, 0, n, plain);
    for (int c = 0; c < columns; ++c)
        x.setColumn(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    x.setPaper(ws, 9); // A4
    if (columns > 7)
        x.setLandscape(ws);
    x.fitToPages(ws, 1, 0); // one page wide, as many long as it takes
    const lxw_error err = x.close(wb);
    if (err != LXW_NO_ERROR)
        return writeError(path, QString::fromUtf8(x.strerror(err)));
    return {};
}

Result<void> TableExport::write(const QString &path, const QAbstractItemModel &model,
                                const TableDocument &doc)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, model, doc);
    return writeCsv(path, model, doc);
}

QString TableExport::fileName(const QString &title, const QString &extension)
{
    QString base = title.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    if (base.isEmpty())
        base = Text::tr("导出");
    return base + QLatin1Char('.') + extension;
}

} // namespace Models
