// jiayi-cli setup --from clinic.json --db PATH
#include "cli.h"

#include "cliauth.h"
#include "clinicsetup.h"
#include "syncsetup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

using namespace Cli;

namespace {

const QString Conn = QStringLiteral("cli");

int problems(const Context &c, const QVector<Models::SetupProblem> &list)
{
    if (c.json) {
        QJsonArray a;
        for (const Models::SetupProblem &p : list)
            a.append(QJsonObject{{QStringLiteral("where"), p.where},
                                 {QStringLiteral("reason"), p.reason}});
        printJson(QJsonObject{{QStringLiteral("error"),
                               Text::tr("设置文件有 %1 处问题，什么都没有写入").arg(list.size())},
                              {QStringLiteral("problems"), a}});
        return 1;
    }
    for (const Models::SetupProblem &p : list)
        std::fputs((p.toText() + QLatin1Char('\n')).toUtf8().constData(), stderr);
    return fail(c, Text::tr("设置文件有 %1 处问题，什么都没有写入").arg(list.size()));
}

int setup(Context &c)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("db"), Text::tr("数据库文件（不存在时新建）"), QStringLiteral("path")});
    p.addOption({QStringLiteral("from"),
                 Text::tr("机构设置文件（JSON，见 packaging/clinic.example.json）"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("check"), Text::tr("只检查设置文件，不写入")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("按设置文件建立机构：区划、团队、医生账户、管理员、区域平台")))
        return 2;
    const QString from = p.value(QStringLiteral("from"));
    if (from.isEmpty())
        return fail(c, Text::tr("缺少 --from 设置文件"), 2, QStringLiteral("from"));
    // The whole file is checked before the database is even opened: a bad file creates nothing.
    const Models::SetupParse parsed = Models::ClinicSetupFile::read(from);
    if (!parsed.ok())
        return problems(c, parsed.problems);
    if (p.isSet(QStringLiteral("check"))) {
        if (c.json)
            printJson(QJsonObject{{QStringLiteral("ok"), true}});
        else
            printLine(Text::tr("设置文件没有问题"));
        return 0;
    }
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(c, Text::tr("缺少 --db 数据库文件路径"), 2);
    if (!openDb(c, path, !QFileInfo::exists(path)))
        return 1;
    Models::ClinicSetup setup(Conn);
    Models::Result<Models::Scope> scope =
        p.isSet(QStringLiteral("login")) ? loginFromOptions(c, p)
                                         : setup.scopeFor(parsed.plan, QSysInfo::machineHostName());
    if (!scope)
        return p.isSet(QStringLiteral("login")) ? loginExitCode(scope.error())
                                                : fail(c, scope.error().message, 1);
    auto report = setup.apply(*scope, parsed.plan, Sync::setupPlatformWriter(Conn));
    if (!report)
        return fail(c, Text::tr("设置没有写入：%1").arg(report.error().message), 1,
                    report.error().field);
    if (c.json) {
        printJson(report->toJson());
        return 0;
    }
    for (const QString &line : std::as_const(report->changes))
        printLine(line);
    printLine(report->changed() ? Text::tr("机构设置已写入（%1 项）").arg(report->changes.size())
                                : Text::tr("数据库已与设置文件一致，没有改动"));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("setup",
                  QT_TRANSLATE_NOOP("Cli", "按设置文件建立机构（--from clinic.json --db PATH）"),
                  setup);
