// jiayi-cli worklist: the daily work list of a village (or township) on a day, as text, JSON or
// the printed round sheet (ui/print/roundsheet.cpp, QtGui only), the same list the workstation
// opens on (docs/worklist.md).
#include "cli.h"

#include "dailyworklist.h"
#include "roundsheet.h"
#include "syncstate.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Cli;

namespace {

const QString Conn = QStringLiteral("cli");

int worklist(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("village"),
                 Text::tr("村的12位区划代码（乡镇9位、县6位；不写则为全部村）"),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("date"), Text::tr("工作日期（YYYY-MM-DD，默认今天）"),
                 QStringLiteral("date")});
    p.addOption(
        {QStringLiteral("pdf"), Text::tr("把入户走访单保存为 PDF 文件"), QStringLiteral("file")});
    if (!parse(c, p, Text::tr("今日工作清单：某村某日到期和逾期的全部工作，按户和走访路线排列")))
        return 2;
    Models::WorklistRequest request;
    request.area = p.value(QStringLiteral("village")).trimmed();
    if (p.isSet(QStringLiteral("date"))) {
        request.date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.date.isValid())
            return fail(c, Text::tr("日期格式应为 YYYY-MM-DD"), 2, QStringLiteral("date"));
    }
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    request.databasePath = p.value(QStringLiteral("db"));
    const Models::Scope scope = Models::Scope::administrator();
    for (const Sync::QueueLine &l : Sync::SyncState(Conn).queue(scope))
        request.queue << Models::ClinicQueueEntry{l.kind, l.text, l.ref};
    auto list = Models::buildDailyWorklist(Conn, scope, request);
    if (!list)
        return fail(c, list.error().message, 1, list.error().field);
    const QJsonObject json = list->toJson();
    if (p.isSet(QStringLiteral("pdf"))) {
        const QString path = p.value(QStringLiteral("pdf"));
        if (auto r = Gui::RoundSheet::savePdf(json, path); !r)
            return fail(c, r.error().message, 1, QStringLiteral("pdf"));
        if (c.json)
            printJson(
                QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                            {QStringLiteral("count"), json.value(QStringLiteral("count"))},
                            {QStringLiteral("overdue"), json.value(QStringLiteral("overdue"))}});
        else
            printLine(Text::tr("已将入户走访单保存为 %1").arg(QFileInfo(path).absoluteFilePath()));
        return 0;
    }
    if (c.json) {
        printJson(json);
        return 0;
    }
    const Models::DailyWorklist &w = *list;
    printLine(Text::tr("%1 %2：共 %3 项，其中逾期 %4 项")
                  .arg(w.areaName.isEmpty() ? Text::tr("全部村") : w.areaName,
                       w.date.toString(Qt::ISODate))
                  .arg(w.items.size())
                  .arg(w.overdueCount()));
    QStringList counts;
    for (const Models::ProgrammeCount &n : w.counts)
        counts << (n.overdue > 0
                       ? Text::tr("%1 %2（逾期 %3）").arg(n.programme).arg(n.items).arg(n.overdue)
                       : QStringLiteral("%1 %2").arg(n.programme).arg(n.items));
    printLine(counts.join(QStringLiteral("  ")));
    if (!w.notShown.isEmpty())
        printLine(Text::tr("无权查看：%1").arg(w.notShown.join(QStringLiteral("、"))));
    QString household = QStringLiteral("-");
    for (const Models::WorkItem &i : w.items) {
        const QString key = i.isQueue() ? QString() : i.householdKey();
        if (key != household) {
            household = key;
            // The demo's addresses start with the village's name: not twice.
            const QString where = i.address.startsWith(i.villageName)
                                      ? i.address
                                      : i.villageName + QLatin1Char(' ') + i.address;
            printLine(i.isQueue()
                          ? Text::tr("本机待办")
                          : QStringLiteral("%1  %2").arg(
                                where, i.headName.isEmpty() ? QString()
                                                            : Text::tr("户主 %1").arg(i.headName)));
        }
        printLine(QStringLiteral("  [%1] %2  %3  %4")
                      .arg(i.statusText(w.date), i.name, i.programme, i.fullReason()));
    }
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("worklist", QT_TRANSLATE_NOOP("Cli", "今日工作清单（按户和路线；--pdf 走访单）"),
                  worklist);
