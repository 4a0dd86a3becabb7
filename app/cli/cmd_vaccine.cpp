// jiayi-cli vaccine plan | check | coverage
#include "cli.h"

#include "immunizationcoverage.h"
#include "vaccineplanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Cli;

namespace {

// The plan/check contract always speaks JSON on stdin/stdout (issue 4), --json or not.
bool readInput(Context &c, QJsonObject *out)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(c, Text::tr("无法读取标准输入"));
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(c, Text::tr("标准输入不是 JSON 对象：%1").arg(pe.errorString()), 2);
        return false;
    }
    *out = doc.object();
    return true;
}

int plan(Context &c)
{
    c.json = true;
    QCommandLineParser p;
    if (!parse(c, p, Text::tr("按出生日期和接种史计算免疫规划（标准输入 JSON，标准输出 JSON）")))
        return 2;
    QJsonObject in;
    if (!readInput(c, &in))
        return 2;
    QDate on;
    auto facts = Models::childFactsFromJson(in, &on);
    if (!facts)
        return fail(c, facts.error().message, 2, facts.error().field);
    const Models::Plan plan = Models::VaccinePlanner().plan(*facts, on);
    QJsonObject out = plan.toJson();
    out.insert(QStringLiteral("on"), on.toString(Qt::ISODate));
    printJson(out);
    return 0;
}

int check(Context &c)
{
    c.json = true;
    QCommandLineParser p;
    if (!parse(c, p, Text::tr("检查拟接种的一剂是否符合程序（标准输入 JSON，标准输出 JSON）")))
        return 2;
    QJsonObject in;
    if (!readInput(c, &in))
        return 2;
    auto facts = Models::childFactsFromJson(in);
    if (!facts)
        return fail(c, facts.error().message, 2, facts.error().field);
    const QJsonObject propose = in.value(QStringLiteral("propose")).toObject();
    const QString vaccine = propose.value(QStringLiteral("vaccine")).toString();
    const QDate date =
        QDate::fromString(propose.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (vaccine.isEmpty())
        return fail(c, Text::tr("请在 propose.vaccine 中给出疫苗"), 2,
                    QStringLiteral("propose.vaccine"));
    if (!date.isValid())
        return fail(c, Text::tr("propose.date 格式应为 YYYY-MM-DD"), 2,
                    QStringLiteral("propose.date"));
    const Models::CheckResult r = Models::VaccinePlanner().check(*facts, vaccine, date);
    printJson(QJsonObject{{QStringLiteral("allowed"), r.allowed},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
                          {QStringLiteral("counts_toward"), QJsonArray::fromStringList(r.counts)},
                          {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
    return r.allowed ? 0 : 3;
}

int coverage(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("village"), Text::tr("只统计该村（12位区划代码）"),
                 QStringLiteral("code")});
    p.addOption(
        {QStringLiteral("from"), Text::tr("统计期开始（默认今年1月1日）"), QStringLiteral("date")});
    p.addOption({QStringLiteral("to"), Text::tr("统计期结束（默认今天）"), QStringLiteral("date")});
    if (!parse(c, p, Text::tr("预防接种：建证率、各疫苗各剂次接种率、及时接种率、未完成儿童数")))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    const QDate today = QDate::currentDate();
    Models::CoverageQuery q;
    q.villageCode = p.value(QStringLiteral("village"));
    q.from = p.isSet(QStringLiteral("from"))
                 ? QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate)
                 : QDate(today.year(), 1, 1);
    q.to = p.isSet(QStringLiteral("to"))
               ? QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate)
               : today;
    if (!q.from.isValid() || !q.to.isValid() || q.to < q.from)
        return fail(c, Text::tr("统计期日期有误（YYYY-MM-DD，结束不早于开始）"), 2,
                    QStringLiteral("from"));
    auto r = Models::ImmunizationCoverage(QStringLiteral("cli"))
                 .compute(Models::Scope::administrator(), q);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json) {
        printJson(r->toJson());
        return 0;
    }
    printLine(
        Text::tr("统计期 %1 至 %2").arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate)));
    printLine(Text::tr("建证率：%1/%2 = %3%")
                  .arg(r->certified)
                  .arg(r->childrenDue)
                  .arg(r->certificateRate(), 0, 'f', 1));
    for (const Models::DoseCoverage &d : r->doses)
        printLine(Text::tr("%1 第%2剂：应种 %3，实种 %4，接种率 %5%，及时率 %6%")
                      .arg(d.seriesName)
                      .arg(d.dose)
                      .arg(d.due)
                      .arg(d.given)
                      .arg(d.rate(), 0, 'f', 1)
                      .arg(d.timelyRate(), 0, 'f', 1));
    printLine(Text::tr("有逾期未种剂次的儿童：%1").arg(r->childrenBehind));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("vaccine plan",
                  QT_TRANSLATE_NOOP("Cli", "免疫规划：计算儿童各剂次状态和日期（JSON）"), plan);
JIAYI_CLI_COMMAND("vaccine check", QT_TRANSLATE_NOOP("Cli", "免疫规划：检查拟接种的一剂（JSON）"),
                  check);
JIAYI_CLI_COMMAND("vaccine coverage", QT_TRANSLATE_NOOP("Cli", "预防接种率统计"), coverage);
