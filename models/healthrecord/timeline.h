#pragma once

#include "resident.h"
#include "result.h"
#include "scope.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVector>

#include <utility>

namespace Models {

// One entry of a resident's timeline: an encounter, a health check, a follow-up, a dose...
struct TimelineEntry
{
    QString kind; // source kind, e.g. "encounter"
    QString id;   // the row's id in its own table
    QDate date;
    QString title;   // short, e.g. "门诊接诊"
    QString summary; // one line for the list
    QString detail;  // the whole entry as simple HTML, shown in place when opened
};

// A kind of entry and how to read a resident's entries of that kind. Each capability adds one
// line to timelineSources() (models/programmes/timelinesources.cpp), like demoExtensions().
struct TimelineSource
{
    const char *kind;
    const char *label; // QT_TRANSLATE_NOOP("Models::Timeline", "...")
    Result<QVector<TimelineEntry>> (*load)(const QString &connectionName,
                                           const QString &residentId);
    // A restricted kind (mental-health records): the caller's Scope needs this permission too,
    // else the kind is left out; every read of it is audited. nullptr: record.read suffices.
    const char *permission = nullptr;
    QString translatedLabel() const;
};

const QList<TimelineSource> &timelineSources();

// One "label: value" line of an entry's detail HTML (escaped, newlines kept); empty when the
// value is blank, so sources can concatenate every field without testing each.
QString timelineField(const QString &label, const QString &value);

// Badges in the resident header (高血压, 糖尿病, 65岁以上, 已签约...): one function per
// capability, listed in residentBadgeSources() next to the timeline sources.
struct Badge
{
    Badge(QString text, QString kind, QString permission = {})
        : text(std::move(text)), kind(std::move(kind)), permission(std::move(permission))
    {
    }
    QString text;
    QString kind;       // "programme", "age", "contract"...
    QString permission; // shown only to readers who hold it ("maternal.read"); empty: everyone
};
using BadgeSource = Result<QList<Badge>> (*)(const QString &connectionName,
                                             const Resident &resident, const QDate &today);
const QList<BadgeSource> &residentBadgeSources();

class Timeline
{
public:
    // Every entry of the given kinds (all when empty), newest first. Checks record.read and the
    // resident's village, and audits the read.
    static Result<QVector<TimelineEntry>> load(const QString &connectionName, const Scope &scope,
                                               const QString &residentId,
                                               const QStringList &kinds = {});
    static Result<QList<Badge>> badges(const QString &connectionName, const Scope &scope,
                                       const Resident &resident,
                                       const QDate &today = QDate::currentDate());
};

} // namespace Models
