// The immunization engine against hand-worked children (docs/domain/immunization.md). Each row
// gives a child's birth date, the planning date, health states and history, and the expected status
// and dates of EVERY dose of every series, written compactly:
//   "HepB g2024-01-01 d2024-02-01 u2024-07-01 | BCG n | ..."
//   g<date>  given on that date          d<date>  due, earliest (= recommended) date
//   o<date>  overdue, earliest date      u<date>  upcoming, earliest date
//   n        not needed                  c        contraindicated
//   ":<vaccine>" after a date names the product to give when it is not the series id.
#include "vaccineplanner.h"
#include "vaccineschedule.h"

#include <QJsonArray>
#include <QTest>

using namespace Models;

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
QDate d(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
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
    void scheduleDataLoads();
    void scheduleSelectedByBirthDate();
    void pinnedDataChoices();
    void durationsAreCalendarMonths();
    void children_data();
    void children();
    void check_data();
    void check();
    void unknownVaccineIsAWarning();
    void badScheduleIsRefused();
    void jsonContract();
};

void TestVaccinePlanner::scheduleDataLoads()
{
    const ScheduleSet &set = ScheduleSet::instance();
    QCOMPARE(set.all().size(), 2);
    const Schedule &s = *set.byVersion(QStringLiteral("nip-2021"));
    for (const char *abbr : {"HepB", "BCG", "IPV", "bOPV", "DTaP", "DT", "MMR", "JE-L", "JE-I",
                             "MPSV-A", "MPSV-AC", "HepA-L", "HepA-I"}) {
        const VaccineProduct *p = s.product(QLatin1String(abbr));
        QVERIFY2(p && p->programme, abbr);
    }
    // docs/domain/immunization.md 6 codes resolve to products
    QCOMPARE(s.product(QStringLiteral("0202"))->abbr, QStringLiteral("HepB"));
    QCOMPARE(s.product(QStringLiteral("0306"))->abbr, QStringLiteral("IPV"));
    QCOMPARE(s.product(QStringLiteral("1602"))->abbr, QStringLiteral("MenAC-conj"));
    QCOMPARE(s.product(QStringLiteral("1902"))->abbr, QStringLiteral("HepA-L"));
    QVERIFY(s.product(QStringLiteral("9999")) == nullptr);
    QVERIFY(!s.dataChoices.isEmpty());
    // Combination vaccines count toward each antigen they contain.
    const QStringList counts = VaccinePlanner::countsToward(
        s, *s.product(QStringLiteral("DTaP-IPV/Hib")), d("2024-01-01"), d("2024-03-01"));
    QCOMPARE(counts, (QStringList{QStringLiteral("Polio"), QStringLiteral("DTP")}));
    // Routes: BCG intradermal, bOPV oral, MMR subcutaneous.
    QCOMPARE(s.product(QStringLiteral("BCG"))->route, QStringLiteral("ID"));
    QVERIFY(!s.product(QStringLiteral("bOPV"))->injectableLive());
    QVERIFY(s.product(QStringLiteral("MMR"))->injectableLive());
}

void TestVaccinePlanner::scheduleSelectedByBirthDate()
{
    const ScheduleSet &set = ScheduleSet::instance();
    QCOMPARE(set.forBirth(d("2024-12-31")).version, QStringLiteral("nip-2021"));
    QCOMPARE(set.forBirth(d("2025-01-01")).version, QStringLiteral("nip-2025"));
    QCOMPARE(set.forBirth(d("2010-06-01")).version, QStringLiteral("nip-2021"));
    // The 2025 version changes only the DTP series; the rest is inherited.
    const Schedule &a = *set.byVersion(QStringLiteral("nip-2021"));
    const Schedule &b = *set.byVersion(QStringLiteral("nip-2025"));
    QCOMPARE(a.series.size(), b.series.size());
    QCOMPARE(b.findSeries(QStringLiteral("DTP"))->regimens.first().doses.at(0).minAge.months, 2);
    QCOMPARE(b.findSeries(QStringLiteral("DTP"))->regimens.first().doses.at(4).vaccine,
             QStringLiteral("DTaP"));
    QCOMPARE(a.findSeries(QStringLiteral("DTP"))->regimens.first().doses.at(4).vaccine,
             QStringLiteral("DT"));
    QCOMPARE(b.products.value(QStringLiteral("DTaP")).maxAge.years, 7);
}

// Every 'unconfirmed' rule of docs/domain/immunization.md is a data choice; these pin the choices
// made.
void TestVaccinePlanner::pinnedDataChoices()
{
    const Schedule &s = *ScheduleSet::instance().byVersion(QStringLiteral("nip-2021"));
    QCOMPARE(s.overdueGrace.toString(), QStringLiteral("1m"));
    QCOMPARE(s.liveInterval.toString(), QStringLiteral("28d"));
    const auto &hepb = s.findSeries(QStringLiteral("HepB"))->regimens.last().doses;
    QCOMPARE(hepb.at(2).intervalsFrom.first().first, 1);
    QCOMPARE(hepb.at(2).intervalsFrom.first().second.toString(),
             QStringLiteral("4m")); // 1->3 >= 4 months
    const Series &dtp = *s.findSeries(QStringLiteral("DTP"));
    QCOMPARE(dtp.regimens.last().fromAge.toString(), QStringLiteral("6y"));
    QCOMPARE(dtp.regimens.last().doses.at(1).minInterval.toString(),
             QStringLiteral("1m")); // <3 doses at >=6y
    QCOMPARE(dtp.regimens.last().doses.at(2).minInterval.toString(), QStringLiteral("6m"));
    QCOMPARE(s.products.value(QStringLiteral("DTaP")).maxAge.toString(), QStringLiteral("6y"));
    QCOMPARE(s.findSeries(QStringLiteral("JE-I"))->accepts,
             QStringList{QStringLiteral("JE-I")}); // no mixing
    QCOMPARE(
        s.findSeries(QStringLiteral("JE-I"))->regimens.first().doses.at(2).completeBy.toString(),
        QStringLiteral("3y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("JE-I"))->regimens.first().doses.at(3).completeBy.toString(),
        QStringLiteral("7y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("Polio"))->regimens.first().doses.at(3).completeBy.toString(),
        QStringLiteral("5y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("MenAC"))->regimens.first().doses.at(0).completeBy.toString(),
        QStringLiteral("4y"));
    QCOMPARE(
        s.findSeries(QStringLiteral("HepA-I"))->regimens.first().doses.at(1).completeBy.toString(),
        QStringLiteral("3y"));
    QCOMPARE(s.findSeries(QStringLiteral("MMR"))->countsFromAge.toString(), QStringLiteral("8m"));
    const Schedule &n = *ScheduleSet::instance().byVersion(QStringLiteral("nip-2025"));
    QCOMPARE(n.bornFrom, d("2025-01-01"));
    QCOMPARE(n.findSeries(QStringLiteral("DTP"))->regimens.last().fromAge.toString(),
             QStringLiteral("7y"));
}

void TestVaccinePlanner::durationsAreCalendarMonths()
{
    QCOMPARE(Duration::parse(QStringLiteral("1m")).after(d("2023-01-31")), d("2023-02-28"));
    QCOMPARE(Duration::parse(QStringLiteral("1m")).after(d("2024-01-31")), d("2024-02-29"));
    QCOMPARE(Duration::parse(QStringLiteral("6m")).after(d("2023-08-31")), d("2024-02-29"));
    QCOMPARE(Duration::parse(QStringLiteral("4y")).after(d("2020-02-29")), d("2024-02-29"));
    QCOMPARE(Duration::parse(QStringLiteral("1y")).after(d("2020-02-29")), d("2021-02-28"));
    QCOMPARE(Duration::parse(QStringLiteral("28d")).after(d("2024-02-10")), d("2024-03-09"));
    QCOMPARE(Duration::parse(QStringLiteral("1y6m")).after(d("2023-01-15")), d("2024-07-15"));
    bool ok = true;
    Duration::parse(QStringLiteral("6 weeks"), &ok);
    QVERIFY(!ok);
}

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

void TestVaccinePlanner::check_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QStringList>("history"); // "vaccine@date"
    QTest::addColumn<QString>("vaccine");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason"); // a fragment of the first reason

    QTest::newRow("MMR at 8 months") << "2023-01-10" << QStringList() << QStringList() << "MMR"
                                     << "2023-09-10" << true << "";
    QTest::newRow("MMR under minimum age")
        << "2023-01-10" << QStringList() << QStringList() << "MMR"
        << "2023-08-20" << false << "8月龄前接种不计入";
    QTest::newRow("JE-L 10 days after MMR")
        << "2023-01-10" << QStringList() << QStringList{"MMR@2023-09-10"} << "JE-L"
        << "2023-09-20" << false << "28天";
    QTest::newRow("JE-L same day as MMR")
        << "2023-01-10" << QStringList() << QStringList{"MMR@2023-09-10"} << "JE-L"
        << "2023-09-10" << true << "";
    QTest::newRow("bOPV 10 days after MMR (oral)")
        << "2023-01-10" << QStringList()
        << QStringList{"IPV@2023-03-10", "IPV@2023-04-10", "MMR@2023-09-10"} << "bOPV"
        << "2023-09-20" << true << "";
    QTest::newRow("HepB 2 under 28 days")
        << "2024-01-01" << QStringList() << QStringList{"HepB@2024-01-20"} << "HepB"
        << "2024-02-05" << false << "距第1剂至少28天";
    QTest::newRow("BCG at 4 years") << "2020-01-01" << QStringList() << QStringList() << "BCG"
                                    << "2024-01-01" << false << "满4岁";
    QTest::newRow("BCG at 3 years 11 months")
        << "2020-01-01" << QStringList() << QStringList() << "BCG"
        << "2023-12-01" << true << "";
    QTest::newRow("MMR contraindicated")
        << "2023-01-10" << QStringList{"immunodeficiency"} << QStringList() << "MMR"
        << "2023-09-10" << false << "禁忌";
    QTest::newRow("allergy to DTaP")
        << "2023-01-10" << QStringList{"allergy:DTaP"} << QStringList() << "DTaP"
        << "2023-04-10" << false << "禁忌";
    QTest::newRow("DTaP at 6 years") << "2017-01-10" << QStringList() << QStringList() << "DTaP"
                                     << "2023-02-01" << false << "6岁";
    QTest::newRow("DT at 6 years") << "2017-01-10" << QStringList() << QStringList() << "DT"
                                   << "2023-02-01" << true << "";
    QTest::newRow("JE-I chooses the inactivated route")
        << "2023-01-10" << QStringList() << QStringList() << "JE-I"
        << "2023-09-10" << true << "";
    QTest::newRow("JE-I after a JE-L dose")
        << "2022-01-10" << QStringList() << QStringList{"JE-L@2022-09-10"} << "JE-I"
        << "2023-09-10" << false << "乙脑减毒活疫苗";
    QTest::newRow("MPSV-A at 2 years") << "2021-01-10" << QStringList() << QStringList() << "MPSV-A"
                                       << "2023-01-10" << false << "满24月龄";
    QTest::newRow("MPSV-AC at 2 years without MPSV-A")
        << "2021-01-10" << QStringList() << QStringList() << "MPSV-AC"
        << "2023-01-10" << true << "";
    QTest::newRow("HepA-L 6 months after HepA-I")
        << "2021-01-10" << QStringList() << QStringList{"HepA-I@2022-07-10"} << "HepA-L"
        << "2023-01-10" << true << "";
    QTest::newRow("HepA-L 3 months after HepA-I")
        << "2021-01-10" << QStringList() << QStringList{"HepA-I@2022-07-10"} << "HepA-L"
        << "2022-10-10" << false << "最早2023-01-10";
    QTest::newRow("pentavalent counts for polio and DTP")
        << "2023-01-10" << QStringList() << QStringList() << "DTaP-IPV/Hib"
        << "2023-04-10" << true << "";
    QTest::newRow("HepB after the series")
        << "2023-01-10" << QStringList()
        << QStringList{"HepB@2023-01-10", "HepB@2023-02-10", "HepB@2023-07-10"} << "HepB"
        << "2023-09-10" << false << "已全程";
    QTest::newRow("non-programme vaccine")
        << "2023-01-10" << QStringList() << QStringList() << "PCV13"
        << "2023-03-10" << true << "";
    QTest::newRow("varicella 10 days after MMR")
        << "2023-01-10" << QStringList() << QStringList{"MMR@2023-09-10"} << "Varicella"
        << "2023-09-20" << false << "28天";
    QTest::newRow("before birth") << "2023-01-10" << QStringList() << QStringList() << "HepB"
                                  << "2023-01-01" << false << "出生";
    QTest::newRow("unknown vaccine") << "2023-01-10" << QStringList() << QStringList() << "XYZ"
                                     << "2023-03-10" << false << "未知";
    QTest::newRow("DTaP 2025 at 2 months")
        << "2025-01-10" << QStringList() << QStringList() << "DTaP"
        << "2025-03-10" << true << "";
    QTest::newRow("DTaP 2021 at 2 months")
        << "2024-11-10" << QStringList() << QStringList() << "DTaP"
        << "2025-01-10" << false << "最早2025-02-10";
}

void TestVaccinePlanner::check()
{
    QFETCH(QString, birth);
    QFETCH(QStringList, states);
    QFETCH(QStringList, history);
    QFETCH(QString, vaccine);
    QFETCH(QString, date);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    ChildFacts c;
    c.birth = d(birth);
    c.healthStates = states;
    for (const QString &h : history)
        c.doses.append({h.section(QLatin1Char('@'), 0, 0), d(h.section(QLatin1Char('@'), 1))});
    const CheckResult r = VaccinePlanner().check(c, vaccine, d(date));
    QVERIFY2(r.allowed == allowed, qPrintable(r.reasons.join(QLatin1Char(';'))));
    if (!allowed)
        QVERIFY2(r.reasons.join(QLatin1Char(';')).contains(reason),
                 qPrintable(r.reasons.join(QLatin1Char(';'))));
    else
        QVERIFY(r.reasons.isEmpty());
}

void TestVaccinePlanner::unknownVaccineIsAWarning()
{
    ChildFacts c;
    c.birth = d("2024-01-01");
    c.doses.append({QStringLiteral("NOPE"), d("2024-01-02")});
    c.healthStates << QStringLiteral("martian");
    const Plan p = VaccinePlanner().plan(c, d("2024-02-01"));
    QCOMPARE(p.warnings.size(), 2);
}

void TestVaccinePlanner::badScheduleIsRefused()
{
    const QByteArray bad = R"({"version": "x", "born_from": "2000-01-01", "born_to": "2001-01-01",
        "settings": {"overdue_grace": "1m", "live_injectable_interval": "28d"},
        "products": {"A": {"name_zh": "甲", "antigens": ["A"], "route": "IM"}},
        "series": [{"id": "S", "antigen": "A", "regimens": [{"id": "r", "doses": [
            {"dose": 1, "vaccine": "B", "min_age": "2m"}]}]}]})";
    auto r = Schedule::fromJson(bad);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("B")));
    QByteArray badAge = bad;
    badAge.replace("\"vaccine\": \"B\", \"min_age\": \"2m\"",
                   "\"vaccine\": \"A\", \"min_age\": \"two months\"");
    QVERIFY(!Schedule::fromJson(badAge).ok());
    QByteArray good = bad;
    good.replace("\"vaccine\": \"B\"", "\"vaccine\": \"A\"");
    QVERIFY(Schedule::fromJson(good).ok());
}

void TestVaccinePlanner::jsonContract()
{
    const QJsonObject in{
        {QStringLiteral("birth_date"), QStringLiteral("2024-01-31")},
        {QStringLiteral("sex"), QStringLiteral("F")},
        {QStringLiteral("on"), QStringLiteral("2024-02-29")},
        {QStringLiteral("health_states"), QJsonArray()},
        {QStringLiteral("doses"),
         QJsonArray{QJsonObject{{QStringLiteral("vaccine"), QStringLiteral("0201")},
                                {QStringLiteral("date"), QStringLiteral("2024-01-31")}}}}};
    QDate on;
    auto f = childFactsFromJson(in, &on);
    QVERIFY(f.ok());
    QCOMPARE(on, d("2024-02-29"));
    const QJsonObject out = VaccinePlanner().plan(*f, on).toJson();
    QCOMPARE(out.value(QStringLiteral("schedule_version")).toString(), QStringLiteral("nip-2021"));
    const QJsonObject first = out.value(QStringLiteral("doses")).toArray().at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("series")).toString(), QStringLiteral("HepB"));
    QCOMPARE(first.value(QStringLiteral("dose")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("due"));
    QCOMPARE(first.value(QStringLiteral("earliest")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(first.value(QStringLiteral("recommended")).toString(), QStringLiteral("2024-02-29"));
    QVERIFY(!first.value(QStringLiteral("rule")).toString().isEmpty());
    QJsonObject wrong = in;
    wrong.insert(QStringLiteral("doses"),
                 QJsonArray{QJsonObject{{QStringLiteral("vaccine"), QStringLiteral("XYZ")},
                                        {QStringLiteral("date"), QStringLiteral("2024-01-31")}}});
    auto e = childFactsFromJson(wrong);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().field, QStringLiteral("doses[0].vaccine"));
    wrong = in;
    wrong.insert(QStringLiteral("birth_date"), QStringLiteral("31/01/2024"));
    QCOMPARE(childFactsFromJson(wrong).error().field, QStringLiteral("birth_date"));
}

QTEST_GUILESS_MAIN(TestVaccinePlanner)
#include "tst_vaccineplanner.moc"
