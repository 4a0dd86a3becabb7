#pragma once

#include "context.h"
#include "residentimport.h"

#include <QWizard>

class QLineEdit;
class QComboBox;
class QTableView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QLabel;
class QStandardItemModel;

namespace Gui {

// 导入居民名单: file, column mapping with a preview, dry run, import with progress and cancel,
// and a report the user can save.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, DryRunPage, ImportPage };
    ImportWizard(const Context &context, QWidget *parent = nullptr);

    void setFile(const QString &path); // tests and drag-and-drop
    const Models::ImportReport &report() const { return m_report; }
    Models::ImportMapping mapping() const;
    QComboBox *mappingCombo(int column) const { return m_combos.value(column); }
    bool imported() const { return m_done; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    bool loadFile();
    void buildMapping();
    void runDryRun();
    void runImport();
    void saveReport();

    const Context &m_context;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileInfo = nullptr;
    QWidget *m_mappingBox = nullptr;
    QList<QComboBox *> m_combos;
    QComboBox *m_village = nullptr;
    QTableView *m_preview = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QPlainTextEdit *m_dryText = nullptr;
    QProgressBar *m_dryProgress = nullptr;
    QPushButton *m_dryStop = nullptr;
    QPlainTextEdit *m_importText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    Models::Table m_table;
    Models::ImportReport m_report;
    QString m_loadedPath;
    bool m_cancelRequested = false;
    bool m_done = false;
};

} // namespace Gui
