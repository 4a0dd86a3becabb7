// jiayi: the workstation. Wiring only; everything else lives in the libraries.
#include "codetable.h"
#include "database.h"
#include "encrypteddb.h"
#include "logging.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "residentspage.h"
#include "sessionguard.h"
#include "settingspage.h"
#include "userrepository.h"
#include "wheelguard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTranslator>
#include <cstdio>

namespace {

QElapsedTimer g_sinceStart;
qint64 g_loginMs = 0; // time spent checking the password (the KDF), for the start-up report

void installTranslations(QApplication &app, const QString &language)
{
    const bool english = language.startsWith(QLatin1String("en"));
    Models::CodeTable::setEnglish(english);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(english ? QStringLiteral("en") : QStringLiteral("zh_CN")),
                 QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(english ? QStringLiteral(":/i18n/jiayi_en.qm")
                          : QStringLiteral(":/i18n/jiayi_zh_CN.qm")))
        app.installTranslator(own);
}

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

// For tests/benchmarks/bench_startup: the list is painted, then scrolled end to end as a user
// would, and the figures are printed as JSON.
void reportReady(Gui::MainWindow &window)
{
    QTableView *table = window.residentsPage()->table();
    table->repaint();
    const qint64 readyMs = g_sinceStart.elapsed();
    const long readyKb = residentKb();
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

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("jiayi"));
    app.setOrganizationName(QStringLiteral("jiayi"));
    app.setApplicationVersion(QStringLiteral(JIAYI_VERSION));
    Gui::WheelGuard::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Jiayi family-doctor workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh or en"),
                      QStringLiteral("lang")});
    parser.addOption({QStringLiteral("report-ready"),
                      QStringLiteral("Benchmarks: print start-up time and memory once the "
                                     "residents list is painted, then quit")});
    parser.addOption(
        {QStringLiteral("user"),
         QStringLiteral("Log in as this user without the login dialog (scripts, screenshots)"),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-file"),
                      QStringLiteral("File whose first line is the password of --user"),
                      QStringLiteral("file")});
    parser.process(app);

    const QString language =
        parser.isSet(QStringLiteral("lang"))
            ? parser.value(QStringLiteral("lang"))
            : QSettings()
                  .value(Gui::SettingsPage::languageKey(), QStringLiteral("zh_CN"))
                  .toString();
    installTranslations(app, language);
    Models::installFileLogging(QStringLiteral("jiayi"));

    Gui::Context context;
    context.connection = QStringLiteral("main");
    context.databasePath =
        parser.isSet(QStringLiteral("db"))
            ? parser.value(QStringLiteral("db"))
            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                  QStringLiteral("/jiayi.db");
    // An encrypted database opens only after a login has unwrapped its key (docs/security.md).
    const bool locked = Models::EncryptedDb::isEncrypted(context.databasePath) &&
                        !Models::EncryptedDb::isUnlocked(context.databasePath);
    auto fatal = [](const QString &message) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "家医"), message);
        return 1;
    };
    if (!locked)
        if (auto opened = Models::openDatabase(context.connection, context.databasePath); !opened)
            return fatal(opened.error().message);
    Gui::SessionGuard session(context);
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
        if (dialog.firstRunNeeded()) { // opened with the recovery key, no user yet: create the
                                       // administrator
            if (!session.loginInteractively())
                return 0;
        } else {
            session.begin(dialog.scope());
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
