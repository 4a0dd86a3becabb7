#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

class QAbstractItemModel;

namespace Models {

// What goes around a table in an exported file: the title, label/value lines above the table
// (填报单位, 报送周期 …) and below it (审核人, 填表人, 填报时间 …), a heading row over groups of
// columns, notes. Every list, table and report of the app exports through this.
struct TableDocument
{
    QString title;
    QList<QPair<QString, QString>> headerFields;
    QList<QPair<QString, QString>> footerFields;
    QStringList columnGroups; // one per model column, "" for none; empty: no group row
    QStringList notes;
    bool lastRowIsTotal = false; // the last row is a 合计 (bold in the .xlsx)
};

// Any QAbstractItemModel (what a view shows: its columns, DisplayRole text, header labels) to a
// CSV for Excel (UTF-8 with a byte-order mark) or to an .xlsx (libxlsxwriter, numbers as numbers
// where the model's EditRole holds one, A4 landscape when wide, column headers repeated on
// every printed page).
class TableExport
{
public:
    static QStringList headerRow(const QAbstractItemModel &model);
    static QVector<QStringList> textRows(const QAbstractItemModel &model);
    // The group row of the document with consecutive equal labels merged: (first, last, label).
    struct Span
    {
        int first = 0;
        int last = 0;
        QString label;
    };
    static QVector<Span> groupSpans(const TableDocument &doc, int columns);

    static QByteArray csv(const QAbstractItemModel &model, const TableDocument &doc);
    static Result<void> writeCsv(const QString &path, const QAbstractItemModel &model,
                                 const TableDocument &doc);
    static Result<void> writeXlsx(const QString &path, const QAbstractItemModel &model,
                                  const TableDocument &doc);
    // By the file's extension: .xlsx, else CSV.
    static Result<void> write(const QString &path, const QAbstractItemModel &model,
                              const TableDocument &doc);
    // "报表.csv" from a title: characters a file name may not hold become "_".
    static QString fileName(const QString &title, const QString &extension);
};

} // namespace Models
