// jiayi: the workstation. Wiring only; everything else lives in the libraries.
#include "clinicsetup.h"
#include "database.h"
#include "encrypteddb.h"
#include "logging.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "residentspage.h"
#include "sessionguard.h"
#include "settingspage.h"
#include "syncsetup.h"
#include "uilanguage.h"
#include "userrepository.h"
#include "versioninfo.h"
#include "wheelguard.h"
#include "worklistpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTimer>

#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <cstdio>

namespace {

QElapsedTimer g_sinceStart;
qint64 g_loginMs = 0; // time spent checking the password (the KDF), for the start-up report

// Resident set size in kB: "VmRSS" in all, "RssAnon" the program's own memory, "RssFile" the
// mapped files (libraries and the memory-mapped database pages, shared with the page cache).
long residentKb(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

// For tests/benchmarks/bench_startup: the page the workstation opens on (the day's work list)
// is painted; then the residents list is painted and scrolled end to end as a user would, and
// the figures are printed as JSON.
void reportReady(Gui::MainWindow &window)
{
    window.worklistPage()->table()->repaint();
    const qint64 readyMs = g_sinceStart.elapsed();
    const long readyKb = residentKb();
    window.showPage(Gui::MainWindow::Residents);
    QTableView *table = window.residentsPage()->table();
    table->repaint();
    table->scrollToBottom();
    table->repaint();
    table->scrollToTop();
    table->repaint();
    std::printf(
        "{\"ready_ms\": %lld, \"login_ms\": %lld, \"rss_ready_kb\": %ld, \"rss_scrolled_kb\": %ld,"
        " \"rss_anon_kb\": %ld, \"rss_file_kb\": %ld, \"rows\": %d}\n",
        readyMs, g_loginMs, readyKb, residentKb(), residentKb("RssAnon:"), residentKb("RssFile:"),
        table->model()->rowCount());
    std::fflush(stdout);
    QCoreApplication::quit();
}

// `jiayi --setup clinic.json`: the clinic's setup file (docs/setup.md), checked whole and applied
// before the login, as `jiayi-cli setup` does. An empty string when it went in.
QString applySetupFile(const QString &connection, const QString &path)
{
    const Models::SetupParse parsed = Models::ClinicSetupFile::read(path);
    if (!parsed.ok()) {
        QStringList lines;
        for (const Models::SetupProblem &p : parsed.problems)
            lines << p.toText();
        return QCoreApplication::translate("main", "设置文件有 %1 处问题，什么都没有写入：\n%2")
            .arg(parsed.problems.size())
            .arg(lines.join(QLatin1Char('\n')));
    }
    Models::ClinicSetup setup(connection);
    auto scope = setup.scopeFor(parsed.plan, QSysInfo::machineHostName());
    if (!scope)
        return scope.error().message;
    auto report = setup.apply(*scope, parsed.plan, Sync::setupPlatformWriter(connection));
    if (!report)
        return QCoreApplication::translate("main", "设置没有写入：%1").arg(report.error().message);
    return {};
}

// The options, shared by the answer without a display (--help, --version) and the real start.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Jiayi family-doctor workstation"));
    parser.addHelpOption();
    parser.addOption(
        {{QStringLiteral("v"), QStringLiteral("version")},
         QStringLiteral("Print the program, schema, Qt, SQLite and OpenSSL versions")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: setting database/path, else "
                                     "jiayi.db in the application-data folder)"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh or en"),
                      QStringLiteral("lang")});
    parser.addOption({QStringLiteral("report-ready"),
                      QStringLiteral("Benchmarks: print start-up time and memory once the "
                                     "first page (today's work list) is painted, then quit")});
    parser.addOption(
        {QStringLiteral("user"),
         QStringLiteral("Log in as this user without the login dialog (scripts, screenshots)"),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-file"),
                      QStringLiteral("File whose first line is the password of --user"),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("setup"),
         QStringLiteral("Set the clinic up from this file (docs/setup.md), then start"),
         QStringLiteral("file")});
}

void setNames(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("jiayi"));
    app.setOrganizationName(QStringLiteral("jiayi"));
    app.setApplicationVersion(QStringLiteral(JIAYI_VERSION));
}

// --help and --version answer on a machine without a display (a server, a package check).
bool answersWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *o : {"-h", "--help", "-v", "--version", "-?", "--help-all"})
            if (qstrcmp(argv[i], o) == 0)
                return true;
    return false;
}

int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    setNames(core);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(core);
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s\n", qPrintable(Models::versionText(QStringLiteral("jiayi"),
                                                           QStringLiteral(JIAYI_VERSION))));
        return 0;
    }
    parser.showHelp(0);
}

// The database: --db, else the setting database/path, else jiayi.db in the per-user
// application-data folder (never the install folder; logs go beside it).
QString databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString configured = QSettings().value(QStringLiteral("database/path")).toString();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/jiayi.db");
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (answersWithoutDisplay(argc, argv))
        return answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    setNames(app);
    Gui::WheelGuard::install();

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    const QString language =
        parser.isSet(QStringLiteral("lang"))
            ? parser.value(QStringLiteral("lang"))
            : QSettings()
                  .value(Gui::SettingsPage::languageKey(), QStringLiteral("zh_CN"))
                  .toString();
    Gui::installLanguage(language);
    Models::installFileLogging(QStringLiteral("jiayi"));

    Gui::Context context;
    context.connection = QStringLiteral("main");
    context.databasePath = databasePath(parser);
    // An encrypted database opens only after a login has unwrapped its key (docs/security.md).
    const bool locked = Models::EncryptedDb::isEncrypted(context.databasePath) &&
                        !Models::EncryptedDb::isUnlocked(context.databasePath);
    auto fatal = [](const QString &message) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "家医"), message);
        return 1;
    };
    // A database this start creates is removed again when its first run is cancelled.
    const bool created = !QFileInfo::exists(context.databasePath);
    if (!locked)
        if (auto opened = Models::openDatabase(context.connection, context.databasePath); !opened)
            return fatal(opened.error().message);
    if (parser.isSet(QStringLiteral("setup"))) {
        if (locked)
            return fatal(QCoreApplication::translate(
                "main", "加密的数据库请用 jiayi-cli setup --from 文件 --db 数据库 "
                        "--unlock-recovery-key-file 恢复密钥文件 写入设置"));
        if (const QString problem =
                applySetupFile(context.connection, parser.value(QStringLiteral("setup")));
            !problem.isEmpty()) {
            if (created) // nothing stays of a start that wrote nothing
                Models::discardNewDatabase(context.connection, context.databasePath);
            return fatal(problem);
        }
    }
    Gui::SessionGuard session(context);
    session.setNewDatabase(created);
    if (parser.isSet(QStringLiteral("user"))) {
        QFile f(parser.value(QStringLiteral("password-file")));
        QString password;
        if (f.open(QIODevice::ReadOnly))
            password = QString::fromUtf8(f.readLine());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        QElapsedTimer kdf;
        kdf.start();
        if (locked) {
            if (auto u = Models::EncryptedDb::unlock(
                    context.databasePath, parser.value(QStringLiteral("user")), password);
                !u)
                return fatal(u.error().message);
            if (auto opened = Models::openDatabase(context.connection, context.databasePath);
                !opened)
                return fatal(opened.error().message);
        }
        auto scope =
            Models::UserRepository(context.connection)
                .login(parser.value(QStringLiteral("user")), password, QSysInfo::machineHostName());
        g_loginMs = kdf.elapsed();
        if (!scope) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "家医"),
                                  scope.error().message);
            return 1;
        }
        session.begin(*scope);
    } else if (locked) {
        Gui::LoginDialog dialog(context.connection, Gui::LoginDialog::Login);
        dialog.setDatabaseToUnlock(context.databasePath);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        if (dialog.firstRunNeeded()) { // opened with the recovery key, no user yet: the setup
                                       // wizard creates the administrator
            if (!session.loginInteractively())
                return 0;
        } else {
            session.start(dialog.scope());
        }
    } else if (!session.loginInteractively()) {
        return 0;
    }
    if (parser.isSet(QStringLiteral("report-ready")) && session.window()) {
        Gui::MainWindow *window = session.window();
        QTimer::singleShot(0, window, [window] { reportReady(*window); });
    }
    return app.exec();
}
