#pragma once

#include "tablepdf.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QPrinter;
class QPushButton;

namespace Gui {

// 打印预览, 导出 CSV and 导出 Excel for any list or table of the workstation: give it the model
// the view shows and a function that says what goes around it (title, header lines); the print
// preview comes first (print or save as PDF from there), the files are written as the model
// shows (models/reports/tableexport.h, ui/print/tablepdf.h). Keys: Ctrl+Shift+P, Ctrl+Shift+C,
// Ctrl+Shift+E, working while the focus is inside `shortcutScope` (the list's page or widget),
// so two lists on two tabs never fight over them.
class ExportButtons : public QWidget
{
    Q_OBJECT
public:
    using Describe = std::function<TablePrint()>;
    ExportButtons(QAbstractItemModel *model, Describe describe, QWidget *parent,
                  QWidget *shortcutScope = nullptr);

    // Where a file goes: the default asks with a save dialog (tests answer without one). An
    // empty answer cancels.
    using PathChooser = std::function<QString(const QString &caption, const QString &suggested,
                                              const QString &filter)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    // How the preview is shown: the default is the print preview dialog (tests paint instead).
    using Previewer = std::function<void(const QString &title, const QPageLayout &layout,
                                         const std::function<void(QPrinter &)> &paintPages)>;
    void setPreviewer(Previewer previewer) { m_preview = std::move(previewer); }

    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *csvButton() const { return m_csvButton; }
    QPushButton *xlsxButton() const { return m_xlsxButton; }

public slots:
    void printPreview();
    bool exportCsv();
    bool exportXlsx();
    // Writes the file named by `path` (.csv or .xlsx) without asking.
    bool exportTo(const QString &path);

signals:
    // "已导出到 …" or what went wrong, for the host's message line.
    void message(const QString &text, bool error);

private:
    bool exportAs(const QString &extension, const QString &filter);
    void updateEnabled();

    QAbstractItemModel *m_model;
    Describe m_describe;
    PathChooser m_choosePath;
    Previewer m_preview;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_xlsxButton = nullptr;
};

} // namespace Gui
