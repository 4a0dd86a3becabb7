#include "idnumber.h"

#include <QCoreApplication>

namespace Models {

namespace {

// ISO 7064 MOD 11-2 as used by GB 11643-1999 (docs/domain/identity.md 1): weight of position i is
// 2^(17-i) mod 11, and the remainder r of the weighted sum selects the check character.
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

// Identity numbers are ASCII; QChar::isDigit() would also accept other scripts' digits.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int digitsToInt(QStringView s)
{
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

IdNumberInfo invalid(const QString &code, const QString &reason)
{
    IdNumberInfo info;
    info.reasonCode = code;
    info.reason = reason;
    return info;
}

} // namespace

QChar IdNumber::checkCharacter(const QString &body17)
{
    if (body17.size() != 17 || !allDigits(body17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString IdNumber::upgrade15(const QString &legacy15)
{
    const QString s = legacy15.trimmed();
    if (s.size() != 15 || !allDigits(s))
        return {};
    // GB 11643-1989 numbers carry a 2-digit year and were only issued to people born in the
    // 1900s, so the century is always 19.
    const QString body = s.left(6) + QLatin1String("19") + s.mid(6);
    return body + checkCharacter(body);
}

IdNumberInfo IdNumber::check(const QString &input, const QDate &today)
{
    QString id = input.trimmed();
    if (id.isEmpty()) {
        return invalid(QStringLiteral("empty"),
                       QCoreApplication::translate("Models::IdNumber", "请填写身份证号"));
    }
    if (id.size() != 18 && id.size() != 15) {
        return invalid(
            QStringLiteral("length"),
            QCoreApplication::translate("Models::IdNumber", "身份证号应为18位（或15位旧号）"));
    }

    const bool legacy = id.size() == 15;
    const QStringView body = QStringView(id).left(legacy ? 15 : 17);
    const QChar last = id.back();
    if (!allDigits(body) || !(legacy || isAsciiDigit(last) || last == u'X' || last == u'x')) {
        return invalid(QStringLiteral("characters"),
                       QCoreApplication::translate("Models::IdNumber", "身份证号含有非法字符"));
    }
    id = legacy ? upgrade15(id) : id.toUpper();

    // The date is checked before the checksum: a mistyped birth date is the more useful message,
    // and "check character should be N" would tempt the user to "fix" the wrong digit.
    const QStringView date = QStringView(id).mid(6, 8);
    const QDate birth(digitsToInt(date.left(4)), digitsToInt(date.mid(4, 2)),
                      digitsToInt(date.mid(6, 2)));
    if (!birth.isValid()) {
        return invalid(
            QStringLiteral("date"),
            QCoreApplication::translate("Models::IdNumber", "身份证号中的出生日期不存在"));
    }
    if (birth < QDate(1880, 1, 1)) {
        return invalid(
            QStringLiteral("date"),
            QCoreApplication::translate("Models::IdNumber", "身份证号中的出生日期早于1880年"));
    }
    if (today.isValid() && birth > today) {
        return invalid(
            QStringLiteral("future"),
            QCoreApplication::translate("Models::IdNumber", "身份证号中的出生日期晚于今天"));
    }

    const QChar expected = checkCharacter(id.left(17));
    if (id.back() != expected) {
        return invalid(
            QStringLiteral("checksum"),
            QCoreApplication::translate("Models::IdNumber", "身份证号校验位错误，应为 %1")
                .arg(expected));
    }

    IdNumberInfo info;
    info.valid = true;
    info.normalized = id;
    info.birthDate = birth;
    info.sex = (id[16].unicode() - u'0') % 2 == 1 ? QLatin1Char('M') : QLatin1Char('F');
    info.countyCode = id.left(6);
    return info;
}

} // namespace Models
