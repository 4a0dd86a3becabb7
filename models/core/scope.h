#pragma once

#include <QString>
#include <QStringList>

namespace Models {

// Who is asking and which villages they may see. Every repository call carries one
// (DESIGN.md invariant 8); until users exist it is the administrator's "everything".
struct Scope
{
    QString userId = QStringLiteral("admin");
    QString workstation;
    bool allVillages = true;
    QStringList villages; // 12-digit village codes when !allVillages
    QString role = QStringLiteral("administrator");
    bool allPermissions = true;
    QStringList permissions; // e.g. "resident.read", "resident.write", when !allPermissions

    static Scope administrator() { return Scope{}; }
    bool allowsVillage(const QString &villageCode) const
    {
        return allVillages || villages.contains(villageCode);
    }
    bool can(const QString &permission) const
    {
        return allPermissions || permissions.contains(permission);
    }
};

} // namespace Models
