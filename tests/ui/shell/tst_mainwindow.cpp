// GUI: the main window on a demo database, search-as-you-type, and the resident form.
#include "database.h"
#include "demogenerator.h"
#include "idnumber.h"
#include "mainwindow.h"
#include "residenteditor.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "residentspage.h"
#include "residentview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

namespace {
// Chinese text arrives from the input method as a committed string, not as key presses.
void typeChinese(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnDemoDatabase();
    void typingFiltersTheTable();
    void navigationHasEveryScreen();
    void enterOpensRecordAndReturnsToRow();
    void editorRefusesWrongIdNumber();
    void editorDerivesBirthDateAndSexAndSaves();
    void editorRefusesMismatchedSex();

private:
    qint64 residentCount() const;
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("gui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("gui.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 800;
    o.seed = 5;
    auto r = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
}

void TestMainWindow::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

qint64 TestMainWindow::residentCount() const
{
    return *Models::ResidentRepository(m_ctx.connection).count(m_ctx.scope);
}

void TestMainWindow::opensOnDemoDatabase()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Residents); // the window opens on the work list
    auto *table = w.findChild<QTableView *>(QStringLiteral("residentTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 800);
    QVERIFY(!table->model()->data(table->model()->index(0, 0)).toString().isEmpty());
    auto *status = w.findChild<QLabel *>(QStringLiteral("resultStatus"));
    QVERIFY(status->text().contains(QStringLiteral("800")));
}

void TestMainWindow::typingFiltersTheTable()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Residents); // the window opens on the work list
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("search"));
    auto *table = w.findChild<QTableView *>(QStringLiteral("residentTable"));
    // Pick a real resident and type its identity number's last 6 digits.
    const QModelIndex idx = table->model()->index(123, Models::ResidentListModel::IdNumber);
    const QString id = table->model()->data(idx).toString();
    const QString name = table->model()->data(table->model()->index(123, 0)).toString();
    QVERIFY(!id.isEmpty());
    search->setFocus();
    QTest::keyClicks(search, id.right(6));
    QTRY_VERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < 800);
    QCOMPARE(table->model()
                 ->data(table->model()->index(0, Models::ResidentListModel::IdNumber))
                 .toString(),
             id);
    QCOMPARE(table->model()->data(table->model()->index(0, 0)).toString(), name);

    // Clearing the box shows everyone again; typing the name finds the same person.
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 800);
    typeChinese(search, name);
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(table->model()->data(table->model()->index(0, 0)).toString(), name);

    // Down arrow moves from the search box into the results.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QVERIFY(table->currentIndex().isValid());
}

void TestMainWindow::navigationHasEveryScreen()
{
    MainWindow w(m_ctx);
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i)
        titles << nav->item(i)->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("今日工作"), QStringLiteral("居民档案"),
                                  QStringLiteral("家庭医生签约"), QStringLiteral("慢病随访"),
                                  QStringLiteral("预防接种"), QStringLiteral("报表"),
                                  QStringLiteral("数据同步"), QStringLiteral("设置")}));
    // The workstation opens on the work list; Ctrl+2 is the residents list.
    QCOMPARE(nav->currentRow(), int(MainWindow::Worklist));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(nav->currentRow(), int(MainWindow::Residents));
}

// The residents list knows no record screen: the shell installs the opener. Enter opens the
// resident's record; after an edit there, the list is refreshed and back on the same resident.
void TestMainWindow::enterOpensRecordAndReturnsToRow()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Residents); // the window opens on the work list
    auto *table = w.findChild<QTableView *>(QStringLiteral("residentTable"));
    auto *model = qobject_cast<Models::ResidentListModel *>(table->model());
    QVERIFY(model);
    table->setFocus();
    table->setCurrentIndex(model->index(7, 0));
    const QString id =
        model->index(7, 0).data(Models::ResidentListModel::ResidentIdRole).toString();
    const QString name = model->index(7, Models::ResidentListModel::Name).data().toString();
    const QString phone = QStringLiteral("13912345678");
    QString header;
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *view = qobject_cast<ResidentView *>(QApplication::activeModalWidget());
        if (!view)
            return;
        header = view->headerText();
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<ResidentEditor *>(QApplication::activeModalWidget());
            if (!editor)
                return;
            auto *field = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("phone")));
            field->selectAll();
            QTest::keyClicks(field, phone);
            editor->save();
            edited = editor->result() == QDialog::Accepted;
            if (!edited)
                editor->reject();
        });
        view->editResident(); // Ctrl+E in the record screen
        view->reject();
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(header.contains(name));
    QVERIFY(edited);
    const int row = model->rowOfResident(id);
    QVERIFY(row >= 0);
    QCOMPARE(table->currentIndex().row(), row);
    QCOMPARE(model->index(row, Models::ResidentListModel::Phone).data().toString(), phone);
    QCOMPARE(w.focusWidget(), table); // the window's focus, whether or not it is active again
}

void TestMainWindow::editorRefusesWrongIdNumber()
{
    const qint64 before = residentCount();
    ResidentEditor editor(m_ctx, QString());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    typeChinese(editor.fieldWidget(QStringLiteral("name")), QStringLiteral("测试人"));
    // The standard's example with its last digit changed: the checksum is wrong.
    QTest::keyClicks(editor.fieldWidget(QStringLiteral("id_number")),
                     QStringLiteral("110105194912310021"));
    editor.save();
    QVERIFY(editor.isVisible());
    QVERIFY(editor.fieldError(QStringLiteral("id_number")).contains(QStringLiteral("校验")));
    auto *label = editor.findChild<QLabel *>(QStringLiteral("id_number_error"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(residentCount(), before);
}

void TestMainWindow::editorDerivesBirthDateAndSexAndSaves()
{
    const qint64 before = residentCount();
    ResidentEditor editor(m_ctx, QString());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QString body = QStringLiteral("43012119850612003");
    const QString id = body + Models::IdNumber::checkCharacter(body);
    typeChinese(editor.fieldWidget(QStringLiteral("name")), QStringLiteral("欧阳新"));
    QTest::keyClicks(editor.fieldWidget(QStringLiteral("id_number")), id);
    auto *birth = qobject_cast<QDateEdit *>(editor.fieldWidget(QStringLiteral("birth_date")));
    auto *sex = qobject_cast<QComboBox *>(editor.fieldWidget(QStringLiteral("sex")));
    QCOMPARE(birth->date(), QDate(1985, 6, 12));
    QCOMPARE(sex->currentData().toString(), QStringLiteral("M"));
    QTest::keyClicks(editor.fieldWidget(QStringLiteral("phone")), QStringLiteral("13800138000"));
    editor.save();
    QVERIFY2(editor.result() == QDialog::Accepted,
             qPrintable(editor.fieldError(QStringLiteral("phone"))));
    QCOMPARE(residentCount(), before + 1);
    QCOMPARE(editor.savedResident().recordNo.size(), 17);
    QVERIFY(!editor.savedResident().householdId.isEmpty()); // new household, head of it
}

void TestMainWindow::editorRefusesMismatchedSex()
{
    ResidentEditor editor(m_ctx, QString());
    editor.show();
    auto *sex = qobject_cast<QComboBox *>(editor.fieldWidget(QStringLiteral("sex")));
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    typeChinese(editor.fieldWidget(QStringLiteral("name")), QStringLiteral("李四"));
    QTest::keyClicks(editor.fieldWidget(QStringLiteral("id_number")),
                     QStringLiteral("11010519491231002X"));
    editor.save();
    QVERIFY(editor.isVisible());
    QVERIFY(!editor.fieldError(QStringLiteral("sex")).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
