#pragma once

#include "timeline.h"

// The resident timeline's 65+ annual service entries and the header badge saying what this
// year's service still lacks (registered in models/programmes/timelinesources.cpp).
namespace Models::ElderlyTimeline {

Result<QVector<TimelineEntry>> services(const QString &connectionName, const QString &residentId);
Result<QList<Badge>> badges(const QString &connectionName, const Resident &resident,
                            const QDate &today);

} // namespace Models::ElderlyTimeline
