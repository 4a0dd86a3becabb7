// jiayi-cli mental classify (the follow-up classification, JSON in and out; no database) and
// mental show (one patient's record, for roles with mental.read; the read is audited)
#include "cli.h"
#include "cliauth.h"

#include "mentalrepository.h"
#include "mentalrules.h"

#include <QJsonArray>

#include <QFile>
#include <QJsonDocument>

using namespace Cli;

namespace {

int classify(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("rules"),
                 Text::tr("规则集：nbphs（基本公卫规范，默认）或 norm2018（2018年工作规范）"),
                 QStringLiteral("name"), QStringLiteral("nbphs")});
    p.addOption(
        {QStringLiteral("input"), Text::tr("从文件读入（默认标准输入）"), QStringLiteral("file")});
    if (!parse(c, p,
               Text::tr("严重精神障碍随访分类：标准输入读 JSON，输出分类、下次随访天数、是否转诊")))
        return 2;
    c.json = true; // the contract is JSON both ways
    auto rules = Models::MentalRuleSet::load(p.value(QStringLiteral("rules")));
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
    auto input = Models::MentalInput::fromJson(doc.object());
    if (!input)
        return fail(c, input.error().message, 1, input.error().field);
    auto decision = rules->classify(*input);
    if (!decision)
        return fail(c, decision.error().message, 1, decision.error().field);
    printJson(decision->toJson());
    return 0;
}

int show(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("patient"), Text::tr("严重精神障碍患者管理记录编号"),
                 QStringLiteral("id")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("显示一名严重精神障碍患者的登记和随访（需要相应权限，读取留痕）")))
        return 2;
    c.json = true;
    if (!p.isSet(QStringLiteral("patient")))
        return fail(c, Text::tr("缺少 --patient 患者编号"), 2, QStringLiteral("patient"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    Models::MentalRepository repo(QStringLiteral("cli"));
    auto followups = repo.followups(*scope, p.value(QStringLiteral("patient")));
    if (!followups)
        return fail(c, followups.error().message, 1, followups.error().field);
    auto patient = repo.patient(*scope, p.value(QStringLiteral("patient")));
    if (!patient)
        return fail(c, patient.error().message, 1, patient.error().field);
    QJsonArray a;
    for (const auto &f : *followups)
        a.append(f.toJson());
    QJsonObject o = patient->toJson();
    o.insert(QStringLiteral("followups"), a);
    printJson(o);
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND(
    "mental show",
    QT_TRANSLATE_NOOP("Cli", "显示严重精神障碍患者记录（需要严重精神障碍记录权限，读取留痕）"),
    show);
JIAYI_CLI_COMMAND(
    "mental classify",
    QT_TRANSLATE_NOOP("Cli",
                      "严重精神障碍随访分类（标准输入读 JSON，输出分类、下次随访天数、是否转诊）"),
    classify);
