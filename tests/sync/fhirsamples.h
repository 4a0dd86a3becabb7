#pragma once

// Full and sparse records of every synced kind, shared by tst_fhirmapping (lossless round trip)
// and tst_fhirvalidation (independent FHIR R4 validation of what they emit).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace FhirSamples {

struct Sample
{
    QString entity, name;
    QJsonObject row;   // every synced column
    int resources;     // resources the record emits
};

inline const QString R1 = QStringLiteral("7d0f3c1e-2b9a-4e55-9a10-3f1f6f0b2c11");

inline QList<Sample> all()
{
    QList<Sample> s;
    // ---- chronic follow-up
    s << Sample{"chronic_followup", "full",
                QJsonObject{{"id", "a1b2c3d4-0000-4000-8000-000000000001"}, {"registration_id", "c1"}, {"resident_id", R1},
                            {"programme", "diabetes"}, {"visit_date", "2025-03-04"}, {"mode", 2},
                            {"symptoms", "polydipsia,blurred_vision"}, {"symptoms_other", "夜尿多"},
                            {"sbp", 152}, {"dbp", 94}, {"weight", 71.5}, {"weight_target", 68.0}, {"height", 168.2},
                            {"bmi", 25.3}, {"bmi_target", 24.0}, {"heart_rate", 78}, {"other_signs", "下肢轻度水肿"},
                            {"foot_pulse", "weak_left"}, {"cigarettes", 10}, {"cigarettes_target", 0}, {"alcohol", 1.5},
                            {"alcohol_target", 0.5}, {"exercise_times", 3}, {"exercise_minutes", 30},
                            {"exercise_times_target", 5}, {"exercise_minutes_target", 40}, {"salt", "heavy"},
                            {"salt_target", "light"}, {"staple_food", 350}, {"staple_food_target", 250},
                            {"psychology", 2}, {"compliance", 1}, {"fbg", 8.4}, {"hba1c", 7.9}, {"hba1c_date", "2025-02-20"},
                            {"aux_exam", "尿微量白蛋白 35mg/L"}, {"adherence", 2}, {"adverse_reaction", 1},
                            {"adverse_note", "胃肠不适"}, {"hypoglycemia", 2}, {"complication", 1},
                            {"medications", R"([{"dose":"0.5g","name":"二甲双胍","times_per_day":3},{"dose":"","name":"格列美脲","times_per_day":1}])"},
                            {"insulin", "门冬胰岛素 早8U 晚6U"}, {"class", 2}, {"emergency", 0}, {"referral", 1},
                            {"referral_reason", "血糖控制不满意"}, {"referral_to", "县人民医院内分泌科"},
                            {"rule_set", "nbphs2017/1"}, {"rules", R"(["fbg_high","class_2"])"},
                            {"quality_warning", "BMI 与身高体重不符"}, {"next_date", "2025-04-01"}, {"doctor_id", "u7"},
                            {"supersedes", "a1b2c3d4-0000-4000-8000-000000000000"}},
                11};
    s << Sample{"chronic_followup", "sparse",
                QJsonObject{{"id", "a1b2c3d4-0000-4000-8000-000000000002"}, {"registration_id", "c2"}, {"resident_id", R1},
                            {"programme", "hypertension"}, {"visit_date", "2025-03-05"}, {"mode", 3}, {"symptoms", ""},
                            {"symptoms_other", ""}, {"sbp", QJsonValue::Null}, {"dbp", QJsonValue::Null},
                            {"weight", QJsonValue::Null}, {"weight_target", QJsonValue::Null}, {"height", QJsonValue::Null},
                            {"bmi", QJsonValue::Null}, {"bmi_target", QJsonValue::Null}, {"heart_rate", QJsonValue::Null},
                            {"other_signs", ""}, {"foot_pulse", ""}, {"cigarettes", QJsonValue::Null},
                            {"cigarettes_target", QJsonValue::Null}, {"alcohol", QJsonValue::Null},
                            {"alcohol_target", QJsonValue::Null}, {"exercise_times", QJsonValue::Null},
                            {"exercise_minutes", QJsonValue::Null}, {"exercise_times_target", QJsonValue::Null},
                            {"exercise_minutes_target", QJsonValue::Null}, {"salt", ""}, {"salt_target", ""},
                            {"staple_food", QJsonValue::Null}, {"staple_food_target", QJsonValue::Null},
                            {"psychology", QJsonValue::Null}, {"compliance", QJsonValue::Null}, {"fbg", QJsonValue::Null},
                            {"hba1c", QJsonValue::Null}, {"hba1c_date", QJsonValue::Null}, {"aux_exam", ""},
                            {"adherence", QJsonValue::Null}, {"adverse_reaction", 0}, {"adverse_note", ""},
                            {"hypoglycemia", QJsonValue::Null}, {"complication", 0}, {"medications", "[]"},
                            {"insulin", ""}, {"class", 1}, {"emergency", 0}, {"referral", 0}, {"referral_reason", ""},
                            {"referral_to", ""}, {"rule_set", "nbphs2017/1"}, {"rules", "[]"}, {"quality_warning", ""},
                            {"next_date", "2025-06-05"}, {"doctor_id", ""}, {"supersedes", QJsonValue::Null}},
                1};
    // ---- vaccination dose
    s << Sample{"immunization_dose", "full",
                QJsonObject{{"id", "d0d0d0d0-0000-4000-8000-000000000001"}, {"resident_id", R1}, {"vaccine", "HepB"},
                            {"vaccine_code", "0201"}, {"given_on", "2025-01-02"}, {"source", "here"},
                            {"lot_id", "10700000-0000-4000-8000-000000000001"}, {"manufacturer", "深圳康泰"},
                            {"lot_no", "202409A12"}, {"expiry", "2026-09-30"}, {"site", "上臂外侧三角肌"},
                            {"route", "IM"}, {"clinic", "星沙街道社区卫生服务中心"}, {"vaccinator", "刘护士"},
                            {"override_reason", "家长要求提前"}, {"note", "无不良反应"},
                            {"supersedes", "d0d0d0d0-0000-4000-8000-000000000000"}},
                1};
    s << Sample{"immunization_dose", "sparse",
                QJsonObject{{"id", "d0d0d0d0-0000-4000-8000-000000000002"}, {"resident_id", R1}, {"vaccine", "EV71"},
                            {"vaccine_code", ""}, {"given_on", "2019-05-06"}, {"source", "elsewhere"},
                            {"lot_id", QJsonValue::Null}, {"manufacturer", ""}, {"lot_no", ""}, {"expiry", ""},
                            {"site", ""}, {"route", ""}, {"clinic", ""}, {"vaccinator", ""}, {"override_reason", ""},
                            {"note", ""}, {"supersedes", QJsonValue::Null}},
                1};
    return s;
}

} // namespace FhirSamples
