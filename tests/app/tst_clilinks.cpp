// jiayi-cli writes the paper forms with ui/print on QtGui alone: the headless companion must not
// pull in QtWidgets or QtPrintSupport (IT installs it on servers without a desktop). Reads the
// dynamic section of the built executables with readelf.
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {
QStringList neededLibraries(const QString &executable)
{
    QProcess p;
    p.start(QStringLiteral("readelf"), {QStringLiteral("-d"), executable});
    if (!p.waitForFinished() || p.exitCode() != 0)
        return {};
    QStringList needed;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.contains(QLatin1String("(NEEDED)")))
            needed << line.section(u'[', 1).section(u']', 0, 0);
    return needed;
}
} // namespace

class TestCliLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
            QSKIP("readelf (binutils) not installed");
    }

    void cliLinksNoWidgets()
    {
        const QStringList needed =
            neededLibraries(QStringLiteral(JIAYI_BIN_DIR) + QStringLiteral("/jiayi-cli"));
        // It does need QtGui (text layout and PDF), which shows the list was read.
        QVERIFY2(needed.filter(QStringLiteral("libQt6Gui")).size() == 1,
                 qPrintable(needed.join(u' ')));
        QVERIFY2(needed.filter(QStringLiteral("libQt6Widgets")).isEmpty(),
                 qPrintable(needed.join(u' ')));
        QVERIFY2(needed.filter(QStringLiteral("libQt6PrintSupport")).isEmpty(),
                 qPrintable(needed.join(u' ')));
    }

    void workstationLinksWidgets()
    {
        // The same check on the workstation finds both, so the test above can fail.
        const QStringList needed =
            neededLibraries(QStringLiteral(JIAYI_BIN_DIR) + QStringLiteral("/jiayi"));
        QCOMPARE(needed.filter(QStringLiteral("libQt6Widgets")).size(), 1);
        QCOMPARE(needed.filter(QStringLiteral("libQt6PrintSupport")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLinks)
#include "tst_clilinks.moc"
