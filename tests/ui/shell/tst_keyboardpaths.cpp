// GUI: the daily tasks (the work list and the five tasks) done with the keyboard alone on the main
// window (docs/ux.md, "日常任务的键盘路径 / Keyboard paths"): key presses go to whichever widget
// has the focus, as a keyboard's do; no mouse, no slot called directly. Dialogs are driven from a
// timer while they run, after the window manager's part (the new dialog becomes the active window)
// is played.
#include "chronicpage.h"
#include "chronicrepository.h"
#include "chronicworklistmodel.h"
#include "database.h"
#include "demogenerator.h"
#include "followupdialog.h"
#include "healthformdialog.h"
#include "healthrecordrepository.h"
#include "immunizationmodels.h"
#include "immunizationpage.h"
#include "mainwindow.h"
#include "residentlistmodel.h"
#include "residentview.h"
#include "syncstate.h"
#include "workitemmodel.h"
#include "worklistpage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Gui;

namespace {
// Where a key press goes: the focus widget, inside the dialog on top when one is open.
QWidget *focused()
{
    QWidget *modal = QApplication::activeModalWidget();
    QWidget *f = QApplication::focusWidget();
    if (modal && (!f || !modal->isAncestorOf(f)))
        return modal->focusWidget() ? modal->focusWidget() : modal;
    return f;
}
void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *w = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(w, Qt::Key(key), mods);
}
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}
// Runs `step` once a modal dialog of type T is up (from inside its event loop).
template <typename T> void whenModal(QObject *ctx, std::function<void(T *)> step)
{
    auto *timer = new QTimer(ctx);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, ctx, [timer, step] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            // What a window manager does with a new dialog: the keyboard goes to it.
            QApplication::setActiveWindow(d);
            (void)QTest::qWaitForWindowActive(d, 2000);
            step(d);
        }
    });
    timer->start();
}
} // namespace

class TestKeyboardPaths : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    std::unique_ptr<MainWindow> m_window;

    QTableView *residents() { return m_window->findChild<QTableView *>("residentTable"); }
    // What the window manager does when a dialog closes (offscreen has none): the main window is
    // active again, with its focus where the program left it.
    void backToWindow()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ctx.connection = QStringLiteral("keys");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("keys.db"));
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 1500;
        o.seed = 11;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    }
    void init()
    {
        m_window = std::make_unique<MainWindow>(m_ctx);
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }

    // 0. The day's work: the window opens on the work list with the focus in it; Down to a
    // chronic follow-up, Enter opens its form; Ctrl+S saves and the item is gone.
    void daysWork()
    {
        auto *page = m_window->worklistPage();
        QTRY_COMPARE(focused(), page->table());
        QTRY_VERIFY(page->model()->rowCount() > 0);
        if (!page->table()->currentIndex().isValid())
            press(Qt::Key_Down);
        const auto hypertension = [page] {
            const Models::WorkItem &i = page->model()->item(page->table()->currentIndex().row());
            return i.form == QLatin1String("chronic_followup") &&
                   i.reason.startsWith(QStringLiteral("高血压"));
        };
        for (int guard = page->model()->rowCount(); !hypertension() && guard > 0; --guard)
            press(Qt::Key_Down);
        const Models::WorkItem item = page->model()->item(page->table()->currentIndex().row());
        QCOMPARE(item.form, QStringLiteral("chronic_followup"));
        bool seen = false;
        whenModal<FollowupDialog>(this, [&](FollowupDialog *d) {
            seen = true;
            type(QStringLiteral("128")); // the cursor is in 收缩压
            press(Qt::Key_Tab);
            type(QStringLiteral("82"));
            whenModal<QMessageBox>(d, [](QMessageBox *) { press(Qt::Key_Return); });
            press(Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!d->isVisible());
        });
        press(Qt::Key_Return);
        backToWindow();
        QVERIFY(seen);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()->item(r).formRef != item.formRef);
        QTRY_COMPARE(m_window->focusWidget(), page->table());
    }

    // 1. Find a resident: Ctrl+2, the ID number (as a card reader types it), Enter -> the record;
    // Esc -> back on the same row. With a name: Down moves through the results, Enter opens the
    // highlighted one.
    void findResident()
    {
        press(Qt::Key_2, Qt::ControlModifier);
        auto *table = residents();
        const QString id =
            table->model()->index(321, Models::ResidentListModel::IdNumber).data().toString();
        const QString name = table->model()->index(321, 0).data().toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(focused() && focused()->objectName() == QLatin1String("search"));
        QString header;
        whenModal<ResidentView>(this, [&](ResidentView *v) {
            header = v->headerText();
            press(Qt::Key_Escape);
        });
        type(id);
        press(Qt::Key_Return); // one Enter, as the scanner sends it
        backToWindow();
        QVERIFY2(header.contains(name), qPrintable(header));
        QTRY_COMPARE(m_window->focusWidget(), table); // focus back in the list when it is active
        QCOMPARE(table->currentIndex().data(Models::ResidentListModel::ResidentIdRole),
                 table->model()->index(0, 0).data(Models::ResidentListModel::ResidentIdRole));

        // Several matches: Down, Down highlights the second; Enter opens exactly that one, and
        // closing it returns to that row.
        press(Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("w"));
        QTRY_VERIFY(table->model()->rowCount() > 3);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        const QString second = table->model()->index(1, 0).data().toString();
        header.clear();
        whenModal<ResidentView>(this, [&](ResidentView *v) {
            header = v->headerText();
            press(Qt::Key_Escape);
        });
        press(Qt::Key_Return);
        backToWindow();
        QVERIFY2(header.contains(second), qPrintable(header));
        QCOMPARE(table->currentIndex().row(), 1);
        QTRY_COMPARE(m_window->focusWidget(), table);
    }

    // 2. Record a follow-up: Ctrl+4 (the overdue list, focus in it), Enter on the patient, type
    // the systolic, Tab, the diastolic (and the fasting glucose for diabetes), Ctrl+S; the patient
    // has one more follow-up and has left the overdue list.
    void recordFollowup()
    {
        press(Qt::Key_4, Qt::ControlModifier);
        auto *page = m_window->findChild<ChronicPage *>();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(focused(), page->table());
        QTRY_VERIFY(page->model()->rowCount() > 0);
        if (!page->table()->currentIndex().isValid())
            press(Qt::Key_Down);
        const QModelIndex current = page->table()->currentIndex();
        QVERIFY(current.isValid());
        const QString reg =
            current.data(Models::ChronicWorklistModel::RegistrationIdRole).toString();
        const bool diabetes =
            page->model()->rows().at(current.row()).programme == QLatin1String("diabetes");
        Models::ChronicRepository repo(m_ctx.connection);
        const auto before = repo.followups(m_ctx.scope, reg);
        QVERIFY(before.ok());
        bool seen = false;
        QString doctor;
        whenModal<FollowupDialog>(this, [&](FollowupDialog *d) {
            seen = true;
            QCOMPARE(focused()->objectName(),
                     diabetes ? QStringLiteral("fbg") : QStringLiteral("sbp"));
            if (diabetes) {
                type(QStringLiteral("6.2"));
                d->findChild<QLineEdit *>(QStringLiteral("sbp"))->setFocus();
            }
            type(QStringLiteral("128"));
            press(Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), QStringLiteral("dbp"));
            type(QStringLiteral("78"));
            doctor = d->findChild<QComboBox *>(QStringLiteral("followupDoctor"))->currentText();
            whenModal<QMessageBox>(d, [](QMessageBox *) { press(Qt::Key_Return); });
            press(Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!d->isVisible());
        });
        press(Qt::Key_Return);
        backToWindow();
        QVERIFY(seen);
        const auto after = repo.followups(m_ctx.scope, reg);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
        QCOMPARE(after->last().sbp, 128);
        QCOMPARE(after->last().dbp, 78);
        // 随访医生 is a person by name, stored by key: never an id on the screen.
        QVERIFY2(!doctor.isEmpty() && !doctor.contains(QLatin1Char('-')), qPrintable(doctor));
        QVERIFY(!after->last().doctorId.isEmpty());
    }

    // 4. Record a health check: Ctrl+2, the resident, Enter, Ctrl+T, Tab to 血压, type, Ctrl+S.
    void recordHealthCheck()
    {
        press(Qt::Key_2, Qt::ControlModifier);
        auto *table = residents();
        const QString id =
            table->model()->index(77, Models::ResidentListModel::IdNumber).data().toString();
        const QString residentId =
            table->model()->index(77, 0).data(Models::ResidentListModel::ResidentIdRole).toString();
        QVERIFY(!id.isEmpty());
        Models::HealthRecordRepository repo(m_ctx.connection);
        const auto before = repo.healthChecks(m_ctx.scope, residentId);
        QVERIFY(before.ok());
        bool formSeen = false;
        QString doctor;
        bool viewSeen = false;
        whenModal<ResidentView>(this, [&](ResidentView *) {
            viewSeen = true;
            whenModal<HealthFormDialog>(this, [&](HealthFormDialog *d) {
                formSeen = true;
                auto *sbp = d->findChild<QLineEdit *>(QStringLiteral("sbp_left"));
                QVERIFY(sbp);
                // Ctrl+Tab to the page that holds 血压 (一般状况), then Tab to the field.
                for (int i = 0; i < 12 && !sbp->isVisible(); ++i)
                    press(Qt::Key_Tab, Qt::ControlModifier);
                QVERIFY(sbp->isVisible());
                for (int i = 0; i < 40 && focused() != sbp; ++i)
                    press(Qt::Key_Tab);
                QCOMPARE(focused(), sbp);
                type(QStringLiteral("132"));
                press(Qt::Key_Tab);
                type(QStringLiteral("84"));
                doctor = d->findChild<QComboBox *>(QStringLiteral("checkDoctor"))->currentText();
                // A question before saving (a value to confirm) is answered with Enter.
                whenModal<QMessageBox>(d, [](QMessageBox *) { press(Qt::Key_Return); });
                press(Qt::Key_S, Qt::ControlModifier);
                QTRY_VERIFY(!d->isVisible());
            });
            // A button's shortcut clicks it after a short animation: the form opens (and is
            // filled and saved by the step above) while we wait here.
            press(Qt::Key_T, Qt::ControlModifier);
            QTRY_VERIFY(formSeen &&
                        !qobject_cast<HealthFormDialog *>(QApplication::activeModalWidget()));
            press(Qt::Key_Escape);
        });
        press(Qt::Key_F, Qt::ControlModifier); // back in the search box, its text selected
        press(Qt::Key_A, Qt::ControlModifier);
        type(id);
        press(Qt::Key_Return);
        backToWindow();
        QVERIFY(viewSeen);
        QVERIFY(formSeen);
        const auto after = repo.healthChecks(m_ctx.scope, residentId);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
        QVERIFY2(!doctor.isEmpty(), "责任医生 shows a name");
    }

    // 3. Record a dose: Ctrl+5 (today's session list, focus in it), Enter on the child, Enter
    // records the preselected dose with a lot from stock.
    void recordDose()
    {
        press(Qt::Key_5, Qt::ControlModifier);
        auto *page = m_window->findChild<ImmunizationPage *>();
        QTRY_COMPARE(focused(), page->sessionTable());
        QTRY_VERIFY(page->sessionModel()->rowCount() > 0);
        if (!page->sessionTable()->currentIndex().isValid())
            press(Qt::Key_Down);
        auto givenToday = [page] {
            int n = 0;
            for (const Models::PlannedDose &d : page->cardModel()->plan().doses)
                n += d.status == Models::DoseStatus::Given && d.given == QDate::currentDate();
            return n;
        };
        QTRY_VERIFY(!page->currentChild().isEmpty());
        const int before = givenToday();
        bool seen = false;
        whenModal<QDialog>(this, [&](QDialog *d) {
            seen = QString::fromLatin1(d->metaObject()->className()).contains("RecordDose");
            press(Qt::Key_Return);
            if (d->isVisible())
                d->reject();
        });
        press(Qt::Key_Return);
        QVERIFY(seen);
        QCOMPARE(givenToday(), before + 1);
    }

    // 5. Sync: Ctrl+7, Alt+Y; the result is on the page (here the platform does not answer, so it
    // says so instead of 完成).
    void syncNow()
    {
        Sync::SyncState state(m_ctx.connection);
        auto cfg = *state.config(m_ctx.scope);
        cfg.server = QStringLiteral("http://127.0.0.1:9");
        cfg.token = QStringLiteral("t");
        cfg.autoMinutes = 0;
        QVERIFY(state.configure(m_ctx.scope, cfg).ok());
        press(Qt::Key_7, Qt::ControlModifier);
        auto *summary = m_window->findChild<QLabel *>(QStringLiteral("syncSummary"));
        QTRY_VERIFY(summary->isVisible());
        press(Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("同步未完成")), 60000);
        auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        QVERIFY2(!bar->text().contains(QStringLiteral("完成")), qPrintable(bar->text()));
    }
};

QTEST_MAIN(TestKeyboardPaths)
#include "tst_keyboardpaths.moc"
