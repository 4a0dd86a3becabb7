// GUI: the resident's lifecycle from the resident screen. 档案状态 (Ctrl+D) offers what the record
// and the role allow; the dialog is driven from the keyboard, refuses a missing cause at its
// field, names what will be closed before anything is stored, and the screen then shows the
// banner, the header state and the event on the timeline; an administrator undoes it.
#include "chronicrepository.h"
#include "contractrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "formguard.h"
#include "lifeeventdialog.h"
#include "messagebanner.h"
#include "residentduepanel.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "residentspage.h"
#include "residentview.h"
#include "roletable.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

namespace {
// Chinese text arrives through the input method, as on a real keyboard.
void typeText(QWidget *w, const QString &text)
{
    w->setFocus();
    QInputMethodEvent ev;
    ev.setCommitString(text);
    QApplication::sendEvent(w, &ev);
}

QStringList visibleActions(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions())
        if (a->isVisible())
            out << a->text();
    return out;
}

// Shows the window, makes it the active one (shortcuts need it) and waits for it.
void activate(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
}

// A key as the user presses it: to the widget that has the focus.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, key, mods);
}

void screenshot(QWidget *w, const QString &name)
{
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}
} // namespace

class TestLifeEventDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_resident, m_contract;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FormGuard::draftDelay = 10;
        m_ctx.connection = QStringLiteral("life");
        m_ctx.databasePath = m_dir.filePath(QStringLiteral("life.db"));
        QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
        Models::DemoOptions o;
        o.residents = 300;
        o.seed = 5;
        QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
        // A resident with a contract covering today and an open hypertension registration.
        Models::ResidentListModel residents(m_ctx.connection, m_ctx.scope);
        const QDate today = QDate::currentDate();
        for (int i = 0; i < residents.rowCount() && m_resident.isEmpty(); ++i) {
            const QString id = residents.residentId(i);
            auto regs =
                Models::ChronicRepository(m_ctx.connection).registrationsOf(m_ctx.scope, id);
            auto cs = Models::ContractRepository(m_ctx.connection).forResident(m_ctx.scope, id);
            if (!regs || !cs || cs->size() != 1 || !cs->first().covers(today))
                continue;
            int open = 0;
            for (const Models::ChronicRegistration &g : *regs)
                open += g.isOpen() && g.programme == QLatin1String("hypertension");
            if (open == 1 && regs->size() == 1) {
                m_resident = id;
                m_contract = cs->first().id;
            }
        }
        QVERIFY(!m_resident.isEmpty());
    }
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }

    void menuOffersWhatTheRoleAllows()
    {
        ResidentView admin(m_ctx, m_resident);
        QCOMPARE(visibleActions(admin.lifeMenu()),
                 (QStringList{"登记死亡…", "迁出…", "注销档案…", "迁入登记…"}));
        QVERIFY(admin.lifeBanner()->text().isEmpty());
        Context doctor = m_ctx;
        doctor.scope = Models::RoleTable::instance().scopeFor(
            QStringLiteral("yisheng"), QStringLiteral("family_doctor"), {}, QStringLiteral("t"));
        ResidentView byDoctor(doctor, m_resident);
        QCOMPARE(visibleActions(byDoctor.lifeMenu()).size(), 4);
        Context publicHealth = m_ctx;
        publicHealth.scope = Models::RoleTable::instance().scopeFor(
            QStringLiteral("gongwei"), QStringLiteral("public_health"), {}, QStringLiteral("t"));
        ResidentView byPublicHealth(publicHealth, m_resident);
        QVERIFY(visibleActions(byPublicHealth.lifeMenu()).isEmpty());
        QVERIFY(
            !byPublicHealth.findChild<QPushButton *>(QStringLiteral("lifeButton"))->isEnabled());
    }

    void deathRecordedFromTheKeyboard()
    {
        LifeEventDialog d(m_ctx, m_resident, Models::LifeEventKind::Deceased);
        d.resize(640, 360);
        activate(&d);
        // What will be closed is named before anything is stored.
        QVERIFY2(d.consequenceText().contains(QStringLiteral("终止 1 份签约")),
                 qPrintable(d.consequenceText()));
        QVERIFY2(d.consequenceText().contains(QStringLiteral("关闭 高血压 管理登记")),
                 qPrintable(d.consequenceText()));
        auto *date = d.findChild<QDateEdit *>(QStringLiteral("lifeDate"));
        auto *detail = d.findChild<QLineEdit *>(QStringLiteral("lifeDetail"));
        QVERIFY(date && detail);
        QCOMPARE(date->maximumDate(), QDate::currentDate()); // no future date can be entered
        // Ctrl+S without a cause: the message is at the field, nothing is asked or stored.
        int asked = 0;
        QString question;
        bool answer = false;
        d.setConfirm([&](const QString &q) {
            ++asked;
            question = q;
            return answer;
        });
        press(&d, Qt::Key_S, Qt::ControlModifier);
        // A button's shortcut clicks it a moment later (animateClick): wait for the result.
        QTRY_COMPARE(d.fieldError(QStringLiteral("detail")), QStringLiteral("请填写死亡原因"));
        QCOMPARE(asked, 0);
        QVERIFY(detail->hasFocus());
        // Alt+D reaches the date, Alt+R the cause.
        press(&d, Qt::Key_D, Qt::AltModifier);
        QVERIFY(date->hasFocus());
        const QDate died = QDate::currentDate().addDays(-2);
        date->setDate(died);
        press(&d, Qt::Key_R, Qt::AltModifier);
        QVERIFY(detail->hasFocus());
        typeText(detail, QStringLiteral("急性心肌梗死"));
        screenshot(&d, QStringLiteral("lifeevent-dialog.png"));
        // The confirmation names the resident, the date, the cause and what closes; "返回修改"
        // stores nothing.
        press(&d, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(asked, 1);
        QVERIFY(question.contains(died.toString(Qt::ISODate)));
        QVERIFY(question.contains(QStringLiteral("急性心肌梗死")));
        QVERIFY(question.contains(QStringLiteral("将终止 1 份签约、关闭 高血压 管理登记")));
        QVERIFY(d.isVisible());
        auto still = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, m_resident);
        QCOMPARE(still->lifeStatus, QStringLiteral("active"));
        answer = true;
        press(&d, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, m_resident);
        QCOMPARE(r->lifeStatus, QStringLiteral("deceased"));
        QCOMPARE(r->lifeDate, died);
        auto c = Models::ContractRepository(m_ctx.connection).findById(m_ctx.scope, m_contract);
        QCOMPARE(c->terminateReason, QStringLiteral("deceased"));
    }

    void residentScreenShowsTheState()
    {
        ResidentView v(m_ctx, m_resident);
        v.resize(1366, 740);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QVERIFY2(v.lifeBanner()->text().startsWith(QStringLiteral("已故 ")),
                 qPrintable(v.lifeBanner()->text()));
        QVERIFY(v.lifeBanner()->text().contains(QStringLiteral("急性心肌梗死")));
        QVERIFY(v.lifeBanner()->isVisible());
        QVERIFY(v.headerText().contains(QStringLiteral("已故 ")));
        QVERIFY(v.duePanel()->overdueText().contains(QStringLiteral("档案已关闭")));
        // The timeline keeps everything and shows the event.
        bool found = false;
        for (int row = 0; row < v.model()->rowCount(); ++row)
            found = found || v.model()->index(row, 0).data(Models::TimelineModel::KindRole) ==
                                 QStringLiteral("life_event");
        QVERIFY(found);
        QVERIFY(v.model()->rowCount() > 3);
        // Now only the administrator's undo is offered.
        QCOMPARE(visibleActions(v.lifeMenu()), QStringList{"撤销（恢复档案）…"});
        screenshot(&v, QStringLiteral("lifeevent-resident.png"));
        // The residents list still finds them and says why, in its own column.
        ResidentsPage page(m_ctx);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto r =
            Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, m_resident);
        typeText(page.searchBox(), r->name);
        QTRY_VERIFY(page.model()->rowOfResident(m_resident) >= 0);
        const int row = page.model()->rowOfResident(m_resident);
        QVERIFY(page.model()
                    ->data(page.model()->index(row, Models::ResidentListModel::LifeStatus))
                    .toString()
                    .startsWith(QStringLiteral("已故 ")));
        QVERIFY(!page.table()->isColumnHidden(Models::ResidentListModel::LifeStatus));
        screenshot(&page, QStringLiteral("lifeevent-list.png"));
    }

    void administratorUndoes()
    {
        LifeEventDialog d(m_ctx, m_resident, Models::LifeEventKind::Reopened);
        activate(&d);
        QCOMPARE(d.kind(), Models::LifeEventKind::Reopened);
        QVERIFY(d.consequenceText().contains(QStringLiteral("仍为终止")));
        QVERIFY(!d.findChild<QDateEdit *>(QStringLiteral("lifeDate"))->isEnabled());
        d.setConfirm([](const QString &) { return true; });
        press(&d, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(d.fieldError(QStringLiteral("detail")), QStringLiteral("请填写恢复原因"));
        typeText(d.findChild<QLineEdit *>(QStringLiteral("lifeDetail")),
                 QStringLiteral("误登记，本人健在"));
        press(&d, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, m_resident);
        QCOMPARE(r->lifeStatus, QStringLiteral("active"));
        ResidentView v(m_ctx, m_resident);
        QVERIFY(v.lifeBanner()->text().isEmpty());
        // A doctor cannot undo.
        Context doctor = m_ctx;
        doctor.scope = Models::RoleTable::instance().scopeFor(
            QStringLiteral("yisheng"), QStringLiteral("family_doctor"), {}, QStringLiteral("t"));
        LifeEventDialog byDoctor(doctor, m_resident, Models::LifeEventKind::Reopened);
        QVERIFY(byDoctor.findChild<QComboBox *>(QStringLiteral("lifeKind"))
                    ->findData(int(Models::LifeEventKind::Reopened)) < 0);
    }
};

QTEST_MAIN(TestLifeEventDialog)
#include "tst_lifeeventdialog.moc"
