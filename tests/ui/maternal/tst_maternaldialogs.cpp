// GUI, keyboard only: booking a pregnancy (dates and the proposed colour shown as typed, the
// doctor's confirmation required), a prenatal visit recorded as its 督促 date, the birth
// creating the newborn in the mother's household, the 42-day check closing the pregnancy; the
// 服务项目 actions offered at each stage.
#include "birthdialog.h"
#include "contractfixture.h"
#include "database.h"
#include "formguard.h"
#include "maternalactions.h"
#include "maternalvisitdialog.h"
#include "pregnancybookingdialog.h"
#include "pregnancyprinter.h"
#include "pregnancyrepository.h"
#include "residentactions.h"
#include "residentrepository.h"
#include "residentview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
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

// Types into the field reached by the label's Alt shortcut.
void altType(QWidget *w, char key, const QString &text)
{
    QTest::keyClick(w, Qt::Key(key), Qt::AltModifier);
    QWidget *f = QApplication::focusWidget();
    if (auto *e = qobject_cast<QLineEdit *>(f))
        e->selectAll();
    QTest::keyClicks(f, text);
}

QStringList offered(const Context &c, const QString &id)
{
    const Models::Resident r = *Models::ResidentRepository(c.connection).findById(c.scope, id);
    QStringList out;
    for (const ResidentAction &a : residentActions())
        if (a.applies(c, r, QDate::currentDate()))
            out << a.id;
    return out;
}
} // namespace

class TstMaternalDialogs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_mother;

private slots:
    void initTestCase();
    void cleanupTestCase() { Models::closeDatabase(m_ctx.connection); }
    void bookByKeyboard();
    void prenatalUrgedDate();
    void birthCreatesTheChild();
    void check42Closes();
};

void TstMaternalDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FormGuard::draftDelay = 0;
    m_ctx.connection = QStringLiteral("maternalui");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("m.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    QVERIFY(addAreas(m_ctx.connection));
    m_mother = resident(m_ctx.connection, QStringLiteral("陈静"),
                        QDate::currentDate().addYears(-36), QLatin1Char('F'), VillageA, {}, true);
    QVERIFY(!m_mother.isEmpty());
    registerMaternalActions();
}

void TstMaternalDialogs::bookByKeyboard()
{
    QVERIFY(offered(m_ctx, m_mother).contains(QStringLiteral("maternal.book")));
    QVERIFY(!offered(m_ctx, m_mother).contains(QStringLiteral("maternal.prenatal")));
    PregnancyBookingDialog d(m_ctx, m_mother);
    d.resize(1340, 700);
    activate(&d);
    // LMP 12 weeks ago (the focus starts there)
    auto *lmp = d.findChild<QDateEdit *>(QStringLiteral("lmp"));
    QCOMPARE(QApplication::focusWidget(), lmp);
    const QDate l = QDate::currentDate().addDays(-84);
    lmp->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(lmp, l.toString(QStringLiteral("yyyyMMdd")));
    QCOMPARE(lmp->date(), l);
    QVERIFY2(d.datesText().contains(QStringLiteral("12周+0天")), qPrintable(d.datesText()));
    QVERIFY(d.datesText().contains(QStringLiteral("早孕建册")));
    altType(&d, 'E', QStringLiteral("100"));
    QCOMPARE(d.proposedColour(), QStringLiteral("yellow")); // age 36, Hb 100
    // saving without the doctor's confirmation is refused at the field
    // A button's shortcut clicks it a moment later (animateClick): wait for the result.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(d.fieldError(QStringLiteral("risk_grade")).contains(QStringLiteral("黄色")));
    QVERIFY(d.isVisible());
    QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
    auto *grade = d.findChild<QComboBox *>(QStringLiteral("riskConfirm"));
    QCOMPARE(QApplication::focusWidget(), grade);
    QTest::keyClick(grade, Qt::Key_Down);
    QTest::keyClick(grade, Qt::Key_Down);
    QCOMPARE(grade->currentData().toString(), QStringLiteral("yellow"));
    screenshot(&d, QStringLiteral("pregnancy-booking.png"));
    QTest::keyClick(grade, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto p = Models::PregnancyRepository(m_ctx.connection).pregnancy(m_ctx.scope, d.savedId());
    QVERIFY(p);
    QCOMPARE(p->riskGrade, QStringLiteral("yellow"));
    QCOMPARE(p->bookingDay, 84);
    QVERIFY(offered(m_ctx, m_mother).contains(QStringLiteral("maternal.prenatal")));
    QVERIFY(!offered(m_ctx, m_mother).contains(QStringLiteral("maternal.book")));
}

void TstMaternalDialogs::prenatalUrgedDate()
{
    MaternalVisitDialog d(m_ctx, m_mother, MaternalVisitDialog::Prenatal);
    d.resize(700, 640);
    activate(&d);
    QCOMPARE(d.gestationText(), QStringLiteral("12周+0天"));
    QVERIFY(d.findChild<QCheckBox *>(QStringLiteral("urgedOnly"))->isChecked()); // no licence
    screenshot(&d, QStringLiteral("prenatal-visit.png"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto list = Models::PregnancyRepository(m_ctx.connection).pregnanciesOf(m_ctx.scope, m_mother);
    auto visits =
        Models::PregnancyRepository(m_ctx.connection).visits(m_ctx.scope, list->first().id);
    QCOMPARE(visits->size(), 1);
    QVERIFY(visits->first().urgedOnly);
    // The resident header says where the pregnancy stands.
    ResidentView view(m_ctx, m_mother);
    view.resize(1366, 700);
    activate(&view);
    QVERIFY2(view.badges().contains(QStringLiteral("孕12周+0天")),
             qPrintable(view.badges().join(QLatin1Char(' '))));
    screenshot(&view, QStringLiteral("pregnant-resident.png"));
}

void TstMaternalDialogs::birthCreatesTheChild()
{
    BirthDialog d(m_ctx, m_mother);
    d.resize(760, 520);
    activate(&d);
    QVERIFY(d.bannerText().isEmpty());
    QTest::keyClick(&d, Qt::Key_S, Qt::ControlModifier); // no sex chosen
    QTRY_VERIFY(!d.fieldError(QStringLiteral("sex")).isEmpty());
    QVERIFY(d.isVisible());
    auto *sex = d.findChild<QComboBox *>(QStringLiteral("babySex1"));
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_Down);
    QTest::keyClick(sex, Qt::Key_Down); // 女
    QTest::keyClick(sex, Qt::Key_Tab);  // name: left empty
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3150"));
    screenshot(&d, QStringLiteral("birth.png"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.createdIds().size(), 1);
    auto child =
        Models::ResidentRepository(m_ctx.connection).findById(m_ctx.scope, d.createdIds().first());
    QCOMPARE(child->name, QStringLiteral("陈静之女"));
    QCOMPARE(child->householdId, householdOf(m_ctx.connection, m_mother));
    QVERIFY(offered(m_ctx, m_mother).contains(QStringLiteral("maternal.postpartum")));
    QVERIFY(offered(m_ctx, d.createdIds().first()).contains(QStringLiteral("child.newborn")));
}

void TstMaternalDialogs::check42Closes()
{
    MaternalVisitDialog d(m_ctx, m_mother, MaternalVisitDialog::Check42);
    d.resize(700, 560);
    activate(&d);
    screenshot(&d, QStringLiteral("check42.png"));
    // only the 42-day check's fields: no gestation, visit number or prenatal measurements
    QVERIFY(!d.findChild<QSpinBox *>(QStringLiteral("visitNo"))->isVisible());
    QVERIFY(d.findChild<QComboBox *>(QStringLiteral("disposition"))->isVisible());
    QTest::keyClick(&d, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!d.fieldError(QStringLiteral("classification")).isEmpty());
    QTest::keyClick(&d, Qt::Key_L, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 已恢复
    QTest::keyClick(&d, Qt::Key_P, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 结案
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(offered(m_ctx, m_mother).contains(QStringLiteral("maternal.book")));
    // The record prints: the booking, the urged visit, the birth, the 42-day check.
    auto form = PregnancyPrinter::form(m_ctx.connection, m_ctx.scope, m_mother);
    QVERIFY(form);
    QVERIFY(form->html.contains(QStringLiteral("12周+0天")));
    QVERIFY(form->html.contains(QStringLiteral("督促日期")));
    QVERIFY(form->html.contains(QStringLiteral("已恢复，结案")));
    QVERIFY(form->html.contains(QStringLiteral("黄色")));
    const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR");
    const QString pdf = dir.isEmpty()
                            ? m_dir.filePath(QStringLiteral("pregnancy.pdf"))
                            : QString::fromLocal8Bit(dir) + QStringLiteral("/pregnancy.pdf");
    QVERIFY(PregnancyPrinter::savePdf(m_ctx.connection, m_ctx.scope, m_mother, pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF"));
}

QTEST_MAIN(TstMaternalDialogs)
#include "tst_maternaldialogs.moc"
