// GUI: restore from a backup inside the program (设置 → 备份, administrators): the backup is
// verified, the person confirms, the current data is saved first as a safety backup, then the
// session swaps the file (the old one kept), reopens it and asks for a login.
#include "arearepository.h"
#include "backuppage.h"
#include "backupservice.h"
#include "database.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "residentrepository.h"
#include "roletable.h"
#include "sessionguard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Gui;

class TestRestore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_folder, m_backup;
    qint64 m_before = 0;
    const QString m_password = QStringLiteral("restore-pass-2026");

    qint64 residents() { return *Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope); }
    void addResidents(int n, int from)
    {
        Models::ResidentRepository repo(m_ctx.connection);
        for (int i = 0; i < n; ++i) {
            Models::Resident r;
            r.name = QStringLiteral("恢复%1").arg(QChar(0x4e00 + from + i));
            r.sex = QChar('F');
            r.birthDate = QDate(1960, 1, 1 + from + i);
            r.villageCode =
                Models::AreaRepository(m_ctx.connection).villages(m_ctx.scope)->first().code;
            QVERIFY(repo.create(m_ctx.scope, r, true).ok());
        }
    }
    BackupPage *pageIn(SessionGuard &guard)
    {
        auto *page = guard.window()->findChild<BackupPage *>();
        page->folderEdit()->setText(m_folder);
        page->refreshList();
        for (int i = 0; i < page->list()->topLevelItemCount(); ++i)
            if (page->list()->topLevelItem(i)->data(BackupPage::FileColumn, Qt::UserRole) ==
                m_backup)
                page->list()->setCurrentItem(page->list()->topLevelItem(i));
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ctx.connection = QStringLiteral("restore");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("clinic.db"));
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions demo;
        demo.residents = 40;
        demo.seed = 2;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, demo).ok());
        m_before = residents();
        m_folder = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(m_folder));
        m_backup = m_folder + QStringLiteral("/clinic-1.jybak");
        Models::BackupOptions o;
        o.password = m_password;
        QVERIFY(Models::BackupService::backup(m_ctx.scope, m_ctx.databasePath, m_backup, o).ok());
        addResidents(2, 10); // made after the backup: gone once it is restored
        QCOMPARE(residents(), m_before + 2);
    }
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }

    void wrongPasswordOrNoRestoresNothing()
    {
        SessionGuard guard(m_ctx);
        guard.begin(m_ctx.scope);
        BackupPage *page = pageIn(guard);
        QVERIFY(page->list()->currentItem());
        auto *button = page->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(button && button->isVisibleTo(page));
        page->confirm = [](const QString &) { return true; };
        QVERIFY(!page->restoreSelected(QStringLiteral("not-the-password")));
        QVERIFY(page->statusLabel()->text().startsWith(QStringLiteral("未恢复")));
        int asked = 0;
        page->confirm = [&asked](const QString &q) {
            ++asked;
            return !q.contains(QStringLiteral("替换当前数据库"));
        };
        QVERIFY(!page->restoreSelected(m_password));
        QCOMPARE(asked, 1);
        QVERIFY(guard.window());
        QCOMPARE(residents(), m_before + 2);
    }

    void restoresAfterASafetyBackupAndAsksForALogin()
    {
        SessionGuard guard(m_ctx);
        guard.begin(m_ctx.scope);
        BackupPage *page = pageIn(guard);
        page->confirm = [](const QString &) { return true; };
        QVERIFY2(page->restoreSelected(m_password), qPrintable(page->statusLabel()->text()));
        QTRY_VERIFY(!guard.window());
        QVERIFY2(guard.restoreMessage().contains(QStringLiteral("已从")),
                 qPrintable(guard.restoreMessage()));
        QCOMPARE(residents(), m_before);
        // The safety backup of the current data is in the folder and opens with the password.
        const QStringList safety =
            QDir(m_folder).entryList({QStringLiteral("*before-restore*.jybak")}, QDir::Files);
        QCOMPARE(safety.size(), 1);
        QVERIFY(
            Models::BackupService::verify(m_ctx.scope, m_folder + '/' + safety.first(), m_password)
                .ok());
        // ... and the replaced file is kept next to the database.
        QVERIFY(!QDir(m_dir.path())
                     .entryList({QStringLiteral("clinic.db.before-restore-*")}, QDir::Files)
                     .isEmpty());
        // A login is asked for again.
        bool login = false;
        for (QWidget *w : QApplication::topLevelWidgets())
            login |= w->isVisible() && w->inherits("Gui::LoginDialog");
        QVERIFY(login);
    }

    void onlyAdministratorsSeeIt()
    {
        Context doctor = m_ctx;
        doctor.scope = Models::RoleTable::instance().scopeFor(
            QStringLiteral("yisheng"), QStringLiteral("family_doctor"), {}, {});
        MainWindow w(doctor);
        QVERIFY(!w.findChild<BackupPage *>());
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("restoreButton")));
    }
};

QTEST_MAIN(TestRestore)
#include "tst_restore.moc"
