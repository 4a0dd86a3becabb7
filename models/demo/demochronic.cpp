// Demo chronic patients: about 18% hypertension and 7% type 2 diabetes among residents aged 35
// and over (DESIGN.md reference data set), each with years of follow-ups classified by the
// active rule set: controlled, uncontrolled and missed visits, some lost or closed.
#include "demochronic.h"
#include "chronicrules.h"
#include "codetable.h"
#include "demoextension.h"
#include "demoids.h"
#include "logging.h"
#include "sqlitestmt.h"

#include <QElapsedTimer>

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <random>

namespace Models {

namespace {

using Stmt = SqliteStmt;

class Rng
{
public:
    explicit Rng(quint64 seed) : m_gen(seed) {}
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_gen); }
    double real(double lo, double hi)
    {
        return std::uniform_real_distribution<double>(lo, hi)(m_gen);
    }
    double normal(double mean, double sd)
    {
        return std::normal_distribution<double>(mean, sd)(m_gen);
    }
    bool chance(double p) { return real(0, 1) < p; }
    QByteArray uuid() { return demoUuid(m_gen); }
    // Time-ordered (version 7 layout): the 48-bit time field counts up from `epochMs`, so bulk
    // inserts append at the right edge of the primary-key and registration indexes instead of
    // splitting pages all over a 450,000-row B-tree.
    QByteArray orderedUuid(quint64 epochMs)
    {
        const quint64 a = ((epochMs + m_seq++) << 16) | 0x7000ULL | (m_gen() & 0x0FFFULL);
        quint64 b = m_gen();
        b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        char buf[40];
        std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx",
                      (unsigned long long)(a >> 32), (unsigned long long)((a >> 16) & 0xFFFF),
                      (unsigned long long)(a & 0xFFFF), (unsigned long long)(b >> 48),
                      (unsigned long long)(b & 0xFFFFFFFFFFFFULL));
        return QByteArray(buf, 36);
    }

private:
    std::mt19937_64 m_gen;
    quint64 m_seq = 0;
};

// Prevalence by age band, chosen so that the 35+ population of the demo pyramid comes out at
// about 18% hypertension and 7% diabetes.
double hypertensionRisk(int age)
{
    return age < 45 ? 0.07 : age < 55 ? 0.15 : age < 65 ? 0.24 : age < 75 ? 0.32 : 0.36;
}

double diabetesRisk(int age)
{
    return age < 45 ? 0.03 : age < 55 ? 0.06 : age < 65 ? 0.09 : 0.11;
}

const char *const Drugs[][2] = {{"硝苯地平缓释片", "20mg"}, {"氨氯地平", "5mg"},
                                {"厄贝沙坦", "150mg"},      {"缬沙坦", "80mg"},
                                {"氢氯噻嗪", "12.5mg"},     {"美托洛尔", "25mg"}};
const char *const DiabetesDrugs[][2] = {
    {"二甲双胍", "0.5g"}, {"格列美脲", "2mg"}, {"阿卡波糖", "50mg"}};

} // namespace

Result<void> generateChronicDemo(const QString &, sqlite3 *h, const Scope &scope,
                                 const DemoOptions &o)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu0 = std::clock();
    Rng rng(o.seed ^ 0xC4A0'11C5'2017'0008ULL);
    const ChronicRuleSet &rules = ChronicRuleSet::active();
    const QString icdVersion = CodeTable::get(QStringLiteral("chronic_icd10")).version();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray user = scope.userId.toUtf8();

    Stmt people(h, "SELECT r.id, r.birth_date, r.village_code, r.sex FROM resident r WHERE "
                   "r.deleted = 0 AND r.birth_date <= ?"
                   " ORDER BY r.rid");
    Stmt reg(h, "INSERT INTO chronic_registration(id, resident_id, programme, icd10, icd_version, "
                "diagnosed_on,"
                " diagnosis_source, risk_level, registered_on, doctor_id, closed_on, close_reason, "
                "close_note,"
                " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt fu(h, "INSERT INTO chronic_followup(id, registration_id, resident_id, programme, "
               "visit_date, mode, symptoms,"
               " sbp, dbp, weight, height, heart_rate, fbg, adherence, medications, class, "
               "emergency, referral,"
               " rule_set, rules, next_date, doctor_id, created_at, updated_at, updated_by)"
               " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt sched(h, "INSERT INTO chronic_schedule(registration_id, last_visit, last_class, next_due) "
                  "VALUES(?,?,?,?)");
    if (!people.ok() || !reg.ok() || !fu.ok() || !sched.ok())
        return makeError(QStringLiteral("demo.db"), QStringLiteral("chronic demo"), {},
                         QString::fromUtf8(sqlite3_errmsg(h)));
    auto failed = [&](const char *what) {
        return makeError(QStringLiteral("demo.db"), QStringLiteral("chronic demo"), {},
                         QLatin1String(what) + QStringLiteral(": ") +
                             QString::fromUtf8(sqlite3_errmsg(h)));
    };

    struct Candidate
    {
        QString id;
        QDate birth;
        QString village;
        bool male;
    };
    QVector<Candidate> candidates;
    people.text(1, o.today.addYears(-35).toString(Qt::ISODate));
    while (people.step())
        candidates.append({people.columnText(0),
                           QDate::fromString(people.columnText(1), Qt::ISODate),
                           people.columnText(2), people.columnText(3) == QLatin1String("M")});

    const QDate start = o.today.addYears(-4);
    const quint64 epochMs =
        quint64(o.today.startOfDay(Qt::UTC).toMSecsSinceEpoch()); // follow-ups for up to four years
    const QByteArray ruleSet = (rules.name() + QLatin1Char('/') + rules.version()).toUtf8();
    for (const Candidate &c : candidates) {
        const int age = c.birth.daysTo(o.today) / 365;
        // The village doctor of the contracts demo's team is responsible. The draw that once
        // chose between two made-up ids stays, so the rest of the demo is unchanged.
        (void)rng.chance(0.5);
        const QByteArray doctorId = demoVillageDoctorId(c.village).toUtf8();
        for (const QString &programme :
             {QStringLiteral("hypertension"), QStringLiteral("diabetes")}) {
            const bool diabetes = programme == QLatin1String("diabetes");
            if (!rng.chance(diabetes ? diabetesRisk(age) : hypertensionRisk(age)))
                continue;
            const QByteArray regId = rng.orderedUuid(epochMs);
            const QDate diagnosed = o.today.addDays(-rng.uniform(30, 365 * 12));
            const QDate registered = diagnosed.addDays(rng.uniform(0, 30));
            // A patient's character: how well controlled, how regular, whether they drift away.
            const double control = rng.real(0.1, 0.9);
            const double missRate = rng.real(0.03, 0.3);
            const bool drifts = rng.chance(0.06); // stops coming 7-20 months ago
            const bool closes = !drifts && rng.chance(0.03);
            const QDate stopAt = drifts   ? o.today.addDays(-rng.uniform(210, 600))
                                 : closes ? o.today.addDays(-rng.uniform(30, 700))
                                          : o.today;
            const QString closeReason =
                closes ? (rng.chance(0.5) ? QStringLiteral("moved") : QStringLiteral("died"))
                       : QString();
            const char *icd = diabetes ? (rng.chance(0.7) ? "E11.900" : "E11")
                                       : (rng.chance(0.7) ? "I10.x00x002" : "I10");
            static const char *const risks[] = {"low", "medium", "high", "very_high"};
            reg.text(1, regId)
                .text(2, c.id)
                .text(3, programme)
                .text(4, QByteArray(icd))
                .text(5, icdVersion);
            reg.text(6, diagnosed.toString(Qt::ISODate)).text(7, QStringLiteral("乡镇卫生院"));
            reg.text(8, QByteArray(risks[rng.uniform(0, 3)]))
                .text(9, registered.toString(Qt::ISODate));
            reg.text(10, doctorId);
            if (closes && stopAt >= registered) {
                reg.text(11, stopAt.toString(Qt::ISODate)).text(12, closeReason);
                reg.text(13, closeReason == QLatin1String("died") ? QStringLiteral("脑卒中")
                                                                  : QStringLiteral("随子女外迁"));
            } else {
                reg.null(11).null(12).text(13, QByteArray(""));
            }
            reg.text(14, now).text(15, now).text(16, user);
            if (!reg.run())
                return failed("registration");

            // Follow-ups from registration (or four years back) until the patient stops.
            QDate visit = qMax(registered, start).addDays(rng.uniform(0, 40));
            std::optional<FollowupClass> previous;
            QDate lastVisit, nextDue = registered;
            int lastClass = 0;
            const double baseSbp = rng.normal(142, 8), baseDbp = rng.normal(86, 5),
                         baseFbg = rng.normal(7.2, 1.0);
            const double height = c.male ? rng.normal(167, 6) : rng.normal(156, 5);
            double weight = c.male ? rng.normal(68, 9) : rng.normal(58, 8);
            const int drug = rng.uniform(0, diabetes ? 2 : 5);
            const auto &med = diabetes ? DiabetesDrugs[drug] : Drugs[drug];
            const QByteArray meds =
                QStringLiteral(R"([{"dose":"%3","name":"%1","times_per_day":%2}])")
                    .arg(QString::fromUtf8(med[0]))
                    .arg(diabetes ? 2 : 1)
                    .arg(QString::fromUtf8(med[1]))
                    .toUtf8();
            const QByteArray programmeBytes = programme.toUtf8();
            const QByteArray residentBytes = c.id.toUtf8();
            QByteArray lastBp;
            while (visit <= stopAt && visit <= o.today) {
                if (rng.chance(missRate)) { // missed: seen again about a quarter later
                    visit = visit.addDays(rng.uniform(80, 100));
                    continue;
                }
                const bool good = rng.chance(control);
                ClassifyInput in;
                in.programme = programme;
                in.date = visit;
                in.age = age - int(visit.daysTo(o.today) / 365);
                int sbp = int(std::lround(good ? rng.normal(128, 6) : rng.normal(baseSbp + 10, 9)));
                int dbp = int(std::lround(good ? rng.normal(79, 5) : rng.normal(baseDbp + 4, 6)));
                sbp = qBound(90, sbp, 200);
                dbp = qBound(55, qMin(dbp, sbp - 25), 120);
                in.sbp = sbp;
                in.dbp = dbp;
                if (diabetes) {
                    const double fbg = good ? rng.normal(6.1, 0.5) : rng.normal(baseFbg + 1.2, 1.2);
                    in.fbg = std::round(qBound(3.0, fbg, 22.0) * 10) / 10;
                }
                in.heartRate = int(std::lround(rng.normal(76, 8)));
                in.adverseReaction = rng.chance(0.01);
                in.previousClass = previous;
                auto d = rules.classify(in, false);
                if (!d)
                    return d.error();
                weight += rng.normal(0, 0.6);
                const QByteArray fuId = rng.orderedUuid(epochMs);
                QByteArray fired = "[";
                for (const FiredRule &r : d->rules)
                    fired += (fired.size() > 1 ? ",\"" : "\"") + r.id.toLatin1() + '"';
                fired += ']';
                const int mode = rng.chance(0.8) ? 1 : rng.chance(0.6) ? 2 : 3;
                fu.text(1, fuId)
                    .text(2, regId)
                    .text(3, residentBytes)
                    .text(4, programmeBytes)
                    .text(5, visit.toString(Qt::ISODate).toLatin1());
                fu.integer(6, mode).text(7, QByteArray(good              ? "none"
                                                       : rng.chance(0.5) ? "headache_dizziness"
                                                                         : "none"));
                fu.integer(8, sbp)
                    .integer(9, dbp)
                    .real(10, std::round(weight * 10) / 10)
                    .real(11, std::round(height * 10) / 10);
                fu.integer(12, *in.heartRate);
                if (in.fbg)
                    fu.real(13, *in.fbg);
                else
                    fu.null(13);
                fu.integer(14, good ? 1 : rng.uniform(1, 3))
                    .text(15, meds)
                    .integer(16, int(d->cls));
                fu.integer(17, d->emergency).integer(18, d->referral).text(19, ruleSet);
                fu.text(20, fired);
                fu.text(21, d->nextVisit.toString(Qt::ISODate)).text(22, doctorId);
                fu.text(23, now).text(24, now).text(25, user);
                if (!fu.run())
                    return failed("followup");
                previous = d->cls;
                lastVisit = visit;
                lastClass = int(d->cls);
                nextDue = d->nextVisit;
                // Patients come on or a little after the proposed day.
                visit = d->nextVisit.addDays(rng.uniform(-5, 12));
            }
            sched.text(1, regId);
            if (lastVisit.isValid())
                sched.text(2, lastVisit.toString(Qt::ISODate)).integer(3, lastClass);
            else
                sched.null(2).null(3);
            sched.text(4, nextDue.toString(Qt::ISODate));
            if (!sched.run())
                return failed("schedule");
        }
    }
    for (const char *table : {"chronic_registration", "chronic_followup"})
        if (!demoOutbox(h, table, QString::fromUtf8(now)))
            return failed("outbox");
    qCInfo(lcDemo) << "chronic demo:" << candidates.size() << "residents 35+ in" << timer.elapsed()
                   << "ms, cpu" << (std::clock() - cpu0) * 1000 / CLOCKS_PER_SEC << "ms";
    return {};
}

} // namespace Models
