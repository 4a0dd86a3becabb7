#pragma once

#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace Models {

// 老年人中医药健康管理服务记录表 (docs/domain/tcm.md): 33 questions on the 1-5 scale, nine
// constitutions judged by the raw sums of their items as 附件2 体质判定标准表 says — never by the
// 60-item questionnaire's converted score. Questions, items, reversed items, anchors, cut-offs and
// guidance text come from resources/rules/tcm_constitution.json; this code only interprets it.

constexpr int TcmQuestionCount = 33;
using TcmAnswers = std::array<int, TcmQuestionCount>; // [0] is question 1; 0 = not answered

enum class TcmResult {
    No,      // 否
    Leaning, // 倾向是 (biased types)
    Basic,   // 基本是 (平和 only)
    Yes      // 是
};

QString tcmResultCode(TcmResult r); // no, leaning, basic, yes

struct TcmAnchorLevel
{
    int value = 0;
    QString label, labelEn;
    std::optional<double> lt, lte, gt, gte;
    QString displayLabel() const; // in the current language (CodeTable::english())
};

struct TcmAnchor
{
    int item = 0;
    QString measure; // "bmi", "waist_cm", or empty (the anchor text only guides the answer)
    QString unit;
    QVector<TcmAnchorLevel> levels;
};

struct TcmConstitution
{
    QString code;  // pinghe, qixu, ...
    QString label; // 平和质 ... (Chinese: the CLI's JSON, the stored record)
    QString labelEn;
    QVector<int> items;
    QVector<int> reversed;
    bool balanced = false;           // 平和
    QMap<QString, QString> guidance; // domain code -> text
    QMap<QString, QString> guidanceEn;
    // The texts of the current language, read at call time (the language can change).
    QString displayLabel() const;
    QString guidanceText(const QString &domain) const;
};

struct TcmTypeScore
{
    QString code;
    QString label;
    int score = 0;
    TcmResult result = TcmResult::No;
};

struct TcmAssessment
{
    TcmAnswers answers{};        // as scored (anchors applied)
    QVector<TcmTypeScore> types; // in the rule file's order (平和 first)
    QString primary;             // the constitution guidance follows; empty on a tie or none
    QStringList constitutions; // every 是/基本是 type, else every 倾向是 type (兼夹体质)
    QStringList flags;         // "contradiction:yinxu+yangxu", "equal_scores", "undetermined"
    QString ruleSet;           // "nbphs3/1"

    const TcmTypeScore *type(const QString &code) const;
    QString resultLabel(TcmResult r) const; // 是, 倾向是, 基本是, 否 (the rule file's words)
    // {"pinghe": {"score": N, "result": "是"}, ..., "primary": ..., "flags": [...]}
    QJsonObject toJson() const;
    QString displayResultLabel(TcmResult r) const; // in the current language (Yes, Leaning ...)
    QMap<TcmResult, QString> resultLabels, resultLabelsEn;
};

struct TcmInput
{
    TcmAnswers answers{};
    std::optional<double> bmi;
    std::optional<double> waistCm;
};

class TcmRules
{
public:
    static Result<TcmRules> load(const QString &path = {});
    static Result<TcmRules> fromJson(const QJsonObject &o);
    static const TcmRules &standard();

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    // The texts below are in the current language (CodeTable::english()), read at call time.
    QString question(int number) const;
    QString scaleLabel(int value) const; // 没有（根本不/从来没有）, Never (not at all)
    QString scaleShortLabel(int value) const; // 没有, Never
    const QVector<TcmConstitution> &constitutions() const { return m_types; }
    const TcmConstitution *constitution(const QString &code) const;
    const TcmAnchor *anchor(int item) const; // nullptr when the item has no fixed anchors
    QStringList guidanceDomains() const { return m_domainCodes; }
    QString guidanceDomainLabel(const QString &code) const;
    // 是, 倾向是 ... (Yes, Leaning ...) of a stored result code; empty for an unknown code.
    QString resultLabel(const QString &code) const;
    int recheckAfterDays() const { return m_recheckDays; }

    // The anchored answer for a measured item (9 by BMI, 28 by waist); nullopt when the item has
    // no measure or the value matches no level.
    std::optional<int> anchorValue(int item, double measured) const;
    // Applies the anchors of `in.bmi` / `in.waistCm` and scores; a blank or out-of-range answer
    // names its question.
    Result<TcmAssessment> assess(const TcmInput &in) const;
    Result<TcmAssessment> assess(const TcmAnswers &answers) const;
    // The CLI's input: {"answers": [33 integers 1-5], "bmi": 26.1, "waist_cm": 92}; items 9 and
    // 28 may be null when their measure is given.
    Result<TcmInput> inputFromJson(const QJsonObject &o) const;

private:
    QString m_name, m_version;
    QStringList m_questions, m_scale, m_questionsEn, m_scaleEn;
    QVector<TcmAnchor> m_anchors;
    QVector<TcmConstitution> m_types;
    QStringList m_domainCodes;
    QMap<QString, QString> m_domainLabels, m_domainLabelsEn;
    QMap<TcmResult, QString> m_resultLabels, m_resultLabelsEn;
    QVector<QPair<QString, QString>> m_contradictions;
    int m_biasedYes = 11, m_biasedLeaning = 9, m_balancedYes = 17, m_othersMaxYes = 8,
        m_othersMaxBasic = 10, m_recheckDays = 14;
};

} // namespace Models
