#include "creditcode.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::CreditCode)
};

const QString Alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
} // namespace

QChar CreditCode::checkCharacter(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += int(Alphabet.indexOf(first17.at(i))) * Weights[i];
    return Alphabet.at((31 - sum % 31) % 31);
}

QString CreditCode::problem(const QString &code)
{
    if (code.isEmpty())
        return Text::tr("请填写统一社会信用代码（18 位）");
    if (code.size() != 18)
        return Text::tr("统一社会信用代码应为 18 位，现在是 %1 位").arg(code.size());
    for (int i = 0; i < code.size(); ++i)
        if (!Alphabet.contains(code.at(i)))
            return Text::tr("第 %1 位“%2”不是统一社会信用代码用的字符（数字，或除 I、O、S、V、Z "
                            "以外的大写字母）")
                .arg(i + 1)
                .arg(code.at(i));
    for (int i = 2; i < 8; ++i)
        if (!code.at(i).isDigit())
            return Text::tr("第 3-8 位是行政区划代码，应为数字");
    if (const QChar check = checkCharacter(code.left(17)); code.at(17) != check)
        return Text::tr("校验位不符，请逐位核对（按前 17 位，第 18 位应为 %1）").arg(check);
    return {};
}

} // namespace Models
