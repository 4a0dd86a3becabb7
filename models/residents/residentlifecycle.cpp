#include "residentlifecycle.h"

#include "changelog.h"
#include "dates.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "residentrepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ResidentLifecycle)
};

constexpr int MaxDetail = 200;

struct KindInfo
{
    LifeEventKind kind;
    const char *code;
    const char *label;
};

const KindInfo Kinds[] = {
    {LifeEventKind::Deceased, "deceased", QT_TRANSLATE_NOOP("Models::ResidentLifecycle", "死亡")},
    {LifeEventKind::Moved, "moved", QT_TRANSLATE_NOOP("Models::ResidentLifecycle", "迁出")},
    {LifeEventKind::Closed, "closed", QT_TRANSLATE_NOOP("Models::ResidentLifecycle", "注销档案")},
    {LifeEventKind::TransferredIn, "transferred_in",
     QT_TRANSLATE_NOOP("Models::ResidentLifecycle", "迁入")},
    {LifeEventKind::Reopened, "reopened",
     QT_TRANSLATE_NOOP("Models::ResidentLifecycle", "恢复档案")},
};

Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("lifecycle.") + field, message, field);
}

// The resident row's state after the event.
QString statusAfter(LifeEventKind kind)
{
    switch (kind) {
    case LifeEventKind::Deceased:
        return QStringLiteral("deceased");
    case LifeEventKind::Moved:
        return QStringLiteral("moved");
    case LifeEventKind::Closed:
        return QStringLiteral("closed");
    case LifeEventKind::TransferredIn:
    case LifeEventKind::Reopened:
        break;
    }
    return QStringLiteral("active");
}

// Participants run with the right to close what they hold: the lifecycle's own permission is the
// decision (as ContractTasks::markDoneFor does for a derived update); the audit names the user.
Scope derivedScope(Scope scope)
{
    if (!scope.allPermissions)
        for (const char *p : {"contract.read", "contract.write", "chronic.read", "chronic.write"})
            if (!scope.permissions.contains(QLatin1String(p)))
                scope.permissions << QLatin1String(p);
    return scope;
}
} // namespace

QString lifeEventCode(LifeEventKind kind)
{
    for (const KindInfo &k : Kinds)
        if (k.kind == kind)
            return QLatin1String(k.code);
    return {};
}

std::optional<LifeEventKind> lifeEventKind(const QString &code)
{
    for (const KindInfo &k : Kinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

QString lifeEventLabel(LifeEventKind kind)
{
    for (const KindInfo &k : Kinds)
        if (k.kind == kind)
            return QCoreApplication::translate("Models::ResidentLifecycle", k.label);
    return {};
}

QString lifeStatusLabel(const QString &status)
{
    if (status == QLatin1String("deceased"))
        return Text::tr("已故");
    if (status == QLatin1String("moved"))
        return Text::tr("已迁出");
    if (status == QLatin1String("closed"))
        return Text::tr("已注销");
    return {};
}

QString lifeStatusText(const Resident &r)
{
    const QString label = lifeStatusLabel(r.lifeStatus);
    if (label.isEmpty())
        return {};
    return r.lifeDate.isValid() ? label + QLatin1Char(' ') + isoDate(r.lifeDate) : label;
}

ResidentLifecycle::ResidentLifecycle(QString connectionName,
                                     std::vector<std::unique_ptr<LifeParticipant>> participants)
    : m_conn(std::move(connectionName)), m_participants(std::move(participants))
{
}

ResidentLifecycle::~ResidentLifecycle() = default;

QList<Error> ResidentLifecycle::validate(const LifeRequest &q, const Resident &r,
                                         const QDate &today)
{
    QList<Error> errors;
    const QString status = r.lifeStatus;
    if (q.kind == LifeEventKind::Reopened) {
        errors << invalid(QStringLiteral("kind"), Text::tr("恢复档案请使用“撤销（恢复档案）”"));
        return errors;
    }
    if (leavesPopulation(q.kind) && status != QLatin1String("active"))
        errors << invalid(QStringLiteral("kind"),
                          Text::tr("该居民的档案状态已是“%1”（%2），如登记有误请由管理员先恢复档案")
                              .arg(lifeStatusLabel(status), isoDate(r.lifeDate)));
    if (q.kind == LifeEventKind::TransferredIn) {
        if (status == QLatin1String("deceased"))
            errors << invalid(QStringLiteral("kind"), Text::tr("已故居民不能办理迁入"));
        else if (status == QLatin1String("closed"))
            errors << invalid(QStringLiteral("kind"),
                              Text::tr("档案已注销，需由管理员恢复档案后再办理迁入"));
    }
    if (!q.date.isValid())
        errors << invalid(QStringLiteral("date"), Text::tr("请填写日期"));
    else if (q.date > today)
        errors << invalid(QStringLiteral("date"), Text::tr("日期不能晚于今天"));
    else if (r.birthDate.isValid() && q.date < r.birthDate)
        errors << invalid(QStringLiteral("date"),
                          Text::tr("日期不能早于出生日期（%1）").arg(isoDate(r.birthDate)));
    else if (q.kind == LifeEventKind::TransferredIn && status == QLatin1String("moved") &&
             r.lifeDate.isValid() && q.date < r.lifeDate)
        errors << invalid(QStringLiteral("date"),
                          Text::tr("迁入日期不能早于迁出日期（%1）").arg(isoDate(r.lifeDate)));
    const QString detail = q.detail.trimmed();
    if (detail.isEmpty()) {
        switch (q.kind) {
        case LifeEventKind::Deceased:
            errors << invalid(QStringLiteral("detail"), Text::tr("请填写死亡原因"));
            break;
        case LifeEventKind::Moved:
            errors << invalid(QStringLiteral("detail"), Text::tr("请填写迁往何处"));
            break;
        case LifeEventKind::Closed:
            errors << invalid(QStringLiteral("detail"), Text::tr("请填写注销原因"));
            break;
        case LifeEventKind::TransferredIn:
            errors << invalid(QStringLiteral("detail"), Text::tr("请填写从何处迁入（原管理机构）"));
            break;
        case LifeEventKind::Reopened:
            break;
        }
    } else if (detail.size() > MaxDetail) {
        errors << invalid(QStringLiteral("detail"),
                          Text::tr("内容过长（不超过 %1 字）").arg(MaxDetail));
    }
    return errors;
}

Result<Resident> ResidentLifecycle::load(const Scope &scope, const QString &residentId) const
{
    auto r = ResidentRepository(m_conn).findById(scope, residentId);
    if (!r)
        return r;
    if (r->deleted)
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"));
    return r;
}

Result<QVector<OpenItem>> ResidentLifecycle::preview(const Scope &scope, const LifeRequest &q,
                                                     const QDate &today) const
{
    auto r = load(scope, q.residentId);
    if (!r)
        return r.error();
    if (const QList<Error> errors = validate(q, *r, today); !errors.isEmpty())
        return errors.first();
    QVector<OpenItem> out;
    if (!leavesPopulation(q.kind))
        return out;
    const Scope derived = derivedScope(scope);
    for (const auto &p : m_participants) {
        if (auto c = p->check(derived, q.residentId, q.date); !c)
            return c.error();
        auto items = p->openItems(derived, q.residentId, q.date);
        if (!items)
            return items.error();
        out += *items;
    }
    return out;
}

Result<LifeEvent> ResidentLifecycle::record(const Scope &scope, const LifeRequest &q,
                                            const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("lifecycle.write")); !e)
        return e.error();
    auto before = load(scope, q.residentId);
    if (!before)
        return before.error();
    if (const QList<Error> errors = validate(q, *before, today); !errors.isEmpty())
        return errors.first();
    const Scope derived = derivedScope(scope);
    if (leavesPopulation(q.kind))
        for (const auto &p : m_participants)
            if (auto c = p->check(derived, q.residentId, q.date); !c)
                return c.error();
    Resident after = *before;
    after.lifeStatus = statusAfter(q.kind);
    after.lifeDate = leavesPopulation(q.kind) ? q.date : QDate();
    after.lifeReason = leavesPopulation(q.kind) ? q.detail.trimmed() : QString();

    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    auto event = write(scope, *before, after,
                       LifeEvent{{}, q.residentId, q.kind, q.date, q.detail.trimmed(), {}, {}});
    if (!event)
        return event;
    if (leavesPopulation(q.kind))
        for (const auto &p : m_participants)
            if (auto c = p->close(derived, q.residentId, q.kind, q.date, q.detail.trimmed()); !c)
                return c.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "resident lifecycle" << lifeEventCode(q.kind) << q.residentId;
    return event;
}

Result<LifeEvent> ResidentLifecycle::reopen(const Scope &scope, const QString &residentId,
                                            const QString &reason, const QDate &today)
{
    if (auto e = requirePermission(scope, QStringLiteral("reopen.write")); !e)
        return e.error();
    auto before = load(scope, residentId);
    if (!before)
        return before.error();
    if (before->isActive())
        return invalid(QStringLiteral("kind"), Text::tr("该居民的档案在管，无需恢复"));
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("detail"), Text::tr("请填写恢复原因"));
    if (reason.trimmed().size() > MaxDetail)
        return invalid(QStringLiteral("detail"),
                       Text::tr("内容过长（不超过 %1 字）").arg(MaxDetail));
    Resident after = *before;
    after.lifeStatus = QStringLiteral("active");
    after.lifeDate = QDate();
    after.lifeReason.clear();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    auto event =
        write(scope, *before, after,
              LifeEvent{{}, residentId, LifeEventKind::Reopened, today, reason.trimmed(), {}, {}});
    if (!event)
        return event;
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "resident reopened" << residentId;
    return event;
}

// Inside the caller's transaction: the resident row, the event row, outbox and audit.
Result<LifeEvent> ResidentLifecycle::write(const Scope &scope, const Resident &before,
                                           const Resident &after, LifeEvent event)
{
    const QString now = ChangeLog::nowUtc();
    QSqlQuery u(db(m_conn));
    u.prepare(QStringLiteral("UPDATE resident SET life_status = ?, life_date = ?, life_reason = ?,"
                             " updated_at = ?, updated_by = ?, dirty = 1 WHERE id = ?"));
    u.addBindValue(after.lifeStatus);
    u.addBindValue(after.lifeDate.isValid() ? QVariant(isoDate(after.lifeDate)) : QVariant());
    u.addBindValue(after.lifeReason.isNull() ? QStringLiteral("") : after.lifeReason);
    u.addBindValue(now);
    u.addBindValue(scope.userId);
    u.addBindValue(after.id);
    if (auto e = exec(u); !e)
        return e.error();
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.recordedBy = scope.userId;
    event.recordedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    QSqlQuery ins(db(m_conn));
    ins.prepare(QStringLiteral("INSERT INTO resident_life_event(id, resident_id, kind, event_date,"
                               " detail, recorded_by, recorded_at) VALUES(?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(event.id), QVariant(event.residentId),
                              QVariant(lifeEventCode(event.kind)), QVariant(isoDate(event.date)),
                              QVariant(event.detail.isNull() ? QStringLiteral("") : event.detail),
                              QVariant(scope.userId), QVariant(now)})
        ins.addBindValue(v);
    if (auto e = exec(ins); !e)
        return e.error();
    QJsonObject afterJson = after.toJson();
    afterJson.insert(QStringLiteral("life_event"), lifeEventCode(event.kind));
    afterJson.insert(QStringLiteral("life_event_detail"), event.detail);
    afterJson.insert(QStringLiteral("life_event_date"), isoDate(event.date));
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("resident"), after.id,
                                   ChangeOp::Update, before.toJson(), afterJson);
        !e)
        return e.error();
    return event;
}

Result<QVector<LifeEvent>> ResidentLifecycle::events(const Scope &scope,
                                                     const QString &residentId) const
{
    auto r = ResidentRepository(m_conn).findById(scope, residentId);
    if (!r)
        return r.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT id, kind, event_date, detail, recorded_by, recorded_at"
                             " FROM resident_life_event WHERE resident_id = ?"
                             " ORDER BY recorded_at, rowid"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<LifeEvent> out;
    while (q.next()) {
        const auto kind = lifeEventKind(q.value(1).toString());
        if (!kind)
            continue;
        out.append(LifeEvent{q.value(0).toString(), residentId, *kind,
                             QDate::fromString(q.value(2).toString(), Qt::ISODate),
                             q.value(3).toString(), q.value(4).toString(),
                             QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

} // namespace Models
