#pragma once

#include "timeline.h"

// The resident timeline's TCM entries (registered in models/programmes/timelinesources.cpp).
namespace Models::TcmTimeline {

Result<QVector<TimelineEntry>> assessments(const QString &connectionName,
                                           const QString &residentId);
Result<QVector<TimelineEntry>> childServices(const QString &connectionName,
                                             const QString &residentId);

} // namespace Models::TcmTimeline
