#pragma once

#include "result.h"
#include "scope.h"
#include "workitem.h"
#include "worklistsource.h"

#include <QJsonObject>
#include <QVector>

#include <atomic>

namespace Models {

// One entry of the clinic's own queue (unsent changes, sync conflicts, records the platform
// rejected). The sync tables belong to sync/engine, which models/ may not use: the caller reads
// them (Sync::SyncState) and hands the entries in (ui/worklist, jiayi-cli worklist).
struct ClinicQueueEntry
{
    QString kind; // unsent, conflict, rejected
    QString text; // in words
    QString ref;  // entity/id of the record, empty for a summary
};

struct WorklistRequest
{
    // A village (12 digits), a township (9) or a county (6) code; empty: every village in the
    // caller's scope.
    QString area;
    QDate date = QDate::currentDate();
    QVector<ClinicQueueEntry> queue;
    // The sources to run; empty: resources/rules/worklist_sources.json (WorklistSources).
    QVector<WorklistSourceDefinition> sources;
    // The database file behind the connection: with it, a list of several villages runs its
    // sources side by side on connections of their own (up to 3 threads).
    QString databasePath;
    const std::atomic_bool *cancel = nullptr; // checked between the sources
};

struct ProgrammeCount
{
    QString source; // the source id; "clinic_queue" for the clinic's queue
    QString programme;
    int items = 0;
    int overdue = 0;
};

struct DailyWorklist
{
    QString area;
    QString areaName;
    QDate date;
    // The clinic's queue first, then by route: village, 组 (or the address when it names none),
    // house number, household (its head first), resident; a resident's overdue items first.
    QVector<WorkItem> items;
    QVector<ProgrammeCount> counts; // the sources' order, the queue last
    QStringList notShown;           // programmes the user may not read, in words
    int overdueCount() const;
    // {area, area_name, date, count, overdue, counts, not_shown, queue, households: [{...,
    // items}]}: `jiayi-cli worklist --json` and what the round sheet is printed from.
    QJsonObject toJson() const;
};

// The daily work list of an area on a day: every source of resources/rules/worklist_sources.json
// the caller may read, restricted to the residents in the population on the day
// (Population::livingOn) and in the caller's scope, each item with its resident's household and
// route. Needs resident.read; a source whose read permission the caller lacks is left out and
// named in notShown.
Result<DailyWorklist> buildDailyWorklist(const QString &connectionName, const Scope &scope,
                                         const WorklistRequest &request);

// The 组 of an address ("东村3组12号" → 3, "三组" → 3) and its house number ("12号" → 12); -1
// when the address names none. `groupText` receives the matched text ("3组").
int addressGroup(const QString &address, QString *groupText = nullptr);
int addressHouse(const QString &address);

} // namespace Models
