// jiayi-cli elderly selfcare: the 老年人生活自理能力评估表 score (JSON in, JSON out).
#include "cli.h"

#include "selfcare.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Cli;

namespace {

int selfcare(Context &c)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("input"), Text::tr("从文件读入（默认标准输入）"), QStringLiteral("file")});
    p.addOption({QStringLiteral("rules"), Text::tr("规则文件（默认内置的 elderly_selfcare.json）"),
                 QStringLiteral("file")});
    if (!parse(c, p,
               Text::tr("老年人生活自理能力评估：标准输入读 JSON（五项各为所选列 0～3），"
                        "输出总分、分级和各项得分")))
        return 2;
    c.json = true; // the contract is JSON both ways
    auto rules = Models::SelfCareRules::load(p.value(QStringLiteral("rules")));
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
    auto result = rules->scoreJson(doc.object());
    if (!result)
        return fail(c, result.error().message, 1, result.error().field);
    printJson(result->toJson());
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("elderly selfcare",
                  QT_TRANSLATE_NOOP("Cli",
                                    "老年人生活自理能力评估（标准输入读 JSON，输出总分与分级）"),
                  selfcare);
