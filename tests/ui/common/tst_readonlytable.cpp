// The shared read-only table set-up: whole rows selected one at a time, no editing in place,
// no row numbers, one line a row, and the stretch rule (the last column, or the one given).
#include "readonlytable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Gui;

class TestReadOnlyTable : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyRows();
    void stretchRules();
};

namespace {
QStandardItemModel *model(QObject *parent)
{
    auto *m = new QStandardItemModel(3, 3, parent);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            m->setItem(r, c, new QStandardItem(QStringLiteral("张三%1%2").arg(r).arg(c)));
    return m;
}
} // namespace

void TestReadOnlyTable::readOnlyRows()
{
    QTableView view;
    auto *m = model(&view);
    view.setModel(m);
    setUpReadOnlyTable(&view);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(m->index(1, 1));
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedIndexes().size(), 3); // the whole row
    // Typing or F2 edits nothing.
    QTest::keyClick(&view, Qt::Key_F2);
    QTest::keyClicks(&view, QStringLiteral("x"));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(m->item(1, 1)->text(), QStringLiteral("张三11"));
    QVERIFY(view.indexWidget(m->index(1, 1)) == nullptr);
    QVERIFY(!view.verticalHeader()->isVisible());
    QVERIFY(view.alternatingRowColors());
    QVERIFY(!view.wordWrap());
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), view.fontMetrics().height() + 8);
    // Shift+Down does not extend the selection: one row at a time.
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
}

void TestReadOnlyTable::stretchRules()
{
    QTableView last;
    last.setModel(model(&last));
    setUpReadOnlyTable(&last);
    QVERIFY(last.horizontalHeader()->stretchLastSection());

    QTableView middle;
    middle.setModel(model(&middle));
    setUpReadOnlyTable(&middle, 1);
    QVERIFY(!middle.horizontalHeader()->stretchLastSection());
    QCOMPARE(middle.horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
    QCOMPARE(middle.horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
}

QTEST_MAIN(TestReadOnlyTable)
#include "tst_readonlytable.moc"
