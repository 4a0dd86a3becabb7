#pragma once

// How jiayi-cli commands that need a user identify one: --login USER --login-password-file F.
// While the database has no user yet (before first run), the administrator's scope is used.

#include "result.h"
#include "scope.h"

#include <QCommandLineParser>

namespace Cli {

struct Context;

void addLoginOptions(QCommandLineParser &p);
// Logs in as --login (connection "cli"); prints the error and returns an error on failure.
Models::Result<Models::Scope> loginFromOptions(const Context &c, const QCommandLineParser &p);
// 2 for a usage error (no --login, no password file), 1 for a refused login.
int loginExitCode(const Models::Error &e);
// First line of a file ("-" = standard input), without the line end.
Models::Result<QString> readPasswordFile(const QString &path);
// The scope of unattended IT commands (backup, verify): the administrator, named "cli".
Models::Scope cliScope();

} // namespace Cli
