#include "demogenerator.h"
#include "demoids.h"
#include "plannerstatistics.h"

#include "changelog.h"
#include "dbaccess.h"
#include "demoextension.h"
#include "demowords.h"
#include "idnumber.h"
#include "logging.h"
#include "pinyin.h"
#include "searchterms.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
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
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }
    // Index into cumulative weights.
    int weighted(const QVector<int> &cumulative)
    {
        const int x = uniform(0, cumulative.last() - 1);
        return int(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
    }
    QString uuid() { return demoUuidString(m_gen); }

private:
    std::mt19937_64 m_gen;
};

using Stmt = SqliteStmt;

struct Person
{
    QString name;
    QChar sex;
    QDate birth;
    QString relation;
    QString surname;
};

// Household sizes 1-6 (per cent): a rural township after the 2020 census pattern, approximately.
const QVector<int> HouseholdSizeCumulative{15, 40, 64, 82, 93, 100};
// Head-of-household age bands (lower bound, upper bound, weight).
struct Band
{
    int lo, hi, weight;
};
const Band HeadAges[] = {{22, 34, 17}, {35, 44, 20}, {45, 54, 24},
                         {55, 64, 20}, {65, 74, 13}, {75, 90, 6}};
const QStringList OtherCounties{QStringLiteral("430102"), QStringLiteral("430181"),
                                QStringLiteral("431102"), QStringLiteral("360121"),
                                QStringLiteral("421002"), QStringLiteral("440305")};
const QStringList MinorityCodes{QStringLiteral("03"), QStringLiteral("06"), QStringLiteral("08"),
                                QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("15")};

class Builder
{
public:
    Builder(Rng &rng, const DemoOptions &o) : m_rng(rng), m_o(o), m_w(DemoWords::get()) {}

    QDate birthForAge(int age)
    {
        const QDate start = m_o.today.addYears(-age - 1).addDays(1);
        return start.addDays(m_rng.uniform(0, int(start.daysTo(m_o.today.addYears(-age)))));
    }

    QString given(QChar sex, int birthYear)
    {
        const QStringList &pool = sex == QLatin1Char('M') ? m_w.givenMale : m_w.givenFemale;
        const double twoChars = birthYear >= 1960 ? 0.75 : 0.55;
        QString g = m_rng.pick(pool);
        if (m_rng.chance(twoChars))
            g += m_rng.pick(pool);
        return g;
    }

    QString surname() { return m_w.surnames.at(m_rng.weighted(m_w.surnameCumulative)); }

    Person person(const QString &surname, QChar sex, int age, const QString &relation)
    {
        Person p;
        p.surname = surname;
        p.sex = sex;
        p.birth = birthForAge(qMax(0, age));
        p.name = surname + given(sex, p.birth.year());
        p.relation = relation;
        return p;
    }

    QVector<Person> household(int size)
    {
        QVector<Person> out;
        int total = 0;
        for (const Band &b : HeadAges)
            total += b.weight;
        int x = m_rng.uniform(0, total - 1);
        Band band = HeadAges[0];
        for (const Band &b : HeadAges) {
            if (x < b.weight) {
                band = b;
                break;
            }
            x -= b.weight;
        }
        const int headAge = m_rng.uniform(band.lo, band.hi);
        const QChar headSex = m_rng.chance(0.78) ? QLatin1Char('M') : QLatin1Char('F');
        const QString headSurname = surname();
        out << person(headSurname, headSex, headAge, QStringLiteral("02"));
        QString childSurname = headSurname;
        if (size >= 2 && m_rng.chance(0.88)) {
            const QChar s = headSex == QLatin1Char('M') ? QLatin1Char('F') : QLatin1Char('M');
            const QString sn = surname();
            out << person(sn, s, qMax(20, headAge + m_rng.uniform(-5, 3)), QStringLiteral("10"));
            if (s == QLatin1Char('M'))
                childSurname = sn;
        }
        if (out.size() < size && headAge <= 48 && size >= 5 && m_rng.chance(0.6)) {
            const int parentAge = qMin(95, headAge + m_rng.uniform(24, 32));
            out << person(surname(), m_rng.chance(0.5) ? QLatin1Char('M') : QLatin1Char('F'),
                          parentAge, QStringLiteral("50"));
        }
        int childAge = headAge - m_rng.uniform(22, 32);
        while (out.size() < size) {
            const QChar s = m_rng.chance(0.52) ? QLatin1Char('M') : QLatin1Char('F');
            if (headAge >= 56 && m_rng.chance(0.5)) {
                out << person(childSurname, s, m_rng.uniform(0, 14), QStringLiteral("40"));
            } else {
                const int age = childAge >= 0 ? childAge : m_rng.uniform(0, 6);
                out << person(childSurname, s, age,
                              s == QLatin1Char('M') ? QStringLiteral("20") : QStringLiteral("30"));
                childAge -= m_rng.uniform(1, 5);
            }
        }
        return out;
    }

    QString idNumber(const Person &p, bool localHukou)
    {
        const QString county = localHukou ? m_o.countyCode : m_rng.pick(OtherCounties);
        for (int attempt = 0; attempt < 50; ++attempt) {
            int seq = m_rng.uniform(0, 499) * 2 + (p.sex == QLatin1Char('M') ? 1 : 0);
            const QString body = county + p.birth.toString(QStringLiteral("yyyyMMdd")) +
                                 QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString id = body + IdNumber::checkCharacter(body);
            if (!m_usedIds.contains(id)) {
                m_usedIds.insert(id);
                return id;
            }
        }
        return {};
    }

    QString phone()
    {
        static const char *prefixes[] = {"13", "15", "17", "18", "19"};
        QString p = QLatin1String(prefixes[m_rng.uniform(0, 4)]);
        for (int i = 0; i < 9; ++i)
            p += QChar(u'0' + m_rng.uniform(0, 9));
        return p;
    }

private:
    Rng &m_rng;
    const DemoOptions &m_o;
    const DemoWords &m_w;
    QSet<QString> m_usedIds;
};

// The residents' search terms, kept as UTF-8 in one arena and written at the end in key order
// (term, rid), so the search index grows at its end instead of taking 2.4 million random-key
// inserts at 200,000 residents. Duplicates are dropped like INSERT OR IGNORE did.
class SearchTermBuffer
{
public:
    void add(const QString &term, qint64 rid)
    {
        const QByteArray b = term.toUtf8();
        m_entries.push_back({quint32(m_arena.size()), quint32(b.size()), rid});
        m_arena.append(b);
    }
    bool write(sqlite3 *h)
    {
        const char *base = m_arena.constData();
        std::sort(m_entries.begin(), m_entries.end(), [base](const Entry &a, const Entry &b) {
            const int c =
                std::memcmp(base + a.offset, base + b.offset, std::min(a.length, b.length));
            if (c != 0)
                return c < 0;
            return a.length != b.length ? a.length < b.length : a.rid < b.rid;
        });
        constexpr int Batch = 100;
        QByteArray sql = "INSERT OR IGNORE INTO search_term(term, rid) VALUES(?,?)";
        for (int i = 1; i < Batch; ++i)
            sql += ",(?,?)";
        SqliteStmt many(h, sql.constData());
        SqliteStmt one(h, "INSERT OR IGNORE INTO search_term(term, rid) VALUES(?,?)");
        if (!many.ok() || !one.ok())
            return false;
        size_t at = 0;
        for (; at + Batch <= m_entries.size(); at += Batch) {
            for (int i = 0; i < Batch; ++i) {
                const Entry &e = m_entries[at + size_t(i)];
                sqlite3_bind_text(many.handle(), 2 * i + 1, base + e.offset, int(e.length),
                                  SQLITE_STATIC);
                sqlite3_bind_int64(many.handle(), 2 * i + 2, e.rid);
            }
            if (!many.run())
                return false;
        }
        for (; at < m_entries.size(); ++at) {
            const Entry &e = m_entries[at];
            sqlite3_bind_text(one.handle(), 1, base + e.offset, int(e.length), SQLITE_STATIC);
            sqlite3_bind_int64(one.handle(), 2, e.rid);
            if (!one.run())
                return false;
        }
        m_entries.clear();
        m_arena.clear();
        return true;
    }

private:
    struct Entry
    {
        quint32 offset, length;
        qint64 rid;
    };
    QByteArray m_arena;
    std::vector<Entry> m_entries;
};

Result<void> sqlExec(sqlite3 *h, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(h, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString d = QString::fromUtf8(err ? err : "");
        sqlite3_free(err);
        return makeError(QStringLiteral("demo.db"), Text::tr("生成演示数据失败"), {}, d);
    }
    return {};
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const QString &conn, const Scope &scope,
                                            const DemoOptions &o, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu0 = std::clock();
    auto cpuMs = [](std::clock_t since) {
        return qint64((std::clock() - since) * 1000 / CLOCKS_PER_SEC);
    };
    if (o.residents < 1 || o.residents > 5'000'000)
        return makeError(QStringLiteral("demo.size"), Text::tr("居民人数应在 1 到 5000000 之间"),
                         QStringLiteral("residents"));
    sqlite3 *h = sqliteHandle(conn);
    {
        QSqlQuery q(db(conn));
        if (!q.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM resident) + (SELECT count(*) FROM area)")))
            return dbError(q);
        q.next();
        if (q.value(0).toLongLong() > 0)
            return makeError(QStringLiteral("demo.notempty"),
                             Text::tr("数据库中已有数据；演示数据只生成到空数据库中"));
    }
    Rng rng(o.seed);
    Builder build(rng, o);
    const DemoWords &w = DemoWords::get();
    DemoSummary sum;
    sum.villages = qMax(3, (o.residents + 1999) / 2000);
    sum.townships = (sum.villages + 24) / 25;

    // Bulk mode for the load into an empty file (docs/contracts.md, "Demo generator speed"):
    // - foreign keys are not enforced during the load (the rows are consistent by construction;
    //   tst_contractdemo runs foreign_key_check on a generated file);
    // - a rollback journal instead of the WAL: every page of the empty file is written once, to
    //   the file, instead of into the WAL and then again by the checkpoint; a failure still rolls
    //   everything back;
    // - the non-unique indexes and the outbox's unsent-count trigger are set aside and re-created
    //   (a sorted build each) before the commit, the unsent count computed once.
    // All put back in restore(), whether the demo commits or not.
    const bool fkWasOn = [&] {
        SqliteStmt q(h, "PRAGMA foreign_keys");
        return q.step() && q.columnInt(0) != 0;
    }();
    (void)sqlExec(h, "PRAGMA foreign_keys=OFF");
    bool wasWal = false;
    {
        SqliteStmt q(h, "PRAGMA journal_mode");
        wasWal = q.step() && q.columnText(0) == QLatin1String("wal");
    }
    if (wasWal) {
        SqliteStmt q(h, "PRAGMA journal_mode=DELETE");
        if (!q.step() || q.columnText(0) != QLatin1String("delete"))
            wasWal = false; // another connection holds the file: stay in WAL
    }
    auto restore = [h, fkWasOn, &wasWal] {
        (void)sqlExec(h, "PRAGMA cache_size=-16000");
        if (wasWal)
            (void)sqlExec(h, "PRAGMA journal_mode=WAL");
        if (fkWasOn)
            (void)sqlExec(h, "PRAGMA foreign_keys=ON");
        wasWal = false;
    };
    (void)sqlExec(h, "PRAGMA cache_size=-100000");
    if (auto r = sqlExec(h, "BEGIN IMMEDIATE"); !r) {
        restore();
        return r.error();
    }
    auto fail = [&](const QString &what) -> Result<DemoSummary> {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(h));
        (void)sqlExec(h, "ROLLBACK");
        restore();
        return makeError(QStringLiteral("demo.db"), Text::tr("生成演示数据失败，数据库保持原样"),
                         {}, what + QStringLiteral(": ") + detail);
    };
    QList<QByteArray> deferred; // CREATE statements, run again before the commit
    {
        QList<QByteArray> drops;
        SqliteStmt q(h,
                     "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND"
                     " ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%')"
                     " OR (type = 'trigger' AND name = 'outbox_pending_insert')) ORDER BY rowid");
        while (q.step()) {
            drops << "DROP " + q.columnText(0).toUpper().toUtf8() + " \"" +
                         q.columnText(1).toUtf8() + "\"";
            deferred << q.columnText(2).toUtf8();
        }
        q.reset();
        for (const QByteArray &d : std::as_const(drops))
            if (!sqlExec(h, d.constData()))
                return fail(QStringLiteral("drop index"));
    }

    Stmt area(h, "INSERT INTO area(code, name, level, parent_code) VALUES(?,?,?,?)");
    Stmt hh(h, "INSERT INTO household(id, village_code, address, head_id, created_at, updated_at,"
               " updated_by) VALUES(?,?,?,?,?,?,?)");
    Stmt res(h,
             "INSERT INTO resident(rid, id, record_no, name, sex, birth_date, id_number, phone,"
             " address, village_code, residence_type, ethnicity, household_id, relation, sort_key,"
             " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    SearchTermBuffer terms;
    Stmt serial(h, "INSERT INTO record_serial(village_code, next_serial) VALUES(?,?)");
    if (!area.ok() || !hh.ok() || !res.ok() || !serial.ok())
        return fail(QStringLiteral("prepare"));

    area.text(1, o.countyCode).text(2, o.countyName).text(3, QStringLiteral("county")).null(4);
    if (!area.run())
        return fail(QStringLiteral("county"));
    QStringList villageCodes, villageNames;
    QSet<QString> usedNames;
    for (int t = 0; t < sum.townships; ++t) {
        const QString tcode =
            o.countyCode + QStringLiteral("%1").arg(101 + t, 3, 10, QLatin1Char('0'));
        const QString tname = w.townships.at(t % w.townships.size()) + QStringLiteral("镇");
        area.text(1, tcode)
            .text(2, tname)
            .text(3, QStringLiteral("township"))
            .text(4, o.countyCode);
        if (!area.run())
            return fail(QStringLiteral("township"));
        for (int v = 0; v < 25 && villageCodes.size() < sum.villages; ++v) {
            const QString vcode =
                tcode + QStringLiteral("%1").arg(201 + v, 3, 10, QLatin1Char('0'));
            QString vname;
            do {
                vname = rng.pick(w.placeFirst) + rng.pick(w.placeSecond) + QStringLiteral("村");
            } while (usedNames.contains(vname) && usedNames.size() < 1000);
            usedNames.insert(vname);
            area.text(1, vcode).text(2, vname).text(3, QStringLiteral("village")).text(4, tcode);
            if (!area.run())
                return fail(QStringLiteral("village"));
            villageCodes << vcode;
            villageNames << vname;
        }
    }

    const QString now = ChangeLog::nowUtc();
    QVector<int> serials(villageCodes.size(), 1);
    qint64 rid = 0;
    int done = 0;
    while (done < o.residents) {
        const int vi = rng.uniform(0, int(villageCodes.size()) - 1);
        const int size = qMin(o.residents - done, 1 + rng.weighted(HouseholdSizeCumulative));
        const QVector<Person> people = build.household(size);
        const QString householdId = rng.uuid();
        const QString address =
            villageNames.at(vi) +
            QStringLiteral("%1组%2号").arg(rng.uniform(1, 12)).arg(rng.uniform(1, 120));
        const bool localHukou = rng.chance(0.92);
        QStringList ids;
        for (qsizetype i = 0; i < people.size(); ++i)
            ids << rng.uuid();
        hh.text(1, householdId).text(2, villageCodes.at(vi)).text(3, address).text(4, ids.first());
        hh.text(5, now).text(6, now).text(7, scope.userId);
        if (!hh.run())
            return fail(QStringLiteral("household"));
        for (qsizetype pi = 0; pi < people.size(); ++pi) {
            const Person &p = people.at(pi);
            const QString &id = ids.at(pi);
            const int age = p.birth.daysTo(o.today) / 365;
            const QString idNumber = build.idNumber(p, localHukou);
            const QString phone = age >= 16 && rng.chance(0.88) ? build.phone() : QString();
            const QString recordNo =
                villageCodes.at(vi) +
                QStringLiteral("%1").arg(serials[vi]++, 5, 10, QLatin1Char('0'));
            ++rid;
            res.integer(1, rid)
                .text(2, id)
                .text(3, recordNo)
                .text(4, p.name)
                .text(5, QString(p.sex));
            res.text(6, p.birth.toString(Qt::ISODate));
            if (idNumber.isEmpty())
                res.null(7);
            else
                res.text(7, idNumber);
            res.text(8, phone).text(9, address).text(10, villageCodes.at(vi));
            res.integer(11, localHukou ? 1 : 2);
            res.text(12, rng.chance(0.95) ? QStringLiteral("01") : rng.pick(MinorityCodes));
            res.text(13, householdId).text(14, p.relation).text(15, Pinyin::sortKey(p.name));
            res.text(16, now).text(17, now).text(18, scope.userId);
            if (!res.run())
                return fail(QStringLiteral("resident"));
            for (const QString &t : searchTermsFor(p.name, idNumber, phone, recordNo))
                terms.add(t, rid);
            ++done;
            if (progress && done % 2000 == 0 && !progress(done, o.residents))
                return fail(QStringLiteral("cancelled"));
        }
        ++sum.households;
    }
    for (int i = 0; i < villageCodes.size(); ++i) {
        serial.text(1, villageCodes.at(i)).integer(2, serials.at(i));
        if (!serial.run())
            return fail(QStringLiteral("serial"));
    }
    if (!terms.write(h))
        return fail(QStringLiteral("term"));
    for (const char *table : {"household", "resident"})
        if (!demoOutbox(h, table, now))
            return fail(QStringLiteral("outbox"));
    sum.partMilliseconds.append({QStringLiteral("residents"), timer.elapsed()});
    sum.partCpuMilliseconds.append({QStringLiteral("residents"), cpuMs(cpu0)});
    for (const DemoExtension &ext : demoExtensions()) {
        QElapsedTimer part;
        part.start();
        const std::clock_t partCpu = std::clock();
        auto r = ext.run(conn, h, scope, o);
        sum.partMilliseconds.append({QLatin1String(ext.name), part.elapsed()});
        sum.partCpuMilliseconds.append({QLatin1String(ext.name), cpuMs(partCpu)});
        if (!r) {
            (void)sqlExec(h, "ROLLBACK");
            restore();
            return makeError(r.error().code, r.error().message, r.error().field,
                             QLatin1String(ext.name) + QStringLiteral(": ") + r.error().detail);
        }
    }
    QElapsedTimer finish;
    finish.start();
    const std::clock_t finishCpu = std::clock();
    // Sorted index builds; SQLite may sort on a second core while this one reads the table.
    (void)sqlExec(h, "PRAGMA threads=2");
    for (const QByteArray &sql : std::as_const(deferred))
        if (!sqlExec(h, sql.constData()))
            return fail(QStringLiteral("re-create index"));
    (void)sqlExec(h, "PRAGMA threads=0");
    if (!sqlExec(h, "UPDATE outbox_pending_count SET records = (SELECT count(*) FROM (SELECT "
                    "DISTINCT entity,"
                    " entity_id FROM outbox WHERE acked_at IS NULL)) WHERE one = 1"))
        return fail(QStringLiteral("outbox count"));
    const QJsonObject after{{QStringLiteral("residents"), o.residents},
                            {QStringLiteral("seed"), QString::number(o.seed)},
                            {QStringLiteral("county"), o.countyCode}};
    if (auto r = ChangeLog::audit(conn, scope, QStringLiteral("demo.generate"),
                                  QStringLiteral("database"), QString(), {}, after);
        !r) {
        (void)sqlExec(h, "ROLLBACK");
        restore();
        return r.error();
    }
    if (!sqlExec(h, "COMMIT"))
        return fail(QStringLiteral("commit"));
    restore();
    // Full statistics of every table the demo filled: statistics from a sample of each index
    // (analysis_limit) led SQLite to plans several times slower (PlannerStatistics).
    (void)PlannerStatistics::refresh(h, PlannerStatistics::staleTables(h));
    sum.partMilliseconds.append({QStringLiteral("indexes and commit"), finish.elapsed()});
    sum.partCpuMilliseconds.append({QStringLiteral("indexes and commit"), cpuMs(finishCpu)});
    sum.residents = done;
    sum.milliseconds = timer.elapsed();
    if (progress)
        progress(done, o.residents);
    qCInfo(lcDemo) << "demo generated" << done << "residents in" << sum.milliseconds << "ms";
    return sum;
}

} // namespace Models
