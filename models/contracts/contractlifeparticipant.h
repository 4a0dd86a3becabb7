#pragma once

#include "residentlifecycle.h"

namespace Models {

// Family-doctor contracts in the resident's lifecycle: a death, a move or a closed record ends
// every contract that covers the day or starts later, with the reason 死亡 / 迁出本辖区 / 档案注销
// (contract_rules.json) and the event's detail as the note; their open tasks from then on are
// cancelled (ContractRepository::terminateFrom).
class ContractLifeParticipant : public LifeParticipant
{
public:
    explicit ContractLifeParticipant(QString connectionName);
    Result<QVector<OpenItem>> openItems(const Scope &scope, const QString &residentId,
                                        const QDate &from) const override;
    Result<int> close(const Scope &scope, const QString &residentId, LifeEventKind kind,
                      const QDate &on, const QString &detail) override;
    // The terminate reason of a lifecycle event ("deceased", "moved", "record_closed").
    static QString reasonFor(LifeEventKind kind);

private:
    QString m_conn;
};

} // namespace Models
