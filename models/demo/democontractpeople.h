#pragma once

// Private to models/: the people side of the contracts demo (democontracts.cpp): the teams of
// every township with their staff, and the residents with their key-population tags as of the
// demo's day (writing the flags: pregnant, severe mental disorder, TB, disabled, poverty relief,
// family-planning special families).

#include "demogenerator.h"
#include "demorows.h"
#include "result.h"
#include "scope.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace Models::DemoRows {

struct Person
{
    QString id;
    QString village;
    QDate birth;
    QChar sex;
    QString household;
    QStringList tags;
};

// Signing shares: a household of several people signs together with HouseholdSigns of half of
// them; everybody else alone with KeySigns (key populations) or OtherSigns; Lapsed of those
// without a contract held one that ended without renewal within the last year.
constexpr double HouseholdSigns = 0.30;
constexpr double KeySigns = 0.64;
constexpr double OtherSigns = 0.085;
constexpr double Lapsed = 0.05;

struct ServiceRecord
{
    QString kind; // a task kind: hypertension_followup, diabetes_followup, annual_check
    QDate date;
    QString id;
};

struct TeamInfo
{
    QString id;
    QString name;
    QString doctor;
};

Error fail(sqlite3 *h, const QString &what);

// One team for every five villages of a township (family doctor, nurse, public-health doctor and
// a village doctor per village), by village code.
Result<QHash<QString, TeamInfo>> demoTeams(sqlite3 *h, Rng &rng, const Scope &scope,
                                           const QString &now);

// The living residents in rid order, with their key-population tags as of options.today.
Result<QVector<Person>> demoPeople(sqlite3 *h, Rng &rng, const Scope &scope, const DemoOptions &o,
                                   const QString &now);

} // namespace Models::DemoRows
