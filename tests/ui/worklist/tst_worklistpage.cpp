// GUI: the workstation opens on the daily work list; Enter on an item opens its form and the
// saved item leaves the list; the village doctor's own village; the round sheet; 1366x768.
// JIAYI_SCREENSHOT_DIR=dir saves the page (worklist.png) and the round sheet (worklist.pdf).
#include "arearepository.h"
#include "chronicrepository.h"
#include "database.h"
#include "followupdialog.h"
#include "mainwindow.h"
#include "recorddosedialog.h"
#include "residentrepository.h"
#include "roundsheet.h"
#include "workitemmodel.h"
#include "worklistpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

namespace {
const QString VillageA = QStringLiteral("430121101201");
const QString VillageB = QStringLiteral("430121101202");

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

QString screenshotDir()
{
    return QString::fromLocal8Bit(qgetenv("JIAYI_SCREENSHOT_DIR"));
}
} // namespace

class TestWorklistPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }
    void opensOnTheWorklist();
    void enterOpensTheFollowupAndSavingRemovesTheItem();
    void enterOnADoseOpensThatDose();
    void villageDoctorSeesTheirVillage();
    void roundSheetPdf();

private:
    QString person(const QString &name, const QDate &birth, const QString &address,
                   const QString &village = VillageA, QChar sex = QLatin1Char('M'));
    WorklistPage *page(MainWindow &w) const { return w.worklistPage(); }
    int rowOf(WorklistPage *p, const QString &residentId, const QString &source) const
    {
        return p->model()->rowOfResident(residentId, source);
    }
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_patient, m_registration, m_child;
};

QString TestWorklistPage::person(const QString &name, const QDate &birth, const QString &address,
                                 const QString &village, QChar sex)
{
    Models::Resident r;
    r.name = name;
    r.sex = sex;
    r.birthDate = birth;
    r.villageCode = village;
    r.phone = r.relation = QStringLiteral("");
    r.address = address;
    auto c = Models::ResidentRepository(m_ctx.connection).create(m_ctx.scope, r, true);
    if (!c)
        qWarning() << why(c);
    return c ? c->id : QString();
}

void TestWorklistPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("worklist/area")); // the first village, as on a new PC
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("worklist");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("worklist.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::AreaRepository areas(m_ctx.connection);
    QVERIFY(areas.add(
        {QStringLiteral("430121"), QStringLiteral("示范县"), QStringLiteral("county"), {}}));
    QVERIFY(areas.add({QStringLiteral("430121101"), QStringLiteral("城关镇"),
                       QStringLiteral("township"), QStringLiteral("430121")}));
    QVERIFY(areas.add({VillageA, QStringLiteral("东村"), QStringLiteral("village"),
                       QStringLiteral("430121101")}));
    QVERIFY(areas.add({VillageB, QStringLiteral("西村"), QStringLiteral("village"),
                       QStringLiteral("430121101")}));
    const QDate today = QDate::currentDate();
    // A hypertensive patient whose follow-up was due ten days ago.
    m_patient = person(QStringLiteral("王建国"), QDate(1970, 2, 3), QStringLiteral("东村3组12号"));
    Models::ChronicRepository chronic(m_ctx.connection);
    Models::ChronicRegistration g;
    g.residentId = m_patient;
    g.programme = QStringLiteral("hypertension");
    g.icd10 = QStringLiteral("I10.x00x002");
    g.diagnosedOn = today.addDays(-200);
    g.registeredOn = today.addDays(-200);
    auto reg = chronic.registerResident(m_ctx.scope, g);
    QVERIFY2(reg.ok(), why(reg));
    m_registration = reg->id;
    Models::ChronicFollowup f;
    f.registrationId = m_registration;
    f.visitDate = today.addDays(-100);
    f.mode = 1;
    f.sbp = 146;
    f.dbp = 92;
    f.heartRate = 72;
    f.nextDate = today.addDays(-10);
    QVERIFY(chronic.record(m_ctx.scope, f).ok());
    // Others of the village, on other roads: 65+ without a check, a baby due her doses.
    person(QStringLiteral("周大爷"), QDate(1950, 3, 1), QStringLiteral("东村1组5号"));
    person(QStringLiteral("吴奶奶"), QDate(1948, 8, 8), QStringLiteral("东村5组2号"), VillageA,
           QLatin1Char('F'));
    m_child = person(QStringLiteral("小燕"), today.addMonths(-3), QStringLiteral("东村2组8号"),
                     VillageA, QLatin1Char('F'));
    person(QStringLiteral("西村老人"), QDate(1949, 1, 1), QStringLiteral("西村1组1号"), VillageB);
}

void TestWorklistPage::opensOnTheWorklist()
{
    MainWindow w(m_ctx);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->currentRow(), int(MainWindow::Worklist));
    QCOMPARE(nav->item(0)->text(), QStringLiteral("今日工作"));
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), page(w));
    WorklistPage *p = page(w);
    QTRY_VERIFY(p->model()->rowCount() > 0);
    QCOMPARE(p->area(), VillageA);
    QCOMPARE(p->date(), QDate::currentDate());
    QTRY_COMPARE(w.focusWidget(), p->table()); // arrows and Enter work at once
    const int row = rowOf(p, m_patient, QStringLiteral("chronic"));
    QVERIFY(row >= 0);
    QCOMPARE(p->model()->index(row, Models::WorkItemModel::Status).data().toString(),
             QStringLiteral("逾期 10 天"));
    // Grouped by household in route order: 1组, 2组, 3组, 5组; nobody of the other village.
    QStringList order;
    QVERIFY(p->model()->item(0).isQueue()); // the workstation's unsent records come first
    for (int r = 0; r < p->model()->rowCount(); ++r) {
        if (p->model()->item(r).isQueue())
            continue;
        const QString name =
            p->model()->index(r, Models::WorkItemModel::Resident).data().toString();
        if (order.isEmpty() || order.last() != name)
            order << name;
    }
    QCOMPARE(order, (QStringList{QStringLiteral("周大爷"), QStringLiteral("小燕"),
                                 QStringLiteral("王建国"), QStringLiteral("吴奶奶")}));
    auto *summary = w.findChild<QLabel *>(QStringLiteral("worklistSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("慢病随访 1（逾期 1）")),
             qPrintable(summary->text()));
    // Fits 1366x768: every column of the list is on screen without scrolling sideways.
    QVERIFY(p->table()->horizontalHeader()->length() <= p->table()->viewport()->width() + 2);
    // The whole township: read on a thread of its own, then shown.
    p->setArea(QString());
    QTRY_VERIFY(!p->isLoading());
    QTRY_VERIFY(p->model()->list().area.isEmpty());
    bool west = false;
    for (int r = 0; r < p->model()->rowCount(); ++r)
        west = west || p->model()->item(r).villageCode == VillageB;
    QVERIFY(west);
    p->setArea(VillageA);
    QTRY_COMPARE(p->model()->list().area, VillageA);
    if (!screenshotDir().isEmpty())
        QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/worklist.png")));
}

void TestWorklistPage::enterOpensTheFollowupAndSavingRemovesTheItem()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WorklistPage *p = page(w);
    QTRY_VERIFY(rowOf(p, m_patient, QStringLiteral("chronic")) >= 0);
    const int before = p->model()->rowCount();
    p->table()->setCurrentIndex(
        p->model()->index(rowOf(p, m_patient, QStringLiteral("chronic")), 0));
    bool seen = false;
    QString registration;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<FollowupDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        registration = dialog->followup().registrationId;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sbp")),
                         QStringLiteral("132"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dbp")),
                         QStringLiteral("84"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    p->table()->setFocus();
    QTest::keyClick(p->table(), Qt::Key_Return);
    QVERIFY(seen);
    QCOMPARE(registration, m_registration);
    // Saved: off the list, the rest still there, the focus back in the list.
    QTRY_COMPARE(rowOf(p, m_patient, QStringLiteral("chronic")), -1);
    QCOMPARE(p->model()->rowCount(), before - 1);
    QVERIFY(p->table()->currentIndex().isValid());
    QCOMPARE(Models::ChronicRepository(m_ctx.connection)
                 .followups(m_ctx.scope, m_registration)
                 ->last()
                 .visitDate,
             QDate::currentDate());
}

void TestWorklistPage::enterOnADoseOpensThatDose()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WorklistPage *p = page(w);
    QTRY_VERIFY(rowOf(p, m_child, QStringLiteral("immunization")) >= 0);
    // The child's second dose line: the dialog offers that dose first.
    int row = rowOf(p, m_child, QStringLiteral("immunization"));
    if (row + 1 < p->model()->rowCount() && p->model()->item(row + 1).residentId == m_child &&
        p->model()->item(row + 1).source == QLatin1String("immunization"))
        ++row;
    const Models::WorkItem item = p->model()->item(row);
    p->table()->setCurrentIndex(p->model()->index(row, 0));
    QString offered;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RecordDoseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        offered = dialog->doseBox()->currentText();
        dialog->reject();
    });
    p->table()->setFocus();
    QTest::keyClick(p->table(), Qt::Key_Return);
    const QString reasonVaccine = item.reason.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(offered.startsWith(reasonVaccine),
             qPrintable(offered + QStringLiteral(" / ") + item.reason));
    QVERIFY2(offered.contains(item.reason.section(QLatin1Char(' '), 1, 1)),
             qPrintable(offered + QStringLiteral(" / ") + item.reason));
    QVERIFY(rowOf(p, m_child, QStringLiteral("immunization")) >= 0); // not saved: stays
}

void TestWorklistPage::villageDoctorSeesTheirVillage()
{
    Context doctor = m_ctx;
    doctor.scope.userId = QStringLiteral("cunyi");
    doctor.scope.role = QStringLiteral("village_doctor");
    doctor.scope.allVillages = false;
    doctor.scope.villages = {VillageB};
    QSettings().remove(QStringLiteral("worklist/area"));
    WorklistPage p(doctor);
    p.resize(1200, 600);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    QCOMPARE(p.area(), VillageB);
    auto *village = p.findChild<QComboBox *>(QStringLiteral("worklistVillage"));
    QCOMPARE(village->count(), 1); // only their own village
    QTRY_VERIFY(p.model()->rowCount() > 0);
    for (int r = 0; r < p.model()->rowCount(); ++r)
        if (!p.model()->item(r).isQueue()) // the workstation's own queue has no village
            QCOMPARE(p.model()->item(r).villageCode, VillageB);
}

void TestWorklistPage::roundSheetPdf()
{
    WorklistPage p(m_ctx);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    p.setArea(VillageA);
    QTRY_VERIFY(p.model()->rowCount() > 0);
    const QJsonObject json = p.model()->list().toJson();
    const QString html = RoundSheet::html(json);
    QVERIFY(html.contains(QStringLiteral("入户走访单（东村）")));
    QVERIFY(html.contains(QStringLiteral("□")));
    QVERIFY(html.contains(QStringLiteral("周大爷")));
    QVERIFY(html.indexOf(QStringLiteral("1组5号")) < html.indexOf(QStringLiteral("2组8号")));
    const QString pdf = screenshotDir().isEmpty()
                            ? m_dir.filePath(QStringLiteral("sheet.pdf"))
                            : screenshotDir() + QStringLiteral("/worklist.pdf");
    QVERIFY(RoundSheet::savePdf(json, pdf).ok());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 5000); // fonts embedded
    QVERIFY(!RoundSheet::savePdf(json, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))).ok());
    // Ctrl+P on the page: the print preview of the sheet.
    bool previewed = false;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        previewed = d != nullptr;
        if (d)
            d->reject();
    });
    QApplication::setActiveWindow(&p); // shortcuts need an active window (no window manager)
    p.table()->setFocus();
    QTest::keyClick(p.table(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(previewed);
}

QTEST_MAIN(TestWorklistPage)
#include "tst_worklistpage.moc"
