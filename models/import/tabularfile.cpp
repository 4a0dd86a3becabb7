#include "tabularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QXmlStreamReader>

#include <future>

#include "xlsxwriterlib.h"
#include <quazip.h>
#include <quazipfile.h>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TabularFile)
};

Error fileError(const QString &message, const QString &detail = {})
{
    return makeError(QStringLiteral("file.read"), message, QStringLiteral("file"), detail);
}

// Splits CSV text (RFC 4180: quoted fields may hold separators, quotes and line breaks) into
// records, remembering the line each record starts on. Outside quotes a carriage return is
// dropped wherever it stands. An unquoted field (nearly all of them) is one copy of its span.
void parseCsv(QStringView text, QChar sep, QVector<QStringList> &records, QVector<int> &lines,
              int firstLine = 1)
{
    const QChar *d = text.data();
    const qsizetype n = text.size();
    const QChar quote = QLatin1Char('"'), lf = QLatin1Char('\n'), cr = QLatin1Char('\r');
    qsizetype i = 0;
    int line = firstLine;
    int recordLine = firstLine;
    qsizetype width = 8;
    QStringList record;
    record.reserve(width);
    auto endRecord = [&] {
        bool blank = true;
        for (const QString &f : std::as_const(record))
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        if (!blank) {
            width = qMax(width, record.size());
            records << std::move(record);
            lines << recordLine;
        }
        record = QStringList();
        record.reserve(width);
    };
    auto plainSpan = [&](QString &field) { // up to a separator or a line end
        const qsizetype s = i;
        while (i < n && d[i] != sep && d[i] != lf && d[i] != cr)
            ++i;
        field += QStringView(d + s, i - s);
    };
    bool fieldPending = false; // a separator was read: a field follows, even an empty one
    while (i < n || fieldPending) {
        fieldPending = false;
        QString field;
        if (i < n && d[i] == quote) {
            ++i;
            bool quoted = true;
            while (i < n) {
                const QChar c = d[i];
                if (quoted) {
                    if (c == quote) {
                        if (i + 1 < n && d[i + 1] == quote) {
                            field += c;
                            i += 2;
                            continue;
                        }
                        quoted = false;
                    } else {
                        if (c == lf)
                            ++line;
                        field += c;
                    }
                    ++i;
                    continue;
                }
                if (c == sep || c == lf)
                    break;
                if (c != cr)
                    field += c;
                ++i;
            }
        } else {
            plainSpan(field);
            while (i < n && d[i] == cr) { // dropped; the field may go on after it
                ++i;
                plainSpan(field);
            }
        }
        record << std::move(field);
        if (i < n && d[i] == sep) {
            ++i;
            fieldPending = true;
        } else if (i < n && d[i] == lf) {
            ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            endRecord(); // end of the text
        }
    }
}

// The index just past the first record end (a line feed outside quotes) at or after `from`, or -1.
// Scans from the start with parseCsv's rules (a quote opens quoting only at the start of a field;
// "" inside quotes is a quote), without building any field.
qsizetype recordEndAfter(QStringView t, QChar sep, qsizetype from)
{
    const QChar quote = QLatin1Char('"'), lf = QLatin1Char('\n');
    bool quoted = false, fieldStart = true;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (quoted) {
            if (c == quote) {
                if (i + 1 < t.size() && t[i + 1] == quote)
                    ++i;
                else
                    quoted = false;
            }
        } else if (c == sep) {
            fieldStart = true;
        } else if (c == lf) {
            if (i >= from)
                return i + 1;
            fieldStart = true;
        } else {
            quoted = fieldStart && c == quote;
            fieldStart = false;
        }
    }
    return -1;
}

// parseCsv of a large text in two halves on two threads, split at a record end: the reading of
// a 100,000-row list no longer holds up the import on one core while the other waits.
void parseCsvParallel(QStringView text, QChar sep, QVector<QStringList> &records,
                      QVector<int> &lines)
{
    const qsizetype split =
        text.size() >= (qsizetype(1) << 20) ? recordEndAfter(text, sep, text.size() / 2) : -1;
    if (split <= 0 || split >= text.size()) {
        parseCsv(text, sep, records, lines);
        return;
    }
    const QStringView head = text.first(split), tail = text.sliced(split);
    auto first = std::async(std::launch::async, [head, sep] {
        std::pair<QVector<QStringList>, QVector<int>> out;
        parseCsv(head, sep, out.first, out.second);
        return out;
    });
    QVector<QStringList> tailRecords;
    QVector<int> tailLines;
    parseCsv(tail, sep, tailRecords, tailLines, 1 + int(head.count(QLatin1Char('\n'))));
    auto [headRecords, headLines] = first.get();
    records = std::move(headRecords);
    lines = std::move(headLines);
    records.reserve(records.size() + tailRecords.size());
    for (QStringList &r : tailRecords)
        records.append(std::move(r));
    lines.append(tailLines);
}

QChar guessSeparator(const QString &text)
{
    const QString first = text.left(text.indexOf(QLatin1Char('\n')));
    const int commas = int(first.count(QLatin1Char(','))) + int(first.count(QChar(0xFF0C)) * 0);
    const int tabs = int(first.count(QLatin1Char('\t')));
    const int semis = int(first.count(QLatin1Char(';')));
    if (tabs > commas && tabs >= semis)
        return QLatin1Char('\t');
    if (semis > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

int columnIndex(const QString &cellRef)
{
    int col = 0;
    for (QChar c : cellRef) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

Result<QByteArray> zipEntry(QuaZip &zip, const QString &name, bool required)
{
    if (!zip.setCurrentFile(name)) {
        if (required)
            return fileError(Text::tr("不是有效的 Excel 文件（缺少 %1）").arg(name));
        return QByteArray();
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(Text::tr("Excel 文件已损坏，无法读取"), name);
    return f.readAll();
}

// Text of an <si> or <is> element: the <t> runs inside it, rich-text runs included.
QString readRichText(QXmlStreamReader &x, const QString &endTag)
{
    QString out;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("t"))
            out += x.readElementText();
        else if (x.isEndElement() && x.name() == endTag)
            break;
    }
    return out;
}

// The path of the first worksheet, from workbook.xml and its relationships.
QString firstSheetPath(QuaZip &zip)
{
    const auto wb = zipEntry(zip, QStringLiteral("xl/workbook.xml"), false);
    const auto rels = zipEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), false);
    if (!wb || !rels || wb->isEmpty() || rels->isEmpty())
        return QStringLiteral("xl/worksheets/sheet1.xml");
    QString rid;
    QXmlStreamReader x(*wb);
    while (!x.atEnd() && rid.isEmpty()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("sheet"))
            for (const auto &a : x.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
    }
    QXmlStreamReader r(*rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship") &&
            r.attributes().value(QLatin1String("Id")) == rid) {
            QString target = r.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}
} // namespace

QString TabularFile::detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    QStringDecoder utf8(
        QStringDecoder::Utf8); // not Stateless: a stateless decoder records no error
    const QString decoded = utf8.decode(bytes); // the decode is lazy: it runs on conversion
    Q_UNUSED(decoded);
    return utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

Result<Table> TabularFile::readCsv(const QByteArray &bytes)
{
    Table t;
    t.encoding = detectEncoding(bytes);
    QString text;
    if (t.encoding == QLatin1String("UTF-8")) {
        QStringDecoder d(QStringDecoder::Utf8);
        text = d.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    } else {
        QStringDecoder d("GB18030");
        if (!d.isValid())
            return fileError(Text::tr("本机不支持 GB18030 编码，请把文件另存为 UTF-8"));
        text = d.decode(bytes);
        if (d.hasError())
            return fileError(Text::tr("文件编码无法识别：既不是 UTF-8 也不是 GB18030"));
    }
    QVector<QStringList> records;
    QVector<int> lines;
    parseCsvParallel(text, guessSeparator(text), records, lines);
    if (records.isEmpty())
        return fileError(Text::tr("文件是空的"));
    t.header = records.takeFirst();
    lines.removeFirst();
    for (QString &h : t.header)
        h = h.trimmed();
    for (QStringList &r : records)
        while (r.size() < t.header.size())
            r << QString();
    t.rows = std::move(records);
    t.lines = std::move(lines);
    return t;
}

Result<Table> TabularFile::readXlsx(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return fileError(Text::tr("不是有效的 Excel 文件（无法解压）"),
                         QString::number(zip.getZipError()));
    QStringList shared;
    {
        const auto ss = zipEntry(zip, QStringLiteral("xl/sharedStrings.xml"), false);
        if (!ss)
            return ss.error();
        QXmlStreamReader x(*ss);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                shared << readRichText(x, QStringLiteral("si"));
        }
        if (x.hasError())
            return fileError(Text::tr("Excel 文件已损坏，无法读取"), x.errorString());
    }
    const auto sheet = zipEntry(zip, firstSheetPath(zip), true);
    if (!sheet)
        return sheet.error();
    QVector<QStringList> records;
    QVector<int> lines;
    QXmlStreamReader x(*sheet);
    QStringList row;
    int rowNo = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("row")) {
            row.clear();
            const auto r = x.attributes().value(QLatin1String("r"));
            rowNo = r.isEmpty() ? rowNo + 1 : r.toInt();
        } else if (x.isEndElement() && x.name() == QLatin1String("row")) {
            bool blank = true;
            for (const QString &f : row)
                if (!f.trimmed().isEmpty())
                    blank = false;
            if (!blank) {
                records << row;
                lines << rowNo;
            }
        } else if (x.isStartElement() && x.name() == QLatin1String("c")) {
            const QString ref = x.attributes().value(QLatin1String("r")).toString();
            const QString type = x.attributes().value(QLatin1String("t")).toString();
            int col = ref.isEmpty() ? int(row.size()) : columnIndex(ref);
            QString value;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && x.name() == QLatin1String("v")) {
                    value = x.readElementText();
                } else if (x.isStartElement() && x.name() == QLatin1String("is")) {
                    value = readRichText(x, QStringLiteral("is"));
                } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                const int i = value.toInt();
                value = i >= 0 && i < shared.size() ? shared.at(i) : QString();
            } else if (type == QLatin1String("b")) {
                value =
                    value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (col < 0 || col > 1000)
                continue;
            while (row.size() < col)
                row << QString();
            if (row.size() == col)
                row << value;
            else
                row[col] = value;
        }
    }
    if (x.hasError())
        return fileError(Text::tr("Excel 文件已损坏，无法读取"), x.errorString());
    if (records.isEmpty())
        return fileError(Text::tr("文件是空的"));
    Table t;
    t.encoding = QStringLiteral("xlsx");
    t.header = records.takeFirst();
    lines.removeFirst();
    for (QString &h : t.header)
        h = h.trimmed();
    for (QStringList &r : records)
        while (r.size() < t.header.size())
            r << QString();
    t.rows = std::move(records);
    t.lines = std::move(lines);
    return t;
}

Result<Table> TabularFile::read(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return readXlsx(path);
    if (path.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive))
        return fileError(Text::tr("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(Text::tr("无法打开文件：%1").arg(path), f.errorString());
    return readCsv(f.readAll());
}

Result<void> TabularFile::writeCsv(const QString &path, const Table &table, const QString &encoding)
{
    auto quote = [](const QString &s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
            s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
            return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        // Long digit strings (identity numbers, phones) would be shown by Excel as 4.3E+17:
        // a tab-prefix-free way is ="...", but that breaks re-import; identity numbers are
        // 18 characters and Excel keeps text of that length when the column is text.
        return s;
    };
    QString text;
    auto addRow = [&](const QStringList &r) {
        QStringList q;
        for (const QString &s : r)
            q << quote(s);
        text += q.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    addRow(table.header);
    for (const QStringList &r : table.rows)
        addRow(r);
    QByteArray bytes;
    if (encoding.compare(QLatin1String("GB18030"), Qt::CaseInsensitive) == 0) {
        QStringEncoder e("GB18030");
        if (!e.isValid())
            return makeError(QStringLiteral("file.encoding"), Text::tr("本机不支持 GB18030 编码"));
        bytes = e.encode(text);
    } else {
        bytes = "\xEF\xBB\xBF" + text.toUtf8();
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("file"), f.errorString());
    return {};
}

Result<void> TabularFile::writeXlsx(const QString &path, const Table &table,
                                    const QString &sheetName)
{
    const XlsxWriterLib &x = XlsxWriterLib::get();
    if (!x.ok)
        return makeError(QStringLiteral("file.xlsx"),
                         Text::tr("本机缺少 libxlsxwriter，无法写 Excel 文件；请导出为 CSV"),
                         QStringLiteral("file"), x.error);
    const QByteArray p = QFile::encodeName(path);
    lxw_workbook *wb = x.workbookNew(p.constData());
    if (!wb)
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("file"));
    lxw_worksheet *ws = x.addWorksheet(wb, sheetName.toUtf8().constData());
    lxw_format *bold = x.addFormat(wb);
    x.setBold(bold);
    for (int c = 0; c < table.header.size(); ++c) {
        x.writeString(ws, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), bold);
        x.setColumn(ws, lxw_col_t(c), lxw_col_t(c), table.header.at(c).size() > 4 ? 20 : 12,
                    nullptr);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            if (!row.at(c).isEmpty()) // text cells: identity numbers must not become numbers
                x.writeString(ws, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(),
                              nullptr);
    }
    const lxw_error err = x.close(wb);
    if (err != LXW_NO_ERROR)
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("file"), QString::fromUtf8(x.strerror(err)));
    return {};
}

Result<void> TabularFile::write(const QString &path, const Table &table, const QString &encoding)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, table);
    return writeCsv(path, table, encoding);
}

} // namespace Models
