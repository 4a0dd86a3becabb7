// The shared-care forms driven by the keyboard alone: a mental-health follow-up (the class follows
// the risk grade as it is typed), the TB dose card (Space ticks a day), the up-referral (Enter
// saves) and its answer; the TB suspect screen referring a suspect (counted by report table 09);
// the 服务项目 entries offered by role. Screenshots at 1366x768 when
// JIAYI_SCREENSHOT_DIR is set.
#include "database.h"
#include "demogenerator.h"
#include "mentalactions.h"
#include "mentaldialogs.h"
#include "referralactions.h"
#include "referraldialog.h"
#include "referrallistdialog.h"
#include "referralprinter.h"
#include "reporttable.h"
#include "residentactions.h"
#include "residentlistmodel.h"
#include "roletable.h"
#include "tbactions.h"
#include "tbdialogs.h"
#include "tbscreendialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Gui;

class TestSharedCareDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mentalFollowupByKeyboard();
    void tbDoseCardByKeyboard();
    void referralByKeyboard();
    void tbSuspectScreenRefers();
    void englishScreenStoresTheFormsWords();
    void menuEntriesFollowTheRole();

private:
    void shot(QWidget *w, const QString &name);
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_resident;
};

void TestSharedCareDialogs::shot(QWidget *w, const QString &name)
{
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + ".png");
}

void TestSharedCareDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("sharedcare");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("s.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 60;
    o.seed = 5;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    Models::ResidentListModel residents(m_ctx.connection, m_ctx.scope);
    m_resident = residents.residentId(0);
    QVERIFY(!m_resident.isEmpty());
}

void TestSharedCareDialogs::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

void TestSharedCareDialogs::mentalFollowupByKeyboard()
{
    Models::MentalRepository repo(m_ctx.connection);
    Models::MentalPatient p;
    p.residentId = m_resident;
    p.disease = QStringLiteral("精神分裂症");
    p.registeredOn = QDate::currentDate().addDays(-30);
    p.diagnosedOn = p.registeredOn;
    auto reg = repo.registerPatient(m_ctx.scope, p);
    QVERIFY(reg.ok());
    MentalFollowupDialog d(m_ctx, reg->id);
    d.resize(1366 - 40, 768 - 60);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QApplication::setActiveWindow(&d);
    QTest::qWaitForWindowActive(&d);
    auto *label = d.findChild<QLabel *>(QStringLiteral("class"));
    QVERIFY(label->text().contains(QStringLiteral("稳定")));
    QVERIFY(!label->text().contains(QStringLiteral("不稳定")));
    // Alt+R goes to the risk grade; typing 1 makes the patient basically stable, 14 days.
    QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
    auto *risk = d.findChild<QSpinBox *>(QStringLiteral("risk"));
    QTRY_VERIFY(risk->hasFocus());
    QTest::keyClick(risk, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(risk, QStringLiteral("1"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("基本稳定")));
    QVERIFY(label->text().contains(QStringLiteral("14")));
    shot(&d, QStringLiteral("mental-followup"));
    // Alt+I, then Down twice: insight 缺失 makes the patient unstable and ticks 转诊.
    QTest::keyClick(&d, Qt::Key_I, Qt::AltModifier);
    auto *insight = d.findChild<QComboBox *>(QStringLiteral("insight"));
    QTRY_VERIFY(insight->hasFocus());
    QTest::keyClick(insight, Qt::Key_Down);
    QTest::keyClick(insight, Qt::Key_Down);
    QTRY_VERIFY(label->text().contains(QStringLiteral("不稳定")));
    QVERIFY(d.findChild<QCheckBox *>(QStringLiteral("refer"))->isChecked());
    // Back to 完全 and the referral box cleared by hand (Space), then Enter saves.
    QTest::keyClick(insight, Qt::Key_Up);
    QTest::keyClick(insight, Qt::Key_Up);
    auto *refer = d.findChild<QCheckBox *>(QStringLiteral("refer"));
    refer->setFocus();
    QTest::keyClick(refer, Qt::Key_Space);
    QVERIFY(!refer->isChecked());
    risk->setFocus();
    QTest::keyClick(risk, Qt::Key_Return);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto list = repo.followups(m_ctx.scope, reg->id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().cls, QStringLiteral("基本稳定"));
    QCOMPARE(list->first().nextVisit, QDate::currentDate().addDays(14));
}

void TestSharedCareDialogs::tbDoseCardByKeyboard()
{
    Models::TbRepository repo(m_ctx.connection);
    Models::TbPatient p;
    p.residentId = m_resident;
    p.notifiedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    p.regimen = QStringLiteral("2HRZE/4HR");
    p.intensiveStart = QDate::currentDate().addDays(-2);
    p.intensiveEnd = p.intensiveStart.addDays(59);
    p.continuationEnd = p.intensiveStart.addDays(179);
    p.supervision = QStringLiteral("家属");
    auto reg = repo.registerPatient(m_ctx.scope, p);
    QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message));
    TbDosesDialog d(m_ctx, *reg);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QApplication::setActiveWindow(&d);
    QTest::qWaitForWindowActive(&d);
    auto *days = d.findChild<QListWidget *>(QStringLiteral("days"));
    QCOMPARE(days->count(), 3);
    QVERIFY(days->hasFocus());
    QTest::keyClick(days, Qt::Key_Space); // today
    QTest::keyClick(days, Qt::Key_Down);
    QTest::keyClick(days, Qt::Key_Down);
    QTest::keyClick(days, Qt::Key_Space); // the first day
    auto *summary = d.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QStringLiteral("漏服 1 次")), qPrintable(summary->text()));
    shot(&d, QStringLiteral("tb-doses"));
    QTest::keyClick(days, Qt::Key_Return);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto a = repo.adherence(m_ctx.scope, reg->id, QDate::currentDate());
    QVERIFY(a.ok());
    QCOMPARE(a->adherence.prescribed, 3);
    QCOMPARE(a->adherence.taken, 2);
    QCOMPARE(a->unrecorded, 1);

    TbPatientDialog manage(m_ctx, m_resident);
    manage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manage));
    QApplication::setActiveWindow(&manage);
    QTest::qWaitForWindowActive(&manage);
    auto *plan = manage.findChild<QLabel *>(QStringLiteral("plan"));
    QVERIFY(plan->text().contains(QStringLiteral("2HRZE/4HR")));
    shot(&manage, QStringLiteral("tb-patient"));
    TbVisitDialog first(m_ctx, *reg, QStringLiteral("first"));
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    QApplication::setActiveWindow(&first);
    QTest::qWaitForWindowActive(&first);
    // Three days after the notice: past the 72 hours.
    QVERIFY(first.findChild<QLabel *>(QStringLiteral("window"))
                ->text()
                .contains(QStringLiteral("已超时")));
    shot(&first, QStringLiteral("tb-first-visit"));
}

void TestSharedCareDialogs::referralByKeyboard()
{
    Models::ReferralRepository repo(m_ctx.connection);
    auto draft = repo.draft(m_ctx.scope, m_resident, QStringLiteral("encounter"),
                            QStringLiteral("enc-7"), QStringLiteral("反复胸闷一周"));
    QVERIFY(draft.ok());
    ReferralDialog d(m_ctx, *draft);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QApplication::setActiveWindow(&d);
    QTest::qWaitForWindowActive(&d);
    QCOMPARE(d.findChild<QPlainTextEdit *>(QStringLiteral("reason"))->toPlainText(),
             QStringLiteral("反复胸闷一周"));
    auto *institution = d.findChild<QLineEdit *>(QStringLiteral("to_institution"));
    QTRY_VERIFY(institution->hasFocus());
    // Enter with no institution: refused at the field.
    QTest::keyClick(institution, Qt::Key_Return);
    QVERIFY(d.isVisible());
    QTest::keyClicks(institution,
                     QStringLiteral("Xian Renmin Yiyuan")); // typed as ASCII: QTest has no IME
    QTest::keyClick(&d, Qt::Key_D, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("XNK"));
    shot(&d, QStringLiteral("referral"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.saved().toDepartment, QStringLiteral("XNK"));
    QCOMPARE(d.saved().reason, QStringLiteral("反复胸闷一周"));
    QCOMPARE(d.saved().sourceId, QStringLiteral("enc-7"));

    // The slip and its stub on paper: the resident, the reason and the institution are on it.
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const PaperForm slip = ReferralPrinter::form(d.saved(), QStringLiteral("东山镇卫生院"), 54,
                                                     QStringLiteral("男"));
        QVERIFY(slip.html.contains(QStringLiteral("反复胸闷一周")));
        QVERIFY(savePdf(slip, QString::fromLocal8Bit(dir) + "/referral-slip.pdf").ok());
    }
    ReferralListDialog list(m_ctx, m_resident);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QApplication::setActiveWindow(&list);
    QTest::qWaitForWindowActive(&list);
    shot(&list, QStringLiteral("referral-list"));
    ReferralStatusDialog answer(m_ctx, d.saved());
    answer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&answer));
    QApplication::setActiveWindow(&answer);
    QTest::qWaitForWindowActive(&answer);
    auto *action = answer.findChild<QComboBox *>(QStringLiteral("action"));
    action->setFocus();
    QTest::keyClick(action, Qt::Key_Down); // 登记回转单
    auto *diagnosis = answer.findChild<QLineEdit *>(QStringLiteral("diagnosis"));
    QVERIFY(diagnosis->isEnabled());
    diagnosis->setFocus();
    QTest::keyClicks(diagnosis, QStringLiteral("CHD"));
    shot(&answer, QStringLiteral("referral-return"));
    QTest::keyClick(diagnosis, Qt::Key_Return);
    QTRY_COMPARE(answer.result(), int(QDialog::Accepted));
    QCOMPARE(repo.referral(m_ctx.scope, d.saved().id)->status, QStringLiteral("returned"));
}

void TestSharedCareDialogs::tbSuspectScreenRefers()
{
    const auto table09 = [this] {
        Models::ReportTableRequest req;
        req.tableId = QStringLiteral("09");
        req.period = Models::ReportPeriod::year(QDate::currentDate().year());
        auto t = Models::ReportTableEngine(m_ctx.connection).compute(m_ctx.scope, req);
        if (!t)
            return -2.0;
        const QVariant v = t->total().values.value(t->def.columnIndex(QStringLiteral("referred")));
        return v.isNull() ? 0.0 : v.toDouble();
    };
    const double before = table09();
    QVERIFY(before >= 0);
    // The demo refers a few suspects of its own: counted once a person, so she adds one only if
    // she has no slip of the screen this year yet.
    bool referredAlready = false;
    if (auto mine =
            Models::ReferralRepository(m_ctx.connection).referralsOf(m_ctx.scope, m_resident))
        for (const Models::Referral &r : *mine)
            referredAlready = referredAlready || (r.sourceKind == QLatin1String("tb_screen") &&
                                                  r.sentOn.year() == QDate::currentDate().year());
    TbScreenDialog d(m_ctx, m_resident);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QApplication::setActiveWindow(&d);
    QTest::qWaitForWindowActive(&d);
    auto *cough = d.findChild<QSpinBox *>(QStringLiteral("cough_days"));
    auto *refer = d.findChild<QPushButton *>(QStringLiteral("refer"));
    QTRY_VERIFY(cough->hasFocus());
    // 13 days and no symptom: not a suspect, nothing to refer.
    cough->selectAll();
    QTest::keyClicks(cough, QStringLiteral("13"));
    QCOMPARE(cough->value(), 13);
    QVERIFY(!d.suspect());
    QVERIFY(!refer->isEnabled());
    // 14 days (the rule file's threshold) makes a suspect; so does a listed symptom alone.
    QTest::keyClick(cough, Qt::Key_Up);
    QCOMPARE(cough->value(), 14);
    QVERIFY(d.suspect());
    QVERIFY(refer->isEnabled());
    QTest::keyClick(cough, Qt::Key_Down);
    auto *blood = d.findChild<QCheckBox *>(QStringLiteral("symptom_0"));
    QVERIFY(blood);
    blood->setFocus();
    QTest::keyClick(blood, Qt::Key_Space);
    QVERIFY(d.suspect());
    QVERIFY(d.findings().contains(blood->text()));
    QVERIFY(d.findings().contains(QStringLiteral("13")));
    shot(&d, QStringLiteral("tb-screen"));
    // Alt+R opens the referral slip with the findings as its reason; Enter sends it.
    bool sent = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&sent] {
        auto *slip = qobject_cast<ReferralDialog *>(QApplication::activeModalWidget());
        if (!slip || sent)
            return;
        sent = true;
        auto *institution = slip->findChild<QLineEdit *>(QStringLiteral("to_institution"));
        institution->setFocus();
        QTest::keyClicks(institution, QStringLiteral("Xian Jiehe Dingdian"));
        QTest::keyClick(institution, Qt::Key_Return);
    });
    poll.start();
    QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    poll.stop();
    QVERIFY(sent);
    QVERIFY(d.referred());
    auto list = Models::ReferralRepository(m_ctx.connection).referralsOf(m_ctx.scope, m_resident);
    QVERIFY(list);
    const auto screened = std::find_if(list->cbegin(), list->cend(), [](const auto &r) {
        return r.sourceKind == QLatin1String("tb_screen");
    });
    QVERIFY(screened != list->cend());
    QVERIFY(screened->reason.contains(blood->text()));
    // Report table 09 counts the referred suspect (once, however many slips).
    QCOMPARE(table09(), before + (referredAlready ? 0 : 1));
}

// The same follow-up on an English screen stores the paper form's words ("电话", "一般"), which the
// rules, report tables and sync compare; the choices read in English.
void TestSharedCareDialogs::englishScreenStoresTheFormsWords()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/jiayi_en.qm")));
    QCoreApplication::installTranslator(&english);
    Models::MentalRepository repo(m_ctx.connection);
    Models::MentalPatient p;
    p.residentId = Models::ResidentListModel(m_ctx.connection, m_ctx.scope).residentId(1);
    QVERIFY(!p.residentId.isEmpty() && p.residentId != m_resident);
    p.disease = QStringLiteral("双相情感障碍");
    p.registeredOn = QDate::currentDate().addDays(-10);
    p.diagnosedOn = p.registeredOn;
    auto reg = repo.registerPatient(m_ctx.scope, p);
    QVERIFY2(reg.ok(), qPrintable(reg ? QString() : reg.error().message));
    {
        MentalRegistrationDialog r(m_ctx, m_resident);
        auto *disease = r.findChild<QComboBox *>(QStringLiteral("disease"));
        QCOMPARE(disease->itemText(3), QStringLiteral("Bipolar disorder"));
        QCOMPARE(disease->itemData(3).toString(), QStringLiteral("双相情感障碍"));
    }
    MentalFollowupDialog d(m_ctx, reg->id);
    auto *form = d.findChild<QComboBox *>(QStringLiteral("visit_form"));
    auto *sleep = d.findChild<QComboBox *>(QStringLiteral("sleep"));
    form->setCurrentIndex(2);
    sleep->setCurrentIndex(1);
    QVERIFY2(form->currentText() != QStringLiteral("电话"), qPrintable(form->currentText()));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *risk = d.findChild<QSpinBox *>(QStringLiteral("risk"));
    risk->setFocus();
    QTest::keyClick(risk, Qt::Key_Return);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QCoreApplication::removeTranslator(&english);
    auto list = repo.followups(m_ctx.scope, reg->id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().visitForm, QStringLiteral("电话"));
    QCOMPARE(list->first().form.value(QStringLiteral("sleep")).toString(), QStringLiteral("一般"));
}

void TestSharedCareDialogs::menuEntriesFollowTheRole()
{
    registerReferralActions();
    registerMentalActions();
    registerTbActions();
    const Models::Resident r;
    Context village = m_ctx;
    village.scope = Models::RoleTable::instance().scopeFor(
        QStringLiteral("v"), QStringLiteral("village_health_worker"), {});
    QStringList doctorSees, villageSees;
    for (const ResidentAction &a : residentActions()) {
        if (a.applies(m_ctx, r, QDate::currentDate()))
            doctorSees << a.id;
        if (a.applies(village, r, QDate::currentDate()))
            villageSees << a.id;
    }
    QVERIFY(doctorSees.contains(QStringLiteral("mental.manage")));
    QVERIFY(doctorSees.contains(QStringLiteral("tb.manage")));
    QVERIFY(doctorSees.contains(QStringLiteral("referral.list")));
    QVERIFY(!villageSees.contains(QStringLiteral("mental.manage")));
    QVERIFY(villageSees.contains(QStringLiteral("tb.manage")));
    QVERIFY(doctorSees.contains(QStringLiteral("tb.screen")));
}

QTEST_MAIN(TestSharedCareDialogs)
#include "tst_sharedcaredialogs.moc"
