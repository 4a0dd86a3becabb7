#pragma once

#include "context.h"
#include "referralrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace Gui {

class MessageBanner;

// A resident's referrals (服务项目 → 双向转诊): the list with status and outcome due date;
// 新建转诊 (Ctrl+N) opens the up-referral form, 更新状态 (Enter) records the answer: accepted,
// refused with the reason, the return slip, or closed.
class ReferralListDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralListDialog(const Context &context, const QString &residentId,
                       QWidget *parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void reload();
    void create();
    void updateSelected();
    void printSelected();

    Context m_context;
    QString m_residentId;
    QVector<Models::Referral> m_rows;
    QStandardItemModel *m_model;
    QTableView *m_view;
    MessageBanner *m_message;
    bool m_changed = false;
};

// The answer to one referral: status, refusal reason, or the return slip (回转单).
class ReferralStatusDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralStatusDialog(const Context &context, const Models::Referral &referral,
                         QWidget *parent = nullptr);

private:
    void actionChanged();
    void save();

    Context m_context;
    Models::Referral m_referral;
    QComboBox *m_action;
    QLineEdit *m_note;
    QGroupBox *m_returnBox;
    QDateEdit *m_returned;
    QLineEdit *m_diagnosis, *m_inpatient;
    QPlainTextEdit *m_results, *m_plan;
    MessageBanner *m_error;
};

} // namespace Gui
