#include "democontracts.h"

#include "changelog.h"
#include "contractrules.h"
#include "demowords.h"
#include "logging.h"
#include "packagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <vector>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DemoGenerator)
};

class Rng
{
public:
    explicit Rng(quint64 seed) : m_gen(seed) {}
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_gen); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_gen) < p; }
    QString uuid()
    {
        quint64 a = m_gen(), b = m_gen();
        a = (a & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
        b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort(a), uchar(b >> 56), uchar(b >> 48), uchar(b >> 40),
                     uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b))
            .toString(QUuid::WithoutBraces);
    }

    quint64 next() { return m_gen(); }

private:
    std::mt19937_64 m_gen;
};

// Version-4-shaped UUIDs that increase in the order they are made (like UUIDv7's time prefix):
// the first 48 bits climb by a random step, the rest is random. Rows written in the order they
// are generated are then in key order, and every B-tree of the load grows at its end.
class RisingIds
{
public:
    explicit RisingIds(Rng &rng) : m_rng(rng), m_prefix(rng.next() & 0x3FFFFFFFFFFFULL) {}
    QString take()
    {
        m_prefix += (1ULL << 19) + (m_rng.next() & ((1ULL << 19) - 1));
        const quint64 r = m_rng.next(), r2 = m_rng.next();
        char buf[48];
        std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-%04llx-%012llx",
                      (unsigned long long)(m_prefix >> 16), (unsigned long long)(m_prefix & 0xFFFF),
                      (unsigned long long)(r & 0xFFF), (unsigned long long)(0x8000 | ((r >> 12) & 0x3FFF)),
                      (unsigned long long)(r2 & 0xFFFFFFFFFFFFULL));
        return QString::fromLatin1(buf, 36);
    }

private:
    Rng &m_rng;
    quint64 m_prefix;
};

// Prepared statement with UTF-8 binds; one per table, reused for every row.
class Stmt
{
public:
    Stmt(sqlite3 *h, const QByteArray &sql) : m_h(h)
    {
        m_ok = sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &m_st, nullptr) == SQLITE_OK;
    }
    ~Stmt() { sqlite3_finalize(m_st); }
    bool ok() const { return m_ok; }
    Stmt &text(int i, const QString &s)
    {
        const QByteArray b = s.toUtf8();
        sqlite3_bind_text(m_st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &textOrNull(int i, const QString &s) { return s.isEmpty() ? null(i) : text(i, s); }
    Stmt &null(int i)
    {
        sqlite3_bind_null(m_st, i);
        return *this;
    }
    Stmt &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_st, i, v);
        return *this;
    }
    bool run()
    {
        const int rc = sqlite3_step(m_st);
        sqlite3_reset(m_st);
        return rc == SQLITE_DONE;
    }
    sqlite3_stmt *get() const { return m_st; }
    Q_DISABLE_COPY_MOVE(Stmt)

private:
    sqlite3 *m_h;
    sqlite3_stmt *m_st = nullptr;
    bool m_ok = false;
};

// Rows kept in memory (one byte string each: kind, length, bytes per column) and written at
// flush() with multi-row INSERTs of up to 64 rows in the order they were made: a statement per
// 64 rows instead of one per row, each with its statement journal and constraint bookkeeping.
class BufferedInsert
{
public:
    BufferedInsert(sqlite3 *h, QByteArray head, int columns) : m_h(h), m_head(std::move(head)), m_columns(columns) {}
    ~BufferedInsert()
    {
        for (sqlite3_stmt *st : m_stmts)
            sqlite3_finalize(st);
    }
    BufferedInsert &text(int i, const QString &s)
    {
        column(i, 't');
        const QByteArray b = s.toUtf8();
        const qint32 n = qint32(b.size());
        m_row.append(reinterpret_cast<const char *>(&n), sizeof n).append(b);
        return *this;
    }
    BufferedInsert &textOrNull(int i, const QString &s) { return s.isEmpty() ? null(i) : text(i, s); }
    BufferedInsert &null(int i)
    {
        column(i, 'n');
        return *this;
    }
    BufferedInsert &integer(int i, qint64 v)
    {
        column(i, 'i');
        m_row.append(reinterpret_cast<const char *>(&v), sizeof v);
        return *this;
    }
    // An ISO date (YYYY-MM-DD) without going through QString; null when invalid.
    BufferedInsert &date(int i, const QDate &d)
    {
        if (!d.isValid())
            return null(i);
        column(i, 't');
        const qint32 n = 10;
        int y, m, day;
        d.getDate(&y, &m, &day);
        const char text[10] = {char('0' + y / 1000 % 10), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                               char('0' + y % 10), '-', char('0' + m / 10), char('0' + m % 10), '-',
                               char('0' + day / 10), char('0' + day % 10)};
        m_row.append(reinterpret_cast<const char *>(&n), sizeof n).append(text, 10);
        return *this;
    }
    bool run()
    {
        m_rows.emplace_back(m_row.constData(), m_row.size());
        m_row.resize(0); // keeps its capacity
        m_next = 1;
        return true;
    }
    bool flush()
    {
        for (size_t at = 0; at < m_rows.size(); at += Batch) {
            const int n = int(qMin<size_t>(Batch, m_rows.size() - at));
            sqlite3_stmt *st = statement(n);
            if (!st)
                return false;
            int param = 1;
            for (int r = 0; r < n; ++r) {
                const QByteArray &row = m_rows[at + size_t(r)];
                const char *p = row.constData();
                const char *end = p + row.size();
                while (p < end) {
                    const char kind = *p++;
                    if (kind == 't') {
                        qint32 len;
                        memcpy(&len, p, sizeof len);
                        p += sizeof len;
                        sqlite3_bind_text(st, param++, p, len, SQLITE_STATIC);
                        p += len;
                    } else if (kind == 'i') {
                        qint64 v;
                        memcpy(&v, p, sizeof v);
                        p += sizeof v;
                        sqlite3_bind_int64(st, param++, v);
                    } else {
                        sqlite3_bind_null(st, param++);
                    }
                }
            }
            const int rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc != SQLITE_DONE)
                return false;
        }
        m_rows.clear();
        return true;
    }
    Q_DISABLE_COPY_MOVE(BufferedInsert)

private:
    static constexpr int Batch = 64;
    // Columns must be given in order 1, 2, 3 ... (as every caller here does).
    void column(int i, char kind)
    {
        Q_ASSERT(i == m_next);
        ++m_next;
        m_row.append(kind);
    }
    sqlite3_stmt *statement(int rows)
    {
        sqlite3_stmt *&st = rows == Batch ? m_stmts[0] : m_stmts[1];
        if (st && sqlite3_bind_parameter_count(st) == rows * m_columns)
            return st;
        sqlite3_finalize(st);
        st = nullptr;
        QByteArray one = "(?";
        for (int c = 1; c < m_columns; ++c)
            one += ",?";
        one += ')';
        QByteArray sql = m_head + " VALUES" + one;
        for (int r = 1; r < rows; ++r)
            sql += ',' + one;
        if (sqlite3_prepare_v2(m_h, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
            return nullptr;
        return st;
    }
    sqlite3 *m_h;
    QByteArray m_head;
    int m_columns;
    QByteArray m_row;
    int m_next = 1;
    std::vector<QByteArray> m_rows;
    sqlite3_stmt *m_stmts[2] = {nullptr, nullptr};
};

QString col(sqlite3_stmt *st, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
}

Error fail(sqlite3 *h, const QString &what)
{
    return makeError(QStringLiteral("demo.db"), Text::tr("生成演示数据失败"), {},
                     what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(h)));
}

struct Person
{
    QString id;
    QString village;
    QDate birth;
    QChar sex;
    QString household;
    QStringList tags;
};

// Signing shares: a household of several people signs together with HouseholdSigns of half of
// them; everybody else alone with KeySigns (key populations) or OtherSigns; Lapsed of those
// without a contract held one that ended without renewal within the last year.
constexpr double HouseholdSigns = 0.30;
constexpr double KeySigns = 0.64;
constexpr double OtherSigns = 0.085;
constexpr double Lapsed = 0.05;

struct ServiceRecord
{
    QString kind; // a task kind: hypertension_followup, diabetes_followup, annual_check
    QDate date;
    QString id;
};

struct TeamInfo
{
    QString id;
    QString name;
    QString doctor;
};

const char *Surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
const char *Given[] = {"建国", "秀英", "志强", "丽华", "海燕", "明", "军", "芳", "红梅", "卫东"};

} // namespace

Result<void> generateDemoContracts(const QString &conn, sqlite3 *h, const Scope &scope, const DemoOptions &o)
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
        Stmt q(h, "SELECT name, type, sql FROM sqlite_master WHERE tbl_name IN ('contract', 'contract_task')"
                  " AND type IN ('index', 'trigger') AND sql IS NOT NULL");
        while (sqlite3_step(q.get()) == SQLITE_ROW) {
            drops << "DROP " + col(q.get(), 1).toUpper().toUtf8() + " \"" + col(q.get(), 0).toUtf8() + "\"";
            deferred << col(q.get(), 2).toUtf8();
        }
    }
    for (const QByteArray &d : drops)
        if (sqlite3_exec(h, d.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(h, QStringLiteral("drop index"));
    Stmt team(h, "INSERT INTO contract_team(id, name, institution, township_code, created_at, updated_at,"
                 " updated_by) VALUES(?,?,?,?,?,?,?)");
    Stmt teamVillage(h, "INSERT INTO contract_team_village(team_id, village_code) VALUES(?,?)");
    Stmt staff(h, "INSERT INTO contract_staff(id, team_id, name, role, staff_no, phone, created_at, updated_at,"
                  " updated_by) VALUES(?,?,?,?,?,?,?,?,?)");
    Stmt flag(h, "INSERT INTO resident_flag(id, resident_id, flag, since, created_at, updated_at, updated_by)"
                 " VALUES(?,?,?,?,?,?,?)");
    // Contracts, their packages and tasks are kept in memory and written at the end, contracts
    // first (the others refer to them), in batches; their ids rise in the order they are made.
    const char *contractColumns = "id, contract_no, resident_id, household_id, representative_id, team_id, doctor_id,"
                                  " institution, tags, fee_fen, insurance_fen, public_health_fen, resident_fen, signed_on,"
                                  " start_date, end_date, term_years, channel, terminated_on, terminate_reason,"
                                  " previous_id, paper_signed, created_at, updated_at, updated_by, cover_end";
    const char *taskColumns = "id, contract_id, resident_id, package_id, kind, name, seq, due_on, status, done_on,"
                              " source_id, created_at, updated_at, updated_by";
    BufferedInsert contract(h, QByteArray("INSERT INTO contract(") + contractColumns + ')', 26);
    BufferedInsert item(h, "INSERT INTO contract_item(contract_id, package_id)", 2);
    BufferedInsert task(h, QByteArray("INSERT INTO contract_task(") + taskColumns + ')', 14);
    for (const Stmt *s : {&team, &teamVillage, &staff, &flag})
        if (!s->ok())
            return fail(h, QStringLiteral("prepare"));
    // Teams: one for every five villages of a township, a village doctor per village.
    QHash<QString, TeamInfo> teamOfVillage;
    {
        Stmt areas(h, "SELECT v.code, v.name, t.code, t.name FROM area v JOIN area t ON t.code = v.parent_code"
                      " WHERE v.level = 'village' ORDER BY v.code");
        QMap<QString, QList<QPair<QString, QString>>> byTownship;
        QHash<QString, QString> townshipName;
        while (sqlite3_step(areas.get()) == SQLITE_ROW) {
            byTownship[col(areas.get(), 2)].append({col(areas.get(), 0), col(areas.get(), 1)});
            townshipName.insert(col(areas.get(), 2), col(areas.get(), 3));
        }
        int staffNo = 1;
        auto personName = [&] {
            return QString::fromUtf8(Surnames[rng.uniform(0, 9)]) + QString::fromUtf8(Given[rng.uniform(0, 9)]);
        };
        auto phone = [&] { return QStringLiteral("139%1").arg(rng.uniform(10000000, 99999999)); };
        for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
            const QString institution = townshipName.value(it.key()) + QStringLiteral("卫生院");
            for (qsizetype i = 0; i < it->size(); i += 5) {
                TeamInfo t{rng.uuid(), {}, {}};
                t.name = QStringLiteral("%1第%2家庭医生团队").arg(townshipName.value(it.key())).arg(i / 5 + 1);
                team.text(1, t.id).text(2, t.name).text(3, institution).text(4, it.key());
                team.text(5, now).text(6, now).text(7, scope.userId);
                if (!team.run())
                    return fail(h, QStringLiteral("team"));
                auto member = [&](const QString &role) -> QString {
                    const QString id = rng.uuid();
                    staff.text(1, id).text(2, t.id).text(3, personName()).text(4, role);
                    staff.text(5, QStringLiteral("S%1").arg(staffNo++, 4, 10, QLatin1Char('0'))).text(6, phone());
                    staff.text(7, now).text(8, now).text(9, scope.userId);
                    return staff.run() ? id : QString();
                };
                t.doctor = member(QStringLiteral("family_doctor"));
                if (t.doctor.isEmpty() || member(QStringLiteral("nurse")).isEmpty()
                    || member(QStringLiteral("public_health")).isEmpty())
                    return fail(h, QStringLiteral("staff"));
                for (qsizetype v = i; v < qMin(i + 5, it->size()); ++v) {
                    teamVillage.text(1, t.id).text(2, it->at(v).first);
                    if (!teamVillage.run() || member(QStringLiteral("village_doctor")).isEmpty())
                        return fail(h, QStringLiteral("team village"));
                    teamOfVillage.insert(it->at(v).first, t);
                }
            }
        }
    }

    // Residents with their key-population tags as of today.
    QHash<QString, QStringList> chronic;
    {
        Stmt q(h, "SELECT resident_id, programme FROM chronic_registration WHERE closed_on IS NULL AND deleted = 0");
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            chronic[col(q.get(), 0)] << col(q.get(), 1);
    }
    QVector<Person> people;
    {
        Stmt q(h, "SELECT id, village_code, birth_date, sex, household_id FROM resident WHERE deleted = 0 ORDER BY rid");
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            people.append(Person{col(q.get(), 0), col(q.get(), 1), QDate::fromString(col(q.get(), 2), Qt::ISODate),
                                 col(q.get(), 3).at(0), col(q.get(), 4), {}});
    }
    struct FlagRate { const char *code; double p; };
    const FlagRate flagRates[] = {{"smd", 0.004}, {"tb", 0.001}, {"disabled", 0.02}, {"poverty", 0.03},
                                  {"fp_special", 0.003}};
    for (Person &p : people) {
        int age = today.year() - p.birth.year();
        if (today < p.birth.addYears(age))
            --age;
        QStringList flags;
        if (p.sex == QLatin1Char('F') && age >= 20 && age <= 38 && rng.chance(0.05))
            flags << QStringLiteral("pregnant");
        for (const FlagRate &f : flagRates)
            if (rng.chance(f.p))
                flags << QLatin1String(f.code);
        for (const QString &f : flags) {
            const QString id = rng.uuid();
            const QDate since = f == QLatin1String("pregnant") ? today.addDays(-rng.uniform(10, 250))
                                                                : today.addDays(-rng.uniform(100, 3000));
            flag.text(1, id).text(2, p.id).text(3, f).text(4, since.toString(Qt::ISODate));
            flag.text(5, now).text(6, now).text(7, scope.userId);
            if (!flag.run())
                return fail(h, QStringLiteral("flag"));
        }
        for (const KeyPopulationRule &k : rules.keyPopulations) {
            const bool in = k.source == QLatin1String("age")
                                ? (k.minAge < 0 || age >= k.minAge) && (k.maxAge < 0 || age <= k.maxAge)
                            : k.source == QLatin1String("chronic") ? chronic.value(p.id).contains(k.programme)
                                                                    : flags.contains(k.code);
            if (in)
                p.tags << k.code;
        }
    }

    // The follow-ups and health checks of the demo (the chronic and health-record parts run
    // before this one) mark the contract tasks they fulfil, by the rule a live record follows
    // (ContractTasks::markDone): a record dated within a contract's cover marks the earliest
    // open task of its kind done on its date, with the record as source. Tasks of other kinds
    // have no record in the demo and are marked done at random.
    QHash<QString, QVector<ServiceRecord>> records; // by resident, in date order
    {
        const QByteArray since = today.addDays(-800).toString(Qt::ISODate).toUtf8();
        Stmt f(h, "SELECT resident_id, programme, visit_date, id FROM chronic_followup WHERE deleted = 0 AND visit_date >= ?");
        Stmt c(h, "SELECT resident_id, 'annual_check', check_date, id FROM health_check WHERE deleted = 0"
                  " AND supersedes IS NULL AND check_date >= ?");
        for (Stmt *q : {&f, &c}) {
            if (!q->ok())
                return fail(h, QStringLiteral("service records"));
            sqlite3_bind_text(q->get(), 1, since.constData(), int(since.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(q->get()) == SQLITE_ROW) {
                const QString kind = col(q->get(), 1);
                records[col(q->get(), 0)].append(
                    {kind == QLatin1String("annual_check") ? kind : kind + QStringLiteral("_followup"),
                     QDate::fromString(col(q->get(), 2), Qt::ISODate), col(q->get(), 3)});
            }
        }
        for (QVector<ServiceRecord> &list : records)
            std::sort(list.begin(), list.end(), [](const ServiceRecord &a, const ServiceRecord &b) {
                return a.date != b.date ? a.date < b.date : a.id < b.id;
            });
    }
    const QStringList linkedKinds{QStringLiteral("hypertension_followup"), QStringLiteral("diabetes_followup"),
                                  QStringLiteral("annual_check")};

    // Contracts. A household signs together half the time; key populations far more often.
    const QStringList reasons{QStringLiteral("moved"), QStringLiteral("no_contact"), QStringLiteral("refused"),
                              QStringLiteral("voluntary"), QStringLiteral("other")};
    int serial = 0;
    RisingIds contractIds(rng), taskIds(rng);
    auto writeContract = [&](const QString &id, const Person &p, const TeamInfo &t, const QDate &signedOn, const QDate &start,
                             const QString &representative, const QString &previous, QDate terminated,
                             bool pastTasksDone) -> QString {
        QList<Package> chosen{packages.value(QStringLiteral("basic"))};
        if ((p.tags.contains(QStringLiteral("hypertension")) || p.tags.contains(QStringLiteral("diabetes")))
            && rng.chance(0.8))
            chosen << packages.value(QStringLiteral("chronic"));
        if (p.tags.contains(QStringLiteral("elderly")) && rng.chance(0.3))
            chosen << packages.value(QStringLiteral("elderly"));
        if ((p.tags.contains(QStringLiteral("pregnant")) || p.tags.contains(QStringLiteral("child"))) && rng.chance(0.4))
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
        std::snprintf(number, sizeof number, "QY%04d%02d%02d%07d", signedOn.year(), signedOn.month(), signedOn.day(),
                      ++serial);
        contract.text(1, id).text(2, QString::fromLatin1(number));
        contract.text(3, p.id).textOrNull(4, representative.isEmpty() ? QString() : p.household)
            .textOrNull(5, representative).text(6, t.id).text(7, t.doctor);
        contract.text(8, QString()).text(9, p.tags.join(QLatin1Char(','))).integer(10, fee).integer(11, ins)
            .integer(12, ph).integer(13, res);
        contract.date(14, signedOn).date(15, start).date(16, end).integer(17, rules.termYears)
            .text(18, rng.chance(0.7) ? QStringLiteral("doctor") : QStringLiteral("resident"));
        if (terminated.isValid())
            contract.date(19, terminated).text(20, reasons.at(rng.uniform(0, 3)));
        else
            contract.null(19).null(20);
        contract.textOrNull(21, previous).integer(22, rng.chance(0.9) ? 1 : 0);
        contract.text(23, now).text(24, now).text(25, scope.userId)
            .date(26, terminated.isValid() ? qMin(end, terminated.addDays(-1)) : end);
        if (!contract.run())
            return {};
        for (const Package &k : chosen)
            if (!item.text(1, id).text(2, k.id).run())
                return {};
        const QList<ContractTask> tasks = ContractRules::tasksFor(chosen, p.tags, start, end, rules.termYears);
        const QDate coverEnd = terminated.isValid() ? qMin(end, terminated.addDays(-1)) : end;
        QVector<const ServiceRecord *> doneBy(tasks.size(), nullptr);
        if (const auto found = records.constFind(p.id); found != records.cend()) {
            for (const ServiceRecord &r : *found) {
                if (r.date < start || r.date > coverEnd)
                    continue;
                // The earliest open task of the record's kind (tasksFor lists each kind by due date).
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
            } else if (!linkedKinds.contains(tk.kind) && tk.dueOn < today && rng.chance(pastTasksDone ? 0.85 : 0.7)) {
                status = QStringLiteral("done");
                done = tk.dueOn.addDays(-rng.uniform(0, 40));
                if (done < start)
                    done = start;
            }
            task.text(1, tid).text(2, id).text(3, p.id).text(4, tk.packageId).text(5, tk.kind).text(6, tk.name);
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
            const QString representative = householdP > 0 ? people.at(members.first()).id : QString();
            // Current contract started within the last year; most renewed an earlier one.
            const QDate start = today.addDays(-(together ? offset : rng.uniform(0, 364)));
            if (signs) {
                QString previous;
                if (rng.chance(0.6)) {
                    previous = contractIds.take();
                    const QDate prevStart = start.addYears(-1);
                    if (writeContract(previous, p, t, prevStart.addDays(-rng.uniform(0, 20)), prevStart,
                                      representative, {}, {}, true)
                            .isEmpty())
                        return fail(h, QStringLiteral("previous contract"));
                }
                QDate terminated;
                if (rng.chance(0.03) && start.daysTo(today) > 30)
                    terminated = start.addDays(rng.uniform(15, int(start.daysTo(today))));
                if (writeContract(contractIds.take(), p, t, start.addDays(-rng.uniform(0, 20)), start, representative, previous,
                                  terminated, false)
                        .isEmpty())
                    return fail(h, QStringLiteral("contract"));
            } else if (rng.chance(Lapsed)) {
                // Signed once, lapsed without renewal (awaiting renewal or expired).
                const QDate oldStart = today.addDays(-rng.uniform(366, 700));
                if (writeContract(contractIds.take(), p, t, oldStart, oldStart, {}, {}, {}, true).isEmpty())
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
            Stmt q(h, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'outbox_pending_insert'");
            if (sqlite3_step(q.get()) == SQLITE_ROW)
                triggerSql = col(q.get(), 0).toUtf8();
        }
        if (!triggerSql.isEmpty()
            && sqlite3_exec(h, "DROP TRIGGER outbox_pending_insert", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(h, QStringLiteral("outbox trigger"));
        qint64 added = 0;
        // In dependency order: teams and their staff, flags, contracts, tasks.
        for (const char *table : {"contract_team", "contract_staff", "resident_flag", "contract", "contract_task"}) {
            Stmt ins(h, QByteArray("INSERT INTO outbox(entity, entity_id, op, created_at) SELECT '") + table
                            + "', id, 'create', ?1 FROM main." + table + " WHERE created_at = ?1 ORDER BY id");
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
