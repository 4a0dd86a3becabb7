// The immunization engine against hand-worked children (docs/domain/immunization.md). Each row
// gives a child's birth date, the planning date, health states and history, and the expected status
// and dates of EVERY dose of every series, written compactly:
//   "HepB g2024-01-01 d2024-02-01 u2024-07-01 | BCG n | ..."
//   g<date>  given on that date          d<date>  due, earliest (= recommended) date
//   o<date>  overdue, earliest date      u<date>  upcoming, earliest date
//   n        not needed                  c        contraindicated
//   ":<vaccine>" after a date names the product to give when it is not the series id.
#include "vaccineplanner.h"
#include "vaccineplannercase.h"
#include "vaccineschedule.h"

#include <QJsonArray>
#include <QTest>

using namespace Models;
using namespace VaccinePlannerCase;

namespace {
struct Row
{
    QString birth, on;
    QStringList states;
    QList<QPair<QString, QString>> doses;
    QString version;
    QString expected;
};
QList<QPair<QString, Row>> &rows()
{
    static QList<QPair<QString, Row>> r;
    return r;
}
void row(const char *name, const char *birth, const char *on, QStringList states,
         QList<QPair<QString, QString>> doses, const char *version, const char *expected)
{
    rows().append({QString::fromLatin1(name),
                   Row{QString::fromLatin1(birth), QString::fromLatin1(on), states, doses,
                       QString::fromLatin1(version), QString::fromUtf8(expected)}});
}
ChildFacts facts(const Row &r)
{
    ChildFacts c;
    c.birth = d(r.birth);
    c.healthStates = r.states;
    for (const auto &[v, date] : r.doses)
        c.doses.append({v, d(date)});
    return c;
}
void buildRows()
{
    if (!rows().isEmpty())
        return;
    row("newborn_birthday", "2024-03-01", "2024-03-01", {}, {}, "nip-2021",
        "HepB d2024-03-01 u2024-04-01 u2024-09-01 | BCG d2024-03-01 | Polio u2024-05-01:IPV "
        "u2024-06-01:IPV u2024-07-01:bOPV u2028-03-01:bOPV | DTP u2024-06-01:DTaP u2024-07-01:DTaP "
        "u2024-08-01:DTaP u2025-09-01:DTaP u2030-03-01:DT | MMR u2024-11-01 u2025-09-01 | JE-L "
        "u2024-11-01 u2026-03-01 | JE-I n n n n | MenA u2024-09-01:MPSV-A u2024-12-01:MPSV-A | "
        "MenAC u2027-03-01:MPSV-AC u2030-03-01:MPSV-AC | HepA-L u2025-09-01 | HepA-I n n");
    row("complete_on_time_7y", "2017-05-10", "2024-06-01", {},
        {{"HepB", "2017-05-10"},    {"BCG", "2017-05-10"},    {"HepB", "2017-06-10"},
         {"IPV", "2017-07-10"},     {"IPV", "2017-08-10"},    {"DTaP", "2017-08-10"},
         {"bOPV", "2017-09-11"},    {"DTaP", "2017-09-11"},   {"DTaP", "2017-10-10"},
         {"HepB", "2017-11-10"},    {"MPSV-A", "2017-11-10"}, {"MMR", "2018-01-10"},
         {"JE-L", "2018-01-10"},    {"MPSV-A", "2018-02-10"}, {"DTaP", "2018-11-10"},
         {"MMR", "2018-11-10"},     {"HepA-L", "2018-11-10"}, {"JE-L", "2019-05-10"},
         {"MPSV-AC", "2020-05-11"}, {"bOPV", "2021-05-10"},   {"DT", "2023-05-10"},
         {"MPSV-AC", "2023-05-10"}},
        "nip-2021",
        "HepB g2017-05-10 g2017-06-10 g2017-11-10 | BCG g2017-05-10 | Polio g2017-07-10 "
        "g2017-08-10 g2017-09-11 g2021-05-10 | DTP g2017-08-10 g2017-09-11 g2017-10-10 g2018-11-10 "
        "g2023-05-10 | MMR g2018-01-10 g2018-11-10 | JE-L g2018-01-10 g2019-05-10 | JE-I n n n n | "
        "MenA g2017-11-10 g2018-02-10 | MenAC g2020-05-11 g2023-05-10 | HepA-L g2018-11-10 | "
        "HepA-I n n");
    row("on_time_2y", "2022-01-15", "2024-01-20", {},
        {{"HepB", "2022-01-15"},
         {"BCG", "2022-01-15"},
         {"HepB", "2022-02-15"},
         {"IPV", "2022-03-15"},
         {"IPV", "2022-04-15"},
         {"DTaP", "2022-04-15"},
         {"bOPV", "2022-05-16"},
         {"DTaP", "2022-05-16"},
         {"DTaP", "2022-06-15"},
         {"HepB", "2022-07-15"},
         {"MPSV-A", "2022-07-15"},
         {"MMR", "2022-09-15"},
         {"JE-L", "2022-09-15"},
         {"MPSV-A", "2022-10-17"},
         {"DTaP", "2023-07-17"},
         {"MMR", "2023-07-17"},
         {"HepA-L", "2023-07-17"}},
        "nip-2021",
        "HepB g2022-01-15 g2022-02-15 g2022-07-15 | BCG g2022-01-15 | Polio g2022-03-15 "
        "g2022-04-15 g2022-05-16 u2026-01-15:bOPV | DTP g2022-04-15 g2022-05-16 g2022-06-15 "
        "g2023-07-17 u2028-01-15:DT | MMR g2022-09-15 g2023-07-17 | JE-L g2022-09-15 d2024-01-15 | "
        "JE-I n n n n | MenA g2022-07-15 g2022-10-17 | MenAC u2025-01-15:MPSV-AC "
        "u2028-01-15:MPSV-AC | HepA-L g2023-07-17 | HepA-I n n");
    row("late_start_9m", "2023-06-10", "2024-03-10", {}, {}, "nip-2021",
        "HepB o2023-06-10 u2024-04-07 u2024-07-10 | BCG o2023-06-10 | Polio o2023-08-10:IPV "
        "u2024-04-07:IPV u2024-05-05:bOPV u2027-06-10:bOPV | DTP o2023-09-10:DTaP u2024-04-07:DTaP "
        "u2024-05-05:DTaP u2024-12-10:DTaP u2029-06-10:DT | MMR d2024-02-10 u2024-12-10 | JE-L "
        "d2024-02-10 u2025-06-10 | JE-I n n n n | MenA o2023-12-10:MPSV-A u2024-06-10:MPSV-A | "
        "MenAC u2026-06-10:MPSV-AC u2029-06-10:MPSV-AC | HepA-L u2024-12-10 | HepA-I n n");
    row("late_start_2y", "2022-03-10", "2024-03-10", {}, {}, "nip-2021",
        "HepB o2022-03-10 u2024-04-07 u2024-07-10 | BCG o2022-03-10 | Polio o2022-05-10:IPV "
        "u2024-04-07:IPV u2024-05-05:bOPV u2026-03-10:bOPV | DTP o2022-06-10:DTaP u2024-04-07:DTaP "
        "u2024-05-05:DTaP u2024-11-05:DTaP u2028-03-10:DT | MMR o2022-11-10 u2024-04-07 | JE-L "
        "o2022-11-10 u2025-03-10 | JE-I n n n n | MenA n n | MenAC d2024-03-10:MPSV-AC "
        "u2028-03-10:MPSV-AC | HepA-L o2023-09-10 | HepA-I n n");
    row("late_start_4y", "2020-03-10", "2024-03-12", {}, {}, "nip-2021",
        "HepB o2020-03-10 u2024-04-09 u2024-07-12 | BCG n | Polio o2020-05-10:IPV u2024-04-09:IPV "
        "u2024-05-07:bOPV u2024-06-04:bOPV | DTP o2020-06-10:DTaP u2024-04-09:DTaP "
        "u2024-05-07:DTaP u2024-11-07:DTaP u2026-03-10:DT | MMR o2020-11-10 u2024-04-09 | JE-L "
        "o2020-11-10 u2025-03-12 | JE-I n n n n | MenA n n | MenAC o2022-03-10:MPSV-AC "
        "u2027-03-12:MPSV-AC | HepA-L o2021-09-10 | HepA-I n n");
    row("late_start_7y", "2017-03-10", "2024-03-12", {}, {}, "nip-2021",
        "HepB o2017-03-10 u2024-04-09 u2024-07-12 | BCG n | Polio o2017-05-10:IPV u2024-04-09:IPV "
        "u2024-05-07:bOPV u2024-06-04:bOPV | DTP o2023-03-10:DT u2024-04-12:DT u2024-10-12:DT n n "
        "| MMR o2017-11-10 u2024-04-09 | JE-L o2017-11-10 u2025-03-12 | JE-I n n n n | MenA n n | "
        "MenAC o2019-03-10:MPSV-AC u2027-03-12:MPSV-AC | HepA-L o2018-09-10 | HepA-I n n");
    row("bcg_missed_2y", "2022-02-01", "2024-02-05", {},
        {{"HepB", "2022-02-01"}, {"HepB", "2022-03-01"}, {"HepB", "2022-08-01"}}, "nip-2021",
        "HepB g2022-02-01 g2022-03-01 g2022-08-01 | BCG o2022-02-01 | Polio o2022-04-01:IPV "
        "u2024-03-04:IPV u2024-04-01:bOPV u2026-02-01:bOPV | DTP o2022-05-01:DTaP u2024-03-04:DTaP "
        "u2024-04-01:DTaP u2024-10-01:DTaP u2028-02-01:DT | MMR o2022-10-01 u2024-03-04 | JE-L "
        "o2022-10-01 u2025-02-05 | JE-I n n n n | MenA n n | MenAC d2024-02-01:MPSV-AC "
        "u2028-02-01:MPSV-AC | HepA-L o2023-08-01 | HepA-I n n");
    row("bcg_missed_4y", "2020-02-01", "2024-02-05", {},
        {{"HepB", "2020-02-01"}, {"HepB", "2020-03-01"}, {"HepB", "2020-08-01"}}, "nip-2021",
        "HepB g2020-02-01 g2020-03-01 g2020-08-01 | BCG n | Polio o2020-04-01:IPV u2024-03-04:IPV "
        "u2024-04-01:bOPV u2024-04-29:bOPV | DTP o2020-05-01:DTaP u2024-03-04:DTaP "
        "u2024-04-01:DTaP u2024-10-01:DTaP u2026-02-01:DT | MMR o2020-10-01 u2024-03-04 | JE-L "
        "o2020-10-01 u2025-02-05 | JE-I n n n n | MenA n n | MenAC o2022-02-01:MPSV-AC "
        "u2027-02-05:MPSV-AC | HepA-L o2021-08-01 | HepA-I n n");
    row("bcg_at_4y_birthday", "2020-02-01", "2024-02-01", {}, {}, "nip-2021",
        "HepB o2020-02-01 u2024-02-29 u2024-06-01 | BCG n | Polio o2020-04-01:IPV u2024-02-29:IPV "
        "u2024-03-28:bOPV u2024-04-25:bOPV | DTP o2020-05-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2026-02-01:DT | MMR o2020-10-01 u2024-02-29 | JE-L "
        "o2020-10-01 u2025-02-01 | JE-I n n n n | MenA n n | MenAC o2022-02-01:MPSV-AC "
        "u2027-02-01:MPSV-AC | HepA-L o2021-08-01 | HepA-I n n");
    row("bcg_overdue_5m", "2023-09-01", "2024-02-01", {}, {{"HepB", "2023-09-01"}}, "nip-2021",
        "HepB g2023-09-01 o2023-10-01 u2024-04-01 | BCG o2023-09-01 | Polio o2023-11-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2027-09-01:bOPV | DTP o2023-12-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2025-03-01:DTaP u2029-09-01:DT | MMR u2024-05-01 u2025-03-01 | JE-L "
        "u2024-05-01 u2025-09-01 | JE-I n n n n | MenA u2024-03-01:MPSV-A u2024-06-01:MPSV-A | "
        "MenAC u2026-09-01:MPSV-AC u2029-09-01:MPSV-AC | HepA-L u2025-03-01 | HepA-I n n");
    row("je_live_2y6m", "2021-08-01", "2024-02-01", {}, {{"JE-L", "2022-04-01"}}, "nip-2021",
        "HepB o2021-08-01 u2024-02-29 u2024-06-01 | BCG o2021-08-01 | Polio o2021-10-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2025-08-01:bOPV | DTP o2021-11-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2027-08-01:DT | MMR o2022-04-01 u2024-02-29 | JE-L "
        "g2022-04-01 o2023-08-01 | JE-I n n n n | MenA n n | MenAC o2023-08-01:MPSV-AC "
        "u2027-08-01:MPSV-AC | HepA-L o2023-02-01 | HepA-I n n");
    row("je_inactivated_9m", "2023-05-01", "2024-02-01", {}, {{"JE-I", "2024-01-28"}}, "nip-2021",
        "HepB o2023-05-01 u2024-02-29 u2024-06-01 | BCG o2023-05-01 | Polio o2023-07-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2027-05-01:bOPV | DTP o2023-08-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-11-01:DTaP u2029-05-01:DT | MMR d2024-01-01 u2024-11-01 | JE-L n n "
        "| JE-I g2024-01-28 u2024-02-04 u2025-05-01 u2029-05-01 | MenA o2023-11-01:MPSV-A "
        "u2024-05-01:MPSV-A | MenAC u2026-05-01:MPSV-AC u2029-05-01:MPSV-AC | HepA-L u2024-11-01 | "
        "HepA-I n n");
    row("je_inactivated_2y", "2022-01-05", "2024-02-10", {},
        {{"JE-I", "2022-09-05"}, {"JE-I", "2022-09-13"}}, "nip-2021",
        "HepB o2022-01-05 u2024-03-09 u2024-06-10 | BCG o2022-01-05 | Polio o2022-03-05:IPV "
        "u2024-03-09:IPV u2024-04-06:bOPV u2026-01-05:bOPV | DTP o2022-04-05:DTaP u2024-03-09:DTaP "
        "u2024-04-06:DTaP u2024-10-06:DTaP u2028-01-05:DT | MMR o2022-09-05 u2024-03-09 | JE-L n n "
        "| JE-I g2022-09-05 g2022-09-13 o2024-01-05 u2028-01-05 | MenA n n | MenAC "
        "o2024-01-05:MPSV-AC u2028-01-05:MPSV-AC | HepA-L o2023-07-05 | HepA-I n n");
    row("je_inactivated_complete3_6y", "2018-01-05", "2024-02-10", {},
        {{"JE-I", "2018-09-05"}, {"JE-I", "2018-09-13"}, {"JE-I", "2020-01-06"}}, "nip-2021",
        "HepB o2018-01-05 u2024-03-09 u2024-06-10 | BCG n | Polio o2018-03-05:IPV u2024-03-09:IPV "
        "u2024-04-06:bOPV u2024-05-04:bOPV | DTP o2024-01-05:DT u2024-03-10:DT u2024-09-10:DT n n "
        "| MMR o2018-09-05 u2024-03-09 | JE-L n n | JE-I g2018-09-05 g2018-09-13 g2020-01-06 "
        "o2024-01-05 | MenA n n | MenAC o2020-01-05:MPSV-AC u2027-02-10:MPSV-AC | HepA-L "
        "o2019-07-05 | HepA-I n n");
    row("je_live_one_dose_3y", "2021-01-01", "2024-01-15", {}, {{"JE-L", "2021-09-01"}}, "nip-2021",
        "HepB o2021-01-01 u2024-02-12 u2024-05-15 | BCG o2021-01-01 | Polio o2021-03-01:IPV "
        "u2024-02-12:IPV u2024-03-11:bOPV u2025-01-01:bOPV | DTP o2021-04-01:DTaP u2024-02-12:DTaP "
        "u2024-03-11:DTaP u2024-09-11:DTaP u2027-01-01:DT | MMR o2021-09-01 u2024-02-12 | JE-L "
        "g2021-09-01 o2023-01-01 | JE-I n n n n | MenA n n | MenAC o2023-01-01:MPSV-AC "
        "u2027-01-15:MPSV-AC | HepA-L o2022-07-01 | HepA-I n n");
    row("je_mixed_live_first", "2021-01-01", "2024-01-15", {},
        {{"JE-L", "2021-09-01"}, {"JE-I", "2023-01-05"}}, "nip-2021",
        "HepB o2021-01-01 u2024-02-12 u2024-05-15 | BCG o2021-01-01 | Polio o2021-03-01:IPV "
        "u2024-02-12:IPV u2024-03-11:bOPV u2025-01-01:bOPV | DTP o2021-04-01:DTaP u2024-02-12:DTaP "
        "u2024-03-11:DTaP u2024-09-11:DTaP u2027-01-01:DT | MMR o2021-09-01 u2024-02-12 | JE-L "
        "g2021-09-01 o2023-01-01 | JE-I g2023-01-05 n n n | MenA n n | MenAC o2023-01-01:MPSV-AC "
        "u2027-01-15:MPSV-AC | HepA-L o2022-07-01 | HepA-I n n");
    row("hepa_live_after_inactivated", "2021-01-10", "2024-01-15", {},
        {{"HepA-I", "2022-07-10"}, {"HepA-L", "2023-02-10"}}, "nip-2021",
        "HepB o2021-01-10 u2024-02-12 u2024-05-15 | BCG o2021-01-10 | Polio o2021-03-10:IPV "
        "u2024-02-12:IPV u2024-03-11:bOPV u2025-01-10:bOPV | DTP o2021-04-10:DTaP u2024-02-12:DTaP "
        "u2024-03-11:DTaP u2024-09-11:DTaP u2027-01-10:DT | MMR o2021-09-10 u2024-02-12 | JE-L "
        "o2021-09-10 u2025-01-15 | JE-I n n n n | MenA n n | MenAC o2023-01-10:MPSV-AC "
        "u2027-01-15:MPSV-AC | HepA-L n | HepA-I g2022-07-10 g2023-02-10");
    row("hepa_inactivated_one_3y", "2021-01-10", "2024-01-15", {}, {{"HepA-I", "2022-07-10"}},
        "nip-2021",
        "HepB o2021-01-10 u2024-02-12 u2024-05-15 | BCG o2021-01-10 | Polio o2021-03-10:IPV "
        "u2024-02-12:IPV u2024-03-11:bOPV u2025-01-10:bOPV | DTP o2021-04-10:DTaP u2024-02-12:DTaP "
        "u2024-03-11:DTaP u2024-09-11:DTaP u2027-01-10:DT | MMR o2021-09-10 u2024-02-12 | JE-L "
        "o2021-09-10 u2025-01-15 | JE-I n n n n | MenA n n | MenAC o2023-01-10:MPSV-AC "
        "u2027-01-15:MPSV-AC | HepA-L n | HepA-I g2022-07-10 o2023-01-10");
    row("hepa_live_first", "2021-01-10", "2024-01-15", {}, {{"HepA-L", "2022-07-12"}}, "nip-2021",
        "HepB o2021-01-10 u2024-02-12 u2024-05-15 | BCG o2021-01-10 | Polio o2021-03-10:IPV "
        "u2024-02-12:IPV u2024-03-11:bOPV u2025-01-10:bOPV | DTP o2021-04-10:DTaP u2024-02-12:DTaP "
        "u2024-03-11:DTaP u2024-09-11:DTaP u2027-01-10:DT | MMR o2021-09-10 u2024-02-12 | JE-L "
        "o2021-09-10 u2025-01-15 | JE-I n n n n | MenA n n | MenAC o2023-01-10:MPSV-AC "
        "u2027-01-15:MPSV-AC | HepA-L g2022-07-12 | HepA-I n n");
    row("mena_missed_30m", "2021-08-01", "2024-02-01", {}, {}, "nip-2021",
        "HepB o2021-08-01 u2024-02-29 u2024-06-01 | BCG o2021-08-01 | Polio o2021-10-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2025-08-01:bOPV | DTP o2021-11-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2027-08-01:DT | MMR o2022-04-01 u2024-02-29 | JE-L "
        "o2022-04-01 u2025-02-01 | JE-I n n n n | MenA n n | MenAC o2023-08-01:MPSV-AC "
        "u2027-08-01:MPSV-AC | HepA-L o2023-02-01 | HepA-I n n");
    row("mena_one_dose_26m", "2021-12-01", "2024-02-01", {}, {{"MPSV-A", "2022-07-01"}}, "nip-2021",
        "HepB o2021-12-01 u2024-02-29 u2024-06-01 | BCG o2021-12-01 | Polio o2022-02-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2025-12-01:bOPV | DTP o2022-03-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2027-12-01:DT | MMR o2022-08-01 u2024-02-29 | JE-L "
        "o2022-08-01 u2025-02-01 | JE-I n n n n | MenA g2022-07-01 n | MenAC o2023-12-01:MPSV-AC "
        "u2027-12-01:MPSV-AC | HepA-L o2023-06-01 | HepA-I n n");
    row("mena_one_dose_20m", "2022-06-01", "2024-02-01", {}, {{"MPSV-A", "2022-12-01"}}, "nip-2021",
        "HepB o2022-06-01 u2024-02-29 u2024-06-01 | BCG o2022-06-01 | Polio o2022-08-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2026-06-01:bOPV | DTP o2022-09-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2028-06-01:DT | MMR o2023-02-01 u2024-02-29 | JE-L "
        "o2023-02-01 u2025-02-01 | JE-I n n n n | MenA g2022-12-01 o2023-03-01:MPSV-A | MenAC "
        "u2025-06-01:MPSV-AC u2028-06-01:MPSV-AC | HepA-L o2023-12-01 | HepA-I n n");
    row("menac_conj_under_24m", "2022-01-01", "2024-02-01", {},
        {{"MenAC-conj", "2022-09-01"}, {"MenAC-conj", "2022-12-01"}}, "nip-2021",
        "HepB o2022-01-01 u2024-02-29 u2024-06-01 | BCG o2022-01-01 | Polio o2022-03-01:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2026-01-01:bOPV | DTP o2022-04-01:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2028-01-01:DT | MMR o2022-09-01 u2024-02-29 | JE-L "
        "o2022-09-01 u2025-02-01 | JE-I n n n n | MenA g2022-09-01 g2022-12-01 | MenAC "
        "u2025-01-01:MPSV-AC u2028-01-01:MPSV-AC | HepA-L o2023-07-01 | HepA-I n n");
    row("menac_after_mena2_early", "2021-01-01", "2024-01-15", {},
        {{"MPSV-A", "2021-07-01"}, {"MPSV-A", "2022-12-20"}}, "nip-2021",
        "HepB o2021-01-01 u2024-02-12 u2024-05-15 | BCG o2021-01-01 | Polio o2021-03-01:IPV "
        "u2024-02-12:IPV u2024-03-11:bOPV u2025-01-01:bOPV | DTP o2021-04-01:DTaP u2024-02-12:DTaP "
        "u2024-03-11:DTaP u2024-09-11:DTaP u2027-01-01:DT | MMR o2021-09-01 u2024-02-12 | JE-L "
        "o2021-09-01 u2025-01-15 | JE-I n n n n | MenA g2021-07-01 g2022-12-20 | MenAC "
        "d2024-01-01:MPSV-AC u2027-01-15:MPSV-AC | HepA-L o2022-07-01 | HepA-I n n");
    row("combination_pentavalent", "2022-01-20", "2024-02-01", {},
        {{"DTaP-IPV/Hib", "2022-03-20"},
         {"DTaP-IPV/Hib", "2022-04-20"},
         {"DTaP-IPV/Hib", "2022-05-20"},
         {"DTaP-IPV/Hib", "2023-07-20"}},
        "nip-2021",
        "HepB o2022-01-20 u2024-02-29 u2024-06-01 | BCG o2022-01-20 | Polio g2022-03-20 "
        "g2022-04-20 g2022-05-20 g2023-07-20 | DTP g2022-03-20 g2022-04-20 g2022-05-20 g2023-07-20 "
        "u2028-01-20:DT | MMR o2022-09-20 u2024-02-29 | JE-L o2022-09-20 u2025-02-01 | JE-I n n n "
        "n | MenA n n | MenAC d2024-01-20:MPSV-AC u2028-01-20:MPSV-AC | HepA-L o2023-07-20 | "
        "HepA-I n n");
    row("dtap2025_newborn", "2025-02-10", "2025-02-10", {},
        {{"HepB", "2025-02-10"}, {"BCG", "2025-02-10"}}, "nip-2025",
        "HepB g2025-02-10 u2025-03-10 u2025-08-10 | BCG g2025-02-10 | Polio u2025-04-10:IPV "
        "u2025-05-10:IPV u2025-06-10:bOPV u2029-02-10:bOPV | DTP u2025-04-10:DTaP u2025-06-10:DTaP "
        "u2025-08-10:DTaP u2026-08-10:DTaP u2031-02-10:DTaP | MMR u2025-10-10 u2026-08-10 | JE-L "
        "u2025-10-10 u2027-02-10 | JE-I n n n n | MenA u2025-08-10:MPSV-A u2025-11-10:MPSV-A | "
        "MenAC u2028-02-10:MPSV-AC u2031-02-10:MPSV-AC | HepA-L u2026-08-10 | HepA-I n n");
    row("dtap2025_7m", "2025-01-05", "2025-08-06", {},
        {{"DTaP", "2025-03-05"}, {"DTaP", "2025-05-05"}, {"DTaP", "2025-07-05"}}, "nip-2025",
        "HepB o2025-01-05 u2025-09-03 u2025-12-06 | BCG o2025-01-05 | Polio o2025-03-05:IPV "
        "u2025-09-03:IPV u2025-10-01:bOPV u2029-01-05:bOPV | DTP g2025-03-05 g2025-05-05 "
        "g2025-07-05 u2026-07-05:DTaP u2031-01-05:DTaP | MMR u2025-09-05 u2026-07-05 | JE-L "
        "u2025-09-05 u2027-01-05 | JE-I n n n n | MenA o2025-07-05:MPSV-A u2025-11-06:MPSV-A | "
        "MenAC u2028-01-05:MPSV-AC u2031-01-05:MPSV-AC | HepA-L u2026-07-05 | HepA-I n n");
    row("dtap2025_6y", "2025-01-05", "2031-01-10", {},
        {{"DTaP", "2025-03-05"},
         {"DTaP", "2025-05-05"},
         {"DTaP", "2025-07-05"},
         {"DTaP", "2026-07-06"}},
        "nip-2025",
        "HepB o2025-01-05 u2031-02-07 u2031-05-10 | BCG n | Polio o2025-03-05:IPV u2031-02-07:IPV "
        "u2031-03-07:bOPV u2031-04-04:bOPV | DTP g2025-03-05 g2025-05-05 g2025-07-05 g2026-07-06 "
        "d2031-01-05:DTaP | MMR o2025-09-05 u2031-02-07 | JE-L o2025-09-05 u2032-01-10 | JE-I n n "
        "n n | MenA n n | MenAC o2027-01-05:MPSV-AC u2034-01-10:MPSV-AC | HepA-L o2026-07-05 | "
        "HepA-I n n");
    row("dtap2021_boundary_born_2024_12_31", "2024-12-31", "2025-04-01", {}, {}, "nip-2021",
        "HepB o2024-12-31 u2025-04-29 u2025-08-01 | BCG o2024-12-31 | Polio o2025-02-28:IPV "
        "u2025-04-29:IPV u2025-05-27:bOPV u2028-12-31:bOPV | DTP d2025-03-31:DTaP u2025-04-30:DTaP "
        "u2025-05-31:DTaP u2026-06-30:DTaP u2030-12-31:DT | MMR u2025-08-31 u2026-06-30 | JE-L "
        "u2025-08-31 u2026-12-31 | JE-I n n n n | MenA u2025-06-30:MPSV-A u2025-09-30:MPSV-A | "
        "MenAC u2027-12-31:MPSV-AC u2030-12-31:MPSV-AC | HepA-L u2026-06-30 | HepA-I n n");
    row("dtp_6y_three_dtap", "2017-06-01", "2024-01-10", {},
        {{"DTaP", "2017-09-01"}, {"DTaP", "2017-10-01"}, {"DTaP", "2017-11-01"}}, "nip-2021",
        "HepB o2017-06-01 u2024-02-07 u2024-05-10 | BCG n | Polio o2017-08-01:IPV u2024-02-07:IPV "
        "u2024-03-06:bOPV u2024-04-03:bOPV | DTP g2017-09-01 g2017-10-01 g2017-11-01 "
        "o2023-06-01:DT n | MMR o2018-02-01 u2024-02-07 | JE-L o2018-02-01 u2025-01-10 | JE-I n n "
        "n n | MenA n n | MenAC o2019-06-01:MPSV-AC u2027-01-10:MPSV-AC | HepA-L o2018-12-01 | "
        "HepA-I n n");
    row("dtp_6y_four_dtap_no_dt", "2017-01-01", "2024-02-01", {},
        {{"DTaP", "2017-04-01"},
         {"DTaP", "2017-05-01"},
         {"DTaP", "2017-06-01"},
         {"DTaP", "2018-07-01"}},
        "nip-2021",
        "HepB o2017-01-01 u2024-02-29 u2024-06-01 | BCG n | Polio o2017-03-01:IPV u2024-02-29:IPV "
        "u2024-03-28:bOPV u2024-04-25:bOPV | DTP g2017-04-01 g2017-05-01 g2017-06-01 g2018-07-01 "
        "o2023-01-01:DT | MMR o2017-09-01 u2024-02-29 | JE-L o2017-09-01 u2025-02-01 | JE-I n n n "
        "n | MenA n n | MenAC o2019-01-01:MPSV-AC u2027-02-01:MPSV-AC | HepA-L o2018-07-01 | "
        "HepA-I n n");
    row("dtp_6y_none", "2017-06-01", "2024-01-10", {}, {}, "nip-2021",
        "HepB o2017-06-01 u2024-02-07 u2024-05-10 | BCG n | Polio o2017-08-01:IPV u2024-02-07:IPV "
        "u2024-03-06:bOPV u2024-04-03:bOPV | DTP o2023-06-01:DT u2024-02-10:DT u2024-08-10:DT n n "
        "| MMR o2018-02-01 u2024-02-07 | JE-L o2018-02-01 u2025-01-10 | JE-I n n n n | MenA n n | "
        "MenAC o2019-06-01:MPSV-AC u2027-01-10:MPSV-AC | HepA-L o2018-12-01 | HepA-I n n");
    row("dtp_6y_one_dtap_one_dt", "2016-06-01", "2024-01-10", {},
        {{"DTaP", "2016-09-01"}, {"DT", "2023-12-01"}}, "nip-2021",
        "HepB o2016-06-01 u2024-02-07 u2024-05-10 | BCG n | Polio o2016-08-01:IPV u2024-02-07:IPV "
        "u2024-03-06:bOPV u2024-04-03:bOPV | DTP g2016-09-01 g2023-12-01 u2024-06-01:DT n n | MMR "
        "o2017-02-01 u2024-02-07 | JE-L o2017-02-01 u2025-01-10 | JE-I n n n n | MenA n n | MenAC "
        "o2018-06-01:MPSV-AC u2027-01-10:MPSV-AC | HepA-L o2017-12-01 | HepA-I n n");
    row("polio_5y_none", "2019-01-10", "2024-02-01", {}, {}, "nip-2021",
        "HepB o2019-01-10 u2024-02-29 u2024-06-01 | BCG n | Polio o2019-03-10:IPV u2024-02-29:IPV "
        "u2024-03-28:bOPV u2024-04-25:bOPV | DTP o2019-04-10:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2025-09-28:DT | MMR o2019-09-10 u2024-02-29 | JE-L "
        "o2019-09-10 u2025-02-01 | JE-I n n n n | MenA n n | MenAC o2021-01-10:MPSV-AC "
        "u2027-02-01:MPSV-AC | HepA-L o2020-07-10 | HepA-I n n");
    row("polio_3y_none", "2021-01-10", "2024-02-01", {}, {}, "nip-2021",
        "HepB o2021-01-10 u2024-02-29 u2024-06-01 | BCG o2021-01-10 | Polio o2021-03-10:IPV "
        "u2024-02-29:IPV u2024-03-28:bOPV u2025-01-10:bOPV | DTP o2021-04-10:DTaP u2024-02-29:DTaP "
        "u2024-03-28:DTaP u2024-09-28:DTaP u2027-01-10:DT | MMR o2021-09-10 u2024-02-29 | JE-L "
        "o2021-09-10 u2025-02-01 | JE-I n n n n | MenA n n | MenAC o2023-01-10:MPSV-AC "
        "u2027-02-01:MPSV-AC | HepA-L o2022-07-10 | HepA-I n n");
    row("polio_4ipv_complete", "2019-01-10", "2024-02-01", {},
        {{"IPV", "2019-03-10"},
         {"IPV", "2019-04-10"},
         {"IPV", "2019-05-10"},
         {"IPV", "2020-07-10"}},
        "nip-2021",
        "HepB o2019-01-10 u2024-02-29 u2024-06-01 | BCG n | Polio g2019-03-10 g2019-04-10 "
        "g2019-05-10 g2020-07-10 | DTP o2019-04-10:DTaP u2024-02-29:DTaP u2024-03-28:DTaP "
        "u2024-09-28:DTaP u2025-09-28:DT | MMR o2019-09-10 u2024-02-29 | JE-L o2019-09-10 "
        "u2025-02-01 | JE-I n n n n | MenA n n | MenAC o2021-01-10:MPSV-AC u2027-02-01:MPSV-AC | "
        "HepA-L o2020-07-10 | HepA-I n n");
    row("immunodeficient_infant", "2023-10-01", "2024-02-01", {"immunodeficiency"},
        {{"HepB", "2023-10-01"},
         {"HepB", "2023-11-01"},
         {"IPV", "2023-12-01"},
         {"IPV", "2024-01-02"}},
        "nip-2021",
        "HepB g2023-10-01 g2023-11-01 u2024-04-01 | BCG c | Polio g2023-12-01 g2024-01-02 "
        "d2024-02-01:IPV u2027-10-01:IPV | DTP d2024-01-01:DTaP u2024-02-29:DTaP u2024-03-28:DTaP "
        "u2025-04-01:DTaP u2029-10-01:DT | MMR c c | JE-L n n | JE-I u2024-06-01 u2024-06-08 "
        "u2025-10-01 u2029-10-01 | MenA u2024-04-01:MPSV-A u2024-07-01:MPSV-A | MenAC "
        "u2026-10-01:MPSV-AC u2029-10-01:MPSV-AC | HepA-L n | HepA-I u2025-04-01 u2025-10-01");
    row("hiv_exposed_10m", "2023-04-01", "2024-02-01", {"hiv_exposed"},
        {{"HepB", "2023-04-01"},
         {"BCG", "2023-04-02"},
         {"HepB", "2023-05-01"},
         {"IPV", "2023-06-01"},
         {"IPV", "2023-07-01"},
         {"DTaP", "2023-07-01"},
         {"DTaP", "2023-08-01"},
         {"DTaP", "2023-09-01"},
         {"HepB", "2023-10-02"},
         {"MPSV-A", "2023-10-02"}},
        "nip-2021",
        "HepB g2023-04-01 g2023-05-01 g2023-10-02 | BCG g2023-04-02 | Polio g2023-06-01 "
        "g2023-07-01 o2023-08-01:IPV u2027-04-01:IPV | DTP g2023-07-01 g2023-08-01 g2023-09-01 "
        "u2024-10-01:DTaP u2029-04-01:DT | MMR o2023-12-01 u2024-10-01 | JE-L n n | JE-I "
        "o2023-12-01 u2024-02-08 u2025-04-01 u2029-04-01 | MenA g2023-10-02 d2024-01-02:MPSV-A | "
        "MenAC u2026-04-01:MPSV-AC u2029-04-01:MPSV-AC | HepA-L n | HepA-I u2024-10-01 "
        "u2025-04-01");
    row("allergy_mmr", "2023-01-01", "2024-01-05", {"allergy:MMR"}, {}, "nip-2021",
        "HepB o2023-01-01 u2024-02-02 u2024-05-05 | BCG o2023-01-01 | Polio o2023-03-01:IPV "
        "u2024-02-02:IPV u2024-03-01:bOPV u2027-01-01:bOPV | DTP o2023-04-01:DTaP u2024-02-02:DTaP "
        "u2024-03-01:DTaP u2024-09-01:DTaP u2029-01-01:DT | MMR c c | JE-L o2023-09-01 u2025-01-05 "
        "| JE-I n n n n | MenA o2023-07-01:MPSV-A u2024-04-05:MPSV-A | MenAC u2026-01-01:MPSV-AC "
        "u2029-01-01:MPSV-AC | HepA-L u2024-07-01 | HepA-I n n");
    row("hbsag_lbw", "2024-01-10", "2024-03-15", {"hbsag_mother_lbw"},
        {{"HepB", "2024-01-10"}, {"HepB", "2024-02-10"}}, "nip-2021",
        "HepB g2024-01-10 g2024-02-10 d2024-03-10 u2024-08-10 | BCG d2024-01-10 | Polio "
        "d2024-03-10:IPV u2024-04-12:IPV u2024-05-10:bOPV u2028-01-10:bOPV | DTP u2024-04-10:DTaP "
        "u2024-05-10:DTaP u2024-06-10:DTaP u2025-07-10:DTaP u2030-01-10:DT | MMR u2024-09-10 "
        "u2025-07-10 | JE-L u2024-09-10 u2026-01-10 | JE-I n n n n | MenA u2024-07-10:MPSV-A "
        "u2024-10-10:MPSV-A | MenAC u2027-01-10:MPSV-AC u2030-01-10:MPSV-AC | HepA-L u2025-07-10 | "
        "HepA-I n n");
    row("mmr_cohort_2015_measles_only", "2015-03-01", "2024-02-01", {},
        {{"Measles", "2015-11-01"}, {"Measles", "2016-09-01"}}, "nip-2021",
        "HepB o2015-03-01 u2024-02-29 u2024-06-01 | BCG n | Polio o2015-05-01:IPV u2024-02-29:IPV "
        "u2024-03-28:bOPV u2024-04-25:bOPV | DTP o2021-03-01:DT u2024-03-01:DT u2024-09-01:DT n n "
        "| MMR g2015-11-01 g2016-09-01 o2016-09-29 | JE-L o2015-11-01 u2025-02-01 | JE-I n n n n | "
        "MenA n n | MenAC o2017-03-01:MPSV-AC u2027-02-01:MPSV-AC | HepA-L o2016-09-01 | HepA-I n "
        "n");
    row("mmr_outbreak_dose_6m", "2023-01-01", "2024-01-05", {}, {{"MMR", "2023-07-10"}}, "nip-2021",
        "HepB o2023-01-01 u2024-02-02 u2024-05-05 | BCG o2023-01-01 | Polio o2023-03-01:IPV "
        "u2024-02-02:IPV u2024-03-01:bOPV u2027-01-01:bOPV | DTP o2023-04-01:DTaP u2024-02-02:DTaP "
        "u2024-03-01:DTaP u2024-09-01:DTaP u2029-01-01:DT | MMR o2023-09-01 u2024-07-01 | JE-L "
        "o2023-09-01 u2025-01-05 | JE-I n n n n | MenA o2023-07-01:MPSV-A u2024-04-05:MPSV-A | "
        "MenAC u2026-01-01:MPSV-AC u2029-01-01:MPSV-AC | HepA-L u2024-07-01 | HepA-I n n");
    row("mmr_cohort_2005_one_measles", "2006-05-01", "2024-02-01", {}, {{"Measles", "2007-01-10"}},
        "nip-2021",
        "HepB o2006-05-01 u2024-02-29 u2024-06-01 | BCG n | Polio o2006-07-01:IPV u2024-02-29:IPV "
        "u2024-03-28:bOPV u2024-04-25:bOPV | DTP o2012-05-01:DT u2024-03-01:DT u2024-09-01:DT n n "
        "| MMR g2007-01-10 o2007-11-01 | JE-L o2007-01-01 u2025-02-01 | JE-I n n n n | MenA n n | "
        "MenAC o2008-05-01:MPSV-AC u2027-02-01:MPSV-AC | HepA-L o2007-11-01 | HepA-I n n");
    row("live_interval_mmr_then_jel", "2023-05-01", "2024-01-10", {}, {{"MMR", "2024-01-02"}},
        "nip-2021",
        "HepB o2023-05-01 u2024-02-07 u2024-05-10 | BCG u2024-01-30 | Polio o2023-07-01:IPV "
        "u2024-02-07:IPV u2024-03-06:bOPV u2027-05-01:bOPV | DTP o2023-08-01:DTaP u2024-02-07:DTaP "
        "u2024-03-06:DTaP u2024-11-01:DTaP u2029-05-01:DT | MMR g2024-01-02 u2024-11-01 | JE-L "
        "u2024-01-30 u2025-05-01 | JE-I n n n n | MenA o2023-11-01:MPSV-A u2024-04-10:MPSV-A | "
        "MenAC u2026-05-01:MPSV-AC u2029-05-01:MPSV-AC | HepA-L u2024-11-01 | HepA-I n n");
    row("hepb_birth_dose_late", "2024-01-01", "2024-02-10", {}, {{"HepB", "2024-01-21"}},
        "nip-2021",
        "HepB g2024-01-21 u2024-02-18 u2024-07-01 | BCG d2024-01-01 | Polio u2024-03-01:IPV "
        "u2024-04-01:IPV u2024-05-01:bOPV u2028-01-01:bOPV | DTP u2024-04-01:DTaP u2024-05-01:DTaP "
        "u2024-06-01:DTaP u2025-07-01:DTaP u2030-01-01:DT | MMR u2024-09-01 u2025-07-01 | JE-L "
        "u2024-09-01 u2026-01-01 | JE-I n n n n | MenA u2024-07-01:MPSV-A u2024-10-01:MPSV-A | "
        "MenAC u2027-01-01:MPSV-AC u2030-01-01:MPSV-AC | HepA-L u2025-07-01 | HepA-I n n");
    row("hepb_1_to_3_four_months", "2023-01-01", "2023-07-05", {},
        {{"HepB", "2023-04-01"}, {"HepB", "2023-05-01"}}, "nip-2021",
        "HepB g2023-04-01 g2023-05-01 u2023-08-01 | BCG o2023-01-01 | Polio o2023-03-01:IPV "
        "u2023-08-02:IPV u2023-08-30:bOPV u2027-01-01:bOPV | DTP o2023-04-01:DTaP u2023-08-02:DTaP "
        "u2023-08-30:DTaP u2024-07-01:DTaP u2029-01-01:DT | MMR u2023-09-01 u2024-07-01 | JE-L "
        "u2023-09-01 u2025-01-01 | JE-I n n n n | MenA d2023-07-01:MPSV-A u2023-10-05:MPSV-A | "
        "MenAC u2026-01-01:MPSV-AC u2029-01-01:MPSV-AC | HepA-L u2024-07-01 | HepA-I n n");
    row("end_of_month", "2023-01-31", "2023-02-28", {},
        {{"HepB", "2023-01-31"}, {"BCG", "2023-01-31"}}, "nip-2021",
        "HepB g2023-01-31 d2023-02-28 u2023-07-31 | BCG g2023-01-31 | Polio u2023-03-31:IPV "
        "u2023-04-30:IPV u2023-05-31:bOPV u2027-01-31:bOPV | DTP u2023-04-30:DTaP u2023-05-31:DTaP "
        "u2023-06-30:DTaP u2024-07-31:DTaP u2029-01-31:DT | MMR u2023-09-30 u2024-07-31 | JE-L "
        "u2023-09-30 u2025-01-31 | JE-I n n n n | MenA u2023-07-31:MPSV-A u2023-10-31:MPSV-A | "
        "MenAC u2026-01-31:MPSV-AC u2029-01-31:MPSV-AC | HepA-L u2024-07-31 | HepA-I n n");
    row("same_day_duplicate", "2024-01-01", "2024-02-05", {},
        {{"HepB", "2024-01-01"}, {"0202", "2024-01-01"}}, "nip-2021",
        "HepB g2024-01-01 d2024-02-01 u2024-07-01 | BCG d2024-01-01 | Polio u2024-03-01:IPV "
        "u2024-04-01:IPV u2024-05-01:bOPV u2028-01-01:bOPV | DTP u2024-04-01:DTaP u2024-05-01:DTaP "
        "u2024-06-01:DTaP u2025-07-01:DTaP u2030-01-01:DT | MMR u2024-09-01 u2025-07-01 | JE-L "
        "u2024-09-01 u2026-01-01 | JE-I n n n n | MenA u2024-07-01:MPSV-A u2024-10-01:MPSV-A | "
        "MenAC u2027-01-01:MPSV-AC u2030-01-01:MPSV-AC | HepA-L u2025-07-01 | HepA-I n n");
}
} // namespace

Q_DECLARE_METATYPE(Row)

class TestVaccinePlanner : public QObject
{
    Q_OBJECT

private slots:
    void children_data();
    void children();
};

void TestVaccinePlanner::children_data()
{
    QTest::addColumn<Row>("row");
    buildRows();
    for (const auto &[name, r] : rows())
        QTest::newRow(qPrintable(name)) << r;
    QVERIFY(rows().size() >= 40);
}

void TestVaccinePlanner::children()
{
    QFETCH(Row, row);
    const Plan plan = VaccinePlanner().plan(facts(row), d(row.on));
    QCOMPARE(plan.scheduleVersion, row.version);
    QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char(';'))));
    QMap<QString, QVector<PlannedDose>> bySeries;
    QStringList order;
    for (const PlannedDose &p : plan.doses) {
        if (!order.contains(p.series))
            order << p.series;
        bySeries[p.series] << p;
    }
    const QStringList parts = row.expected.split(QStringLiteral(" | "));
    QCOMPARE(parts.size(), order.size());
    for (const QString &part : parts) {
        QStringList tokens = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString series = tokens.takeFirst();
        QVERIFY2(bySeries.contains(series), qPrintable(series));
        const auto &doses = bySeries.value(series);
        QVERIFY2(doses.size() == tokens.size(),
                 qPrintable(QStringLiteral("%1: %2 doses, expected %3")
                                .arg(series)
                                .arg(doses.size())
                                .arg(tokens.size())));
        for (int i = 0; i < tokens.size(); ++i) {
            const QString t = tokens.at(i);
            const PlannedDose &p = doses.at(i);
            const QString where = QStringLiteral("%1 dose %2 (%3): got %4 %5 %6 [%7]")
                                      .arg(series)
                                      .arg(p.dose)
                                      .arg(t, statusKey(p.status), p.earliest.toString(Qt::ISODate),
                                           p.vaccine, p.rule);
            QCOMPARE(p.dose, i + 1);
            const QChar kind = t.at(0);
            const DoseStatus want = kind == QLatin1Char('g')   ? DoseStatus::Given
                                    : kind == QLatin1Char('d') ? DoseStatus::Due
                                    : kind == QLatin1Char('o') ? DoseStatus::Overdue
                                    : kind == QLatin1Char('u') ? DoseStatus::Upcoming
                                    : kind == QLatin1Char('n') ? DoseStatus::NotNeeded
                                                               : DoseStatus::Contraindicated;
            QVERIFY2(p.status == want, qPrintable(where));
            if (want == DoseStatus::Given) {
                QVERIFY2(p.given == d(t.mid(1, 10)), qPrintable(where));
                continue;
            }
            if (want == DoseStatus::NotNeeded || want == DoseStatus::Contraindicated) {
                QVERIFY2(t.size() == 1, qPrintable(where));
                continue;
            }
            QVERIFY2(p.earliest == d(t.mid(1, 10)), qPrintable(where));
            QVERIFY2(p.recommended == p.earliest, qPrintable(where));
            const QString vaccine =
                t.contains(QLatin1Char(':')) ? t.section(QLatin1Char(':'), 1) : series;
            QVERIFY2(p.vaccine == vaccine, qPrintable(where));
            QVERIFY2(!p.rule.isEmpty(), qPrintable(where));
            if (want == DoseStatus::Overdue)
                QVERIFY2(p.overdueDays > 0 && p.catchUp, qPrintable(where));
        }
    }
}

QTEST_GUILESS_MAIN(TestVaccinePlanner)
#include "tst_vaccineplanner.moc"
