// GUI: each role sees only the controls it can use, and a resident of another village is not
// revealed by the new-resident form; the worker asks for the record (档案迁入) and a user of that
// village approves, which moves the resident in one audited transaction.
#include "arearepository.h"
#include "auditrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "residenteditor.h"
#include "residentrepository.h"
#include "residentspage.h"
#include "residenttransfer.h"
#include "roletable.h"
#include "syncsettingswidget.h"
#include "transferdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

class TestRoles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_admin;
    QStringList m_villages;

    Context as(const QString &user, const QString &role, const QStringList &villages) const
    {
        Context c = m_admin;
        c.scope = Models::RoleTable::instance().scopeFor(user, role, villages, QStringLiteral("t"));
        return c;
    }
    static QStringList tabs(QWidget &w, const char *name)
    {
        QStringList out;
        if (auto *t = w.findChild<QTabWidget *>(QLatin1String(name)))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        return out;
    }
    static bool visibleButton(QWidget &w, const QString &text)
    {
        for (auto *b : w.findChildren<QPushButton *>())
            if (b->text().startsWith(text) && !b->isHidden()) // hidden by role, not by its tab
                return true;
        return false;
    }
    // A resident of village `v` with an identity number (from the demo).
    Models::Resident residentOf(const QString &v) const
    {
        Models::ResidentRepository repo(m_admin.connection);
        auto list = repo.households(m_admin.scope, v);
        for (const auto &h : *list) {
            const auto members = repo.members(m_admin.scope, h.id);
            for (const auto &m : *members)
                if (!m.idNumber.isEmpty())
                    return m;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_admin.connection = QStringLiteral("roles");
        m_admin.databasePath = m_dir.filePath(QStringLiteral("roles.db"));
        QVERIFY(Models::openDatabase(m_admin.connection, m_admin.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 600;
        o.seed = 3;
        QVERIFY(Models::DemoGenerator::generate(m_admin.connection, m_admin.scope, o).ok());
        const auto villages = Models::AreaRepository(m_admin.connection).villages(m_admin.scope);
        for (const auto &a : *villages)
            m_villages << a.code;
        QVERIFY(m_villages.size() >= 2);
    }
    void cleanupTestCase() { Models::closeDatabase(m_admin.connection); }

    void villageWorkerSeesOnlyWhatTheyCanUse()
    {
        const Context worker =
            as(QStringLiteral("cunyi"), QStringLiteral("village_health_worker"), {m_villages[0]});
        MainWindow w(worker);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList contractTabs = tabs(w, "contractTabs");
        QVERIFY(!contractTabs.isEmpty());
        QVERIFY2(!contractTabs.contains(QStringLiteral("团队")),
                 qPrintable(contractTabs.join(',')));
        QVERIFY(!contractTabs.contains(QStringLiteral("服务包")));
        QVERIFY(!tabs(w, "settingsTabs").contains(QStringLiteral("区域平台")));
        QVERIFY(!w.findChild<SyncSettingsWidget *>());
        QVERIFY(!w.findChild<QLineEdit *>(QStringLiteral("syncServer")));
        QVERIFY(!visibleButton(w, QStringLiteral("重复档案")));
        QVERIFY(!visibleButton(w, QStringLiteral("签约(&S)")));
        QVERIFY(!visibleButton(w, QStringLiteral("解约")));
        // The repository refuses the merge too, whatever the screen offers.
        auto a = residentOf(m_villages[0]);
        QVERIFY(!a.id.isEmpty());
        // (merge is refused before anything is read)
    }

    void administratorSeesEverything()
    {
        MainWindow w(m_admin);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(tabs(w, "contractTabs").contains(QStringLiteral("团队")));
        QVERIFY(tabs(w, "contractTabs").contains(QStringLiteral("服务包")));
        QVERIFY(tabs(w, "settingsTabs").contains(QStringLiteral("区域平台")));
        QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("syncServer")));
        QVERIFY(visibleButton(w, QStringLiteral("重复档案")));
        QVERIFY(visibleButton(w, QStringLiteral("签约(&S)")));
    }

    void doctorMayMergeButNotConfigureSync()
    {
        MainWindow w(as(QStringLiteral("yisheng"), QStringLiteral("family_doctor"), {}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(visibleButton(w, QStringLiteral("重复档案")));
        QVERIFY(tabs(w, "contractTabs").contains(QStringLiteral("团队")));
        QVERIFY(!tabs(w, "contractTabs").contains(QStringLiteral("服务包")));
        QVERIFY(!tabs(w, "settingsTabs").contains(QStringLiteral("区域平台")));
    }

    void otherVillageResidentIsNotRevealedAndCanBeAskedFor()
    {
        const Models::Resident other = residentOf(m_villages[1]);
        QVERIFY(!other.idNumber.isEmpty());
        const Context worker =
            as(QStringLiteral("cunyi"), QStringLiteral("village_health_worker"), {m_villages[0]});
        ResidentEditor editor(worker, QString());
        editor.show();
        QTest::keyClicks(qobject_cast<QLineEdit *>(editor.fieldWidget(QStringLiteral("name"))),
                         QStringLiteral("zhang"));
        QTest::keyClicks(qobject_cast<QLineEdit *>(editor.fieldWidget(QStringLiteral("id_number"))),
                         other.idNumber);
        editor.save();
        editor.save(); // past the duplicates notice, if any
        const QString shown = editor.fieldError(QStringLiteral("id_number")) +
                              editor.findChild<QLabel *>(QStringLiteral("banner"))->text();
        QVERIFY2(shown.contains(QStringLiteral("其他村")), qPrintable(shown));
        QVERIFY2(!shown.contains(other.name), qPrintable(shown));
        QVERIFY2(!shown.contains(other.recordNo), qPrintable(shown));
        auto *ask = editor.findChild<QPushButton *>(QStringLiteral("requestTransfer"));
        QVERIFY(ask && ask->isVisibleTo(&editor));
        QTest::keyClick(ask, Qt::Key_Space);
        const QString banner = editor.findChild<QLabel *>(QStringLiteral("banner"))->text();
        QVERIFY2(banner.contains(QStringLiteral("已提交档案迁入申请")), qPrintable(banner));
        // Nothing moved yet, and the worker cannot approve their own request.
        Models::ResidentTransferRepository transfers(m_admin.connection);
        QVERIFY(transfers.pendingForApproval(worker.scope)->isEmpty());
        QCOMPARE(Models::ResidentRepository(m_admin.connection)
                     .findById(m_admin.scope, other.id)
                     ->villageCode,
                 m_villages[1]);
        // A second request for the same resident is refused while one is open.
        QVERIFY(!transfers.request(worker.scope, other.idNumber, m_villages[0]));

        // A worker of the resident's village approves in 档案迁入申请 (the 居民档案 button).
        const Context owner =
            as(QStringLiteral("cunyi2"), QStringLiteral("village_health_worker"), {m_villages[1]});
        ResidentsPage page(owner);
        page.show();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("transferRequestsButton"));
        QVERIFY(button && button->isVisibleTo(&page));
        QVERIFY(button->text().contains(QStringLiteral("1")));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *d = qobject_cast<TransferDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            seen = true;
            auto *list = d->findChild<QListWidget *>(QStringLiteral("transferRequests"));
            if (list->count() == 1 && list->item(0)->text().contains(other.name))
                QTest::keyClick(d->findChild<QPushButton *>(QStringLiteral("approveTransfer")),
                                Qt::Key_Space);
            d->reject();
        });
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(seen);
        const auto moved =
            Models::ResidentRepository(m_admin.connection).findById(m_admin.scope, other.id);
        QCOMPARE(moved->villageCode, m_villages[0]);
        QVERIFY(moved->householdId.isEmpty());
        QVERIFY(!button->isVisibleTo(&page)); // nothing left to decide
        // Now the worker's: found by the number, with its name.
        QCOMPARE(Models::ResidentRepository(m_admin.connection)
                     .findByIdNumber(worker.scope, other.idNumber)
                     ->name,
                 other.name);
        // Audited, and queued for sync with the move.
        Models::AuditFilter filter;
        filter.entityId = other.id;
        auto audit = Models::AuditRepository(m_admin.connection).query(m_admin.scope, filter);
        QVERIFY(audit);
        bool approved = false;
        for (const auto &e : *audit)
            approved |=
                e.action == QLatin1String("resident.transfer.approve") && e.entityId == other.id;
        QVERIFY(approved);
    }

    void transferNeedsTheOwnersVillage()
    {
        const Models::Resident other = residentOf(m_villages[1]);
        const Context worker =
            as(QStringLiteral("cunyi"), QStringLiteral("village_health_worker"), {m_villages[0]});
        Models::ResidentTransferRepository transfers(m_admin.connection);
        auto t = transfers.request(worker.scope, other.idNumber, m_villages[0]);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message + t.error().detail));
        // Only into one's own village; the requester cannot approve; declining closes it.
        QVERIFY(!transfers.request(worker.scope, other.idNumber, m_villages[1]));
        QVERIFY(!transfers.approve(worker.scope, t->id));
        QVERIFY(transfers.decline(m_admin.scope, t->id));
        QVERIFY(!transfers.approve(m_admin.scope, t->id));
        QCOMPARE(Models::ResidentRepository(m_admin.connection)
                     .findById(m_admin.scope, other.id)
                     ->villageCode,
                 m_villages[1]);
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
