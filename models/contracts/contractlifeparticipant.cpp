#include "contractlifeparticipant.h"

#include "contractrepository.h"
#include "dates.h"

#include <QCoreApplication>

namespace Models {

ContractLifeParticipant::ContractLifeParticipant(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

QString ContractLifeParticipant::reasonFor(LifeEventKind kind)
{
    switch (kind) {
    case LifeEventKind::Deceased:
        return QStringLiteral("deceased");
    case LifeEventKind::Moved:
        return QStringLiteral("moved");
    case LifeEventKind::Closed:
        return QStringLiteral("record_closed");
    case LifeEventKind::TransferredIn:
    case LifeEventKind::Reopened:
        break;
    }
    return {};
}

Result<QVector<OpenItem>> ContractLifeParticipant::openItems(const Scope &scope,
                                                             const QString &residentId,
                                                             const QDate &from) const
{
    auto open = ContractRepository(m_conn).openFrom(scope, residentId, from);
    if (!open)
        return open.error();
    QVector<OpenItem> out;
    for (const Contract &c : *open)
        out.append(OpenItem{
            QStringLiteral("contract"), c.id,
            QCoreApplication::translate("Models::ContractRepository", "签约 %1（%2 至 %3）")
                .arg(c.contractNo, isoDate(c.startDate), isoDate(c.coverEnd()))});
    return out;
}

Result<int> ContractLifeParticipant::close(const Scope &scope, const QString &residentId,
                                           LifeEventKind kind, const QDate &on,
                                           const QString &detail)
{
    const QString reason = reasonFor(kind);
    if (reason.isEmpty())
        return 0;
    return ContractRepository(m_conn).terminateFrom(scope, residentId, on, reason, detail);
}

} // namespace Models
