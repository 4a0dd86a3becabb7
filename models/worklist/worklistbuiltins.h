#pragma once

// Private to models/worklist: the built-in sources, each a thin adapter over its programme's own
// work list (the rules stay where they are: chronic schedule and rule set, the dose planner, the
// contract rules and tasks). Registered by name in worklistsources.cpp.

#include "worklistsource.h"

namespace Models {

// Chronic follow-ups due or overdue: chronicWorklist() with the kinds named in params.kinds
// (default due-by-week: overdue or due by Sunday), one item per registration.
class ChronicFollowupSource : public WorklistSource
{
public:
    Result<QVector<WorkItem>> collect(const WorklistSourceRequest &request) const override;
};

// Vaccine doses due or overdue on the day: the planner over the children younger than
// params.max_age_years (ImmunizationRepository::dueList), one item per dose.
class VaccineDoseSource : public WorklistSource
{
public:
    Result<QVector<WorkItem>> collect(const WorklistSourceRequest &request) const override;
};

// Contracts to renew: ending within the reminder window or lapsed within the renewal grace of
// resources/rules/contract_rules.json, not renewed (ContractWorkLists::expiring).
class ContractRenewalSource : public WorklistSource
{
public:
    Result<QVector<WorkItem>> collect(const WorklistSourceRequest &request) const override;
};

// Open package tasks due by the end of the week of contracts in force
// (ContractWorkLists::tasksDue); params.forms says which form does each task kind.
class ContractTaskSource : public WorklistSource
{
public:
    Result<QVector<WorkItem>> collect(const WorklistSourceRequest &request) const override;
};

// A definition's query, with {population} and the named parameters filled in (docs/worklist.md).
class QuerySource : public WorklistSource
{
public:
    Result<QVector<WorkItem>> collect(const WorklistSourceRequest &request) const override;
};

} // namespace Models
