// ContractRepository: loading contracts and their tasks, signing (one resident or a household).
#include "contractrepository.h"
#include "dates.h"

#include "changelog.h"
#include "contractrules.h"
#include "contractsql.h"
#include "keypopulation.h"
#include "logging.h"
#include "packagerepository.h"
#include "permission.h"
#include "population.h"
#include "residentlifecycle.h"
#include "teamrepository.h"

#include <QMap>

namespace Models {

using namespace ContractSql;

namespace {
const QString Columns = QStringLiteral(
    "c.id, c.contract_no, c.resident_id, c.household_id, c.representative_id, c.team_id, "
    "c.doctor_id,"
    " c.institution, c.tags, c.fee_fen, c.insurance_fen, c.public_health_fen, c.resident_fen,"
    " c.signed_on, c.start_date, c.end_date, c.term_years, c.channel, c.terminated_on,"
    " c.terminate_reason, c.terminate_note, c.previous_id, c.paper_signed, c.scan_path,"
    " c.updated_at, c.updated_by, c.deleted, r.name, r.village_code, t.name, s.name,"
    " (SELECT n.id FROM contract n WHERE n.previous_id = c.id AND n.deleted = 0 LIMIT 1)");

Contract readContract(const QSqlQuery &q)
{
    Contract c;
    c.id = q.value(0).toString();
    c.contractNo = q.value(1).toString();
    c.residentId = q.value(2).toString();
    c.householdId = q.value(3).toString();
    c.representativeId = q.value(4).toString();
    c.teamId = q.value(5).toString();
    c.doctorId = q.value(6).toString();
    c.institution = q.value(7).toString();
    c.tags = splitList(q.value(8).toString());
    c.feeFen = q.value(9).toLongLong();
    c.insuranceFen = q.value(10).toLongLong();
    c.publicHealthFen = q.value(11).toLongLong();
    c.residentFen = q.value(12).toLongLong();
    c.signedOn = date(q.value(13));
    c.startDate = date(q.value(14));
    c.endDate = date(q.value(15));
    c.termYears = q.value(16).toInt();
    c.channel = q.value(17).toString();
    c.terminatedOn = date(q.value(18));
    c.terminateReason = q.value(19).toString();
    c.terminateNote = q.value(20).toString();
    c.previousId = q.value(21).toString();
    c.paperSigned = q.value(22).toBool();
    c.scanPath = q.value(23).toString();
    c.updatedAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    c.updatedBy = q.value(25).toString();
    c.deleted = q.value(26).toBool();
    c.residentName = q.value(27).toString();
    c.villageCode = q.value(28).toString();
    c.teamName = q.value(29).toString();
    c.doctorName = q.value(30).toString();
    c.renewedById = q.value(31).toString();
    return c;
}

Error overlapError(const Contract &other)
{
    return makeError(
        QStringLiteral("contract.overlap"),
        tr("该居民在 %1 至 %2 已与「%3」签约（协议号 %4）；同一时间只能与一个家庭医生团队签约")
            .arg(isoDate(other.startDate), isoDate(other.coverEnd()), other.teamName,
                 other.contractNo),
        QStringLiteral("start_date"));
}
} // namespace

ContractRepository::ContractRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

ContractStatus ContractRepository::status(const Contract &c, const QDate &day)
{
    return ContractRules::get().statusOn(c, day, !c.renewedById.isEmpty());
}

Result<QVector<Contract>> ContractRepository::load(const Scope &scope, const QString &where,
                                                   const QVariantList &binds) const
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM contract c JOIN resident r ON r.id = c.resident_id"
                             " LEFT JOIN contract_team t ON t.id = c.team_id"
                             " LEFT JOIN contract_staff s ON s.id = c.doctor_id"
                             " WHERE c.deleted = 0 AND %2 ORDER BY c.start_date")
                  .arg(Columns, where));
    bindAll(q, binds);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<Contract> out;
    while (q.next()) {
        Contract c = readContract(q);
        if (scope.allowsVillage(c.villageCode))
            out.append(c);
    }
    QSqlQuery items(db(m_conn));
    items.prepare(
        QStringLiteral("SELECT i.package_id FROM contract_item i JOIN contract_package p"
                       " ON p.id = i.package_id WHERE i.contract_id = ? ORDER BY p.kind, p.code"));
    for (Contract &c : out) {
        items.bindValue(0, c.id);
        if (auto e = exec(items); !e)
            return e.error();
        while (items.next())
            c.packageIds << items.value(0).toString();
    }
    return out;
}

Result<Contract> ContractRepository::findById(const Scope &scope, const QString &id) const
{
    auto r = load(scope, QStringLiteral("c.id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(QStringLiteral("contract.notfound"), tr("找不到该签约协议"));
    return r->first();
}

Result<QVector<Contract>> ContractRepository::forResident(const Scope &scope,
                                                          const QString &residentId) const
{
    return load(scope, QStringLiteral("c.resident_id = ?"), {residentId});
}

Result<QVector<ContractTask>> ContractRepository::tasks(const Scope &scope,
                                                        const QString &contractId) const
{
    auto c = findById(scope, contractId);
    if (!c)
        return c.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT id, package_id, kind, name, seq, due_on, status, done_on, source_id"
        " FROM contract_task WHERE contract_id = ? AND deleted = 0 ORDER BY due_on, kind"));
    q.addBindValue(contractId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ContractTask> out;
    while (q.next()) {
        ContractTask t;
        t.id = q.value(0).toString();
        t.contractId = contractId;
        t.residentId = c->residentId;
        t.packageId = q.value(1).toString();
        t.kind = q.value(2).toString();
        t.name = q.value(3).toString();
        t.seq = q.value(4).toInt();
        t.dueOn = date(q.value(5));
        t.status = q.value(6).toString();
        t.doneOn = date(q.value(7));
        t.sourceId = q.value(8).toString();
        out.append(t);
    }
    return out;
}

Result<Contract> ContractRepository::signOne(const Scope &scope, const SignRequest &req,
                                             const QString &householdId,
                                             const QString &representativeId,
                                             const QString &previousId)
{
    const ContractRules &rules = ContractRules::get();
    QSqlQuery rq(db(m_conn));
    rq.prepare(QStringLiteral("SELECT village_code, name, life_status, life_date FROM resident"
                              " WHERE id = ? AND deleted = 0"));
    rq.addBindValue(req.residentId);
    if (auto e = exec(rq); !e)
        return e.error();
    if (!rq.next())
        return makeError(QStringLiteral("resident.notfound"), tr("找不到该居民"),
                         QStringLiteral("resident"));
    const QString village = rq.value(0).toString();
    if (!scope.allowsVillage(village))
        return outOfScope();
    if (rq.value(2).toString() != QLatin1String("active")) {
        Resident gone;
        gone.lifeStatus = rq.value(2).toString();
        gone.lifeDate = date(rq.value(3));
        return makeError(QStringLiteral("contract.resident_left"),
                         tr("%1：%2，不能签约").arg(rq.value(1).toString(), lifeStatusText(gone)),
                         QStringLiteral("resident"));
    }

    Contract c;
    c.residentId = req.residentId;
    c.householdId = householdId;
    c.representativeId = representativeId;
    c.previousId = previousId;
    c.signedOn = req.signedOn.isValid() ? req.signedOn : QDate::currentDate();
    c.startDate = req.startDate.isValid() ? req.startDate : c.signedOn;
    c.termYears = req.termYears > 0 ? req.termYears : rules.termYears;
    if (c.termYears > 5)
        return makeError(QStringLiteral("contract.term"), tr("签约期限应在 1 到 5 年之间"),
                         QStringLiteral("term"));
    c.endDate = rules.endFor(c.startDate, c.termYears);
    if (c.startDate < c.signedOn.addDays(-31))
        return makeError(QStringLiteral("contract.start"), tr("开始日期不能早于签约日期一个月以上"),
                         QStringLiteral("start_date"));
    c.channel = req.channel;
    if (!ContractRules::has(rules.channels, c.channel))
        return makeError(QStringLiteral("contract.channel"), tr("请选择签约方式"),
                         QStringLiteral("channel"));
    c.institution = req.institution;
    c.paperSigned = req.paperSigned;
    c.scanPath = req.scanPath;

    TeamRepository teams(m_conn);
    auto team = teams.findById(scope, req.teamId);
    if (!team || !team->active)
        return makeError(QStringLiteral("contract.team"), tr("请选择签约团队"),
                         QStringLiteral("team"));
    auto doctor = teams.member(scope, req.doctorId);
    if (!doctor || doctor->teamId != team->id || !doctor->active)
        return makeError(QStringLiteral("contract.doctor"), tr("请选择本团队的签约医生"),
                         QStringLiteral("doctor"));
    if (!rules.doctorRoles.contains(doctor->role))
        return makeError(QStringLiteral("contract.doctor"),
                         tr("签约医生应为家庭医生或乡村医生（%1 是%2）")
                             .arg(doctor->name, ContractRules::label(rules.roles, doctor->role)),
                         QStringLiteral("doctor"));
    c.teamId = team->id;
    c.doctorId = doctor->id;
    c.teamName = team->name;
    c.doctorName = doctor->name;
    if (c.institution.isEmpty())
        c.institution = team->institution;

    if (req.suggestTags) {
        auto s = KeyPopulation(m_conn).suggest(scope, c.residentId, c.startDate);
        if (!s)
            return s.error();
        c.tags = *s;
    } else {
        for (const QString &t : req.tags) {
            if (!rules.keyPopulation(t))
                return makeError(QStringLiteral("contract.tags"), tr("未知的人群类别：%1").arg(t),
                                 QStringLiteral("tags"));
            if (!c.tags.contains(t))
                c.tags << t;
        }
    }

    if (req.packageIds.isEmpty())
        return makeError(QStringLiteral("contract.packages"), tr("请至少选择一个服务包"),
                         QStringLiteral("packages"));
    PackageRepository packages(m_conn);
    QList<Package> chosen;
    QStringList codes;
    for (const QString &pid : req.packageIds) {
        auto p = packages.findById(scope, pid);
        if (!p)
            return p.error();
        if (!p->active)
            return makeError(QStringLiteral("contract.packages"),
                             tr("服务包「%1」已停用").arg(p->name), QStringLiteral("packages"));
        if (codes.contains(p->code))
            continue;
        bool eligible = p->eligible.isEmpty();
        for (const QString &e : p->eligible)
            eligible = eligible || c.tags.contains(e);
        if (!eligible)
            return makeError(QStringLiteral("contract.eligible"),
                             tr("服务包「%1」只适用于：%2")
                                 .arg(p->name,
                                      [&] {
                                          QStringList names;
                                          for (const QString &e : p->eligible)
                                              names << rules.keyPopulation(e)->label();
                                          return names.join(QStringLiteral("、"));
                                      }()),
                             QStringLiteral("packages"));
        codes << p->code;
        chosen << *p;
        c.packageIds << p->id;
        c.feeFen += p->feeFen * c.termYears;
        c.insuranceFen += p->insuranceFen * c.termYears;
        c.publicHealthFen += p->publicHealthFen * c.termYears;
        c.residentFen += p->residentFen * c.termYears;
    }

    // A clear message before the trigger would refuse the row anyway.
    auto existing = forResident(scope, c.residentId);
    if (!existing)
        return existing.error();
    for (const Contract &o : *existing)
        if (o.startDate <= c.endDate && o.coverEnd() >= c.startDate)
            return overlapError(o);

    c.id = uuid();
    c.contractNo = QStringLiteral("QY%1%2").arg(c.signedOn.toString(QStringLiteral("yyyyMMdd")),
                                                c.id.left(8).toUpper());
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO contract(id, contract_no, resident_id, household_id, representative_id, "
        "team_id,"
        " doctor_id, institution, tags, fee_fen, insurance_fen, public_health_fen, resident_fen,"
        " signed_on, start_date, end_date, cover_end, term_years, channel, previous_id, "
        "paper_signed,"
        " scan_path, created_at, updated_at, updated_by) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(c.id),
                              QVariant(c.contractNo),
                              QVariant(c.residentId),
                              householdId.isEmpty() ? QVariant() : QVariant(householdId),
                              representativeId.isEmpty() ? QVariant() : QVariant(representativeId),
                              QVariant(c.teamId),
                              QVariant(c.doctorId),
                              QVariant(text(c.institution)),
                              QVariant(text(c.tags.join(QLatin1Char(',')))),
                              QVariant(c.feeFen),
                              QVariant(c.insuranceFen),
                              QVariant(c.publicHealthFen),
                              QVariant(c.residentFen),
                              QVariant(isoDate(c.signedOn)),
                              QVariant(isoDate(c.startDate)),
                              QVariant(isoDate(c.endDate)),
                              QVariant(isoDate(c.endDate)),
                              QVariant(c.termYears),
                              QVariant(c.channel),
                              previousId.isEmpty() ? QVariant() : QVariant(previousId),
                              QVariant(c.paperSigned ? 1 : 0),
                              QVariant(text(c.scanPath)),
                              QVariant(now),
                              QVariant(now),
                              QVariant(scope.userId)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("contract.overlap")))
            return makeError(QStringLiteral("contract.overlap"),
                             tr("该居民在这段时间已有签约；同一时间只能与一个家庭医生团队签约"),
                             QStringLiteral("start_date"), q.lastError().text());
        return dbError(q, QStringLiteral("contract insert"));
    }
    QSqlQuery item(db(m_conn));
    item.prepare(QStringLiteral("INSERT INTO contract_item(contract_id, package_id) VALUES(?,?)"));
    for (const QString &pid : c.packageIds) {
        item.bindValue(0, c.id);
        item.bindValue(1, pid);
        if (auto e = exec(item); !e)
            return e.error();
    }
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract"), c.id,
                                   ChangeOp::Create, {}, c.toJson());
        !e)
        return e.error();
    if (auto e = createTasks(scope, c); !e)
        return e.error();
    c.residentName = rq.value(1).toString();
    c.villageCode = village;
    c.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    c.updatedBy = scope.userId;
    return c;
}

Result<void> ContractRepository::createTasks(const Scope &scope, const Contract &c)
{
    QList<Package> packages;
    PackageRepository repo(m_conn);
    for (const QString &pid : c.packageIds) {
        auto p = repo.findById(scope, pid);
        if (!p)
            return p.error();
        packages << *p;
    }
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO contract_task(id, contract_id, resident_id, package_id, kind, name,"
        " seq, due_on, created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    for (ContractTask t :
         ContractRules::tasksFor(packages, c.tags, c.startDate, c.endDate, c.termYears)) {
        t.id = uuid();
        for (const QVariant &v :
             {QVariant(t.id), QVariant(c.id), QVariant(c.residentId), QVariant(t.packageId),
              QVariant(t.kind), QVariant(text(t.name)), QVariant(t.seq), QVariant(isoDate(t.dueOn)),
              QVariant(now), QVariant(now), QVariant(scope.userId)})
            q.addBindValue(v);
        if (auto e = exec(q); !e)
            return e;
        if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("contract_task"), t.id,
                                       ChangeOp::Create, {},
                                       {{QStringLiteral("contract_id"), c.id},
                                        {QStringLiteral("kind"), t.kind},
                                        {QStringLiteral("due_on"), isoDate(t.dueOn)}});
            !e)
            return e;
    }
    return {};
}

Result<Contract> ContractRepository::sign(const Scope &scope, const SignRequest &request)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    auto c = signOne(scope, request, {}, {}, {});
    if (!c)
        return c.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "contract signed" << c->id;
    return c;
}

Result<QVector<Contract>> ContractRepository::signHousehold(const Scope &scope,
                                                            const QString &householdId,
                                                            const QString &representativeId,
                                                            SignRequest base, QStringList memberIds,
                                                            const QHash<QString, QStringList> &tags)
{
    if (auto e = requirePermission(scope, QStringLiteral("contract.write")); !e)
        return e.error();
    // Members who died, moved away or whose record was closed are not signed.
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT id FROM resident r WHERE household_id = ? AND %1"
                             " ORDER BY relation, birth_date")
                  .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?"))));
    q.addBindValue(householdId);
    q.addBindValue(isoDate(base.signedOn.isValid() ? base.signedOn : QDate::currentDate()));
    if (auto e = exec(q); !e)
        return e.error();
    QStringList members;
    while (q.next())
        members << q.value(0).toString();
    if (members.isEmpty())
        return makeError(QStringLiteral("household.notfound"), tr("找不到该家庭或家庭中没有居民"));
    if (memberIds.isEmpty())
        memberIds = members;
    if (!representativeId.isEmpty() && !members.contains(representativeId))
        return makeError(QStringLiteral("contract.representative"), tr("家庭代表应是本户成员"),
                         QStringLiteral("representative"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QVector<Contract> out;
    for (const QString &m : memberIds) {
        if (!members.contains(m))
            return makeError(QStringLiteral("contract.member"), tr("所选居民不是本户成员"),
                             QStringLiteral("members"));
        SignRequest r = base;
        r.residentId = m;
        if (tags.contains(m)) {
            r.tags = tags.value(m);
            r.suggestTags = false;
        } else {
            r.suggestTags = true;
        }
        // A member's personalised packages need that member's population; keep the ones that apply.
        if (r.suggestTags) {
            auto s = KeyPopulation(m_conn).suggest(
                scope, m, r.startDate.isValid() ? r.startDate : r.signedOn);
            if (!s)
                return s.error();
            r.tags = *s;
            r.suggestTags = false;
        }
        QStringList fitting;
        PackageRepository packages(m_conn);
        for (const QString &pid : base.packageIds) {
            auto p = packages.findById(scope, pid);
            if (!p)
                return p.error();
            bool ok = p->eligible.isEmpty();
            for (const QString &e : p->eligible)
                ok = ok || r.tags.contains(e);
            if (ok)
                fitting << pid;
        }
        r.packageIds = fitting;
        auto c = signOne(scope, r, householdId, representativeId, {});
        if (!c) {
            Error e = c.error();
            QSqlQuery n(db(m_conn));
            n.prepare(QStringLiteral("SELECT name FROM resident WHERE id = ?"));
            n.addBindValue(m);
            if (n.exec() && n.next())
                e.message = n.value(0).toString() + QStringLiteral("：") + e.message;
            return e;
        }
        out.append(*c);
    }
    if (auto e = tx.commit(); !e)
        return e.error();
    return out;
}

} // namespace Models
