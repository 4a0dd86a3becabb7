#pragma once

#include "scope.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

// One person who can be named on a record: a user of the workstation or a member of a
// family-doctor team (staff records exist before, or without, user accounts).
struct StaffPerson
{
    QString key;  // what records store: the user name, or the team member's id
    QString name; // what people read
    QString role; // roles.json / contract_rules.json role id
    QString teamId;
    bool isUser = false;
};

// Names for the ids that records carry (责任医生, 随访医生, 接种者, the audit's user, ...), and the
// roster that pick lists offer. Reads app_user and contract_staff once, at the first question,
// so a screen holds one directory and asks it per row without a query. Logs keep the ids; only
// what people read goes through here.
class StaffDirectory
{
public:
    explicit StaffDirectory(QString connectionName);

    // The person's name; an id nobody knows comes back as it is (better than a blank).
    QString displayName(const QString &key) const;
    // "王医生（yisheng）" for administrators who need both.
    QString nameWithKey(const QString &key) const;
    bool knows(const QString &key) const;
    // Active people, by name, optionally only these roles; users first when both exist.
    // `withInactive` adds disabled users and retired members (filters over old records).
    QVector<StaffPerson> roster(const QStringList &roles = {}, bool withInactive = false) const;
    // Team members in the scope's villages (a village doctor sees their own team).
    QVector<StaffPerson> teamRoster(const Scope &scope, const QStringList &roles = {}) const;
    void reload() { m_loaded = false; }
    // Roles that may be a resident's responsible doctor (users' and team members' role ids).
    static QStringList doctorRoles()
    {
        return {QStringLiteral("family_doctor"), QStringLiteral("village_doctor"),
                QStringLiteral("village_health_worker")};
    }
    // For reads that are one SQL statement: an expression giving the name of the person whose
    // key is in `column` (the column itself when nobody has that key).
    static QString sqlName(const QString &column);

private:
    void load() const;

    QString m_conn;
    mutable bool m_loaded = false;
    mutable QVector<StaffPerson> m_people;
    mutable QHash<QString, int> m_byKey;
    mutable QHash<QString, QStringList> m_teamVillages; // team id → villages
};

} // namespace Models
