// jiayi-cli followup classify: the follow-up rules for other systems (JSON in, JSON out).
#include "cli.h"

#include "chronicrules.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Cli;

namespace {

int classify(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("rules"),
                 Text::tr("规则集名称（如 nbphs2017、guideline2025）或 JSON 文件"),
                 QStringLiteral("name"), QStringLiteral("nbphs2017")});
    p.addOption(
        {QStringLiteral("no-elderly-target"), Text::tr("不使用 65 岁及以上 150/90 的目标")});
    p.addOption(
        {QStringLiteral("input"), Text::tr("从文件读入（默认标准输入）"), QStringLiteral("file")});
    if (!parse(c, p, Text::tr("按慢病随访规则为一次随访分类：标准输入读 JSON，输出 JSON")))
        return 2;
    c.json = true; // the contract is JSON both ways
    auto loaded = Models::ChronicRuleSet::load(p.value(QStringLiteral("rules")));
    if (!loaded)
        return fail(c, loaded.error().message, 1, QStringLiteral("rules"));
    Models::ChronicRuleSet rules = *loaded;
    if (p.isSet(QStringLiteral("no-elderly-target")))
        rules.setOption(QStringLiteral("elderly_target"), false);
    QFile in;
    bool opened =
        p.isSet(QStringLiteral("input"))
            ? (in.setFileName(p.value(QStringLiteral("input"))), in.open(QIODevice::ReadOnly))
            : in.open(stdin, QIODevice::ReadOnly);
    if (!opened)
        return fail(c, Text::tr("无法读取输入"), 1, QStringLiteral("input"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (!doc.isObject())
        return fail(c, Text::tr("输入不是 JSON 对象：%1").arg(pe.errorString()), 1);
    auto input = Models::ClassifyInput::fromJson(doc.object());
    if (!input)
        return fail(c, input.error().message, 1, input.error().field);
    auto decision = rules.classify(*input);
    if (!decision)
        return fail(c, decision.error().message, 1, decision.error().field);
    printJson(decision->toJson());
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND(
    "followup classify",
    QT_TRANSLATE_NOOP("Cli", "随访分类（标准输入读 JSON，输出分类、危急、转诊、下次随访日期）"),
    classify);
