// jiayi-cli report: an official report table of the basic public health service (报表 01,
// 03, 06, 07-1, 07-2, the family-doctor signing reports) for a period and an area, as text, JSON,
// .xlsx, CSV or PDF: the same table, header and 合计 as 报表 → 官方报表 in the workstation
// (models/reports/reporttable.h; the PDF by ui/print/tablepdf.h, on the offscreen platform).
#include "cli.h"
#include "cliauth.h"
#include "cmd_report.h"

#include "reporttable.h"
#include "reporttablemodel.h"
#include "tableexport.h"
#include "tablepdf.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Cli {

namespace {

const QString Conn = QStringLiteral("cli");

QDate dateOption(const QCommandLineParser &p, const QString &name)
{
    return QDate::fromString(p.value(name), Qt::ISODate);
}

void printText(const Models::ReportTableModel &model)
{
    const Models::TableDocument d = model.document();
    printLine(d.title);
    QStringList fields;
    for (const auto &[label, value] : d.headerFields)
        fields << Text::tr("%1：%2").arg(label, value);
    printLine(fields.join(QStringLiteral("  ")));
    printLine(Models::TableExport::headerRow(model).join(QLatin1Char('\t')));
    for (const QStringList &row : Models::TableExport::textRows(model))
        printLine(row.join(QLatin1Char('\t')));
    fields.clear();
    for (const auto &[label, value] : d.footerFields)
        fields << Text::tr("%1：%2").arg(label, value);
    printLine(fields.join(QStringLiteral("  ")));
}

} // namespace

QJsonArray reportTableList(bool json)
{
    const Models::ReportTableSet &set = Models::ReportTableSet::builtIn();
    QJsonArray a;
    for (const Models::ReportTableDef &t : set.tables()) {
        if (json)
            a.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("title"), t.displayTitle()},
                                 {QStringLiteral("columns"), int(t.columns.size())}});
        else
            printLine(QStringLiteral("%1\t%2").arg(t.id, t.displayTitle()));
    }
    return a;
}

void addReportTableOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("table"),
                 Text::tr("报表编号：%1")
                     .arg(Models::ReportTableSet::builtIn().ids().join(QStringLiteral("、"))),
                 QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("reviewer"), Text::tr("审核人（不填则留空手签）"), QStringLiteral("name")});
    p.addOption({QStringLiteral("preparer"),
                 Text::tr("填表人（默认为 --login 的用户；都不填则留空手签）"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("csv"), Text::tr("写入 CSV 文件（UTF-8，Excel 可打开）"),
                 QStringLiteral("file")});
    addLoginOptions(p);
}

int reportTable(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("table"),
                 Text::tr("报表编号：%1")
                     .arg(Models::ReportTableSet::builtIn().ids().join(QStringLiteral("、"))),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("from"), Text::tr("统计期间开始（YYYY-MM-DD，含）"),
                 QStringLiteral("date")});
    p.addOption(
        {QStringLiteral("to"), Text::tr("统计期间结束（YYYY-MM-DD，含）"), QStringLiteral("date")});
    p.addOption({QStringLiteral("area"), Text::tr("只统计该地区（县6位、乡镇9位或村12位区划代码）"),
                 QStringLiteral("code")});
    p.addOption(
        {QStringLiteral("reviewer"), Text::tr("审核人（不填则留空手签）"), QStringLiteral("name")});
    p.addOption({QStringLiteral("preparer"),
                 Text::tr("填表人（默认为 --login 的用户；都不填则留空手签）"),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("xlsx"), Text::tr("写入 Excel 文件"), QStringLiteral("file")});
    p.addOption({QStringLiteral("csv"), Text::tr("写入 CSV 文件（UTF-8，Excel 可打开）"),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("pdf"), Text::tr("写入 PDF 文件（A4，宽表横向）"), QStringLiteral("file")});
    p.addOption({QStringLiteral("list"), Text::tr("列出可用的报表")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("国家基本公共卫生服务统计报表：每村一行并有合计行")))
        return 2;
    if (p.isSet(QStringLiteral("list")))
        return listReports(c);
    QStringList outputs;
    for (const QString &o : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf")})
        if (p.isSet(o))
            outputs << o;
    if (outputs.size() > 1)
        return fail(c, Text::tr("--xlsx、--csv 和 --pdf 一次只能用一个"), 2, outputs.at(1));
    Models::ReportTableRequest req;
    req.tableId = p.value(QStringLiteral("table"));
    if (req.tableId.isEmpty())
        return fail(c, Text::tr("请用 --table 指定报表（--list 列出可用的报表）"), 2,
                    QStringLiteral("table"));
    if (!Models::ReportTableSet::builtIn().find(req.tableId))
        return fail(c,
                    Text::tr("没有这张报表：%1（可选：%2）")
                        .arg(req.tableId,
                             Models::ReportTableSet::builtIn().ids().join(QStringLiteral("、"))),
                    2, QStringLiteral("table"));
    const QDate from = dateOption(p, QStringLiteral("from"));
    const QDate to = dateOption(p, QStringLiteral("to"));
    if (!from.isValid())
        return fail(c, Text::tr("--from 应为日期 YYYY-MM-DD"), 2, QStringLiteral("from"));
    if (!to.isValid())
        return fail(c, Text::tr("--to 应为日期 YYYY-MM-DD"), 2, QStringLiteral("to"));
    if (to < from)
        return fail(c, Text::tr("统计期间不正确（开始日期应不晚于结束日期）"), 2,
                    QStringLiteral("to"));
    req.period = Models::ReportPeriod::range(from, to);
    req.areaCode = p.value(QStringLiteral("area"));
    req.reviewer = p.value(QStringLiteral("reviewer"));
    if (!openDb(c, p.value(QStringLiteral("db")), false))
        return 1;
    Models::Scope scope = cliScope();
    if (p.isSet(QStringLiteral("login"))) {
        auto s = loginFromOptions(c, p);
        if (!s)
            return loginExitCode(s.error());
        scope = *s;
    }
    auto table = Models::ReportTableEngine(Conn).compute(scope, req);
    if (!table)
        return fail(c, table.error().message,
                    table.error().code.startsWith(QLatin1String("report.area")) ? 2 : 1,
                    table.error().field);
    // Nobody logged in: the preparer signs by hand, unless named.
    Models::ReportTable filled = *table;
    if (p.isSet(QStringLiteral("preparer")))
        filled.header.preparer = p.value(QStringLiteral("preparer"));
    else if (!p.isSet(QStringLiteral("login")))
        filled.header.preparer.clear();
    Models::ReportTableModel model;
    model.setTable(filled);
    const Models::TableDocument doc = model.document();
    if (outputs.isEmpty()) {
        if (c.json)
            printJson(filled.toJson());
        else
            printText(model);
        return 0;
    }
    const QString kind = outputs.first();
    const QString path = QFileInfo(p.value(kind)).absoluteFilePath();
    Models::Result<void> written;
    if (kind == QLatin1String("pdf"))
        written = Gui::TablePdf::savePdf(path, model,
                                         Gui::TablePrint{doc.title, doc.headerFields,
                                                         doc.footerFields, doc.columnGroups,
                                                         doc.notes, doc.lastRowIsTotal});
    else if (kind == QLatin1String("xlsx"))
        written = Models::TableExport::writeXlsx(path, model, doc);
    else
        written = Models::TableExport::writeCsv(path, model, doc);
    if (!written)
        return fail(c, written.error().message, 1, kind);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("table"), table->def.id},
                              {QStringLiteral("villages"), int(table->rows.size()) - 1},
                              {QStringLiteral("milliseconds"), table->milliseconds}});
    else
        printLine(Text::tr("已将%1（%2）保存为 %3").arg(doc.title, table->header.period, path));
    return 0;
}

} // namespace Cli
