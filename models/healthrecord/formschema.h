#pragma once

#include "clinicalranges.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

// A paper form as data (resources/codes/<name>.json): sections of fields, each with a type and,
// for choices, its code list. The forms on screen, the validation of coded answers and the
// printed layout all read the same file. Every text is there in Chinese and in English
// ("label"/"label_en", options as [code, zh, en]); the accessors without a suffix give the one of
// the current language (CodeTable::english()), the stored answers are codes in both.
struct FormOption
{
    QString code;
    QString zh;
    QString en;
    QString label() const;
};

struct FormField
{
    QString key;
    QString type; // text, int, decimal, choice, multi, date, month, table
    QString labelZh, labelEn;
    QString unitZh, unitEn;
    QString noteZh, noteEn;    // hint shown under the field
    QList<FormOption> options; // choice / multi
    QList<FormField> columns;  // table: the columns of each row
    QString label() const;
    QString unit() const;
    QString note() const;
    QString labelWithUnit() const;                  // "体温（℃）", "Temperature (℃)"
    QString optionLabel(const QString &code) const; // the code itself when unknown
    // The code of an option typed by its label in either language (table cells); empty if none.
    QString optionCode(const QString &label) const;
};

struct FormSection
{
    QString key;
    QString titleZh, titleEn;
    QString tabEn; // a short English for the tab where the title is too long for one
    QList<FormField> fields;
    QString title() const;
    QString tab() const; // the tab's text: the title, or its short English
};

class FormSchema
{
public:
    static const FormSchema &get(const QString &name);
    // Reads a form file; refuses one that a user could not read in both languages: a Chinese
    // text without its English (or English that is still Chinese), no sections, bad JSON.
    static Result<FormSchema> parse(const QByteArray &json);

    QString name() const { return m_name; }
    QString title() const;
    QString version() const { return m_version; }
    const QList<FormSection> &sections() const { return m_sections; }
    const FormField *field(const QString &key) const;
    int fieldCount() const;

    // Every coded answer must be one of its field's codes (a Refuse per wrong one).
    QList<FieldCheck> checkChoices(const QJsonObject &values) const;
    // The answers of one section as readable items "label: value unit".
    static QStringList describeSection(const FormSection &section, const QJsonObject &values);
    // The answers as one line per section "【title】item；item" (timeline detail).
    QStringList describe(const QJsonObject &values) const;
    // One answer as text: code labels for choices, rows joined for tables, numbers as typed.
    static QString valueText(const FormField &field, const QJsonValue &value);

private:
    QString m_name, m_titleZh, m_titleEn, m_version;
    QList<FormSection> m_sections;
};

} // namespace Models
