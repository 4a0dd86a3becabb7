#include "searchterms.h"

#include "pinyin.h"

#include <QSet>

namespace Models {

namespace {
constexpr int MaxVariants = 4; // polyphonic names: enough for 曾/单/解 surnames without blow-up

void add(QStringList &out, QSet<QString> &seen, char16_t kind, const QString &text)
{
    if (text.isEmpty())
        return;
    QString t = QChar(kind) + text;
    if (!seen.contains(t)) {
        seen.insert(t);
        out << std::move(t);
    }
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
    QSet<QString> seen;
    const QString n = name.simplified().remove(QLatin1Char(' '));
    add(out, seen, SearchKind::Name, n);
    for (const QString &v : Pinyin::fullVariants(n, MaxVariants))
        add(out, seen, SearchKind::Pinyin, v);
    for (const QString &v : Pinyin::initialVariants(n, MaxVariants))
        add(out, seen, SearchKind::Initials, v);
    for (qsizetype i = 1; i < n.size(); ++i) {
        const QString part = n.mid(i);
        add(out, seen, SearchKind::NamePart, part);
        for (const QString &v : Pinyin::fullVariants(part, MaxVariants))
            add(out, seen, SearchKind::PinyinPart, v);
        for (const QString &v : Pinyin::initialVariants(part, MaxVariants))
            add(out, seen, SearchKind::InitialsPart, v);
    }
    if (!idNumber.isEmpty()) {
        add(out, seen, SearchKind::IdNumber, idNumber.toUpper());
        add(out, seen, SearchKind::IdReversed, reversed(idNumber.toUpper()));
    }
    const QString p = digitsOnly(phone);
    if (!p.isEmpty())
        add(out, seen, SearchKind::PhoneReversed, reversed(p));
    add(out, seen, SearchKind::RecordNo, recordNo);
    return out;
}

} // namespace Models
