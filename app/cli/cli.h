#pragma once

// jiayi-cli: one file per command group registers its commands here (JIAYI_CLI_COMMAND), so a
// new capability adds a file and touches nothing else.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Cli {

// Translation context "Cli" for every command file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Context
{
    QStringList args;  // arguments after the command name (and sub-command, if any)
    bool json = false; // --json
    QString program;
};

using Handler = std::function<int(Context &)>;

struct Command
{
    QString name;        // "demo", or "vaccine plan" for a sub-command
    const char *summary; // QT_TRANSLATE_NOOP("Cli", ...), translated when shown
    Handler run;
};

bool registerCommand(const Command &command);
const QList<Command> &commands();

// Helpers shared by the commands.
int fail(const Context &c, const QString &message, int code = 1, const QString &field = {});
void printJson(const QJsonObject &o);
void printJson(const QJsonArray &a);
void printLine(const QString &s);
// Parses `c.args` with the given options; on error prints it and returns false.
bool parse(Context &c, QCommandLineParser &parser, const QString &description);
// Opens the database named by --db (required) as connection "cli"; prints the error.
// An encrypted database is unlocked first (unlockDb).
bool openDb(const Context &c, const QString &path, bool create = false, bool migrate = true);
// Unlocks an encrypted database for this process (nothing to do for a plain one) with, in this
// order: the global --unlock-recovery-key-file K, or --unlock-user U --unlock-password-file F,
// or the command's own --login U --login-password-file F, or --username U --old-password-file F.
bool unlockDb(const Context &c, const QString &path);
// The database was unlocked with the recovery key: commands that need an administrator accept it.
bool unlockedWithRecovery();
// `jiayi-cli export --deidentify` (cmd_export.cpp); plain `export` writes the list
// (cmd_record.cpp).
int deidentifiedExport(Context &c);

} // namespace Cli

#define JIAYI_CLI_CONCAT2(a, b) a##b
#define JIAYI_CLI_CONCAT(a, b) JIAYI_CLI_CONCAT2(a, b)
#define JIAYI_CLI_COMMAND(name, summary, fn)                                                       \
    static const bool JIAYI_CLI_CONCAT(s_registered_, __LINE__) =                                  \
        Cli::registerCommand(Cli::Command{QStringLiteral(name), summary, fn})
