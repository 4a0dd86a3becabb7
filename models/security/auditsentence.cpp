#include "auditsentence.h"

#include "auditlistmodel.h"
#include "dbaccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::AuditSentences)
};

QJsonObject rowOf(const AuditEntry &e)
{
    const QString json = e.afterJson.isEmpty() ? e.beforeJson : e.afterJson;
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}
} // namespace

AuditSentences::AuditSentences(QString connectionName)
    : m_conn(std::move(connectionName)), m_staff(m_conn)
{
}

QString AuditSentences::residentId(const AuditEntry &e) const
{
    if (e.entity == QLatin1String("resident"))
        return e.entityId;
    return str(rowOf(e), "resident_id");
}

void AuditSentences::prepare(const QVector<AuditEntry> &entries)
{
    m_staff.reload();
    QSet<QString> wanted;
    for (const AuditEntry &e : entries)
        if (const QString id = residentId(e); !id.isEmpty() && !m_residents.contains(id))
            wanted.insert(id);
    QStringList ids(wanted.begin(), wanted.end());
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QStringList part = ids.mid(at, 500);
        QSqlQuery q(db(m_conn));
        QStringList marks(part.size(), QStringLiteral("?"));
        q.prepare(QStringLiteral("SELECT id, name, id_number FROM resident WHERE id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (const QString &id : part)
            q.addBindValue(id);
        if (!q.exec())
            continue; // the sentence then names the record by its id
        while (q.next())
            m_residents.insert(q.value(0).toString(),
                               {q.value(1).toString(), q.value(2).toString()});
    }
}

QString AuditSentences::actorName(const AuditEntry &e) const
{
    return m_staff.displayName(e.userId);
}

QString AuditSentences::residentLabel(const AuditEntry &e) const
{
    const QString id = residentId(e);
    if (id.isEmpty())
        return {};
    const auto it = m_residents.constFind(id);
    if (it == m_residents.cend())
        return id;
    return it->idNumber.isEmpty() ? it->name : Text::tr("%1（%2）").arg(it->name, it->idNumber);
}

QString AuditSentences::residentName(const AuditEntry &e) const
{
    const QString id = residentId(e);
    const auto it = m_residents.constFind(id);
    return it == m_residents.cend() ? id : it->name;
}

QString AuditSentences::summary(const AuditEntry &e) const
{
    const QJsonObject o = rowOf(e);
    if (e.entity == QLatin1String("encounter")) {
        QStringList codes;
        for (const QJsonValue &d : o.value(QLatin1String("diagnoses")).toArray())
            codes << d[QLatin1String("code")].toString();
        return codes.isEmpty() ? QString()
                               : Text::tr("诊断 %1").arg(codes.join(QStringLiteral("、")));
    }
    if (e.entity == QLatin1String("chronic_followup") && !str(o, "sbp").isEmpty())
        return Text::tr("血压 %1/%2 mmHg").arg(str(o, "sbp"), str(o, "dbp"));
    if (e.entity == QLatin1String("immunization_dose"))
        return str(o, "vaccine");
    if (e.entity == QLatin1String("health_check"))
        return Text::tr("体检日期 %1").arg(str(o, "check_date"));
    if (e.entity == QLatin1String("contract"))
        return str(o, "contract_no");
    if (e.entity == QLatin1String("user")) {
        const QString name = str(o, "display_name");
        const QString login = str(o, "username");
        return name.isEmpty() ? login : Text::tr("%1（%2）").arg(name, login);
    }
    if (e.entity == QLatin1String("resident") && o.contains(QLatin1String("life_event"))) {
        // The resident's lifecycle (residentlifecycle.cpp writes these keys with the change).
        static const char *const events[][2] = {
            {"deceased", QT_TRANSLATE_NOOP("Models::AuditSentences", "死亡")},
            {"moved", QT_TRANSLATE_NOOP("Models::AuditSentences", "迁出")},
            {"closed", QT_TRANSLATE_NOOP("Models::AuditSentences", "注销档案")},
            {"transferred_in", QT_TRANSLATE_NOOP("Models::AuditSentences", "迁入")},
            {"reopened", QT_TRANSLATE_NOOP("Models::AuditSentences", "恢复档案")}};
        QString label = str(o, "life_event");
        for (const auto &ev : events)
            if (label == QLatin1String(ev[0]))
                label = QCoreApplication::translate("Models::AuditSentences", ev[1]);
        //: "档案状态：死亡 2026-11-02（脑卒中）"
        return Text::tr("档案状态：%1 %2（%3）")
            .arg(label, str(o, "life_event_date"), str(o, "life_event_detail"));
    }
    if (e.entity == QLatin1String("resident") && e.action == QLatin1String("import"))
        return Text::tr("%1 人").arg(str(o, "count"));
    return {};
}

QString AuditSentences::sentence(const AuditEntry &e) const
{
    const QString actor = actorName(e);
    const QString verb = AuditListModel::actionName(e.action);
    const QString kind = AuditListModel::entityName(e.entity);
    const QString what = summary(e);
    const QString resident = residentName(e);
    const bool personal = e.action.startsWith(QLatin1String("login")) ||
                          e.action.startsWith(QLatin1String("password"));
    QString s;
    if (personal)
        s = Text::tr("%1 %2").arg(actor, verb);
    else if (!resident.isEmpty() && e.entity == QLatin1String("resident"))
        //: "王医生 查看 马帆 的居民档案"
        s = Text::tr("%1 %2 %3 的居民档案").arg(actor, verb, resident);
    else if (!resident.isEmpty())
        //: "王医生 新建 马帆 的接诊记录"
        s = Text::tr("%1 %2 %3 的%4").arg(actor, verb, resident, kind);
    else
        //: "管理员 新建 用户"
        s = Text::tr("%1 %2%3").arg(actor, verb, kind);
    return what.isEmpty() ? s : Text::tr("%1：%2").arg(s, what);
}

QString AuditSentences::rawRow(const AuditEntry &e)
{
    return QStringLiteral("#%1 %2 user=%3 ws=%4 action=%5 %6/%7")
        .arg(e.seq)
        .arg(e.at, e.userId, e.workstation, e.action, e.entity, e.entityId);
}

} // namespace Models
