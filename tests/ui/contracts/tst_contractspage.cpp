// GUI: signing a resident from the contracts screen (keyboard and dialog), the overlap message,
// the agreement PDF (pdftotext finds the name, the team and the packages), and the 签约 report.
#include "contractdocuments.h"
#include "contracthistorymodel.h"
#include "contractindicatorswidget.h"
#include "contractrepository.h"
#include "contractspage.h"
#include "contractworklists.h"
#include "database.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "packagerepository.h"
#include "reportspage.h"
#include "residentcontractswidget.h"
#include "residentrepository.h"
#include "signcontractdialog.h"
#include "teamrepository.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRawFont>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Gui;

namespace {
void typeChinese(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}
// Qt 6.4 writes a PDF font's ToUnicode map with the lowest code point of each glyph, and Noto
// CJK draws a Kangxi radical (U+2E80-U+2FDF) with the same glyph as its ideograph: pdftotext
// then reads 黄 as ⻩. The page looks right; this gives the text as Qt encodes it.
QString asPdfText(const QString &s)
{
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        QHash<quint32, QChar> byGlyph;
        for (char16_t u = 0x2E80; u <= 0x2FDF; ++u) {
            const auto g = font.glyphIndexesForString(QString(QChar(u)));
            if (!g.isEmpty() && g.first() != 0 && !byGlyph.contains(g.first()))
                byGlyph.insert(g.first(), QChar(u));
        }
        for (char16_t u = 0x4E00; u <= 0x9FFF; ++u) {
            const auto g = font.glyphIndexesForString(QString(QChar(u)));
            if (!g.isEmpty() && byGlyph.contains(g.first()))
                m.insert(QChar(u), byGlyph.value(g.first()));
        }
        return m;
    }();
    QString out = s;
    for (QChar &c : out)
        c = map.value(c, c);
    return out;
}
} // namespace

class TestContractsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signResidentFromThePage();
    void agreementPdfHasNameTeamAndPackages();
    void reportsTabShowsDenominators();
    void contractTableFitsAt1366();

private:
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_signedContract;
    QString m_signedResident;
};

void TestContractsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ctx.connection = QStringLiteral("gui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("gui.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 600;
    o.seed = 11;
    auto r = Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
}

void TestContractsPage::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestContractsPage::signResidentFromThePage()
{
    // An elderly or child resident with no contract today (the demo leaves about 30 % unsigned).
    auto unsignedKey =
        Models::ContractWorkLists(m_ctx.connection).unsignedKey(m_ctx.scope, QDate::currentDate());
    QVERIFY(unsignedKey.ok() && !unsignedKey->isEmpty());
    const Models::WorkRow who = unsignedKey->first();

    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    auto *page = w.findChild<ContractsPage *>();
    QVERIFY(page && page->isVisible());
    ResidentContractsWidget *rc = page->residents();
    typeChinese(rc->searchBox(), who.residentName);
    QTRY_VERIFY(rc->residentTable()->model()->rowCount() >= 1);
    rc->showResident(who.residentId);
    QTRY_COMPARE(rc->currentResidentId(), who.residentId);
    const int before = rc->contractTable()->model()->rowCount();

    bool dialogSeen = false;
    QString tagsTicked;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<SignContractDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        dialogSeen = true;
        // The suggestions are ticked already; the basic package too.
        auto *tags = qobject_cast<QListWidget *>(d->fieldWidget(QStringLiteral("tags")));
        for (int i = 0; i < tags->count(); ++i)
            if (tags->item(i)->checkState() == Qt::Checked)
                tagsTicked += tags->item(i)->data(Qt::UserRole).toString() + QLatin1Char(',');
        QTest::keyClick(d, Qt::Key_Return); // the default button: 签约
    });
    QTest::mouseClick(rc->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    QVERIFY(dialogSeen);
    QCOMPARE(tagsTicked, who.tags.join(QLatin1Char(',')) + QLatin1Char(','));
    QTRY_COMPARE(rc->contractTable()->model()->rowCount(), before + 1);
    auto contracts =
        Models::ContractRepository(m_ctx.connection).forResident(m_ctx.scope, who.residentId);
    QVERIFY(contracts.ok());
    const Models::Contract &c = contracts->last();
    QVERIFY(c.covers(QDate::currentDate()));
    QCOMPARE(c.tags, who.tags);
    m_signedContract = c.id;
    m_signedResident = who.residentId;
    QVERIFY(
        rc->findChild<QLabel *>(QStringLiteral("contractMessage"))->text().contains(c.contractNo));

    // Signing the same resident again: the dialog stays open with the reason.
    QString error;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<SignContractDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->save();
        error = d->errorText();
        QVERIFY(d->isVisible());
        d->reject();
    });
    QTest::mouseClick(rc->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    QVERIFY2(error.contains(QStringLiteral("同一时间只能与一个家庭医生团队签约")),
             qPrintable(error));
}

void TestContractsPage::agreementPdfHasNameTeamAndPackages()
{
    QVERIFY(!m_signedContract.isEmpty());
    auto c = Models::ContractRepository(m_ctx.connection).findById(m_ctx.scope, m_signedContract);
    auto r = Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, c->residentId);
    auto html = ContractDocuments::agreementHtml(m_ctx, m_signedContract);
    QVERIFY(html.ok());
    const QString pdf = m_dir.filePath(QStringLiteral("agreement.pdf"));
    QString error;
    QVERIFY2(ContractDocuments::writePdf(*html, pdf, &error), qPrintable(error));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(asPdfText(r->name)), qPrintable(text.left(400)));
    QVERIFY2(text.contains(asPdfText(c->teamName)), qPrintable(text));
    QVERIFY(text.contains(asPdfText(QStringLiteral("家庭医生签约服务协议书"))));
    QVERIFY(text.contains(asPdfText(QStringLiteral("基础服务包"))));
    QVERIFY(text.contains(c->contractNo));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(20000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("A4")));
}

void TestContractsPage::reportsTabShowsDenominators()
{
    ReportsPage page(m_ctx);
    auto *w = page.findChild<ContractIndicatorsWidget *>();
    QVERIFY(w);
    w->compute();
    const QString html = w->html();
    QVERIFY(html.contains(QStringLiteral("重点人群签约率")));
    QVERIFY(html.contains(QStringLiteral("不是全部签约居民")));
    QVERIFY(html.contains(QStringLiteral("600"))); // the population denominator
}

void TestContractsPage::contractTableFitsAt1366()
{
    // The main window at 1366x768 (less the task bar): every column of the contracts table
    // within the pane, long packages and tags elided with the whole text as tooltip.
    MainWindow w(m_ctx);
    w.resize(1366, 728);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    auto *page = w.findChild<ContractsPage *>();
    QVERIFY(page && page->isVisible());
    ResidentContractsWidget *rc = page->residents();
    QVERIFY(!m_signedResident.isEmpty());
    rc->showResident(m_signedResident);
    QTRY_VERIFY(rc->contractTable()->model()->rowCount() >= 1);
    QTableView *table = rc->contractTable();
    QCoreApplication::processEvents();
    int total = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        QVERIFY2(!table->isColumnHidden(c), qPrintable(QString::number(c)));
        QVERIFY2(table->columnWidth(c) >= 40, qPrintable(QString::number(c)));
        total += table->columnWidth(c);
    }
    QVERIFY2(total <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(table->viewport()->width())));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const QModelIndex packages = table->model()->index(0, Models::ContractHistoryModel::Packages);
    QCOMPARE(packages.data(Qt::ToolTipRole), packages.data(Qt::DisplayRole));
}

QTEST_MAIN(TestContractsPage)
#include "tst_contractspage.moc"
