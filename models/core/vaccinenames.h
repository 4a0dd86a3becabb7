#pragma once

#include <QString>

namespace Models {

// One set of vaccine names for every screen and print: the product names of the national
// programme data (resources/rules/nip_*.json "products", name_zh), keyed by the product
// abbreviation that records store (HepB, DTaP-IPV/Hib ...). English shows the abbreviation.
class VaccineNames
{
public:
    static QString name(const QString &abbr);         // 乙肝疫苗; unknown products as they are
    static QString nameWithCode(const QString &abbr); // 乙肝疫苗（HepB）
};

} // namespace Models
