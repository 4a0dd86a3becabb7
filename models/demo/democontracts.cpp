// The contracts part of the demo township: packages, teams (democontractpeople.cpp), contracts
// with renewals, lapses and terminations, their packages and service tasks (marked done by the
// demo's follow-ups and health checks), and their outbox entries.
#include "democontracts.h"

#include "changelog.h"
#include "contractrules.h"
#include "democontractpeople.h"
#include "logging.h"
#include "packagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DemoGenerator)
};

} // namespace

using namespace DemoRows;

Result<void> generateDemoContracts(const QString &conn, sqlite3 *h, const Scope &scope,
                                   const DemoOptions &o)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    Rng rng(o.seed ^ 0xC047AC75C047AC75ULL);
    const ContractRules &rules = ContractRules::get();
    const QString now = ChangeLog::nowUtc();
    const QDate today = o.today;

    // The package catalogue, imported the ordinary way (it joins the demo's transaction).
    if (auto r = PackageRepository(conn).importRules(scope); !r)
        return r.error();
    QHash<QString, Package> packages; // by code, the active version
    {
        auto all = PackageRepository(conn).active(scope);
        if (!all)
            return all.error();
        for (const Package &p : *all)
            packages.insert(p.code, p);
    }
    for (const char *code : {"basic", "chronic", "elderly", "maternal_child"})
        if (!packages.contains(QLatin1String(code)))
            return makeError(QStringLiteral("demo.packages"), Text::tr("生成演示数据失败"), {},
                             QStringLiteral("package missing: ") + QLatin1String(code));

    // Bulk load: the indexes and the overlap triggers of the contract tables still present (the
    // generator sets the non-unique ones aside for the whole demo) are dropped and re-created from
    // their own stored SQL at the end (the rows are overlap-free by construction).
    QList<QByteArray> deferred;
    QList<QByteArray> drops;
    {
        Stmt q(h, "SELECT name, type, sql FROM sqlite_master WHERE tbl_name IN ('contract', "
                  "'contract_task')"
                  " AND type IN ('index', 'trigger') AND sql IS NOT NULL");
        while (q.step()) {
            drops << "DROP " + q.columnText(1).toUpper().toUtf8() + " \"" +
                         q.columnText(0).toUtf8() + "\"";
            deferred << q.columnText(2).toUtf8();
        }
    }
    for (const QByteArray &d : drops)
        if (sqlite3_exec(h, d.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(h, QStringLiteral("drop index"));
    // Contracts, their packages and tasks are kept in memory and written at the end, contracts
    // first (the others refer to them), in batches; their ids rise in the order they are made.
    const char *contractColumns =
        "id, contract_no, resident_id, household_id, representative_id, team_id, doctor_id,"
        " institution, tags, fee_fen, insurance_fen, public_health_fen, resident_fen, signed_on,"
        " start_date, end_date, term_years, channel, terminated_on, terminate_reason,"
        " previous_id, paper_signed, created_at, updated_at, updated_by, cover_end";
    const char *taskColumns =
        "id, contract_id, resident_id, package_id, kind, name, seq, due_on, status, done_on,"
        " source_id, created_at, updated_at, updated_by";
    BufferedInsert contract(h, QByteArray("INSERT INTO contract(") + contractColumns + ')', 26);
    BufferedInsert item(h, "INSERT INTO contract_item(contract_id, package_id)", 2);
    BufferedInsert task(h, QByteArray("INSERT INTO contract_task(") + taskColumns + ')', 14);
    auto teams = demoTeams(h, rng, scope, now);
    if (!teams)
        return teams.error();
    const QHash<QString, TeamInfo> &teamOfVillage = *teams;
    auto persons = demoPeople(h, rng, scope, o, now);
    if (!persons)
        return persons.error();
    const QVector<Person> &people = *persons;

    // The follow-ups and health checks of the demo (the chronic and health-record parts run
    // before this one) mark the contract tasks they fulfil, by the rule a live record follows
    // (ContractTasks::markDone): a record dated within a contract's cover marks the earliest
    // open task of its kind done on its date, with the record as source. Tasks of other kinds
    // have no record in the demo and are marked done at random.
    QHash<QString, QVector<ServiceRecord>> records; // by resident, in date order
    {
        const QByteArray since = today.addDays(-800).toString(Qt::ISODate).toUtf8();
        Stmt f(h, "SELECT resident_id, programme, visit_date, id FROM chronic_followup WHERE "
                  "deleted = 0 AND visit_date >= ?");
        Stmt c(
            h,
            "SELECT resident_id, 'annual_check', check_date, id FROM health_check WHERE deleted = 0"
            " AND supersedes IS NULL AND check_date >= ?");
        for (Stmt *q : {&f, &c}) {
            if (!q->ok())
                return fail(h, QStringLiteral("service records"));
            q->utf8(1, since);
            while (q->step()) {
                const QString kind = q->columnText(1);
                records[q->columnText(0)].append(
                    {kind == QLatin1String("annual_check") ? kind
                                                           : kind + QStringLiteral("_followup"),
                     QDate::fromString(q->columnText(2), Qt::ISODate), q->columnText(3)});
            }
        }
        for (QVector<ServiceRecord> &list : records)
            std::sort(list.begin(), list.end(), [](const ServiceRecord &a, const ServiceRecord &b) {
                return a.date != b.date ? a.date < b.date : a.id < b.id;
            });
    }
    const QStringList linkedKinds{QStringLiteral("hypertension_followup"),
                                  QStringLiteral("diabetes_followup"),
                                  QStringLiteral("annual_check")};

    // Contracts. A household signs together half the time; key populations far more often.
    const QStringList reasons{QStringLiteral("moved"), QStringLiteral("no_contact"),
                              QStringLiteral("refused"), QStringLiteral("voluntary"),
                              QStringLiteral("other")};
    int serial = 0;
    RisingIds contractIds(rng), taskIds(rng);
    auto writeContract = [&](const QString &id, const Person &p, const TeamInfo &t,
                             const QDate &signedOn, const QDate &start,
                             const QString &representative, const QString &previous,
                             QDate terminated, bool pastTasksDone) -> QString {
        QList<Package> chosen{packages.value(QStringLiteral("basic"))};
        if ((p.tags.contains(QStringLiteral("hypertension")) ||
             p.tags.contains(QStringLiteral("diabetes"))) &&
            rng.chance(0.8))
            chosen << packages.value(QStringLiteral("chronic"));
        if (p.tags.contains(QStringLiteral("elderly")) && rng.chance(0.3))
            chosen << packages.value(QStringLiteral("elderly"));
        if ((p.tags.contains(QStringLiteral("pregnant")) ||
             p.tags.contains(QStringLiteral("child"))) &&
            rng.chance(0.4))
            chosen << packages.value(QStringLiteral("maternal_child"));
        qint64 fee = 0, ins = 0, ph = 0, res = 0;
        for (const Package &k : chosen) {
            fee += k.feeFen;
            ins += k.insuranceFen;
            ph += k.publicHealthFen;
            res += k.residentFen;
        }
        const QDate end = rules.endFor(start, rules.termYears);
        char number[32];
        std::snprintf(number, sizeof number, "QY%04d%02d%02d%07d", signedOn.year(),
                      signedOn.month(), signedOn.day(), ++serial);
        contract.text(1, id).text(2, QString::fromLatin1(number));
        contract.text(3, p.id)
            .textOrNull(4, representative.isEmpty() ? QString() : p.household)
            .textOrNull(5, representative)
            .text(6, t.id)
            .text(7, t.doctor);
        contract.text(8, QString())
            .text(9, p.tags.join(QLatin1Char(',')))
            .integer(10, fee)
            .integer(11, ins)
            .integer(12, ph)
            .integer(13, res);
        contract.date(14, signedOn)
            .date(15, start)
            .date(16, end)
            .integer(17, rules.termYears)
            .text(18, rng.chance(0.7) ? QStringLiteral("doctor") : QStringLiteral("resident"));
        if (terminated.isValid())
            contract.date(19, terminated).text(20, reasons.at(rng.uniform(0, 3)));
        else
            contract.null(19).null(20);
        contract.textOrNull(21, previous).integer(22, rng.chance(0.9) ? 1 : 0);
        contract.text(23, now)
            .text(24, now)
            .text(25, scope.userId)
            .date(26, terminated.isValid() ? qMin(end, terminated.addDays(-1)) : end);
        if (!contract.run())
            return {};
        for (const Package &k : chosen)
            if (!item.text(1, id).text(2, k.id).run())
                return {};
        const QList<ContractTask> tasks =
            ContractRules::tasksFor(chosen, p.tags, start, end, rules.termYears);
        const QDate coverEnd = terminated.isValid() ? qMin(end, terminated.addDays(-1)) : end;
        QVector<const ServiceRecord *> doneBy(tasks.size(), nullptr);
        if (const auto found = records.constFind(p.id); found != records.cend()) {
            for (const ServiceRecord &r : *found) {
                if (r.date < start || r.date > coverEnd)
                    continue;
                // The earliest open task of the record's kind (tasksFor lists each kind by due
                // date).
                for (qsizetype i = 0; i < tasks.size(); ++i)
                    if (!doneBy.at(i) && tasks.at(i).kind == r.kind) {
                        doneBy[i] = &r;
                        break;
                    }
            }
        }
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const ContractTask &tk = tasks.at(i);
            const QString tid = taskIds.take();
            QString status = QStringLiteral("open");
            QDate done;
            QString source;
            if (const ServiceRecord *r = doneBy.at(i)) {
                status = QStringLiteral("done");
                done = r->date;
                source = r->id;
            } else if (terminated.isValid() && tk.dueOn >= terminated) {
                status = QStringLiteral("cancelled");
            } else if (!linkedKinds.contains(tk.kind) && tk.dueOn < today &&
                       rng.chance(pastTasksDone ? 0.85 : 0.7)) {
                status = QStringLiteral("done");
                done = tk.dueOn.addDays(-rng.uniform(0, 40));
                if (done < start)
                    done = start;
            }
            task.text(1, tid)
                .text(2, id)
                .text(3, p.id)
                .text(4, tk.packageId)
                .text(5, tk.kind)
                .text(6, tk.name);
            task.integer(7, tk.seq).date(8, tk.dueOn).text(9, status);
            task.date(10, done).textOrNull(11, source);
            task.text(12, now).text(13, now).text(14, scope.userId);
            if (!task.run())
                return {};
        }
        return id;
    };

    QHash<QString, QVector<int>> households;
    for (int i = 0; i < people.size(); ++i)
        households[people.at(i).household].append(i);
    QStringList householdIds = households.keys();
    std::sort(householdIds.begin(), householdIds.end()); // deterministic order
    for (const QString &hid : householdIds) {
        const QVector<int> &members = households.value(hid);
        const bool together = !hid.isEmpty() && members.size() > 1 && rng.chance(0.5);
        const double householdP = together ? (rng.chance(HouseholdSigns) ? 1.0 : 0.0) : -1.0;
        const int offset = rng.uniform(0, 364);
        for (int idx : members) {
            const Person &p = people.at(idx);
            const TeamInfo t = teamOfVillage.value(p.village);
            if (t.id.isEmpty())
                continue;
            const bool key = !p.tags.isEmpty();
            // Over the year about 40% of residents and 70% of key populations hold a contract
            // (docs/contracts.md: the shares were tuned on a 200,000-resident township).
            const bool signs = householdP > 0 ? (key ? rng.chance(0.95) : rng.chance(0.85))
                                              : rng.chance(key ? KeySigns : OtherSigns);
            const QString representative =
                householdP > 0 ? people.at(members.first()).id : QString();
            // Current contract started within the last year; most renewed an earlier one.
            const QDate start = today.addDays(-(together ? offset : rng.uniform(0, 364)));
            if (signs) {
                QString previous;
                if (rng.chance(0.6)) {
                    previous = contractIds.take();
                    const QDate prevStart = start.addYears(-1);
                    if (writeContract(previous, p, t, prevStart.addDays(-rng.uniform(0, 20)),
                                      prevStart, representative, {}, {}, true)
                            .isEmpty())
                        return fail(h, QStringLiteral("previous contract"));
                }
                QDate terminated;
                if (rng.chance(0.03) && start.daysTo(today) > 30)
                    terminated = start.addDays(rng.uniform(15, int(start.daysTo(today))));
                if (writeContract(contractIds.take(), p, t, start.addDays(-rng.uniform(0, 20)),
                                  start, representative, previous, terminated, false)
                        .isEmpty())
                    return fail(h, QStringLiteral("contract"));
            } else if (rng.chance(Lapsed)) {
                // Signed once, lapsed without renewal (awaiting renewal or expired).
                const QDate oldStart = today.addDays(-rng.uniform(366, 700));
                if (writeContract(contractIds.take(), p, t, oldStart, oldStart, {}, {}, {}, true)
                        .isEmpty())
                    return fail(h, QStringLiteral("lapsed contract"));
            }
        }
    }
    if (!contract.flush() || !item.flush() || !task.flush())
        return fail(h, QStringLiteral("contract rows"));
    // The outbox, set-based. Every id is new, so each entry adds one unsent record: the pending
    // count trigger (migration 0010) is set aside for the load and the count raised once.
    {
        QByteArray triggerSql;
        {
            Stmt q(h, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                      "'outbox_pending_insert'");
            if (q.step())
                triggerSql = q.columnText(0).toUtf8();
        }
        if (!triggerSql.isEmpty() && sqlite3_exec(h, "DROP TRIGGER outbox_pending_insert", nullptr,
                                                  nullptr, nullptr) != SQLITE_OK)
            return fail(h, QStringLiteral("outbox trigger"));
        qint64 added = 0;
        // In dependency order: teams and their staff, flags, contracts, tasks.
        for (const char *table :
             {"contract_team", "contract_staff", "resident_flag", "contract", "contract_task"}) {
            Stmt ins(h,
                     QByteArray("INSERT INTO outbox(entity, entity_id, op, created_at) SELECT '") +
                         table + "', id, 'create', ?1 FROM main." + table +
                         " WHERE created_at = ?1 ORDER BY id");
            if (!ins.ok() || !ins.text(1, now).run())
                return fail(h, QStringLiteral("outbox"));
            added += sqlite3_changes64(h);
        }
        if (!triggerSql.isEmpty()) {
            if (sqlite3_exec(h, triggerSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return fail(h, QStringLiteral("outbox trigger"));
            Stmt count(h, "UPDATE outbox_pending_count SET records = records + ? WHERE one = 1");
            if (!count.integer(1, added).run())
                return fail(h, QStringLiteral("outbox count"));
        }
    }
    for (const QByteArray &sql : deferred)
        if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(h, QStringLiteral("re-create index"));
    qCInfo(lcDemo) << "demo contracts:" << serial << "contracts in" << timer.elapsed() << "ms,"
                   << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << "ms CPU";
    return {};
}

} // namespace Models
