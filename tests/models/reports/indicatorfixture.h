#pragma once

// A small township for the indicator tests, built through the repositories in a real SQLite
// file, where every numerator and denominator of 2025 is known by hand:
//
//  A1 1950-03-01 (75)  hypertension 2020, 4 face-to-face follow-ups in 2025, last 135/85;
//                      complete health check 2025-05-10; basic information form; signed A
//                      2025-02-01
//  A2 1958-07-01 (67)  hypertension 2024: 2 clinic + 1 phone follow-ups, last 150/95; health
//                      check 2025-06-01 without health guidance (incomplete)
//  A3 1990-01-01       diabetes 2023: 4 face-to-face follow-ups, last FBG 6.5; signed A
//                      2024-03-01 (ends 2025-02-28), renewed
//  A4 2025-01-10       HepB doses 1, 2, 3 on time; nothing else
//  A5 1985-01-01       signed A 2024-01-01, terminated 2024-06-01
//  B1 1940-01-01 (85)  complete health check 2025-03-01; deceased 2025-06-30 (set directly)
//  B2 1995-05-05       pregnant from 2025-03-01; signed B 2025-04-01
//  B3 1975-01-01       signed B 2024-05-01 (ends 2025-04-30), not renewed; encounter 2025-11-01
//  B4 2022-06-01       vaccination certificate 2022-07-01
#include "chronicrepository.h"
#include "contractfixture.h"
#include "healthrecordrepository.h"
#include "immunizationrepository.h"
#include "keypopulation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace IndicatorFixture {

using namespace ContractFixture;

struct Town
{
    QHash<QString, QString> id; // A1.. -> resident id
    TeamIds a, b;
};

inline QString sign(const QString &conn, const TeamIds &t, const QString &resident, const QDate &on)
{
    Models::SignRequest r;
    r.residentId = resident;
    r.teamId = t.team;
    r.doctorId = t.doctor;
    r.packageIds << packageId(conn, QStringLiteral("basic"));
    r.suggestTags = true;
    r.signedOn = on;
    auto c = Models::ContractRepository(conn).sign(Models::Scope::administrator(), r);
    if (!c)
        qWarning() << why(c);
    return c ? c->id : QString();
}

inline QString registerChronic(const QString &conn, const QString &resident,
                               const QString &programme, const QDate &on)
{
    Models::ChronicRegistration g;
    g.residentId = resident;
    g.programme = programme;
    g.icd10 = programme == QLatin1String("diabetes") ? QStringLiteral("E11.900")
                                                     : QStringLiteral("I10.x00x002");
    g.diagnosedOn = on;
    g.registeredOn = on;
    auto r = Models::ChronicRepository(conn).registerResident(Models::Scope::administrator(), g);
    if (!r)
        qWarning() << why(r);
    return r ? r->id : QString();
}

inline bool followup(const QString &conn, const QString &registration, const QDate &day, int mode,
                     std::optional<int> sbp, std::optional<int> dbp,
                     std::optional<double> fbg = std::nullopt)
{
    Models::ChronicFollowup f;
    f.registrationId = registration;
    f.visitDate = day;
    f.mode = mode;
    f.sbp = sbp;
    f.dbp = dbp;
    f.fbg = fbg;
    f.heartRate = 72;
    auto r = Models::ChronicRepository(conn).record(Models::Scope::administrator(), f);
    if (!r)
        qWarning() << why(r);
    return r.ok();
}

// A health examination; `complete` adds the health guidance the elderly indicator asks for.
inline bool check(const QString &conn, const QString &resident, const QDate &day, bool complete)
{
    Models::HealthCheck h;
    h.residentId = resident;
    h.checkDate = day;
    h.form = QJsonObject{{QStringLiteral("sbp_left"), 128},
                         {QStringLiteral("dbp_left"), 78},
                         {QStringLiteral("height"), 165},
                         {QStringLiteral("weight"), 62},
                         {QStringLiteral("waist"), 80},
                         {QStringLiteral("fbg"), 5.6},
                         {QStringLiteral("evaluation"), QStringLiteral("1")}};
    if (complete)
        h.form.insert(QStringLiteral("guidance"), QJsonArray{QStringLiteral("2")});
    auto r = Models::HealthRecordRepository(conn).addHealthCheck(Models::Scope::administrator(), h,
                                                                 true);
    if (!r)
        qWarning() << why(r);
    return r.ok();
}

inline bool dose(const QString &conn, const QString &resident, const QString &vaccine,
                 const QDate &day)
{
    Models::VaccineDose d;
    d.residentId = resident;
    d.vaccine = vaccine;
    d.givenOn = day;
    d.source = QStringLiteral("elsewhere");
    d.clinic = QStringLiteral("县妇幼保健院");
    auto r =
        Models::ImmunizationRepository(conn).recordDose(Models::Scope::administrator(), d, day);
    if (!r)
        qWarning() << why(r);
    return r.ok();
}

inline bool setDeceased(const QString &conn, const QString &resident, const QDate &on)
{
    QSqlQuery q(Models::db(conn));
    q.prepare(QStringLiteral("UPDATE resident SET life_status = 'deceased', life_date = ?,"
                             " life_reason = '测试' WHERE id = ?"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(resident);
    return q.exec() && q.numRowsAffected() == 1;
}

inline bool build(const QString &conn, Town &t)
{
    const Models::Scope admin = Models::Scope::administrator();
    if (!addAreas(conn))
        return false;
    t.a = team(conn, QStringLiteral("东村团队"), {VillageA});
    t.b = team(conn, QStringLiteral("西村团队"), {VillageB});
    auto add = [&](const char *key, const char *name, const QDate &birth, QChar sex,
                   const QString &village) {
        t.id[QLatin1String(key)] =
            resident(conn, QString::fromUtf8(name), birth, sex, village, {}, true);
        return !t.id[QLatin1String(key)].isEmpty();
    };
    if (!add("A1", "甲一", QDate(1950, 3, 1), QLatin1Char('M'), VillageA) ||
        !add("A2", "甲二", QDate(1958, 7, 1), QLatin1Char('F'), VillageA) ||
        !add("A3", "甲三", QDate(1990, 1, 1), QLatin1Char('M'), VillageA) ||
        !add("A4", "甲四", QDate(2025, 1, 10), QLatin1Char('F'), VillageA) ||
        !add("A5", "甲五", QDate(1985, 1, 1), QLatin1Char('M'), VillageA) ||
        !add("B1", "乙一", QDate(1940, 1, 1), QLatin1Char('M'), VillageB) ||
        !add("B2", "乙二", QDate(1995, 5, 5), QLatin1Char('F'), VillageB) ||
        !add("B3", "乙三", QDate(1975, 1, 1), QLatin1Char('M'), VillageB) ||
        !add("B4", "乙四", QDate(2022, 6, 1), QLatin1Char('M'), VillageB))
        return false;
    const auto &id = t.id;
    const QString h1 = registerChronic(conn, id[QStringLiteral("A1")],
                                       QStringLiteral("hypertension"), QDate(2020, 4, 1));
    const QString h2 = registerChronic(conn, id[QStringLiteral("A2")],
                                       QStringLiteral("hypertension"), QDate(2024, 1, 1));
    const QString d3 = registerChronic(conn, id[QStringLiteral("A3")], QStringLiteral("diabetes"),
                                       QDate(2023, 1, 1));
    bool ok = !h1.isEmpty() && !h2.isEmpty() && !d3.isEmpty();
    ok = ok && followup(conn, h1, QDate(2025, 1, 15), 1, 150, 92) &&
         followup(conn, h1, QDate(2025, 4, 15), 2, 138, 86) &&
         followup(conn, h1, QDate(2025, 7, 15), 1, 136, 84) &&
         followup(conn, h1, QDate(2025, 10, 15), 1, 135, 85);
    ok = ok && followup(conn, h2, QDate(2025, 2, 1), 1, 146, 92) &&
         followup(conn, h2, QDate(2025, 5, 1), 3, 142, 90) &&
         followup(conn, h2, QDate(2025, 9, 1), 1, 150, 95);
    ok = ok && followup(conn, d3, QDate(2025, 2, 20), 1, {}, {}, 8.1) &&
         followup(conn, d3, QDate(2025, 5, 20), 1, {}, {}, 7.4) &&
         followup(conn, d3, QDate(2025, 8, 20), 2, {}, {}, 6.9) &&
         followup(conn, d3, QDate(2025, 11, 20), 1, {}, {}, 6.5);
    ok = ok && check(conn, id[QStringLiteral("A1")], QDate(2025, 5, 10), true) &&
         check(conn, id[QStringLiteral("A2")], QDate(2025, 6, 1), false) &&
         check(conn, id[QStringLiteral("B1")], QDate(2025, 3, 1), true);
    Models::BasicInfo info;
    info.residentId = id[QStringLiteral("A1")];
    ok = ok && Models::HealthRecordRepository(conn).saveBasicInfo(admin, info).ok();
    Models::Encounter e;
    e.residentId = id[QStringLiteral("B3")];
    e.visitDate = QDate(2025, 11, 1);
    e.visitType = QStringLiteral("clinic");
    e.subjective = QStringLiteral("咳嗽");
    ok = ok && Models::HealthRecordRepository(conn).addEncounter(admin, e).ok();
    ok = ok && dose(conn, id[QStringLiteral("A4")], QStringLiteral("HepB"), QDate(2025, 1, 10)) &&
         dose(conn, id[QStringLiteral("A4")], QStringLiteral("HepB"), QDate(2025, 2, 10)) &&
         dose(conn, id[QStringLiteral("A4")], QStringLiteral("HepB"), QDate(2025, 7, 10));
    ok = ok && Models::ImmunizationRepository(conn)
                   .issueCertificate(admin, id[QStringLiteral("B4")], QStringLiteral("Z-0001"),
                                     QDate(2022, 7, 1))
                   .ok();
    ok = ok && Models::KeyPopulation(conn)
                   .setFlag(admin, id[QStringLiteral("B2")], QStringLiteral("pregnant"),
                            QDate(2025, 3, 1))
                   .ok();
    ok = ok && !sign(conn, t.a, id[QStringLiteral("A1")], QDate(2025, 2, 1)).isEmpty();
    const QString a3 = sign(conn, t.a, id[QStringLiteral("A3")], QDate(2024, 3, 1));
    ok = ok && !a3.isEmpty() &&
         Models::ContractRepository(conn).renew(admin, a3, QDate(2025, 2, 20)).ok();
    const QString a5 = sign(conn, t.a, id[QStringLiteral("A5")], QDate(2024, 1, 1));
    ok = ok && !a5.isEmpty() &&
         Models::ContractRepository(conn)
             .terminate(admin, a5, QDate(2024, 6, 1), QStringLiteral("moved"))
             .ok();
    ok = ok && !sign(conn, t.b, id[QStringLiteral("B2")], QDate(2025, 4, 1)).isEmpty() &&
         !sign(conn, t.b, id[QStringLiteral("B3")], QDate(2024, 5, 1)).isEmpty();
    ok = ok && setDeceased(conn, id[QStringLiteral("B1")], QDate(2025, 6, 30));
    return ok;
}

} // namespace IndicatorFixture
