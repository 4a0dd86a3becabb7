// jiayi-cli export --deidentify
#include "cli.h"

#include "cliauth.h"
#include "deidentifiedexport.h"

#include <QJsonArray>

using namespace Cli;

namespace {

int exportResidents(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("to"), Text::tr("导出的 CSV 文件"), QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("deidentify"), Text::tr("去标识化（必需：本命令只做去标识化导出）")});
    p.addOption({QStringLiteral("birth"),
                 Text::tr("出生日期泛化为 year（年份）或 band（5 岁年龄组）"),
                 QStringLiteral("how"), QStringLiteral("year")});
    p.addOption({QStringLiteral("area"), Text::tr("地区精确到 village（村）或 township（乡镇）"),
                 QStringLiteral("level"), QStringLiteral("village")});
    p.addOption({QStringLiteral("suite"),
                 Text::tr("假名算法：international（HMAC-SHA256）或 commercial（HMAC-SM3）"),
                 QStringLiteral("suite"), QStringLiteral("international")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("去标识化导出居民数据（科研与统计用），规则见 docs/security.md")))
        return 2;
    if (!p.isSet(QStringLiteral("deidentify")))
        return fail(c, Text::tr("请加 --deidentify：本命令只导出去标识化数据"), 2,
                    QStringLiteral("deidentify"));
    if (p.value(QStringLiteral("to")).isEmpty())
        return fail(c, Text::tr("缺少 --to 导出文件"), 2, QStringLiteral("to"));
    Models::DeidentifyOptions o;
    const QString birth = p.value(QStringLiteral("birth")), area = p.value(QStringLiteral("area"));
    if (birth != QLatin1String("year") && birth != QLatin1String("band"))
        return fail(c, Text::tr("--birth 应为 year 或 band"), 2, QStringLiteral("birth"));
    if (area != QLatin1String("village") && area != QLatin1String("township"))
        return fail(c, Text::tr("--area 应为 village 或 township"), 2, QStringLiteral("area"));
    o.birth = birth == QLatin1String("band") ? Models::DeidentifyOptions::Birth::AgeBand
                                             : Models::DeidentifyOptions::Birth::Year;
    o.townshipOnly = area == QLatin1String("township");
    auto suite = Models::Crypto::suiteFromName(p.value(QStringLiteral("suite")));
    if (!suite)
        return fail(c, suite.error().message, 2, QStringLiteral("suite"));
    o.suite = *suite;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    auto r = Models::DeidentifiedExport::exportResidents(*scope, QStringLiteral("cli"),
                                                         p.value(QStringLiteral("to")), o);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("rows"), r->rows},
                              {QStringLiteral("file"), p.value(QStringLiteral("to"))},
                              {QStringLiteral("columns"), QJsonArray::fromStringList(r->columns)}});
    else
        printLine(Text::tr("已导出 %1 名居民的去标识化数据到 %2")
                      .arg(r->rows)
                      .arg(p.value(QStringLiteral("to"))));
    return 0;
}

} // namespace

// Registered through `export` in cmd_record.cpp, which hands --deidentify over to this function.
int Cli::deidentifiedExport(Context &c)
{
    return exportResidents(c);
}
