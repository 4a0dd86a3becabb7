#include "demotcm.h"

#include "changelog.h"
#include "dates.h"
#include "demoids.h"
#include "sqlitestmt.h"
#include "tcmconstitution.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

namespace Models {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error failed(const char *what, const QString &detail)
{
    return makeError(QStringLiteral("demo.db"), QString::fromLatin1(what), {}, detail);
}
} // namespace

Result<void> generateDemoTcm(const QString &, sqlite3 *h, const Scope &scope, const DemoOptions &o)
{
    std::mt19937_64 rng(o.seed ^ 0x54434DULL);
    auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QString now = ChangeLog::nowUtc();
    const TcmRules &rules = TcmRules::standard();

    // 65+ residents: an assessment last year for two in three, this year for half of those.
    SqliteStmt elders(h, "SELECT id, rid FROM resident WHERE deleted = 0 AND life_date IS NULL"
                         " AND birth_date <= date(?, '-65 years') ORDER BY rid");
    SqliteStmt add(h, "INSERT INTO tcm_assessment(id, resident_id, assess_date, doctor, answers,"
                      " result_json, primary_type, constitutions, flags, guidance_json,"
                      " guidance_other, rule_set, created_at, updated_at, updated_by)"
                      " VALUES(?,?,?,?,?,?,?,?,?,?,'',?,?,?,?)");
    if (!elders.ok() || !add.ok())
        return failed("demo tcm", elders.error() + add.error());
    elders.text(1, isoDate(o.today));
    const QDate lastYear(o.today.year() - 1, 1, 1);
    while (elders.step()) {
        const qint64 rid = elders.columnInt(1);
        if (rid % 3 == 0)
            continue;
        for (int year = 0; year < (rid % 2 == 0 ? 2 : 1); ++year) {
            const QDate start = year == 0 ? lastYear : QDate(o.today.year(), 1, 1);
            const int span = int(start.daysTo(year == 0 ? start.addYears(1).addDays(-1) : o.today));
            const QDate on = start.addDays(uni(0, std::max(0, span)));
            TcmAnswers answers{};
            QStringList text;
            for (int &a : answers) {
                const int roll = uni(0, 9); // mostly 1-2, some 3-5: a mix of constitutions
                a = roll < 5 ? 1 : roll < 8 ? 2 : uni(3, 5);
                text << QString::number(a);
            }
            auto scored = rules.assess(answers);
            if (!scored)
                return scored.error();
            QJsonObject guidance;
            for (const QString &c : scored->constitutions)
                guidance.insert(c, QJsonArray{QStringLiteral("diet"), QStringLiteral("exercise")});
            add.text(1, demoUuidString(rng))
                .text(2, elders.columnText(0))
                .text(3, isoDate(on))
                .text(4, scope.userId)
                .text(5, text.join(QLatin1Char(',')))
                .text(6, compact(scored->toJson()))
                .text(7, scored->primary.isNull() ? QStringLiteral("") : scored->primary)
                .text(8, scored->constitutions.join(QLatin1Char(',')))
                .text(9, scored->flags.join(QLatin1Char(',')))
                .text(10, compact(guidance))
                .text(11, scored->ruleSet)
                .text(12, now)
                .text(13, now)
                .text(14, scope.userId);
            if (!add.run())
                return failed("demo tcm assessment", add.error());
        }
    }

    // Children under 37 months: the TCM guidance at each month age passed, seven in ten.
    const char *statements[] = {
        "WITH m(n) AS (VALUES (6), (12), (18), (24), (30), (36))"
        " INSERT INTO tcm_child_service(id, resident_id, visit_months, service_date, doctor,"
        " services_json, created_at, updated_at, updated_by)"
        " SELECT printf('7c%06d-0000-4000-8000-%012d', m.n, r.rid), r.id, m.n,"
        " date(r.birth_date, printf('+%d months', m.n), printf('+%d days', r.rid % 20)), ?3,"
        " '[\"diet\",\"technique\"]', ?2, ?2, ?3"
        " FROM resident r CROSS JOIN m WHERE r.deleted = 0 AND r.life_date IS NULL"
        " AND r.birth_date > date(?1, '-37 months')"
        " AND date(r.birth_date, printf('+%d months', m.n), printf('+%d days', r.rid % 20)) <= ?1"
        " AND (r.rid + m.n) % 10 < 7",
        // Adults, one in 600: a tuberculosis suspect referred from the screen this year; most
        // arrived (the slip was returned).
        "INSERT INTO referral(id, resident_id, source_kind, to_institution, reason, impression,"
        " sent_on, outcome_due, status, returned_on, doctor_id, created_at, updated_at,"
        " updated_by)"
        " SELECT printf('7d000000-0000-4000-8000-%012d', r.rid), r.id, 'tb_screen',"
        " '县结核病定点医院', '肺结核可疑者筛查：咳嗽、咳痰 ' || (14 + r.rid % 20) || ' 天',"
        " '肺结核可疑者', date(?1, 'start of year', printf('+%d days', r.rid % 150)),"
        " date(?1, 'start of year', printf('+%d days', r.rid % 150 + 14)),"
        " CASE WHEN (r.rid / 600) % 4 = 0 THEN 'sent' ELSE 'returned' END,"
        " CASE WHEN (r.rid / 600) % 4 = 0 THEN NULL"
        " ELSE date(?1, 'start of year', printf('+%d days', r.rid % 150 + 5)) END, ?3, ?2, ?2, ?3"
        " FROM resident r WHERE r.deleted = 0 AND r.life_date IS NULL"
        " AND r.birth_date <= date(?1, '-18 years') AND r.rid % 600 = 17"
        " AND date(?1, 'start of year', printf('+%d days', r.rid % 150)) <= ?1",
    };
    for (const char *sql : statements) {
        SqliteStmt q(h, sql);
        if (!q.ok())
            return failed("demo tcm children and referrals", q.error());
        q.text(1, isoDate(o.today)).text(2, now).text(3, scope.userId);
        if (!q.run())
            return failed("demo tcm children and referrals", q.error());
    }
    for (const char *table : {"tcm_assessment", "tcm_child_service"})
        if (!demoOutbox(h, table, now))
            return failed("demo tcm outbox", {});
    SqliteStmt slips(h, "INSERT INTO outbox(entity, entity_id, op, created_at) SELECT 'referral',"
                        " id, 'create', ?1 FROM referral WHERE source_kind = 'tb_screen'"
                        " ORDER BY id");
    if (!slips.ok() || !slips.text(1, now).run())
        return failed("demo referral outbox", slips.error());
    return {};
}

} // namespace Models
