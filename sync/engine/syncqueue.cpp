// SyncState::queue: the clinic's own queue in words for the daily work list (models/worklist
// does not own the sync tables, so the page and jiayi-cli hand these lines to it).
#include "syncstate.h"

#include <QCoreApplication>

namespace Sync {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sync::SyncState)
};

// Counting the unsent changes per kind scans their outbox entries: only when there are few.
constexpr qint64 PerKindUpTo = 5000;
} // namespace

QVector<QueueLine> SyncState::queue(const Models::Scope &scope, int limit) const
{
    QVector<QueueLine> out;
    const auto status = this->status(scope);
    if (!status)
        return out;
    if (status->unsent > 0) {
        QStringList kinds;
        if (status->unsent <= PerKindUpTo)
            if (auto pending = pendingByKind(scope))
                for (const PendingKind &k : *pending)
                    kinds << Text::tr("%1 %2").arg(k.label).arg(k.records);
        QString text = Text::tr("有 %n 条记录的修改尚未上传到平台", nullptr, int(status->unsent));
        if (!kinds.isEmpty())
            text += Text::tr("（%1）").arg(kinds.join(Text::tr("，")));
        out << QueueLine{QStringLiteral("unsent"), text, {}};
    }
    if (status->conflicts > 0)
        if (auto conflicts = this->conflicts(scope)) {
            int shown = 0;
            for (const Conflict &c : *conflicts) {
                if (shown++ == limit) {
                    out << QueueLine{QStringLiteral("conflict"),
                                     Text::tr("另有 %n 条记录有同步冲突", nullptr,
                                              int(conflicts->size()) - limit),
                                     {}};
                    break;
                }
                out << QueueLine{QStringLiteral("conflict"),
                                 Text::tr("同步冲突：%1（%n 处本机与平台不同，请选择）", nullptr,
                                          int(c.fields.size()))
                                     .arg(c.label),
                                 c.entity + QLatin1Char('/') + c.entityId};
            }
        }
    if (status->rejected > 0)
        if (auto rejected = this->rejected(scope)) {
            int shown = 0;
            for (const Rejected &r : *rejected) {
                if (shown++ == limit) {
                    out << QueueLine{QStringLiteral("rejected"),
                                     Text::tr("另有 %n 条记录被平台拒收", nullptr,
                                              int(rejected->size()) - limit),
                                     {}};
                    break;
                }
                out << QueueLine{QStringLiteral("rejected"),
                                 Text::tr("平台拒收：%1：%2").arg(r.label, r.reason),
                                 r.entity + QLatin1Char('/') + r.entityId};
            }
        }
    return out;
}

} // namespace Sync
