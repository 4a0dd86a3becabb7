#pragma once

#include "contract.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// Family-doctor teams, their members (staff records until users exist) and the villages each
// team serves. Reads need contract.read; writes contract.write.
class TeamRepository
{
public:
    explicit TeamRepository(QString connectionName);

    Result<Team> save(const Scope &scope, Team team); // creates when id is empty
    Result<StaffMember> saveMember(const Scope &scope, StaffMember member);
    Result<void> retireMember(const Scope &scope, const QString &memberId);

    Result<QVector<Team>> teams(const Scope &scope, bool withMembers = true) const;
    Result<Team> findById(const Scope &scope, const QString &id) const;
    Result<StaffMember> member(const Scope &scope, const QString &id) const;
    // Teams serving a village (the sign dialog offers these first).
    Result<QVector<Team>> teamsForVillage(const Scope &scope, const QString &villageCode) const;

private:
    Result<QVector<Team>> load(const Scope &scope, const QString &where, const QVariantList &binds,
                               bool withMembers) const;
    QString m_conn;
};

} // namespace Models
