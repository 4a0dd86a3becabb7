#include "cliauth.h"

#include "cli.h"
#include "userrepository.h"

#include <QFile>
#include <QSysInfo>

#include <cstdio>

namespace Cli {

void addLoginOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("login"), Text::tr("以该用户身份操作（管理员）"), QStringLiteral("user")});
    p.addOption({QStringLiteral("login-password-file"),
                 Text::tr("该用户的密码所在文件（- 表示标准输入）"), QStringLiteral("file")});
}

Models::Result<QString> readPasswordFile(const QString &path)
{
    if (path.isEmpty())
        return Models::makeError(QStringLiteral("password.missing"),
                                 Text::tr("缺少密码文件（--password-file）"));
    // Standard input can be read once: unlocking an encrypted database and the login share it.
    static QString fromStdin;
    static bool stdinRead = false;
    if (path == QLatin1String("-") && stdinRead)
        return fromStdin;
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok)
        return Models::makeError(QStringLiteral("password.file"),
                                 Text::tr("无法读取密码文件：%1").arg(path));
    QString line = QString::fromUtf8(f.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (path == QLatin1String("-"))
        fromStdin = line, stdinRead = true;
    return line;
}

int loginExitCode(const Models::Error &e)
{
    return e.code == QLatin1String("login.required") ||
                   e.code.startsWith(QLatin1String("password."))
               ? 2
               : 1;
}

Models::Scope cliScope()
{
    Models::Scope s = Models::Scope::administrator();
    s.userId = QStringLiteral("cli");
    s.workstation = QSysInfo::machineHostName();
    return s;
}

Models::Result<Models::Scope> loginFromOptions(const Context &c, const QCommandLineParser &p)
{
    Models::UserRepository users(QStringLiteral("cli"));
    auto has = users.hasUsers();
    if (!has) {
        fail(c, has.error().message);
        return has.error();
    }
    if (!*has && !p.isSet(QStringLiteral("login")))
        return cliScope();
    // The recovery key of an encrypted database is the administrator's: it stands for a login.
    if (unlockedWithRecovery() && !p.isSet(QStringLiteral("login"))) {
        Models::Scope s = cliScope();
        s.userId = QStringLiteral("recovery-key");
        return s;
    }
    if (!p.isSet(QStringLiteral("login"))) {
        auto e = Models::makeError(
            QStringLiteral("login.required"),
            Text::tr("此操作需要管理员登录：--login 用户名 --login-password-file 文件"));
        fail(c, e.message, 2, QStringLiteral("login"));
        return e;
    }
    auto password = readPasswordFile(p.value(QStringLiteral("login-password-file")));
    if (!password) {
        fail(c, password.error().message, 2, QStringLiteral("login-password-file"));
        return password.error();
    }
    auto s = users.login(p.value(QStringLiteral("login")), *password, QSysInfo::machineHostName());
    if (!s)
        fail(c, s.error().message, 1, s.error().field);
    return s;
}

} // namespace Cli
