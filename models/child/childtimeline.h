#pragma once

// The resident timeline's children's checks (models/programmes/timelinesources.cpp lists it).

#include "timeline.h"

namespace Models::ChildTimeline {

Result<QVector<TimelineEntry>> checks(const QString &connectionName, const QString &residentId);
// A child under 7 in the resident header (for maternal.read only): the check whose window is open
// or ended less than 30 days ago without a check, and the last check's growth flags.
Result<QList<Badge>> badges(const QString &connectionName, const Resident &resident,
                            const QDate &today);

} // namespace Models::ChildTimeline
