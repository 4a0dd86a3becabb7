#pragma once

#include "clinicalranges.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Gui {

// The vital signs of an encounter on one row: 血压 systolic/diastolic, 脉搏, 体温. Each value is
// checked against the clinical ranges as it is typed: impossible values are refused at the field
// (red), implausible ones marked for confirmation (orange), clinical flags shown below.
class VitalSignsEdit : public QWidget
{
    Q_OBJECT
public:
    explicit VitalSignsEdit(QWidget *parent = nullptr);
    void setPatient(QChar sex, int age);
    QJsonObject values() const; // the numbers typed; a field left empty is absent
    void setValues(const QJsonObject &values);
    QLineEdit *field(const QString &key) const { return m_edits.value(key); }
    QList<QLineEdit *> fields() const; // in tab order
    QList<Models::FieldCheck> checks() const;
    QString message() const; // the text below the fields, for tests

signals:
    void changed();

private:
    void recheck();

    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_message = nullptr;
    QChar m_sex;
    int m_age = -1;
};

} // namespace Gui
