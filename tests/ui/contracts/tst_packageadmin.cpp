// GUI: service packages are edited in a table with labelled columns and pick lists (the service
// kinds, the key populations by name), never as "annual_check|…|1|elderly" text; a user without
// the permission reads the refusal in words.
#include "database.h"
#include "packageadminwidget.h"
#include "packagerepository.h"
#include "packageservicemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;

class TestPackageAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void servicesAreATableWithWords();
    void addAServiceWithTheKeyboard();
    void refusalSaysWhatIsMissingInWords();

private:
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestPackageAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("packages");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("p.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
}

void TestPackageAdmin::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestPackageAdmin::servicesAreATableWithWords()
{
    PackageAdminWidget w(m_ctx);
    w.resize(1000, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAbstractItemModelTester tester(w.services());
    using M = Models::PackageServiceModel;
    QStringList headers;
    for (int c = 0; c < M::ColumnCount; ++c)
        headers << w.services()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("任务代码"), QStringLiteral("名称"),
                                   QStringLiteral("次数/年"), QStringLiteral("适用人群")}));
    QVERIFY(w.services()->rowCount() > 0);
    QStringList populations;
    for (int r = 0; r < w.services()->rowCount(); ++r) {
        for (int c = 0; c < M::ColumnCount; ++c)
            QVERIFY(!w.services()->index(r, c).data().toString().contains(QLatin1Char('|')));
        populations << w.services()->index(r, M::AppliesTo).data().toString();
    }
    // Key populations by name, not code; the basic package's check is for the elderly.
    QVERIFY2(!populations.contains(QStringLiteral("elderly")), qPrintable(populations.join(',')));
    QVERIFY(populations.contains(QStringLiteral("所有签约居民")));
    QVERIFY(w.eligibleList()->count() > 0);
    for (int i = 0; i < w.eligibleList()->count(); ++i)
        QVERIFY(!w.eligibleList()->item(i)->text().contains(QLatin1Char('_')));
}

void TestPackageAdmin::addAServiceWithTheKeyboard()
{
    PackageAdminWidget w(m_ctx);
    w.resize(1000, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int before = w.services()->rowCount();
    auto *add = w.findChild<QPushButton *>();
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text().startsWith(QStringLiteral("添加服务项目")))
            add = b;
    QVERIFY(add);
    add->click();
    QCOMPARE(w.services()->rowCount(), before + 1);
    using M = Models::PackageServiceModel;
    const int row = before;
    // The task code is a pick list of the known kinds; choosing one brings its usual name.
    QTRY_VERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    auto *kind = qobject_cast<QComboBox *>(QApplication::focusWidget());
    const int followup = kind->findData(QStringLiteral("hypertension_followup"));
    QVERIFY(followup >= 0);
    while (kind->currentIndex() < followup)
        QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Tab); // commits and moves to 名称
    QCOMPARE(w.services()->index(row, M::Kind).data(Qt::EditRole).toString(),
             QStringLiteral("hypertension_followup"));
    QVERIFY(!w.services()->index(row, M::Name).data().toString().isEmpty());
    // 次数/年 and 适用人群 through the same table.
    const QModelIndex perYear = w.services()->index(row, M::PerYear);
    w.servicesTable()->setCurrentIndex(perYear);
    w.servicesTable()->edit(perYear);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != w.servicesTable());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(w.services()->index(row, M::PerYear).data(Qt::EditRole).toInt(), 4);
    QTRY_VERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    auto *who = qobject_cast<QComboBox *>(QApplication::focusWidget());
    const int target = who->findText(QStringLiteral("高血压患者"));
    QVERIFY2(target >= 0, "key population by name");
    while (who->currentIndex() < target)
        QTest::keyClick(who, Qt::Key_Down);
    QTest::keyClick(who, Qt::Key_Tab);
    QCOMPARE(w.services()->index(row, M::AppliesTo).data(Qt::EditRole).toString(),
             QStringLiteral("hypertension"));
    QCOMPARE(w.services()->index(row, M::AppliesTo).data().toString(),
             QStringLiteral("高血压患者"));

    QPushButton *save = nullptr;
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("保存为新版本"))
            save = b;
    QVERIFY(save);
    save->click();
    QVERIFY2(w.message()->text().contains(QStringLiteral("已保存")),
             qPrintable(w.message()->text()));
    auto latest =
        Models::PackageRepository(m_ctx.connection).latest(m_ctx.scope, QStringLiteral("basic"));
    QVERIFY(latest);
    bool found = false;
    for (const Models::PackageService &s : latest->services)
        if (s.kind == QLatin1String("hypertension_followup") && s.perYear == 4 &&
            s.appliesTo == QLatin1String("hypertension"))
            found = true;
    QVERIFY(found);
}

void TestPackageAdmin::refusalSaysWhatIsMissingInWords()
{
    Context reader = m_ctx;
    reader.scope.allPermissions = false;
    reader.scope.permissions = {QStringLiteral("contract.read"), QStringLiteral("settings.read")};
    PackageAdminWidget w(reader);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("保存为新版本"))
            b->click();
    QVERIFY2(w.message()->text().contains(QStringLiteral("修改系统设置")),
             qPrintable(w.message()->text()));
    QVERIFY(!w.message()->text().contains(QStringLiteral("settings.write")));
}

QTEST_MAIN(TestPackageAdmin)
#include "tst_packageadmin.moc"
