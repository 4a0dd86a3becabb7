// GUI: the export buttons every list shares (ui/common/exportbuttons): keyboard shortcuts that
// work inside their list only, CSV and .xlsx written as the view shows, the print preview painted
// from the model, disabled with nothing to export; and the same buttons on two real lists (the
// contract work list, the chronic work list).
#include "chronicpage.h"
#include "database.h"
#include "demogenerator.h"
#include "exportbuttons.h"
#include "tabularfile.h"
#include "worklistwidget.h"

#include <QApplication>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Gui;

namespace {

QStandardItemModel *list(const QString &first, QObject *parent)
{
    auto *m = new QStandardItemModel(2, 2, parent);
    m->setHorizontalHeaderLabels({QStringLiteral("姓名"), QStringLiteral("次数")});
    m->setItem(0, 0, new QStandardItem(first));
    m->setItem(0, 1, new QStandardItem(QStringLiteral("3")));
    m->setItem(1, 0, new QStandardItem(QStringLiteral("李四")));
    m->setItem(1, 1, new QStandardItem(QStringLiteral("5")));
    return m;
}

// A list page: a table and its export buttons.
struct Page
{
    QWidget *widget;
    QTableView *view;
    ExportButtons *buttons;
};

Page page(QAbstractItemModel *model, const QString &title, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *view = new QTableView(w);
    view->setModel(model);
    auto *b = new ExportButtons(
        model,
        [title] {
            TablePrint p;
            p.title = title;
            p.headerFields = {{QStringLiteral("范围"), QStringLiteral("东村")}};
            return p;
        },
        w, w);
    auto *l = new QVBoxLayout(w);
    l->addWidget(b);
    l->addWidget(view);
    return {w, view, b};
}

} // namespace

class TestExportButtons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysWorkInsideTheirList();
    void previewPaintsTheModel();
    void nothingToExport();
    void realLists();

private:
    QTemporaryDir m_dir;
};

void TestExportButtons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportButtons::keysWorkInsideTheirList()
{
    // Two lists on two tabs, the same keys: the one shown answers.
    QTabWidget tabs;
    const Page first = page(list(QStringLiteral("张三"), &tabs), QStringLiteral("第一张"), &tabs);
    const Page second = page(list(QStringLiteral("王五"), &tabs), QStringLiteral("第二张"), &tabs);
    tabs.addTab(first.widget, QStringLiteral("一"));
    tabs.addTab(second.widget, QStringLiteral("二"));
    QStringList asked;
    for (ExportButtons *b : {first.buttons, second.buttons})
        b->setPathChooser([&](const QString &, const QString &suggested, const QString &) {
            asked << QFileInfo(suggested).fileName();
            return m_dir.filePath(QFileInfo(suggested).fileName());
        });
    QString message;
    connect(second.buttons, &ExportButtons::message, this,
            [&](const QString &text, bool) { message = text; });
    tabs.resize(800, 400);
    tabs.show();
    QApplication::setActiveWindow(&tabs);
    QVERIFY(QTest::qWaitForWindowActive(&tabs));
    tabs.setCurrentIndex(1);
    second.view->setFocus();
    QTest::keyClick(second.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, QStringList{QStringLiteral("第二张.csv")});
    auto csv = Models::TabularFile::read(m_dir.filePath(QStringLiteral("第二张.csv")));
    QVERIFY(csv);
    QCOMPARE(csv->header.first(), QStringLiteral("第二张"));
    QCOMPARE(csv->rows.at(1), (QStringList{QStringLiteral("姓名"), QStringLiteral("次数")}));
    QCOMPARE(csv->rows.at(2).first(), QStringLiteral("王五"));
    QVERIFY(message.contains(QStringLiteral("已导出到")));
    QTest::keyClick(second.view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked.last(), QStringLiteral("第二张.xlsx"));
    auto xlsx = Models::TabularFile::readXlsx(m_dir.filePath(QStringLiteral("第二张.xlsx")));
    QVERIFY(xlsx);
    QCOMPARE(xlsx->rows.at(2).at(1), QStringLiteral("3"));
    // Back on the first tab, the same key exports the first list.
    tabs.setCurrentIndex(0);
    first.view->setFocus();
    QTest::keyClick(first.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked.last(), QStringLiteral("第一张.csv"));
    // Cancelling the file dialog writes nothing and says nothing.
    first.buttons->setPathChooser(
        [](const QString &, const QString &, const QString &) { return QString(); });
    QVERIFY(!first.buttons->exportXlsx());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("第一张.xlsx"))));
    // The buttons say their keys.
    QVERIFY(first.buttons->csvButton()->text().contains(QStringLiteral("Ctrl+Shift+C")));
}

void TestExportButtons::previewPaintsTheModel()
{
    QWidget host;
    auto *model = new QStandardItemModel(3, 12, &host);
    for (int c = 0; c < 12; ++c)
        model->setHorizontalHeaderItem(
            c, new QStandardItem(QStringLiteral("第%1列管理人群血压控制率").arg(c + 1)));
    const Page p = page(model, QStringLiteral("宽表"), &host);
    QPageLayout seen;
    const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
    p.buttons->setPreviewer([&](const QString &title, const QPageLayout &layout,
                                const std::function<void(QPrinter &)> &paintPages) {
        seen = layout;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageLayout(layout);
        printer.setDocName(title);
        paintPages(printer);
    });
    host.show();
    QApplication::setActiveWindow(&host);
    QVERIFY(QTest::qWaitForWindowActive(&host));
    p.view->setFocus();
    QTest::keyClick(p.view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(seen.orientation(), QPageLayout::Landscape); // twelve columns
    QCOMPARE(seen.pageSize().id(), QPageSize::A4);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess t;
        t.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        t.waitForFinished();
        QVERIFY(QString::fromUtf8(t.readAllStandardOutput()).contains(QStringLiteral("第12列")));
    }
}

void TestExportButtons::nothingToExport()
{
    QWidget host;
    auto *model = new QStandardItemModel(&host);
    const Page p = page(model, QStringLiteral("空"), &host);
    int asked = 0;
    p.buttons->setPathChooser([&](const QString &, const QString &, const QString &) {
        ++asked;
        return QString();
    });
    host.show();
    QApplication::setActiveWindow(&host);
    QVERIFY(QTest::qWaitForWindowActive(&host));
    QVERIFY(!p.buttons->csvButton()->isEnabled());
    p.view->setFocus();
    QTest::keyClick(p.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, 0);
    // Columns arrive: the buttons come alive.
    model->setHorizontalHeaderLabels({QStringLiteral("姓名")});
    QVERIFY(p.buttons->csvButton()->isEnabled());
    QVERIFY(p.buttons->previewButton()->isEnabled());
}

// The buttons on two lists of the app, on a demo township.
void TestExportButtons::realLists()
{
    Context ctx;
    ctx.connection = QStringLiteral("lists");
    ctx.databasePath = m_dir.filePath(QStringLiteral("lists.db"));
    QVERIFY(Models::openDatabase(ctx.connection, ctx.databasePath));
    Models::DemoOptions o;
    o.residents = 600;
    o.seed = 5;
    QVERIFY(Models::DemoGenerator::generate(ctx.connection, ctx.scope, o));
    {
        WorkListWidget contracts(ctx, Models::WorkListModel::UnsignedKey);
        contracts.refresh();
        auto *b = contracts.findChild<ExportButtons *>();
        QVERIFY(b);
        const QString path = m_dir.filePath(QStringLiteral("unsigned.xlsx"));
        QVERIFY(b->exportTo(path));
        auto t = Models::TabularFile::readXlsx(path);
        QVERIFY(t);
        QCOMPARE(t->header.first(), QStringLiteral("未签约的重点人群"));
        QCOMPARE(t->rows.size(), contracts.model()->rowCount() + 2); // fields, header, rows
        // Beside the navigation of the 1366-wide main window, every button is whole.
        contracts.resize(1366 - 180, 600);
        contracts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contracts));
        QVERIFY(b->xlsxButton()->geometry().right() < contracts.width());
        QVERIFY(b->xlsxButton()->width() >= b->xlsxButton()->sizeHint().width());
        if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
            contracts.grab().save(QString::fromLocal8Bit(dir) +
                                  QStringLiteral("/contracts-worklist-export.png"));
    }
    {
        ChronicPage chronic(ctx);
        chronic.resize(1366 - 180, 700);
        chronic.show();
        QApplication::setActiveWindow(&chronic);
        QVERIFY(QTest::qWaitForWindowActive(&chronic));
        auto *b = chronic.findChild<ExportButtons *>();
        QVERIFY(b);
        QString asked;
        b->setPathChooser([&](const QString &, const QString &suggested, const QString &) {
            asked = suggested;
            return m_dir.filePath(QStringLiteral("chronic.csv"));
        });
        auto *view = chronic.findChild<QTableView *>(QStringLiteral("worklistTable"));
        QVERIFY(view && view->model()->rowCount() > 0);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(asked.contains(QStringLiteral("慢病随访工作清单")));
        auto t = Models::TabularFile::read(m_dir.filePath(QStringLiteral("chronic.csv")));
        QVERIFY(t);
        QCOMPARE(t->rows.size(), view->model()->rowCount() + 2);
        QVERIFY(b->xlsxButton()->width() >= b->xlsxButton()->sizeHint().width());
        if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
            chronic.grab().save(QString::fromLocal8Bit(dir) +
                                QStringLiteral("/chronic-export.png"));
    }
    Models::closeDatabase(ctx.connection);
}

QTEST_MAIN(TestExportButtons)
#include "tst_exportbuttons.moc"
