// GUI, keyboard only: a child's health check assesses growth as the measurements are typed,
// refuses bad input at the field, saves with Ctrl+S; the growth chart draws the seven WHO
// curves and the child's points, and prints to an A4 PDF.
#include "childactions.h"
#include "childcheckdialog.h"
#include "childcheckprinter.h"
#include "childcheckrepository.h"
#include "contractfixture.h"
#include "database.h"
#include "formguard.h"
#include "growthchart.h"
#include "residentactions.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gui;
using namespace ContractFixture;

namespace {
void activate(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
}

void screenshot(QWidget *w, const QString &name)
{
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}
} // namespace

class TstChildCheckDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_child;
    QDate m_birth;

private slots:
    void initTestCase();
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }
    void keyboardEntryAssessesAndSaves();
    void badInputAtTheField();
    void chartAndPrint();
    void registeredOnTheResidentScreen();
    void paperForm();
    void newbornVisit();
};

void TstChildCheckDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FormGuard::draftDelay = 0;
    m_ctx.connection = QStringLiteral("childui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("c.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    QVERIFY(addAreas(m_ctx.connection));
    m_birth = QDate::currentDate().addDays(-190);
    m_child = resident(m_ctx.connection, QStringLiteral("周小雨"), m_birth, QLatin1Char('F'));
    QVERIFY(!m_child.isEmpty());
}

void TstChildCheckDialog::keyboardEntryAssessesAndSaves()
{
    ChildCheckDialog d(m_ctx, m_child);
    d.resize(1000, 680);
    activate(&d);
    QCOMPARE(d.formKind(), QStringLiteral("infant"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("weight"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5.2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("length"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("62.5"));
    // 5.2 kg at 6 months is below −2 SD for a girl (5.7): 下 and 低体重 shown before saving
    QVERIFY2(d.assessmentText().contains(QStringLiteral("低体重")), qPrintable(d.assessmentText()));
    QVERIFY(d.assessmentText().contains(QStringLiteral("下")));
    screenshot(&d, QStringLiteral("child-check.png"));
    // A button's shortcut clicks it a moment later (animateClick): wait for the result.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto list = Models::ChildCheckRepository(m_ctx.connection).checksOf(m_ctx.scope, m_child);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().weightKg, 5.2);
    QVERIFY(list->first().growth.hasFlag(QStringLiteral("underweight")));
}

void TstChildCheckDialog::badInputAtTheField()
{
    ChildCheckDialog d(m_ctx, m_child);
    activate(&d);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!d.fieldError(QStringLiteral("weight_kg")).isEmpty());
    QVERIFY(d.isVisible());
    auto *w = d.findChild<QLineEdit *>(QStringLiteral("weight"));
    w->selectAll();
    QTest::keyClicks(w, QStringLiteral("abc"));
    QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.fieldError(QStringLiteral("weight_kg")), QStringLiteral("请填写数字"));
    auto list = Models::ChildCheckRepository(m_ctx.connection).checksOf(m_ctx.scope, m_child);
    QCOMPARE(list->size(), 1); // only the first test's check
}

void TstChildCheckDialog::chartAndPrint()
{
    // a second check a month later
    Models::ChildCheck c;
    c.residentId = m_child;
    c.checkDate = m_birth.addDays(150);
    c.weightKg = 5.6;
    c.lengthCm = 60.0;
    c.headCm = 40.0;
    QVERIFY(Models::ChildCheckRepository(m_ctx.connection).record(m_ctx.scope, c));
    GrowthChart chart(m_ctx, m_child);
    chart.resize(1000, 640);
    activate(&chart);
    QCOMPARE(chart.curveCount(), 7);
    QCOMPARE(chart.pointCount(), 2);
    screenshot(&chart, QStringLiteral("growth-wfa.png"));
    auto *combo = chart.findChild<QComboBox *>(QStringLiteral("growthIndicator"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(chart.indicator(), QStringLiteral("lhfa"));
    QCOMPARE(chart.pointCount(), 2);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(chart.indicator(), QStringLiteral("hcfa"));
    QCOMPARE(chart.pointCount(), 1); // only the second check measured the head
    chart.setIndicator(QStringLiteral("wfa"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    const QString pdf = QString::fromLocal8Bit(qgetenv("JIAYI_SCREENSHOT_DIR")).isEmpty()
                            ? m_dir.filePath(QStringLiteral("growth.pdf"))
                            : QString::fromLocal8Bit(qgetenv("JIAYI_SCREENSHOT_DIR")) +
                                  QStringLiteral("/growth.pdf");
    printer.setOutputFileName(pdf);
    chart.print(&printer);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF"));
    QVERIFY(f.size() > 5000);
}

void TstChildCheckDialog::registeredOnTheResidentScreen()
{
    registerChildActions();
    QStringList ids;
    Models::Resident child;
    child.birthDate = m_birth;
    child.sex = QLatin1Char('F');
    for (const ResidentAction &a : residentActions())
        if (a.applies(m_ctx, child, QDate::currentDate()))
            ids << a.id;
    QVERIFY(ids.contains(QStringLiteral("child.check")));
    QVERIFY(ids.contains(QStringLiteral("child.growth")));
    QVERIFY(!ids.contains(QStringLiteral("child.newborn"))); // 190 days old
    Models::Resident adult = child;
    adult.birthDate = QDate::currentDate().addYears(-30);
    for (const ResidentAction &a : residentActions())
        if (a.id.startsWith(QLatin1String("child.")))
            QVERIFY(!a.applies(m_ctx, adult, QDate::currentDate()));
}

// The 1～8月龄 record form: a column per check, the measurements with 上/中/下, A4 PDF.
void TstChildCheckDialog::paperForm()
{
    auto form = ChildCheckPrinter::form(m_ctx.connection, m_ctx.scope, m_child);
    QVERIFY(form);
    QVERIFY(form->title.contains(QStringLiteral("1～8月龄")));
    QVERIFY(form->html.contains(QStringLiteral("周小雨")));
    QVERIFY(form->html.contains(QStringLiteral("5.2 下"))); // the first check, weight-for-age
    QVERIFY(form->html.contains(QStringLiteral("低体重")));
    const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR");
    const QString pdf = dir.isEmpty()
                            ? m_dir.filePath(QStringLiteral("child-form.pdf"))
                            : QString::fromLocal8Bit(dir) + QStringLiteral("/child-form.pdf");
    QVERIFY(ChildCheckPrinter::savePdf(m_ctx.connection, m_ctx.scope, m_child, pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF"));
    // a reader without maternal.read gets no form
    Models::Scope nurse;
    nurse.allPermissions = false;
    nurse.permissions = {QStringLiteral("resident.read")};
    QVERIFY(!ChildCheckPrinter::form(m_ctx.connection, nurse, m_child));
}

// The newborn home visit: its own fields, stored with the check as kind "newborn".
void TstChildCheckDialog::newbornVisit()
{
    const QString baby = resident(m_ctx.connection, QStringLiteral("周小雨之男"),
                                  QDate::currentDate().addDays(-6), QLatin1Char('M'));
    ChildCheckDialog d(m_ctx, baby, nullptr, true);
    d.resize(1000, 680);
    activate(&d);
    QCOMPARE(d.formKind(), QStringLiteral("newborn"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3.3"));
    QTest::keyClick(&d, Qt::Key_Y, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3400"));
    QTest::keyClick(&d, Qt::Key_J, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("face"));
    screenshot(&d, QStringLiteral("newborn-visit.png"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto list = Models::ChildCheckRepository(m_ctx.connection).checksOf(m_ctx.scope, baby);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().kind, QStringLiteral("newborn"));
    QCOMPARE(list->first().form.value(QStringLiteral("birth_weight_g")).toString(),
             QStringLiteral("3400"));
    QCOMPARE(list->first().form.value(QStringLiteral("jaundice")).toString(),
             QStringLiteral("face"));
    // On paper: the 新生儿家庭访视记录表 with what was typed; none for a child without a visit.
    auto form =
        ChildCheckPrinter::form(m_ctx.connection, m_ctx.scope, baby, QStringLiteral("newborn"));
    QVERIFY2(form, qPrintable(form ? QString() : form.error().message));
    QCOMPARE(form->title, QStringLiteral("新生儿家庭访视记录表"));
    QVERIFY(form->html.contains(QStringLiteral("3400")));
    QVERIFY(form->html.contains(QStringLiteral("face")));
    QVERIFY(form->html.contains(QStringLiteral("周小雨之男")));
    QVERIFY(!ChildCheckPrinter::form(m_ctx.connection, m_ctx.scope, m_child,
                                     QStringLiteral("newborn")));
    const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR");
    const QString pdf = dir.isEmpty()
                            ? m_dir.filePath(QStringLiteral("newborn-form.pdf"))
                            : QString::fromLocal8Bit(dir) + QStringLiteral("/newborn-form.pdf");
    QVERIFY(ChildCheckPrinter::savePdf(m_ctx.connection, m_ctx.scope, baby, pdf,
                                       QStringLiteral("newborn")));
}

QTEST_MAIN(TstChildCheckDialog)
#include "tst_childcheckdialog.moc"
