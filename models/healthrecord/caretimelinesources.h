#pragma once

// Timeline entries of the care capabilities for the resident screen: chronic follow-ups,
// vaccination doses and family-doctor contracts (registered in models/timelinesources.cpp).

#include "timeline.h"

namespace Models::CareTimelineSources {

Result<QVector<TimelineEntry>> chronicFollowups(const QString &connectionName,
                                                const QString &residentId);
Result<QVector<TimelineEntry>> vaccinations(const QString &connectionName,
                                            const QString &residentId);
Result<QVector<TimelineEntry>> contracts(const QString &connectionName, const QString &residentId);

} // namespace Models::CareTimelineSources
