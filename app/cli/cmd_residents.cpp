// jiayi-cli find | id-check
#include "cli.h"

#include "codetable.h"
#include "idnumber.h"
#include "residentsearch.h"

#include <QJsonArray>

using namespace Cli;

namespace {

int find(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("village"), Text::tr("只查该村（12位区划代码）"), QStringLiteral("code")});
    p.addOption({QStringLiteral("limit"), Text::tr("最多显示条数（默认 20）"), QStringLiteral("n"),
                 QStringLiteral("20")});
    p.addPositionalArgument(
        QStringLiteral("query"),
        Text::tr("姓名、拼音、首字母、身份证号（或后4-6位）、电话（或后4位）、档案编号"));
    if (!parse(c, p, Text::tr("查找居民")))
        return 2;
    if (p.positionalArguments().isEmpty())
        return fail(c, Text::tr("请给出要查找的内容"), 2, QStringLiteral("query"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    const QString query = p.positionalArguments().join(QLatin1Char(' '));
    const Models::SearchPlan plan = Models::SearchPlan::forQuery(query);
    if (!plan.hint.isEmpty())
        return fail(c, plan.hint, 1, QStringLiteral("query"));
    Models::ResidentCursor cursor(QStringLiteral("cli"), plan, p.value(QStringLiteral("village")),
                                  Models::Scope::administrator());
    const int limit = qMax(1, p.value(QStringLiteral("limit")).toInt());
    const auto rows = Models::loadResidentRows(QStringLiteral("cli"), cursor.next(limit));
    const auto &sex = Models::CodeTable::get(QStringLiteral("sex"));
    QJsonArray out;
    for (const Models::Resident &r : rows) {
        if (c.json) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("age"), r.shownAge(QDate::currentDate()));
            out.append(o);
        } else {
            printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                          .arg(r.name, sex.label(QString(r.sex)), r.birthDate.toString(Qt::ISODate),
                               r.idNumber, r.phone, r.recordNo));
        }
    }
    if (c.json)
        printJson(out);
    else if (rows.isEmpty())
        printLine(Text::tr("没有找到匹配的居民"));
    return 0;
}

int idCheck(Context &c)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("number"), Text::tr("身份证号（18位或15位）"));
    if (!parse(c, p, Text::tr("校验身份证号（GB 11643）")))
        return 2;
    if (p.positionalArguments().size() != 1)
        return fail(c, Text::tr("请给出一个身份证号"), 2, QStringLiteral("number"));
    const auto info = Models::IdNumber::check(p.positionalArguments().first());
    if (c.json) {
        QJsonObject o{{QStringLiteral("valid"), info.valid},
                      {QStringLiteral("reason"), info.reason}};
        o.insert(QStringLiteral("normalized"), info.normalized);
        o.insert(QStringLiteral("birth_date"),
                 info.valid ? info.birthDate.toString(Qt::ISODate) : QString());
        o.insert(QStringLiteral("sex"), info.valid ? QString(info.sex) : QString());
        printJson(o);
    } else if (info.valid) {
        printLine(Text::tr("有效：%1，出生日期 %2，性别 %3")
                      .arg(info.normalized, info.birthDate.toString(Qt::ISODate),
                           Models::CodeTable::get(QStringLiteral("sex")).label(QString(info.sex))));
    } else {
        printLine(Text::tr("无效：%1").arg(info.reason));
    }
    return info.valid ? 0 : 1;
}

} // namespace

JIAYI_CLI_COMMAND("find", QT_TRANSLATE_NOOP("Cli", "查找居民（--db PATH 查询内容）"), find);
JIAYI_CLI_COMMAND("id-check", QT_TRANSLATE_NOOP("Cli", "校验身份证号（NUMBER）"), idCheck);
