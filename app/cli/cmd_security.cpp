// jiayi-cli user add | user list | user passwd | audit verify | audit list
#include "cli.h"

#include "auditrepository.h"
#include "cliauth.h"
#include "roletable.h"
#include "userrepository.h"

#include <QJsonArray>

using namespace Cli;

namespace {

const QCommandLineOption DbOption(QStringLiteral("db"), Text::tr("数据库文件"),
                                  QStringLiteral("path"));
const QString Conn = QStringLiteral("cli");

QJsonObject userJson(const Models::User &u)
{
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("villages"), QJsonArray::fromStringList(u.villages)},
            {QStringLiteral("team"), u.team},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("locked_until"),
             u.lockedUntil.isValid() ? u.lockedUntil.toString(Qt::ISODate) : QString()},
            {QStringLiteral("last_login_at"),
             u.lastLoginAt.isValid() ? u.lastLoginAt.toString(Qt::ISODate) : QString()}};
}

int userAdd(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption({QStringLiteral("username"), Text::tr("用户名"), QStringLiteral("name")});
    p.addOption({QStringLiteral("name"), Text::tr("姓名"), QStringLiteral("text")});
    p.addOption(
        {QStringLiteral("role"),
         Text::tr(
             "角色：family_doctor、nurse、village_health_worker、public_health、administrator"),
         QStringLiteral("role")});
    p.addOption(
        {QStringLiteral("villages"), Text::tr("负责的村代码，逗号分隔"), QStringLiteral("codes")});
    p.addOption({QStringLiteral("team"), Text::tr("所属团队"), QStringLiteral("team")});
    p.addOption({QStringLiteral("password-file"), Text::tr("新用户密码所在文件（- 表示标准输入）"),
                 QStringLiteral("file")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("新建用户（首次使用时创建管理员）")))
        return 2;
    if (!openDb(c, p.value(DbOption)))
        return 1;
    auto password = readPasswordFile(p.value(QStringLiteral("password-file")));
    if (!password)
        return fail(c, password.error().message, 2, QStringLiteral("password-file"));
    Models::UserRepository users(Conn);
    auto has = users.hasUsers();
    if (!has)
        return fail(c, has.error().message);
    Models::User u;
    u.username = p.value(QStringLiteral("username"));
    u.displayName = p.value(QStringLiteral("name"));
    u.role = p.value(QStringLiteral("role"));
    u.villages = p.value(QStringLiteral("villages")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.team = p.value(QStringLiteral("team"));
    Models::Result<Models::User> r = Models::Error{};
    if (!*has) {
        if (!u.role.isEmpty() && u.role != QLatin1String("administrator"))
            return fail(c, Text::tr("第一个用户必须是管理员（--role administrator）"), 2,
                        QStringLiteral("role"));
        r = users.createFirstAdministrator(u.username, u.displayName, *password);
    } else {
        auto scope = loginFromOptions(c, p);
        if (!scope)
            return loginExitCode(scope.error());
        r = users.create(*scope, u, *password);
    }
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(userJson(*r));
    else
        printLine(Text::tr("已创建用户 %1（%2）")
                      .arg(r->username, Models::RoleTable::instance().displayName(r->role)));
    return 0;
}

int userList(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("列出用户")))
        return 2;
    if (!openDb(c, p.value(DbOption)))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    auto r = Models::UserRepository(Conn).list(*scope);
    if (!r)
        return fail(c, r.error().message);
    if (c.json) {
        QJsonArray a;
        for (const auto &u : *r)
            a << userJson(u);
        printJson(a);
        return 0;
    }
    for (const auto &u : *r)
        printLine(QStringLiteral("%1\t%2\t%3\t%4%5")
                      .arg(u.username, u.displayName,
                           Models::RoleTable::instance().displayName(u.role),
                           u.villages.join(QLatin1Char(',')),
                           u.disabled ? Text::tr("\t（已停用）") : QString()));
    return 0;
}

int userPasswd(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption({QStringLiteral("username"), Text::tr("用户名"), QStringLiteral("name")});
    p.addOption({QStringLiteral("password-file"), Text::tr("新密码所在文件（- 表示标准输入）"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("old-password-file"), Text::tr("旧密码所在文件（用户自己修改时）"),
                 QStringLiteral("file")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("修改密码：用户本人给出旧密码，或管理员登录后重置")))
        return 2;
    if (!openDb(c, p.value(DbOption)))
        return 1;
    auto password = readPasswordFile(p.value(QStringLiteral("password-file")));
    if (!password)
        return fail(c, password.error().message, 2, QStringLiteral("password-file"));
    const QString username = p.value(QStringLiteral("username"));
    Models::UserRepository users(Conn);
    Models::Result<void> r;
    if (p.isSet(QStringLiteral("old-password-file"))) {
        auto old = readPasswordFile(p.value(QStringLiteral("old-password-file")));
        if (!old)
            return fail(c, old.error().message, 2, QStringLiteral("old-password-file"));
        r = users.changePassword(username, *old, *password);
    } else {
        auto scope = loginFromOptions(c, p);
        if (!scope)
            return loginExitCode(scope.error());
        r = users.setPassword(*scope, username, *password);
    }
    if (!r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(
            QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("changed"), true}});
    else
        printLine(Text::tr("已修改 %1 的密码").arg(username));
    return 0;
}

int auditVerify(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    if (!parse(c, p, Text::tr("校验审计日志哈希链：发现任何修改或删除并指出位置")))
        return 2;
    if (!openDb(c, p.value(DbOption), false, false))
        return 1;
    auto r = Models::AuditRepository(Conn).verify(cliScope());
    if (!r)
        return fail(c, r.error().message);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("ok"), r->ok},
                              {QStringLiteral("entries"), r->entries},
                              {QStringLiteral("bad_seq"), r->badSeq},
                              {QStringLiteral("problem"), r->problem},
                              {QStringLiteral("message"), r->message},
                              {QStringLiteral("head_hash"), r->headHash}});
    else if (r->ok)
        printLine(r->message + QLatin1Char('\n') + Text::tr("最新哈希：%1").arg(r->headHash));
    else
        fail(c, r->message);
    return r->ok ? 0 : 1;
}

int auditList(Context &c)
{
    QCommandLineParser p;
    p.addOption(DbOption);
    p.addOption({QStringLiteral("user"), Text::tr("只看该用户"), QStringLiteral("name")});
    p.addOption({QStringLiteral("action"), Text::tr("只看该操作（以 . 结尾为前缀，如 login.）"),
                 QStringLiteral("action")});
    p.addOption({QStringLiteral("entity"), Text::tr("只看该对象类型"), QStringLiteral("entity")});
    p.addOption({QStringLiteral("id"), Text::tr("只看该对象"), QStringLiteral("id")});
    p.addOption({QStringLiteral("limit"), Text::tr("最多条数（默认 50）"), QStringLiteral("n"),
                 QStringLiteral("50")});
    p.addOption({QStringLiteral("csv"), Text::tr("导出为 CSV 文件"), QStringLiteral("file")});
    addLoginOptions(p);
    if (!parse(c, p, Text::tr("查询或导出审计日志（最新在前）")))
        return 2;
    if (!openDb(c, p.value(DbOption), false, false))
        return 1;
    auto scope = loginFromOptions(c, p);
    if (!scope)
        return loginExitCode(scope.error());
    Models::AuditFilter f;
    f.userId = p.value(QStringLiteral("user"));
    f.action = p.value(QStringLiteral("action"));
    f.entity = p.value(QStringLiteral("entity"));
    f.entityId = p.value(QStringLiteral("id"));
    f.limit = p.value(QStringLiteral("limit")).toInt();
    Models::AuditRepository audit(Conn);
    if (p.isSet(QStringLiteral("csv"))) {
        auto n = audit.exportCsv(*scope, f, p.value(QStringLiteral("csv")));
        if (!n)
            return fail(c, n.error().message);
        printLine(Text::tr("已导出 %1 条到 %2").arg(*n).arg(p.value(QStringLiteral("csv"))));
        return 0;
    }
    auto r = audit.query(*scope, f);
    if (!r)
        return fail(c, r.error().message);
    QJsonArray a;
    for (const auto &e : *r) {
        if (c.json)
            a << QJsonObject{{QStringLiteral("seq"), e.seq},
                             {QStringLiteral("at"), e.at},
                             {QStringLiteral("user"), e.userId},
                             {QStringLiteral("workstation"), e.workstation},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("entity"), e.entity},
                             {QStringLiteral("entity_id"), e.entityId}};
        else
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                          .arg(e.seq)
                          .arg(e.at, e.userId, e.action, e.entity, e.entityId));
    }
    if (c.json)
        printJson(a);
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND(
    "user add",
    QT_TRANSLATE_NOOP("Cli", "新建用户（--username --role --password-file；首个用户为管理员）"),
    userAdd);
JIAYI_CLI_COMMAND("user list", QT_TRANSLATE_NOOP("Cli", "列出用户（管理员登录）"), userList);
JIAYI_CLI_COMMAND("user passwd", QT_TRANSLATE_NOOP("Cli", "修改或重置密码"), userPasswd);
JIAYI_CLI_COMMAND("audit verify", QT_TRANSLATE_NOOP("Cli", "校验审计日志哈希链（--db PATH）"),
                  auditVerify);
JIAYI_CLI_COMMAND("audit list", QT_TRANSLATE_NOOP("Cli", "查询或导出审计日志（--csv FILE）"),
                  auditList);
