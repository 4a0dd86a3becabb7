// jiayi-cli tcm constitution: the nine constitutions of the 33-question TCM form (JSON in/out).
#include "cli.h"

#include "tcmconstitution.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Cli;

namespace {

int constitution(Context &c)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("input"), Text::tr("从文件读入（默认标准输入）"), QStringLiteral("file")});
    p.addOption({QStringLiteral("rules"), Text::tr("规则文件（默认内置的 tcm_constitution.json）"),
                 QStringLiteral("file")});
    if (!parse(c, p,
               Text::tr("老年人中医体质辨识：标准输入读 JSON（33 题各 1～5，可给 bmi、waist_cm），"
                        "输出九种体质的原始分与判定")))
        return 2;
    c.json = true;
    auto rules = Models::TcmRules::load(p.value(QStringLiteral("rules")));
    if (!rules)
        return fail(c, rules.error().message, 1, QStringLiteral("rules"));
    QFile in;
    const bool opened =
        p.isSet(QStringLiteral("input"))
            ? (in.setFileName(p.value(QStringLiteral("input"))), in.open(QIODevice::ReadOnly))
            : in.open(stdin, QIODevice::ReadOnly);
    if (!opened)
        return fail(c, Text::tr("无法读取输入"), 1, QStringLiteral("input"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (!doc.isObject())
        return fail(c, Text::tr("输入不是 JSON 对象：%1").arg(pe.errorString()), 1);
    auto input = rules->inputFromJson(doc.object());
    if (!input)
        return fail(c, input.error().message, 1, input.error().field);
    auto result = rules->assess(*input);
    if (!result)
        return fail(c, result.error().message, 1, result.error().field);
    printJson(result->toJson());
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("tcm constitution",
                  QT_TRANSLATE_NOOP("Cli",
                                    "中医体质辨识（标准输入读 33 题答案 JSON，输出九种体质判定）"),
                  constitution);
