#pragma once

#include "timeline.h"

// The resident timeline's tuberculosis entries (registration, visits, end of treatment) and the
// 肺结核 header badge while under management.
namespace Models::TbTimeline {

Result<QVector<TimelineEntry>> entries(const QString &conn, const QString &residentId);
Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &today);

} // namespace Models::TbTimeline
