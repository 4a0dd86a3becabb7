#pragma once

#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

// 老年人生活自理能力评估表 (docs/domain/elderly.md 2): five items, each answered by one of four
// columns (0 可自理 .. 3 不能自理); the points of each column and the bands of the total come
// from resources/rules/elderly_selfcare.json. This code only interprets that file.

struct SelfCareItem
{
    QString code;        // eating, grooming, dressing, toilet, activity
    QString label;       // 进餐：... (Chinese: the CLI, the stored record)
    QString labelEn;     // Eating: ...
    QVector<int> points; // the points of columns 0..3
    QStringList choices; // the wording of columns 0..3 ("—" where the form has no cell)
    QStringList choicesEn;
    // The texts of the current language (CodeTable::english()), read at call time.
    QString displayLabel() const;
    QString shortLabel() const; // the part before "：" / ":" (进餐, Eating)
    QString displayChoice(int level) const;
};

struct SelfCareBand
{
    QString code;  // independent, mild, moderate, dependent
    QString label; // 可自理 ... (Chinese: the CLI's JSON)
    QString labelEn;
    QString displayLabel() const; // in the current language
    int min = 0;
    int max = -1;         // -1: no upper limit
    int checkupValue = 0; // the 健康体检表 row "老年人生活自理能力自我评估" (1-4)
};

struct SelfCareResult
{
    int score = 0;
    SelfCareBand band;
    QMap<QString, int> levels; // the chosen column of each item
    QMap<QString, int> points; // the points of each item
    QString ruleSet;           // "nbphs3/1"

    // {"score": N, "band": "可自理", "band_code": ..., "checkup_value": 1, "items": {...points}}
    QJsonObject toJson() const;
};

class SelfCareRules
{
public:
    // Loads resources/rules/elderly_selfcare.json (empty path) or a file, and validates it.
    static Result<SelfCareRules> load(const QString &path = {});
    static Result<SelfCareRules> fromJson(const QJsonObject &o);
    // The built-in rules (asserts that they load).
    static const SelfCareRules &standard();

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    const QVector<SelfCareItem> &items() const { return m_items; }
    const QVector<SelfCareBand> &bands() const { return m_bands; }
    // 可自理, 轻度依赖, 中度依赖, 不能自理 (Independent ... in English mode)
    QString levelLabel(int level) const;

    // The band of a total; the last band when above every max.
    SelfCareBand band(int score) const;
    // Every item must have a level 0..3; a missing or out-of-range one names the item.
    Result<SelfCareResult> score(const QMap<QString, int> &levels) const;
    // The CLI's input: {"eating": 2, ...}; values must be integers 0..3.
    Result<SelfCareResult> scoreJson(const QJsonObject &o) const;

private:
    QString m_name, m_version;
    QStringList m_levelLabels, m_levelLabelsEn;
    QVector<SelfCareItem> m_items;
    QVector<SelfCareBand> m_bands;
};

} // namespace Models
