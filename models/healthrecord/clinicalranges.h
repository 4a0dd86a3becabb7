#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Models {

// The outcome of checking one value of a clinical form against docs/domain/health-record.md 4
// (resources/rules/clinical_ranges.json).
struct FieldCheck
{
    enum Severity { Refuse, Confirm, Emergency, Abnormal, Info };
    QString field;
    Severity severity = Info;
    QString message; // translated
    bool blocks() const { return severity == Refuse; }
};

class ClinicalRanges
{
public:
    static const ClinicalRanges &get();
    QString version() const { return m_version; }
    bool knows(const QString &field) const { return m_fields.contains(field); }
    QString unit(const QString &field) const { return m_fields.value(field).unit; }
    int decimals(const QString &field) const { return m_fields.value(field).decimals; }
    // Hard limits of a field (NaN when none), for editors to refuse at the field.
    double hardMin(const QString &field) const;
    double hardMax(const QString &field) const;

    // One value: hard limits (Refuse), plausible range (Confirm), then the first matching
    // clinical flag. `age` < 0 when unknown.
    QList<FieldCheck> checkValue(const QString &field, double value, QChar sex, int age) const;
    // A whole form of numeric values: every field plus the cross-field rules (SBP > DBP...),
    // with BMI computed from height and weight when both are there.
    QList<FieldCheck> checkForm(const QJsonObject &values, QChar sex, int age) const;

    static double bmi(double heightCm, double weightKg); // NaN when not computable

private:
    struct Range
    {
        QString unit;
        int decimals = 1;
        double hardMin, hardMax, plausibleMin, plausibleMax, childMin, childMax;
    };
    struct Flag
    {
        QString field;
        double min, max;
        QChar sex;
        int minAge = -1, maxAge = -1;
        FieldCheck::Severity level;
        QString message;
    };
    struct Cross
    {
        QString rule, field, other, message;
    };
    QString m_version;
    QHash<QString, Range> m_fields;
    QList<Flag> m_flags;
    QList<Cross> m_cross;
};

} // namespace Models
