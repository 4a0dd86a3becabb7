#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

// A table read from a CSV or .xlsx file: the header row and the data rows, each data row with the
// line (CSV) or row number (xlsx) a person sees in their editor, for error reports.
struct Table
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> lines; // lines[i] = the file's line / row number of rows[i]
    QString encoding;   // "UTF-8", "GB18030" or "xlsx"
};

// Reads and writes resident lists the way clinics keep them: CSV in UTF-8 (with or without BOM)
// or GB18030 (what Excel on a Chinese Windows saves), and Excel .xlsx (first worksheet).
class TabularFile
{
public:
    static Result<Table> read(const QString &path);
    static Result<Table> readCsv(const QByteArray &bytes);
    static Result<Table> readXlsx(const QString &path);

    // encoding: "UTF-8" (written with a BOM so Excel opens it) or "GB18030".
    static Result<void> writeCsv(const QString &path, const Table &table,
                                 const QString &encoding = QStringLiteral("UTF-8"));
    static Result<void> writeXlsx(const QString &path, const Table &table,
                                  const QString &sheetName = QStringLiteral("居民"));
    static Result<void> write(const QString &path, const Table &table,
                              const QString &encoding = QStringLiteral("UTF-8"));

    // "UTF-8" when the bytes decode as UTF-8 without error, else "GB18030".
    static QString detectEncoding(const QByteArray &bytes);
};

} // namespace Models
