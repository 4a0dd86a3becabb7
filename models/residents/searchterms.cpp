#include "searchterms.h"

#include "pinyin.h"

#include <QSet>

namespace Models {

namespace {
constexpr int MaxVariants = 4; // polyphonic names: enough for 曾/单/解 surnames without blow-up

// Appends kind + text unless already there. A resident has a few dozen terms at most, so a
// linear look (most comparisons stop at the length or the kind letter) is cheaper than hashing
// every term into a set; the first occurrence keeps its place, as before.
void add(QStringList &out, char16_t kind, const QString &text)
{
    if (text.isEmpty())
        return;
    const qsizetype n = text.size() + 1;
    for (const QString &t : std::as_const(out))
        if (t.size() == n && t.front() == QChar(kind) && QStringView(t).mid(1) == text)
            return;
    QString t;
    t.reserve(n);
    t += QChar(kind);
    t += text;
    out << std::move(t);
}

QString digitsOnly(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (c.isDigit())
            out += c;
    return out;
}
} // namespace

QString reversed(const QString &s)
{
    QString r;
    r.reserve(s.size());
    for (auto it = s.crbegin(); it != s.crend(); ++it)
        r += *it;
    return r;
}

QStringList searchTermsFor(const QString &name, const QString &idNumber, const QString &phone,
                           const QString &recordNo)
{
    QStringList out;
    out.reserve(32);
    const QString n = name.simplified().remove(QLatin1Char(' '));
    add(out, SearchKind::Name, n);
    for (const QString &v : Pinyin::fullVariants(n, MaxVariants))
        add(out, SearchKind::Pinyin, v);
    for (const QString &v : Pinyin::initialVariants(n, MaxVariants))
        add(out, SearchKind::Initials, v);
    for (qsizetype i = 1; i < n.size(); ++i) {
        const QString part = n.mid(i);
        add(out, SearchKind::NamePart, part);
        for (const QString &v : Pinyin::fullVariants(part, MaxVariants))
            add(out, SearchKind::PinyinPart, v);
        for (const QString &v : Pinyin::initialVariants(part, MaxVariants))
            add(out, SearchKind::InitialsPart, v);
    }
    if (!idNumber.isEmpty()) {
        add(out, SearchKind::IdNumber, idNumber.toUpper());
        add(out, SearchKind::IdReversed, reversed(idNumber.toUpper()));
    }
    const QString p = digitsOnly(phone);
    if (!p.isEmpty())
        add(out, SearchKind::PhoneReversed, reversed(p));
    add(out, SearchKind::RecordNo, recordNo);
    return out;
}

} // namespace Models
