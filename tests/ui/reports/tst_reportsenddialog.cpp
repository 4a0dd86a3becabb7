// GUI: 上报月度指标 on the reports page. The dialog sends the chosen month of a demo workstation to
// a real platform over TLS (worker thread), shows progress and then the result in words; the
// platform then holds one MeasureReport per indicator. A wrong token ends in a clear failure and
// the dialog can be used again; a village doctor and an unconfigured workstation cannot send.
#include "database.h"
#include "demogenerator.h"
#include "reportsenddialog.h"
#include "reportspage.h"
#include "synctestutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Gui;

class TestReportSendDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTest::Platform m_platform;
    QString m_ca, m_token;
    Context m_ctx;

    void configure(const QString &token)
    {
        Sync::SyncConfig c;
        c.server = m_platform.url;
        c.token = token;
        c.caFile = m_ca;
        auto r = Sync::SyncState(m_ctx.connection).configure(m_ctx.scope, c);
        QVERIFY(r.ok());
    }

    int reportsOnPlatform()
    {
        return m_platform
            .query("SELECT count(*) FROM resource WHERE type = 'MeasureReport' AND NOT deleted")
            .value(0)
            .value(0)
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ca = SyncTest::startTlsPlatform(m_platform, m_dir.path());
        QVERIFY(!m_ca.isEmpty());
        m_token = m_platform.addToken("黄花镇卫生院", "430121");
        m_ctx.connection = QStringLiteral("ws");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("ws.db"));
        m_ctx.scope = Models::Scope::administrator();
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 200;
        o.seed = 5;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    }

    void theReportsPageOpensIt()
    {
        ReportsPage page(m_ctx);
        QVERIFY(page.sendButton());
        QCOMPARE(page.tabs()->cornerWidget(Qt::TopRightCorner), page.sendButton());
        QVERIFY(page.sendButton()->isEnabled());
        QCOMPARE(page.sendButton()->text(), QStringLiteral("上报月度指标…"));
        // A village doctor's figures would be a part of the clinic's: not for them.
        Context village = m_ctx;
        village.scope.allVillages = false;
        village.scope.villages = {QStringLiteral("430121101201")};
        ReportsPage limited(village);
        QVERIFY(!limited.sendButton()->isEnabled());
        QVERIFY(limited.sendButton()->toolTip().contains(QStringLiteral("全部村")));
    }

    void unconfiguredCannotSend()
    {
        ReportSendDialog d(m_ctx);
        QVERIFY(!d.sendButton()->isEnabled());
        // Where the address and token are entered (the settings page, not the sync page).
        QVERIFY(d.resultLabel()->text().contains(QStringLiteral("设置 → 区域平台")));
    }

    void sendsTheChosenMonth()
    {
        configure(m_token);
        ReportSendDialog d(m_ctx);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.sendButton()->isEnabled());
        // The month before this one is offered first; take the one before it, by keyboard.
        const QDate lastMonth = QDate::currentDate().addMonths(-1);
        QCOMPARE(d.monthBox()->currentData().toDate(),
                 QDate(lastMonth.year(), lastMonth.month(), 1));
        d.monthBox()->setFocus();
        QTest::keyClick(d.monthBox(), Qt::Key_Down);
        const QDate chosen = d.monthBox()->currentData().toDate();
        QCOMPARE(chosen, QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(-1));
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QVERIFY(!d.sendButton()->isEnabled()); // running
        QVERIFY(d.findChild<QProgressBar *>()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(d.sendButton()->isEnabled(), 30000);
        QVERIFY2(d.resultLabel()->property("ok").toBool(), qPrintable(d.resultLabel()->text()));
        QVERIFY(d.resultLabel()->text().contains(chosen.toString("yyyy-MM")));
        const int n = reportsOnPlatform();
        QVERIFY(n > 20);
        QVERIFY(d.resultLabel()->text().contains(QStringLiteral("新增 %1").arg(n)));
        // Again: the same reports, updated, none added.
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.sendButton()->isEnabled(), 30000);
        QVERIFY(d.resultLabel()->property("ok").toBool());
        QVERIFY(d.resultLabel()->text().contains(QStringLiteral("新增 0")));
        QCOMPARE(reportsOnPlatform(), n);
        if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
            d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/reportsend.png"));
    }

    // While sending, 关闭 reads 取消; Esc or a click stops the send and the dialog stays open
    // with the outcome in words (a send that ends first simply reports it).
    void cancelKeepsTheDialogOpen()
    {
        configure(m_token);
        ReportSendDialog d(m_ctx);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.closeButton()->text(), QStringLiteral("关闭"));
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QCOMPARE(d.closeButton()->text(), QStringLiteral("取消"));
        QVERIFY(d.closeButton()->isEnabled());
        QTest::keyClick(&d, Qt::Key_Escape);
        QVERIFY(d.isVisible()); // not closed while the send runs
        QTRY_VERIFY_WITH_TIMEOUT(d.sendButton()->isEnabled(), 30000);
        QVERIFY(d.isVisible());
        QCOMPARE(d.closeButton()->text(), QStringLiteral("关闭"));
        const bool ok = d.resultLabel()->property("ok").toBool();
        QVERIFY2(ok || d.resultLabel()->text().contains(QStringLiteral("已取消")),
                 qPrintable(d.resultLabel()->text()));
        QTest::keyClick(&d, Qt::Key_Escape);
        QVERIFY(!d.isVisible());
    }

    void aWrongTokenFailsClearly()
    {
        configure(QStringLiteral("not-a-token"));
        ReportSendDialog d(m_ctx);
        d.show();
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.sendButton()->isEnabled(), 30000);
        QVERIFY(!d.resultLabel()->property("ok").toBool());
        QVERIFY2(d.resultLabel()->text().startsWith(QStringLiteral("上报失败")) &&
                     d.resultLabel()->text().contains(QStringLiteral("401")),
                 qPrintable(d.resultLabel()->text()));
    }

    void cleanupTestCase()
    {
        m_platform.stop();
        Models::closeDatabase(m_ctx.connection);
    }
};

QTEST_MAIN(TestReportSendDialog)
#include "tst_reportsenddialog.moc"
