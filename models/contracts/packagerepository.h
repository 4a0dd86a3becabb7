#pragma once

#include "contract.h"
#include "result.h"
#include "scope.h"

#include <QVector>

namespace Models {

// Service packages. The catalogue in resources/rules/contract_packages.json is imported into
// the database (each (code, version) once); an administrator edits a package by storing a new
// version, which retires the old one. Contracts point at the version they were signed with.
class PackageRepository
{
public:
    explicit PackageRepository(QString connectionName);

    // Imports the file's packages that the database does not have yet; returns how many.
    Result<int> importRules(const Scope &scope);
    Result<QVector<Package>> active(const Scope &scope) const; // imports first when needed
    Result<QVector<Package>> all(const Scope &scope) const;    // every version
    Result<Package> findById(const Scope &scope, const QString &id) const;
    Result<Package> latest(const Scope &scope, const QString &code) const;
    // Stores `p` as the next version of p.code (or version 1 of a new code); needs settings.write.
    Result<Package> saveNewVersion(const Scope &scope, Package p);
    Result<void> retire(const Scope &scope, const QString &code);

    static Result<void> validate(const Package &p);

private:
    Result<QVector<Package>> load(const Scope &scope, const QString &where,
                                  const QVariantList &binds) const;
    Result<void> insert(const Scope &scope, const Package &p, const QString &rulesVersion);
    QString m_conn;
};

} // namespace Models
