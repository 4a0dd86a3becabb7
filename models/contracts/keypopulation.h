#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace Models {

struct ResidentFlag
{
    QString id;
    QString residentId;
    QString flag; // a key-population code whose source is "flag"
    QDate since;
    QDate until; // invalid while it applies
    QString note;
};

// Key-population membership (重点人群) as contract_rules.json defines it: age bands from the
// birth date, hypertension and diabetes from open chronic registrations, the other categories
// from resident flags.
class KeyPopulation
{
public:
    explicit KeyPopulation(QString connectionName);

    // Codes that apply to the resident on `day`, in the rules' order.
    Result<QStringList> suggest(const Scope &scope, const QString &residentId,
                                const QDate &day) const;

    Result<ResidentFlag> setFlag(const Scope &scope, const QString &residentId, const QString &flag,
                                 const QDate &since, const QString &note = {});
    Result<void> clearFlag(const Scope &scope, const QString &residentId, const QString &flag,
                           const QDate &until);
    Result<QVector<ResidentFlag>> flags(const Scope &scope, const QString &residentId) const;

    // SQL condition (on resident alias `r`) true when the resident belongs to any key population
    // on the date bound as every `?` it contains; `marks` is how many times to bind it.
    static QString anyKeyPopulationSql(int *marks);
    // The same for one category.
    static QString categorySql(const QString &code, int *marks);

private:
    Result<QString> villageOf(const QString &residentId) const;
    QString m_conn;
};

} // namespace Models
