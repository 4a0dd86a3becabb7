// The people side of the contracts demo: teams with their staff, residents with their
// key-population tags and flags (see democontractpeople.h).
#include "democontractpeople.h"
#include "dates.h"
#include "demoids.h"

#include "contractrules.h"

#include <QCoreApplication>
#include <QMap>

namespace Models::DemoRows {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DemoGenerator)
};

const char *Surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
const char *Given[] = {"建国", "秀英", "志强", "丽华", "海燕", "明", "军", "芳", "红梅", "卫东"};
} // namespace

Error fail(sqlite3 *h, const QString &what)
{
    return makeError(QStringLiteral("demo.db"), Text::tr("生成演示数据失败"), {},
                     what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(h)));
}

Result<QHash<QString, TeamInfo>> demoTeams(sqlite3 *h, Rng &rng, const Scope &scope,
                                           const QString &now)
{
    Stmt team(
        h, "INSERT INTO contract_team(id, name, institution, township_code, created_at, updated_at,"
           " updated_by) VALUES(?,?,?,?,?,?,?)");
    Stmt teamVillage(h, "INSERT INTO contract_team_village(team_id, village_code) VALUES(?,?)");
    Stmt staff(h, "INSERT INTO contract_staff(id, team_id, name, role, staff_no, phone, "
                  "created_at, updated_at,"
                  " updated_by) VALUES(?,?,?,?,?,?,?,?,?)");
    for (const Stmt *s : {&team, &teamVillage, &staff})
        if (!s->ok())
            return fail(h, QStringLiteral("prepare"));
    // Teams: one for every five villages of a township, a village doctor per village.
    QHash<QString, TeamInfo> teamOfVillage;
    {
        Stmt areas(h, "SELECT v.code, v.name, t.code, t.name FROM area v JOIN area t ON t.code = "
                      "v.parent_code"
                      " WHERE v.level = 'village' ORDER BY v.code");
        QMap<QString, QList<QPair<QString, QString>>> byTownship;
        QHash<QString, QString> townshipName;
        while (areas.step()) {
            byTownship[areas.columnText(2)].append({areas.columnText(0), areas.columnText(1)});
            townshipName.insert(areas.columnText(2), areas.columnText(3));
        }
        int staffNo = 1;
        auto personName = [&] {
            return QString::fromUtf8(Surnames[rng.uniform(0, 9)]) +
                   QString::fromUtf8(Given[rng.uniform(0, 9)]);
        };
        auto phone = [&] { return QStringLiteral("139%1").arg(rng.uniform(10000000, 99999999)); };
        for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
            const QString institution = townshipName.value(it.key()) + QStringLiteral("卫生院");
            for (qsizetype i = 0; i < it->size(); i += 5) {
                TeamInfo t{rng.uuid(), {}, {}};
                t.name = QStringLiteral("%1第%2家庭医生团队")
                             .arg(townshipName.value(it.key()))
                             .arg(i / 5 + 1);
                team.text(1, t.id).text(2, t.name).text(3, institution).text(4, it.key());
                team.text(5, now).text(6, now).text(7, scope.userId);
                if (!team.run())
                    return fail(h, QStringLiteral("team"));
                auto member = [&](const QString &role, const QString &fixedId = {}) -> QString {
                    const QString drawn = rng.uuid(); // drawn always: the sequence stays
                    const QString id = fixedId.isEmpty() ? drawn : fixedId;
                    staff.text(1, id).text(2, t.id).text(3, personName()).text(4, role);
                    staff.text(5, QStringLiteral("S%1").arg(staffNo++, 4, 10, QLatin1Char('0')))
                        .text(6, phone());
                    staff.text(7, now).text(8, now).text(9, scope.userId);
                    return staff.run() ? id : QString();
                };
                t.doctor = member(QStringLiteral("family_doctor"));
                if (t.doctor.isEmpty() || member(QStringLiteral("nurse")).isEmpty() ||
                    member(QStringLiteral("public_health")).isEmpty())
                    return fail(h, QStringLiteral("staff"));
                for (qsizetype v = i; v < qMin(i + 5, it->size()); ++v) {
                    teamVillage.text(1, t.id).text(2, it->at(v).first);
                    if (!teamVillage.run() || member(QStringLiteral("village_doctor"),
                                                     demoVillageDoctorId(it->at(v).first))
                                                  .isEmpty())
                        return fail(h, QStringLiteral("team village"));
                    teamOfVillage.insert(it->at(v).first, t);
                }
            }
        }
    }
    return teamOfVillage;
}

Result<QVector<Person>> demoPeople(sqlite3 *h, Rng &rng, const Scope &scope, const DemoOptions &o,
                                   const QString &now)
{
    const ContractRules &rules = ContractRules::get();
    const QDate today = o.today;
    Stmt flag(h, "INSERT INTO resident_flag(id, resident_id, flag, since, created_at, updated_at, "
                 "updated_by)"
                 " VALUES(?,?,?,?,?,?,?)");
    if (!flag.ok())
        return fail(h, QStringLiteral("prepare"));
    // Residents with their key-population tags as of today.
    QHash<QString, QStringList> chronic;
    {
        Stmt q(h, "SELECT resident_id, programme FROM chronic_registration WHERE closed_on IS NULL "
                  "AND deleted = 0");
        while (q.step())
            chronic[q.columnText(0)] << q.columnText(1);
    }
    QVector<Person> people;
    {
        Stmt q(h, "SELECT id, village_code, birth_date, sex, household_id FROM resident WHERE "
                  "deleted = 0 ORDER BY rid");
        while (q.step())
            people.append(Person{q.columnText(0),
                                 q.columnText(1),
                                 QDate::fromString(q.columnText(2), Qt::ISODate),
                                 q.columnText(3).at(0),
                                 q.columnText(4),
                                 {}});
    }
    struct FlagRate
    {
        const char *code;
        double p;
    };
    const FlagRate flagRates[] = {{"smd", 0.004},
                                  {"tb", 0.001},
                                  {"disabled", 0.02},
                                  {"poverty", 0.03},
                                  {"fp_special", 0.003}};
    for (Person &p : people) {
        const int age = ageInYears(p.birth, today);
        QStringList flags;
        if (p.sex == QLatin1Char('F') && age >= 20 && age <= 38 && rng.chance(0.05))
            flags << QStringLiteral("pregnant");
        for (const FlagRate &f : flagRates)
            if (rng.chance(f.p))
                flags << QLatin1String(f.code);
        for (const QString &f : flags) {
            const QString id = rng.uuid();
            const QDate since = f == QLatin1String("pregnant")
                                    ? today.addDays(-rng.uniform(10, 250))
                                    : today.addDays(-rng.uniform(100, 3000));
            flag.text(1, id).text(2, p.id).text(3, f).text(4, since.toString(Qt::ISODate));
            flag.text(5, now).text(6, now).text(7, scope.userId);
            if (!flag.run())
                return fail(h, QStringLiteral("flag"));
        }
        for (const KeyPopulationRule &k : rules.keyPopulations) {
            const bool in =
                k.source == QLatin1String("age")
                    ? (k.minAge < 0 || age >= k.minAge) && (k.maxAge < 0 || age <= k.maxAge)
                : k.source == QLatin1String("chronic") ? chronic.value(p.id).contains(k.programme)
                                                       : flags.contains(k.code);
            if (in)
                p.tags << k.code;
        }
    }
    return people;
}

} // namespace Models::DemoRows
