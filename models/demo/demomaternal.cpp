#include "demomaternal.h"

#include "changelog.h"
#include "childschedule.h"
#include "demogenerator.h"
#include "demoids.h"
#include "growthassessment.h"
#include "growthreference.h"
#include "pregnancydates.h"
#include "sqlitestmt.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>

namespace Models {

namespace {
double round1(double v)
{
    return std::round(v * 10) / 10;
}
} // namespace

Result<void> generateDemoMaternalChild(const QString &, sqlite3 *h, const Scope &scope,
                                       const DemoOptions &o)
{
    std::mt19937_64 rng(o.seed ^ 0x4D41544552ULL);
    auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    std::normal_distribution<double> normal(0.0, 1.0);
    const QString now = ChangeLog::nowUtc();
    const QString today = o.today.toString(Qt::ISODate);

    // Each baby under two with a woman of 20-45 in the household (the first by rid): her
    // pregnancy. The women are read once into a table by household: while the demo loads, the
    // index on resident(household_id) is set aside, and a lookup per baby scanned every resident
    // (the part grew with the square of the township: 13 s for 60,000 residents).
    struct Woman
    {
        QString id, birth;
    };
    QHash<QString, QVector<Woman>> women;
    {
        SqliteStmt w(h, "SELECT household_id, id, birth_date FROM resident WHERE sex = 'F' AND"
                        " deleted = 0 AND household_id IS NOT NULL ORDER BY rid");
        if (!w.ok())
            return makeError(QStringLiteral("demo.db"), QStringLiteral("demo women"), {},
                             w.error());
        while (w.step())
            women[w.columnText(0)].append({w.columnText(1), w.columnText(2)});
    }
    SqliteStmt births(h, "SELECT c.id, c.birth_date, c.household_id,"
                         " date(c.birth_date, '-45 years'), date(c.birth_date, '-20 years')"
                         " FROM resident c WHERE c.deleted = 0 AND c.household_id IS NOT NULL AND"
                         " c.birth_date > date(?, '-2 years') ORDER BY c.rid");
    const auto motherOf = [&women](const SqliteStmt &b) {
        const QString from = b.columnText(3), to = b.columnText(4);
        for (const Woman &w : women.value(b.columnText(2)))
            if (w.birth >= from && w.birth <= to)
                return w.id;
        return QString();
    };
    SqliteStmt preg(h, "INSERT INTO pregnancy(id, resident_id, lmp, edd, edd_rule, booked_on,"
                       " booking_day, gravidity, parity, risk_proposed, risk_grade,"
                       " risk_confirmed_by, delivered_on, delivery_place, delivery_outcome,"
                       " discharged_on, closed_on, close_reason, doctor_id, created_at,"
                       " updated_at, updated_by) VALUES(?,?,?,?,'naegele',?,?,?,?,?,?,?,?,?,"
                       "'live_birth',?,?,?,?,?,?,?)");
    SqliteStmt link(h, "INSERT INTO pregnancy_child(pregnancy_id, child_id, birth_weight_g,"
                       " gestation_day) VALUES(?,?,?,?)");
    SqliteStmt visit(h, "INSERT INTO maternal_visit(id, pregnancy_id, resident_id, kind, visit_no,"
                        " visit_date, urged_only, gestational_day, classification, disposition,"
                        " doctor_id, created_at, updated_at, updated_by)"
                        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!births.ok() || !preg.ok() || !link.ok() || !visit.ok())
        return makeError(QStringLiteral("demo.db"), QStringLiteral("demo maternal"), {},
                         births.error() + preg.error() + visit.error());
    births.text(1, today);
    const char *colours[] = {"green", "green", "green", "yellow", "yellow", "orange"};
    auto addVisit = [&](const QString &pid, const QString &mother, const char *kind, int no,
                        const QDate &day, int gday, const char *cls, const char *disp) {
        visit.text(1, demoUuidString(rng))
            .text(2, pid)
            .text(3, mother)
            .text(4, QLatin1String(kind));
        visit.integer(5, no).text(6, day.toString(Qt::ISODate)).integer(7, 0);
        if (gday >= 0)
            visit.integer(8, gday);
        else
            visit.null(8);
        visit.text(9, QLatin1String(cls)).text(10, QLatin1String(disp)).text(11, scope.userId);
        visit.text(12, now).text(13, now).text(14, scope.userId);
        return visit.run();
    };
    while (births.step()) {
        const QString mother = motherOf(births);
        if (mother.isEmpty())
            continue;
        const QString child = births.columnText(0);
        const QDate born = QDate::fromString(births.columnText(1), Qt::ISODate);
        const int gestation = uni(259, 290);
        const QDate lmp = born.addDays(-gestation);
        const int bookingDay = uni(45, 120);
        const QDate booked = lmp.addDays(bookingDay);
        const QString colour = QLatin1String(colours[uni(0, 5)]);
        const QDate discharged = born.addDays(uni(1, 4));
        const QDate closed = born.addDays(42) <= o.today ? born.addDays(42) : QDate();
        const QString pid = demoUuidString(rng);
        preg.text(1, pid).text(2, mother).text(3, lmp.toString(Qt::ISODate));
        preg.text(4,
                  PregnancyDates::eddByRule(lmp, QStringLiteral("naegele")).toString(Qt::ISODate));
        preg.text(5, booked.toString(Qt::ISODate)).integer(6, bookingDay);
        preg.integer(7, uni(1, 3)).integer(8, 0).text(9, colour).text(10, colour);
        preg.text(11, scope.userId).text(12, born.toString(Qt::ISODate));
        preg.text(13, QStringLiteral("县妇幼保健院"));
        preg.text(14, discharged.toString(Qt::ISODate));
        preg.textOrNull(15, closed.isValid() ? closed.toString(Qt::ISODate) : QString());
        preg.text(16, closed.isValid() ? QStringLiteral("closed") : QString());
        preg.text(17, scope.userId).text(18, now).text(19, now).text(20, scope.userId);
        if (!preg.run())
            return makeError(QStringLiteral("demo.db"), QStringLiteral("pregnancy"), {},
                             preg.error());
        link.text(1, pid).text(2, child).integer(3, uni(2600, 3900)).integer(4, gestation);
        if (!link.run())
            return makeError(QStringLiteral("demo.db"), QStringLiteral("pregnancy_child"), {},
                             link.error());
        bool ok = true;
        for (const PrenatalWindow &w : PregnancyDates(lmp).windows())
            if (w.visit >= 2 && w.from > booked && w.to < born && chance(0.85))
                ok = ok && addVisit(pid, mother, "prenatal", w.visit, w.from.addDays(uni(0, 7)),
                                    w.fromDay, "normal", "");
        if (discharged.addDays(3) <= o.today && chance(0.85))
            ok = ok && addVisit(pid, mother, "postpartum", 0, discharged.addDays(uni(1, 6)), -1,
                                "normal", "");
        if (closed.isValid())
            ok = ok && addVisit(pid, mother, "check42", 0, closed, -1, "recovered", "closed");
        if (!ok)
            return makeError(QStringLiteral("demo.db"), QStringLiteral("maternal_visit"), {},
                             visit.error());
    }

    // Children under 7: a newborn visit and the scheduled checks up to today (80% each).
    SqliteStmt kids(h, "SELECT id, sex, birth_date FROM resident WHERE deleted = 0 AND"
                       " birth_date > date(?, '-7 years') ORDER BY rid");
    SqliteStmt check(h, "INSERT INTO child_check(id, resident_id, kind, age_code, check_date,"
                        " age_days, weight_kg, length_cm, standing, head_cm, z_wfa, z_lhfa,"
                        " z_wflh, z_bmifa, z_hcfa, growth_flags, growth_rules, doctor_id,"
                        " created_at, updated_at, updated_by)"
                        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!kids.ok() || !check.ok())
        return makeError(QStringLiteral("demo.db"), QStringLiteral("demo child checks"), {},
                         check.error());
    kids.text(1, today);
    const GrowthReference &ref = GrowthReference::who2006();
    while (kids.step()) {
        const QString id = kids.columnText(0);
        const QChar sex = kids.columnText(1).at(0);
        const QDate birth = QDate::fromString(kids.columnText(2), Qt::ISODate);
        const double level = normal(rng) * 0.9; // the child's own growth level
        auto write = [&](const QString &kind, const QString &code, const QDate &day) {
            GrowthInput in;
            in.sex = sex;
            in.birth = birth;
            in.on = day;
            const int days = birth.daysTo(day);
            in.standing = days >= GrowthReference::heightFromDay;
            const Lms w = ref.byAge(QStringLiteral("wfa"), sex, days);
            const Lms l = ref.byAge(QStringLiteral("lhfa"), sex, days);
            const Lms hc = ref.byAge(QStringLiteral("hcfa"), sex, days);
            in.weightKg = round1(w.valid() ? GrowthReference::valueAt(w, level + normal(rng) * 0.3)
                                           : 19 + uni(0, 40) / 10.0);
            in.lengthCm = round1(l.valid() ? GrowthReference::valueAt(l, level * 0.8)
                                           : 110 + uni(0, 80) / 10.0);
            if (hc.valid() && days < 1096)
                in.headCm = round1(GrowthReference::valueAt(hc, level * 0.5));
            const GrowthAssessment a = assessGrowth(in);
            QStringList flags;
            for (const GrowthFlag &f : a.flags)
                flags << f.code;
            check.text(1, demoUuidString(rng)).text(2, id).text(3, kind).text(4, code);
            check.text(5, day.toString(Qt::ISODate)).integer(6, days).real(7, in.weightKg);
            check.real(8, in.lengthCm).integer(9, in.standing ? 1 : 0);
            if (in.headCm == in.headCm)
                check.real(10, in.headCm);
            else
                check.null(10);
            int col = 11;
            for (const char *c : {"wfa", "lhfa", "wflh", "bmifa", "hcfa"}) {
                const GrowthIndicatorResult *r = a.indicator(QLatin1String(c));
                if (r && r->hasZ())
                    check.real(col, r->z);
                else
                    check.null(col);
                ++col;
            }
            check.text(16, flags.join(QLatin1Char(','))).text(17, a.rulesVersion);
            check.text(18, scope.userId).text(19, now).text(20, now).text(21, scope.userId);
            return check.run();
        };
        bool ok = true;
        if (birth.addDays(10) <= o.today && chance(0.85))
            ok = write(QStringLiteral("newborn"), QString(), birth.addDays(uni(3, 9)));
        for (const ChildCheckWindow &w : ChildSchedule::get().windows(birth)) {
            if (w.to > o.today || !ok)
                break;
            if (chance(0.8))
                ok = write(w.form, w.code,
                           w.from.addDays(uni(0, std::max(0, int(w.from.daysTo(w.to))))));
        }
        if (!ok)
            return makeError(QStringLiteral("demo.db"), QStringLiteral("child_check"), {},
                             check.error());
    }
    if (!demoOutbox(h, "pregnancy", now) || !demoOutbox(h, "maternal_visit", now) ||
        !demoOutbox(h, "child_check", now))
        return makeError(QStringLiteral("demo.db"), QStringLiteral("demo maternal outbox"));
    return {};
}

} // namespace Models
