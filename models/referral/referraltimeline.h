#pragma once

#include "timeline.h"

// The resident timeline's referral entries and the "转诊待回" header badge (one line each in
// models/programmes/timelinesources.cpp). Restricted referrals (from a mental-health record) are
// listed by the mental-health source instead, which only roles with mental.read see.
namespace Models::ReferralTimeline {

Result<QVector<TimelineEntry>> referrals(const QString &conn, const QString &residentId);
Result<QList<Badge>> badges(const QString &conn, const Resident &resident, const QDate &today);

} // namespace Models::ReferralTimeline
