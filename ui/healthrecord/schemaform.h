#pragma once

#include "formschema.h"

#include <QHash>
#include <QJsonObject>
#include <QTabWidget>

class QLabel;

namespace Gui {

// A paper form built from its data file (FormSchema): one tab per section. Numeric fields are
// checked against the clinical ranges as the doctor types: impossible values are refused at the
// field (red), implausible ones marked for confirmation (orange), clinical flags shown.
class SchemaForm : public QTabWidget
{
    Q_OBJECT
public:
    explicit SchemaForm(const QString &schemaName, QWidget *parent = nullptr);

    QJsonObject values() const;
    void setValues(const QJsonObject &values);
    void setPatient(QChar sex, int age); // for sex- and age-dependent flags
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }
    QString fieldMessage(const QString &key) const; // the text under a field, for tests
    QList<Models::FieldCheck> checks() const { return m_checks; }
    void showChecks(const QList<Models::FieldCheck> &checks);
    const Models::FormSchema &schema() const { return m_schema; }

signals:
    void valuesChanged();

private:
    QWidget *makeWidget(const Models::FormField &f, QWidget *parent);
    void recheck();

    const Models::FormSchema &m_schema;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QLabel *> m_messages;
    QList<Models::FieldCheck> m_checks;
    QChar m_sex;
    int m_age = -1;
};

} // namespace Gui
