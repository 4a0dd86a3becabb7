#pragma once

#include "timeline.h"

// The resident timeline's severe-mental-disorder entries: registration, follow-ups and the
// referrals made from them. Registered with permission "mental.read" in
// models/programmes/timelinesources.cpp, so Timeline::load leaves them out for other roles and
// audits every read. No header badge: a badge is seen by everyone who opens the resident.
namespace Models::MentalTimeline {

Result<QVector<TimelineEntry>> entries(const QString &conn, const QString &residentId);

} // namespace Models::MentalTimeline
