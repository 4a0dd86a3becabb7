#pragma once

// The FHIR resources a workstation's sync would push for the records of a workstation database
// (a demo township): every synced kind through the same mappers (sync/fhir), with the version the
// platform would hold after each of the record's outbox entries was pushed once (1 when the
// record was never edited), and meta.versionId / meta.lastUpdated as the platform stores them.

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Loader {

// One row of the platform's `resource` table, without its feed sequence (drawn by the writer).
struct StoredResource
{
    QByteArray type, id, area, json;
    QByteArray lastModified; // meta.lastUpdated
    qint64 version = 1;
};

using Chunk = std::vector<StoredResource>;

class DemoResources
{
public:
    // `connectionName`: an open workstation database. `lastUpdated`: meta.lastUpdated of every
    // resource (the load's time). With `slices` > 1 this object maps only the records of slice
    // `slice` (by the first character of their id), so that several threads, each with its own
    // connection, share the work.
    DemoResources(QString connectionName, QString lastUpdated, int slice = 0, int slices = 1);
    ~DemoResources();

    // Maps every live record, kind by kind in push order, handing `sink` chunks of `chunkSize`
    // resources (the last one shorter). Returns false with *error when a kind cannot be read or
    // `sink` returns false.
    bool run(int chunkSize, const std::function<bool(Chunk &&)> &sink, QString *error);

    qint64 records() const; // live records mapped
    qint64 skipped() const; // parts whose resource carried no area (not loadable)

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Loader
