#pragma once

// The role table (resources/rules/roles.json): which permissions each role has, and whether it
// is limited to the villages assigned to the user. Code interprets it; it holds no rules itself.

#include "result.h"
#include "scope.h"

#include <QList>
#include <QStringList>

namespace Models {

struct Role
{
    QString id;   // "family_doctor", ...
    QString name; // Chinese display name
    QString nameEn;
    bool villageScoped = false;
    bool allPermissions = false;
    QStringList permissions;
};

class RoleTable
{
public:
    static const RoleTable &instance(); // the bundled table, validated at first use
    static Result<RoleTable> fromJson(const QByteArray &json);

    const QList<Role> &roles() const { return m_roles; }
    const Role *find(const QString &id) const;
    QString displayName(const QString &id) const; // in the UI language
    const QStringList &areas() const { return m_areas; }
    QStringList allPermissions() const; // every "<area>.read|write"

    // The scope of a user with this role and these assigned villages.
    Scope scopeFor(const QString &userId, const QString &roleId, const QStringList &villages,
                   const QString &workstation = {}) const;

private:
    QList<Role> m_roles;
    QStringList m_areas;
};

} // namespace Models
