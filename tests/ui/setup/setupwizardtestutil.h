#pragma once

// Shared by the setup wizard's GUI tests (tst_setupwizard, tst_setupwizardflow): keys sent to
// whichever widget has the focus, as a keyboard's are; a wizard filled with a good clinic; rows
// counted on a connection of the test's own.
#include "arearepository.h"
#include "clinicsetup.h"
#include "creditcode.h"
#include "database.h"
#include "entrytable.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "securitypolicy.h"
#include "sessionguard.h"
#include "setupareaspage.h"
#include "setupformpages.h"
#include "setupimportpage.h"
#include "setupteamspage.h"
#include "setupwizard.h"
#include "teamrepository.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

#include <memory>

namespace WizardTest {

using namespace Gui;

inline const QString Password = QStringLiteral("Xingsha-2025k");
inline const QString Township = QStringLiteral("430121101");

inline QString creditCode()
{
    const QString first17 = QStringLiteral("12430121MB1234567");
    return first17 + Models::CreditCode::checkCharacter(first17);
}

inline QWidget *focused()
{
    QWidget *modal = QApplication::activeModalWidget();
    QWidget *f = QApplication::focusWidget();
    if (modal && (!f || !modal->isAncestorOf(f)))
        return modal->focusWidget() ? modal->focusWidget() : modal;
    return f;
}

// Each key is handled before the next, as when a person types (an editor closes after Enter).
inline void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), mods);
    if (mods & Qt::AltModifier)
        QTest::qWait(200); // a button's mnemonic clicks it after its press animation
    QCoreApplication::processEvents();
}

// Typed as a keyboard (or an input method) would: one key event per character, to the focus.
inline void type(const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key key = c.unicode() < 128 && c.isLetterOrNumber()
                                ? Qt::Key(c.toUpper().unicode())
                                : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, focused(), key, QString(c), Qt::NoModifier);
        QCoreApplication::processEvents();
    }
}

// Runs `step` once a modal widget of type T is up (from inside its event loop).
template <typename T> void whenModal(QObject *ctx, std::function<void(T *)> step)
{
    auto *timer = new QTimer(ctx);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, ctx, [timer, step] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget()); d && d->isVisible()) {
            timer->stop();
            timer->deleteLater();
            QApplication::setActiveWindow(d);
            (void)QTest::qWaitForWindowActive(d, 2000);
            step(d);
        }
    });
    timer->start();
}

inline QLineEdit *edit(QWidget *page, const char *name)
{
    return page->findChild<QLineEdit *>(QString::fromLatin1(name));
}

inline QString bannerText(SetupWizard &w)
{
    return w.setupPage(w.currentId())->banner()->text();
}

// The rows of `table` in the database file (-1 when it has no such table).
inline qint64 count(const QString &databasePath, const QString &table)
{
    // A connection of the test's own: the wizard's code has no way to count rows for it.
    qint64 n = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

// JIAYI_SCREENSHOT_DIR=dir: the wizard as it is now, as dir/setup-<name>.png.
inline void shoot(SetupWizard &w, const QString &name)
{
    QCoreApplication::processEvents(); // the layout after a message appeared
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/setup-") + name +
                      QStringLiteral(".png"));
}

} // namespace WizardTest

// On page `id`, or why not (the problems the page shows).
#define ON_PAGE(w, id)                                                                             \
    QVERIFY2((w).currentId() == int(id),                                                           \
             qPrintable(QStringLiteral("on page %1: %2").arg((w).currentId()).arg(bannerText(w))))

namespace WizardTest {

// Fills every page with a good clinic (not by keyboard: the keyboard has its own test) and stops
// on 核对并建立.
inline void fill(SetupWizard &w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.next();
    edit(w.clinicPage(), "clinicName")->setText(QStringLiteral("星沙卫生院"));
    edit(w.clinicPage(), "institutionCode")->setText(creditCode());
    w.next();
    ON_PAGE(w, SetupWizard::Areas);
    w.areasPage()->townshipCodeEdit()->setText(Township);
    edit(w.areasPage(), "townshipName")->setText(QStringLiteral("星沙镇"));
    EntryTable *villages = w.areasPage()->villageTable();
    villages->setText(0, 0, Township + QStringLiteral("201"));
    villages->setText(0, 1, QStringLiteral("东湖村"));
    villages->setText(1, 0, Township + QStringLiteral("202"));
    villages->setText(1, 1, QStringLiteral("西园村"));
    w.next();
    ON_PAGE(w, SetupWizard::Teams);
    EntryTable *members = w.teamsPage()->memberTable(0);
    members->setText(0, 0, QStringLiteral("王芳"));
    members->setText(0, 1, QStringLiteral("wangfang"));
    members->setText(0, 2, QStringLiteral("doctor"));
    members->setText(0, 3, QStringLiteral("Doctor-2025a"));
    w.next();
    ON_PAGE(w, SetupWizard::Administrator);
    if (!w.adminPage()->loggedIn()) {
        edit(w.adminPage(), "adminPassword")->setText(Password);
        edit(w.adminPage(), "adminConfirm")->setText(Password);
    }
    w.next();
    w.next();
    w.next();
    ON_PAGE(w, SetupWizard::Confirm);
}

// A fresh database file in a temporary folder for each test function.
class Fixture
{
public:
    void open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ctx = Context{};
        ctx.connection = QStringLiteral("wizard%1").arg(++m_run);
        ctx.databasePath = m_dir->filePath(QStringLiteral("clinic.db"));
        QVERIFY(Models::openDatabase(ctx.connection, ctx.databasePath).ok());
    }
    void close()
    {
        Models::closeDatabase(ctx.connection);
        m_dir.reset();
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString folder() const { return m_dir->path(); }
    qint64 count(const QString &table) const { return WizardTest::count(ctx.databasePath, table); }

    Context ctx;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_run = 0;
};

} // namespace WizardTest
