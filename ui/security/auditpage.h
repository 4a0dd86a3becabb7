#pragma once

#include "context.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace Models {
class AuditListModel;
}

namespace Gui {

// 审计日志 (administrators): who read or changed which record, when, from which workstation,
// with the before and after; filter, export CSV, verify the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(const Context &context, QWidget *parent = nullptr);

    Models::AuditListModel *model() const { return m_model; }
    QComboBox *userFilter() const { return m_user; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void refresh();
    void exportCsv(const QString &path = {});
    void verifyChain();

private:
    void showDetail();

    const Context &m_context;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_entityId = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_status = nullptr;
    Models::AuditListModel *m_model = nullptr;
};

} // namespace Gui
