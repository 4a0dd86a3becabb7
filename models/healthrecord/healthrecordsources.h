#pragma once

// Private to models/: the timeline sources and badges of the health record (issue 3).

#include "timeline.h"

namespace Models::HealthRecordSources {

Result<QVector<TimelineEntry>> recordEvents(const QString &conn, const QString &residentId);
Result<QVector<TimelineEntry>> encounters(const QString &conn, const QString &residentId);
Result<QVector<TimelineEntry>> healthChecks(const QString &conn, const QString &residentId);
Result<QVector<TimelineEntry>> chronicRegistrations(const QString &conn, const QString &residentId);

Result<QList<Badge>> programmeBadges(const QString &conn, const Resident &r, const QDate &today);
Result<QList<Badge>> ageBadges(const QString &conn, const Resident &r, const QDate &today);

} // namespace Models::HealthRecordSources
