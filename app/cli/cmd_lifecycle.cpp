// jiayi-cli resident deceased | moved | close | transfer-in | reopen
#include "cli.h"

#include "cliauth.h"
#include "dates.h"
#include "programmelifecycle.h"
#include "residentrepository.h"

#include <QJsonArray>

using namespace Cli;

namespace {

const QString Conn = QStringLiteral("cli");

int run(Context &c, Models::LifeEventKind kind, const QString &description)
{
    const bool reopen = kind == Models::LifeEventKind::Reopened;
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("id"), Text::tr("居民 ID（或18位身份证号）"), QStringLiteral("id")});
    if (!reopen)
        p.addOption({QStringLiteral("date"), Text::tr("日期 YYYY-MM-DD（默认今天）"),
                     QStringLiteral("date")});
    p.addOption(
        {QStringLiteral("reason"),
         reopen ? Text::tr("恢复原因") : Text::tr("死亡原因、迁往何处、注销原因或从何处迁入"),
         QStringLiteral("text")});
    addLoginOptions(p);
    if (!parse(c, p, description))
        return 2;
    if (!p.isSet(QStringLiteral("id")))
        return fail(c, Text::tr("缺少 --id 居民 ID"), 2, QStringLiteral("id"));
    QDate date = QDate::currentDate();
    if (!reopen && p.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return fail(
                c, Text::tr("日期格式应为 YYYY-MM-DD：%1").arg(p.value(QStringLiteral("date"))), 2,
                QStringLiteral("date"));
    }
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    QString residentId = p.value(QStringLiteral("id"));
    Models::ResidentRepository residents(Conn);
    if (!residents.findById(*scope, residentId))
        if (auto byNumber = residents.findByIdNumber(*scope, residentId))
            residentId = byNumber->id;
    Models::ResidentLifecycle lifecycle = Models::programmeLifecycle(Conn);
    const QString reason = p.value(QStringLiteral("reason"));
    QVector<Models::OpenItem> closing;
    if (!reopen) {
        auto preview =
            lifecycle.preview(*scope, Models::LifeRequest{residentId, kind, date, reason});
        if (!preview)
            return fail(c, preview.error().message, 1, preview.error().field);
        closing = *preview;
    }
    auto event =
        reopen ? lifecycle.reopen(*scope, residentId, reason)
               : lifecycle.record(*scope, Models::LifeRequest{residentId, kind, date, reason});
    if (!event)
        return fail(c, event.error().message, 1, event.error().field);
    auto after = residents.findById(*scope, residentId);
    if (c.json) {
        QJsonArray closed;
        for (const Models::OpenItem &i : closing)
            closed.append(QJsonObject{{QStringLiteral("entity"), i.entity},
                                      {QStringLiteral("id"), i.id},
                                      {QStringLiteral("label"), i.label}});
        printJson(
            QJsonObject{{QStringLiteral("event_id"), event->id},
                        {QStringLiteral("resident_id"), residentId},
                        {QStringLiteral("kind"), Models::lifeEventCode(event->kind)},
                        {QStringLiteral("date"), Models::isoDate(event->date)},
                        {QStringLiteral("detail"), event->detail},
                        {QStringLiteral("life_status"), after ? after->lifeStatus : QString()},
                        {QStringLiteral("closed"), closed}});
        return 0;
    }
    printLine(
        Text::tr("已登记：%1 %2（%3）")
            .arg(Models::lifeEventLabel(event->kind), Models::isoDate(event->date), event->detail));
    for (const Models::OpenItem &i : closing)
        printLine(Text::tr("  已终止：%1").arg(i.label));
    if (after && !after->isActive())
        printLine(Text::tr("档案状态：%1").arg(Models::lifeStatusText(*after)));
    else
        printLine(Text::tr("档案状态：在管"));
    return 0;
}

int deceased(Context &c)
{
    return run(c, Models::LifeEventKind::Deceased,
               Text::tr("登记居民死亡（--date 死亡日期 --reason 死亡原因）：终止其签约和慢病管理，"
                        "自该日起移出所有工作清单和统计"));
}
int moved(Context &c)
{
    return run(c, Models::LifeEventKind::Moved,
               Text::tr("登记居民迁出（--date 迁出日期 --reason 迁往何处）"));
}
int closeRecord(Context &c)
{
    return run(c, Models::LifeEventKind::Closed,
               Text::tr("注销居民档案（--date 注销日期 --reason 注销原因）"));
}
int transferIn(Context &c)
{
    return run(c, Models::LifeEventKind::TransferredIn,
               Text::tr("登记居民从其他机构迁入（--date 迁入日期 --reason 原管理机构）"));
}
int reopen(Context &c)
{
    return run(c, Models::LifeEventKind::Reopened,
               Text::tr("撤销死亡、迁出或注销登记，恢复档案在管（管理员；--reason 恢复原因）"));
}

} // namespace

JIAYI_CLI_COMMAND("resident deceased",
                  QT_TRANSLATE_NOOP("Cli", "登记居民死亡（--id --date --reason）"), deceased);
JIAYI_CLI_COMMAND("resident moved",
                  QT_TRANSLATE_NOOP("Cli", "登记居民迁出（--id --date --reason）"), moved);
JIAYI_CLI_COMMAND("resident close",
                  QT_TRANSLATE_NOOP("Cli", "注销居民档案（--id --date --reason）"), closeRecord);
JIAYI_CLI_COMMAND("resident transfer-in",
                  QT_TRANSLATE_NOOP("Cli", "登记居民从其他机构迁入（--id --date --reason）"),
                  transferIn);
JIAYI_CLI_COMMAND("resident reopen",
                  QT_TRANSLATE_NOOP("Cli", "撤销死亡/迁出/注销，恢复档案（管理员）"), reopen);
