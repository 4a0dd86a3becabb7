#include "staffdirectory.h"

#include "dbaccess.h"
#include "logging.h"

#include <QCollator>

#include <climits>

#include <algorithm>

namespace Models {

StaffDirectory::StaffDirectory(QString connectionName) : m_conn(std::move(connectionName))
{
}

void StaffDirectory::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_people.clear();
    m_byKey.clear();
    m_teamVillages.clear();
    QSqlQuery q(db(m_conn));
    // Users first: where a team member also has an account, the account's name wins.
    if (q.exec(QStringLiteral("SELECT username, id, display_name, role, team, disabled"
                              " FROM app_user ORDER BY username"))) {
        while (q.next()) {
            StaffPerson p{q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), true};
            if (p.name.isEmpty())
                p.name = p.key;
            // A disabled account still names its old records, but is offered no more.
            const int at = q.value(5).toBool() ? -1 - int(m_people.size()) : int(m_people.size());
            m_byKey.insert(p.key, at);
            m_byKey.insert(q.value(1).toString(), at);
            m_people.append(p);
        }
    } else {
        qCWarning(lcDb) << "staff directory: users" << q.lastError().nativeErrorCode();
    }
    if (q.exec(QStringLiteral("SELECT id, name, role, team_id, active FROM contract_staff"
                              " WHERE deleted = 0"))) {
        while (q.next()) {
            StaffPerson p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), false};
            if (m_byKey.contains(p.key))
                continue;
            const int at = q.value(4).toBool() ? int(m_people.size()) : -1 - int(m_people.size());
            m_byKey.insert(p.key, at);
            m_people.append(p);
        }
    } else {
        qCWarning(lcDb) << "staff directory: staff" << q.lastError().nativeErrorCode();
    }
    if (q.exec(QStringLiteral("SELECT team_id, village_code FROM contract_team_village")))
        while (q.next())
            m_teamVillages[q.value(0).toString()].append(q.value(1).toString());
}

QString StaffDirectory::displayName(const QString &key) const
{
    load();
    const int i = m_byKey.value(key, INT_MIN);
    if (i == INT_MIN)
        return key;
    return m_people.at(i < 0 ? -1 - i : i).name;
}

QString StaffDirectory::sqlName(const QString &column)
{
    return QStringLiteral("coalesce((SELECT nullif(u.display_name, '') FROM app_user u"
                          " WHERE u.username = %1), (SELECT s.name FROM contract_staff s"
                          " WHERE s.id = %1), %1)")
        .arg(column);
}

QString StaffDirectory::nameWithKey(const QString &key) const
{
    const QString name = displayName(key);
    return name == key ? key : QStringLiteral("%1（%2）").arg(name, key);
}

bool StaffDirectory::knows(const QString &key) const
{
    load();
    return m_byKey.contains(key);
}

QVector<StaffPerson> StaffDirectory::roster(const QStringList &roles, bool withInactive) const
{
    load();
    QVector<StaffPerson> out;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        if (it.value() < 0 && !withInactive)
            continue; // retired or disabled: named on old records, not offered
        const StaffPerson &p = m_people.at(it.value() < 0 ? -1 - it.value() : it.value());
        if (p.key != it.key() || (!roles.isEmpty() && !roles.contains(p.role)))
            continue; // a user's uuid alias, or another role
        out.append(p);
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(out.begin(), out.end(), [&](const StaffPerson &a, const StaffPerson &b) {
        if (a.isUser != b.isUser)
            return a.isUser;
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.key < b.key;
    });
    return out;
}

QVector<StaffPerson> StaffDirectory::teamRoster(const Scope &scope, const QStringList &roles) const
{
    QVector<StaffPerson> out;
    for (const StaffPerson &p : roster(roles)) {
        if (!scope.allVillages && !p.isUser) {
            const QStringList villages = m_teamVillages.value(p.teamId);
            if (std::none_of(villages.begin(), villages.end(),
                             [&](const QString &v) { return scope.allowsVillage(v); }))
                continue;
        }
        out.append(p);
    }
    return out;
}

} // namespace Models
