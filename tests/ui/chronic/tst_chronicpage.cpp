// GUI: the chronic worklist, the follow-up form (live classification, next date, emergency),
// registration, the trend charts and their printing.
#include "chronicpage.h"
#include "chronicrepository.h"
#include "chronicworklistmodel.h"
#include "database.h"
#include "demogenerator.h"
#include "followupdialog.h"
#include "indicatorsdialog.h"
#include "mainwindow.h"
#include "registrationdialog.h"
#include "trendchart.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

class TestChronicPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordFollowupFromTheWorklist();
    void emergencyIsFlaggedLoudly();
    void registerAResident();
    void trendChartsLoadAndPrint();
    void indicatorsDialogShowsRates();

private:
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestChronicPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("gui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("gui.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 1500;
    o.seed = 5;
    auto r = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
}

void TestChronicPage::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestChronicPage::recordFollowupFromTheWorklist()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    auto *page = w.findChild<ChronicPage *>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    page->kindFilter()->setCurrentIndex(
        page->kindFilter()->findData(int(Models::WorklistKind::Overdue)));
    const int before = page->model()->rowCount();
    QVERIFY(before > 0);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    const QString reg =
        page->model()
            ->data(page->model()->index(0, 0), Models::ChronicWorklistModel::RegistrationIdRole)
            .toString();
    const QString programme = page->model()->rows().first().programme;
    QString classText;
    QDate nextDate;
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<FollowupDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sbp")),
                         QStringLiteral("152"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dbp")),
                         QStringLiteral("96"));
        if (programme == QLatin1String("diabetes"))
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fbg")),
                             QStringLiteral("8.4"));
        classText = dialog->classLabel()->text();
        nextDate = dialog->nextDateEdit()->date();
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return); // one key opens the form for that resident
    QVERIFY(dialogSeen);
    QCOMPARE(classText, QStringLiteral("控制不满意"));
    QCOMPARE(nextDate, QDate::currentDate().addDays(14));
    // Seen today: off the overdue list.
    QCOMPARE(page->model()->rowCount(), before - 1);
    QCOMPARE(page->model()->rowOfRegistration(reg), -1);
    auto saved = Models::ChronicRepository(m_ctx.connection).followups(m_ctx.scope, reg);
    QCOMPARE(saved->last().visitDate, QDate::currentDate());
    QCOMPARE(saved->last().cls, Models::FollowupClass::Uncontrolled);
    // ... and on the list of those due this month (unless the month ends within two weeks).
    page->kindFilter()->setCurrentIndex(
        page->kindFilter()->findData(int(Models::WorklistKind::DueMonth)));
    const QDate today = QDate::currentDate();
    if (today.addDays(14).month() == today.month())
        QVERIFY(page->model()->rowOfRegistration(reg) >= 0);
}

void TestChronicPage::emergencyIsFlaggedLoudly()
{
    Models::WorklistFilter f;
    f.kind = Models::WorklistKind::AllOpen;
    f.programme = QStringLiteral("hypertension");
    auto rows =
        Models::chronicWorklist(m_ctx.connection, m_ctx.scope, f, Models::ChronicRuleSet::active());
    QVERIFY(!rows->isEmpty());
    FollowupDialog dialog(m_ctx, rows->first().registrationId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("emergencyBanner"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("sbp")), QStringLiteral("128"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("dbp")), QStringLiteral("78"));
    QCOMPARE(dialog.classLabel()->text(), QStringLiteral("控制满意"));
    QVERIFY(!banner->isVisible());
    auto *sbp = dialog.findChild<QLineEdit *>(QStringLiteral("sbp"));
    sbp->clear();
    QTest::keyClicks(sbp, QStringLiteral("185"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("危急")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("ruleExplanation"))
                ->text()
                .contains(QStringLiteral("185")));
    QCOMPARE(dialog.nextDateEdit()->date(), QDate::currentDate().addDays(14));
    // Out of range is refused at the field, with nothing stored.
    sbp->clear();
    QTest::keyClicks(sbp, QStringLiteral("320"));
    const int before = int(Models::ChronicRepository(m_ctx.connection)
                               .followups(m_ctx.scope, rows->first().registrationId)
                               ->size());
    dialog.save();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorBanner"))->text().isEmpty());
    QVERIFY(sbp->hasFocus() || !sbp->styleSheet().isEmpty());
    QCOMPARE(int(Models::ChronicRepository(m_ctx.connection)
                     .followups(m_ctx.scope, rows->first().registrationId)
                     ->size()),
             before);
}

void TestChronicPage::registerAResident()
{
    // Someone young enough not to be in the demo's programmes: register them by hand.
    auto all =
        Models::chronicWorklist(m_ctx.connection, m_ctx.scope, {Models::WorklistKind::AllOpen},
                                Models::ChronicRuleSet::active());
    RegistrationDialog dialog(m_ctx);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("residentSearch"));
    QTest::keyClicks(search, QStringLiteral("w"));
    auto *matches = dialog.findChild<QListWidget *>(QStringLiteral("residentMatches"));
    QTRY_VERIFY(matches->count() > 0);
    auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programme"));
    auto *icd = dialog.findChild<QComboBox *>(QStringLiteral("icd10"));
    programme->setCurrentIndex(1);
    QVERIFY(icd->currentData().toString().startsWith(QStringLiteral("E11")));
    // Try matches until one is not yet in diabetes management.
    for (int i = 0; i < matches->count() && dialog.isVisible(); ++i) {
        matches->setCurrentRow(i);
        QMetaObject::invokeMethod(&dialog, [&] {
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
    }
    QVERIFY(!dialog.saved().id.isEmpty());
    QCOMPARE(dialog.saved().programme, QStringLiteral("diabetes"));
    auto after =
        Models::chronicWorklist(m_ctx.connection, m_ctx.scope, {Models::WorklistKind::AllOpen},
                                Models::ChronicRuleSet::active());
    QCOMPARE(after->size(), all->size() + 1);
}

void TestChronicPage::trendChartsLoadAndPrint()
{
    Models::WorklistFilter f;
    f.kind = Models::WorklistKind::AllOpen;
    f.programme = QStringLiteral("diabetes");
    auto rows =
        Models::chronicWorklist(m_ctx.connection, m_ctx.scope, f, Models::ChronicRuleSet::active());
    QString resident;
    for (const auto &r : *rows)
        if (r.lastVisit.isValid() && r.lastVisit.daysTo(QDate::currentDate()) < 200) {
            resident = r.residentId;
            break;
        }
    QVERIFY(!resident.isEmpty());
    TrendChart chart(m_ctx, resident);
    chart.resize(1100, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.pointCount() > 2);
    if (qEnvironmentVariableIsSet("JIAYI_SHOT_DIR"))
        chart.grab().save(qEnvironmentVariable("JIAYI_SHOT_DIR") + QStringLiteral("/trend.png"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir.filePath(QStringLiteral("trend.pdf"));
    printer.setOutputFileName(pdf);
    chart.print(&printer);
    QVERIFY(QFileInfo(pdf).size() > 2000);
    // The village round list prints too.
    ChronicPage page(m_ctx);
    QPrinter listPrinter(QPrinter::HighResolution);
    listPrinter.setOutputFormat(QPrinter::PdfFormat);
    const QString listPdf = m_dir.filePath(QStringLiteral("list.pdf"));
    listPrinter.setOutputFileName(listPdf);
    page.printListTo(&listPrinter);
    QVERIFY(QFileInfo(listPdf).size() > 1000);
}

void TestChronicPage::indicatorsDialogShowsRates()
{
    IndicatorsDialog dialog(m_ctx);
    QCOMPARE(dialog.indicators().size(), 6);
    QVERIFY(dialog.indicators().at(1).denominator > 0);
    QVERIFY(dialog.indicators().at(1).rate().has_value());
}

QTEST_MAIN(TestChronicPage)
#include "tst_chronicpage.moc"
