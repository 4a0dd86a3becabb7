#include "exportbuttons.h"

#include "printpreview.h"
#include "tableexport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>

namespace Gui {

namespace {

const QString LastDirKey = QStringLiteral("export/lastDirectory");

Models::TableDocument document(const TablePrint &p)
{
    Models::TableDocument d;
    d.title = p.title;
    d.headerFields = p.headerFields;
    d.footerFields = p.footerFields;
    d.columnGroups = p.columnGroups;
    d.notes = p.notes;
    d.lastRowIsTotal = p.lastRowIsTotal;
    return d;
}

} // namespace

ExportButtons::ExportButtons(QAbstractItemModel *model, Describe describe, QWidget *parent,
                             QWidget *shortcutScope)
    : QWidget(parent), m_model(model), m_describe(std::move(describe))
{
    setObjectName(QStringLiteral("exportButtons"));
    m_choosePath = [this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };
    m_preview = [this](const QString &title, const QPageLayout &layout,
                       const std::function<void(QPrinter &)> &paintPages) {
        previewPages(title, layout, paintPages, this, tr("打印预览 - %1").arg(title));
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *scope = shortcutScope ? shortcutScope : parent;
    auto add = [&](const QString &name, const QString &text, const QString &key,
                   const std::function<void()> &act) {
        auto *b = new QPushButton(QStringLiteral("%1 (%2)").arg(text, key), this);
        b->setObjectName(name);
        b->setToolTip(text + QStringLiteral("  ") + key);
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, this, act);
        auto *sc = new QShortcut(QKeySequence(key), scope ? scope : this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        sc->setWhatsThis(text); // what the shortcut list (docs/ux.md) calls it
        connect(sc, &QShortcut::activated, this, [b, act] {
            if (b->isEnabled())
                act();
        });
        return b;
    };
    m_previewButton = add(QStringLiteral("printPreviewButton"), tr("打印预览"),
                          QStringLiteral("Ctrl+Shift+P"), [this] { printPreview(); });
    m_csvButton = add(QStringLiteral("exportCsvButton"), tr("导出 CSV"),
                      QStringLiteral("Ctrl+Shift+C"), [this] { exportCsv(); });
    m_xlsxButton = add(QStringLiteral("exportXlsxButton"), tr("导出 Excel"),
                       QStringLiteral("Ctrl+Shift+E"), [this] { exportXlsx(); });
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ExportButtons::updateEnabled);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &ExportButtons::updateEnabled);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &ExportButtons::updateEnabled);
        connect(m_model, &QAbstractItemModel::columnsInserted, this, &ExportButtons::updateEnabled);
        connect(m_model, &QAbstractItemModel::columnsRemoved, this, &ExportButtons::updateEnabled);
    }
    updateEnabled();
}

void ExportButtons::updateEnabled()
{
    const bool any = m_model && m_model->columnCount() > 0;
    for (QPushButton *b : {m_previewButton, m_csvButton, m_xlsxButton})
        b->setEnabled(any);
}

void ExportButtons::printPreview()
{
    if (!m_model || m_model->columnCount() == 0)
        return;
    const TablePrint print = m_describe ? m_describe() : TablePrint{};
    QAbstractItemModel *model = m_model;
    m_preview(print.title, TablePdf::pageLayout(*model, print),
              [model, print](QPrinter &printer) { TablePdf::paint(*model, print, printer); });
}

bool ExportButtons::exportCsv()
{
    return exportAs(QStringLiteral("csv"), tr("CSV 文件（Excel 可打开）(*.csv)"));
}

bool ExportButtons::exportXlsx()
{
    return exportAs(QStringLiteral("xlsx"), tr("Excel 工作簿 (*.xlsx)"));
}

bool ExportButtons::exportAs(const QString &extension, const QString &filter)
{
    if (!m_model || m_model->columnCount() == 0)
        return false;
    const TablePrint print = m_describe ? m_describe() : TablePrint{};
    QSettings settings;
    QString dir = settings.value(LastDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(Models::TableExport::fileName(print.title, extension));
    QString path = m_choosePath(tr("导出"), suggested, filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    return exportTo(path);
}

bool ExportButtons::exportTo(const QString &path)
{
    if (!m_model)
        return false;
    const TablePrint print = m_describe ? m_describe() : TablePrint{};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto r = Models::TableExport::write(path, *m_model, document(print));
    QApplication::restoreOverrideCursor();
    if (!r) {
        emit message(r.error().message, true);
        return false;
    }
    emit message(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

} // namespace Gui
