// GUI: who may read residents, seen from the screens. The residents list refuses a role without
// `resident.read` and says why; opening a record (the resident screen, the editor) writes one
// "read" audit entry, through ResidentRepository::openRecord.
#include "auditrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "permission.h"
#include "residenteditor.h"
#include "residentlistmodel.h"
#include "residentspage.h"
#include "residentview.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gui;

class TestResidentsReads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void enterOpensScreenWithOneRead();
    void editorAuditsTheRead();
    void listRefusedWithoutReadPermission();

private:
    qint64 reads(const QString &residentId) const
    {
        Models::AuditFilter f;
        f.action = QStringLiteral("read");
        f.entity = QStringLiteral("resident");
        f.entityId = residentId;
        auto entries = Models::AuditRepository(m_ctx.connection).query(m_ctx.scope, f);
        return entries ? entries->size() : -1;
    }
    QString someResident(int row) const
    {
        Models::ResidentListModel m(m_ctx.connection, m_ctx.scope);
        return m.residentId(row);
    }
    QTemporaryDir m_dir;
    Context m_ctx;
};

void TestResidentsReads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("gui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("gui.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 80;
    o.seed = 5;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
}

void TestResidentsReads::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestResidentsReads::enterOpensScreenWithOneRead()
{
    ResidentsPage page(m_ctx);
    // The shell installs the opener (ui/shell/mainwindow.cpp); this test does the same.
    page.setRecordOpener([this](const QString &residentId, QWidget *parent) {
        return ResidentView::open(m_ctx, residentId, parent);
    });
    page.resize(1280, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    const QString id = page.model()->residentId(0);
    QCOMPARE(reads(id), 0);
    bool opened = false;
    QTimer::singleShot(0, this, [&] {
        if (auto *v = qobject_cast<ResidentView *>(QApplication::activeModalWidget())) {
            opened = true;
            v->reject();
        }
    });
    QTest::keyClick(page.table(), Qt::Key_Return);
    QVERIFY(opened);
    QCOMPARE(reads(id), 1); // the screen and its timeline: one read, not two
}

void TestResidentsReads::editorAuditsTheRead()
{
    const QString id = someResident(3);
    QVERIFY(!id.isEmpty());
    const qint64 before = reads(id);
    {
        ResidentEditor editor(m_ctx, id);
        QCOMPARE(reads(id), before + 1); // the editor shows the whole record: audited
    }
    ResidentEditor blank(m_ctx, QString()); // a new resident is nobody's record yet
    QCOMPARE(reads(id), before + 1);
}

void TestResidentsReads::listRefusedWithoutReadPermission()
{
    Context noRead = m_ctx;
    noRead.scope.userId = QStringLiteral("v1");
    noRead.scope.role = QStringLiteral("village_doctor");
    noRead.scope.allPermissions = false;
    noRead.scope.permissions = {QStringLiteral("immunization.read")};
    ResidentsPage page(noRead);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.searchBox(), QStringLiteral("zh"));
    QTRY_COMPARE(page.model()->query(), QStringLiteral("zh"));
    QCOMPARE(page.model()->rowCount(), 0);
    // The refusal names the permission in words, never its code.
    QTRY_VERIFY(page.statusLabel()->text().contains(
        Models::permissionLabel(QStringLiteral("resident.read"))));
    QVERIFY(!page.statusLabel()->text().contains(QStringLiteral("resident.read")));
    if (const QString dir = qEnvironmentVariable("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        page.grab().save(QDir(dir).filePath(QStringLiteral("residents-no-read.png")));

    // The same page for a role that holds the permission lists residents.
    Context canRead = noRead;
    canRead.scope.permissions << QStringLiteral("resident.read");
    ResidentsPage allowed(canRead);
    QTest::keyClicks(allowed.searchBox(), QStringLiteral("zh"));
    QTRY_VERIFY(allowed.model()->rowCount() > 0);
    QVERIFY(!allowed.statusLabel()->text().contains(QStringLiteral("resident.read")));
}

QTEST_MAIN(TestResidentsReads)
#include "tst_residentsreads.moc"
