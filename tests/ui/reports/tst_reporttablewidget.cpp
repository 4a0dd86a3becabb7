// GUI: 报表 → 官方报表 at 1366x768 on a demo township, keyboard only: choose 07-1 and a year,
// Enter computes it off the UI thread, the table shows its header, one row per village and
// 合计; the exports write it; a village doctor sees their village. JIAYI_SCREENSHOT_DIR keeps the
// screen and the printed pages as PNGs to look at.
#include "codetable.h"
#include "database.h"
#include "demogenerator.h"
#include "exportbuttons.h"
#include "messagebanner.h"
#include "reportspage.h"
#include "reporttable.h"
#include "reporttablemodel.h"
#include "reporttablewidget.h"
#include "tabularfile.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

class TestReportTableWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyboardOnly();
    void villageDoctor();
    void englishLabels();

private:
    void shot(QWidget *w, const QString &name);
    QTemporaryDir m_dir;
    Context m_ctx;
    int m_villages = 0;
};

void TestReportTableWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("reports");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("r.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath));
    Models::DemoOptions o;
    o.residents = 1500;
    o.seed = 9;
    auto sum = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY(sum);
    m_villages = sum->villages;
}

void TestReportTableWidget::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestReportTableWidget::shot(QWidget *w, const QString &name)
{
    QApplication::processEvents(); // the labels' new heights laid out
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

void TestReportTableWidget::keyboardOnly()
{
    ReportsPage page(m_ctx);
    page.resize(1366 - 180, 768 - 60); // the page beside the navigation, under the title bar
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTabWidget *tabs = page.tabs();
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QStringLiteral("官方报表"))
            tab = i;
    QVERIFY(tab >= 0);
    tabs->setCurrentIndex(tab);
    auto *w = qobject_cast<ReportTableWidget *>(tabs->widget(tab));
    QVERIFY(w);
    auto *table = w->findChild<QComboBox *>(QStringLiteral("reportTableChoice"));
    auto *kind = w->findChild<QComboBox *>(QStringLiteral("reportPeriodKind"));
    auto *year = w->findChild<QSpinBox *>(QStringLiteral("reportYear"));
    QVERIFY(table && kind && year);
    // Alt+T reaches the table choice; ↓ to 07-1.
    QTest::keyClick(w, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(table->hasFocus());
    while (table->currentData().toString() != QLatin1String("07-1")) {
        const int before = table->currentIndex();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(table->currentIndex() != before);
    }
    // Alt+Z: the period; 年报 is two down from 季报; Tab to the year, one back.
    QTest::keyClick(w, Qt::Key_Z, Qt::AltModifier);
    QTRY_VERIFY(kind->hasFocus());
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("年报"));
    QTest::keyClick(kind, Qt::Key_Tab);
    QTRY_VERIFY(year->hasFocus());
    year->selectAll();
    QTest::keyClicks(year, QString::number(QDate::currentDate().year() - 1));
    QSignalSpy done(w, &ReportTableWidget::computed);
    QTest::keyClick(year, Qt::Key_Return);
    QVERIFY(done.wait(60000));
    Models::ReportTableModel *model = w->model();
    QVERIFY(model->hasTable());
    QCOMPARE(model->rowCount(), m_villages + 1);
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("合计"));
    QCOMPARE(model->table().def.id, QStringLiteral("07-1"));
    QCOMPARE(model->table().period.kind, Models::ReportPeriod::Year);
    QVERIFY(model->table().total().values.at(1).toLongLong() > 0); // managed
    auto *title = w->findChild<QLabel *>(QStringLiteral("reportTitle"));
    auto *header = w->findChild<QLabel *>(QStringLiteral("reportHeader"));
    QCOMPARE(title->text(), QStringLiteral("高血压患者健康管理统计报表"));
    QVERIFY(header->text().contains(QStringLiteral("报送周期：%1年").arg(year->value())));
    // The table is the focus after computing, and every column fits 1366 wide.
    auto *view = w->findChild<QTableView *>(QStringLiteral("reportTableView"));
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    shot(&page, QStringLiteral("reporttable-07-1.png"));

    // Ctrl+Shift+E: the .xlsx; Ctrl+Shift+P: the preview, painted here into a PDF.
    ExportButtons *exporter = w->exportButtons();
    exporter->setPathChooser([&](const QString &, const QString &suggested, const QString &) {
        return m_dir.filePath(QFileInfo(suggested).fileName());
    });
    const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
    exporter->setPreviewer([&](const QString &, const QPageLayout &layout,
                               const std::function<void(QPrinter &)> &paintPages) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageLayout(layout);
        paintPages(printer);
    });
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto xlsx = Models::TabularFile::readXlsx(
        m_dir.filePath(QStringLiteral("高血压患者健康管理统计报表.xlsx")));
    QVERIFY(xlsx);
    QCOMPARE(xlsx->header.first(), QStringLiteral("高血压患者健康管理统计报表"));
    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                           QString::fromLocal8Bit(dir) + QStringLiteral("/reporttable-07-1-pdf")});

    // The widest table (fd-key, 21 columns of numbers) on the same screen.
    table->setCurrentIndex(table->findData(QStringLiteral("fd-key")));
    w->compute();
    QVERIFY(done.wait(60000));
    QCOMPARE(model->table().def.id, QStringLiteral("fd-key"));
    shot(&page, QStringLiteral("reporttable-fd-key.png"));
    table->setCurrentIndex(table->findData(QStringLiteral("03")));
    w->compute();
    QVERIFY(done.wait(60000));
    shot(&page, QStringLiteral("reporttable-03.png"));
}

void TestReportTableWidget::villageDoctor()
{
    auto areas = Models::ReportTableEngine(m_ctx.connection).areas(m_ctx.scope);
    QVERIFY(areas && areas->size() > 2);
    const QString village = areas->last().code;
    Context doctor = m_ctx;
    doctor.scope.allVillages = false;
    doctor.scope.villages = {village};
    doctor.scope.allPermissions = false;
    doctor.scope.permissions = {QStringLiteral("report.read"), QStringLiteral("chronic.read"),
                                QStringLiteral("record.read")};
    ReportTableWidget w(doctor);
    w.resize(1180, 700);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *area = w.findChild<QComboBox *>(QStringLiteral("reportArea"));
    QCOMPARE(area->count(), 3); // 我的村, the township, the village
    QCOMPARE(area->itemText(0), QStringLiteral("我的村"));
    auto *table = w.findChild<QComboBox *>(QStringLiteral("reportTableChoice"));
    table->setCurrentIndex(table->findData(QStringLiteral("07-1")));
    QSignalSpy done(&w, &ReportTableWidget::computed);
    w.compute();
    QVERIFY(done.wait(60000));
    QCOMPARE(w.model()->rowCount(), 2);
    QCOMPARE(w.model()
                 ->data(w.model()->index(0, 0), Models::ReportTableModel::VillageCodeRole)
                 .toString(),
             village);
    // 03 needs immunization.read, which this user lacks: said in the banner, nothing shown.
    table->setCurrentIndex(table->findData(QStringLiteral("03")));
    w.compute();
    QVERIFY(done.wait(60000));
    QVERIFY(!w.model()->hasTable()); // no numbers of the last choice under this one
    auto *banner = w.findChild<MessageBanner *>();
    QVERIFY(banner && banner->text().contains(QStringLiteral("预防接种")));
    QVERIFY(!w.exportButtons()->csvButton()->isEnabled());
    shot(&w, QStringLiteral("reporttable-refused.png"));
}

// With the English interface the tables' titles, columns and groups come from the data file's
// English labels (the words of the screen from the translation files).
void TestReportTableWidget::englishLabels()
{
    Models::CodeTable::setEnglish(true);
    ReportTableWidget w(m_ctx);
    w.resize(1186, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *table = w.findChild<QComboBox *>(QStringLiteral("reportTableChoice"));
    table->setCurrentIndex(table->findData(QStringLiteral("03")));
    QCOMPARE(table->currentText(), QStringLiteral("03  Immunization"));
    QSignalSpy done(&w, &ReportTableWidget::computed);
    w.compute();
    QVERIFY(done.wait(60000));
    Models::ReportTableModel *model = w.model();
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Certified"));
    QCOMPARE(model->headerData(2, Qt::Horizontal, Models::ReportTableModel::GroupRole).toString(),
             QStringLiteral("Certificates"));
    QCOMPARE(model->table().def.displayTitle(), QStringLiteral("Immunization"));
    shot(&w, QStringLiteral("reporttable-03-en.png"));
    Models::CodeTable::setEnglish(false);
}

QTEST_MAIN(TestReportTableWidget)
#include "tst_reporttablewidget.moc"
