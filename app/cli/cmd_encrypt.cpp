// jiayi-cli encrypt | encrypt status: encryption of the database at rest (docs/security.md).
#include "cli.h"

#include "cliauth.h"
#include "database.h"
#include "encrypteddb.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Cli;

namespace {

const QCommandLineOption DbOption(QStringLiteral("db"), Text::tr("数据库文件"),
                                  QStringLiteral("path"));

int encrypt(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption(
        {QStringLiteral("suite"),
         Text::tr("页加密算法：international（AES-256-GCM）或 commercial（SM4-CTR+HMAC-SM3）"),
         QStringLiteral("suite"), QStringLiteral("international")});
    addLoginOptions(p);
    if (!parse(
            c, p,
            Text::tr("把明文数据库转换为加密数据库（原文件保留为 .plain-时间.bak）；请先关闭家医")))
        return 2;
    const QString path = p.value(DbOption);
    if (path.isEmpty())
        return fail(c, Text::tr("缺少 --db 数据库文件路径"), 2);
    if (!QFileInfo::exists(path))
        return fail(c, Text::tr("数据库文件不存在：%1").arg(path));
    if (Models::EncryptedDb::isEncrypted(path))
        return fail(c, Text::tr("数据库已经加密：%1").arg(path));
    auto suite = Models::Crypto::suiteFromName(p.value(QStringLiteral("suite")));
    if (!suite)
        return fail(c, suite.error().message, 2, QStringLiteral("suite"));
    // Only an administrator converts; their password becomes the first key slot.
    if (!openDb(c, path))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    if (!scope->can(QStringLiteral("settings.write"))) {
        Models::closeDatabase(QStringLiteral("cli"));
        return fail(c, Text::tr("只有系统管理员可以加密数据库"), 1, QStringLiteral("login"));
    }
    QString username, password;
    if (p.isSet(QStringLiteral("login"))) {
        username = scope->userId;
        password = *readPasswordFile(p.value(QStringLiteral("login-password-file")));
    }
    Models::closeDatabase(QStringLiteral("cli"));
    auto r = Models::EncryptedDb::encryptExisting(path, *suite, username, password);
    if (!r)
        return fail(c, r.error().message);
    if (c.json) {
        printJson(
            QJsonObject{{QStringLiteral("db"), path},
                        {QStringLiteral("key_file"), Models::EncryptedDb::keyFilePath(path)},
                        {QStringLiteral("cipher"),
                         Models::EncryptedDb::cipherName(Models::EncryptedDb::cipherFor(*suite))},
                        {QStringLiteral("kept_plain"), r->keptPlain},
                        {QStringLiteral("recovery_key"), r->recoveryKey}});
    } else {
        printLine(Text::tr("已加密 %1（%2），密钥文件 %3")
                      .arg(path,
                           Models::EncryptedDb::cipherName(Models::EncryptedDb::cipherFor(*suite)),
                           Models::EncryptedDb::keyFilePath(path)));
        printLine(
            Text::tr("恢复密钥（只显示这一次，请抄写后妥善保管）：\n  %1").arg(r->recoveryKey));
        printLine(Text::tr("原明文文件保留为 %1：确认加密库可用后，请移到安全处或彻底删除。")
                      .arg(r->keptPlain));
        printLine(Text::tr(
            "其他用户在管理员重置其密码、或在已解锁的程序中首次登录后，即可用自己的密码解锁。"));
    }
    return 0;
}

int status(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    if (!parse(c, p, Text::tr("显示数据库是否加密及密钥槽")))
        return 2;
    const QString path = p.value(DbOption);
    if (path.isEmpty())
        return fail(c, Text::tr("缺少 --db 数据库文件路径"), 2);
    const bool encrypted = Models::EncryptedDb::isEncrypted(path);
    const QStringList users = encrypted ? Models::EncryptedDb::slotUsers(path) : QStringList();
    if (c.json) {
        printJson(QJsonObject{{QStringLiteral("db"), path},
                              {QStringLiteral("encrypted"), encrypted},
                              {QStringLiteral("key_file"),
                               encrypted ? Models::EncryptedDb::keyFilePath(path) : QString()},
                              {QStringLiteral("user_slots"), QJsonArray::fromStringList(users)}});
    } else if (encrypted) {
        printLine(
            Text::tr("已加密；密钥文件 %1；可解锁的用户：%2（另有恢复密钥）")
                .arg(Models::EncryptedDb::keyFilePath(path), users.join(QStringLiteral(", "))));
    } else {
        printLine(Text::tr("未加密（明文数据库）"));
    }
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND(
    "encrypt",
    QT_TRANSLATE_NOOP(
        "Cli", "把明文数据库转换为加密数据库（--db PATH --login 管理员 --login-password-file F）"),
    encrypt);
JIAYI_CLI_COMMAND("encrypt status",
                  QT_TRANSLATE_NOOP("Cli", "显示数据库是否加密及可解锁的用户（--db PATH）"),
                  status);
