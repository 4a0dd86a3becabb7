#include "demosharedcare.h"

#include "changelog.h"
#include "dates.h"
#include "sqlitestmt.h"

namespace Models {

namespace {
// Deterministic UUID-shaped ids (the demo must be the same for a seed): kind and row number.
constexpr const char *kStatements[] = {
    // Adults on the register, one in 250: a severe mental disorder registered two years ago.
    "INSERT INTO mental_patient(id, resident_id, disease, diagnosed_on, diagnosis_hospital,"
    " registered_on, created_at, updated_at, updated_by)"
    " SELECT printf('5d000000-0000-4000-8000-%012d', r.rid), r.id,"
    " CASE r.rid % 3 WHEN 0 THEN '精神分裂症' WHEN 1 THEN '双相情感障碍'"
    " ELSE '癫痫所致精神障碍' END, date(?1, '-800 days'), '县精神卫生中心',"
    " date(?1, '-730 days'), ?2, ?2, 'demo'"
    " FROM resident r WHERE r.deleted = 0 AND r.life_date IS NULL"
    " AND r.birth_date <= date(?1, '-18 years') AND r.rid % 250 = 7",
    // Four follow-ups over the last year (every 90 days); most stable, some not.
    "WITH k(n) AS (VALUES (1), (2), (3), (4))"
    " INSERT INTO mental_followup(id, patient_id, resident_id, visit_date, visit_form, seen, risk,"
    " class, next_visit, rule_set, created_at, updated_at, updated_by)"
    " SELECT printf('5d100000-0000-4000-8000-%010d%02d', r.rid, k.n), p.id, p.resident_id,"
    " date(?1, printf('-%d days', 450 - 90 * k.n)), '家庭访视', 1,"
    " CASE WHEN r.rid % 11 = 0 AND k.n = 4 THEN 3 ELSE 0 END,"
    " CASE WHEN r.rid % 11 = 0 AND k.n = 4 THEN '不稳定' WHEN r.rid % 5 = 0 THEN '基本稳定'"
    " ELSE '稳定' END,"
    " date(?1, printf('-%d days', 450 - 90 * k.n), CASE WHEN r.rid % 11 = 0 AND k.n = 4"
    " THEN '+14 days' ELSE '+90 days' END), 'nbphs', ?2, ?2, 'demo'"
    " FROM mental_patient p JOIN resident r ON r.id = p.resident_id CROSS JOIN k",
    // Adults, one in 1,000: tuberculosis notified in August of last year (so last year's report
    // counts it whatever today is), a 6-month course closed once it has ended.
    "INSERT INTO tb_patient(id, resident_id, notified_at, notifying_unit, patient_type, regimen,"
    " intensive_start, intensive_end, continuation_end, supervision, closed_on, close_reason,"
    " created_at, updated_at, updated_by)"
    " SELECT printf('7b000000-0000-4000-8000-%012d', r.rid), r.id,"
    " date(?1, 'start of year', '-150 days') || 'T02:00:00Z', '县结核病定点医院', '初治',"
    " '2HRZE/4HR', date(?1, 'start of year', '-149 days'),"
    " date(?1, 'start of year', '-90 days'), date(?1, 'start of year', '+30 days'), 'medical',"
    " CASE WHEN date(?1, 'start of year', '+30 days') <= ?1"
    " THEN date(?1, 'start of year', '+30 days') END,"
    " CASE WHEN date(?1, 'start of year', '+30 days') <= ?1 THEN '完成疗程' END, ?2, ?2, 'demo'"
    " FROM resident r WHERE r.deleted = 0 AND r.life_date IS NULL"
    " AND r.birth_date <= date(?1, '-18 years') AND r.rid % 1000 = 11",
    // The first home visit the day after the notice, the patient found.
    "INSERT INTO tb_visit(id, patient_id, kind, visited_at, found, created_at, updated_at,"
    " updated_by)"
    " SELECT printf('7b100000-0000-4000-8000-%012d', r.rid), p.id, 'first',"
    " date(p.intensive_start) || 'T03:00:00Z', 1, ?2, ?2, 'demo'"
    " FROM tb_patient p JOIN resident r ON r.id = p.resident_id",
    // Doses up to today: every day but one in twenty (95%: regular) for half the patients, one
    // day in five missed (80%: not regular) for the others.
    "WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 180)"
    " INSERT INTO tb_dose(id, patient_id, dose_date, taken, created_at, updated_at, updated_by)"
    " SELECT printf('7b2%05d-0000-4000-8000-%012d', d.n, r.rid), p.id,"
    " date(p.intensive_start, printf('+%d days', d.n)), 1, ?2, ?2, 'demo'"
    " FROM tb_patient p JOIN resident r ON r.id = p.resident_id CROSS JOIN d"
    " WHERE date(p.intensive_start, printf('+%d days', d.n)) <= min(?1, p.continuation_end)"
    " AND ((r.rid % 2000 = 11 AND d.n % 20 <> 0) OR (r.rid % 2000 <> 11 AND d.n % 5 <> 0))",
};
} // namespace

Result<void> generateDemoSharedCare(const QString &, sqlite3 *h, const Scope &,
                                    const DemoOptions &o)
{
    const QString now = ChangeLog::nowUtc();
    for (const char *sql : kStatements) {
        SqliteStmt q(h, sql);
        if (!q.ok())
            return makeError(QStringLiteral("demo.db"), QStringLiteral("demo shared care"), {},
                             q.error());
        q.text(1, isoDate(o.today)).text(2, now);
        if (!q.run())
            return makeError(QStringLiteral("demo.db"), QStringLiteral("demo shared care"), {},
                             q.error());
    }
    for (const char *table :
         {"mental_patient", "mental_followup", "tb_patient", "tb_visit", "tb_dose"})
        if (!demoOutbox(h, table, now))
            return makeError(QStringLiteral("demo.db"), QStringLiteral("demo shared care outbox"));
    return {};
}

} // namespace Models
