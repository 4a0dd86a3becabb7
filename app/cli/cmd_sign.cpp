// jiayi-cli sign | sign verify
#include "cli.h"

#include "cliauth.h"
#include "recordsigner.h"

using namespace Cli;

namespace {

QJsonObject statusJson(const Models::SignatureStatus &s)
{
    return {{QStringLiteral("signed"), s.isSigned},
            {QStringLiteral("signature_valid"), s.signatureValid},
            {QStringLiteral("unchanged"), s.unchanged},
            {QStringLiteral("ok"), s.ok()},
            {QStringLiteral("signer"), s.signerId},
            {QStringLiteral("signer_name"), s.signerName},
            {QStringLiteral("signed_at"), s.signedAt.toString(Qt::ISODate)}};
}

int report(const Context &c, const Models::SignatureStatus &s)
{
    if (c.json)
        printJson(statusJson(s));
    else if (!s.isSigned)
        printLine(Text::tr("该记录未签名"));
    else if (s.ok())
        printLine(Text::tr("已由 %1（%2）于 %3 签名，签名有效，签名后未被修改")
                      .arg(s.signerName, s.signerId,
                           s.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else
        printLine(s.signatureValid ? Text::tr("签名后记录已被修改，需要重新签名")
                                   : Text::tr("签名无效：签名数据被篡改"));
    return s.ok() ? 0 : 1;
}

void addRecordOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("entity"), Text::tr("记录类型（表名，如 resident）"),
                 QStringLiteral("entity")});
    p.addOption({QStringLiteral("id"), Text::tr("记录 ID"), QStringLiteral("id")});
    addLoginOptions(p);
}

int sign(Context &c)
{
    QCommandLineParser p;
    addRecordOptions(p);
    if (!parse(c, p, Text::tr("用本人的签名密钥对已完成的记录电子签名（需登录，密码即签名口令）")))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    if (!p.isSet(QStringLiteral("login")))
        return fail(c, Text::tr("签名需要本人登录：--login 用户名 --login-password-file 文件"), 2,
                    QStringLiteral("login"));
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    auto password = readPasswordFile(p.value(QStringLiteral("login-password-file")));
    auto r = Models::RecordSigner(QStringLiteral("cli"))
                 .sign(*scope, p.value(QStringLiteral("entity")), p.value(QStringLiteral("id")),
                       *password);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    return report(c, *r);
}

int verify(Context &c)
{
    QCommandLineParser p;
    addRecordOptions(p);
    if (!parse(c, p, Text::tr("核验记录的电子签名：签名是否有效、签名后是否被修改")))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    auto r = Models::RecordSigner(QStringLiteral("cli"))
                 .verify(*scope, p.value(QStringLiteral("entity")), p.value(QStringLiteral("id")));
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    return report(c, *r);
}

} // namespace

JIAYI_CLI_COMMAND("sign", QT_TRANSLATE_NOOP("Cli", "电子签名一条记录（--entity --id --login）"),
                  sign);
JIAYI_CLI_COMMAND("sign verify", QT_TRANSLATE_NOOP("Cli", "核验记录的电子签名"), verify);
