#pragma once

#include "selfcare.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Models {

// One visit of the 65+ annual service (docs/domain/elderly.md 1): the assessment parts; the
// examination and tests are the linked 健康体检表 (healthCheckId); the guidance is a list of codes.
struct ElderlyService
{
    QString id;
    QString residentId;
    QDate date;
    QString doctor;
    QString healthCheckId;
    QMap<QString, int> selfCare;   // item code -> chosen column 0..3
    std::optional<int> selfRating; // 1 满意 .. 5 不满意
    std::optional<bool> cognitivePositive;
    std::optional<int> mmse;
    std::optional<bool> moodPositive;
    std::optional<int> gds;
    QJsonObject lifestyle; // exercise, diet, smoking, drinking, symptoms ... (free structure)
    QStringList guidance;  // codes of elderlyGuidanceItems()
    QDate nextVisit;
    QString supersedes;
    QDateTime updatedAt;
    QString updatedBy;
};

// The guidance items of 健康指导 (code, label), in the form's order.
QVector<QPair<QString, QString>> elderlyGuidanceItems();

// What the year's service still lacks, as codes: selfcare, self_rating, cognitive, mmse, mood,
// gds, health_check, guidance, next_visit. Empty: the service counts as 接受健康管理.
QStringList elderlyMissingParts(const ElderlyService &s, const SelfCareRules &rules,
                                bool healthCheckFound);
QString elderlyPartLabel(const QString &code); // translated: 生活自理能力评估, ...

// Writes the service's answers into the 健康体检表's elderly rows (self_rating, adl, adl_score,
// cognition, mmse, emotion, gds), so the check and the service never disagree.
void applyToHealthCheckForm(const ElderlyService &s, const SelfCareRules &rules, QJsonObject &form);

} // namespace Models
