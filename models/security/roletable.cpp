#include "roletable.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Models {

Result<RoleTable> RoleTable::fromJson(const QByteArray &json)
{
    auto bad = [](const QString &what) {
        return makeError(
            QStringLiteral("roles.invalid"),
            QCoreApplication::translate("Models::RoleTable", "角色表无效：%1").arg(what));
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return bad(QStringLiteral("not a JSON object"));
    RoleTable t;
    for (const QJsonValue &a : doc.object().value(QLatin1String("areas")).toArray())
        t.m_areas << a.toString();
    if (t.m_areas.isEmpty())
        return bad(QStringLiteral("no areas"));
    const QStringList known = t.allPermissions();
    QSet<QString> ids;
    for (const QJsonValue &v : doc.object().value(QLatin1String("roles")).toArray()) {
        const QJsonObject o = v.toObject();
        Role r;
        r.id = o.value(QLatin1String("id")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        r.nameEn = o.value(QLatin1String("name_en")).toString();
        r.villageScoped = o.value(QLatin1String("villageScoped")).toBool();
        if (r.id.isEmpty() || r.name.isEmpty() || ids.contains(r.id))
            return bad(QStringLiteral("role id/name missing or repeated: ") + r.id);
        ids.insert(r.id);
        for (const QJsonValue &p : o.value(QLatin1String("permissions")).toArray()) {
            const QString perm = p.toString();
            if (perm == QLatin1String("*"))
                r.allPermissions = true;
            else if (!known.contains(perm))
                return bad(QStringLiteral("unknown permission %1 in role %2").arg(perm, r.id));
            else
                r.permissions << perm;
        }
        t.m_roles << r;
    }
    if (!t.find(QStringLiteral("administrator")) ||
        !t.find(QStringLiteral("administrator"))->allPermissions)
        return bad(QStringLiteral("an administrator role with \"*\" is required"));
    return t;
}

const RoleTable &RoleTable::instance()
{
    static const RoleTable table = [] {
        QFile f(QStringLiteral(":/rules/roles.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing :/rules/roles.json");
        auto t = fromJson(f.readAll());
        if (!t)
            qFatal("%s", qPrintable(t.error().message));
        return *t;
    }();
    return table;
}

const Role *RoleTable::find(const QString &id) const
{
    for (const Role &r : m_roles)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString RoleTable::displayName(const QString &id) const
{
    const Role *r = find(id);
    if (!r)
        return id;
    return CodeTable::english() && !r->nameEn.isEmpty() ? r->nameEn : r->name;
}

QStringList RoleTable::allPermissions() const
{
    QStringList all;
    for (const QString &a : m_areas)
        all << a + QStringLiteral(".read") << a + QStringLiteral(".write");
    return all;
}

Scope RoleTable::scopeFor(const QString &userId, const QString &roleId, const QStringList &villages,
                          const QString &workstation) const
{
    Scope s;
    s.userId = userId;
    s.workstation = workstation;
    s.role = roleId;
    const Role *r = find(roleId);
    // An unknown role (a table edited after the user was made) gets nothing rather than everything.
    s.allPermissions = r && r->allPermissions;
    s.permissions = r ? r->permissions : QStringList();
    s.allVillages = r && !r->villageScoped && villages.isEmpty();
    s.villages = villages;
    return s;
}

} // namespace Models
