// GUI: the first-run wizard (docs/setup.md) and what is around it. A failed apply and a cancel
// leave the database as it was (a cancelled first run removes the database file it created); a
// database that is set up opens the login; an administrator of a database without villages sets
// the clinic up after logging in; what was entered, saved as a setup file, sets up the same clinic
// elsewhere; the resident list is looked at before anything is written.
#include "setupwizardtestutil.h"

#include "uilanguage.h"

#include <QSettings>

using namespace WizardTest;

class TestSetupWizardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failedApplyWritesNothing();
    void escapeAsksAndCancelLeavesNothing();
    void cancelledFirstRunRemovesTheNewDatabase();
    void setUpDatabaseOpensTheLogin();
    void administratorWithoutVillagesSetsUpAfterLogin();
    void savedSetupFileSetsUpTheSameClinic();
    void residentListIsLookedAtBeforeApplying();
    void choosingALanguageStartsTheWizardAgain();

private:
    Fixture m_f;
};

void TestSetupWizardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSetupWizardFlow::init()
{
    m_f.open();
}

void TestSetupWizardFlow::cleanup()
{
    m_f.close();
}

void TestSetupWizardFlow::failedApplyWritesNothing()
{
    SetupWizard w(m_f.ctx);
    fill(w);
    if (QTest::currentTestFailed())
        return;
    // A team cannot be stored: the areas and the administrator, written before it in the same
    // transaction, must not stay.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_f.ctx.databasePath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_team BEFORE INSERT ON contract_team "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QStringList tables{QStringLiteral("area"),          QStringLiteral("app_user"),
                             QStringLiteral("contract_team"), QStringLiteral("contract_staff"),
                             QStringLiteral("audit_log"),     QStringLiteral("meta")};
    QList<qint64> before;
    for (const QString &t : tables)
        before << m_f.count(t);
    QSignalSpy finished(&w, &SetupWizard::applyFinished);
    w.button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!w.applied());
    QVERIFY(w.isVisible()); // still there, with everything entered
    ON_PAGE(w, SetupWizard::Confirm);
    QVERIFY2(bannerText(w).contains(QStringLiteral("什么都没有写入")), qPrintable(bannerText(w)));
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(m_f.count(tables.at(i)), before.at(i));
    QCOMPARE(before.first(), 0);
    auto clinic = Models::ClinicSetup(m_f.ctx.connection).clinic();
    QVERIFY(clinic && clinic->name.isEmpty());

    // The cause gone, the same input goes in.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_f.ctx.databasePath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_team")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    w.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.applied(), 30000);
    QCOMPARE(m_f.count(QStringLiteral("area")), 3); // the township and its two villages
}

void TestSetupWizardFlow::escapeAsksAndCancelLeavesNothing()
{
    const QStringList before = QDir(m_f.folder()).entryList(QDir::Files);
    SetupWizard w(m_f.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    press(Qt::Key_Return);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("clinicName"));
    type(QStringLiteral("星沙卫生院"));
    // Esc asks; Esc in the question keeps what was typed.
    whenModal<QMessageBox>(this, [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    press(Qt::Key_Escape);
    QVERIFY(w.isVisible());
    QApplication::setActiveWindow(&w); // what a window manager does when the question closes
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(edit(w.clinicPage(), "clinicName")->text(), QStringLiteral("星沙卫生院"));
    // Asked again, 放弃 drops it.
    whenModal<QMessageBox>(this, [](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QStringLiteral("放弃"))
                b->click();
    });
    press(Qt::Key_Escape);
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(w.result(), int(QDialog::Rejected));
    for (const char *table : {"area", "app_user", "contract_team"})
        QCOMPARE(m_f.count(QString::fromLatin1(table)), 0);
    QCOMPARE(QDir(m_f.folder()).entryList(QDir::Files), before); // no draft, no file of any kind
}

void TestSetupWizardFlow::cancelledFirstRunRemovesTheNewDatabase()
{
    Models::closeDatabase(m_f.ctx.connection);
    QFile::remove(m_f.ctx.databasePath);
    m_f.ctx.databasePath = m_f.path(QStringLiteral("new.db"));
    QVERIFY(Models::openDatabase(m_f.ctx.connection, m_f.ctx.databasePath).ok());
    SessionGuard session(m_f.ctx);
    session.setNewDatabase(true);
    bool sawWizard = false;
    whenModal<QDialog>(this, [&](QDialog *d) {
        sawWizard = qobject_cast<SetupWizard *>(d) != nullptr;
        QTest::keyClick(d, Qt::Key_Escape); // nothing typed: closes without asking
    });
    QVERIFY(!session.loginInteractively());
    QVERIFY(sawWizard);
    QVERIFY(!session.window());
    QVERIFY(!QFile::exists(m_f.ctx.databasePath));
    QCOMPARE(QDir(m_f.folder()).entryList(QDir::Files), QStringList());
    QVERIFY(Models::openDatabase(m_f.ctx.connection, m_f.ctx.databasePath).ok()); // for cleanup()
}

void TestSetupWizardFlow::setUpDatabaseOpensTheLogin()
{
    {
        SetupWizard w(m_f.ctx);
        fill(w);
        w.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.applied(), 30000);
    }
    SessionGuard session(m_f.ctx);
    session.setNewDatabase(true); // even so: a database that is set up stays
    QString shown;
    whenModal<QDialog>(this, [&](QDialog *d) {
        shown = QString::fromLatin1(d->metaObject()->className());
        d->reject();
    });
    QVERIFY(!session.loginInteractively());
    QCOMPARE(shown, QStringLiteral("Gui::LoginDialog"));
    QVERIFY(QFile::exists(m_f.ctx.databasePath));
    QCOMPARE(m_f.count(QStringLiteral("area")), 3);
}

void TestSetupWizardFlow::administratorWithoutVillagesSetsUpAfterLogin()
{
    // `jiayi-cli init --admin chief`: a user, no village.
    Models::UserRepository users(m_f.ctx.connection);
    QVERIFY(users.createFirstAdministrator(QStringLiteral("chief"), QStringLiteral("张院长"),
                                           Password));
    auto scope = users.login(QStringLiteral("chief"), Password);
    QVERIFY(scope);
    SessionGuard session(m_f.ctx);
    bool loggedIn = false;
    whenModal<SetupWizard>(this, [&](SetupWizard *w) {
        loggedIn = w->adminPage()->loggedIn();
        fill(*w);
        w->button(QWizard::FinishButton)->click();
    });
    session.start(*scope);
    QVERIFY(loggedIn);
    QVERIFY(session.window());
    QCOMPARE(m_f.count(QStringLiteral("area")), 3);
    QCOMPARE(m_f.count(QStringLiteral("app_user")), 2); // chief and wangfang; chief's password kept
    QVERIFY(users.login(QStringLiteral("chief"), Password));
}

void TestSetupWizardFlow::savedSetupFileSetsUpTheSameClinic()
{
    SetupWizard w(m_f.ctx);
    fill(w);
    if (QTest::currentTestFailed())
        return;
    const QString file = m_f.path(QStringLiteral("rollout/clinic.json"));
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QString message;
    QVERIFY2(w.saveSetupFile(file, &message), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("wangfang.password")));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY2(!json.contains("\"password\"") && !json.contains("Doctor-2025a"), json.constData());
    QFile pw(QFileInfo(file).dir().filePath(QStringLiteral("wangfang.password")));
    QCOMPARE(pw.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // Another workstation: the file sets up the same clinic, as `jiayi-cli setup --from` does.
    const Models::SetupParse read = Models::ClinicSetupFile::read(file);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.problems.first().toText()));
    const Models::ClinicPlan here = w.check().plan;
    QCOMPARE(read.plan.clinicName, here.clinicName);
    QCOMPARE(read.plan.institutionCode, here.institutionCode);
    QCOMPARE(read.plan.villages.size(), 2);
    QCOMPARE(read.plan.teams.size(), 1);
    QCOMPARE(read.plan.teams.first().members.first().account.password,
             QStringLiteral("Doctor-2025a"));
    QCOMPARE(read.plan.administrator.password, Password);
    const QString other = QStringLiteral("other");
    QVERIFY(Models::openDatabase(other, m_f.path(QStringLiteral("other.db"))).ok());
    Models::ClinicSetup setup(other);
    auto as = setup.scopeFor(read.plan, QStringLiteral("pc2"));
    QVERIFY(as);
    auto report = setup.apply(*as, read.plan);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->areasAdded, 3);
    QCOMPARE(report->usersAdded, 2);
    Models::closeDatabase(other);
}

void TestSetupWizardFlow::residentListIsLookedAtBeforeApplying()
{
    const QString csv = m_f.path(QStringLiteral("名单.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,性别,出生日期,村\n张三,男,1960-01-02,东湖村\n李四,女,1970-03-04,东湖\n"
                "王五,男,1980-05-06,北岭村\n");
    }
    SetupWizard w(m_f.ctx);
    fill(w);
    if (QTest::currentTestFailed())
        return;
    w.back();
    ON_PAGE(w, SetupWizard::Residents);
    // A file that is not there is refused at its field.
    w.importPage()->fileEdit()->setText(m_f.path(QStringLiteral("none.csv")));
    w.next();
    ON_PAGE(w, SetupWizard::Residents);
    QCOMPARE(QApplication::focusWidget(), w.importPage()->fileEdit());
    QVERIFY(!bannerText(w).isEmpty());
    // The list: 3 rows, 东湖 found as 东湖村, 北岭村 not among the villages.
    w.importPage()->fileEdit()->setText(csv);
    w.next();
    ON_PAGE(w, SetupWizard::Confirm);
    const QString findings = w.importPage()->findings();
    QVERIFY2(findings.contains(QStringLiteral("3 行居民")) &&
                 findings.contains(QStringLiteral("北岭村（1 行）")) &&
                 !findings.contains(QStringLiteral("东湖（")),
             qPrintable(findings));
    w.back();
    shoot(w, QStringLiteral("7-residents-looked-at"));
    w.next();
    QVERIFY(w.confirmPage()->summary()->toPlainText().contains(QStringLiteral("北岭村")));
    w.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.applied(), 30000);
    QCOMPARE(w.residentFile(), QFileInfo(csv).absoluteFilePath());
    QCOMPARE(m_f.count(QStringLiteral("resident")), 0); // imported afterwards, in 导入居民名单
}

void TestSetupWizardFlow::choosingALanguageStartsTheWizardAgain()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    SessionGuard session(m_f.ctx);
    int wizards = 0;
    std::function<void(SetupWizard *)> step = [&](SetupWizard *w) {
        ++wizards;
        auto *language = w->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language && language->isVisible());
        if (wizards == 1) {
            QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            whenModal<SetupWizard>(this, step); // the next one
        } else {
            QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
            w->reject();
        }
    };
    whenModal<SetupWizard>(this, step);
    QVERIFY(!session.loginInteractively());
    QCOMPARE(wizards, 2);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QSettings().remove(QStringLiteral("ui/language"));
    installLanguage(QStringLiteral("zh_CN")); // the rest of the tests in Chinese
}

QTEST_MAIN(TestSetupWizardFlow)
#include "tst_setupwizardflow.moc"
