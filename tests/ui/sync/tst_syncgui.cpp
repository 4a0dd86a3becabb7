// GUI (offscreen): the sync status bar and the 冲突 screen against a real platform over HTTPS.
// Two workstations change the same field; the second one syncs through the 同步 button, the
// conflict is resolved through the widgets (choose the platform's value, then edit it), and after
// the next syncs workstation A, workstation B and the platform agree. The status bar is checked
// for truth at every step (unsent count, conflicts, last complete sync), and the automatic sync
// starts when due and never twice at once.
#include "synctestutil.h"

#include "conflictpanel.h"
#include "syncpage.h"
#include "syncsettingswidget.h"
#include "syncstate.h"
#include "syncstatuswidget.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace SyncTest;
using namespace Gui;

class TestSyncGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca, m_tokenA, m_tokenB;
    Models::Scope m_admin = Models::Scope::administrator();
    QString m_id; // the record both workstations change
    Context m_ctx;
    std::unique_ptr<SyncStatusWidget> m_status;
    std::unique_ptr<SyncPage> m_page;
    std::unique_ptr<SyncSettingsWidget> m_settings; // 设置 → 区域平台 (administrators)

    QString statusText()
    {
        m_status->refresh();
        return m_status->text();
    }
    QString address(const QString &conn)
    {
        return Models::ResidentRepository(conn).findById(m_admin, m_id)->address;
    }
    void setAddress(const QString &conn, const QString &value)
    {
        auto r = *Models::ResidentRepository(conn).findById(m_admin, m_id);
        r.address = value;
        QVERIFY(Models::ResidentRepository(conn).update(m_admin, r).ok());
    }
    // Presses 同步 on B's page and waits for the worker thread to finish.
    void pressSync()
    {
        QSignalSpy done(m_page.get(), &SyncPage::syncFinished);
        auto *button = m_page->findChild<QPushButton *>("syncButton");
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(m_page->findChild<QProgressBar *>("syncProgress")->value(), 100);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = startTlsPlatform(m_platform, m_dir.path());
        QVERIFY(!m_ca.isEmpty());
        m_tokenA = m_platform.addToken("幸福村卫生室", Township);
        m_tokenB = m_platform.addToken("乡镇卫生院", Township);
        QVERIFY(openWorkstation("a", m_dir.filePath("a.db")));
        QVERIFY(openWorkstation("b", m_dir.filePath("b.db")));
        Models::ResidentRepository repo("a");
        for (int i = 0; i < 5; ++i) {
            auto r = repo.create(
                m_admin, resident(QStringLiteral("界面%1").arg(QChar(0x4e00 + i)), i), i == 0);
            QVERIFY(r.ok());
            if (i == 2)
                m_id = r->id;
        }
        QVERIFY(sync("a", m_platform, m_tokenA, m_ca).ok);
        m_ctx.connection = QStringLiteral("b");
        m_ctx.scope = m_admin;
        m_ctx.databasePath = m_dir.filePath("b.db");
        m_status = std::make_unique<SyncStatusWidget>(m_ctx);
        m_page = std::make_unique<SyncPage>(m_ctx);
        m_page->resize(1280, 700);
        m_page->show();
        m_settings = std::make_unique<SyncSettingsWidget>(m_ctx);
        connect(m_settings.get(), &SyncSettingsWidget::changed, m_page.get(),
                &SyncPage::reloadStatus);
        connect(m_status.get(), &SyncStatusWidget::onlineChanged, m_page.get(),
                &SyncPage::setOnline);
    }

    void cleanupTestCase()
    {
        m_settings.reset();
        m_page.reset();
        m_status.reset();
        Models::closeDatabase("a");
        Models::closeDatabase("b");
        m_platform.stop();
    }

    void notConfiguredSaysSo()
    {
        QVERIFY(statusText().contains(QStringLiteral("未配置区域平台")));
        QVERIFY(statusText().contains(QStringLiteral("从未完整同步")));
    }

    void configureThroughTheForm()
    {
        // The platform settings are not on the sync page every user sees, only in the
        // administrators' settings section.
        QVERIFY(!m_page->findChild<QLineEdit *>("syncServer"));
        QVERIFY(!m_page->findChild<QLineEdit *>("syncToken"));
        QVERIFY(m_page->findChild<QLabel *>("syncPlatform")
                    ->text()
                    .contains(QStringLiteral("尚未配置区域平台")));
        auto *server = m_settings->findChild<QLineEdit *>("syncServer");
        auto *token = m_settings->findChild<QLineEdit *>("syncToken");
        auto *ca = m_settings->findChild<QLineEdit *>("syncCa");
        auto *autoMinutes = m_settings->findChild<QSpinBox *>("syncAutoMinutes");
        QVERIFY(server && token && ca && autoMinutes);
        QCOMPARE(autoMinutes->value(), 15); // automatic sync every 15 minutes by default
        QTest::keyClicks(server, m_platform.url);
        QTest::keyClicks(token, m_tokenB);
        QTest::keyClicks(ca, m_ca);
        autoMinutes->setValue(0); // by hand only while the test drives it
        QTest::mouseClick(m_settings->findChild<QPushButton *>("saveSyncConfig"), Qt::LeftButton);
        QVERIFY(m_page->findChild<QLabel *>("syncPlatform")->text().contains(m_platform.url));
        const auto cfg = Sync::SyncState("b").config(m_admin);
        QCOMPARE(cfg->server, m_platform.url);
        QCOMPARE(cfg->autoMinutes, 0);
        m_status->probe();
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("在线")), 10000);
    }

    void firstSyncThroughTheButton()
    {
        pressSync();
        QCOMPARE(scalar("b", "SELECT count(*) FROM resident"), 5);
        const QString s = statusText();
        QVERIFY2(s.contains(QStringLiteral("无未上传修改")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("上次完整同步")), qPrintable(s));
        QVERIFY(!s.contains(QStringLiteral("冲突")));
    }

    void unsentIsShownUntilSent()
    {
        const QString lastSync = Sync::SyncState("b").value("last_sync");
        setAddress("a", QStringLiteral("甲改的地址"));
        QVERIFY(sync("a", m_platform, m_tokenA, m_ca).ok);
        setAddress("b", QStringLiteral("乙改的地址"));
        const QString s = statusText();
        // Counted by kind, with Chinese labels, on the status bar and on the page.
        QVERIFY2(s.contains(QStringLiteral("未上传：居民 1")), qPrintable(s));
        QVERIFY(!s.contains(QStringLiteral("无未上传修改")));
        m_page->reloadStatus();
        QCOMPARE(m_page->findChild<QLabel *>("syncPending")->text(),
                 QStringLiteral("待上传：居民 1"));

        // B syncs: the same field changed on both sides -> the conflict queue, B's value stays.
        pressSync();
        QVERIFY(m_page->findChild<QLabel *>("syncSummary")
                    ->text()
                    .contains(QStringLiteral("新冲突 1 处")));
        QCOMPARE(address("b"), QStringLiteral("乙改的地址"));
        const QString after = statusText();
        QVERIFY2(after.contains(QStringLiteral("冲突 1 处")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("未上传：居民 1")),
                 qPrintable(after));                                 // held back until decided
        QCOMPARE(Sync::SyncState("b").value("last_sync"), lastSync); // not "complete" while unsent
        if (const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_page->resize(1366, 700);
            m_page->grab().save(dir + "/syncpage-conflict.png");
            m_status->resize(1366, 24);
            m_status->grab().save(dir + "/syncstatus-conflict.png");
        }
    }

    void resolveThroughTheConflictScreen()
    {
        auto *records = m_page->findChild<QListWidget *>("conflictRecords");
        auto *fields = m_page->findChild<QTableWidget *>("conflictFields");
        QVERIFY(records && fields);
        QCOMPARE(records->count(), 1);
        // Listed by the resident's name and the kind of record, fields by their Chinese label.
        const QString name = Models::ResidentRepository("b").findById(m_admin, m_id)->name;
        QVERIFY2(records->item(0)->text().startsWith(name + QStringLiteral(" · 居民")),
                 qPrintable(records->item(0)->text()));
        records->setCurrentRow(0);
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("现住址"));
        QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("乙改的地址")); // 本机
        QCOMPARE(fields->item(0, 3)->text(), QStringLiteral("甲改的地址")); // 平台
        // Take the platform's value by keyboard (Enter on it; a double-click does the same) ...
        fields->setFocus();
        fields->setCurrentCell(0, 3);
        QTest::keyClick(fields, Qt::Key_Return);
        QCOMPARE(fields->item(0, 4)->text(), QStringLiteral("甲改的地址"));
        fields->setCurrentCell(0, 2); // ... or 本机
        QTest::keyClick(fields, Qt::Key_Return);
        QCOMPARE(fields->item(0, 4)->text(), QStringLiteral("乙改的地址"));
        QTest::mouseClick(m_page->findChild<QPushButton *>("takeAllTheirs"),
                          Qt::LeftButton); // all from the platform
        QCOMPARE(fields->item(0, 4)->text(), QStringLiteral("甲改的地址"));
        // ... and the person edits it (Chinese arrives through the input method).
        fields->setCurrentCell(0, 4);
        fields->editItem(fields->item(0, 4));
        auto *editor = fields->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QInputMethodEvent e;
        e.setCommitString(QStringLiteral("两边商定的地址"));
        QApplication::sendEvent(editor, &e);
        QCOMPARE(editor->text(), QStringLiteral("两边商定的地址"));
        QTest::keyClick(editor, Qt::Key_Return); // commits through a queued call
        QTRY_COMPARE(fields->item(0, 4)->text(), QStringLiteral("两边商定的地址"));
        QTest::mouseClick(m_page->findChild<QPushButton *>("saveResolution"), Qt::LeftButton);
        QCOMPARE(records->count(), 0);
        QCOMPARE(address("b"), QStringLiteral("两边商定的地址"));
        const QString s = statusText();
        QVERIFY2(!s.contains(QStringLiteral("冲突")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("未上传：居民 1")),
                 qPrintable(s)); // the decision goes up next
    }

    void allAgreeAfterSyncing()
    {
        pressSync();
        QVERIFY(sync("a", m_platform, m_tokenA, m_ca).ok);
        QCOMPARE(address("a"), QStringLiteral("两边商定的地址"));
        QCOMPARE(dump("a", "resident", ResidentColumns), dump("b", "resident", ResidentColumns));
        QCOMPARE(m_platform.count(), scalar("a", "SELECT count(*) FROM resident") +
                                         scalar("a", "SELECT count(*) FROM household"));
        const QString s = statusText();
        QVERIFY2(s.contains(QStringLiteral("无未上传修改")), qPrintable(s));
        QVERIFY(!s.contains(QStringLiteral("冲突")));
        const QDateTime last =
            QDateTime::fromString(Sync::SyncState("b").value("last_sync"), Qt::ISODateWithMs);
        QVERIFY(last.secsTo(QDateTime::currentDateTimeUtc()) < 120);
    }

    void automaticSyncWhenDueAndNeverTwice()
    {
        Sync::SyncState state("b");
        auto cfg = *state.config(m_admin);
        cfg.autoMinutes = 15;
        QVERIFY(state.configure(m_admin, cfg).ok());
        // Pure rule: off, offline, running, or too soon -> no.
        auto st = *state.status(m_admin);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!Sync::autoSyncDue(cfg, st, true, false, now)); // just synced
        QVERIFY(Sync::autoSyncDue(cfg, st, true, false, now.addSecs(16 * 60)));
        QVERIFY(!Sync::autoSyncDue(cfg, st, false, false, now.addSecs(16 * 60)));
        QVERIFY(!Sync::autoSyncDue(cfg, st, true, true, now.addSecs(16 * 60)));
        auto off = cfg;
        off.autoMinutes = 0;
        QVERIFY(!Sync::autoSyncDue(off, st, true, false, now.addSecs(16 * 60)));

        // The page: the last attempt was 20 minutes ago and the platform answers -> it syncs once.
        QVERIFY(
            state.setValue("last_attempt", now.addSecs(-20 * 60).toString(Qt::ISODateWithMs)).ok());
        setAddress("b", QStringLiteral("自动同步的地址"));
        QSignalSpy done(m_page.get(), &SyncPage::syncFinished);
        m_page->setOnline(true);
        QVERIFY(m_page->isSyncing());
        QVERIFY(!m_page->maybeAutoSync()); // never two at once
        QVERIFY(done.wait(60000));
        QCOMPARE(done.count(), 1);
        QVERIFY(!m_page->maybeAutoSync()); // and not again right after
        QVERIFY2(statusText().contains(QStringLiteral("无未上传修改")), qPrintable(statusText()));
        QVERIFY(sync("a", m_platform, m_tokenA, m_ca).ok);
        QCOMPARE(address("a"), QStringLiteral("自动同步的地址"));
    }

    // A sync that fails on TLS (the platform's certificate is not signed by the configured CA)
    // never shows 完成 100% or ● 在线: the bar and the status say what failed and since when.
    void failedSyncTellsTheTruth()
    {
        const QString wrong = m_dir.filePath("wrong");
        QVERIFY(QDir().mkpath(wrong));
        QVERIFY(run("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                "-subj", "/CN=Some Other CA", "-keyout", wrong + "/ca.key", "-out",
                                wrong + "/ca.pem"}));
        Sync::SyncState state("b");
        auto cfg = *state.config(m_admin);
        cfg.caFile = wrong + "/ca.pem";
        cfg.autoMinutes = 0;
        QVERIFY(state.configure(m_admin, cfg).ok());
        m_status->probe(); // the platform answered a moment ago: the bar may say 在线 until now
        setAddress("b", QStringLiteral("没能上传的地址"));
        QSignalSpy done(m_page.get(), &SyncPage::syncFinished);
        QTest::mouseClick(m_page->findChild<QPushButton *>("syncButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        auto *bar = m_page->findChild<QProgressBar *>("syncProgress");
        QVERIFY2(bar->value() < 100 && !bar->text().contains(QStringLiteral("完成")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("失败")), qPrintable(bar->text()));
        QVERIFY(m_page->findChild<QLabel *>("syncSummary")
                    ->text()
                    .contains(QStringLiteral("同步未完成")));
        const QString s = statusText();
        QVERIFY2(!s.contains(QStringLiteral("在线")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("同步失败")), qPrintable(s));
        const QString since = state.status(m_admin)->failingSince.toLocalTime().toString(
            QStringLiteral("MM-dd HH:mm"));
        QVERIFY2(s.contains(QStringLiteral("自 %1 起").arg(since)), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("未上传：居民 1")), qPrintable(s));
        if (const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_page->resize(1366, 700);
            m_page->grab().save(dir + "/syncpage-failed.png");
            m_status->resize(1366, 24);
            m_status->grab().save(dir + "/syncstatus-failed.png");
        }

        // The right CA again: the failure is gone from the bar once a sync works.
        cfg.caFile = m_ca;
        QVERIFY(state.configure(m_admin, cfg).ok());
        pressSync();
        QVERIFY(state.status(m_admin)->lastError.isEmpty());
        QVERIFY(!state.status(m_admin)->failingSince.isValid());
        QVERIFY2(!statusText().contains(QStringLiteral("同步失败")), qPrintable(statusText()));
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
