#pragma once

#include "context.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gui {

class FormGuard;
class MessageBanner;

// 儿童中医药健康管理服务记录 at 6-36 months: the month age (the one due today preselected), the
// services given, the technique taught at that age, the next date.
class TcmChildDialog : public QDialog
{
    Q_OBJECT

public:
    TcmChildDialog(const Context &context, const QString &residentId, const QDate &birth,
                   QWidget *parent = nullptr);
    QString savedId() const { return m_savedId; }

public slots:
    void reject() override;

private:
    void monthsChanged();
    void save();

    const Context &m_context;
    QString m_residentId;
    QDate m_birth;
    QString m_savedId;
    QComboBox *m_months = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_technique = nullptr;
    QList<QCheckBox *> m_services;
    QLineEdit *m_other = nullptr;
    QDateEdit *m_next = nullptr;
    MessageBanner *m_error = nullptr;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
