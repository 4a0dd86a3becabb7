#pragma once

#include "resident.h"
#include "result.h"
#include "scope.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

// What a typed query means, and which index ranges answer it, in rank order.
struct SearchPlan
{
    enum class Form { Browse, Name, Pinyin, Digits, TooShort };
    Form form = Form::Browse;
    QStringList prefixes; // term prefixes, scanned in this order; exact matches sort first
    QString hint;         // translated hint for the user when the query cannot be answered yet

    static SearchPlan forQuery(const QString &query);
};

// Streams the residents that match a plan, ranked, without duplicates, within the caller's
// scope and an optional village filter. Each call to next() continues where the last stopped
// (keyset paging on the index), so a long result is read only as far as the user scrolls.
// It asks for the same `resident.read` permission as ResidentRepository: without it the cursor
// is at its end from the start and error() says why.
class ResidentCursor
{
public:
    ResidentCursor(QString connectionName, SearchPlan plan, QString villageCode, Scope scope);
    QVector<qint64> next(int count);
    bool atEnd() const { return m_atEnd; }
    // Why the cursor returns nothing (code "scope.forbidden"), or an empty-code Error.
    const Error &error() const { return m_error; }

private:
    QVector<qint64> nextBrowse(int count);
    QVector<qint64> nextSearch(int count);
    QString villageClause(const QString &column) const;

    QString m_conn;
    SearchPlan m_plan;
    QString m_village;
    Scope m_scope;
    int m_range = 0;
    QByteArray m_lastTerm;
    qint64 m_lastRid = -1;
    QByteArray m_lastSortKey;
    bool m_atEnd = false;
    Error m_error;
    QSet<qint64> m_seen;
};

// Loads the display rows of the given residents, in the given order.
QVector<Resident> loadResidentRows(const QString &connectionName, const QVector<qint64> &rids);

} // namespace Models
