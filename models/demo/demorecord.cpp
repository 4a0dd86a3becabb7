// Demo data for the health record: annual health checks of the elderly (and some adults) over the
// last years, and clinic encounters with ICD-10 diagnoses. Bulk inserts on the raw handle.
#include "demorecord.h"
#include "demoextension.h"
#include "demoids.h"

#include "changelog.h"
#include "icd10.h"
#include "sqlitestmt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <iterator>
#include <random>

namespace Models {

namespace {
QString uuid(std::mt19937_64 &g)
{
    return demoUuidString(g);
}

struct Complaint
{
    const char *subjective;
    const char *code;
};
const Complaint Complaints[] = {
    {"咳嗽、流涕3天", "J06.9"},
    {"咽痛1天", "J02.9"},
    {"头晕，血压控制欠佳", "I10.x00x002"},
    {"口干多饮，复查血糖", "E11.900"},
    {"腰痛1周", "M54.5"},
    {"膝关节疼痛", "M17.9"},
    {"上腹不适、反酸", "K29.5"},
    {"腹泻2天", "A09"},
    {"皮肤瘙痒、皮疹", "L30.9"},
    {"失眠", "G47.0"},
    {"发热1天", "R50.9"},
    {"胸闷气短", "I25.9"},
};
} // namespace

Result<void> generateDemoHealthRecords(const QString &, sqlite3 *h, const Scope &scope,
                                       const DemoOptions &o)
{
    std::mt19937_64 rng(o.seed ^ 0x3EC0AD5EC0ADULL);
    auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    SqliteStmt people(h, "SELECT id, birth_date, sex FROM resident WHERE deleted = 0 ORDER BY rid");
    SqliteStmt check(h, "INSERT INTO health_check(id, resident_id, check_date, doctor, sbp, dbp, "
                        "fbg, bmi, evaluation,"
                        " form_json, form_version, created_at, updated_at, updated_by) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    SqliteStmt enc(
        h, "INSERT INTO encounter(id, resident_id, visit_date, visit_type, subjective, assessment,"
           " diagnoses_json, plan, doctor, created_at, updated_at, updated_by) "
           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!people.ok() || !check.ok() || !enc.ok())
        return makeError(QStringLiteral("demo.db"), QStringLiteral("demo health records"), {},
                         people.error());
    const QString now = ChangeLog::nowUtc();
    const Icd10 &icd = Icd10::get();
    while (people.step()) {
        const QString id = people.columnText(0);
        const QDate birth = QDate::fromString(people.columnText(1), Qt::ISODate);
        const bool male = people.columnText(2) == QLatin1String("M");
        const int age = birth.daysTo(o.today) / 365;
        // Annual checks for 65+ (about 70% take part each year), occasional for other adults.
        const int years = age >= 65 ? 3 : (age >= 35 && chance(0.08) ? 1 : 0);
        const double height = male ? uni(158, 178) : uni(148, 166);
        double weight = height - 105 + uni(-12, 14);
        for (int y = 0; y < years; ++y) {
            if (age >= 65 && !chance(0.7))
                continue;
            const QDate day = o.today.addYears(-y).addDays(-uni(1, 300));
            const int sbp = uni(105, 165), dbp = qMin(sbp - 25, uni(62, 98));
            const double fbg = uni(42, 95) / 10.0;
            weight += uni(-2, 2);
            const double bmi = std::round(weight / ((height / 100) * (height / 100)) * 10) / 10;
            const bool abnormal = sbp >= 140 || dbp >= 90 || fbg >= 7.0 || bmi >= 28;
            QJsonObject form{{QStringLiteral("symptoms"), QJsonArray{QStringLiteral("1")}},
                             {QStringLiteral("temperature"), 36.0 + uni(2, 8) / 10.0},
                             {QStringLiteral("pulse"), uni(62, 92)},
                             {QStringLiteral("respiration"), uni(14, 20)},
                             {QStringLiteral("sbp_left"), sbp},
                             {QStringLiteral("dbp_left"), dbp},
                             {QStringLiteral("height"), height},
                             {QStringLiteral("weight"), weight},
                             {QStringLiteral("waist"), uni(70, 98)},
                             {QStringLiteral("bmi"), bmi},
                             {QStringLiteral("fbg"), fbg},
                             {QStringLiteral("smoking"),
                              male && chance(0.4) ? QStringLiteral("3") : QStringLiteral("1")},
                             {QStringLiteral("evaluation"),
                              abnormal ? QStringLiteral("2") : QStringLiteral("1")}};
            if (abnormal)
                form.insert(QStringLiteral("abnormal_1"), sbp >= 140
                                                              ? QStringLiteral("血压偏高")
                                                              : QStringLiteral("血糖或体重异常"));
            // Health guidance (健康指导) on most forms; about one in seven left without it, so the
            // elderly indicator's "recorded fully" has something to find (no draw: the random
            // sequence of everything after stays as it was).
            if (sbp % 7 != 0)
                form.insert(abnormal ? QStringLiteral("guidance") : QStringLiteral("risk_control"),
                            QJsonArray{abnormal ? QStringLiteral("2") : QStringLiteral("4")});
            const QString cid = uuid(rng);
            check.text(1, cid).text(2, id).text(3, day.toString(Qt::ISODate)).text(4, scope.userId);
            check.integer(5, sbp).integer(6, dbp).real(7, fbg).real(8, bmi).integer(
                9, abnormal ? 2 : 1);
            check.text(10, QString::fromUtf8(QJsonDocument(form).toJson(QJsonDocument::Compact)));
            check.text(11, QStringLiteral("NBPHS-3-2017.1"))
                .text(12, now)
                .text(13, now)
                .text(14, scope.userId);
            if (!check.run())
                return makeError(QStringLiteral("demo.db"), QStringLiteral("health_check"), {},
                                 check.error());
        }
        // About one resident in six has been seen in the clinic lately.
        if (!chance(age >= 60 ? 0.35 : 0.12))
            continue;
        const int visits = uni(1, age >= 60 ? 4 : 2);
        for (int v = 0; v < visits; ++v) {
            const Complaint &c = Complaints[uni(0, int(std::size(Complaints)) - 1)];
            const IcdCode *code = icd.find(QLatin1String(c.code));
            const QJsonArray dx{QJsonObject{{QStringLiteral("code"), QLatin1String(c.code)},
                                            {QStringLiteral("name"), code ? code->name : QString()},
                                            {QStringLiteral("version"), icd.version()}}};
            const QString eid = uuid(rng);
            const QDate day = o.today.addDays(-uni(1, 900));
            if (day < birth)
                continue;
            enc.text(1, eid).text(2, id).text(3, day.toString(Qt::ISODate));
            enc.text(4, chance(0.85) ? QStringLiteral("clinic") : QStringLiteral("home"));
            enc.text(5, QString::fromUtf8(c.subjective)).text(6, code ? code->name : QString());
            enc.text(7, QString::fromUtf8(QJsonDocument(dx).toJson(QJsonDocument::Compact)));
            enc.text(8, QStringLiteral("对症处理，不适随诊"))
                .text(9, scope.userId)
                .text(10, now)
                .text(11, now)
                .text(12, scope.userId);
            if (!enc.run())
                return makeError(QStringLiteral("demo.db"), QStringLiteral("encounter"), {},
                                 enc.error());
        }
    }
    for (const char *table : {"health_check", "encounter"})
        if (!demoOutbox(h, table, now))
            return makeError(QStringLiteral("demo.db"), QStringLiteral("outbox"), {},
                             QString::fromUtf8(sqlite3_errmsg(h)));
    return {};
}

} // namespace Models
