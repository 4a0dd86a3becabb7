// jiayi-cli report send: the month's indicator figures to the regional platform as FHIR
// MeasureReports (docs/county-summary.md).
#include "cli.h"

#include "reportsender.h"
#include "syncstate.h"

#include <QRegularExpression>

using namespace Cli;

namespace {

int send(Context &c)
{
    QCommandLineParser p;
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("数据库文件"),
                                QStringLiteral("path"));
    const QCommandLineOption month(QStringLiteral("month"), Text::tr("上报的月份（YYYY-MM）"),
                                   QStringLiteral("month"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    Text::tr("区域平台地址，例如 https://platform:8443"),
                                    QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"), Text::tr("工作站令牌"),
                                   QStringLiteral("token"));
    const QCommandLineOption ca(QStringLiteral("ca"), Text::tr("平台证书的 CA 证书文件（PEM）"),
                                QStringLiteral("file"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Text::tr("单个请求的超时（毫秒）"),
                                     QStringLiteral("ms"));
    p.addOptions({db, month, server, token, ca, timeout});
    if (!parse(c, p,
               Text::tr("把一个月的指标（分子、分母、率）以 FHIR MeasureReport 上报区域平台；"
                        "同一月份再次上报会更新，不会重复")))
        return 2;
    if (p.value(db).isEmpty())
        return fail(c, Text::tr("缺少 --db 数据库文件路径"), 2, QStringLiteral("db"));
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = monthRe.match(p.value(month));
    const QDate first =
        m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return fail(c, Text::tr("--month 应为 YYYY-MM 格式的月份"), 2, QStringLiteral("month"));
    if (!openDb(c, p.value(db)))
        return 1;
    const Models::Scope scope = Models::Scope::administrator();
    // The platform connection: the stored sync settings, each overridden by its option.
    auto stored = Sync::SyncState(QStringLiteral("cli")).config(scope);
    if (!stored)
        return fail(c, stored.error().message);
    Sync::ReportSendConfig config{stored->server, stored->token, stored->caFile};
    if (p.isSet(server))
        config.server = p.value(server);
    if (p.isSet(token))
        config.token = p.value(token);
    if (p.isSet(ca))
        config.caFile = p.value(ca);
    if (p.isSet(timeout))
        config.timeoutMs = qMax(100, p.value(timeout).toInt());
    const Sync::ReportSendResult r =
        Sync::ReportSender(QStringLiteral("cli"), scope, config).send(first);
    // A scheduled job reads the summary: JSON always (the error also on standard error).
    printJson(r.toJson());
    if (!r.ok) {
        fail(c, r.error);
        return 1;
    }
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("report send",
                  QT_TRANSLATE_NOOP("Cli", "上报月度指标到区域平台（--db PATH --month YYYY-MM "
                                           "[--server URL --token T --ca FILE]）"),
                  send);
