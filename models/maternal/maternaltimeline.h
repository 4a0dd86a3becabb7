#pragma once

// The resident timeline's pregnancy entries: booking, visits, the birth
// (models/programmes/timelinesources.cpp lists it with the permission maternal.read).

#include "timeline.h"

namespace Models::MaternalTimeline {

Result<QVector<TimelineEntry>> entries(const QString &connectionName, const QString &residentId);
// The open pregnancy in the resident header (for maternal.read only): 孕12周+6天 or 产后第5天,
// and the risk colour when orange or above, or not yet confirmed.
Result<QList<Badge>> badges(const QString &connectionName, const Resident &resident,
                            const QDate &today);

} // namespace Models::MaternalTimeline
