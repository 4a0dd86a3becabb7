// GUI: signing a finished encounter from the resident screen's timeline. Ctrl+G asks for the
// password; the entry then shows who signed, when, and that it is unchanged; a byte changed in
// the stored record shows “签名后记录已被修改，需要重新签名”; a correction (new version) asks for
// a new signature; roles that may not write records see no 签名 button.
#include "securitytestutil.h"

#include "healthrecordrepository.h"
#include "residentview.h"
#include "signaturepanel.h"
#include "timelinemodel.h"
#include "userrepository.h"

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <sqlite3.h>

using namespace Gui;
using namespace SecurityTest;

class TestSignaturePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signWithPasswordThenDetectChange();
    void correctionAsksForANewSignature();
    void onlyRolesThatWriteRecordsSign();

private:
    bool selectEntry(ResidentView &view, const QString &id);
    void answerPasswordPrompt(const QString &password);
    bool tamper(const QString &sql);
    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_residentId;
    Models::Encounter m_encounter;
    QString m_correctedId;
};

void TestSignaturePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("sign");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("sign.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    QVERIFY(addAreas(m_ctx.connection));
    Models::UserRepository users(m_ctx.connection, fastPolicy());
    QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), {},
                                           QStringLiteral("first-pass-1")));
    Models::User u;
    u.username = QStringLiteral("wangys");
    u.displayName = QStringLiteral("王医生");
    u.role = QStringLiteral("family_doctor");
    QVERIFY(users.create(Models::Scope::administrator(), u, QStringLiteral("doctor-pass-1")));
    auto s = users.login(QStringLiteral("wangys"),
                         QStringLiteral("doctor-pass-1")); // makes the signing key
    QVERIFY2(s, why(s));
    m_ctx.scope = *s;
    auto r = Models::ResidentRepository(m_ctx.connection)
                 .create(m_ctx.scope, person(QStringLiteral("张签名"), 3, VillageA));
    QVERIFY2(r, why(r));
    m_residentId = r->id;
    Models::Encounter e;
    e.residentId = m_residentId;
    e.visitDate = QDate::currentDate().addDays(-1);
    e.subjective = QStringLiteral("头晕三天");
    e.assessment = QStringLiteral("高血压");
    e.plan = QStringLiteral("复查血压");
    e.doctor = QStringLiteral("王医生");
    auto added = Models::HealthRecordRepository(m_ctx.connection).addEncounter(m_ctx.scope, e);
    QVERIFY2(added, why(added));
    m_encounter = *added;
}

void TestSignaturePanel::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

bool TestSignaturePanel::selectEntry(ResidentView &view, const QString &id)
{
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex i = view.model()->index(row, 0);
        if (i.data(Models::TimelineModel::EntryIdRole).toString() == id) {
            view.timeline()->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

// Types the password into the QInputDialog the panel opens, as a user would, and presses Enter.
void TestSignaturePanel::answerPasswordPrompt(const QString &password)
{
    auto *poll = new QTimer(this);
    auto tries = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [poll, tries, password] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 200)
                poll->deleteLater();
            return;
        }
        poll->deleteLater();
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    poll->start(20);
}

bool TestSignaturePanel::tamper(const QString &sql)
{
    sqlite3 *h = nullptr;
    bool ok = sqlite3_open_v2(m_ctx.databasePath.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE,
                              nullptr) == SQLITE_OK &&
              sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

void TestSignaturePanel::signWithPasswordThenDetectChange()
{
    ResidentView view(m_ctx, m_residentId);
    view.show();
    QVERIFY(selectEntry(view, m_encounter.id));
    SignaturePanel *panel = view.signaturePanel();
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->stateLabel()->text().contains(QStringLiteral("未签名")),
             qPrintable(panel->stateLabel()->text()));
    QVERIFY(!panel->signButton()->isHidden());

    // A wrong password signs nothing.
    answerPasswordPrompt(QStringLiteral("doctor-pass-9"));
    QVERIFY(!panel->sign());
    QVERIFY(panel->stateLabel()->text().contains(QStringLiteral("密码不正确")));

    // Ctrl+G, the password, Enter.
    answerPasswordPrompt(QStringLiteral("doctor-pass-1"));
    QVERIFY(panel->sign());
    const QString state = panel->stateLabel()->text();
    QVERIFY2(state.contains(QStringLiteral("王医生")) && state.contains(QStringLiteral("wangys")) &&
                 state.contains(QStringLiteral("签名后未被修改")) &&
                 state.contains(QDate::currentDate().toString(Qt::ISODate)),
             qPrintable(state));
    QVERIFY(panel->signButton()->isHidden()); // nothing more to sign

    // A byte of the stored record changes behind the program's back.
    QVERIFY(tamper(QStringLiteral("UPDATE encounter SET plan = '复查血糖' WHERE id = '%1'")
                       .arg(m_encounter.id)));
    view.reload();
    QVERIFY(selectEntry(view, m_encounter.id));
    QVERIFY2(
        panel->stateLabel()->text().contains(QStringLiteral("签名后记录已被修改，需要重新签名")),
        qPrintable(panel->stateLabel()->text()));
    QVERIFY(!panel->signButton()->isHidden());
    QVERIFY(panel->signButton()->text().contains(QStringLiteral("重新签名")));
    // Put it back: the signature is valid again.
    QVERIFY(tamper(QStringLiteral("UPDATE encounter SET plan = '复查血压' WHERE id = '%1'")
                       .arg(m_encounter.id)));
    panel->refresh();
    QVERIFY(panel->stateLabel()->text().contains(QStringLiteral("签名后未被修改")));

    // Entries of kinds that are not signed show no panel.
    QCOMPARE(SignaturePanel::signableEntity(QStringLiteral("health_check")), QString());
    QCOMPARE(SignaturePanel::signableEntity(QStringLiteral("vaccination")),
             QStringLiteral("immunization_dose"));
}

void TestSignaturePanel::correctionAsksForANewSignature()
{
    Models::Encounter corrected = m_encounter;
    corrected.plan = QStringLiteral("复查血压，两周后随访");
    corrected.id.clear();
    corrected.supersedes = m_encounter.id;
    auto c =
        Models::HealthRecordRepository(m_ctx.connection).correctEncounter(m_ctx.scope, corrected);
    QVERIFY2(c, why(c));
    m_correctedId = c->id;
    ResidentView view(m_ctx, m_residentId);
    view.show();
    QVERIFY(selectEntry(view, c->id));
    SignaturePanel *panel = view.signaturePanel();
    QVERIFY2(panel->stateLabel()->text().contains(QStringLiteral("需要重新签名")) &&
                 panel->stateLabel()->text().contains(QStringLiteral("更正")),
             qPrintable(panel->stateLabel()->text()));
    // By keyboard: Ctrl+G opens the prompt.
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    answerPasswordPrompt(QStringLiteral("doctor-pass-1"));
    QTest::keyClick(&view, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY2(panel->stateLabel()->text().contains(QStringLiteral("签名后未被修改")),
                 qPrintable(panel->stateLabel()->text()));
}

void TestSignaturePanel::onlyRolesThatWriteRecordsSign()
{
    Context readOnly = m_ctx;
    readOnly.scope.allPermissions = false;
    readOnly.scope.permissions = {QStringLiteral("resident.read"), QStringLiteral("record.read")};
    ResidentView view(readOnly, m_residentId);
    view.show();
    QVERIFY(selectEntry(view, m_correctedId));
    QVERIFY(view.signaturePanel()->isVisible());
    QVERIFY(!view.signaturePanel()->signButton()->isVisible());
    QVERIFY(view.signaturePanel()->stateLabel()->text().contains(QStringLiteral("签名后未被修改")));
}

QTEST_MAIN(TestSignaturePanel)
#include "tst_signaturepanel.moc"
