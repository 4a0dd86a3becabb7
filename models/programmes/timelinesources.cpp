// The registry of timeline sources and header badges: one line per kind. Capabilities built in
// parallel (follow-ups, doses, contracts) add their line here and a function in their own file.
#include "timeline.h"

#include "caretimelinesources.h"
#include "childtimeline.h"
#include "contractbadges.h"
#include "elderlytimeline.h"
#include "healthrecordsources.h"
#include "lifetimelinesource.h"
#include "maternaltimeline.h"
#include "mentaltimeline.h"
#include "referraltimeline.h"
#include "tbtimeline.h"
#include "tcmtimeline.h"

namespace Models {

const QList<TimelineSource> &timelineSources()
{
    static const QList<TimelineSource> list{
        {"record", QT_TRANSLATE_NOOP("Models::Timeline", "建档"),
         &HealthRecordSources::recordEvents},
        {"encounter", QT_TRANSLATE_NOOP("Models::Timeline", "接诊"),
         &HealthRecordSources::encounters},
        {"health_check", QT_TRANSLATE_NOOP("Models::Timeline", "健康体检"),
         &HealthRecordSources::healthChecks},
        {"chronic_registration", QT_TRANSLATE_NOOP("Models::Timeline", "慢病登记"),
         &HealthRecordSources::chronicRegistrations},
        {"chronic_followup", QT_TRANSLATE_NOOP("Models::Timeline", "慢病随访"),
         &CareTimelineSources::chronicFollowups},
        {"vaccination", QT_TRANSLATE_NOOP("Models::Timeline", "预防接种"),
         &CareTimelineSources::vaccinations},
        {"contract", QT_TRANSLATE_NOOP("Models::Timeline", "签约"),
         &CareTimelineSources::contracts},
        {"life_event", QT_TRANSLATE_NOOP("Models::Timeline", "档案状态"),
         &LifeTimelineSource::events},
        {"elderly_service", QT_TRANSLATE_NOOP("Models::Timeline", "老年人健康管理"),
         &ElderlyTimeline::services},
        {"tcm_assessment", QT_TRANSLATE_NOOP("Models::Timeline", "中医体质辨识"),
         &TcmTimeline::assessments},
        {"tcm_child", QT_TRANSLATE_NOOP("Models::Timeline", "儿童中医药"),
         &TcmTimeline::childServices},
        {"referral", QT_TRANSLATE_NOOP("Models::Timeline", "转诊"), &ReferralTimeline::referrals},
        {"tb", QT_TRANSLATE_NOOP("Models::Timeline", "肺结核"), &TbTimeline::entries},
        {"mental", QT_TRANSLATE_NOOP("Models::Timeline", "严重精神障碍"), &MentalTimeline::entries,
         "mental.read"},
        {"pregnancy", QT_TRANSLATE_NOOP("Models::Timeline", "孕产妇健康管理"),
         &MaternalTimeline::entries, "maternal.read"},
        {"child_check", QT_TRANSLATE_NOOP("Models::Timeline", "儿童健康检查"),
         &ChildTimeline::checks, "maternal.read"},
    };
    return list;
}

const QList<BadgeSource> &residentBadgeSources()
{
    static const QList<BadgeSource> list{
        &LifeTimelineSource::badges,     &HealthRecordSources::programmeBadges,
        &HealthRecordSources::ageBadges, &ContractBadges::badges,
        &ElderlyTimeline::badges,        &TbTimeline::badges,
        &ReferralTimeline::badges,       &MaternalTimeline::badges,
        &ChildTimeline::badges,
    };
    return list;
}

} // namespace Models
