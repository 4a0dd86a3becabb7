#include "arearepository.h"

#include "dbaccess.h"

namespace Models {

AreaRepository::AreaRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<void> AreaRepository::add(const Area &a)
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("INSERT INTO area(code, name, level, parent_code) VALUES(?,?,?,?)"
                             " ON CONFLICT(code) DO UPDATE SET name = excluded.name"));
    q.addBindValue(a.code);
    q.addBindValue(a.name);
    q.addBindValue(a.level);
    q.addBindValue(a.parentCode.isEmpty() ? QVariant() : QVariant(a.parentCode));
    return exec(q);
}

static Result<QVector<Area>> query(const QString &conn, const QString &where)
{
    QSqlQuery q(db(conn));
    if (!q.exec(QStringLiteral("SELECT code, name, level, parent_code FROM area %1 ORDER BY code")
                    .arg(where)))
        return dbError(q);
    QVector<Area> out;
    while (q.next())
        out.append(Area{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    return out;
}

Result<QVector<Area>> AreaRepository::villages(const Scope &scope) const
{
    auto all = query(m_conn, QStringLiteral("WHERE level = 'village'"));
    if (!all || scope.allVillages)
        return all;
    QVector<Area> out;
    for (const Area &a : *all)
        if (scope.allowsVillage(a.code))
            out.append(a);
    return out;
}

Result<QVector<Area>> AreaRepository::all() const
{
    return query(m_conn, {});
}

Result<QString> AreaRepository::name(const QString &code) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT name FROM area WHERE code = ?"));
    q.addBindValue(code);
    if (auto e = exec(q); !e)
        return e.error();
    return q.next() ? q.value(0).toString() : code;
}

} // namespace Models
