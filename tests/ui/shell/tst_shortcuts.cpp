// GUI: one meaning per key (issue 14). Builds the real session window (with its
// application-wide Ctrl+L lock) and every dialog the workstation can open, lists every
// QShortcut, QAction shortcut, button shortcut and mnemonic (&X on a button or a label with a
// buddy) with its widget, and fails on a key bound to two different meanings reachable at the
// same time: a page of the main window, or a dialog together with the application-wide keys.
// JIAYI_SHORTCUT_DOC=path writes the list as the Markdown table of docs/ux.md.
#include "birthdialog.h"
#include "childcheckdialog.h"
#include "chronicrepository.h"
#include "closeregistrationdialog.h"
#include "contractrepository.h"
#include "contracttaskdialog.h"
#include "coveragedialog.h"
#include "database.h"
#include "demogenerator.h"
#include "demousers.h"
#include "duplicatesdialog.h"
#include "elderlyservicedialog.h"
#include "encounterdialog.h"
#include "followupdialog.h"
#include "guardiandialog.h"
#include "healthformdialog.h"
#include "importwizard.h"
#include "indicatorresidentsdialog.h"
#include "indicatorsdialog.h"
#include "lifeeventdialog.h"
#include "logindialog.h"
#include "lotsdialog.h"
#include "mainwindow.h"
#include "maternalvisitdialog.h"
#include "mentaldialogs.h"
#include "pregnancybookingdialog.h"
#include "recorddosedialog.h"
#include "referraldialog.h"
#include "referrallistdialog.h"
#include "registrationdialog.h"
#include "renewcontractdialog.h"
#include "reportsenddialog.h"
#include "residenteditor.h"
#include "residentlistmodel.h"
#include "residentview.h"
#include "sessionguard.h"
#include "setupwizard.h"
#include "signcontractdialog.h"
#include "tbdialogs.h"
#include "tbscreendialog.h"
#include "tcmassessmentdialog.h"
#include "tcmchilddialog.h"
#include "terminatecontractdialog.h"
#include "transferdialog.h"
#include "usereditor.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Gui;

namespace {

struct Binding
{
    QString key;     // portable text, e.g. "Ctrl+L"
    QString meaning; // what it does, from the widget's text
    QString widget;  // class and object name
    bool global = false;
    bool operator==(const Binding &) const = default;
};

// "保存 (Ctrl+S)" -> "保存"; "&Next >" -> "Next >".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

QString describe(const QObject *o)
{
    return QString::fromLatin1(o->metaObject()->className()) +
           (o->objectName().isEmpty() ? QString() : QLatin1Char(' ') + o->objectName());
}

bool reachable(const QWidget *w)
{
    return w && w->isVisible();
}

QList<Binding> bindingsOf(const QWidget *window)
{
    QList<Binding> out;
    QList<QObject *> all = window->findChildren<QObject *>();
    all.prepend(const_cast<QWidget *>(window));
    for (QObject *o : all) {
        if (auto *sc = qobject_cast<QShortcut *>(o)) {
            const bool global = sc->context() == Qt::ApplicationShortcut;
            if (!sc->isEnabled() || sc->key().isEmpty() ||
                (!global && !reachable(qobject_cast<QWidget *>(sc->parent()))))
                continue;
            const QString meaning = !sc->whatsThis().isEmpty() ? plain(sc->whatsThis())
                                    : !sc->objectName().isEmpty()
                                        ? sc->objectName()
                                        : describe(sc->parent()) + QStringLiteral(" shortcut");
            out << Binding{sc->key().toString(QKeySequence::PortableText), meaning,
                           describe(sc->parent()), global};
        } else if (auto *a = qobject_cast<QAction *>(o)) {
            bool shown = false;
            for (QObject *w : a->associatedObjects())
                shown = shown || reachable(qobject_cast<QWidget *>(w));
            if (!a->isEnabled() || !shown)
                continue;
            for (const QKeySequence &k : a->shortcuts())
                out << Binding{k.toString(QKeySequence::PortableText),
                               a->text().isEmpty() ? describe(a->parent()) : plain(a->text()),
                               describe(a->parent()),
                               a->shortcutContext() == Qt::ApplicationShortcut};
        } else if (auto *b = qobject_cast<QAbstractButton *>(o); b && reachable(b)) {
            if (!b->shortcut().isEmpty())
                out << Binding{b->shortcut().toString(QKeySequence::PortableText), plain(b->text()),
                               describe(b)};
            if (const QKeySequence m = QKeySequence::mnemonic(b->text()); !m.isEmpty())
                out << Binding{m.toString(QKeySequence::PortableText), plain(b->text()),
                               describe(b)};
        } else if (auto *l = qobject_cast<QLabel *>(o); l && l->buddy() && reachable(l)) {
            if (const QKeySequence m = QKeySequence::mnemonic(l->text()); !m.isEmpty())
                out << Binding{m.toString(QKeySequence::PortableText), plain(l->text()),
                               describe(l)};
        }
    }
    return out;
}

// "Ctrl+L: 锁屏 (QShortcut lockShortcut) / 合并，保留左侧 (QPushButton)" for every clash.
QStringList clashes(const QList<Binding> &bindings)
{
    QMap<QString, QMap<QString, QString>> byKey; // key -> meaning -> widget
    for (const Binding &b : bindings)
        byKey[b.key].insert(b.meaning, b.widget);
    QStringList out;
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        if (it.value().size() > 1) {
            QStringList m;
            for (auto j = it.value().begin(); j != it.value().end(); ++j)
                m << QStringLiteral("%1 (%2)").arg(j.key(), j.value());
            out << it.key() + QStringLiteral(": ") + m.join(QStringLiteral(" / "));
        }
    return out;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyDialogIsListed();
    void oneMeaningPerKey();
    void duplicatesDialogDoesNotMergeOnCtrlL();

private:
    using Factory = std::function<QDialog *()>;
    QList<std::pair<QString, Factory>> dialogs();

    QTemporaryDir m_dir;
    Context m_ctx;
    QString m_resident, m_registration, m_contract, m_contractResident, m_task;
};

void TestShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ctx.connection = QStringLiteral("shortcuts");
    m_ctx.databasePath = m_dir.filePath(QStringLiteral("k.db"));
    QVERIFY(Models::openDatabase(m_ctx.connection, m_ctx.databasePath).ok());
    Models::DemoOptions o;
    o.residents = 300;
    o.seed = 3;
    QVERIFY(Models::DemoGenerator::generate(m_ctx.connection, m_ctx.scope, o).ok());
    Models::ResidentListModel residents(m_ctx.connection, m_ctx.scope);
    m_resident = residents.residentId(0);
    for (int i = 0; i < residents.rowCount() && (m_registration.isEmpty() || m_contract.isEmpty());
         ++i) {
        const QString id = residents.residentId(i);
        if (auto regs =
                Models::ChronicRepository(m_ctx.connection).registrationsOf(m_ctx.scope, id);
            regs && !regs->isEmpty() && m_registration.isEmpty())
            m_registration = regs->first().id;
        if (auto cs = Models::ContractRepository(m_ctx.connection).forResident(m_ctx.scope, id);
            cs && !cs->isEmpty() && m_contract.isEmpty()) {
            m_contract = cs->first().id;
            m_contractResident = id;
        }
    }
    if (auto tasks = Models::ContractRepository(m_ctx.connection).tasks(m_ctx.scope, m_contract);
        tasks && !tasks->isEmpty())
        m_task = tasks->first().id;
    QVERIFY(!m_resident.isEmpty() && !m_registration.isEmpty() && !m_contract.isEmpty());
}

void TestShortcuts::cleanupTestCase()
{
    Models::closeDatabase(m_ctx.connection);
}

QList<std::pair<QString, TestShortcuts::Factory>> TestShortcuts::dialogs()
{
    const Context &c = m_ctx;
    Models::ChildImmunization child;
    child.residentId = m_resident;
    child.name = QStringLiteral("测试儿童");
    child.birth = QDate::currentDate().addMonths(-8);
    Models::User user;
    Models::Referral referral;
    referral.residentId = m_resident;
    referral.sentOn = QDate::currentDate();
    Models::TbPatient tb;
    tb.id = QStringLiteral("tb-x");
    tb.residentId = m_resident;
    tb.notifiedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    tb.intensiveStart = QDate::currentDate().addDays(-5);
    tb.intensiveEnd = tb.intensiveStart.addDays(59);
    tb.continuationEnd = tb.intensiveStart.addDays(179);
    tb.supervision = QStringLiteral("家属");
    return {
        {"LoginDialog", [c] { return new LoginDialog(c.connection, LoginDialog::Login); }},
        {"ResidentView", [=, this] { return new ResidentView(c, m_resident); }},
        {"EncounterDialog", [=, this] { return new EncounterDialog(c, m_resident); }},
        {"HealthFormDialog",
         [=, this] { return new HealthFormDialog(c, m_resident, HealthFormDialog::HealthCheck); }},
        {"HealthFormDialog (basic)",
         [=, this] { return new HealthFormDialog(c, m_resident, HealthFormDialog::BasicInfo); }},
        {"ResidentEditor", [=, this] { return new ResidentEditor(c, m_resident); }},
        {"LifeEventDialog",
         [=, this] { return new LifeEventDialog(c, m_resident, Models::LifeEventKind::Deceased); }},
        {"DuplicatesDialog", [c] { return new DuplicatesDialog(c); }},
        {"ImportWizard", [c] { return new ImportWizard(c); }},
        {"SignContractDialog", [=, this] { return new SignContractDialog(c, m_resident, false); }},
        {"TerminateContractDialog",
         [=, this] { return new TerminateContractDialog(c, m_contract); }},
        {"RenewContractDialog", [=, this] { return new RenewContractDialog(c, m_contract); }},
        {"ContractTaskDialog",
         [=, this] { return new ContractTaskDialog(c, m_contractResident, m_task); }},
        {"RegistrationDialog", [c] { return new RegistrationDialog(c); }},
        {"CloseRegistrationDialog",
         [=, this] { return new CloseRegistrationDialog(c, m_registration); }},
        {"FollowupDialog", [=, this] { return new FollowupDialog(c, m_registration); }},
        {"IndicatorsDialog", [c] { return new IndicatorsDialog(c); }},
        {"IndicatorResidentsDialog",
         [] {
             return new IndicatorResidentsDialog(QString(), QString(), Models::IndicatorPeople{},
                                                 {});
         }},
        {"LotsDialog", [c] { return new LotsDialog(c); }},
        {"RecordDoseDialog",
         [c, child] { return new RecordDoseDialog(c, child, {}, RecordDoseDialog::Here); }},
        {"CoverageDialog", [c] { return new CoverageDialog(c, QString()); }},
        {"GuardianDialog", [c, child] { return new GuardianDialog(c, child); }},
        {"UserEditor", [c, user] { return new UserEditor(c, user); }},
        {"TransferDialog", [c] { return new TransferDialog(c); }},
        {"SetupWizard", [c] { return new SetupWizard(c); }},
        {"ElderlyServiceDialog", [=, this] { return new ElderlyServiceDialog(c, m_resident); }},
        {"TcmAssessmentDialog", [=, this] { return new TcmAssessmentDialog(c, m_resident); }},
        {"TcmChildDialog",
         [=, this] {
             return new TcmChildDialog(c, m_resident, QDate::currentDate().addMonths(-13));
         }},
        {"ReferralDialog", [=, this] { return new ReferralDialog(c, referral); }},
        {"ReferralListDialog", [=, this] { return new ReferralListDialog(c, m_resident); }},
        {"ReferralStatusDialog", [=] { return new ReferralStatusDialog(c, referral); }},
        {"MentalRegistrationDialog",
         [=, this] { return new MentalRegistrationDialog(c, m_resident); }},
        {"MentalFollowupDialog", [c] { return new MentalFollowupDialog(c, QStringLiteral("x")); }},
        {"TbRegistrationDialog", [=, this] { return new TbRegistrationDialog(c, m_resident); }},
        {"TbVisitDialog", [=] { return new TbVisitDialog(c, tb, QStringLiteral("first")); }},
        {"TbDosesDialog", [=] { return new TbDosesDialog(c, tb); }},
        {"TbPatientDialog", [=, this] { return new TbPatientDialog(c, m_resident); }},
        {"TbScreenDialog", [=, this] { return new TbScreenDialog(c, m_resident); }},
        {"ChildCheckDialog", [=, this] { return new ChildCheckDialog(c, m_resident); }},
        {"PregnancyBookingDialog", [=, this] { return new PregnancyBookingDialog(c, m_resident); }},
        {"MaternalVisitDialog",
         [=, this] {
             return new MaternalVisitDialog(c, m_resident, MaternalVisitDialog::Prenatal);
         }},
        {"MaternalVisitDialog (42)",
         [=, this] {
             return new MaternalVisitDialog(c, m_resident, MaternalVisitDialog::Check42);
         }},
        {"BirthDialog", [=, this] { return new BirthDialog(c, m_resident); }},
        {"ReportSendDialog", [c] { return new ReportSendDialog(c); }},
    };
}

void TestShortcuts::everyDialogIsListed()
{
    // A new dialog class in ui/ must be added to dialogs() above, so its keys are checked.
    QStringList listed;
    for (const auto &d : dialogs())
        listed << d.first.section(QLatin1Char(' '), 0, 0);
    const QString ui = QDir::cleanPath(QStringLiteral(JIAYI_TEST_DATA "/../../ui"));
    QDirIterator it(ui, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    static const QRegularExpression cls(
        QStringLiteral("class (\\w+)\\s*:\\s*public (QDialog|QWizard)\\b"));
    int found = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const auto &m : cls.globalMatch(QString::fromUtf8(f.readAll()))) {
            ++found;
            QVERIFY2(listed.contains(m.captured(1)), qPrintable(m.captured(1)));
        }
    }
    QVERIFY(found >= 15);
}

void TestShortcuts::oneMeaningPerKey()
{
    SessionGuard session(m_ctx);
    auto scope = Models::UserRepository(m_ctx.connection)
                     .login(QStringLiteral("admin"), Models::demoPassword());
    QVERIFY(scope);
    session.begin(*scope);
    MainWindow *window = session.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<Binding> global = [&] {
        QList<Binding> g;
        for (const Binding &b : bindingsOf(window))
            if (b.global)
                g << b;
        return g;
    }();
    QVERIFY2(!global.isEmpty(), "the lock shortcut is application-wide");

    QStringList failures;
    QStringList doc{QStringLiteral("| 位置 / Where | 键 / Key | 含义 / Meaning | 控件 / Widget |"),
                    QStringLiteral("|---|---|---|---|")};
    QSet<QString> listed;
    auto record = [&](const QString &where, const QList<Binding> &own) {
        QList<Binding> all = own;
        for (const Binding &g : global)
            if (!all.contains(g) && std::none_of(own.begin(), own.end(), [&](const Binding &b) {
                    return b.widget == g.widget && b.key == g.key;
                }))
                all << g;
        for (const QString &c : clashes(all))
            failures << where + QStringLiteral(": ") + c;
        for (const Binding &b : own) {
            const QString id = b.key + b.meaning + b.widget;
            if (listed.contains(id))
                continue; // each binding once, where it first appears
            listed.insert(id);
            doc << QStringLiteral("| %1 | %2 | %3 | %4 |")
                       .arg(b.global ? QStringLiteral("全局 / everywhere") : where, b.key,
                            b.meaning, b.widget);
        }
    };
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    for (int i = 0; i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        QCoreApplication::processEvents();
        record(QStringLiteral("主窗口 ") + nav->item(i)->text(), bindingsOf(window));
    }
    for (const auto &[name, make] : dialogs()) {
        std::unique_ptr<QDialog> d(make());
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        record(name, bindingsOf(d.get()));
        d->hide();
    }
    if (const QByteArray path = qgetenv("JIAYI_SHORTCUT_DOC"); !path.isEmpty()) {
        QFile f(QString::fromLocal8Bit(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestShortcuts::duplicatesDialogDoesNotMergeOnCtrlL()
{
    DuplicatesDialog d(m_ctx);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    for (const Binding &b : bindingsOf(&d))
        QVERIFY2(b.key != QLatin1String("Ctrl+L"), qPrintable(b.meaning));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
