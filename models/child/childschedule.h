#pragma once

// The children's health checks by age window (resources/rules/child_schedule.json,
// docs/domain/child.md 1): 满月 28-30 days, 3/6/8/12/18/24/30 months from 满N月 to N月29天,
// 3-6 years from 满N周岁 to N岁11个月29天. Pure.

#include <QDate>
#include <QList>
#include <QString>

namespace Models {

struct ChildCheckWindow
{
    QString code;    // 1m 3m ... 6y
    QString label;   // 满月, 3月龄 ... (the rule file's words: stored, compared)
    QString form;    // infant (1-8 months), toddler (12-30 months), preschool (3-6 years)
    bool hb = false; // haemoglobin at this check
    QDate from, to;  // inclusive, for one child
    QString labelEn; // 1 month, 3 months ...
    QString displayLabel() const; // in the current language (CodeTable::english())
};

class ChildSchedule
{
public:
    static const ChildSchedule &get();
    QString version() const { return m_version; }
    // Every check's window for a child born on `birth`. Months are calendar months from the
    // birth date (QDate::addMonths: a 31 January birth is 满1月 on 28/29 February).
    QList<ChildCheckWindow> windows(const QDate &birth) const;
    // The check whose window holds `on`, or an empty code between windows.
    ChildCheckWindow windowOn(const QDate &birth, const QDate &on) const;
    // The form for a child of this age: infant below 12 months, toddler below 36, preschool.
    static QString formFor(const QDate &birth, const QDate &on);
    int newbornVisitDays() const { return m_newbornDays; }

private:
    struct Offset
    {
        int months = 0, days = 0;
    };
    struct Check
    {
        QString code, label, form;
        bool hb = false;
        Offset from, to;
        QString labelEn;
    };
    QString m_version;
    QList<Check> m_checks;
    int m_newbornDays = 7;
};

} // namespace Models
