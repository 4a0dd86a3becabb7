#include "database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// What county IT sees first: `--version` of the installed programs names the program, the schema
// it writes and the libraries it runs with, without a display; and the man pages shipped in the
// package describe every option and command that `--help` lists.
class TstVersion : public QObject
{
    Q_OBJECT

private slots:
    void versionNamesProgramSchemaAndLibraries_data();
    void versionNamesProgramSchemaAndLibraries();
    void manPageCoversHelp_data();
    void manPageCoversHelp();
};

namespace {

struct Run
{
    int code = -1;
    QString out;
};

// Without DISPLAY or WAYLAND_DISPLAY and with no platform chosen: a program that needed a
// display for --version would fail here as it does on a server or in a package check.
Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    return r;
}

QString cli()
{
    return QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli");
}

// The man page's text with roff's escaped hyphens made plain.
QString manPage(const QString &name)
{
    QFile f(QStringLiteral(JIAYI_SOURCE_DIR "/packaging/man/%1.1").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

} // namespace

void TstVersion::versionNamesProgramSchemaAndLibraries_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("name");
    QTest::addRow("jiayi-cli") << cli() << QStringLiteral("jiayi-cli");
    QTest::addRow("jiayi") << QStringLiteral(JIAYI_BIN_DIR "/jiayi") << QStringLiteral("jiayi");
}

void TstVersion::versionNamesProgramSchemaAndLibraries()
{
    QFETCH(QString, program);
    QFETCH(QString, name);
    const Run r = run(program, {QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), name + QStringLiteral(" " JIAYI_VERSION));
    QCOMPARE(lines.at(1), QStringLiteral("schema %1").arg(Models::latestSchemaVersion()));
    QCOMPARE(lines.at(2), QStringLiteral("Qt %1 (built with %2)").arg(qVersion(), QT_VERSION_STR));
    QVERIFY2(QRegularExpression(QStringLiteral("^SQLite 3\\.\\d+\\.\\d+$"))
                 .match(lines.at(3))
                 .hasMatch(),
             qPrintable(lines.at(3)));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^OpenSSL \\d+\\.\\d+")).match(lines.at(4)).hasMatch(),
        qPrintable(lines.at(4)));
}

void TstVersion::manPageCoversHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("page");
    QTest::addRow("jiayi") << QStringLiteral(JIAYI_BIN_DIR "/jiayi") << QStringLiteral("jiayi");
    QTest::addRow("jiayi-cli") << cli() << QStringLiteral("jiayi-cli");
    QTest::addRow("jiayi-platform")
        << QStringLiteral(JIAYI_PLATFORM_BIN) << QStringLiteral("jiayi-platform");
}

void TstVersion::manPageCoversHelp()
{
    QFETCH(QString, program);
    QFETCH(QString, page);
    const QString man = manPage(page);
    QVERIFY2(!man.isEmpty(), qPrintable(page));
    const Run help = run(program, {QStringLiteral("--help")});
    QVERIFY2(help.code == 0 || help.code == 2, qPrintable(help.out));
    QVERIFY(!help.out.isEmpty());

    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (auto it = option.globalMatch(help.out); it.hasNext();) {
        const QString o = it.next().captured();
        QVERIFY2(man.contains(o), qPrintable(page + QStringLiteral(": ") + o));
    }
    // jiayi-cli: every command of the list ("  name<spaces>summary") has its entry.
    if (page == QLatin1String("jiayi-cli")) {
        static const QRegularExpression command(
            QStringLiteral("^  ([a-z][a-z -]*?)(?: {2,}|(?=[^ -~]))"),
            QRegularExpression::MultilineOption);
        int commands = 0;
        for (auto it = command.globalMatch(help.out); it.hasNext(); ++commands) {
            const QString c = it.next().captured(1).trimmed();
            QVERIFY2(man.contains(QStringLiteral(".B ") + c + QLatin1Char('\n')),
                     qPrintable(QStringLiteral("jiayi-cli(1) lacks the command ") + c));
        }
        QVERIFY(commands > 20);
    }
}

QTEST_GUILESS_MAIN(TstVersion)
#include "tst_version.moc"
