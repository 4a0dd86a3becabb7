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
    // ---- health check
    s << Sample{"health_check", "full",
                QJsonObject{{"id", "hc000000-0000-4000-8000-000000000001"}, {"resident_id", R1}, {"check_date", "2025-04-10"},
                            {"doctor", "王医生"}, {"sbp", 138}, {"dbp", 82}, {"fbg", 6.2}, {"bmi", 23.9}, {"evaluation", 2},
                            {"form_json", R"({"abnormal":["血压偏高"],"waist":86.5})"}, {"form_version", "NBPHS-4-2017.1"},
                            {"supersedes", "hc000000-0000-4000-8000-000000000000"}},
                4};
    s << Sample{"health_check", "sparse",
                QJsonObject{{"id", "hc000000-0000-4000-8000-000000000002"}, {"resident_id", R1}, {"check_date", "2025-04-11"},
                            {"doctor", ""}, {"sbp", 120}, {"dbp", QJsonValue::Null}, {"fbg", QJsonValue::Null},
                            {"bmi", QJsonValue::Null}, {"evaluation", QJsonValue::Null}, {"form_json", "{}"},
                            {"form_version", ""}, {"supersedes", QJsonValue::Null}},
                2};
    // ---- encounter (接诊记录)
    s << Sample{"encounter", "full",
                QJsonObject{{"id", "e0000000-0000-4000-8000-000000000001"}, {"resident_id", R1}, {"visit_date", "2025-05-01"},
                            {"visit_type", "home"}, {"subjective", "头晕三天"}, {"objective", "BP 150/95"},
                            {"assessment", "血压控制不佳"},
                            {"diagnoses_json", R"([{"code":"I10.x00","name":"高血压","version":"icd10-cn-primary-2024.1"},{"code":"E11.900","name":"2型糖尿病","version":"icd10-cn-primary-2024.1"},{"code":"R42","name":"","version":"icd10-cn-primary-2024.1"}])"},
                            {"plan", "调整用药，两周后复诊"}, {"prescriptions", "氨氯地平 5mg qd\n二甲双胍 0.5g tid"},
                            {"referral_to", "县人民医院"}, {"referral_reason", "血压持续升高"}, {"doctor", "李医生"},
                            {"supersedes", "e0000000-0000-4000-8000-000000000000"}},
                4};
    s << Sample{"encounter", "sparse",
                QJsonObject{{"id", "e0000000-0000-4000-8000-000000000002"}, {"resident_id", R1}, {"visit_date", "2025-05-02"},
                            {"visit_type", "clinic"}, {"subjective", "咳嗽"}, {"objective", ""}, {"assessment", ""},
                            {"diagnoses_json", "[]"}, {"plan", ""}, {"prescriptions", ""}, {"referral_to", ""},
                            {"referral_reason", ""}, {"doctor", ""}, {"supersedes", QJsonValue::Null}},
                1};
    // ---- contracts: team, staff, package, contract, task, key-population flag
    s << Sample{"contract_team", "full",
                QJsonObject{{"id", "7ea00000-0000-4000-8000-000000000001"}, {"name", "星沙一队"}, {"institution", "星沙街道社区卫生服务中心"},
                            {"township_code", "110101001"}, {"active", 1}, {"villages", "110101001001,110101001002"}},
                1};
    s << Sample{"contract_team", "sparse",
                QJsonObject{{"id", "7ea00000-0000-4000-8000-000000000002"}, {"name", "二队"}, {"institution", ""},
                            {"township_code", QJsonValue::Null}, {"active", 0}, {"villages", ""}},
                1};
    s << Sample{"contract_staff", "full",
                QJsonObject{{"id", "5aff0000-0000-4000-8000-000000000001"}, {"team_id", "7ea00000-0000-4000-8000-000000000001"},
                            {"name", "赵医生"}, {"role", "doctor"}, {"staff_no", "D0012"}, {"phone", "13700137000"}, {"active", 1}},
                1};
    s << Sample{"contract_staff", "sparse",
                QJsonObject{{"id", "5aff0000-0000-4000-8000-000000000002"}, {"team_id", "7ea00000-0000-4000-8000-000000000001"},
                            {"name", "钱"}, {"role", "nurse"}, {"staff_no", ""}, {"phone", ""}, {"active", 0}},
                1};
    s << Sample{"contract_package", "full",
                QJsonObject{{"id", "9ac00000-0000-4000-8000-000000000001"}, {"code", "chronic"}, {"version", 2},
                            {"name", "慢病管理包"}, {"kind", "personalised"}, {"fee_fen", 15000}, {"insurance_fen", 10000},
                            {"public_health_fen", 2000}, {"resident_fen", 3000}, {"eligible", "hypertension,diabetes"},
                            {"services_json", R"([{"applies_to":"hypertension","kind":"hypertension_followup","name":"高血压随访","per_year":4}])"},
                            {"source", "admin"}, {"rules_version", "2026.1"}, {"active", 0}},
                1};
    s << Sample{"contract_package", "sparse",
                QJsonObject{{"id", "9ac00000-0000-4000-8000-000000000002"}, {"code", "free"}, {"version", 1},
                            {"name", "免费包"}, {"kind", "basic"}, {"fee_fen", 0}, {"insurance_fen", 0},
                            {"public_health_fen", 0}, {"resident_fen", 0}, {"eligible", ""}, {"services_json", "[]"},
                            {"source", "rules"}, {"rules_version", ""}, {"active", 1}},
                1};
    s << Sample{"contract", "full",
                QJsonObject{{"id", "c0c00000-0000-4000-8000-000000000001"}, {"contract_no", "QY2025000123"}, {"resident_id", R1},
                            {"household_id", "9a1e3c1e-2b9a-4e55-9a10-3f1f6f0b2c22"}, {"representative_id", R1},
                            {"team_id", "7ea00000-0000-4000-8000-000000000001"}, {"doctor_id", "5aff0000-0000-4000-8000-000000000001"},
                            {"institution", "星沙街道社区卫生服务中心"}, {"tags", "elderly,hypertension"}, {"fee_fen", 27000},
                            {"insurance_fen", 17000}, {"public_health_fen", 6000}, {"resident_fen", 4000},
                            {"signed_on", "2025-02-27"}, {"start_date", "2025-03-01"}, {"end_date", "2026-02-28"},
                            {"term_years", 1}, {"channel", "resident"}, {"terminated_on", "2025-10-01"},
                            {"terminate_reason", "moved"}, {"terminate_note", "迁往长沙市区"},
                            {"previous_id", "c0c00000-0000-4000-8000-000000000000"}, {"paper_signed", 1},
                            {"scan_path", "scans/QY2025000123.pdf"},
                            {"packages", "9ac00000-0000-4000-8000-000000000001,9ac00000-0000-4000-8000-000000000002"}},
                1};
    s << Sample{"contract", "sparse",
                QJsonObject{{"id", "c0c00000-0000-4000-8000-000000000002"}, {"contract_no", "QY2025000124"}, {"resident_id", R1},
                            {"household_id", QJsonValue::Null}, {"representative_id", QJsonValue::Null},
                            {"team_id", "7ea00000-0000-4000-8000-000000000001"}, {"doctor_id", "5aff0000-0000-4000-8000-000000000001"},
                            {"institution", ""}, {"tags", ""}, {"fee_fen", 0}, {"insurance_fen", 0}, {"public_health_fen", 0},
                            {"resident_fen", 0}, {"signed_on", "2025-03-01"}, {"start_date", "2025-03-01"},
                            {"end_date", "2028-02-29"}, {"term_years", 3}, {"channel", "doctor"},
                            {"terminated_on", QJsonValue::Null}, {"terminate_reason", QJsonValue::Null}, {"terminate_note", ""},
                            {"previous_id", QJsonValue::Null}, {"paper_signed", 0}, {"scan_path", ""}, {"packages", ""}},
                1};
    s << Sample{"contract_task", "full",
                QJsonObject{{"id", "7a5c0000-0000-4000-8000-000000000001"}, {"contract_id", "c0c00000-0000-4000-8000-000000000001"},
                            {"resident_id", R1}, {"package_id", "9ac00000-0000-4000-8000-000000000001"},
                            {"kind", "hypertension_followup"}, {"name", "高血压随访"}, {"seq", 3}, {"due_on", "2025-09-30"},
                            {"status", "done"}, {"done_on", "2025-09-12"}, {"source_id", "a1b2c3d4-0000-4000-8000-000000000001"}},
                1};
    s << Sample{"contract_task", "sparse",
                QJsonObject{{"id", "7a5c0000-0000-4000-8000-000000000002"}, {"contract_id", "c0c00000-0000-4000-8000-000000000001"},
                            {"resident_id", R1}, {"package_id", "9ac00000-0000-4000-8000-000000000001"},
                            {"kind", "annual_check"}, {"name", ""}, {"seq", 1}, {"due_on", "2026-02-28"},
                            {"status", "cancelled"}, {"done_on", QJsonValue::Null}, {"source_id", QJsonValue::Null}},
                1};
    s << Sample{"resident_flag", "full",
                QJsonObject{{"id", "f1a90000-0000-4000-8000-000000000001"}, {"resident_id", R1}, {"flag", "pregnant"},
                            {"since", "2025-01-15"}, {"until", "2025-10-20"}, {"note", "孕12周建册"}},
                1};
    s << Sample{"resident_flag", "sparse",
                QJsonObject{{"id", "f1a90000-0000-4000-8000-000000000002"}, {"resident_id", R1}, {"flag", "disabled"},
                            {"since", "2020-01-01"}, {"until", QJsonValue::Null}, {"note", ""}},
                1};
    // ---- immunization: lots, health states and refusals, certificates
    s << Sample{"vaccine_lot", "full",
                QJsonObject{{"id", "10700000-0000-4000-8000-000000000001"}, {"vaccine", "HepB"}, {"vaccine_code", "0201"},
                            {"manufacturer", "深圳康泰"}, {"lot_no", "202409A12"}, {"expiry", "2026-09-30"},
                            {"doses_received", 200}, {"active", 0}},
                1};
    s << Sample{"vaccine_lot", "sparse",
                QJsonObject{{"id", "10700000-0000-4000-8000-000000000002"}, {"vaccine", "EV71"}, {"vaccine_code", ""},
                            {"manufacturer", ""}, {"lot_no", "X1"}, {"expiry", ""}, {"doses_received", 0}, {"active", 1}},
                1};
    s << Sample{"immunization_state", "full",
                QJsonObject{{"id", "57a70000-0000-4000-8000-000000000001"}, {"resident_id", R1}, {"kind", "refusal"},
                            {"code", "MMR"}, {"note", "家长拒绝，已签字"}, {"recorded_on", "2025-02-02"}, {"ended_on", "2025-06-01"}},
                1};
    s << Sample{"immunization_state", "sparse",
                QJsonObject{{"id", "57a70000-0000-4000-8000-000000000002"}, {"resident_id", R1}, {"kind", "health"},
                            {"code", "allergy:HepB"}, {"note", ""}, {"recorded_on", "2025-02-03"}, {"ended_on", QJsonValue::Null}},
                1};
    s << Sample{"immunization_certificate", "full",
                QJsonObject{{"id", "ce770000-0000-4000-8000-000000000001"}, {"resident_id", R1},
                            {"certificate_no", "430121202500012"}, {"issued_on", "2025-01-03"}},
                1};
    s << Sample{"immunization_certificate", "sparse",
                QJsonObject{{"id", "ce770000-0000-4000-8000-000000000002"}, {"resident_id", R1}, {"certificate_no", ""},
                            {"issued_on", "2025-01-04"}},
                1};
    // ---- personal basic information form
    s << Sample{"basic_info", "full",
                QJsonObject{{"id", R1}, {"resident_id", R1},
                            {"form_json", R"({"abo":"1","allergies":["2","3"],"education":"7","history":[{"code":"1","date":"2010-05"}],"rh":"2"})"},
                            {"form_version", "NBPHS-3-2017.1"}},
                1};
    s << Sample{"basic_info", "sparse",
                QJsonObject{{"id", "00000000-2b9a-4e55-9a10-3f1f6f0b2c11"}, {"resident_id", "00000000-2b9a-4e55-9a10-3f1f6f0b2c11"},
                            {"form_json", "{}"}, {"form_version", ""}},
                1};
    return s;
}

} // namespace FhirSamples
