#pragma once

#include "context.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Gui {

// 备份 (administrators): take an encrypted backup now, see and verify the backups in a folder.
// Restoring replaces the open database, so it is done with the program closed (jiayi-cli restore).
class BackupPage : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPage(const Context &context, QWidget *parent = nullptr);

    static QString folderKey();
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    bool backupNow();
    void refreshList();
    void verifySelected(const QString &password = {});

private:
    const Context &m_context;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLineEdit *m_recovery = nullptr;
    QComboBox *m_suite = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gui
