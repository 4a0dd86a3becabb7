// jiayi-cli tb adherence (a tuberculosis patient's doses: prescribed, taken, missed, 规则服药)
#include "cli.h"
#include "cliauth.h"

#include "tbrepository.h"

#include <QDate>

using namespace Cli;

namespace {

int adherence(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("patient"), Text::tr("肺结核患者管理记录编号"), QStringLiteral("id")});
    p.addOption({QStringLiteral("today"), Text::tr("按该日期计算（YYYY-MM-DD，默认今天）"),
                 QStringLiteral("date")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("肺结核患者服药情况：应服、实服、漏服次数及是否规则服药")))
        return 2;
    if (!p.isSet(QStringLiteral("patient")))
        return fail(c, Text::tr("缺少 --patient 患者编号"), 2, QStringLiteral("patient"));
    QDate today = QDate::currentDate();
    if (p.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return fail(c, Text::tr("日期格式应为 YYYY-MM-DD"), 2, QStringLiteral("today"));
    }
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    Models::TbRepository repo(QStringLiteral("cli"));
    auto r = repo.adherence(*scope, p.value(QStringLiteral("patient")), today);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json) {
        printJson(r->toJson());
        return 0;
    }
    const auto &a = r->adherence;
    printLine(Text::tr("截至 %1：应服药 %2 次，实际服药 %3 次，漏服 %4 次（%5%）")
                  .arg(r->through.toString(Qt::ISODate))
                  .arg(a.prescribed)
                  .arg(a.taken)
                  .arg(a.missed)
                  .arg(QString::number(a.percent, 'f', 1)));
    printLine(a.regular ? Text::tr("规则服药") : Text::tr("未规则服药"));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("tb adherence",
                  QT_TRANSLATE_NOOP("Cli", "肺结核患者服药情况（应服、实服、漏服，是否规则服药）"),
                  adherence);
