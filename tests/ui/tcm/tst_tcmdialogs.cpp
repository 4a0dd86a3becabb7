// The TCM forms with the keyboard alone: 33 answers by number keys (items 9 and 28 from the
// check's BMI and waist), nothing blank, the judgement shown and stored; children's guidance.
#include "elderlytcmfixture.h"
#include "healthrecordrepository.h"
#include "tcmassessmentdialog.h"
#include "tcmchilddialog.h"
#include "tcmrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace ElderlyTcmFixture;

class TestTcmDialogs : public QObject, public Case
{
    Q_OBJECT

private slots:
    void init() { openFixture(); }
    void cleanup() { closeFixture(); }
    void thirtyThreeByNumberKeys();
    void blankQuestionRefusedAndShown();
    void childGuidance();

private:
    Gui::Context context() const
    {
        Gui::Context c;
        c.connection = conn();
        c.scope = Scope::administrator();
        c.databasePath = m_dir.filePath(conn() + QStringLiteral(".db"));
        return c;
    }
    static void shot(QWidget *w, const QString &name)
    {
        if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
            w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }
};

void TestTcmDialogs::thirtyThreeByNumberKeys()
{
    const QString id = make(QDate(1950, 5, 6), 1);
    HealthCheck h;
    h.residentId = id;
    h.checkDate = QDate::currentDate();
    h.form = QJsonObject{{QStringLiteral("height"), 160},
                         {QStringLiteral("weight"), 66.8}, // BMI 26.1 -> item 9 = 4
                         {QStringLiteral("waist"), 92}};   // item 28 = 4
    QVERIFY(HealthRecordRepository(conn()).addHealthCheck(Scope::administrator(), h, true));
    const Gui::Context c = context();
    Gui::TcmAssessmentDialog d(c, id);
    d.resize(1366 - 40, 768 - 60);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.answer(9), 4);
    QCOMPARE(d.answer(28), 4);
    auto *list = d.findChild<QTableWidget *>(QStringLiteral("questions"));
    QCOMPARE(d.focusWidget(), static_cast<QWidget *>(list));
    // 31 keys answer the 31 other questions: 16 gets 3 (痰湿 4+3+4+1 = 12 -> 是), the rest 1.
    int keys = 0;
    while (keys < 40 && (d.answer(33) == 0)) {
        QTest::keyClick(list, d.currentQuestion() == 16 ? Qt::Key_3 : Qt::Key_1);
        ++keys;
    }
    QCOMPARE(keys, 31);
    QCOMPARE(d.answer(9), 4); // skipped, still the anchor's
    QCOMPARE(d.answer(16), 3);
    auto *primary = d.findChild<QLabel *>(QStringLiteral("primary"));
    QVERIFY2(primary->text().contains(QStringLiteral("痰湿质")), qPrintable(primary->text()));
    shot(&d, QStringLiteral("tcm-assessment.png"));
    QTest::keyClick(&d, Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    auto stored = TcmRepository(conn()).assessments(Scope::administrator(), id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().assessment.primary, QStringLiteral("tanshi"));
}

void TestTcmDialogs::blankQuestionRefusedAndShown()
{
    const QString id = make(QDate(1950, 5, 6), 1);
    const Gui::Context c = context();
    Gui::TcmAssessmentDialog d(c, id);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *list = d.findChild<QTableWidget *>(QStringLiteral("questions"));
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(list, Qt::Key_2);
    QCOMPARE(d.currentQuestion(), 21);
    // Go back to the top and save: the first blank question (21) is named and shown.
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(&d, Qt::Key_Return);
    QVERIFY(d.isVisible());
    QCOMPARE(d.currentQuestion(), 21);
    QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM tcm_assessment")), 0);
    shot(&d, QStringLiteral("tcm-assessment-blank.png"));
}

void TestTcmDialogs::childGuidance()
{
    const QDate birth = QDate::currentDate().addMonths(-12).addDays(-3);
    const QString id = make(birth, 2);
    const Gui::Context c = context();
    Gui::TcmChildDialog d(c, id, birth);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *months = d.findChild<QComboBox *>(QStringLiteral("months"));
    QCOMPARE(months->currentData().toInt(), 12);
    QCOMPARE(d.findChild<QLabel *>(QStringLiteral("technique"))->text(),
             QStringLiteral("摩腹、捏脊"));
    shot(&d, QStringLiteral("tcm-child.png"));
    QTest::keyClick(&d, Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    auto stored = TcmRepository(conn()).childServices(Scope::administrator(), id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().months, 12);
    QCOMPARE(stored->first().nextDate, birth.addMonths(18));
}

QTEST_MAIN(TestTcmDialogs)
#include "tst_tcmdialogs.moc"
