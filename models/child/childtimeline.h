#pragma once

// The resident timeline's children's checks (models/programmes/timelinesources.cpp lists it).

#include "timeline.h"

namespace Models::ChildTimeline {

Result<QVector<TimelineEntry>> checks(const QString &connectionName, const QString &residentId);

} // namespace Models::ChildTimeline
