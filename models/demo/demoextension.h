#pragma once

// Private to models/: capabilities that add to the demo township (chronic patients, children's
// vaccinations, contracts, health records...) each provide one function, listed in
// demoextension.cpp. They run inside the demo's transaction after residents and households exist,
// in the listed order, and must be deterministic for a given options.seed.

#include "demogenerator.h"
#include "result.h"
#include "scope.h"

#include <QList>

struct sqlite3;

namespace Models {

struct DemoExtension
{
    const char *name;
    // `h` is the raw handle of `connectionName` (bulk inserts may use either).
    Result<void> (*run)(const QString &connectionName, sqlite3 *h, const Scope &scope,
                        const DemoOptions &options);
};

const QList<DemoExtension> &demoExtensions();

// Outbox 'create' entries for every row of `table` (the demo fills an empty file, so every row is
// the demo's), in key order: one statement instead of one per row.
bool demoOutbox(sqlite3 *h, const char *table, const QString &createdAt);

} // namespace Models
