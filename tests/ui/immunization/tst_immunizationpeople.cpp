// GUI: people and words on the immunization screen. Route and site are picked from the code
// tables, the vaccinator by name; the card and the timeline show vaccine names, 第N剂 and names;
// the guardian is recorded and shown; 今日已接种 counts down the 30-minute observation; lots near
// expiry are highlighted; both panes fit a 1366x768 screen without horizontal scrolling.
#include "caretimelinesources.h"
#include "coveragemodel.h"
#include "database.h"
#include "demogenerator.h"
#include "guardiandialog.h"
#include "immunizationmodels.h"
#include "immunizationpage.h"
#include "lotsdialog.h"
#include "mainwindow.h"
#include "recorddosedialog.h"
#include "vaccinatedtodaywidget.h"
#include "vaccinationdaymodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

class TestImmunizationPeople : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void doseShowsWordsOnCardTimelineAndToday();
    void guardianOnCardAndList();
    void nearExpiryLotsAreHighlighted();
    void bothPanesFit1366();

private:
    QString selectChildWithOpenDoses(ImmunizationPage &page);
    QString showChildWithOpenDoses(ImmunizationPage &page); // shows the page first
    // Moves a closed combo box to the item with this text using the keyboard.
    static bool pick(QComboBox *box, const QString &text);
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestImmunizationPeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("people");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("people.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 1500;
    o.seed = 12;
    auto r = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
}

void TestImmunizationPeople::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

bool TestImmunizationPeople::pick(QComboBox *box, const QString &text)
{
    const int target = box->findText(text);
    if (target < 0)
        return false;
    box->setFocus();
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    return box->currentIndex() == target;
}

QString TestImmunizationPeople::selectChildWithOpenDoses(ImmunizationPage &page)
{
    for (int v = 0; v < page.villageBox()->count(); ++v) {
        page.villageBox()->setCurrentIndex(v);
        if (page.sessionModel()->rowCount() > 0)
            break;
    }
    if (page.sessionModel()->rowCount() == 0)
        return {};
    page.sessionTable()->setFocus();
    page.sessionTable()->setCurrentIndex(page.sessionTable()->model()->index(0, 0));
    return page.sessionModel()->entries().first().residentId;
}

QString TestImmunizationPeople::showChildWithOpenDoses(ImmunizationPage &page)
{
    page.resize(1280, 700);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return {};
    if (!QTest::qWaitFor([&] { return page.villageBox()->count() > 0; }, 5000))
        return {};
    return selectChildWithOpenDoses(page);
}

void TestImmunizationPeople::doseShowsWordsOnCardTimelineAndToday()
{
    ImmunizationPage page(m_ctx);
    const QString id = showChildWithOpenDoses(page);
    QVERIFY(!id.isEmpty());
    const Models::PlannedDose first = page.cardModel()->openDoses().first();

    QString problem = QStringLiteral("no dialog");
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RecordDoseDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        problem.clear();
        // The vaccinator is the logged-in user, by name; route and site are Chinese words.
        if (dialog->vaccinatorBox()->currentText() != QStringLiteral("系统管理员"))
            problem += QStringLiteral("vaccinator: ") + dialog->vaccinatorBox()->currentText();
        if (dialog->routeBox()->findText(QStringLiteral("肌内注射")) < 0 ||
            dialog->routeBox()->findText(QStringLiteral("口服")) < 0)
            problem += QStringLiteral(" routes not in words");
        if (!pick(dialog->siteBox(), QStringLiteral("右大腿前外侧")))
            problem += QStringLiteral(" no site 右大腿前外侧");
        QTest::keyClick(dialog->siteBox(), Qt::Key_Return);
        if (dialog->isVisible()) {
            problem += QStringLiteral(" refused: ") + dialog->messageLabel()->text();
            dialog->reject();
        }
    });
    QTest::keyClick(page.sessionTable(), Qt::Key_Return);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The card: vaccine name, 第N剂, the site and route in words, the vaccinator's name.
    using Card = Models::ImmunizationCardModel;
    int row = -1;
    for (int r = 0; r < page.cardModel()->rowCount(); ++r)
        if (page.cardModel()->index(r, Card::Site).data().toString() ==
            QStringLiteral("右大腿前外侧"))
            row = r;
    QVERIFY2(row >= 0, "the recorded dose is not on the card");
    QCOMPARE(page.cardModel()->index(row, Card::Dose).data().toString(),
             QStringLiteral("第%1剂").arg(first.dose));
    const QString vaccineName = page.cardModel()->index(row, Card::Vaccine).data().toString();
    QVERIFY2(vaccineName.contains(QStringLiteral("疫苗")) ||
                 vaccineName.contains(QStringLiteral("苗")),
             qPrintable(vaccineName));
    QCOMPARE(page.cardModel()->index(row, Card::Vaccinator).data().toString(),
             QStringLiteral("系统管理员"));
    QVERIFY(!page.cardModel()
                 ->index(row, Card::Route)
                 .data()
                 .toString()
                 .contains(QRegularExpression(QStringLiteral("^[A-Z]+$"))));

    // The timeline: the same name, the dose number, words for site and route, the person.
    auto entries = Models::CareTimelineSources::vaccinations(m_ctx.connection, id);
    QVERIFY(entries);
    bool found = false;
    for (const Models::TimelineEntry &e : *entries)
        if (e.date == QDate::currentDate() && e.detail.contains(QStringLiteral("右大腿前外侧"))) {
            found = true;
            QVERIFY2(e.summary.startsWith(vaccineName + QStringLiteral(" 第")),
                     qPrintable(e.summary));
            QVERIFY2(e.summary.contains(QStringLiteral("剂")), qPrintable(e.summary));
            QVERIFY(e.detail.contains(QStringLiteral("系统管理员")));
            QVERIFY(!e.detail.contains(QStringLiteral(">admin<")));
        }
    QVERIFY(found);

    // 今日已接种: the child, the time, and the observation counting down to leaving.
    page.leftTabs()->setCurrentWidget(page.vaccinatedToday());
    Models::VaccinationDayModel *today = page.vaccinatedToday()->model();
    int todayRow = -1;
    for (int r = 0; r < today->rowCount(); ++r)
        if (today->index(r, 0).data(Models::VaccinationDayModel::ResidentIdRole).toString() == id)
            todayRow = r;
    QVERIFY(todayRow >= 0);
    QVERIFY(today->index(todayRow, 0).data(Models::VaccinationDayModel::ObservingRole).toBool());
    QVERIFY(today->index(todayRow, Models::VaccinationDayModel::Leave)
                .data()
                .toString()
                .contains(QStringLiteral("还需")));
    QVERIFY(page.vaccinatedToday()->summaryLabel()->text().contains(QStringLiteral("留观中")));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(31 * 60);
    page.vaccinatedToday()->setClock([later] { return later; });
    page.vaccinatedToday()->tick();
    QCOMPARE(today->index(todayRow, Models::VaccinationDayModel::Leave).data().toString(),
             QStringLiteral("可离开"));
    QCOMPARE(today->observing(), 0);
}

void TestImmunizationPeople::guardianOnCardAndList()
{
    ImmunizationPage page(m_ctx);
    const QString id = showChildWithOpenDoses(page);
    QVERIFY(!id.isEmpty());
    auto *button = page.QObject::findChild<QPushButton *>(QStringLiteral("guardianButton"));
    QVERIFY(button && button->isEnabled());

    QString problem = QStringLiteral("no dialog");
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<GuardianDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        problem.clear();
        dialog->nameEdit()->clear();
        QInputMethodEvent ime; // Chinese arrives from the input method, not as key presses
        ime.setCommitString(QStringLiteral("张丽"));
        QApplication::sendEvent(dialog->nameEdit(), &ime);
        if (!pick(dialog->relationBox(), QStringLiteral("母亲")))
            problem += QStringLiteral("no relation 母亲");
        dialog->phoneEdit()->clear();
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("12345"));
        QTest::keyClick(dialog->phoneEdit(), Qt::Key_Return);
        // A wrong phone is refused at its field, and nothing is stored.
        if (!dialog->isVisible() ||
            !dialog->messageLabel()->text().contains(QStringLiteral("电话")))
            problem += QStringLiteral(" bad phone accepted");
        dialog->phoneEdit()->clear();
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("13800000000"));
        QTest::keyClick(dialog->phoneEdit(), Qt::Key_Return);
        if (dialog->isVisible()) {
            problem += QStringLiteral(" refused: ") + dialog->messageLabel()->text();
            dialog->reject();
        }
    });
    button->click();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(page.cardHeader()->text().contains(QStringLiteral("监护人：母亲 张丽 13800000000")),
             qPrintable(page.cardHeader()->text()));
    QCOMPARE(page.cardModel()->child().guardian.relation, QStringLiteral("MTH"));
    const int row = page.sessionModel()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(page.sessionModel()->index(row, Models::SessionListModel::Phone).data().toString(),
             QStringLiteral("母亲 张丽 13800000000"));
}

void TestImmunizationPeople::nearExpiryLotsAreHighlighted()
{
    LotsDialog dialog(m_ctx);
    dialog.vaccineBox()->setCurrentIndex(dialog.vaccineBox()->findData(QStringLiteral("HepB")));
    QVERIFY(dialog.vaccineBox()->currentText().startsWith(QStringLiteral("乙肝疫苗")));
    QTest::keyClicks(dialog.lotEdit(), QStringLiteral("NEAR-10D"));
    dialog.expiryEdit()->setDate(QDate::currentDate().addDays(10));
    dialog.dosesEdit()->setValue(50);
    QVERIFY(dialog.addLot());
    using Lots = Models::LotListModel;
    int row = -1;
    for (int r = 0; r < dialog.model()->rowCount(); ++r)
        if (dialog.model()->index(r, Lots::LotNo).data().toString() == QStringLiteral("NEAR-10D"))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(dialog.model()->index(row, 0).data(Lots::NearExpiryRole).toBool());
    QCOMPARE(dialog.model()->index(row, Lots::Received).data().toInt(), 50);
    QCOMPARE(dialog.model()->index(row, Lots::Remaining).data().toInt(), 50);
    // The view paints it (the colour lives in the dialog's proxy) and the summary says so.
    const QVariant background =
        dialog.table()->model()->index(row, Lots::LotNo).data(Qt::BackgroundRole);
    QVERIFY(background.isValid());
    QVERIFY(dialog.stockLabel()->text().contains(QStringLiteral("30 天内到期")));
    // A lot far from expiry is not highlighted.
    for (int r = 0; r < dialog.model()->rowCount(); ++r)
        if (dialog.model()->index(r, Lots::Expiry).data().toDate() >
            QDate::currentDate().addDays(60))
            QVERIFY(!dialog.model()->index(r, 0).data(Lots::NearExpiryRole).toBool());
}

void TestImmunizationPeople::bothPanesFit1366()
{
    MainWindow w(m_ctx);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Immunization);
    QTRY_VERIFY(w.findChild<ImmunizationPage *>() &&
                w.findChild<ImmunizationPage *>()->isVisible());
    auto *page = w.findChild<ImmunizationPage *>();
    QTRY_VERIFY(page->villageBox()->count() > 0);
    QVERIFY(!selectChildWithOpenDoses(*page).isEmpty());
    QTRY_VERIFY(page->cardModel()->rowCount() > 0);
    QApplication::processEvents();
    QCOMPARE(page->sessionTable()->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(page->cardTable()->horizontalScrollBar()->maximum(), 0);
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/immunization.png"));
}

QTEST_MAIN(TestImmunizationPeople)
#include "tst_immunizationpeople.moc"
