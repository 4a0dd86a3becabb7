// jiayi: the workstation. Wiring only; everything else lives in the libraries.
#include "codetable.h"
#include "database.h"
#include "logging.h"
#include "mainwindow.h"
#include "sessionguard.h"
#include "settingspage.h"
#include "userrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QFile>
#include <QSysInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const bool english = language.startsWith(QLatin1String("en"));
    Models::CodeTable::setEnglish(english);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(english ? QStringLiteral("en") : QStringLiteral("zh_CN")), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(english ? QStringLiteral(":/i18n/jiayi_en.qm") : QStringLiteral(":/i18n/jiayi_zh_CN.qm")))
        app.installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("jiayi"));
    app.setOrganizationName(QStringLiteral("jiayi"));
    app.setApplicationVersion(QStringLiteral(JIAYI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Jiayi family-doctor workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh or en"), QStringLiteral("lang")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("Log in as this user without the login dialog (scripts, screenshots)"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-file"), QStringLiteral("File whose first line is the password of --user"),
                      QStringLiteral("file")});
    parser.process(app);

    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : QSettings().value(Gui::SettingsPage::languageKey(), QStringLiteral("zh_CN")).toString();
    installTranslations(app, language);
    Models::installFileLogging(QStringLiteral("jiayi"));

    Gui::Context context;
    context.connection = QStringLiteral("main");
    context.databasePath = parser.isSet(QStringLiteral("db"))
                               ? parser.value(QStringLiteral("db"))
                               : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                     + QStringLiteral("/jiayi.db");
    auto opened = Models::openDatabase(context.connection, context.databasePath);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "家医"),
                              opened.error().message);
        return 1;
    }
    Gui::SessionGuard session(context);
    if (parser.isSet(QStringLiteral("user"))) {
        QFile f(parser.value(QStringLiteral("password-file")));
        QString password;
        if (f.open(QIODevice::ReadOnly))
            password = QString::fromUtf8(f.readLine());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        auto scope = Models::UserRepository(context.connection)
                         .login(parser.value(QStringLiteral("user")), password, QSysInfo::machineHostName());
        if (!scope) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "家医"), scope.error().message);
            return 1;
        }
        session.begin(*scope);
    } else if (!session.loginInteractively()) {
        return 0;
    }
    return app.exec();
}
