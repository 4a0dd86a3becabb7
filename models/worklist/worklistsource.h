#pragma once

#include "result.h"
#include "scope.h"
#include "workitem.h"

#include <QJsonObject>
#include <QVector>

#include <memory>

namespace Models {

// One entry of resources/rules/worklist_sources.json: a programme's contribution to the daily
// work list. Either `className` names a built-in source (one small class, registered in
// worklistsources.cpp) or `query` is SQL that the data-query source runs (docs/worklist.md).
struct WorklistSourceDefinition
{
    QString id;
    QString className; // chronic_followup, vaccine_dose, contract_renewal, contract_task
    QString query;     // SELECT ... FROM resident r ... WHERE {population} ...
    QString programmeZh, programmeEn;
    QString permission;  // the read permission it needs; without it the source is left out
    QString kind;        // for query sources: followup, annual_check ...
    QString form;        // for query sources: the form that does the work
    QJsonObject params;  // source-specific settings (query parameters, task forms ...)
    QJsonObject reasons; // for query sources: reason_key -> {"zh", "en"} with {column} marks

    QString programme() const;                    // in the UI language
    QString reasonText(const QString &key) const; // {column} marks left in place
};

// What a source is asked for: one village or, with an empty code, every village of the caller's
// scope under `areaPrefix` (a township's or county's code; empty: all); the day of the list and
// the end of its week (Sunday), the horizon of "due".
struct WorklistSourceRequest
{
    QString connection;
    Scope scope;
    QString villageCode;
    QString areaPrefix; // with villageCode empty; a source may ignore it (the list keeps to it)
    QDate date;
    QDate weekEnd;
    const WorklistSourceDefinition *definition = nullptr;
};

// A programme's source: returns the items due or overdue on the day with residentId, source,
// programme, kind, reason, dueDate, daysOverdue, form and formRef set. It may return residents
// that left the population or items of other villages: the work list drops them (population.h,
// Scope), so no source can forget it.
class WorklistSource
{
public:
    virtual ~WorklistSource() = default;
    virtual Result<QVector<WorkItem>> collect(const WorklistSourceRequest &request) const = 0;
};

class WorklistSources
{
public:
    // The shipped definitions, read and validated once; the order is the order on the list.
    static Result<QVector<WorklistSourceDefinition>> definitions();
    // Validates a definitions file (tests, a province's own file).
    static Result<QVector<WorklistSourceDefinition>> parse(const QByteArray &json);
    // The source behind a definition: its built-in class, or the data-query source.
    static std::unique_ptr<WorklistSource> create(const WorklistSourceDefinition &definition);
    static QStringList classNames();
};

} // namespace Models
