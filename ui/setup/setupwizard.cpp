#include "setupwizard.h"

#include "ask.h"
#include "database.h"
#include "messagebanner.h"
#include "roletable.h"
#include "setupareaspage.h"
#include "setupformpages.h"
#include "setupimportpage.h"
#include "setupteamspage.h"
#include "syncsetup.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace Gui {

SetupWizard::SetupWizard(const Context &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("家医 — 建立机构"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("下一步 >"));
    setButtonText(QWizard::BackButton, tr("< 上一步(&B)"));
    setButtonText(QWizard::FinishButton, tr("建立机构"));
    setButtonText(QWizard::CancelButton, tr("取消"));

    setPage(Welcome, m_welcome = new WelcomePage);
    setPage(Clinic, m_clinic = new ClinicPage);
    setPage(Areas, m_areas = new AreasPage);
    setPage(Teams, m_teams = new TeamsPage);
    setPage(Administrator, m_admin = new AdminPage);
    setPage(Platform, m_platform = new PlatformPage);
    setPage(Residents, m_import = new ImportPage);
    setPage(Confirm, m_confirm = new ConfirmPage);
    connect(m_welcome, &WelcomePage::languageChosen, this, &SetupWizard::chooseLanguage);
    connect(m_confirm->saveButton(), &QAbstractButton::clicked, this, &SetupWizard::saveFromDialog);

    // The steps, the current one highlighted: where one is and how far it is to the end.
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("setupSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setFrameShape(QFrame::NoFrame);
    for (const QString &step : {tr("欢迎"), tr("机构"), tr("乡镇和村"), tr("团队"), tr("管理员"),
                                tr("区域平台"), tr("居民名单"), tr("核对并建立")})
        m_steps->addItem(QStringLiteral("%1. %2").arg(m_steps->count() + 1).arg(step));
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 24);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_steps->setCurrentRow(id);
        QTimer::singleShot(0, this, [this, id] { focusFirstField(id); });
    });
    m_steps->setCurrentRow(Welcome);

    // The wizard fits a 1366x768 screen with its task bar.
    QSize size(1040, 660);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
    m_baseline = setupFile(false);
}

SetupWizard::~SetupWizard()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SetupWizard::setAdministrator(const Models::Scope &scope, const QString &displayName)
{
    m_administrator = scope;
    m_admin->setLoggedIn(scope.userId, displayName);
    m_baseline = setupFile(false);
}

void SetupWizard::offerLanguages(const QString &current)
{
    m_welcome->offerLanguages(current);
}

void SetupWizard::chooseLanguage(const QString &language)
{
    if (isDirty() &&
        !ask(this, tr("切换语言"), tr("切换语言会重新开始向导，已填写的内容不会保留。继续吗？"),
             tr("切换语言"), tr("继续填写"), false)) {
        QSignalBlocker block(m_welcome->languageBox());
        m_welcome->languageBox()->setCurrentIndex(
            m_welcome->languageBox()->findData(language) == 0 ? 1 : 0);
        return;
    }
    m_language = language;
    done(QDialog::Rejected);
}

SetupPage *SetupWizard::setupPage(int id) const
{
    return qobject_cast<SetupPage *>(page(id));
}

QJsonObject SetupWizard::setupFile(bool forFile) const
{
    QJsonObject root;
    for (int id : pageIds())
        setupPage(id)->contribute(root, forFile);
    return root;
}

Models::SetupParse SetupWizard::check() const
{
    Models::SetupParse parsed = Models::ClinicSetupFile::parse(
        QJsonDocument(setupFile(false)).toJson(), QDir::currentPath());
    QList<SetupPage *> pages;
    for (int id : pageIds())
        pages << setupPage(id);
    for (SetupPage *p : std::as_const(pages))
        parsed.problems += p->ownProblems();
    parsed.problems.removeIf([&](const Models::SetupProblem &problem) {
        return std::any_of(pages.cbegin(), pages.cend(), [&](const SetupPage *p) {
            return p->owns(problem.where) && p->ignores(problem);
        });
    });
    return parsed;
}

bool SetupWizard::isDirty() const
{
    return setupFile(false) != m_baseline || !m_import->file().isEmpty();
}

QString SetupWizard::residentFile() const
{
    return m_import->file();
}

void SetupWizard::initializePage(int id)
{
    if (id == Teams)
        m_teams->setAreas(m_areas->townshipCode(), m_areas->townshipName(), m_areas->villages());
    else if (id == Residents)
        m_import->setVillages(m_areas->villages());
    else if (id == Confirm)
        m_confirm->setSummary(summary(check().plan));
    setupPage(id)->clearProblems();
    QWizard::initializePage(id);
}

void SetupWizard::focusFirstField(int id)
{
    QWidget *first = nullptr;
    switch (id) {
    case Clinic:
        first = m_clinic->findChild<QWidget *>(QStringLiteral("clinicName"));
        break;
    case Areas:
        first = m_areas->townshipCodeEdit();
        break;
    case Teams:
        first = m_teams->nameEdit(m_teams->teamList()->currentRow());
        break;
    case Administrator:
        first = m_admin->findChild<QWidget *>(QStringLiteral("adminPassword"));
        break;
    case Platform:
        first = m_platform->findChild<QWidget *>(QStringLiteral("connectPlatform"));
        break;
    case Residents:
        first = m_import->fileEdit();
        break;
    default:
        first = button(id == Confirm ? QWizard::FinishButton : QWizard::NextButton);
    }
    // A page that came back with problems has the focus on the first of them already.
    if (first && first->isVisible() && setupPage(id)->banner()->text().isEmpty())
        first->setFocus();
}

bool SetupWizard::validateCurrentPage()
{
    if (m_applied)
        return true;
    if (m_applying)
        return false;
    SetupPage *page = setupPage(currentId());
    page->prepare();
    const Models::SetupParse parsed = check();
    if (!page->showProblems(parsed.problems))
        return false;
    if (currentId() != Confirm)
        return true;
    // 建立机构: a problem left on an earlier page (a user name that a later page took) is shown
    // there.
    for (int id : pageIds()) {
        SetupPage *p = setupPage(id);
        if (std::none_of(
                parsed.problems.cbegin(), parsed.problems.cend(),
                [p](const Models::SetupProblem &problem) { return p->owns(problem.where); }))
            continue;
        while (currentId() != id && currentId() != Welcome)
            back();
        p->showProblems(parsed.problems);
        return false;
    }
    startApply(parsed.plan);
    return false;
}

void SetupWizard::reject()
{
    if (m_applying)
        return; // the transaction either commits or not; it is not left half-way
    if (isDirty() &&
        !ask(this, tr("放弃建立机构？"), tr("已填写的机构信息还没有写入。放弃这些内容吗？"),
             tr("放弃"), tr("继续填写"), false))
        return;
    QWizard::reject();
}

SetupWizard::Outcome SetupWizard::applyPlan(const QString &connection,
                                            const Models::ClinicPlan &plan,
                                            const std::optional<Models::Scope> &administrator)
{
    Outcome o;
    const QString workstation = QSysInfo::machineHostName();
    Models::ClinicSetup setup(connection);
    Models::Result<Models::Scope> scope = administrator
                                              ? Models::Result<Models::Scope>(*administrator)
                                              : setup.scopeFor(plan, workstation);
    if (!scope) {
        o.message = tr("机构没有建立，什么都没有写入：%1").arg(scope.error().message);
        return o;
    }
    auto report = setup.apply(*scope, plan, Sync::setupPlatformWriter(connection));
    if (!report) {
        o.message = tr("机构没有建立，什么都没有写入：%1").arg(report.error().message);
        return o;
    }
    o.ok = true;
    o.report = *report;
    if (administrator) {
        o.scope = administrator;
    } else if (auto login = Models::UserRepository(connection)
                                .login(plan.administrator.username, plan.administrator.password,
                                       workstation)) {
        o.scope = *login;
    } else {
        o.message = tr("机构已建立，但没能自动登录：%1").arg(login.error().message);
    }
    return o;
}

void SetupWizard::startApply(const Models::ClinicPlan &plan)
{
    m_applying = true;
    m_confirm->setBusy(true);
    for (auto b : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        button(b)->setEnabled(false);
    const std::optional<Models::Scope> admin = m_administrator;
    const QString path = m_context.databasePath;
    if (path.isEmpty() || path == QLatin1String(":memory:")) { // one connection only: here
        const QString connection = m_context.connection;
        QTimer::singleShot(0, this, [=, this] { finishApply(applyPlan(connection, plan, admin)); });
        return;
    }
    // The key derivation of every new account takes a good part of a second: off the UI thread,
    // on a connection of its own.
    QPointer<SetupWizard> self(this);
    m_thread = QThread::create([=] {
        const QString connection = QStringLiteral("setup-wizard");
        Outcome o;
        if (auto opened = Models::openDatabase(connection, path); !opened)
            o.message = tr("机构没有建立，什么都没有写入：%1").arg(opened.error().message);
        else
            o = applyPlan(connection, plan, admin);
        Models::closeDatabase(connection);
        QMetaObject::invokeMethod(
            self,
            [self, o] {
                if (self)
                    self->finishApply(o);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void SetupWizard::finishApply(const Outcome &outcome)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_applying = false;
    m_confirm->setBusy(false);
    for (auto b : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        button(b)->setEnabled(true);
    if (!outcome.ok) {
        m_confirm->banner()->showMessage(outcome.message, MessageBanner::Error);
        emit applyFinished(false);
        return;
    }
    m_applied = true;
    m_report = outcome.report;
    m_scope = outcome.scope;
    m_confirm->banner()->showMessage(
        outcome.message.isEmpty() ? tr("机构已建立（%1 项）。").arg(m_report.changes.size())
                                  : outcome.message,
        outcome.message.isEmpty() ? MessageBanner::Success : MessageBanner::Warning);
    emit applyFinished(true);
    accept();
}

} // namespace Gui
