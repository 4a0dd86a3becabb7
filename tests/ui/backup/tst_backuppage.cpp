// GUI: the 备份 screen's schedule. Saving a schedule (by keyboard: the fields have mnemonics)
// stores it without the password and takes the first backup in the background while the
// screen keeps working; the list shows each backup's time, size, kind and verification state;
// keep K prunes; the status bar shows progress and the outcome; a runner made at start takes a
// due backup at once.
#include "backuppage.h"
#include "backuprunner.h"
#include "backupschedule.h"
#include "backupstatuswidget.h"
#include "database.h"
#include "demogenerator.h"
#include "demousers.h"
#include "mainwindow.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace Gui;

class TestBackupPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scheduleByKeyboardRunsInTheBackground();
    void dueBackupRunsAtStart();

private:
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestBackupPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("backuppage");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("clinic.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 300;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    m_ctx.scope = *Models::UserRepository(m_ctx.connection)
                       .login(QStringLiteral("admin"), Models::demoPassword());
}

void TestBackupPage::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestBackupPage::scheduleByKeyboardRunsInTheBackground()
{
    MainWindow w(m_ctx);
    w.show();
    auto *page = w.findChild<BackupPage *>();
    QVERIFY(page);
    auto *runner = BackupRunner::instance();
    QVERIFY(runner);
    const QString folder = m_dir.filePath(QStringLiteral("auto"));

    // Keyboard: folder, password twice, schedule "every few hours", 6 hours, keep 2.
    page->folderEdit()->clear();
    QTest::keyClicks(page->folderEdit(), folder);
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("backup-pass-1"));
    QTest::keyClicks(page->confirmEdit(), QStringLiteral("backup-pass-1"));
    QCOMPARE(page->modeBox()->currentData().toString(), QStringLiteral("off"));
    QTest::keyClick(page->modeBox(), Qt::Key_Down);
    QTest::keyClick(page->modeBox(), Qt::Key_Down);
    QCOMPARE(page->modeBox()->currentData().toString(), QStringLiteral("hours"));
    QVERIFY(!page->timeEdit()->isEnabled());
    QVERIFY(page->hoursBox()->isEnabled());
    page->hoursBox()->selectAll();
    QTest::keyClicks(page->hoursBox(), QStringLiteral("6"));
    page->keepBox()->selectAll();
    QTest::keyClicks(page->keepBox(), QStringLiteral("2"));
    QCOMPARE(page->keepBox()->value(), 2);
    if (const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page->resize(1180, 700); // the page's area of the 1366x768 window
        page->grab().save(QDir(dir).filePath(QStringLiteral("backuppage.png")));
    }
    // Every field of the schedule has a label with a mnemonic (Alt+letter reaches it).
    for (QLabel *l : page->findChildren<QLabel *>())
        if (l->buddy() == page->modeBox() || l->buddy() == page->keepBox() ||
            l->buddy() == page->hoursBox())
            QVERIFY(l->text().contains(QLatin1Char('&')));

    QSignalSpy started(runner, &BackupRunner::started);
    QSignalSpy finished(runner, &BackupRunner::finished);
    auto *save = page->findChild<QPushButton *>(QStringLiteral("saveSchedule"));
    QVERIFY(save);
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QVERIFY2(page->passwordEdit()->text().isEmpty(), qPrintable(page->statusLabel()->text()));
    auto schedule = Models::BackupScheduler(m_ctx.connection).load(m_ctx.scope);
    QVERIFY(schedule);
    QCOMPARE(schedule->mode, Models::BackupSchedule::Mode::EveryHours);
    QCOMPARE(schedule->everyHours, 6);
    QCOMPARE(schedule->keep, 2);
    QCOMPARE(QDir(schedule->folder).absolutePath(), QDir(folder).absolutePath());

    // Never taken, so due at once: it starts in the background and the GUI thread stays free.
    QCOMPARE(started.count(), 1);
    QVERIFY(runner->isRunning());
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(5);
    auto *status = w.findChild<BackupStatusWidget *>();
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(ticks > 0); // the event loop ran while the backup was being taken
    const auto result = finished.at(0).at(0).value<Models::ScheduledBackup>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.info.verified);
    QVERIFY(status->label()->text().contains(QStringLiteral("自动备份完成")));

    QCOMPARE(page->list()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = page->list()->topLevelItem(0);
    QVERIFY(row->text(BackupPage::FileColumn).contains(QLatin1String("-auto-")));
    QCOMPARE(row->text(BackupPage::KindColumn), QStringLiteral("自动"));
    QVERIFY(row->text(BackupPage::VerifiedColumn).contains(QStringLiteral("已校验")));
    QVERIFY(!row->text(BackupPage::TimeColumn).isEmpty());
    QVERIFY(!row->text(BackupPage::SizeColumn).isEmpty());
    QVERIFY(page->scheduleLabel()->text().contains(QStringLiteral("下次备份")));

    // Two more runs on demand: keep 2 prunes the first.
    for (int i = 0; i < 2; ++i) {
        QTest::qWait(5); // distinct file names (milliseconds)
        QVERIFY(page->runScheduleNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2 + i, 60000);
    }
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.jybak")}).size(), 2);
    QCOMPARE(page->list()->topLevelItemCount(), 2);
    QVERIFY(!QFile::exists(result.info.path));

    // 校验所选 with the backup password records the check.
    page->list()->setCurrentItem(page->list()->topLevelItem(0));
    page->verifySelected(QStringLiteral("backup-pass-1"));
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("完好")),
             qPrintable(page->statusLabel()->text()));
}

void TestBackupPage::dueBackupRunsAtStart()
{
    // The schedule of the previous test was last taken just now: a runner made at start waits.
    {
        BackupRunner runner(m_ctx, nullptr, 0);
        QSignalSpy started(&runner, &BackupRunner::started);
        QTest::qWait(100);
        QCOMPARE(started.count(), 0);
    }
    // Another workstation whose hourly backup last ran three hours ago (the PC was off): the
    // runner takes one as soon as the app starts.
    Context other;
    other.connection = QStringLiteral("other");
    other.databasePath = m_dir.filePath(QStringLiteral("other.db"));
    QVERIFY(Models::openDatabase(other.connection, other.databasePath).ok());
    Models::BackupSchedule s;
    s.mode = Models::BackupSchedule::Mode::EveryHours;
    s.everyHours = 1;
    s.folder = m_dir.filePath(QStringLiteral("other-backups"));
    Models::BackupScheduler scheduler(other.connection);
    QVERIFY(scheduler.save(other.scope, s, QStringLiteral("backup-pass-1"), {}, 1000));
    Models::ScheduledBackup earlier;
    earlier.takenAt = QDateTime::currentDateTime().addSecs(-3 * 3600);
    earlier.info.path = s.folder + QStringLiteral("/old.jybak");
    earlier.info.verified = true;
    QVERIFY(scheduler.recordScheduled(other.scope, earlier));
    {
        BackupRunner runner(other, nullptr, 0);
        QSignalSpy finished(&runner, &BackupRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto r = finished.at(0).at(0).value<Models::ScheduledBackup>();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(QFile::exists(r.info.path));
        QVERIFY(!runner.check()); // taken: not due again for an hour

        // Cancelled: no file is left, and it counts as an attempt (no retry for a while).
        QVERIFY(runner.check(true));
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        const auto c = finished.at(1).at(0).value<Models::ScheduledBackup>();
        QVERIFY(!c.error.isEmpty());
        QCOMPARE(QDir(s.folder).entryList({QStringLiteral("*.jybak")}).size(), 1);
        QVERIFY(!scheduler.lastError(other.scope)->isEmpty());
    }
    Models::closeDatabase(other.connection);
}

QTEST_MAIN(TestBackupPage)
#include "tst_backuppage.moc"
