// jiayi-cli contracts expiring | unsigned-key | indicators
#include "cli.h"

#include "arearepository.h"
#include "codetable.h"
#include "contractindicators.h"
#include "contractrules.h"
#include "contractworklists.h"
#include "teamrepository.h"

#include <QJsonArray>

using namespace Cli;

namespace {

const QString Conn = QStringLiteral("cli");

void addCommon(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("village"), Text::tr("只看该村（12位区划代码）"), QStringLiteral("code")});
    p.addOption(
        {QStringLiteral("team"), Text::tr("只看该团队（团队名称或编号）"), QStringLiteral("team")});
}

bool readDate(const Context &c, const QCommandLineParser &p, const QString &name, QDate &out)
{
    if (!p.isSet(name))
        return true;
    out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out.isValid()) {
        fail(c, Text::tr("日期格式应为 YYYY-MM-DD：%1").arg(p.value(name)), 2, name);
        return false;
    }
    return true;
}

// Accepts a team id or its exact name; empty stays empty.
bool resolveTeam(const Context &c, const QCommandLineParser &p, QString &teamId)
{
    const QString wanted = p.value(QStringLiteral("team"));
    if (wanted.isEmpty())
        return true;
    auto teams = Models::TeamRepository(Conn).teams(Models::Scope::administrator(), false);
    if (teams)
        for (const Models::Team &t : *teams)
            if (t.id == wanted || t.name == wanted) {
                teamId = t.id;
                return true;
            }
    fail(c, Text::tr("找不到签约团队：%1").arg(wanted), 1, QStringLiteral("team"));
    return false;
}

QString tagLabels(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags)
        if (const auto *k = Models::ContractRules::get().keyPopulation(t))
            out << k->label();
    return out.join(QStringLiteral("、"));
}

int printRows(const Context &c, const QVector<Models::WorkRow> &rows, const QString &title,
              const std::function<QString(const Models::WorkRow &)> &line)
{
    const QDate today = QDate::currentDate();
    if (c.json) {
        QJsonArray a;
        for (const Models::WorkRow &w : rows)
            a.append(w.toJson(today));
        printJson(QJsonObject{{QStringLiteral("count"), rows.size()}, {QStringLiteral("rows"), a}});
        return 0;
    }
    printLine(title.arg(rows.size()));
    for (const Models::WorkRow &w : rows)
        printLine(line(w));
    return 0;
}

int expiring(Context &c)
{
    QCommandLineParser p;
    addCommon(p);
    p.addOption(
        {QStringLiteral("from"), Text::tr("到期日期从（默认本月1日）"), QStringLiteral("date")});
    p.addOption(
        {QStringLiteral("to"), Text::tr("到期日期到（默认本月末）"), QStringLiteral("date")});
    if (!parse(c, p, Text::tr("列出在期间内到期、尚未续约的签约（按村、团队排列）")))
        return 2;
    const QDate today = QDate::currentDate();
    QDate from(today.year(), today.month(), 1), to = from.addMonths(1).addDays(-1);
    if (!readDate(c, p, QStringLiteral("from"), from) || !readDate(c, p, QStringLiteral("to"), to))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    QString team;
    if (!resolveTeam(c, p, team))
        return 1;
    auto rows = Models::ContractWorkLists(Conn).expiring(Models::Scope::administrator(), from, to,
                                                         p.value(QStringLiteral("village")), team);
    if (!rows)
        return fail(c, rows.error().message);
    return printRows(
        c, *rows,
        Text::tr("%1 至 %2 到期未续约：%3 人")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), QStringLiteral("%1")),
        [](const Models::WorkRow &w) {
            return QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(w.villageName, w.teamName, w.residentName, w.phone,
                     w.endDate.toString(Qt::ISODate), w.contractNo);
        });
}

int unsignedKey(Context &c)
{
    QCommandLineParser p;
    addCommon(p);
    p.addOption(
        {QStringLiteral("date"), Text::tr("按该日判断（默认今天）"), QStringLiteral("date")});
    if (!parse(c, p, Text::tr("列出尚未签约的重点人群居民")))
        return 2;
    QDate day = QDate::currentDate();
    if (!readDate(c, p, QStringLiteral("date"), day))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    QString team;
    if (!resolveTeam(c, p, team))
        return 1;
    auto rows = Models::ContractWorkLists(Conn).unsignedKey(
        Models::Scope::administrator(), day, p.value(QStringLiteral("village")), team);
    if (!rows)
        return fail(c, rows.error().message);
    const auto &sex = Models::CodeTable::get(QStringLiteral("sex"));
    return printRows(c, *rows, Text::tr("未签约的重点人群：%1 人"), [&](const Models::WorkRow &w) {
        return QStringLiteral("%1  %2  %3  %4  %5  %6")
            .arg(w.villageName, w.residentName, sex.label(w.sex), w.birthDate.toString(Qt::ISODate),
                 w.phone, tagLabels(w.tags));
    });
}

QJsonObject indicatorsJson(const Models::ContractIndicatorValues &v)
{
    return v.toJson();
}

int indicators(Context &c)
{
    QCommandLineParser p;
    addCommon(p);
    p.addOption({QStringLiteral("from"), Text::tr("统计期间开始（默认今年1月1日）"),
                 QStringLiteral("date")});
    p.addOption(
        {QStringLiteral("to"), Text::tr("统计期间结束（默认今天）"), QStringLiteral("date")});
    if (!parse(c, p, Text::tr("签约率、重点人群签约率、续约率、履约（任务完成）率，分子分母明示")))
        return 2;
    const QDate today = QDate::currentDate();
    Models::IndicatorFilter f{
        QDate(today.year(), 1, 1), today, p.value(QStringLiteral("village")), {}};
    if (!readDate(c, p, QStringLiteral("from"), f.from) ||
        !readDate(c, p, QStringLiteral("to"), f.to))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    if (!resolveTeam(c, p, f.teamId))
        return 1;
    auto v = Models::ContractIndicators(Conn).compute(Models::Scope::administrator(), f);
    if (!v)
        return fail(c, v.error().message, 1, v.error().field);
    if (c.json) {
        printJson(indicatorsJson(*v));
        return 0;
    }
    auto pct = [](double x) { return QString::number(x, 'f', 1) + QLatin1Char('%'); };
    printLine(Text::tr("统计期间：%1 至 %2")
                  .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    printLine(Text::tr("签约率：%1（%2 / %3，分母 = 所选范围内在册居民）")
                  .arg(pct(v->signRate()))
                  .arg(v->signedResidents)
                  .arg(v->population));
    printLine(
        Text::tr("重点人群签约率：%1（%2 / %3，分母 = 期末属于重点人群的居民，而非全部签约居民）")
            .arg(pct(v->keySignRate()))
            .arg(v->keySigned)
            .arg(v->keyPopulation));
    for (const Models::CategoryCount &k : v->categories)
        printLine(QStringLiteral("    %1：%2 / %3").arg(k.label).arg(k.signedCount).arg(k.total));
    printLine(Text::tr("续约率：%1（%2 / %3，分母 = 期间内到期且未解约的协议）")
                  .arg(pct(v->renewalRate()))
                  .arg(v->contractsRenewed)
                  .arg(v->contractsEnded));
    printLine(Text::tr("任务完成率：%1（%2 / %3，分母 = 期间内应完成的服务任务）")
                  .arg(pct(v->taskCompletion()))
                  .arg(v->tasksDone)
                  .arg(v->tasksDue));
    printLine(Text::tr("全部任务完成的协议：%1（%2 / %3）")
                  .arg(pct(v->contractCompletion()))
                  .arg(v->contractsAllTasksDone)
                  .arg(v->contractsWithTasks));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("contracts expiring",
                  QT_TRANSLATE_NOOP("Cli",
                                    "到期未续约的签约（--db PATH [--from --to --village --team]）"),
                  expiring);
JIAYI_CLI_COMMAND("contracts unsigned-key",
                  QT_TRANSLATE_NOOP("Cli",
                                    "未签约的重点人群（--db PATH [--date --village --team]）"),
                  unsignedKey);
JIAYI_CLI_COMMAND("contracts indicators",
                  QT_TRANSLATE_NOOP("Cli", "签约指标（--db PATH [--from --to --village --team]）"),
                  indicators);
