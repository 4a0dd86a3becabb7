#pragma once

#include "context.h"
#include "resident.h"
#include "residentlifecycle.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Gui {

class FormGuard;
class MessageBanner;

// The resident's lifecycle in one dialog: 登记死亡 (date, cause), 迁出 (date, destination),
// 注销档案 (date, why), 迁入登记 (date, from where) and, for administrators, 撤销（恢复档案）(why).
// Each field shows its own message; before anything is stored a confirmation names what will
// be closed ("将终止 1 份签约、关闭 高血压 管理登记"). Keyboard only: Alt+K/D/R reach the fields,
// Ctrl+S records, Esc asks before discarding what was typed (FormGuard).
class LifeEventDialog : public QDialog
{
    Q_OBJECT
public:
    LifeEventDialog(const Context &context, const QString &residentId, Models::LifeEventKind kind,
                    QWidget *parent = nullptr);

    Models::LifeEventKind kind() const;
    void setKind(Models::LifeEventKind kind);
    QString fieldError(const QString &field) const; // the message shown at a field, for tests
    QString consequenceText() const;                // what recording would close, as shown
    // The question asked before recording (tests read it; the dialog asks it in save()).
    QString confirmationText() const;
    // Tests answer the confirmation themselves; unset, a message box asks.
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

public slots:
    void save();
    void reject() override;

private:
    void kindChanged();
    void refreshPreview();
    void clearErrors();
    void showError(const Models::Error &e);
    Models::LifeRequest request() const;
    QWidget *addField(QFormLayout *form, const QString &field, QLabel *label, QWidget *w);

    const Context &m_context;
    QString m_residentId;
    Models::Resident m_resident;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_detail = nullptr;
    QLabel *m_dateLabel = nullptr, *m_detailLabel = nullptr;
    QLabel *m_consequence = nullptr;
    MessageBanner *m_banner = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_widgets;
    QVector<Models::OpenItem> m_open;
    FormGuard *m_guard = nullptr;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Gui
