#include "chroniclifeparticipant.h"

#include "chronicrepository.h"
#include "chronicrules.h"
#include "dates.h"
#include "dbaccess.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChronicLifeParticipant)
};
} // namespace

ChronicLifeParticipant::ChronicLifeParticipant(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

Result<QVector<OpenItem>> ChronicLifeParticipant::openItems(const Scope &scope,
                                                            const QString &residentId,
                                                            const QDate &) const
{
    auto regs = ChronicRepository(m_conn).registrationsOf(scope, residentId);
    if (!regs)
        return regs.error();
    QVector<OpenItem> out;
    for (const ChronicRegistration &g : *regs)
        if (g.isOpen())
            out.append(OpenItem{QStringLiteral("chronic_registration"), g.id,
                                Text::tr("%1 管理登记").arg(programmeLabel(g.programme))});
    return out;
}

Result<void> ChronicLifeParticipant::check(const Scope &, const QString &residentId,
                                           const QDate &on) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT max(f.visit_date) FROM chronic_followup f"
                             " JOIN chronic_registration g ON g.id = f.registration_id"
                             " WHERE g.resident_id = ? AND f.deleted = 0 AND g.deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e;
    if (q.next() && !q.value(0).isNull() && q.value(0).toString() > isoDate(on))
        return makeError(
            QStringLiteral("lifecycle.date"),
            Text::tr("日期不能早于该居民最近一次慢病随访（%1）").arg(q.value(0).toString()),
            QStringLiteral("date"));
    return {};
}

Result<int> ChronicLifeParticipant::close(const Scope &scope, const QString &residentId,
                                          LifeEventKind kind, const QDate &on,
                                          const QString &detail)
{
    QString reason, note = detail;
    switch (kind) {
    case LifeEventKind::Deceased:
        reason = QStringLiteral("died");
        break;
    case LifeEventKind::Moved:
        reason = QStringLiteral("moved");
        break;
    case LifeEventKind::Closed:
        reason = QStringLiteral("other");
        note = Text::tr("档案注销：%1").arg(detail);
        break;
    case LifeEventKind::TransferredIn:
    case LifeEventKind::Reopened:
        return 0;
    }
    ChronicRepository repo(m_conn);
    auto regs = repo.registrationsOf(scope, residentId);
    if (!regs)
        return regs.error();
    int closed = 0;
    for (const ChronicRegistration &g : *regs) {
        if (!g.isOpen())
            continue;
        // A registration made after the day (entered late) closes on its own first day.
        if (auto c = repo.close(scope, g.id, qMax(on, g.registeredOn), reason, note); !c)
            return c.error();
        ++closed;
    }
    return closed;
}

} // namespace Models
