#pragma once

#include "context.h"
#include "pregnancy.h"
#include "resident.h"
#include "result.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Gui {

class FormGuard;
class MessageBanner;

// 分娩登记: date, place, outcome, discharge date, and for a live birth each baby (sex, name or
// 母亲姓名+之男/之女, birth weight and length). Saving creates the babies as residents in the
// mother's household in the same transaction (PregnancyRepository::registerBirth); the
// immunization screen then lists their birth doses. Ctrl+S saves; Esc asks before discarding.
class BirthDialog : public QDialog
{
    Q_OBJECT
public:
    BirthDialog(const Context &context, const QString &residentId, QWidget *parent = nullptr);

    QString fieldError(const QString &field) const;
    QString bannerText() const;
    QStringList createdIds() const { return m_created; }
    Models::BirthRecord draft() const;

public slots:
    void save();
    void reject() override;

private:
    void babiesChanged();
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *w);
    void showError(const Models::Error &e);

    const Context &m_context;
    QString m_residentId;
    Models::Resident m_resident;
    Models::Pregnancy m_pregnancy;
    QDateEdit *m_delivered = nullptr, *m_discharged = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_outcome = nullptr;
    QSpinBox *m_count = nullptr;
    struct Baby
    {
        QComboBox *sex;
        QLineEdit *name, *weight, *length;
        QWidget *row;
    };
    QList<Baby> m_babies;
    QStringList m_created;
    MessageBanner *m_banner = nullptr;
    QHash<QString, QLabel *> m_errors;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
