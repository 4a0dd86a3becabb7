#pragma once

// Private to models/: the contract badges of the resident header (registered in
// timelinesources.cpp): whether the resident is covered today and how their service tasks stand.

#include "timeline.h"

namespace Models::ContractBadges {

// "已签约" / "签约即将到期" / "签约待续约", and "签约服务 已完成 n · 逾期 n · 30天内 n" for
// the contract covering `today` (no badge when the resident has never signed).
Result<QList<Badge>> badges(const QString &connectionName, const Resident &resident,
                            const QDate &today);

} // namespace Models::ContractBadges
