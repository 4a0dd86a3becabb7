#include "backupschedule.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::BackupScheduler)
};

const QString KMode = QStringLiteral("schedule.mode");
const QString KTime = QStringLiteral("schedule.time");
const QString KHours = QStringLiteral("schedule.hours");
const QString KKeep = QStringLiteral("schedule.keep");
const QString KFolder = QStringLiteral("schedule.folder");
const QString KSuite = QStringLiteral("schedule.suite");
const QString KKey = QStringLiteral("schedule.key");
const QString KLastAttempt = QStringLiteral("schedule.last_attempt");
const QString KLastError = QStringLiteral("schedule.last_error");

QString autoPrefix(const QString &dbPath)
{
    return QFileInfo(dbPath).completeBaseName() + QStringLiteral("-auto-");
}

QDateTime fromUtcText(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

QString BackupSchedule::modeName(Mode m)
{
    switch (m) {
    case Mode::Daily:
        return QStringLiteral("daily");
    case Mode::EveryHours:
        return QStringLiteral("hours");
    case Mode::Off:
        break;
    }
    return QStringLiteral("off");
}

BackupSchedule::Mode BackupSchedule::modeFromName(const QString &name)
{
    if (name == QLatin1String("daily"))
        return Mode::Daily;
    if (name == QLatin1String("hours"))
        return Mode::EveryHours;
    return Mode::Off;
}

QDateTime BackupSchedule::nextDue(const QDateTime &lastRun, const QDateTime &now) const
{
    if (mode == Mode::Off)
        return {};
    if (!lastRun.isValid())
        return now;
    const QDateTime last = lastRun.toLocalTime();
    if (mode == Mode::EveryHours)
        return last.addSecs(qint64(qBound(1, everyHours, 168)) * 3600);
    // Daily: the first occurrence of the time after the last run. A day the workstation was off
    // is not made up twice: one backup catches up, then the clock time rules again.
    QDateTime next(last.date(), dailyAt.isValid() ? dailyAt : QTime(12, 30));
    if (next <= last)
        next = next.addDays(1);
    return next;
}

bool BackupSchedule::isDue(const QDateTime &lastRun, const QDateTime &now) const
{
    const QDateTime next = nextDue(lastRun, now);
    return next.isValid() && next <= now;
}

Result<void> BackupSchedule::validate() const
{
    if (mode == Mode::Off)
        return {};
    if (folder.trimmed().isEmpty())
        return makeError(QStringLiteral("schedule.folder"), Text::tr("请选择备份文件夹"),
                         QStringLiteral("folder"));
    if (mode == Mode::EveryHours && (everyHours < 1 || everyHours > 168))
        return makeError(QStringLiteral("schedule.hours"), Text::tr("间隔应为 1 到 168 小时"),
                         QStringLiteral("hours"));
    if (mode == Mode::Daily && !dailyAt.isValid())
        return makeError(QStringLiteral("schedule.time"), Text::tr("请填写备份时间"),
                         QStringLiteral("time"));
    if (keep < 1 || keep > 365)
        return makeError(QStringLiteral("schedule.keep"), Text::tr("保留份数应为 1 到 365"),
                         QStringLiteral("keep"));
    if (keyPair.isEmpty())
        return makeError(QStringLiteral("schedule.key"),
                         Text::tr("请设置备份密码（自动备份用它加密，恢复时需要）"),
                         QStringLiteral("password"));
    return {};
}

BackupScheduler::BackupScheduler(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<BackupSchedule> BackupScheduler::load(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT key, value FROM backup_setting WHERE key LIKE 'schedule.%'"));
    if (auto r = exec(q); !r)
        return r.error();
    QHash<QString, QString> v;
    while (q.next())
        v.insert(q.value(0).toString(), q.value(1).toString());
    BackupSchedule s;
    s.mode = BackupSchedule::modeFromName(v.value(KMode));
    s.dailyAt = QTime::fromString(v.value(KTime, QStringLiteral("12:30")), QStringLiteral("HH:mm"));
    s.everyHours = v.value(KHours, QStringLiteral("24")).toInt();
    s.keep = v.value(KKeep, QStringLiteral("7")).toInt();
    s.folder = v.value(KFolder);
    s.suite = Crypto::suiteFromName(v.value(KSuite)).ok() ? *Crypto::suiteFromName(v.value(KSuite))
                                                          : Crypto::Suite::International;
    s.keyPair = v.value(KKey).toUtf8();
    return s;
}

Result<void> BackupScheduler::setValue(const Scope &scope, const QString &key, const QString &value)
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO backup_setting(key, value, updated_at, updated_by) VALUES(?,?,?,?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
        " updated_by = excluded.updated_by"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString binds as NULL
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(scope.userId);
    return exec(q);
}

Result<void> BackupScheduler::save(const Scope &scope, BackupSchedule s, const QString &password,
                                   const QString &recoveryKey, int kdfIterations)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.write")); !e)
        return e;
    auto old = load(scope);
    if (!old)
        return old.error();
    s.folder = s.folder.trimmed();
    if (!password.isEmpty()) {
        auto key = BackupService::makeKeyPair(s.suite, password, recoveryKey, kdfIterations);
        if (!key)
            return key.error();
        s.keyPair = *key;
    } else if (s.keyPair.isEmpty() && old->suite == s.suite) {
        s.keyPair = old->keyPair;
    }
    // A key pair of the other suite cannot be kept: the algorithm follows the suite.
    if (!s.keyPair.isEmpty() &&
        QJsonDocument::fromJson(s.keyPair).object().value(QLatin1String("suite")).toString() !=
            Crypto::suiteName(s.suite))
        s.keyPair.clear();
    if (auto v = s.validate(); !v)
        return v;
    auto describe = [](const BackupSchedule &x) {
        return QJsonObject{{QStringLiteral("mode"), BackupSchedule::modeName(x.mode)},
                           {QStringLiteral("time"), x.dailyAt.toString(QStringLiteral("HH:mm"))},
                           {QStringLiteral("hours"), x.everyHours},
                           {QStringLiteral("keep"), x.keep},
                           {QStringLiteral("folder"), x.folder},
                           {QStringLiteral("suite"), Crypto::suiteName(x.suite)},
                           {QStringLiteral("key_id"), QJsonDocument::fromJson(x.keyPair)
                                                          .object()
                                                          .value(QLatin1String("key_id"))
                                                          .toString()}};
    };
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    for (const auto &[k, v] :
         {std::pair{KMode, BackupSchedule::modeName(s.mode)},
          std::pair{KTime, s.dailyAt.toString(QStringLiteral("HH:mm"))},
          std::pair{KHours, QString::number(s.everyHours)},
          std::pair{KKeep, QString::number(s.keep)}, std::pair{KFolder, s.folder},
          std::pair{KSuite, Crypto::suiteName(s.suite)},
          std::pair{KKey, QString::fromUtf8(s.keyPair)}})
        if (auto r = setValue(scope, k, v); !r)
            return r;
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("backup.schedule"),
                                  QStringLiteral("backup_setting"), QStringLiteral("schedule"),
                                  describe(*old), describe(s));
        !r)
        return r;
    return tx.commit();
}

Result<QDateTime> BackupScheduler::lastRun(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT max(created_at) FROM backup_run WHERE kind = 'scheduled'"));
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? fromUtcText(q.value(0).toString()).toLocalTime() : QDateTime();
}

Result<QDateTime> BackupScheduler::lastAttempt(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT value FROM backup_setting WHERE key = ?"));
    q.addBindValue(KLastAttempt);
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? fromUtcText(q.value(0).toString()).toLocalTime() : QDateTime();
}

Result<QString> BackupScheduler::lastError(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT value FROM backup_setting WHERE key = ?"));
    q.addBindValue(KLastError);
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QHash<QString, BackupRun>> BackupScheduler::runs(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT file, kind, created_at, file_size, digest, verified_at, verify_ok, verify_note"
        " FROM backup_run ORDER BY created_at"));
    if (auto r = exec(q); !r)
        return r.error();
    QHash<QString, BackupRun> out;
    while (q.next()) {
        BackupRun r;
        r.file = q.value(0).toString();
        r.kind = q.value(1).toString();
        r.createdAt = fromUtcText(q.value(2).toString());
        r.fileSize = q.value(3).toLongLong();
        r.digest = q.value(4).toString();
        r.verifiedAt = fromUtcText(q.value(5).toString());
        r.verifyState = q.value(6).isNull() ? -1 : q.value(6).toInt();
        r.verifyNote = q.value(7).toString();
        out.insert(QFileInfo(r.file).absoluteFilePath(), r);
    }
    return out;
}

Result<void> BackupScheduler::recordRun(const Scope &scope, const BackupInfo &info,
                                        const QString &kind, const QDateTime &takenAt)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.write")); !e)
        return e;
    const bool checked = info.verified || !info.verifyNote.isEmpty();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO backup_run(id, file, kind, created_at, file_size, digest, verified_at,"
        " verify_ok, verify_note) VALUES(?,?,?,?,?,?,?,?,?)"));
    const QString now = ChangeLog::nowUtc();
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(QFileInfo(info.path).absoluteFilePath());
    q.addBindValue(kind);
    q.addBindValue(
        (takenAt.isValid() ? takenAt : info.createdAt).toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(info.fileSize);
    q.addBindValue(info.digest.isNull() ? QStringLiteral("") : info.digest);
    q.addBindValue(checked ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(checked ? QVariant(info.verified ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(info.verifyNote.isNull() ? QStringLiteral("") : info.verifyNote);
    return exec(q);
}

Result<void> BackupScheduler::recordVerification(const Scope &scope, const QString &file, bool ok,
                                                 const QString &note)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.read")); !e)
        return e;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE backup_run SET verified_at = ?, verify_ok = ?, verify_note = ? WHERE file = ?"));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(QFileInfo(file).absoluteFilePath());
    if (auto r = exec(q); !r)
        return r;
    if (auto r = ChangeLog::audit(
            m_conn, scope, QStringLiteral("backup.verify"), QStringLiteral("database"),
            QFileInfo(file).fileName(), {},
            QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("note"), note}});
        !r)
        return r;
    return tx.commit();
}

Result<void> BackupScheduler::recordScheduled(const Scope &scope, const ScheduledBackup &result)
{
    if (auto e = requirePermission(scope, QStringLiteral("backup.write")); !e)
        return e;
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (auto r = setValue(scope, KLastAttempt, ChangeLog::nowUtc()); !r)
        return r;
    if (auto r = setValue(scope, KLastError, result.error); !r)
        return r;
    if (result.error.isEmpty() && !result.info.path.isEmpty())
        if (auto r = recordRun(scope, result.info, QStringLiteral("scheduled"), result.takenAt); !r)
            return r;
    for (const QString &f : result.pruned) {
        QSqlQuery q(db(m_conn));
        q.prepare(QStringLiteral("UPDATE backup_run SET pruned_at = ? WHERE file = ?"));
        q.addBindValue(ChangeLog::nowUtc());
        q.addBindValue(QFileInfo(f).absoluteFilePath());
        if (auto r = exec(q); !r)
            return r;
    }
    QJsonObject after{{QStringLiteral("file"), QFileInfo(result.info.path).fileName()},
                      {QStringLiteral("verified"), result.info.verified},
                      {QStringLiteral("pruned"), QJsonArray::fromStringList(result.pruned)}};
    if (!result.error.isEmpty())
        after = QJsonObject{{QStringLiteral("error"), result.error}};
    else
        after.insert(QStringLiteral("digest"), result.info.digest);
    if (auto r = ChangeLog::audit(
            m_conn, scope, QStringLiteral("backup.scheduled"), QStringLiteral("database"),
            result.info.path.isEmpty() ? QStringLiteral("schedule")
                                       : QFileInfo(result.info.path).fileName(),
            {}, after);
        !r)
        return r;
    return tx.commit();
}

QStringList BackupScheduler::scheduledFiles(const QString &folder, const QString &dbPath)
{
    QStringList files;
    const QString prefix = autoPrefix(dbPath);
    for (const QFileInfo &fi :
         QDir(folder).entryInfoList({prefix + QStringLiteral("*.jybak")}, QDir::Files))
        files << fi.absoluteFilePath();
    // The name carries the time (yyyyMMdd-HHmmss-zzz), so the name order is the time order.
    std::sort(files.begin(), files.end(), std::greater<>());
    return files;
}

QStringList BackupScheduler::prune(const QString &folder, const QString &dbPath, int keep)
{
    QStringList removed;
    const QStringList files = scheduledFiles(folder, dbPath);
    for (int i = qMax(1, keep); i < files.size(); ++i)
        if (QFile::remove(files.at(i)))
            removed << files.at(i);
    return removed;
}

ScheduledBackup BackupScheduler::takeBackup(const Scope &scope, const BackupSchedule &schedule,
                                            const QString &dbPath, const QDateTime &now,
                                            const BackupService::Progress &progress)
{
    ScheduledBackup out;
    out.due = true;
    out.takenAt = now;
    if (auto v = schedule.validate(); !v) {
        out.error = v.error().message;
        return out;
    }
    if (!QDir().mkpath(schedule.folder)) {
        out.error = Text::tr("无法创建备份文件夹：%1").arg(schedule.folder);
        return out;
    }
    const QString file =
        QDir(schedule.folder)
            .absoluteFilePath(autoPrefix(dbPath) +
                              now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                              QStringLiteral(".jybak"));
    BackupOptions o;
    o.keyPair = schedule.keyPair;
    o.suite = schedule.suite;
    o.verifyAfterWrite = true;
    auto r = BackupService::backup(scope, dbPath, file, o, progress);
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    out.info = *r;
    if (!r->verified) {
        // Keep the older ones: a backup that does not verify replaces nothing.
        out.error = Text::tr("新备份校验失败，旧备份均已保留：%1").arg(r->verifyNote);
        return out;
    }
    out.pruned = prune(schedule.folder, dbPath, schedule.keep);
    out.nextDue = schedule.nextDue(now, now);
    return out;
}

Result<ScheduledBackup> BackupScheduler::runIfDue(const Scope &scope, const QString &dbPath,
                                                  const QDateTime &now, bool force,
                                                  const BackupService::Progress &progress)
{
    auto schedule = load(scope);
    if (!schedule)
        return schedule.error();
    if (!schedule->enabled())
        return makeError(QStringLiteral("schedule.off"),
                         Text::tr("没有设置自动备份计划（设置 → 备份）"));
    auto last = lastRun(scope);
    if (!last)
        return last.error();
    if (!force && !schedule->isDue(*last, now)) {
        ScheduledBackup s;
        s.nextDue = schedule->nextDue(*last, now);
        return s;
    }
    ScheduledBackup s = takeBackup(scope, *schedule, dbPath, now, progress);
    if (auto r = recordScheduled(scope, s); !r)
        return r.error();
    if (!s.error.isEmpty())
        return makeError(QStringLiteral("schedule.failed"), s.error);
    return s;
}

} // namespace Models
