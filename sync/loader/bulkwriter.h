#pragma once

// Bulk writes into the platform's stores, outside the HTTP path: the rows of the platform's
// `resource` table (sync/platform/migrations/postgresql, platformsqlitestore.cpp) with feed
// sequences drawn the way the platform draws them, so running platform processes and their
// clients see the loaded resources as ordinary changes of the feed.
//   PostgreSQL: COPY ... FROM STDIN per chunk, the sequence block reserved under the platform's
//               feed lock; into an empty store the whole load is one transaction whose rows are
//               written frozen (COPY ... FREEZE), else one transaction per chunk.
//   SQLite:     one transaction per chunk, one prepared INSERT, the `counter` row moved once.

#include "demoresources.h"

#include <memory>

namespace Loader {

class BulkWriter
{
public:
    virtual ~BulkWriter() = default;
    // `database` non-empty: a PostgreSQL URI; else the SQLite store under `dataDir`. The schema
    // must exist (any `jiayi-platform ... --database|--data` command creates it).
    static std::unique_ptr<BulkWriter> open(const QString &dataDir, const QString &database,
                                            QString *error);
    virtual bool write(const Chunk &chunk, QString *error) = 0;
    virtual qint64 count() = 0; // rows of the store's resource table
    // After the last chunk: PostgreSQL gathers the planner's statistics of the grown table (the
    // feed query's plan depends on them; autovacuum would do it only later).
    virtual bool finish(QString *error) = 0;
};

} // namespace Loader
