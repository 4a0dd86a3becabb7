#pragma once

// Full and sparse records of the programme kinds without samples elsewhere (issues 17-19: the
// elderly service, TCM, the TB dose card): included by fhirsamples.h after Sample and R1, inside
// namespace FhirSamples. The JSON columns are what the repositories write (compact, sorted keys).

inline QList<Sample> programmeSamples()
{
    QList<Sample> s;
    // ---- 65+ annual service: QuestionnaireResponse + Observations (self-care, MMSE, GDS)
    s << Sample{
        "elderly_service", "full",
        QJsonObject{{"id", "e1000000-0000-4000-8000-000000000001"},
                    {"resident_id", R1},
                    {"service_date", "2025-05-06"},
                    {"doctor", "李医生"},
                    {"health_check_id", "a5000000-0000-4000-8000-000000000001"},
                    {"selfcare_json",
                     "{\"activity\":1,\"dressing\":0,\"eating\":2,\"grooming\":1,\"toilet\":3}"},
                    {"selfcare_score", 12},
                    {"selfcare_band", 3},
                    {"self_rating", 3},
                    {"cognitive_positive", 1},
                    {"mmse", 22},
                    {"mood_positive", 1},
                    {"gds", 14},
                    {"lifestyle_json",
                     "{\"diet\":[\"荤素均衡\",\"嗜盐\"],\"exercise\":{\"minutes\":30,\"times_per_"
                     "week\":5},\"note\":\"独居\",\"sleep_hours\":6.5,\"smoking\":false}"},
                    {"guidance_json", "[\"chronic\",\"falls\",\"cognition\"]"},
                    {"next_visit", "2026-05-06"},
                    {"rule_set", "nbphs3/1"},
                    {"supersedes", "e1000000-0000-4000-8000-000000000000"}},
        4};
    s << Sample{"elderly_service", "sparse",
                QJsonObject{{"id", "e1000000-0000-4000-8000-000000000002"},
                            {"resident_id", R1},
                            {"service_date", "2025-05-06"},
                            {"doctor", ""},
                            {"health_check_id", QJsonValue::Null},
                            {"selfcare_json", "{}"},
                            {"selfcare_score", QJsonValue::Null},
                            {"selfcare_band", QJsonValue::Null},
                            {"self_rating", QJsonValue::Null},
                            {"cognitive_positive", 0},
                            {"mmse", QJsonValue::Null},
                            {"mood_positive", QJsonValue::Null},
                            {"gds", QJsonValue::Null},
                            {"lifestyle_json", "{}"},
                            {"guidance_json", "[]"},
                            {"next_visit", QJsonValue::Null},
                            {"rule_set", ""},
                            {"supersedes", QJsonValue::Null}},
                1};
    // JSON columns the items cannot say exactly (not compact, a null, an empty string, a list of
    // objects) travel verbatim too: still lossless.
    s << Sample{"elderly_service", "odd json",
                QJsonObject{{"id", "e1000000-0000-4000-8000-000000000003"},
                            {"resident_id", R1},
                            {"service_date", "2025-05-07"},
                            {"doctor", ""},
                            {"health_check_id", QJsonValue::Null},
                            {"selfcare_json", R"({ "eating": 0, "toilet": null })"},
                            {"selfcare_score", 0},
                            {"selfcare_band", 1},
                            {"self_rating", 1},
                            {"cognitive_positive", 0},
                            {"mmse", QJsonValue::Null},
                            {"mood_positive", 0},
                            {"gds", QJsonValue::Null},
                            {"lifestyle_json",
                             R"({"drinks":[{"kind":"白酒","ml":50}],"note":"","single":["a"]})"},
                            {"guidance_json", R"(["lifestyle",""])"},
                            {"next_visit", QJsonValue::Null},
                            {"rule_set", "nbphs3/1"},
                            {"supersedes", QJsonValue::Null}},
                2};
    // ---- TCM constitution assessment: QuestionnaireResponse + one Observation per constitution
    s << Sample{
        "tcm_assessment", "full",
        QJsonObject{
            {"id", "e2000000-0000-4000-8000-000000000001"},
            {"resident_id", R1},
            {"assess_date", "2025-05-06"},
            {"doctor", "李医生"},
            {"answers", "1,2,3,3,4,2,1,2,3,1,2,3,2,1,2,3,4,2,1,2,3,1,2,1,2,3,2,1,2,3,1,2,2"},
            {"result_json",
             "{\"answers\":[1,2,3,3,4,2,1,2,3,1,2,3,2,1,2,3,4,2,1,2,3,1,2,1,2,3,2,1,2,3,1,2,2],"
             "\"constitutions\":[\"qixu\",\"yangxu\"],\"flags\":[],\"pinghe\":{\"result\":\"否\","
             "\"result_code\":\"no\",\"score\":14},\"primary\":\"qixu\",\"qixu\":{\"result\":"
             "\"是\",\"result_code\":\"yes\",\"score\":12},\"qiyu\":{\"result\":\"否\",\"result_"
             "code\":\"no\",\"score\":6},\"rule_set\":\"nbphs3/"
             "1\",\"shire\":{\"result\":\"否\",\"result_code\":\"no\",\"score\":7},\"tanshi\":{"
             "\"result\":\"否\",\"result_code\":\"no\",\"score\":8},\"tebing\":{\"result\":\"否\","
             "\"result_code\":\"no\",\"score\":5},\"xueyu\":{\"result\":\"倾向是\",\"result_code\":"
             "\"leaning\",\"score\":10},\"yangxu\":{\"result\":\"是\",\"result_code\":\"yes\","
             "\"score\":11},\"yinxu\":{\"result\":\"倾向是\",\"result_code\":\"leaning\",\"score\":"
             "9}}"},
            {"primary_type", "qixu"},
            {"constitutions", "qixu,yangxu"},
            {"flags", ""},
            {"guidance_json",
             "{\"qixu\":[\"diet\",\"acupoint\"],\"yangxu\":[\"living\",\"exercise\",\"emotion\"]}"},
            {"guidance_other", "每日艾灸足三里"},
            {"rule_set", "nbphs3/1"},
            {"supersedes", "e2000000-0000-4000-8000-000000000000"}},
        10};
    s << Sample{
        "tcm_assessment", "sparse",
        QJsonObject{
            {"id", "e2000000-0000-4000-8000-000000000002"},
            {"resident_id", R1},
            {"assess_date", "2025-05-06"},
            {"doctor", ""},
            {"answers", "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"},
            {"result_json",
             "{\"answers\":[3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3],"
             "\"constitutions\":[\"pinghe\"],\"flags\":[\"equal_scores\"],\"pinghe\":{\"result\":"
             "\"基本是\",\"result_code\":\"basic\",\"score\":17},\"primary\":null,\"qixu\":{"
             "\"result\":\"倾向是\",\"result_code\":\"leaning\",\"score\":10},\"qiyu\":{\"result\":"
             "\"否\",\"result_code\":\"no\",\"score\":8},\"rule_set\":\"nbphs3/"
             "1\",\"shire\":{\"result\":\"否\",\"result_code\":\"no\",\"score\":8},\"tanshi\":{"
             "\"result\":\"否\",\"result_code\":\"no\",\"score\":8},\"tebing\":{\"result\":\"否\","
             "\"result_code\":\"no\",\"score\":8},\"xueyu\":{\"result\":\"否\",\"result_code\":"
             "\"no\",\"score\":8},\"yangxu\":{\"result\":\"否\",\"result_code\":\"no\",\"score\":8}"
             ",\"yinxu\":{\"result\":\"否\",\"result_code\":\"no\",\"score\":8}}"},
            {"primary_type", ""},
            {"constitutions", "pinghe"},
            {"flags", "equal_scores"},
            {"guidance_json", "{}"},
            {"guidance_other", ""},
            {"rule_set", "nbphs3/1"},
            {"supersedes", QJsonValue::Null}},
        10};
    s << Sample{"tcm_assessment", "empty",
                QJsonObject{{"id", "e2000000-0000-4000-8000-000000000003"},
                            {"resident_id", R1},
                            {"assess_date", "2025-05-06"},
                            {"doctor", ""},
                            {"answers", "1,x,3"},
                            {"result_json", "{}"},
                            {"primary_type", ""},
                            {"constitutions", ""},
                            {"flags", ""},
                            {"guidance_json", "{}"},
                            {"guidance_other", ""},
                            {"rule_set", ""},
                            {"supersedes", QJsonValue::Null}},
                1};
    // ---- children's TCM guidance
    s << Sample{"tcm_child_service", "full",
                QJsonObject{{"id", "e3000000-0000-4000-8000-000000000001"},
                            {"resident_id", R1},
                            {"visit_months", 18},
                            {"service_date", "2025-07-01"},
                            {"doctor", "王医生"},
                            {"services_json", "[\"diet\",\"technique\",\"other\"]"},
                            {"other_text", "捏脊示范"},
                            {"next_date", "2026-01-01"},
                            {"supersedes", "e3000000-0000-4000-8000-000000000000"}},
                1};
    s << Sample{"tcm_child_service", "sparse",
                QJsonObject{{"id", "e3000000-0000-4000-8000-000000000002"},
                            {"resident_id", R1},
                            {"visit_months", 6},
                            {"service_date", "2025-01-01"},
                            {"doctor", ""},
                            {"services_json", "[]"},
                            {"other_text", ""},
                            {"next_date", QJsonValue::Null},
                            {"supersedes", QJsonValue::Null}},
                1};
    // ---- TB dose card: MedicationAdministration per day
    s << Sample{"tb_dose", "full",
                QJsonObject{{"id", "e4000000-0000-4000-8000-000000000001"},
                            {"patient_id", "5c000000-0000-4000-8000-000000000001"},
                            {"dose_date", "2024-01-05"},
                            {"taken", 0},
                            {"source", "card"}},
                1};
    s << Sample{"tb_dose", "sparse",
                QJsonObject{{"id", "e4000000-0000-4000-8000-000000000002"},
                            {"patient_id", "5c000000-0000-4000-8000-000000000001"},
                            {"dose_date", "2024-01-06"},
                            {"taken", 1},
                            {"source", "supervisor"}},
                1};
    return s;
}
