#pragma once

#include "result.h"

#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QPair>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QPagedPaintDevice;

namespace Gui {

// What is printed around a table: the title, label/value lines above (填报单位, 报送周期 …) and
// below (审核人, 填表人, 填报时间 …; an empty value leaves a line to sign on), a heading row over
// groups of columns, notes, and whether the last row is a 合计 (bold).
struct TablePrint
{
    QString title;
    QList<QPair<QString, QString>> headerFields;
    QList<QPair<QString, QString>> footerFields;
    QStringList columnGroups; // one per model column, "" for none; empty: no group row
    QStringList notes;
    bool lastRowIsTotal = false;
};

// Any table model on paper, QtGui alone (the CLI writes the same PDF as the workstation): A4,
// landscape when the columns do not fit upright, the font made smaller (down to 7 pt) before a
// column would be cut, the column headers repeated at the top of every page, "第 n 页 共 m 页"
// at the foot, Chinese fonts.
class TablePdf
{
public:
    // A4 with 12 mm margins; landscape when the table is too wide for portrait.
    static QPageLayout pageLayout(const QAbstractItemModel &model, const TablePrint &print);
    // Lays the table out on the device's pages (its page layout as set, e.g. by a preview);
    // false when painting could not begin (a PDF file that cannot be written).
    static bool paint(const QAbstractItemModel &model, const TablePrint &print,
                      QPagedPaintDevice &device);
    static Models::Result<void> savePdf(const QString &path, const QAbstractItemModel &model,
                                        const TablePrint &print);
    // The document as HTML (what paint() lays out), for tests and the preview.
    static QString html(const QAbstractItemModel &model, const TablePrint &print);
    static QFont font(qreal pointSize = 9);
    static int pageCount(const QAbstractItemModel &model, const TablePrint &print,
                         QPagedPaintDevice &device);
};

} // namespace Gui
