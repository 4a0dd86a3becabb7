#include "auditrepository.h"

#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::AuditRepository)
};

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.userId = q.value(2).toString();
    e.workstation = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toString();
    e.beforeJson = q.value(7).toString();
    e.afterJson = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const char *Columns = "seq, at, user_id, workstation, action, entity, entity_id, before_json,"
                      " after_json, prev_hash, hash";

QString csvField(const QString &s)
{
    // Quote everything; a leading = + - @ would be run as a formula by spreadsheets.
    QString v = s;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + v + QLatin1Char('"');
}
} // namespace

AuditRepository::AuditRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<QVector<AuditEntry>> AuditRepository::query(const Scope &scope, const AuditFilter &f) const
{
    if (auto e = requirePermission(scope, QStringLiteral("audit.read")); !e)
        return e.error();
    QString sql = QStringLiteral("SELECT ") + QLatin1String(Columns) +
                  QStringLiteral(" FROM audit_log WHERE 1");
    QVariantList binds;
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!f.userId.isEmpty()) {
        sql += QStringLiteral(" AND user_id = ?");
        binds << f.userId;
    }
    if (f.action.endsWith(QLatin1Char('.'))) {
        sql += QStringLiteral(" AND action GLOB ?");
        binds << f.action + QLatin1Char('*');
    } else if (!f.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << f.action;
    }
    if (!f.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << f.entity;
    }
    if (!f.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        binds << f.entityId;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << qMax(1, f.limit);
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto r = exec(q); !r)
        return r.error();
    QVector<AuditEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

Result<AuditVerification> AuditRepository::verify(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("audit.read")); !e)
        return e.error();
    AuditVerification v;
    QSqlQuery q(db(m_conn));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + QLatin1String(Columns) +
                QStringLiteral(" FROM audit_log ORDER BY seq")))
        return dbError(q);
    QString expectedPrev(64, QLatin1Char('0'));
    qint64 lastSeq = 0;
    auto fail = [&v](qint64 seq, const char *problem, const QString &message) {
        v.ok = false;
        v.badSeq = seq;
        v.problem = QString::fromLatin1(problem);
        v.message = message;
        return v;
    };
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (e.seq != lastSeq + 1)
            return fail(lastSeq + 1, "missing",
                        Text::tr("审计日志第 %1 条记录缺失（被删除）").arg(lastSeq + 1));
        if (ChangeLog::hashOf(e) != e.hash)
            return fail(e.seq, "edited",
                        Text::tr("审计日志第 %1 条记录被修改（内容与其哈希不符）").arg(e.seq));
        if (e.prevHash != expectedPrev)
            return fail(e.seq, "chain",
                        Text::tr("审计日志在第 %1 条处断链（前一条记录被修改或删除）").arg(e.seq));
        expectedPrev = e.hash;
        lastSeq = e.seq;
        ++v.entries;
    }
    // AUTOINCREMENT remembers the highest seq ever handed out: a cut tail shows as a shortfall.
    QSqlQuery s(db(m_conn));
    if (s.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) &&
        s.next() && s.value(0).toLongLong() > lastSeq)
        return fail(lastSeq + 1, "truncated",
                    Text::tr("审计日志末尾的第 %1 至 %2 条记录缺失（被删除）")
                        .arg(lastSeq + 1)
                        .arg(s.value(0).toLongLong()));
    v.headHash = expectedPrev;
    v.message = Text::tr("审计日志完整：共 %1 条，哈希链无断裂").arg(v.entries);
    return v;
}

Result<qint64> AuditRepository::exportCsv(const Scope &scope, const AuditFilter &filter,
                                          const QString &path)
{
    auto entries = query(scope, filter);
    if (!entries)
        return entries.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path));
    f.write("\xEF\xBB\xBF");
    const QStringList header{Text::tr("序号"),   Text::tr("时间(UTC)"), Text::tr("用户"),
                             Text::tr("工作站"), Text::tr("操作"),      Text::tr("对象"),
                             Text::tr("对象ID"), Text::tr("修改前"),    Text::tr("修改后"),
                             Text::tr("哈希")};
    QStringList cells;
    for (const QString &h : header)
        cells << csvField(h);
    f.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
    for (const AuditEntry &e : *entries) {
        cells.clear();
        for (const QString &s : {QString::number(e.seq), e.at, e.userId, e.workstation, e.action,
                                 e.entity, e.entityId, e.beforeJson, e.afterJson, e.hash})
            cells << csvField(s);
        f.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
    if (!f.commit())
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path));
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("audit.export"),
                                  QStringLiteral("audit_log"), QString::number(entries->size()));
        !r)
        return r.error();
    return qint64(entries->size());
}

} // namespace Models
