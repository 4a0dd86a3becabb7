#pragma once

#include "healthrecord.h"

#include <QList>
#include <QString>

namespace Models {

// The ICD-10 codes used in primary care (resources/codes/icd10_primary_care.json), searchable
// by code prefix, Chinese name or pinyin initials.
struct IcdCode
{
    QString code;
    QString name;
    QString chapter;
};

class Icd10
{
public:
    static const Icd10 &get();
    QString version() const { return m_version; }
    const QList<IcdCode> &codes() const { return m_codes; }
    const IcdCode *find(const QString &code) const;
    QList<IcdCode> search(const QString &query, int limit = 30) const;
    Diagnosis diagnosis(const IcdCode &c) const { return Diagnosis{c.code, c.name, m_version}; }

private:
    QString m_version;
    QList<IcdCode> m_codes;
    QStringList m_initials; // pinyin initials of each name, same order
};

} // namespace Models
