#pragma once

#include "healthrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

// The ICD-10 codes used in primary care (resources/codes/icd10_primary_care.json), searchable
// by code prefix, Chinese name or pinyin initials. Matches are ranked: an exact code or name,
// then codes of the resident's registered chronic diseases, then the table's "common" weight
// (how often a primary-care clinic codes it), then how well the text matched.
struct IcdCode
{
    QString code;
    QString name;
    QString chapter;
    int weight = 0; // "common" weight, 0-100
};

class Icd10
{
public:
    static const Icd10 &get();
    QString version() const { return m_version; }
    const QList<IcdCode> &codes() const { return m_codes; }
    const IcdCode *find(const QString &code) const;
    // `preferred`: code categories ("I10", "E11") of the resident's chronic registrations.
    QList<IcdCode> search(const QString &query, int limit = 30,
                          const QStringList &preferred = {}) const;
    Diagnosis diagnosis(const IcdCode &c) const { return Diagnosis{c.code, c.name, m_version}; }

private:
    QString m_version;
    QList<IcdCode> m_codes;
    QStringList m_initials; // pinyin initials of each name, same order
};

} // namespace Models
