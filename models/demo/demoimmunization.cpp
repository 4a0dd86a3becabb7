// Demo data: every child 0-6 gets a realistic immunization history (mostly on time, some late,
// some missed, some catching up, a few refusals), certificates, and the clinic's stock of lots.
// Histories are simulated with the planner itself, visit by visit, so they obey the schedule.
#include "demoimmunization.h"
#include "demoextension.h"
#include "demoids.h"
#include "sqlitestmt.h"

#include "changelog.h"
#include "logging.h"
#include "vaccineplanner.h"

#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

namespace Models {

namespace {

using Stmt = SqliteStmt;

class Rng
{
public:
    explicit Rng(quint64 seed) : m_gen(seed) {}
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_gen); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_gen) < p; }

private:
    std::mt19937_64 m_gen;
};

const char *const Manufacturers[] = {"北京生物制品研究所",
                                     "成都生物制品研究所",
                                     "武汉生物制品研究所",
                                     "上海生物制品研究所",
                                     "兰州生物制品研究所",
                                     "长春生物制品研究所",
                                     "中国医学科学院医学生物学研究所",
                                     "华兰生物疫苗股份有限公司"};

enum class Profile { OnTime, Late, Missed, CatchUp, Refusal };

struct LotKey
{
    QString id, lotNo, manufacturer, expiry, code;
};

// Version-4 ids from the demo's own generator (deterministic from the seed; no system random
// source per id), kept apart from the generator of the histories so those do not change.
class Ids
{
public:
    explicit Ids(quint64 seed) : m_gen(seed) {}
    QString take() { return demoUuidString(m_gen); }

private:
    std::mt19937_64 m_gen;
};

} // namespace

Result<void> generateDemoImmunization(const QString &connectionName, sqlite3 *h, const Scope &scope,
                                      const DemoOptions &o)
{
    Q_UNUSED(connectionName)
    QElapsedTimer timer;
    timer.start();
    Rng rng(o.seed ^ 0x1a2b3c4d5e6f7081ULL);
    Ids ids_(o.seed ^ 0x1d5d1d5d1d5d1d5dULL);
    auto uuid = [&ids_] { return ids_.take(); };
    auto fail = [h](const QString &what) {
        return makeError(QStringLiteral("demo.immunization"),
                         QStringLiteral("demo immunization: %1").arg(what), {},
                         QString::fromUtf8(sqlite3_errmsg(h)));
    };
    const QString now = ChangeLog::nowUtc();
    const QString user = scope.userId;
    const ScheduleSet &set = ScheduleSet::instance();
    const Schedule &latest = set.all().last();

    Stmt lotIns(h,
                "INSERT INTO vaccine_lot(id, vaccine, vaccine_code, manufacturer, lot_no, expiry,"
                " doses_received, active, created_at, updated_at, updated_by) "
                "VALUES(?,?,?,?,?,?,500,?,?,?,?)");
    Stmt doseIns(
        h, "INSERT INTO immunization_dose(id, resident_id, vaccine, vaccine_code, given_on, source,"
           " lot_id, manufacturer, lot_no, expiry, site, route, clinic, vaccinator, created_at,"
           " updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt stateIns(h,
                  "INSERT INTO immunization_state(id, resident_id, kind, code, note, recorded_on,"
                  " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?)");
    Stmt certIns(h,
                 "INSERT INTO immunization_certificate(id, resident_id, certificate_no, issued_on,"
                 " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?)");
    if (!lotIns.ok() || !doseIns.ok() || !stateIns.ok() || !certIns.ok())
        return fail(QStringLiteral("prepare"));

    // Stock: one lot per programme product per year; a lot expires at the end of the next year,
    // so this year's and last year's lots are usable today.
    QHash<QString, LotKey> lots; // "abbr#year"
    const int firstYear = o.today.year() - 8;
    for (const VaccineProduct &p : latest.products) {
        if (!p.programme)
            continue;
        for (int year = firstYear; year <= o.today.year(); ++year) {
            LotKey k;
            k.id = uuid();
            k.code = p.codes.value(0);
            k.manufacturer = QString::fromUtf8(Manufacturers[rng.uniform(0, 7)]);
            k.lotNo = QStringLiteral("%1%2%3")
                          .arg(k.code.isEmpty() ? QStringLiteral("00") : k.code)
                          .arg(year)
                          .arg(rng.uniform(1, 99), 2, 10, QLatin1Char('0'));
            k.expiry = QDate(year + 1, 12, 31).toString(Qt::ISODate);
            const bool active = year >= o.today.year() - 1;
            lotIns.text(1, k.id)
                .text(2, p.abbr)
                .text(3, k.code)
                .text(4, k.manufacturer)
                .text(5, k.lotNo)
                .text(6, k.expiry)
                .text(7, active ? QStringLiteral("1") : QStringLiteral("0"))
                .text(8, now)
                .text(9, now)
                .text(10, user);
            if (!lotIns.run())
                return fail(QStringLiteral("lot"));
            lots.insert(p.abbr + QLatin1Char('#') + QString::number(year), k);
        }
    }

    struct Child
    {
        QString id;
        QDate birth;
        QString village;
    };
    QVector<Child> kids;
    {
        Stmt q(
            h,
            "SELECT id, birth_date, village_code FROM resident WHERE deleted = 0 AND birth_date > ?"
            " ORDER BY rid");
        q.text(1, o.today.addYears(-7).toString(Qt::ISODate));
        while (q.step())
            kids.append({q.columnText(0), QDate::fromString(q.columnText(1), Qt::ISODate),
                         q.columnText(2)});
    }

    // Doses are collected first and written in key order: random UUID keys inserted one by one
    // into large b-trees cost most of the time at 200,000 residents.
    struct Pending
    {
        int kid;
        QString vaccine;
        QDate when;
    };
    QVector<Pending> pending;
    pending.reserve(kids.size() * 18);
    const VaccinePlanner planner;
    const QString birthClinic = QStringLiteral("县妇幼保健院");
    const QString clinic = QStringLiteral("乡镇卫生院预防接种门诊");
    int doseCount = 0;
    int certNo = 0;
    for (const Child &c : kids) {
        const int roll = rng.uniform(0, 999);
        const Profile profile = roll < 760   ? Profile::OnTime
                                : roll < 880 ? Profile::Late
                                : roll < 950 ? Profile::Missed
                                : roll < 985 ? Profile::CatchUp
                                             : Profile::Refusal;
        ChildFacts facts;
        facts.birth = c.birth;
        if (rng.chance(0.12))
            facts.preferredRoutes << QStringLiteral("JE-I");
        if (rng.chance(0.15))
            facts.preferredRoutes << QStringLiteral("HepA-I");
        if (rng.chance(0.002)) {
            facts.healthStates << QStringLiteral("immunodeficiency");
            const QString sid = uuid();
            stateIns.text(1, sid)
                .text(2, c.id)
                .text(3, QStringLiteral("health"))
                .text(4, QStringLiteral("immunodeficiency"))
                .text(5, QString())
                .text(6, c.birth.addMonths(2).toString(Qt::ISODate))
                .text(7, now)
                .text(8, now)
                .text(9, user);
            if (!stateIns.run())
                return fail(QStringLiteral("state"));
        }
        QStringList refused;
        if (profile == Profile::Refusal) {
            static const QStringList options{QStringLiteral("MMR"), QStringLiteral("JE-L"),
                                             QStringLiteral("HepA-L"), QStringLiteral("MenA")};
            refused << options.at(rng.uniform(0, int(options.size()) - 1));
            const QDate on = qMin(o.today, c.birth.addMonths(8));
            const QString sid = uuid();
            stateIns.text(1, sid)
                .text(2, c.id)
                .text(3, QStringLiteral("refusal"))
                .text(4, refused.first())
                .text(5, QStringLiteral("家长拒绝接种"))
                .text(6, on.toString(Qt::ISODate))
                .text(7, now)
                .text(8, now)
                .text(9, user);
            if (!stateIns.run())
                return fail(QStringLiteral("refusal"));
        }
        QString skipped; // a series the 'missed' profile never completes
        if (profile == Profile::Missed) {
            static const QStringList options{QStringLiteral("HepB"),   QStringLiteral("Polio"),
                                             QStringLiteral("DTP"),    QStringLiteral("MMR"),
                                             QStringLiteral("MenA"),   QStringLiteral("JE-L"),
                                             QStringLiteral("HepA-L"), QStringLiteral("MenAC")};
            skipped = options.at(rng.uniform(0, int(options.size()) - 1));
        }
        if (rng.chance(0.96)) {
            const QDate issued = c.birth.addDays(rng.uniform(0, 40));
            if (issued <= o.today) {
                const QString id = uuid();
                certIns.text(1, id)
                    .text(2, c.id)
                    .text(3, QStringLiteral("%1%2")
                                 .arg(c.village.left(9))
                                 .arg(++certNo, 6, 10, QLatin1Char('0')))
                    .text(4, issued.toString(Qt::ISODate))
                    .text(5, now)
                    .text(6, now)
                    .text(7, user);
                if (!certIns.run())
                    return fail(QStringLiteral("certificate"));
            }
        }
        auto give = [&](const PlannedDose &d, const QDate &when) -> bool {
            pending.append({int(&c - kids.constData()), d.vaccine, when});
            facts.doses.append({d.vaccine, when});
            return true;
        };
        QDate t = c.birth;
        if (profile == Profile::CatchUp)
            t = c.birth.addDays(
                rng.uniform(270, 1500)); // first seen late: birth doses elsewhere missed
        else if (rng.chance(0.03))
            t = c.birth.addDays(rng.uniform(1, 20)); // birth doses a little late
        for (int visit = 0; visit < 60 && t <= o.today; ++visit) {
            const Plan plan = planner.plan(facts, t, false);
            QVector<const PlannedDose *> open;
            QDate next;
            for (const PlannedDose &d : plan.doses) {
                if (refused.contains(d.series) || (d.series == skipped && d.dose >= 2))
                    continue;
                if (d.isOpen())
                    open << &d;
                else if (d.status == DoseStatus::Upcoming && (!next.isValid() || d.earliest < next))
                    next = d.earliest;
            }
            // The upcoming dates of this plan already assume the open doses are given today.
            for (const PlannedDose *d : std::as_const(open))
                if (!(profile == Profile::Missed && rng.chance(0.04)))
                    give(*d, t);
            if (!next.isValid())
                break;
            int delay = rng.uniform(0, 7);
            if (profile == Profile::Late || (profile == Profile::Missed && rng.chance(0.3)))
                delay = rng.uniform(10, 75);
            t = qMax(t.addDays(1), next.addDays(delay));
        }
    }
    // Rows ordered by child id (the resident index grows at its end), ids sorted to match (the
    // primary key and the outbox index grow at their ends too).
    QVector<int> order(kids.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return kids.at(a).id < kids.at(b).id; });
    QVector<int> rank(kids.size());
    for (int i = 0; i < order.size(); ++i)
        rank[order.at(i)] = i;
    std::stable_sort(pending.begin(), pending.end(), [&](const Pending &a, const Pending &b) {
        return rank.at(a.kid) != rank.at(b.kid) ? rank.at(a.kid) < rank.at(b.kid) : a.when < b.when;
    });
    QStringList ids;
    ids.reserve(pending.size());
    for (int i = 0; i < pending.size(); ++i)
        ids << uuid();
    ids.sort();
    for (int i = 0; i < pending.size(); ++i) {
        const Pending &d = pending.at(i);
        const Child &c = kids.at(d.kid);
        const bool atBirth = d.when <= c.birth.addDays(2);
        const LotKey lot =
            lots.value(d.vaccine + QLatin1Char('#') + QString::number(d.when.year()));
        const auto p = latest.products.constFind(d.vaccine);
        const QString &id = ids.at(i);
        doseIns.text(1, id)
            .text(2, c.id)
            .text(3, d.vaccine)
            .text(4, lot.code)
            .text(5, d.when.toString(Qt::ISODate))
            .text(6, atBirth ? QStringLiteral("elsewhere") : QStringLiteral("here"));
        if (atBirth || lot.id.isEmpty())
            doseIns.null(7);
        else
            doseIns.text(7, lot.id);
        doseIns.text(8, lot.manufacturer)
            .text(9, lot.lotNo)
            .text(10, lot.expiry)
            .text(11, p->siteCode())
            .text(12, p->route)
            .text(13, atBirth ? birthClinic : clinic)
            .text(14, atBirth ? QStringLiteral("产科护士") : QStringLiteral("接种医生"))
            .text(15, now)
            .text(16, now)
            .text(17, user);
        if (!doseIns.run())
            return fail(QStringLiteral("dose"));
    }
    doseCount = int(pending.size());
    for (const char *table :
         {"vaccine_lot", "immunization_state", "immunization_certificate", "immunization_dose"})
        if (!demoOutbox(h, table, now))
            return fail(QStringLiteral("outbox"));
    qCInfo(lcDemo) << "demo immunization:" << kids.size() << "children," << doseCount << "doses in"
                   << timer.elapsed() << "ms";
    return {};
}

} // namespace Models
