#pragma once

#include "clinicsetup.h"
#include "context.h"

#include <QWizard>

#include <optional>

class QListWidget;
class QThread;

namespace Gui {

class AdminPage;
class AreasPage;
class ClinicPage;
class ConfirmPage;
class ImportPage;
class PlatformPage;
class SetupPage;
class TeamsPage;
class WelcomePage;

// The first run of a workstation (docs/setup.md): the clinic, its township and villages, the
// family-doctor teams and their members, the administrator, optionally the platform and the
// resident list. What is entered is a setup file in all but name: each page is checked by
// ClinicSetupFile (the problems shown at their fields) and 建立机构 applies the same ClinicPlan
// through ClinicSetup in one transaction, on its own connection off the UI thread, exactly as
// `jiayi-cli setup --from` does. A failure writes nothing and the input stays on screen; Esc asks
// before anything entered is dropped. Afterwards the new administrator is logged in (scope()).
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, Clinic, Areas, Teams, Administrator, Platform, Residents, Confirm };

    explicit SetupWizard(const Context &context, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // An administrator is logged in already (users exist, but no village): the clinic is set up
    // as them and the administrator page asks nothing.
    void setAdministrator(const Models::Scope &scope, const QString &displayName);
    // Offers the interface language on the first page; choosing one closes the wizard with
    // languageChosen() set, and the caller starts it again in that language.
    void offerLanguages(const QString &current);
    QString languageChosen() const { return m_language; }

    // What was entered, as a setup file. `forFile`: for other machines (password_file names).
    QJsonObject setupFile(bool forFile = false) const;
    // The setup file's check plus the pages' own ones.
    Models::SetupParse check() const;
    // Writes the setup file, the password files beside it and a copy of the CA certificate;
    // `message` says what was written or why not.
    bool saveSetupFile(const QString &path, QString *message) const;
    bool isDirty() const;

    bool applying() const { return m_applying; }
    bool applied() const { return m_applied; }
    const Models::SetupReport &report() const { return m_report; }
    // After applying: the administrator's session (nullopt when the login afterwards failed).
    std::optional<Models::Scope> scope() const { return m_scope; }
    // The resident list to import once the clinic is set up, empty for none.
    QString residentFile() const;

    SetupPage *setupPage(int id) const;
    ClinicPage *clinicPage() const { return m_clinic; }
    AreasPage *areasPage() const { return m_areas; }
    TeamsPage *teamsPage() const { return m_teams; }
    AdminPage *adminPage() const { return m_admin; }
    PlatformPage *platformPage() const { return m_platform; }
    ImportPage *importPage() const { return m_import; }
    ConfirmPage *confirmPage() const { return m_confirm; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;

public slots:
    void reject() override;

signals:
    void applyFinished(bool ok);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        Models::SetupReport report;
        std::optional<Models::Scope> scope;
    };
    static Outcome applyPlan(const QString &connection, const Models::ClinicPlan &plan,
                             const std::optional<Models::Scope> &administrator);
    void startApply(const Models::ClinicPlan &plan);
    void finishApply(const Outcome &outcome);
    QString summary(const Models::ClinicPlan &plan) const;
    void saveFromDialog();
    void chooseLanguage(const QString &language);
    void focusFirstField(int id);

    Context m_context;
    std::optional<Models::Scope> m_administrator;
    WelcomePage *m_welcome = nullptr;
    ClinicPage *m_clinic = nullptr;
    AreasPage *m_areas = nullptr;
    TeamsPage *m_teams = nullptr;
    AdminPage *m_admin = nullptr;
    PlatformPage *m_platform = nullptr;
    ImportPage *m_import = nullptr;
    ConfirmPage *m_confirm = nullptr;
    QListWidget *m_steps = nullptr;
    QJsonObject m_baseline;
    QString m_language;
    QThread *m_thread = nullptr;
    bool m_applying = false;
    bool m_applied = false;
    Models::SetupReport m_report;
    std::optional<Models::Scope> m_scope;
};

} // namespace Gui
