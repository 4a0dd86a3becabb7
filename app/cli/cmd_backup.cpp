// jiayi-cli backup | backup verify | backup keygen | restore
#include "cli.h"

#include "backupschedule.h"
#include "backupservice.h"
#include "cliauth.h"
#include "database.h"
#include "encrypteddb.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

using namespace Cli;

namespace {

const QCommandLineOption DbOption(QStringLiteral("db"), Text::tr("数据库文件"),
                                  QStringLiteral("path"));
const QCommandLineOption PasswordOption(QStringLiteral("password-file"),
                                        Text::tr("备份密码所在文件（- 表示标准输入）"),
                                        QStringLiteral("file"));
const QCommandLineOption RecoveryOption(QStringLiteral("recovery-key-file"),
                                        Text::tr("恢复密钥所在文件"), QStringLiteral("file"));

QJsonObject infoJson(const Models::BackupInfo &i)
{
    return {{QStringLiteral("file"), i.path},
            {QStringLiteral("created_at"), i.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("schema_version"), i.schemaVersion},
            {QStringLiteral("size"), double(i.plainSize)},
            {QStringLiteral("file_size"), double(i.fileSize)},
            {QStringLiteral("suite"), i.suite},
            {QStringLiteral("cipher"), i.cipher},
            {QStringLiteral("digest"), i.digest},
            {QStringLiteral("key_slots"), QJsonArray::fromStringList(i.keySlots)}};
}

// The secret for verify/restore: the password, or the recovery key.
Models::Result<QString> secretFrom(const QCommandLineParser &p)
{
    if (p.isSet(RecoveryOption))
        return readPasswordFile(p.value(RecoveryOption));
    return readPasswordFile(p.value(PasswordOption));
}

// `backup --scheduled`: what the schedule set in the app (设置 → 备份) says, for a cron or Task
// Scheduler job: takes a backup when one is due (or --force), verifies it, prunes beyond the
// schedule's keep, prints a JSON summary. No password: the schedule's key pair seals the backup.
int scheduled(Context &c, const QString &db, bool force)
{
    if (!openDb(c, db))
        return 1;
    Models::Scope scope = cliScope();
    scope.userId = QStringLiteral("backup-scheduler");
    Models::BackupScheduler scheduler(QStringLiteral("cli"));
    const QDateTime now = QDateTime::currentDateTime();
    auto r = scheduler.runIfDue(scope, db, now, force);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    QJsonObject o{{QStringLiteral("due"), r->due},
                  {QStringLiteral("next_due"), r->nextDue.toString(Qt::ISODate)},
                  {QStringLiteral("pruned"), QJsonArray::fromStringList(r->pruned)}};
    if (r->due) {
        o.insert(QStringLiteral("backup"), infoJson(r->info));
        o.insert(QStringLiteral("verified"), r->info.verified);
    }
    // The summary is JSON whether or not --json is given: it is meant for job logs.
    printJson(o);
    return 0;
}

int backup(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption(
        {QStringLiteral("scheduled"),
         Text::tr("按“设置 → 备份”中的计划执行：到期才备份，校验后删除超出保留份数的旧备份，输出 "
                  "JSON 摘要（供 cron/任务计划程序使用）")});
    p.addOption({QStringLiteral("force"), Text::tr("与 --scheduled 一起：未到期也立即备份")});
    p.addOption(
        {QStringLiteral("to"), Text::tr("备份文件（建议扩展名 .jybak）"), QStringLiteral("file")});
    p.addOption(PasswordOption);
    p.addOption(RecoveryOption);
    p.addOption({QStringLiteral("suite"),
                 Text::tr("密码算法：international（AES-256-GCM）或 commercial（SM4+SM3）"),
                 QStringLiteral("suite"), QStringLiteral("international")});
    if (!parse(c, p, Text::tr("在线备份数据库：一致快照，加密并带校验")))
        return 2;
    const QString db = p.value(DbOption), to = p.value(QStringLiteral("to"));
    if (p.isSet(QStringLiteral("scheduled"))) {
        if (db.isEmpty())
            return fail(c, Text::tr("需要 --db"), 2);
        return scheduled(c, db, p.isSet(QStringLiteral("force")));
    }
    if (db.isEmpty() || to.isEmpty())
        return fail(c, Text::tr("需要 --db 和 --to"), 2);
    auto password = readPasswordFile(p.value(PasswordOption));
    if (!password)
        return fail(c, password.error().message, 2, QStringLiteral("password-file"));
    Models::BackupOptions o;
    o.password = *password;
    if (p.isSet(RecoveryOption)) {
        auto key = readPasswordFile(p.value(RecoveryOption));
        if (!key)
            return fail(c, key.error().message, 2, QStringLiteral("recovery-key-file"));
        o.recoveryKey = *key;
    }
    auto suite = Models::Crypto::suiteFromName(p.value(QStringLiteral("suite")));
    if (!suite)
        return fail(c, suite.error().message, 2, QStringLiteral("suite"));
    o.suite = *suite;
    // The audit entry goes into the database itself (its own connection, after the snapshot).
    const bool audit = openDb(c, db, false, false);
    if (!audit && Models::EncryptedDb::isEncrypted(db) && !Models::EncryptedDb::isUnlocked(db))
        return 1; // the message is printed: an encrypted database needs unlocking first
    auto r = Models::BackupService::backup(cliScope(), db, to, o, {},
                                           audit ? QStringLiteral("cli") : QString());
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(infoJson(*r));
    else
        printLine(Text::tr("已备份到 %1（%2，%3 字节，校验 %4）")
                      .arg(r->path, r->cipher)
                      .arg(r->fileSize)
                      .arg(r->digest.left(16)));
    return 0;
}

int verify(Context &c)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Text::tr("备份文件"));
    p.addOption({QStringLiteral("file"), Text::tr("备份文件"), QStringLiteral("file")});
    p.addOption(PasswordOption);
    p.addOption(RecoveryOption);
    if (!parse(c, p, Text::tr("校验备份：解密、核对校验值并检查数据库完整性")))
        return 2;
    const QString file = p.isSet(QStringLiteral("file")) ? p.value(QStringLiteral("file"))
                                                         : p.positionalArguments().value(0);
    if (file.isEmpty())
        return fail(c, Text::tr("需要备份文件（--file）"), 2);
    auto secret = secretFrom(p);
    if (!secret)
        return fail(c, secret.error().message, 2, QStringLiteral("password-file"));
    auto r = Models::BackupService::verify(cliScope(), file, *secret);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json) {
        QJsonObject o = infoJson(*r);
        o.insert(QStringLiteral("ok"), true);
        printJson(o);
    } else {
        printLine(
            Text::tr("备份完好：%1（%2 创建，结构版本 %3）")
                .arg(file, r->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(r->schemaVersion));
    }
    return 0;
}

int restore(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption({QStringLiteral("from"), Text::tr("备份文件"), QStringLiteral("file")});
    p.addOption(PasswordOption);
    p.addOption(RecoveryOption);
    if (!parse(c, p,
               Text::tr(
                   "从备份恢复：先校验，原数据库文件保留为 .before-restore-时间（请先关闭家医）")))
        return 2;
    const QString db = p.value(DbOption), from = p.value(QStringLiteral("from"));
    if (db.isEmpty() || from.isEmpty())
        return fail(c, Text::tr("需要 --db 和 --from"), 2);
    auto secret = secretFrom(p);
    if (!secret)
        return fail(c, secret.error().message, 2, QStringLiteral("password-file"));
    auto r = Models::BackupService::restore(cliScope(), from, db, *secret);
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("db"), db}, {QStringLiteral("kept"), *r}});
    else
        printLine(
            Text::tr("已从 %1 恢复到 %2").arg(from, db) +
            (r->isEmpty() ? QString() : QLatin1Char('\n') + Text::tr("原文件保留为 %1").arg(*r)));
    return 0;
}

int keygen(Context &c)
{
    QCommandLineParser p;
    if (!parse(c, p, Text::tr("生成一个恢复密钥（打印一次，请抄写并妥善保管）")))
        return 2;
    const QString key = Models::BackupService::generateRecoveryKey();
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("recovery_key"), key}});
    else
        printLine(key);
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND(
    "backup",
    QT_TRANSLATE_NOOP(
        "Cli", "在线加密备份（--db PATH --to FILE --password-file F；或 --scheduled 按计划）"),
    backup);
JIAYI_CLI_COMMAND("backup verify",
                  QT_TRANSLATE_NOOP("Cli", "校验备份文件（--file FILE --password-file F）"),
                  verify);
JIAYI_CLI_COMMAND("verify", QT_TRANSLATE_NOOP("Cli", "同 backup verify"), verify);
JIAYI_CLI_COMMAND("backup keygen", QT_TRANSLATE_NOOP("Cli", "生成恢复密钥"), keygen);
JIAYI_CLI_COMMAND("restore",
                  QT_TRANSLATE_NOOP("Cli", "校验后从备份恢复，保留原文件（--db PATH --from FILE）"),
                  restore);
