#pragma once

#include "context.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QComboBox;
class QTableView;
class QLabel;
class QPushButton;

namespace Models {
class ResidentListModel;
}

namespace Gui {

// 居民档案: one search box, a village filter and the lazily loaded residents table.
class ResidentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentsPage(const Context &context, QWidget *parent = nullptr);

    // Opens a resident's record screen (modal) and says whether anything in it changed. The
    // record lives in ui/healthrecord, above this folder, so the shell installs the opener.
    using RecordOpener = std::function<bool(const QString &residentId, QWidget *parent)>;
    void setRecordOpener(RecordOpener opener) { m_openRecord = std::move(opener); }

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    Models::ResidentListModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void newResident();
    void editCurrent(); // opens the resident screen (the editor is reached from there)
    void importList();
    // 导入居民名单 with the file chosen already (the setup wizard's resident list).
    void importFile(const QString &path);
    void openResident(const QString &residentId);

private:
    void updateStatus();
    void loadVillages();
    void openEditor(const QString &residentId);

    const Context &m_context;
    QLineEdit *m_search = nullptr;
    QComboBox *m_village = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_duplicatesButton = nullptr;
    QPushButton *m_transfersButton = nullptr; // shown while requests wait for this user
    void updateTransfers();
    Models::ResidentListModel *m_model = nullptr;
    RecordOpener m_openRecord;
};

} // namespace Gui
