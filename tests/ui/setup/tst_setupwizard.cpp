// GUI: the first-run wizard (docs/setup.md) driven with the keyboard alone to a working clinic
// (key presses go to whichever widget has the focus; the database checked afterwards), and bad
// input refused at its field with nothing written. Every page fits a 1366x768 screen with one
// meaning per Alt+letter. JIAYI_SCREENSHOT_DIR=dir saves every page as a PNG; with
// QT_QPA_PLATFORM=offscreen:configfile=tests/data/screen-1366x768.json the wizard has the size
// it has on such a screen.
#include "setupwizardtestutil.h"

#include "codetable.h"

#include <QClipboard>
#include <QTranslator>

using namespace WizardTest;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardAloneSetsUpAClinic();
    void badVillageCodeIsRefusedAtItsField_data();
    void badVillageCodeIsRefusedAtItsField();
    void eachPageRefusesBadInputAtItsField();
    void villagesArePastedAndDeletedWithKeys();

private:
    void checkFits(SetupWizard &w);
    Fixture m_f;
};

void TestSetupWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // JIAYI_TEST_QM=jiayi_en.qm: the wizard in English, for screenshots of its pages (run
    // keyboardAloneSetsUpAClinic alone: the other functions compare Chinese messages).
    if (const QByteArray qm = qgetenv("JIAYI_TEST_QM"); !qm.isEmpty()) {
        auto *english = new QTranslator(qApp);
        QVERIFY(english->load(QString::fromLocal8Bit(qm)));
        QCoreApplication::installTranslator(english);
        Models::CodeTable::setEnglish(true);
    }
}

void TestSetupWizard::init()
{
    m_f.open();
}

void TestSetupWizard::cleanup()
{
    m_f.close();
}

void TestSetupWizard::checkFits(SetupWizard &w)
{
    QVERIFY2(w.frameGeometry().width() <= 1366 && w.frameGeometry().height() <= 728,
             qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
    for (QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        if (!b->isVisible())
            continue;
        const QRect r(b->mapTo(&w, QPoint(0, 0)), b->size());
        QVERIFY2(w.rect().contains(r), qPrintable(b->text()));
    }
    // One meaning per Alt+letter on the page (tst_shortcuts sees only the first page).
    QStringList keys;
    for (QWidget *child : w.findChildren<QWidget *>()) {
        if (!child->isVisible())
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(child))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(child); l && l->buddy())
            text = l->text();
        if (const QKeySequence k = QKeySequence::mnemonic(text); !k.isEmpty()) {
            QVERIFY2(!keys.contains(k.toString()),
                     qPrintable(k.toString() + QLatin1Char(' ') + text));
            keys << k.toString();
        }
    }
    QWidget *page = w.currentPage();
    QVERIFY2(page->minimumSizeHint().height() <= page->height(),
             qPrintable(QStringLiteral("page %1 needs %2 px, has %3")
                            .arg(w.currentId())
                            .arg(page->minimumSizeHint().height())
                            .arg(page->height())));
}

void TestSetupWizard::keyboardAloneSetsUpAClinic()
{
    SetupWizard w(m_f.ctx);
    w.resize(1040, 660); // as on a 1366x768 screen (the offscreen screen is smaller)
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    shoot(w, QStringLiteral("1-welcome"));
    checkFits(w);

    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Clinic);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("clinicName"));
    type(QStringLiteral("星沙街道社区卫生服务中心"));
    press(Qt::Key_Tab);
    type(creditCode().toLower()); // typed in lower case, kept in capitals
    QCOMPARE(edit(w.clinicPage(), "institutionCode")->text(), creditCode());
    shoot(w, QStringLiteral("2-clinic"));
    checkFits(w);
    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Areas);

    QTRY_COMPARE(focused()->objectName(), QStringLiteral("townshipCode"));
    type(Township);
    press(Qt::Key_Tab);
    type(QStringLiteral("星沙街道"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), w.areasPage()->villageTable());
    type(QStringLiteral("201")); // the last three digits: the township's code is put in front
    press(Qt::Key_Tab);
    type(QStringLiteral("东湖村"));
    press(Qt::Key_Tab);
    type(Township + QStringLiteral("202"));
    press(Qt::Key_Tab);
    type(QStringLiteral("西园村"));
    press(Qt::Key_Tab);
    type(QStringLiteral("203"));
    press(Qt::Key_Tab);
    type(QStringLiteral("南山社区"));
    press(Qt::Key_Return); // ends the cell
    ON_PAGE(w, SetupWizard::Areas);
    EntryTable *villages = w.areasPage()->villageTable();
    QCOMPARE(villages->filledRows().size(), 3);
    QCOMPARE(villages->text(0, 0), Township + QStringLiteral("201"));
    QCOMPARE(villages->text(2, 0), Township + QStringLiteral("203"));
    QCOMPARE(villages->rowCount(), 4); // an empty row to go on typing
    shoot(w, QStringLiteral("3-areas"));
    checkFits(w);
    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Teams);

    // A team for the township is there, serving every village; its members are typed in.
    TeamsPage *teams = w.teamsPage();
    QCOMPARE(teams->teamCount(), 1);
    QTRY_COMPARE(focused(), teams->nameEdit(0));
    QCOMPARE(teams->nameEdit(0)->text(),
             QCoreApplication::translate("Gui::TeamsPage", "%1家庭医生团队")
                 .arg(QStringLiteral("星沙街道")));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), teams->villageList(0));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), teams->memberTable(0));
    type(QStringLiteral("王芳"));
    press(Qt::Key_Tab); // user name from the pinyin, a family doctor, a first password
    EntryTable *members = teams->memberTable(0);
    QCOMPARE(members->text(0, 1), QStringLiteral("wangfang"));
    QCOMPARE(members->text(0, 2), QStringLiteral("doctor"));
    const QString wangfangPassword = members->text(0, 3);
    QVERIFY(Models::SecurityPolicy::defaults().checkPassword({}, wangfangPassword).isEmpty());
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // past role and password to the next row
    type(QStringLiteral("李军"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(members->currentColumn(), 2);
    press(Qt::Key_F2); // the role: a list, moved in with the arrow keys
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(members->text(1, 2), QStringLiteral("village_worker"));
    const QString lijunPassword = members->text(1, 3);
    // A second team (Alt+A), serving 南山社区 only.
    press(Qt::Key_A, Qt::AltModifier);
    QCOMPARE(teams->teamCount(), 2);
    QCOMPARE(focused(), teams->nameEdit(1));
    type(QStringLiteral("南山团队"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), teams->villageList(1));
    press(Qt::Key_End);
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    type(QStringLiteral("赵敏"));
    press(Qt::Key_Return);
    shoot(w, QStringLiteral("4-teams"));
    checkFits(w);
    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Administrator);

    QTRY_COMPARE(focused()->objectName(), QStringLiteral("adminPassword"));
    type(Password);
    press(Qt::Key_Tab);
    type(Password);
    shoot(w, QStringLiteral("5-administrator"));
    checkFits(w);
    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Platform);
    shoot(w, QStringLiteral("6-platform"));
    checkFits(w);
    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Residents);
    shoot(w, QStringLiteral("7-residents"));
    checkFits(w);
    press(Qt::Key_Return);
    ON_PAGE(w, SetupWizard::Confirm);
    const QString summary = w.confirmPage()->summary()->toPlainText();
    QVERIFY2(summary.contains(QStringLiteral("南山社区")) &&
                 summary.contains(QStringLiteral("赵敏")),
             qPrintable(summary));
    shoot(w, QStringLiteral("8-confirm"));
    checkFits(w);
    QCOMPARE(m_f.count(QStringLiteral("area")), 0); // nothing is written before 建立机构

    press(Qt::Key_Return); // 建立机构
    QTRY_VERIFY_WITH_TIMEOUT(w.applied(), 30000);
    QCOMPARE(w.result(), int(QDialog::Accepted));
    QVERIFY(w.scope());
    QCOMPARE(w.scope()->userId, QStringLiteral("admin"));

    // The clinic as entered, in the database.
    auto clinic = Models::ClinicSetup(m_f.ctx.connection).clinic();
    QVERIFY(clinic);
    QCOMPARE(clinic->name, QStringLiteral("星沙街道社区卫生服务中心"));
    QCOMPARE(clinic->institutionCode, creditCode());
    QCOMPARE(Models::ClinicSetup(m_f.ctx.connection).needed().value(), false);
    const Models::Scope admin = *w.scope();
    auto stored = Models::AreaRepository(m_f.ctx.connection).villages(admin);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->at(2).name, QStringLiteral("南山社区"));
    auto storedTeams = Models::TeamRepository(m_f.ctx.connection).teams(admin, true);
    QVERIFY(storedTeams);
    QCOMPARE(storedTeams->size(), 2);
    for (const Models::Team &t : *storedTeams) {
        QCOMPARE(t.institution, QStringLiteral("星沙街道社区卫生服务中心"));
        QCOMPARE(t.villages.size(), t.name == QStringLiteral("南山团队") ? 1 : 3);
        QCOMPARE(t.members.size(), t.name == QStringLiteral("南山团队") ? 1 : 2);
    }
    Models::UserRepository users(m_f.ctx.connection);
    QVERIFY(users.login(QStringLiteral("admin"), Password));
    QVERIFY(users.login(QStringLiteral("wangfang"), wangfangPassword));
    auto lijun = users.login(QStringLiteral("lijun"), lijunPassword);
    QVERIFY(lijun);
    QCOMPARE(lijun->role, QStringLiteral("village_health_worker"));
    QVERIFY(!lijun->allVillages);
    QCOMPARE(lijun->villages.size(), 3);
}

void TestSetupWizard::badVillageCodeIsRefusedAtItsField_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("11 digits") << QStringLiteral("43012110120")
                               << QStringLiteral("区划代码应为 12 位数字");
    QTest::newRow("letters") << QStringLiteral("4301211012AB")
                             << QStringLiteral("区划代码应为 12 位数字");
    QTest::newRow("another township")
        << QStringLiteral("430121102201") << QStringLiteral("不属于上级区划 430121101");
}

void TestSetupWizard::badVillageCodeIsRefusedAtItsField()
{
    QFETCH(QString, code);
    QFETCH(QString, reason);
    SetupWizard w(m_f.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.next();
    edit(w.clinicPage(), "clinicName")->setText(QStringLiteral("星沙卫生院"));
    edit(w.clinicPage(), "institutionCode")->setText(creditCode());
    w.next();
    QTRY_COMPARE(focused(), w.areasPage()->townshipCodeEdit());
    type(Township);
    press(Qt::Key_Tab);
    type(QStringLiteral("星沙镇"));
    press(Qt::Key_Tab);
    type(Township + QStringLiteral("201"));
    press(Qt::Key_Tab);
    type(QStringLiteral("东湖村"));
    press(Qt::Key_Tab);
    type(code);
    press(Qt::Key_Tab);
    type(QStringLiteral("西园村"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);

    ON_PAGE(w, SetupWizard::Areas);
    QVERIFY2(bannerText(w).contains(QStringLiteral("第 2 行代码")) &&
                 bannerText(w).contains(reason),
             qPrintable(bannerText(w)));
    EntryTable *villages = w.areasPage()->villageTable();
    QCOMPARE(focused(), villages);
    QCOMPARE(villages->currentRow(), 1);
    QCOMPARE(villages->currentColumn(), 0);
    QVERIFY(villages->item(1, 0)->toolTip().contains(reason));
    QVERIFY(villages->item(0, 0)->toolTip().isEmpty()); // the good row is not marked
    shoot(w, QStringLiteral("3-areas-refused-") + QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(m_f.count(QStringLiteral("area")), 0);
    QCOMPARE(m_f.count(QStringLiteral("app_user")), 0);

    // Corrected at the field, the page lets one on.
    villages->setText(1, 0, Township + QStringLiteral("202"));
    w.next();
    ON_PAGE(w, SetupWizard::Teams);
}

void TestSetupWizard::eachPageRefusesBadInputAtItsField()
{
    SetupWizard w(m_f.ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.next();
    // 机构: a credit code with a wrong check character.
    QString code = creditCode();
    code[17] = code.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    edit(w.clinicPage(), "clinicName")->setText(QStringLiteral("星沙卫生院"));
    edit(w.clinicPage(), "institutionCode")->setText(code);
    w.next();
    ON_PAGE(w, SetupWizard::Clinic);
    QVERIFY2(bannerText(w).contains(QStringLiteral("统一社会信用代码：校验位不符")),
             qPrintable(bannerText(w)));
    QCOMPARE(QApplication::focusWidget(), edit(w.clinicPage(), "institutionCode"));
    edit(w.clinicPage(), "institutionCode")->setText(creditCode());
    w.next();

    // 乡镇和村: no village, then two villages of one name (the import finds villages by name).
    w.areasPage()->townshipCodeEdit()->setText(Township);
    edit(w.areasPage(), "townshipName")->setText(QStringLiteral("星沙镇"));
    w.next();
    ON_PAGE(w, SetupWizard::Areas);
    QVERIFY2(bannerText(w).contains(QStringLiteral("至少需要一个村")), qPrintable(bannerText(w)));
    EntryTable *villages = w.areasPage()->villageTable();
    villages->setText(0, 0, Township + QStringLiteral("201"));
    villages->setText(0, 1, QStringLiteral("东湖村"));
    villages->setText(1, 0, Township + QStringLiteral("202"));
    villages->setText(1, 1, QStringLiteral("东湖村"));
    w.next();
    QVERIFY2(bannerText(w).contains(QStringLiteral("第 2 行名称：村名重复")),
             qPrintable(bannerText(w)));
    villages->setText(1, 1, QStringLiteral("西园村"));
    w.next();
    ON_PAGE(w, SetupWizard::Teams);

    // 团队: a team serving no village; a member whose password breaks the policy.
    TeamsPage *teams = w.teamsPage();
    for (int i = 0; i < teams->villageList(0)->count(); ++i)
        teams->villageList(0)->item(i)->setCheckState(Qt::Unchecked);
    EntryTable *members = teams->memberTable(0);
    members->setText(0, 0, QStringLiteral("王芳"));
    members->setText(0, 1, QStringLiteral("wangfang"));
    members->setText(0, 2, QStringLiteral("doctor"));
    members->setText(0, 3, QStringLiteral("short1"));
    w.next();
    ON_PAGE(w, SetupWizard::Teams);
    shoot(w, QStringLiteral("4-teams-refused"));
    QVERIFY2(bannerText(w).contains(QStringLiteral("负责的村：请勾选团队负责的村")),
             qPrintable(bannerText(w)));
    QVERIFY2(bannerText(w).contains(QStringLiteral("第 1 行初始密码：密码至少需要")),
             qPrintable(bannerText(w)));
    QVERIFY(!members->item(0, 3)->toolTip().isEmpty());
    teams->villageList(0)->item(0)->setCheckState(Qt::Checked);
    members->setText(0, 3, TeamsPage::makePassword());
    w.next();
    ON_PAGE(w, SetupWizard::Administrator);

    // 管理员: the two passwords differ; then the password contains the user name.
    edit(w.adminPage(), "adminPassword")->setText(Password);
    edit(w.adminPage(), "adminConfirm")->setText(Password + QStringLiteral("x"));
    w.next();
    ON_PAGE(w, SetupWizard::Administrator);
    QVERIFY2(bannerText(w).contains(QStringLiteral("再次输入：两次输入的密码不一致")),
             qPrintable(bannerText(w)));
    QCOMPARE(QApplication::focusWidget(), edit(w.adminPage(), "adminConfirm"));
    edit(w.adminPage(), "adminPassword")->setText(QStringLiteral("admin-2025x"));
    edit(w.adminPage(), "adminConfirm")->setText(QStringLiteral("admin-2025x"));
    w.next();
    QVERIFY2(bannerText(w).contains(QStringLiteral("密码不能包含用户名")),
             qPrintable(bannerText(w)));
    edit(w.adminPage(), "adminPassword")->setText(Password);
    edit(w.adminPage(), "adminConfirm")->setText(Password);
    w.next();

    // 区域平台: an address that is no web address.
    w.platformPage()->findChild<QAbstractButton *>(QStringLiteral("connectPlatform"))->click();
    edit(w.platformPage(), "platformUrl")->setText(QStringLiteral("platform.example.cn"));
    edit(w.platformPage(), "platformToken")->setText(QStringLiteral("t0ken"));
    w.next();
    ON_PAGE(w, SetupWizard::Platform);
    QVERIFY2(bannerText(w).contains(QStringLiteral("平台地址：平台地址应以 https:// 开头")),
             qPrintable(bannerText(w)));
    QCOMPARE(m_f.count(QStringLiteral("area")) + m_f.count(QStringLiteral("app_user")), 0);
}

void TestSetupWizard::villagesArePastedAndDeletedWithKeys()
{
    SetupWizard w(m_f.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.next();
    edit(w.clinicPage(), "clinicName")->setText(QStringLiteral("星沙卫生院"));
    edit(w.clinicPage(), "institutionCode")->setText(creditCode());
    w.next();
    ON_PAGE(w, SetupWizard::Areas);
    QCoreApplication::processEvents(); // the page has put the focus on its first field
    EntryTable *villages = w.areasPage()->villageTable();
    villages->setFocus();
    villages->setCurrentCell(0, 0);
    // Two columns copied from a spreadsheet, and a line typed with a space.
    QApplication::clipboard()->setText(Township + QStringLiteral("201\t东湖村\r\n") + Township +
                                       QStringLiteral("202\t西园村\r\n") + Township +
                                       QStringLiteral("203 南山社区\n"));
    press(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(villages->filledRows().size(), 3);
    QCOMPARE(villages->text(1, 1), QStringLiteral("西园村"));
    QCOMPARE(villages->text(2, 0), Township + QStringLiteral("203"));
    QCOMPARE(villages->rowCount(), 4);
    // Delete removes the current row; Tab from the empty last row leaves the table.
    villages->setCurrentCell(1, 0);
    press(Qt::Key_Delete);
    QCOMPARE(villages->filledRows().size(), 2);
    QCOMPARE(villages->text(1, 1), QStringLiteral("南山社区"));
    villages->setCurrentCell(villages->rowCount() - 1, 0);
    press(Qt::Key_Tab);
    QVERIFY(focused() != villages);
    QVERIFY(!villages->isAncestorOf(focused()));
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
