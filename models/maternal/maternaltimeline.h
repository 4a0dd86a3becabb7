#pragma once

// The resident timeline's pregnancy entries: booking, visits, the birth
// (models/programmes/timelinesources.cpp lists it with the permission maternal.read).

#include "timeline.h"

namespace Models::MaternalTimeline {

Result<QVector<TimelineEntry>> entries(const QString &connectionName, const QString &residentId);

} // namespace Models::MaternalTimeline
