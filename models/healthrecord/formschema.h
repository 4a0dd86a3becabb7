#pragma once

#include "clinicalranges.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

// A paper form as data (resources/codes/<name>.json): sections of fields, each with a type and,
// for choices, its code list. The forms on screen, the validation of coded answers and the
// printed layout all read the same file.
struct FormOption
{
    QString code;
    QString label;
};

struct FormField
{
    QString key;
    QString label;
    QString type; // text, int, decimal, choice, multi, date, month, table
    QString unit;
    QString note;              // hint shown under the field
    QList<FormOption> options; // choice / multi
    QList<FormField> columns;  // table: the columns of each row
    QString optionLabel(const QString &code) const;
};

struct FormSection
{
    QString key;
    QString title;
    QList<FormField> fields;
};

class FormSchema
{
public:
    static const FormSchema &get(const QString &name);
    QString name() const { return m_name; }
    QString title() const { return m_title; }
    QString version() const { return m_version; }
    const QList<FormSection> &sections() const { return m_sections; }
    const FormField *field(const QString &key) const;
    int fieldCount() const;

    // Every coded answer must be one of its field's codes (a Refuse per wrong one).
    QList<FieldCheck> checkChoices(const QJsonObject &values) const;
    // The answers as readable lines "label: value unit" (timeline detail, print).
    QStringList describe(const QJsonObject &values) const;
    // One answer as text: code labels for choices, rows joined for tables, numbers as typed.
    static QString valueText(const FormField &field, const QJsonValue &value);

private:
    QString m_name, m_title, m_version;
    QList<FormSection> m_sections;
};

} // namespace Models
