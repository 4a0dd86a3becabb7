#pragma once

#include <QString>

namespace Models {

// The 统一社会信用代码 (unified social credit code, GB 32100-2015) that identifies a clinic: 18
// characters from 0-9 and the capitals without I, O, Z, S, V; characters 3-8 the administrative
// division; the last one a check character over the first 17 (weights 3^i mod 31).
class CreditCode
{
public:
    // Empty when `code` is a valid code; otherwise why not, translated.
    static QString problem(const QString &code);
    // The check character of the first 17 characters (which must be from the code's alphabet).
    static QChar checkCharacter(const QString &first17);
};

} // namespace Models
