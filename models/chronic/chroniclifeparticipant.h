#pragma once

#include "residentlifecycle.h"

namespace Models {

// Hypertension and diabetes registrations in the resident's lifecycle: a death, a move or a
// closed record closes every open registration (结案) with the reason 死亡 / 迁出 / 其他 and the
// event's detail as the note (ChronicRepository::close). A date before the resident's last
// follow-up is refused: the record says they were seen after it.
class ChronicLifeParticipant : public LifeParticipant
{
public:
    explicit ChronicLifeParticipant(QString connectionName);
    Result<QVector<OpenItem>> openItems(const Scope &scope, const QString &residentId,
                                        const QDate &from) const override;
    Result<void> check(const Scope &scope, const QString &residentId,
                       const QDate &on) const override;
    Result<int> close(const Scope &scope, const QString &residentId, LifeEventKind kind,
                      const QDate &on, const QString &detail) override;

private:
    QString m_conn;
};

} // namespace Models
