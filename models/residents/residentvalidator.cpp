#include "residentvalidator.h"

#include "codetable.h"
#include "idnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentValidator)
};

Error fieldError(const QString &field, const QString &code, const QString &message)
{
    return makeError(code, message, field);
}
} // namespace

QList<Error> ResidentValidator::validate(Resident &r, const QDate &today)
{
    QList<Error> errors;
    r.name = r.name.simplified();
    r.phone = r.phone.trimmed();
    r.address = r.address.simplified();
    r.idNumber = r.idNumber.trimmed();

    static const QRegularExpression badNameChars(
        QStringLiteral("[0-9<>\\\\/;:\"'{}\\[\\]|@#$%^&*=+_~`!?]"));
    if (r.name.isEmpty())
        errors << fieldError(QStringLiteral("name"), QStringLiteral("name.empty"),
                             Text::tr("请填写姓名"));
    else if (r.name.size() > 50)
        errors << fieldError(QStringLiteral("name"), QStringLiteral("name.long"),
                             Text::tr("姓名过长（最多50个字）"));
    else if (r.name.contains(badNameChars))
        errors << fieldError(QStringLiteral("name"), QStringLiteral("name.chars"),
                             Text::tr("姓名中不能有数字或符号"));

    if (!r.idNumber.isEmpty()) {
        const IdNumberInfo id = IdNumber::check(r.idNumber, today);
        if (!id.valid) {
            errors << fieldError(QStringLiteral("id_number"), QStringLiteral("id.") + id.reasonCode,
                                 id.reason);
        } else {
            r.idNumber = id.normalized;
            if (!r.birthDate.isValid())
                r.birthDate = id.birthDate;
            else if (r.birthDate != id.birthDate)
                errors << fieldError(QStringLiteral("birth_date"), QStringLiteral("birth.mismatch"),
                                     Text::tr("出生日期与身份证号不一致（身份证号为 %1）")
                                         .arg(id.birthDate.toString(Qt::ISODate)));
            if (r.sex.isNull())
                r.sex = id.sex;
            else if (r.sex != id.sex)
                errors << fieldError(QStringLiteral("sex"), QStringLiteral("sex.mismatch"),
                                     id.sex == QLatin1Char('M')
                                         ? Text::tr("性别与身份证号不一致（身份证号为男性）")
                                         : Text::tr("性别与身份证号不一致（身份证号为女性）"));
        }
    }

    if (r.sex != QLatin1Char('M') && r.sex != QLatin1Char('F'))
        errors << fieldError(QStringLiteral("sex"), QStringLiteral("sex.missing"),
                             Text::tr("请选择性别"));

    if (!r.birthDate.isValid())
        errors << fieldError(QStringLiteral("birth_date"), QStringLiteral("birth.missing"),
                             Text::tr("请填写有效的出生日期"));
    else if (r.birthDate > today)
        errors << fieldError(QStringLiteral("birth_date"), QStringLiteral("birth.future"),
                             Text::tr("出生日期不能晚于今天"));
    else if (r.birthDate < QDate(1880, 1, 1))
        errors << fieldError(QStringLiteral("birth_date"), QStringLiteral("birth.old"),
                             Text::tr("出生日期不合理"));

    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0[0-9]{2,3}-?[0-9]{7,8}$"));
    if (!r.phone.isEmpty() && !mobile.match(r.phone).hasMatch() &&
        !landline.match(r.phone).hasMatch())
        errors << fieldError(QStringLiteral("phone"), QStringLiteral("phone.format"),
                             Text::tr("电话号码格式不对：手机为11位数字，座机如 0731-84001234"));

    static const QRegularExpression villageRe(QStringLiteral("^[0-9]{12}$"));
    if (!villageRe.match(r.villageCode).hasMatch())
        errors << fieldError(QStringLiteral("village_code"), QStringLiteral("village.missing"),
                             Text::tr("请选择村（居委会）"));

    if (r.residenceType != 1 && r.residenceType != 2)
        errors << fieldError(QStringLiteral("residence_type"), QStringLiteral("residence.code"),
                             Text::tr("请选择常住类型"));
    if (!CodeTable::get(QStringLiteral("ethnicity")).contains(r.ethnicity))
        errors << fieldError(QStringLiteral("ethnicity"), QStringLiteral("ethnicity.code"),
                             Text::tr("民族代码无效"));
    if (!r.relation.isEmpty() && !CodeTable::get(QStringLiteral("relation")).contains(r.relation))
        errors << fieldError(QStringLiteral("relation"), QStringLiteral("relation.code"),
                             Text::tr("与户主关系代码无效"));
    if (!r.householdId.isEmpty() && r.relation.isEmpty())
        errors << fieldError(QStringLiteral("relation"), QStringLiteral("relation.missing"),
                             Text::tr("请选择与户主的关系"));
    return errors;
}

} // namespace Models
