#include "cli.h"

#include "cliauth.h"
#include "codetable.h"
#include "database.h"
#include "encrypteddb.h"
#include "logging.h"
#include "versioninfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace Cli {

QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

bool registerCommand(const Command &command)
{
    registry().append(command);
    return true;
}

const QList<Command> &commands()
{
    return registry();
}

void printLine(const QString &s)
{
    std::fputs(s.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
}

void printJson(const QJsonArray &a)
{
    std::fputs(QJsonDocument(a).toJson(QJsonDocument::Indented).constData(), stdout);
}

int fail(const Context &c, const QString &message, int code, const QString &field)
{
    if (c.json) {
        QJsonObject o{{QStringLiteral("error"), message}};
        if (!field.isEmpty())
            o.insert(QStringLiteral("field"), field);
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stderr);
        std::fputc('\n', stderr);
    } else {
        std::fputs((Text::tr("错误：") + message + QLatin1Char('\n')).toUtf8().constData(), stderr);
    }
    return code;
}

bool parse(Context &c, QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Text::tr("以 JSON 输出")});
    parser.addOption(
        {QStringLiteral("lang"), Text::tr("界面语言：zh 或 en"), QStringLiteral("lang")});
    if (!parser.parse(QStringList{c.program} + c.args)) {
        fail(c, parser.errorText(), 2);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        std::exit(0);
    }
    c.json = c.json || parser.isSet(QStringLiteral("json"));
    return true;
}

namespace {
QString g_unlockUser, g_unlockPasswordFile, g_unlockRecoveryFile;
bool g_recovery = false;

// The value of `--name V` or `--name=V` among a command's arguments.
QString argValue(const QStringList &args, const QString &name)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + QLatin1Char('=')))
            return args.at(i).mid(name.size() + 1);
    }
    return {};
}
} // namespace

bool unlockedWithRecovery()
{
    return g_recovery;
}

bool unlockDb(const Context &c, const QString &path)
{
    if (path.isEmpty() || !Models::EncryptedDb::isEncrypted(path) ||
        Models::EncryptedDb::isUnlocked(path))
        return true;
    if (!g_unlockRecoveryFile.isEmpty()) {
        auto key = readPasswordFile(g_unlockRecoveryFile);
        if (!key) {
            fail(c, key.error().message, 2, QStringLiteral("unlock-recovery-key-file"));
            return false;
        }
        if (auto r = Models::EncryptedDb::unlockWithRecovery(path, *key); !r) {
            fail(c, r.error().message, 1, r.error().field);
            return false;
        }
        g_recovery = true;
        return true;
    }
    QString user = g_unlockUser, file = g_unlockPasswordFile;
    if (user.isEmpty())
        user = argValue(c.args, QStringLiteral("--login")),
        file = argValue(c.args, QStringLiteral("--login-password-file"));
    if (user.isEmpty())
        user = argValue(c.args, QStringLiteral("--username")),
        file = argValue(c.args, QStringLiteral("--old-password-file"));
    if (user.isEmpty() || file.isEmpty()) {
        fail(c,
             Text::tr("数据库已加密：请用 --unlock-user 用户 --unlock-password-file 文件（或 "
                      "--login/--login-password-file，"
                      "或 --unlock-recovery-key-file 恢复密钥文件）解锁"),
             2, QStringLiteral("unlock-user"));
        return false;
    }
    auto password = readPasswordFile(file);
    if (!password) {
        fail(c, password.error().message, 2, QStringLiteral("unlock-password-file"));
        return false;
    }
    if (auto r = Models::EncryptedDb::unlock(path, user, *password); !r) {
        fail(c, r.error().message, 1, r.error().field);
        return false;
    }
    return true;
}

bool openDb(const Context &c, const QString &path, bool create, bool migrate)
{
    if (path.isEmpty()) {
        fail(c, Text::tr("缺少 --db 数据库文件路径"), 2);
        return false;
    }
    if (!unlockDb(c, path))
        return false;
    Models::OpenOptions o;
    o.create = create;
    o.migrate = migrate;
    auto r = Models::openDatabase(QStringLiteral("cli"), path, o);
    if (!r) {
        fail(c, r.error().message);
        return false;
    }
    return true;
}

} // namespace Cli

namespace {

void printHelp()
{
    QString text = Cli::Text::tr("用法：jiayi-cli <命令> [选项]\n\n命令：\n");
    for (const Cli::Command &c : Cli::commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(c.name.leftJustified(22), QCoreApplication::translate("Cli", c.summary));
    text += Cli::Text::tr("\n通用选项：--json（JSON 输出），--lang en（英文），--help，--version\n"
                          "每个命令后加 --help 查看其选项。");
    text +=
        QLatin1Char('\n') + Cli::Text::tr("加密数据库：--unlock-user 用户 --unlock-password-file "
                                          "文件，或 --unlock-recovery-key-file 文件");
    Cli::printLine(text);
}

void installTranslator(QCoreApplication &app, const QStringList &args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--lang"));
    QString lang = i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
    if (lang.startsWith(QLatin1String("en"))) {
        auto *t = new QTranslator(&app);
        if (t->load(QStringLiteral(":/i18n/jiayi_en.qm")))
            app.installTranslator(t);
        Models::CodeTable::setEnglish(true);
    }
}

// Every `print ...` command (check, record, summary...) and any command given `--pdf` (report,
// worklist...) lay out text and write PDF, which needs fonts: a QGuiApplication, on the offscreen
// platform unless the caller chose one (no display needed).
bool printsDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "print") == 0)
            return true;
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (printsDocuments(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    app.setApplicationName(QStringLiteral("jiayi"));
    app.setOrganizationName(QStringLiteral("jiayi"));
    app.setApplicationVersion(QStringLiteral(JIAYI_VERSION));
    QStringList args = app.arguments();
    const QString program = args.takeFirst();
    installTranslator(app, args);
    Models::installFileLogging(QStringLiteral("jiayi-cli"));
    // --lang and the unlock options are global: taken out so they may stand anywhere.
    const std::pair<QString, QString *> globals[] = {
        {QStringLiteral("--lang"), nullptr},
        {QStringLiteral("--unlock-user"), &Cli::g_unlockUser},
        {QStringLiteral("--unlock-password-file"), &Cli::g_unlockPasswordFile},
        {QStringLiteral("--unlock-recovery-key-file"), &Cli::g_unlockRecoveryFile}};
    for (qsizetype i = 0; i < args.size();) {
        bool taken = false;
        for (const auto &[name, target] : globals) {
            if (args.at(i) == name && i + 1 < args.size()) {
                if (target)
                    *target = args.at(i + 1);
                args.remove(i, 2);
                taken = true;
            } else if (args.at(i).startsWith(name + QLatin1Char('='))) {
                if (target)
                    *target = args.at(i).mid(name.size() + 1);
                args.remove(i);
                taken = true;
            }
            if (taken)
                break;
        }
        if (!taken)
            ++i;
    }

    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        Cli::printLine(
            Models::versionText(QStringLiteral("jiayi-cli"), QStringLiteral(JIAYI_VERSION)));
        return 0;
    }
    // Longest match first, so "vaccine plan" wins over "vaccine".
    const Cli::Command *best = nullptr;
    int bestWords = 0;
    for (const Cli::Command &c : Cli::commands()) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (words.size() <= args.size() && args.mid(0, words.size()) == words &&
            words.size() > bestWords) {
            best = &c;
            bestWords = int(words.size());
        }
    }
    Cli::Context ctx;
    ctx.program = program;
    ctx.json = args.contains(QStringLiteral("--json"));
    if (!best)
        return Cli::fail(
            ctx, Cli::Text::tr("未知命令：%1（jiayi-cli --help 列出全部命令）").arg(args.first()),
            2);
    ctx.args = args.mid(bestWords);
    return best->run(ctx);
}
