#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Models {

// Children's TCM guidance at 6, 12, 18, 24, 30 and 36 months (docs/domain/tcm.md 3): the ages,
// the technique taught at each and the window (满N月 until the next month age) come from
// resources/rules/tcm_child.json.

struct TcmChildVisit
{
    int months = 0;
    QString technique; // 摩腹、捏脊 ...
    QString techniqueEn;
    QString displayTechnique() const; // in the current language (CodeTable::english())
};

struct TcmChildService
{
    QString code; // diet, living, technique, other
    QString label;
    QString labelEn;
    QString displayLabel() const;
};

class TcmChildSchedule
{
public:
    static Result<TcmChildSchedule> load(const QString &path = {});
    static const TcmChildSchedule &standard();

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    const QVector<TcmChildVisit> &visits() const { return m_visits; }
    const QVector<TcmChildService> &services() const { return m_services; }
    const TcmChildVisit *visit(int months) const;

    // The window of the visit at `months` for a child born on `birth`: from the day the child
    // is N months old (满N月) to the day before the month age N + window.
    QDate windowStart(const QDate &birth, int months) const;
    QDate windowEnd(const QDate &birth, int months) const;
    // The visit whose window contains `on`, if any.
    std::optional<int> visitOn(const QDate &birth, const QDate &on) const;

private:
    QString m_name, m_version;
    int m_windowMonths = 1;
    QVector<TcmChildVisit> m_visits;
    QVector<TcmChildService> m_services;
};

} // namespace Models
