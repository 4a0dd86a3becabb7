// jiayi-cli init | migrate | check | demo
#include "cli.h"

#include "cliauth.h"
#include "database.h"
#include "demogenerator.h"
#include "demousers.h"
#include "encrypteddb.h"
#include "userrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

using namespace Cli;

namespace {

const QCommandLineOption DbOption(QStringLiteral("db"), Text::tr("数据库文件"),
                                  QStringLiteral("path"));

int init(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption({QStringLiteral("encrypt"),
                 Text::tr("创建加密数据库（密钥文件 PATH.jykey，打印一次恢复密钥）")});
    p.addOption(
        {QStringLiteral("suite"),
         Text::tr("页加密算法：international（AES-256-GCM）或 commercial（SM4-CTR+HMAC-SM3）"),
         QStringLiteral("suite"), QStringLiteral("international")});
    p.addOption(
        {QStringLiteral("admin"), Text::tr("同时创建的管理员用户名"), QStringLiteral("name")});
    p.addOption({QStringLiteral("name"), Text::tr("管理员姓名"), QStringLiteral("name")});
    p.addOption({QStringLiteral("password-file"), Text::tr("管理员密码所在文件（- 表示标准输入）"),
                 QStringLiteral("file")});
    if (!parse(c, p, Text::tr("创建新的数据库文件")))
        return 2;
    const QString path = p.value(DbOption);
    if (path.isEmpty())
        return fail(c, Text::tr("缺少 --db 数据库文件路径"), 2);
    if (QFileInfo::exists(path))
        return fail(c, Text::tr("文件已存在：%1（升级请用 migrate）").arg(path));
    const QString admin = p.value(QStringLiteral("admin"));
    QString password;
    if (!admin.isEmpty()) {
        auto pw = readPasswordFile(p.value(QStringLiteral("password-file")));
        if (!pw)
            return fail(c, pw.error().message, 2, QStringLiteral("password-file"));
        password = *pw;
        if (const auto errors = Models::SecurityPolicy::defaults().checkPassword(admin, password);
            !errors.isEmpty())
            return fail(c, errors.first().message, 1, QStringLiteral("password-file"));
    }
    QString recoveryKey;
    const bool encrypt = p.isSet(QStringLiteral("encrypt"));
    if (encrypt) {
        auto suite = Models::Crypto::suiteFromName(p.value(QStringLiteral("suite")));
        if (!suite)
            return fail(c, suite.error().message, 2, QStringLiteral("suite"));
        // The administrator's key slot is added when the account is created below.
        auto made = Models::EncryptedDb::create(path, *suite);
        if (!made)
            return fail(c, made.error().message);
        recoveryKey = made->recoveryKey;
    }
    if (!openDb(c, path, true))
        return 1;
    if (!admin.isEmpty()) {
        auto u = Models::UserRepository(QStringLiteral("cli"))
                     .createFirstAdministrator(admin, p.value(QStringLiteral("name")), password,
                                               QStringLiteral("cli"));
        if (!u)
            return fail(c, u.error().message, 1, u.error().field);
    }
    if (c.json) {
        QJsonObject o{{QStringLiteral("db"), path},
                      {QStringLiteral("schema_version"), Models::latestSchemaVersion()},
                      {QStringLiteral("encrypted"), encrypt}};
        if (encrypt) {
            o.insert(QStringLiteral("key_file"), Models::EncryptedDb::keyFilePath(path));
            o.insert(QStringLiteral("recovery_key"), recoveryKey);
        }
        printJson(o);
    } else {
        printLine(Text::tr("已创建数据库 %1（结构版本 %2）")
                      .arg(path)
                      .arg(Models::latestSchemaVersion()));
        if (encrypt)
            printLine(Text::tr("数据库已加密，密钥文件：%"
                               "1\n恢复密钥（只显示这一次，请抄写后妥善保管）：\n  %2")
                          .arg(Models::EncryptedDb::keyFilePath(path), recoveryKey));
    }
    return 0;
}

int migrate(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    if (!parse(c, p, Text::tr("把数据库升级到本程序的结构版本（升级前自动备份）")))
        return 2;
    const QString path = p.value(DbOption);
    if (path.isEmpty())
        return fail(c, Text::tr("缺少 --db 数据库文件路径"), 2);
    if (!unlockDb(c, path))
        return 1;
    Models::OpenOptions o;
    o.create = false;
    auto r = Models::openDatabase(QStringLiteral("cli"), path, o);
    if (!r)
        return fail(c, r.error().message);
    const auto &info = *r;
    if (c.json) {
        printJson(QJsonObject{{QStringLiteral("from"), info.fileVersion},
                              {QStringLiteral("to"), info.programVersion},
                              {QStringLiteral("backup"), info.backupPath}});
    } else if (info.fileVersion == info.programVersion) {
        printLine(Text::tr("数据库已是最新版本（%1），无需升级").arg(info.programVersion));
    } else {
        printLine(Text::tr("已从版本 %1 升级到 %2").arg(info.fileVersion).arg(info.programVersion));
        if (!info.backupPath.isEmpty())
            printLine(Text::tr("升级前的备份：%1").arg(info.backupPath));
    }
    return 0;
}

int check(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    if (!parse(c, p, Text::tr("检查数据库完整性")))
        return 2;
    if (!openDb(c, p.value(DbOption), false, false))
        return 1;
    auto r = Models::checkDatabase(QStringLiteral("cli"));
    if (!r)
        return fail(c, r.error().message);
    if (c.json) {
        printJson(QJsonObject{{QStringLiteral("ok"), r->isEmpty()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(*r)}});
    } else if (r->isEmpty()) {
        printLine(Text::tr("数据库完好"));
    } else {
        for (const QString &line : *r)
            printLine(line);
    }
    return r->isEmpty() ? 0 : 1;
}

int demo(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption({QStringLiteral("residents"), Text::tr("居民人数（默认 2000）"),
                 QStringLiteral("n"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("seed"), Text::tr("随机种子（相同种子生成相同数据）"),
                 QStringLiteral("s"), QStringLiteral("1")});
    p.addOption({QStringLiteral("today"), Text::tr("以该日期计算年龄（YYYY-MM-DD，默认今天）"),
                 QStringLiteral("date")});
    if (!parse(c, p, Text::tr("生成演示乡镇数据")))
        return 2;
    bool ok = false;
    Models::DemoOptions o;
    o.residents = p.value(QStringLiteral("residents")).toInt(&ok);
    if (!ok || o.residents < 1)
        return fail(c, Text::tr("--residents 应为正整数"), 2, QStringLiteral("residents"));
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(c, Text::tr("--seed 应为非负整数"), 2, QStringLiteral("seed"));
    if (p.isSet(QStringLiteral("today"))) {
        o.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!o.today.isValid())
            return fail(c, Text::tr("--today 应为 YYYY-MM-DD 格式的日期"), 2,
                        QStringLiteral("today"));
    }
    if (!openDb(c, p.value(DbOption), true))
        return 1;
    const bool tty = !c.json;
    auto r = Models::DemoGenerator::generate(QStringLiteral("cli"), Models::Scope::administrator(),
                                             o, [tty](int done, int total) {
                                                 if (tty)
                                                     std::fprintf(stderr, "\r%d / %d", done, total);
                                                 return true;
                                             });
    if (tty)
        std::fputc('\n', stderr);
    if (!r)
        return fail(c, r.error().message +
                           (r.error().detail.isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + r.error().detail + QLatin1Char(')')));
    QJsonObject parts;
    for (const auto &[name, ms] : r->partMilliseconds)
        parts.insert(name, ms / 1000.0);
    QJsonObject cpuParts;
    for (const auto &[name, ms] : r->partCpuMilliseconds)
        cpuParts.insert(name, ms / 1000.0);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("residents"), r->residents},
                              {QStringLiteral("seconds_by_part"), parts},
                              {QStringLiteral("cpu_seconds_by_part"), cpuParts},
                              {QStringLiteral("households"), r->households},
                              {QStringLiteral("villages"), r->villages},
                              {QStringLiteral("townships"), r->townships},
                              {QStringLiteral("seconds"), r->milliseconds / 1000.0},
                              {QStringLiteral("demo_password"), Models::demoPassword()}});
    else
        printLine(Text::tr("已生成 %1 名居民、%2 户、%3 个村，用时 %4 秒")
                      .arg(r->residents)
                      .arg(r->households)
                      .arg(r->villages)
                      .arg(r->milliseconds / 1000.0, 0, 'f', 1) +
                  QLatin1Char('\n') +
                  Text::tr("演示账户：admin（管理员）、yisheng（家庭医生）、cunyi（乡村医生）、gong"
                           "wei（公卫人员），"
                           "密码均为 %1；仅供演示，请勿用于真实数据")
                      .arg(Models::demoPassword()));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("init", QT_TRANSLATE_NOOP("Cli", "创建新的数据库文件（--db PATH）"), init);
JIAYI_CLI_COMMAND("migrate",
                  QT_TRANSLATE_NOOP("Cli", "升级数据库结构，升级前自动备份（--db PATH）"), migrate);
JIAYI_CLI_COMMAND("check", QT_TRANSLATE_NOOP("Cli", "检查数据库完整性（--db PATH）"), check);
JIAYI_CLI_COMMAND("demo",
                  QT_TRANSLATE_NOOP("Cli", "生成演示数据（--db PATH --residents N --seed S）"),
                  demo);
