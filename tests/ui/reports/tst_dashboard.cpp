// GUI: the 仪表盘 tab of 报表 on a demo township. It computes in the background and fills the
// table, the trend and the village chart (grabbed offscreen: not blank); the keyboard alone goes
// from a number to the residents behind it and from there to a resident; a village doctor sees
// only their villages; it fits 1366x768. JIAYI_SCREENSHOT_DIR=dir saves PNGs to look at.
#include "arearepository.h"
#include "dashboardwidget.h"
#include "database.h"
#include "demogenerator.h"
#include "indicatorcharts.h"
#include "indicatorresidentsdialog.h"
#include "indicatortablemodel.h"
#include "mainwindow.h"
#include "reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;
using Models::IndicatorTableModel;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstTabOfReports();
    void computesAndDrawsCharts();
    void keyboardDrillDownToAResident();
    void villageDoctorSeesTheirVillagesOnly();

private:
    static int inkPixels(const QImage &image);
    static void shoot(QWidget *w, const QString &name);
    bool waitComputed(DashboardWidget &d);
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("dashboard");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("dashboard.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 2500;
    o.seed = 3;
    auto r = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
}

void TestDashboard::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

// Pixels that differ clearly from the most common colour (the background).
int TestDashboard::inkPixels(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> histogram;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            ++histogram[img.pixel(x, y)];
    QRgb background = 0;
    int most = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    int ink = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qAbs(qRed(p) - qRed(background)) + qAbs(qGreen(p) - qGreen(background)) +
                    qAbs(qBlue(p) - qBlue(background)) >
                60)
                ++ink;
        }
    return ink;
}

void TestDashboard::shoot(QWidget *w, const QString &name)
{
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

bool TestDashboard::waitComputed(DashboardWidget &d)
{
    QSignalSpy computed(&d, &DashboardWidget::computed);
    if (!d.isComputing())
        d.compute();
    return computed.wait(60000) || computed.count() > 0;
}

void TestDashboard::firstTabOfReports()
{
    MainWindow w(m_ctx);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
    auto *page = w.findChild<ReportsPage *>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->tabs()->indexOf(page->dashboard()), 0);
    QCOMPARE(page->tabs()->tabText(0), QStringLiteral("仪表盘"));
    // Shown for the first time, it counts by itself.
    QSignalSpy computed(page->dashboard(), &DashboardWidget::computed);
    QVERIFY(computed.wait(60000));
    QVERIFY(page->dashboard()->indicatorModel()->rowCount() >= 20);
    // Keyboard: from the tab bar, Tab lands on the table of figures.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), page->dashboard()->table());
    shoot(&w, QStringLiteral("reports-dashboard-window.png"));
}

void TestDashboard::computesAndDrawsCharts()
{
    DashboardWidget d(m_ctx);
    d.resize(1366 - 140, 768 - 120); // the page inside the main window on a 1366x768 screen
    QSignalSpy trend(&d, &DashboardWidget::trendShown);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(waitComputed(d));
    const QAbstractItemModel *m = d.indicatorModel();
    QCOMPARE(m->rowCount(), int(Models::IndicatorCatalog::get().indicators().size()));
    int withValue = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, IndicatorTableModel::Value).data().toString() != QLatin1String("—"))
            ++withValue;
        // Every status is also in words, not only in colour.
        const QString status = m->index(r, IndicatorTableModel::Status).data().toString();
        QVERIFY2(status.contains(QStringLiteral("达标")) ||
                     status.contains(QStringLiteral("接近")) ||
                     status.contains(QStringLiteral("未设目标")) ||
                     status.contains(QStringLiteral("无数据")),
                 qPrintable(status));
    }
    QVERIFY(withValue >= 15);
    // The selected indicator's words, trend and villages.
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("indicatorWords"))->text().isEmpty());
    QVERIFY(trend.wait(60000) || trend.count() > 0);
    QVERIFY(d.trendChart()->pointCount() >= 1);
    QVERIFY(d.villageChart()->barCount() >= 2);
    const int trendInk = inkPixels(d.trendChart()->grab().toImage());
    const int barInk = inkPixels(d.villageChart()->grab().toImage());
    QVERIFY2(trendInk > 1500, qPrintable(QString::number(trendInk)));
    QVERIFY2(barInk > 1500, qPrintable(QString::number(barInk)));
    // An empty chart has far less ink: the count is not trivially met.
    VillageBarChart empty;
    empty.resize(d.villageChart()->size());
    empty.showMessage(QString());
    QVERIFY(inkPixels(empty.grab().toImage()) < barInk / 3);
    // Fits: no horizontal scroll bar on the table at 1366x768.
    QVERIFY(!d.table()->horizontalScrollBar()->isVisible());
    shoot(&d, QStringLiteral("reports-dashboard.png"));

    // Another indicator: the trend follows the selection.
    trend.clear();
    const int row = qobject_cast<IndicatorTableModel *>(d.indicatorModel())
                        ->rowOf(QStringLiteral("htn_standard_rate"));
    QVERIFY(row >= 0);
    d.table()->setFocus();
    d.table()->setCurrentIndex(d.table()->model()->index(row, IndicatorTableModel::Value));
    QVERIFY(trend.wait(60000) || trend.count() > 0);
    QCOMPARE(d.selectedIndicator(), QStringLiteral("htn_standard_rate"));
    shoot(&d, QStringLiteral("reports-dashboard-htn.png"));
}

void TestDashboard::keyboardDrillDownToAResident()
{
    DashboardWidget d(m_ctx);
    QStringList opened;
    d.setRecordOpener([&](const QString &id, QWidget *) {
        opened << id;
        return false;
    });
    d.resize(1226, 648);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(waitComputed(d));
    auto *model = qobject_cast<IndicatorTableModel *>(d.indicatorModel());
    const int row = model->rowOf(QStringLiteral("sign_rate"));
    const qint64 numerator = model->result(row)->total.numerator;
    QVERIFY(numerator > 0);
    // Keyboard only: to the row, right to the numerator, Enter.
    d.table()->setFocus();
    d.table()->setCurrentIndex(d.table()->model()->index(row, IndicatorTableModel::Programme));
    QTest::keyClick(d.table(), Qt::Key_Right);
    QTest::keyClick(d.table(), Qt::Key_Right);
    QTest::keyClick(d.table(), Qt::Key_Right);
    QCOMPARE(d.table()->currentIndex().column(), int(IndicatorTableModel::Numerator));
    int rows = -1;
    QString firstId;
    connect(&d, &DashboardWidget::residentsOpened, this, [&](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            auto *list = static_cast<IndicatorResidentsDialog *>(dialog);
            rows = list->model()->rowCount();
            firstId = list->model()
                          ->index(0, 0)
                          .data(Models::IndicatorPeopleModel::ResidentIdRole)
                          .toString();
            shoot(dialog, QStringLiteral("reports-residents.png"));
            QTest::keyClick(list->table(), Qt::Key_Return); // opens the resident
            QTest::keyClick(list->table(), Qt::Key_Escape); // back to the dashboard
        });
    });
    QTest::keyClick(d.table(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rows >= 0 && !opened.isEmpty(), 60000);
    QCOMPARE(qint64(rows), numerator);
    QCOMPARE(opened, QStringList{firstId});
    QTRY_COMPARE(d.focusWidget(), d.table()); // back on the table it came from
}

void TestDashboard::villageDoctorSeesTheirVillagesOnly()
{
    Context village = m_ctx;
    village.scope.allVillages = false;
    village.scope.role = QStringLiteral("village_health_worker");
    village.scope.allPermissions = false;
    village.scope.permissions = {QStringLiteral("report.read"), QStringLiteral("resident.read"),
                                 QStringLiteral("immunization.read"),
                                 QStringLiteral("contract.read")};
    auto villages = Models::AreaRepository(m_ctx.connection).villages(m_ctx.scope);
    QVERIFY(villages.ok() && villages->size() > 1);
    village.scope.villages = {villages->first().code};
    DashboardWidget d(village);
    d.resize(1226, 648);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(waitComputed(d));
    QTRY_VERIFY(d.villageChart()->barCount() == 1);
    auto *areas = d.findChild<QComboBox *>(QStringLiteral("areaItem"));
    QCOMPARE(areas->count(), 1); // 我负责的全部村: no township of others
    auto *kind = d.findChild<QComboBox *>(QStringLiteral("areaKind"));
    kind->setCurrentIndex(1); // 村
    QCOMPARE(areas->count(), 1);
    QCOMPARE(areas->currentData().toString(), village.scope.villages.first());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
