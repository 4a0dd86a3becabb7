#pragma once

// Private to models/: the resident's lifecycle on the timeline (死亡, 迁出, 注销档案, 迁入,
// 恢复档案, each with its date, detail, who recorded it and when) and the header badge of a
// resident who left the population ("已故 2026-11-02").

#include "timeline.h"

namespace Models::LifeTimelineSource {

// The events recorded here, plus the resident's state when it came by sync from another
// workstation (the events themselves stay where they were recorded).
Result<QVector<TimelineEntry>> events(const QString &conn, const QString &residentId);
Result<QList<Badge>> badges(const QString &conn, const Resident &r, const QDate &today);

} // namespace Models::LifeTimelineSource
