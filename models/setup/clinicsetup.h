#pragma once

#include "clinicsetupfile.h"
#include "result.h"
#include "scope.h"

#include <QJsonObject>

#include <functional>

namespace Models {

// What applying a setup file changed. Empty after a second run of the same file.
struct SetupReport
{
    QStringList changes; // translated, one line per thing created or changed
    int areasAdded = 0;
    int usersAdded = 0;
    int teamsAdded = 0;
    int membersAdded = 0;
    bool changed() const { return !changes.isEmpty(); }
    QJsonObject toJson() const;
};

// The clinic's name and institution code (set by the setup file).
struct ClinicInfo
{
    QString name;
    QString institutionCode;
};

// Stores the platform connection inside the setup's transaction and says whether it changed.
// sync/ owns that setting, so app/ passes Sync::SyncState::configure in.
using PlatformWriter = std::function<Result<bool>(const Scope &, const SetupPlatform &)>;

// Applies a checked setup file (ClinicSetupFile::parse) in one transaction through the
// repositories: areas (AreaRepository), the administrator and team members
// (UserRepository), teams and their members (TeamRepository), the clinic's name and code, the
// platform connection; audited. What already exists as the file says is left alone, so a second
// run changes nothing; existing users keep their passwords.
class ClinicSetup
{
public:
    explicit ClinicSetup(QString connectionName);

    // The scope (scopeFor, or a logged-in administrator) needs user.write and contract.write,
    // and settings.write for a platform connection.
    Result<SetupReport> apply(const Scope &scope, const ClinicPlan &plan,
                              const PlatformWriter &platform = {});

    // Who applies the file when the caller has not logged in: before the first user exists, the
    // file's administrator (created by the setup); afterwards a login as that administrator with
    // the file's password (refused when it has been changed since).
    Result<Scope> scopeFor(const ClinicPlan &plan, const QString &workstation) const;

    // True while the database has no user or no village: the workstation then asks for setup.
    Result<bool> needed() const;
    Result<ClinicInfo> clinic() const;

private:
    Result<void> applyClinic(const Scope &scope, const ClinicPlan &plan, SetupReport &report);
    Result<void> applyAreas(const ClinicPlan &plan, SetupReport &report);
    Result<void> applyAccount(const Scope &scope, const SetupAccount &account, const QString &team,
                              SetupReport &report);
    Result<void> applyTeam(const Scope &scope, const ClinicPlan &plan, const SetupTeam &team,
                           SetupReport &report);
    QString m_conn;
};

} // namespace Models
