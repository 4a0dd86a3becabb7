#pragma once

#include "result.h"
#include "scope.h"
#include "securitypolicy.h"
#include "user.h"

#include <QVector>

#include <functional>

namespace Models {

// Users, passwords, lockout and login. Login turns a user name and password into the Scope
// that every repository call carries. Changes to users are audited; password hashes are never
// written to the audit.
class UserRepository
{
public:
    explicit UserRepository(QString connectionName,
                            SecurityPolicy policy = SecurityPolicy::defaults());

    // Before anyone has logged in (first run): no scope needed.
    Result<bool> hasUsers() const;
    // Only while no user exists: creates the first administrator.
    Result<User> createFirstAdministrator(const QString &username, const QString &displayName,
                                          const QString &password, const QString &workstation = {});

    Result<User> create(const Scope &scope, User user, const QString &password);
    Result<User> update(const Scope &scope,
                        const User &user); // role, villages, team, name, disabled
    Result<QVector<User>> list(const Scope &scope) const;
    Result<User> findByUsername(const Scope &scope, const QString &username) const;
    // Administrator reset; clears the lockout.
    Result<void> setPassword(const Scope &scope, const QString &username, const QString &password);
    // The user's own change: needs the old password.
    Result<void> changePassword(const QString &username, const QString &oldPassword,
                                const QString &newPassword, const QString &workstation = {});

    // Counts failures, locks after policy.maxFailures for policy.lockMinutes.
    Result<Scope> login(const QString &username, const QString &password,
                        const QString &workstation = {});
    // Unlocking the screen: the same checks as login, for the user already logged in.
    Result<Scope> unlock(const Scope &session, const QString &password);

    const SecurityPolicy &policy() const { return m_policy; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); } // tests

private:
    Result<User> insert(const Scope &scope, User user, const QString &password);
    Result<User> load(const QString &username, QString *hash) const;
    Result<void> recordFailure(const User &u, const QString &workstation);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QString m_conn;
    SecurityPolicy m_policy;
    std::function<QDateTime()> m_clock;
};

} // namespace Models
