// jiayi-cli report (--indicator NAME | --all) and report targets: the indicators of
// resources/rules/indicators.json for a period and an area, as text, JSON, .xlsx or PDF; and the
// province's targets and settings imported from a JSON file.
#include "cmd_report.h"
#include "cli.h"

#include "dates.h"
#include "figuresheet.h"
#include "indicatorengine.h"
#include "indicatorexport.h"
#include "indicatortablemodel.h"
#include "indicatortargets.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Cli;

namespace {

const QString Conn = QStringLiteral("cli");

// What every form of `report` shares: the database, the period, the area, the output.
struct Request
{
    Models::IndicatorPeriod period;
    Models::IndicatorArea area;
    QString xlsx;
    QString pdf;
};

bool readDate(const Context &c, const QCommandLineParser &p, const QString &name, QDate &out)
{
    if (!p.isSet(name)) {
        fail(c, Text::tr("请用 --%1 给出日期（YYYY-MM-DD）").arg(name), 2, name);
        return false;
    }
    out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out.isValid()) {
        fail(c, Text::tr("日期格式应为 YYYY-MM-DD：%1").arg(p.value(name)), 2, name);
        return false;
    }
    return true;
}

// --area: a 9-digit township or 12-digit village code, team:ID or doctor:ID; none = every village.
bool readArea(const Context &c, const QString &value, Models::IndicatorArea &area)
{
    static const QRegularExpression code(QStringLiteral("^(\\d{9}|\\d{12})$"));
    if (value.isEmpty()) {
        area = Models::IndicatorArea::township();
    } else if (code.match(value).hasMatch()) {
        area = value.size() == 9 ? Models::IndicatorArea::township(value)
                                 : Models::IndicatorArea::village(value);
    } else if (value.startsWith(QLatin1String("team:")) && value.size() > 5) {
        area = Models::IndicatorArea::team(value.mid(5));
    } else if (value.startsWith(QLatin1String("doctor:")) && value.size() > 7) {
        area = Models::IndicatorArea::doctor(value.mid(7));
    } else {
        fail(c,
             Text::tr("--area 应为9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号：%1")
                 .arg(value),
             2, QStringLiteral("area"));
        return false;
    }
    return true;
}

// Accepts an indicator's id (sign_rate) or its Chinese name (签约率).
const Models::IndicatorDefinition *findIndicator(const QString &name)
{
    const Models::IndicatorCatalog &catalog = Models::IndicatorCatalog::get();
    if (const auto *d = catalog.find(name))
        return d;
    for (const Models::IndicatorDefinition &d : catalog.indicators())
        if (d.name == name || d.nameEn.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

QString pct(std::optional<double> v)
{
    return Models::IndicatorTableModel::percent(v);
}

int writePdf(const Context &c, const Request &r, const Models::IndicatorRun &run)
{
    const Models::IndicatorCatalog &catalog = Models::IndicatorCatalog::get();
    const Models::IndicatorRows rows = Models::indicatorRunRows(run, catalog);
    Gui::FigureSheet s;
    s.title = catalog.title();
    s.subtitle << Text::tr("统计范围：%1    统计期间：%2").arg(run.area.label, run.period.label())
               << Text::tr("指标定义版本 %1；生成于 %2")
                      .arg(run.catalogVersion, QDateTime::currentDateTime().toString(
                                                   QStringLiteral("yyyy-MM-dd HH:mm")));
    s.header = rows.header.mid(0, 7);
    for (const QStringList &row : rows.rows)
        s.rows << row.mid(0, 7);
    s.numericColumns = {2, 3, 4, 5};
    for (const Models::IndicatorResult &res : run.results)
        if (const auto *d = catalog.find(res.id))
            s.notes << Text::tr("%1：分子 = %2；分母 = %3")
                           .arg(d->displayName(), d->numerator.displayWords(),
                                d->denominator.displayWords());
    if (auto e = Gui::savePdf(Gui::figureSheet(s), r.pdf); !e)
        return fail(c, e.error().message, 1, QStringLiteral("pdf"));
    return 0;
}

void printText(const Models::IndicatorRun &run, bool oneIndicator)
{
    const Models::IndicatorCatalog &catalog = Models::IndicatorCatalog::get();
    printLine(Text::tr("统计范围：%1；统计期间：%2").arg(run.area.label, run.period.label()));
    for (const Models::IndicatorResult &r : run.results) {
        const auto *d = catalog.find(r.id);
        printLine(QStringLiteral("%1  %2（%3 / %4）  %5 %6  %7")
                      .arg(d ? d->displayName() : r.id, pct(r.total.value()))
                      .arg(r.total.numerator)
                      .arg(r.total.denominator)
                      .arg(Text::tr("目标"), pct(r.target),
                           Models::IndicatorTableModel::statusText(r.status)));
        if (!oneIndicator || !d)
            continue;
        printLine(Text::tr("  分子：%1").arg(d->numerator.displayWords()));
        printLine(Text::tr("  分母：%1").arg(d->denominator.displayWords()));
        for (const Models::VillageCount &v : r.villages)
            printLine(QStringLiteral("    %1  %2（%3 / %4）")
                          .arg(v.name, pct(v.count.value()))
                          .arg(v.count.numerator)
                          .arg(v.count.denominator));
    }
}

// --indicator NAME | --all
int indicators(Context &c, const QCommandLineParser &p, const Request &r)
{
    QStringList ids;
    if (!p.isSet(QStringLiteral("all"))) {
        const QString name = p.value(QStringLiteral("indicator"));
        const Models::IndicatorDefinition *d = findIndicator(name);
        if (!d)
            return fail(
                c, Text::tr("没有这个指标：%1（jiayi-cli report --list 列出全部指标）").arg(name),
                2, QStringLiteral("indicator"));
        ids << d->id;
    }
    Models::IndicatorEngine engine(Conn);
    auto run = engine.evaluate(Models::Scope::administrator(), r.period, r.area, ids, {});
    if (!run)
        return fail(c, run.error().message, 1, run.error().field);
    if (!r.xlsx.isEmpty())
        if (auto e = Models::writeIndicatorXlsx(r.xlsx, *run); !e)
            return fail(c, e.error().message, 1, QStringLiteral("xlsx"));
    if (!r.pdf.isEmpty())
        if (const int code = writePdf(c, r, *run); code != 0)
            return code;
    if (c.json) {
        QJsonObject o = Models::indicatorRunJson(*run);
        if (!r.xlsx.isEmpty())
            o.insert(QStringLiteral("xlsx"), QFileInfo(r.xlsx).absoluteFilePath());
        if (!r.pdf.isEmpty())
            o.insert(QStringLiteral("pdf"), QFileInfo(r.pdf).absoluteFilePath());
        printJson(o);
        return 0;
    }
    if (!r.xlsx.isEmpty() || !r.pdf.isEmpty()) {
        for (const QString &f : {r.xlsx, r.pdf})
            if (!f.isEmpty())
                printLine(Text::tr("已写入 %1").arg(QFileInfo(f).absoluteFilePath()));
        return 0;
    }
    printText(*run, !ids.isEmpty());
    return 0;
}

int report(Context &c)
{
    for (const QString &a : c.args)
        if (a == QLatin1String("--table") || a.startsWith(QLatin1String("--table=")))
            return reportTable(c);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("indicator"),
                 Text::tr("一个指标（编号或中文名，如 sign_rate、签约率）"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("all"), Text::tr("全部指标")});
    p.addOption({QStringLiteral("list"), Text::tr("列出全部指标的编号和名称")});
    p.addOption(
        {QStringLiteral("from"), Text::tr("统计期间开始（YYYY-MM-DD）"), QStringLiteral("date")});
    p.addOption(
        {QStringLiteral("to"), Text::tr("统计期间结束（YYYY-MM-DD）"), QStringLiteral("date")});
    p.addOption({QStringLiteral("area"),
                 Text::tr("统计范围：9位乡镇代码、12位村代码、team:团队编号 或 doctor:医生编号"
                          "（默认全部村）"),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("xlsx"), Text::tr("另存为 Excel 文件"), QStringLiteral("file")});
    p.addOption({QStringLiteral("pdf"), Text::tr("另存为 PDF（A4 横向）"), QStringLiteral("file")});
    addReportTableOptions(p);
    if (!parse(c, p,
               Text::tr("指标报表：jiayi-cli report --db PATH (--indicator 名称 | --all) --from "
                        "日期 --to 日期 [--area 代码] [--json | --xlsx 文件 | --pdf 文件]\n"
                        "统计报表：jiayi-cli report --db PATH --table 编号 --from 日期 --to 日期 "
                        "[--area 代码] [--reviewer 姓名] [--preparer 姓名] "
                        "[--json | --xlsx 文件 | --csv 文件 | --pdf 文件]")))
        return 2;
    if (p.isSet(QStringLiteral("list")))
        return listReports(c);
    // One of the forms; a new form (the official tables) adds its option here and its branch
    // below.
    const QStringList forms{QStringLiteral("indicator"), QStringLiteral("all")};
    QStringList chosen;
    for (const QString &f : forms)
        if (p.isSet(f))
            chosen << QStringLiteral("--") + f;
    if (chosen.size() != 1)
        return fail(c, Text::tr("请给出 --indicator 名称、--all 或 --table 编号 之一"), 2,
                    QStringLiteral("indicator"));
    Request r;
    if (!readDate(c, p, QStringLiteral("from"), r.period.from) ||
        !readDate(c, p, QStringLiteral("to"), r.period.to))
        return 2;
    if (!r.period.isValid())
        return fail(c, Text::tr("统计期间不正确（开始日期应不晚于结束日期）"), 2,
                    QStringLiteral("from"));
    if (!readArea(c, p.value(QStringLiteral("area")), r.area))
        return 2;
    r.xlsx = p.value(QStringLiteral("xlsx"));
    r.pdf = p.value(QStringLiteral("pdf"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    return indicators(c, p, r);
}

int targets(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("from"), Text::tr("省里的目标与设置（JSON 文件）"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("show"), Text::tr("以导入格式显示正在使用的目标与设置")});
    if (!parse(c, p,
               Text::tr("指标目标：jiayi-cli report targets --db PATH (--from 文件 | --show)。"
                        "文件格式：{\"source\": \"文件名\", \"targets\": {\"sign_rate\": 75}, "
                        "\"settings\": {\"prevalence_hypertension\": 0.25}, "
                        "\"population\": {\"村代码\": 人数}}")))
        return 2;
    if (p.isSet(QStringLiteral("from")) == p.isSet(QStringLiteral("show")))
        return fail(c, Text::tr("请给出 --from 文件 或 --show 之一"), 2, QStringLiteral("from"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    Models::IndicatorTargets t(Conn);
    if (auto e = t.load(); !e)
        return fail(c, e.error().message);
    if (p.isSet(QStringLiteral("show"))) {
        printJson(t.toJson());
        return 0;
    }
    QFile f(p.value(QStringLiteral("from")));
    if (!f.open(QIODevice::ReadOnly))
        return fail(c, Text::tr("无法读取文件：%1").arg(f.fileName()), 1, QStringLiteral("from"));
    auto s = t.importJson(Models::Scope::administrator(), f.readAll());
    if (!s)
        return fail(c, s.error().message, 1, s.error().field);
    if (c.json) {
        printJson(QJsonObject{{QStringLiteral("targets"), s->targets},
                              {QStringLiteral("settings"), s->settings},
                              {QStringLiteral("population"), s->populations}});
        return 0;
    }
    printLine(Text::tr("已导入：目标 %1 项，设置 %2 项，常住人口 %3 个地区")
                  .arg(s->targets)
                  .arg(s->settings)
                  .arg(s->populations));
    return 0;
}

} // namespace

int Cli::listReports(const Context &c)
{
    const Models::IndicatorCatalog &catalog = Models::IndicatorCatalog::get();
    QJsonArray a;
    for (const Models::IndicatorDefinition &d : catalog.indicators()) {
        if (c.json)
            a.append(QJsonObject{{QStringLiteral("id"), d.id},
                                 {QStringLiteral("name"), d.displayName()},
                                 {QStringLiteral("programme"), d.programme},
                                 {QStringLiteral("numerator"), d.numerator.displayWords()},
                                 {QStringLiteral("denominator"), d.denominator.displayWords()}});
        else
            printLine(QStringLiteral("%1  %2（%3）")
                          .arg(d.id.leftJustified(24), d.displayName(),
                               catalog.programmeName(d.programme)));
    }
    if (!c.json)
        printLine(QString());
    const QJsonArray tables = reportTableList(c.json);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("version"), catalog.version()},
                              {QStringLiteral("indicators"), a},
                              {QStringLiteral("tables"), tables}});
    return 0;
}

JIAYI_CLI_COMMAND("report",
                  QT_TRANSLATE_NOOP("Cli",
                                    "指标与统计报表（--db PATH --indicator 名称|--all|--table "
                                    "编号 --from 日期 --to 日期 [--area 代码] "
                                    "[--json|--xlsx|--csv|--pdf]）"),
                  report);
JIAYI_CLI_COMMAND("report targets",
                  QT_TRANSLATE_NOOP("Cli",
                                    "导入或显示指标目标与设置（--db PATH --from 文件|--show）"),
                  targets);
