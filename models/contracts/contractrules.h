#pragma once

#include "codetable.h"
#include "contract.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace Models {

struct KeyPopulationRule
{
    QString code;
    QString zh;
    QString en;
    QString source;  // age, chronic, flag
    int minAge = -1; // age rules: inclusive bounds in completed years
    int maxAge = -1;
    QString programme; // chronic rules: chronic_registration.programme
    QString label() const;
};

// The contract rules (resources/rules/contract_rules.json) and the package catalogue
// (resources/rules/contract_packages.json), loaded and validated once. Term and reminder window
// are read when a contract is signed or shown, so a change applies to new contracts only.
class ContractRules
{
public:
    static const ContractRules &get();
    static Result<ContractRules> parse(const QByteArray &rulesJson, const QByteArray &packagesJson);

    QString version;
    QString packagesVersion;
    int termYears = 1;
    int reminderDays = 30;
    int renewalGraceDays = 90;
    QList<Code> channels;
    QList<Code> roles;
    QStringList doctorRoles;
    QList<Code> terminateReasons;
    // Reasons only the resident's lifecycle gives ("lifecycle": true: death, a closed record);
    // the terminate dialog does not offer them and ContractRepository::terminate refuses them.
    QStringList lifecycleReasons;
    QList<KeyPopulationRule> keyPopulations;
    QList<Package> packages; // from the file; ids are empty

    const KeyPopulationRule *keyPopulation(const QString &code) const;
    QStringList flagCodes() const; // key populations recorded as resident flags
    static QString label(const QList<Code> &codes, const QString &code);
    static bool has(const QList<Code> &codes, const QString &code);

    // Status of a contract on `day`; `renewed` = a later contract links to it.
    ContractStatus statusOn(const Contract &c, const QDate &day, bool renewed) const;
    QDate endFor(const QDate &start, int years) const { return start.addYears(years).addDays(-1); }

    // The tasks the packages promise for a contract with these tags, spread evenly over
    // [start, end]: n a year gives due dates at k/n of the term. One schedule per kind: when
    // two packages promise the same kind the larger count wins. Ids are left empty.
    static QList<ContractTask> tasksFor(const QList<Package> &packages, const QStringList &tags,
                                        const QDate &start, const QDate &end, int termYears);
};

} // namespace Models
