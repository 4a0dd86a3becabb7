#pragma once

#include <QString>
#include <QStringList>

namespace Models {

// The search index stores, per resident, a set of terms; each term is a kind letter and a text.
// Lookups are exact or prefix range scans over (term, rid), so the order of kinds and the
// choice of what is stored reversed decide what each query form finds (docs/decisions.md).
namespace SearchKind {
constexpr char16_t Name = u'N'; // whole name
constexpr char16_t NamePart =
    u'n';                         // each proper suffix of the name (substring = prefix of a suffix)
constexpr char16_t Pinyin = u'P'; // full pinyin of the whole name, every reading
constexpr char16_t PinyinPart = u'p';    // full pinyin of each proper suffix
constexpr char16_t Initials = u'I';      // initials of the whole name
constexpr char16_t InitialsPart = u'i';  // initials of each proper suffix
constexpr char16_t IdNumber = u'D';      // identity number, forward (prefix search)
constexpr char16_t IdReversed = u'd';    // identity number reversed (last 4-6 digits)
constexpr char16_t PhoneReversed = u't'; // phone digits reversed (whole or last 4)
constexpr char16_t RecordNo = u'R';      // health-record number, forward
} // namespace SearchKind

QStringList searchTermsFor(const QString &name, const QString &idNumber, const QString &phone,
                           const QString &recordNo);

QString reversed(const QString &s);

} // namespace Models
