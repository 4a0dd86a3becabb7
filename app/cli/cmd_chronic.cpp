// jiayi-cli chronic worklist | indicators | target
#include "cli.h"

#include "chronicrepository.h"
#include "chronicrules.h"
#include "chronicworklist.h"

#include <QJsonArray>

using namespace Cli;

namespace {

const QString Conn = QStringLiteral("cli");

bool loadRules(Context &c, const QCommandLineParser &p, Models::ChronicRuleSet &out)
{
    auto rules = Models::ChronicRuleSet::load(p.value(QStringLiteral("rules")));
    if (!rules) {
        fail(c, rules.error().message, 1, QStringLiteral("rules"));
        return false;
    }
    out = *rules;
    return true;
}

void addCommon(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("village"), Text::tr("只看该村（12位区划代码）"), QStringLiteral("code")});
    p.addOption({QStringLiteral("doctor"), Text::tr("只看该医生"), QStringLiteral("id")});
    p.addOption({QStringLiteral("programme"), Text::tr("hypertension 或 diabetes（默认两者）"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("rules"), Text::tr("规则集名称"), QStringLiteral("name"),
                 QStringLiteral("nbphs2017")});
}

int worklist(Context &c)
{
    QCommandLineParser p;
    addCommon(p);
    p.addOption({QStringLiteral("kind"),
                 Text::tr("due-week、due-month、overdue、due-by-week、not-seen-quarter、lost 或 "
                          "open（默认 overdue）"),
                 QStringLiteral("kind"), QStringLiteral("overdue")});
    p.addOption({QStringLiteral("today"), Text::tr("按该日期计算（YYYY-MM-DD，默认今天）"),
                 QStringLiteral("date")});
    if (!parse(c, p, Text::tr("慢病随访工作清单")))
        return 2;
    Models::WorklistFilter f;
    const auto kind = Models::worklistKindFromCode(p.value(QStringLiteral("kind")));
    if (!kind)
        return fail(c, Text::tr("未知的清单类型：%1").arg(p.value(QStringLiteral("kind"))), 2,
                    QStringLiteral("kind"));
    f.kind = *kind;
    if (p.isSet(QStringLiteral("today"))) {
        f.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!f.today.isValid())
            return fail(c, Text::tr("日期格式应为 YYYY-MM-DD"), 2, QStringLiteral("today"));
    }
    f.villageCode = p.value(QStringLiteral("village"));
    f.doctorId = p.value(QStringLiteral("doctor"));
    f.programme = p.value(QStringLiteral("programme"));
    Models::ChronicRuleSet rules = Models::ChronicRuleSet::active();
    if (!loadRules(c, p, rules))
        return 1;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto rows = Models::chronicWorklist(Conn, Models::Scope::administrator(), f, rules);
    if (!rows)
        return fail(c, rows.error().message, 1, rows.error().field);
    if (c.json) {
        QJsonArray a;
        for (const auto &r : *rows)
            a.append(r.toJson());
        printJson(QJsonObject{{QStringLiteral("kind"), Models::worklistKindCode(f.kind)},
                              {QStringLiteral("today"), f.today.toString(Qt::ISODate)},
                              {QStringLiteral("count"), int(rows->size())},
                              {QStringLiteral("rows"), a}});
        return 0;
    }
    printLine(Text::tr("%1：%2 人").arg(Models::worklistKindLabel(f.kind)).arg(rows->size()));
    for (const auto &r : *rows)
        printLine(
            QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(r.name, r.villageName, Models::programmeLabel(r.programme),
                     r.lastVisit.toString(Qt::ISODate), r.nextDue.toString(Qt::ISODate),
                     r.daysOverdue > 0 ? Text::tr("逾期 %1 天").arg(r.daysOverdue) : QString()));
    return 0;
}

int indicators(Context &c)
{
    QCommandLineParser p;
    addCommon(p);
    p.addOption({QStringLiteral("year"), Text::tr("年份（默认今年）"), QStringLiteral("year")});
    p.addOption({QStringLiteral("lists"), Text::tr("同时输出分子和分母名单")});
    if (!parse(c, p, Text::tr("慢病管理指标：管理率、规范管理率、控制率")))
        return 2;
    Models::IndicatorFilter f;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        f.year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return fail(c, Text::tr("年份不正确"), 2, QStringLiteral("year"));
    }
    f.villageCode = p.value(QStringLiteral("village"));
    f.doctorId = p.value(QStringLiteral("doctor"));
    f.programme = p.value(QStringLiteral("programme"));
    Models::ChronicRuleSet rules = Models::ChronicRuleSet::active();
    if (!loadRules(c, p, rules))
        return 1;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto list = Models::chronicIndicators(Conn, Models::Scope::administrator(), f, rules);
    if (!list)
        return fail(c, list.error().message, 1, list.error().field);
    if (c.json) {
        QJsonArray a;
        for (const auto &i : *list)
            a.append(i.toJson(p.isSet(QStringLiteral("lists"))));
        printJson(QJsonObject{
            {QStringLiteral("year"), f.year},
            {QStringLiteral("rule_set"), rules.name() + QLatin1Char('/') + rules.version()},
            {QStringLiteral("indicators"), a}});
        return 0;
    }
    for (const auto &i : *list)
        printLine(QStringLiteral("%1  %2/%3  %4")
                      .arg(i.label)
                      .arg(i.numerator)
                      .arg(i.denominator ? QString::number(i.denominator) : QStringLiteral("—"))
                      .arg(i.rate() ? QString::number(*i.rate(), 'f', 1) + QLatin1Char('%')
                                    : Text::tr("（未设定应管理人数）")));
    return 0;
}

int target(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("programme"), Text::tr("hypertension 或 diabetes"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("year"), Text::tr("年份"), QStringLiteral("year")});
    p.addOption({QStringLiteral("village"), Text::tr("村（12位区划代码；不填为全库）"),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("population"), Text::tr("辖区应管理患者数"), QStringLiteral("n")});
    if (!parse(c, p, Text::tr("设定管理率的分母：辖区应管理患者数")))
        return 2;
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return fail(c, Text::tr("年份不正确"), 2, QStringLiteral("year"));
    const int population = p.value(QStringLiteral("population")).toInt(&ok);
    if (!ok)
        return fail(c, Text::tr("应管理人数应为正整数"), 2, QStringLiteral("population"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto r = Models::ChronicRepository(Conn).setTargetPopulation(
        Models::Scope::administrator(), p.value(QStringLiteral("programme")), year,
        p.value(QStringLiteral("village")), population);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("ok"), true}});
    else
        printLine(Text::tr("已设定"));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("chronic worklist",
                  QT_TRANSLATE_NOOP("Cli",
                                    "慢病随访工作清单（--db PATH --kind overdue|due-week|...）"),
                  worklist);
JIAYI_CLI_COMMAND("chronic indicators",
                  QT_TRANSLATE_NOOP("Cli", "慢病管理指标（--db PATH --year N）"), indicators);
JIAYI_CLI_COMMAND("chronic target", QT_TRANSLATE_NOOP("Cli", "设定辖区应管理患者数（管理率分母）"),
                  target);
