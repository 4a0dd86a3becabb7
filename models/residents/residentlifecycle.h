#pragma once

// The resident's lifecycle (migration 0017, docs/domain/lifecycle.md): deceased, moved away,
// record closed (注销), transferred in from another clinic, and the administrator's undo. A
// resident who left is out of every work list and denominator from the date on
// (Population::livingOn); nothing of theirs is deleted.

#include "resident.h"
#include "result.h"
#include "scope.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace Models {

enum class LifeEventKind { Deceased, Moved, Closed, TransferredIn, Reopened };

// "deceased", "moved", "closed", "transferred_in", "reopened" (the column's codes).
QString lifeEventCode(LifeEventKind kind);
std::optional<LifeEventKind> lifeEventKind(const QString &code);
// 死亡, 迁出, 注销档案, 迁入, 恢复档案 — what happened, in the UI language.
QString lifeEventLabel(LifeEventKind kind);
// The state of a record that left, for lists and the header: 已故, 已迁出, 已注销; empty for
// "active".
QString lifeStatusLabel(const QString &status);
// "已故 2026-11-02": the state with its date, empty for an active resident.
QString lifeStatusText(const Resident &resident);
// The kinds that take a resident out of the population.
inline bool leavesPopulation(LifeEventKind kind)
{
    return kind == LifeEventKind::Deceased || kind == LifeEventKind::Moved ||
           kind == LifeEventKind::Closed;
}

struct LifeEvent
{
    QString id;
    QString residentId;
    LifeEventKind kind = LifeEventKind::Deceased;
    QDate date;
    QString detail;     // cause of death, destination, why closed, source clinic, why reopened
    QString recordedBy; // the user's key (StaffDirectory gives the name)
    QDateTime recordedAt;
};

struct LifeRequest
{
    QString residentId;
    LifeEventKind kind = LifeEventKind::Deceased;
    QDate date;
    QString detail;
};

// Something a programme still has open for a resident, which a death, a move or a closed record
// ends: "签约 QS2026-0012（至 2026-12-31）", "高血压 管理登记".
struct OpenItem
{
    QString entity; // "contract", "chronic_registration"
    QString id;
    QString label;
};

// A programme that holds open records of residents (contracts, chronic registrations, and the
// programmes that come later) takes part in the lifecycle: it lists what it would close and
// closes it with the event's reason inside the lifecycle's transaction. programmeLifecycle()
// (models/chronic/programmelifecycle.h) lists today's participants.
class LifeParticipant
{
public:
    virtual ~LifeParticipant() = default;
    // What is open on `from` or starts later.
    virtual Result<QVector<OpenItem>> openItems(const Scope &scope, const QString &residentId,
                                                const QDate &from) const = 0;
    // Refuses a date that its own records contradict (a follow-up after the day of death);
    // the error's field is "date".
    virtual Result<void> check(const Scope &scope, const QString &residentId, const QDate &on) const
    {
        Q_UNUSED(scope);
        Q_UNUSED(residentId);
        Q_UNUSED(on);
        return {};
    }
    // Closes what openItems lists, with the reason of `kind` and the event's detail.
    virtual Result<int> close(const Scope &scope, const QString &residentId, LifeEventKind kind,
                              const QDate &on, const QString &detail) = 0;
};

class ResidentLifecycle
{
public:
    explicit ResidentLifecycle(QString connectionName,
                               std::vector<std::unique_ptr<LifeParticipant>> participants = {});
    ResidentLifecycle(ResidentLifecycle &&) = default;
    ResidentLifecycle &operator=(ResidentLifecycle &&) = default;
    ~ResidentLifecycle();

    // Field-level checks (fields "kind", "date", "detail"); empty when the request is sound.
    static QList<Error> validate(const LifeRequest &request, const Resident &resident,
                                 const QDate &today);
    // What recording the request would close (validates first; nothing is written).
    Result<QVector<OpenItem>> preview(const Scope &scope, const LifeRequest &request,
                                      const QDate &today = QDate::currentDate()) const;
    // Deceased, moved, closed or transferred in: the resident row, the event, and (for the
    // first three) every open contract and registration closed with that reason, the resident's
    // outbox and audit entries, in one transaction. Needs lifecycle.write.
    Result<LifeEvent> record(const Scope &scope, const LifeRequest &request,
                             const QDate &today = QDate::currentDate());
    // The administrator's undo: the resident is active again from today; what was closed stays
    // closed (a new contract or registration is made the ordinary way). Needs reopen.write.
    Result<LifeEvent> reopen(const Scope &scope, const QString &residentId, const QString &reason,
                             const QDate &today = QDate::currentDate());
    // The resident's events, oldest first.
    Result<QVector<LifeEvent>> events(const Scope &scope, const QString &residentId) const;

private:
    Result<Resident> load(const Scope &scope, const QString &residentId) const;
    Result<LifeEvent> write(const Scope &scope, const Resident &before, const Resident &after,
                            LifeEvent event);

    QString m_conn;
    std::vector<std::unique_ptr<LifeParticipant>> m_participants;
};

} // namespace Models
