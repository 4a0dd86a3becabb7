#include "residentsearch.h"

#include "dbaccess.h"
#include "logging.h"
#include "permission.h"
#include "searchterms.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Models {

namespace {

// Upper bound of a prefix range: UTF-8 never has a byte above 0xF4.
QByteArray upperBound(const QByteArray &prefix)
{
    return prefix + QByteArray("\xf4\x8f\xbf\xbf\xff", 5);
}

} // namespace

SearchPlan SearchPlan::forQuery(const QString &query)
{
    SearchPlan plan;
    QString q = query.simplified().remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
    if (q.isEmpty())
        return plan;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+[xX]?$"));
    static const QRegularExpression latin(QStringLiteral("^[a-zA-Z]+$"));
    if (digits.match(q).hasMatch()) {
        q = q.toUpper();
        plan.form = SearchPlan::Form::Digits;
        const auto n = q.size();
        if (n < 4) {
            plan.form = SearchPlan::Form::TooShort;
            plan.hint = QCoreApplication::translate("Models::ResidentSearch",
                                                    "请至少输入4位数字（身份证或电话的后几位）");
            return plan;
        }
        // Forward identity prefixes only once they are past county + birth year; below that
        // every resident of the county would match.
        if (n >= 10)
            plan.prefixes << QChar(SearchKind::IdNumber) + q;
        if (n >= 13)
            plan.prefixes << QChar(SearchKind::RecordNo) + q;
        if (n <= 6 || n == 18)
            plan.prefixes << QChar(SearchKind::IdReversed) + reversed(q);
        if (!q.endsWith(QLatin1Char('X')))
            plan.prefixes << QChar(SearchKind::PhoneReversed) + reversed(q);
    } else if (latin.match(q).hasMatch()) {
        q = q.toLower();
        plan.form = SearchPlan::Form::Pinyin;
        plan.prefixes << QChar(SearchKind::Initials) + q << QChar(SearchKind::Pinyin) + q
                      << QChar(SearchKind::InitialsPart) + q << QChar(SearchKind::PinyinPart) + q;
    } else {
        plan.form = SearchPlan::Form::Name;
        plan.prefixes << QChar(SearchKind::Name) + q << QChar(SearchKind::NamePart) + q;
    }
    return plan;
}

ResidentCursor::ResidentCursor(QString connectionName, SearchPlan plan, QString villageCode,
                               Scope scope)
    : m_conn(std::move(connectionName)), m_plan(std::move(plan)), m_village(std::move(villageCode)),
      m_scope(std::move(scope))
{
    if (m_plan.form == SearchPlan::Form::TooShort)
        m_atEnd = true;
    if (auto allowed = requirePermission(m_scope, QStringLiteral("resident.read")); !allowed) {
        m_error = allowed.error();
        m_atEnd = true;
    }
}

QString ResidentCursor::villageClause(const QString &column) const
{
    QString clause;
    // Codes are validated 12-digit strings (area.code CHECK), so inlining them is safe.
    static const QRegularExpression code(QStringLiteral("^[0-9]{6,12}$"));
    if (!m_village.isEmpty() && code.match(m_village).hasMatch())
        clause += QStringLiteral(" AND %1 = '%2'").arg(column, m_village);
    if (!m_scope.allVillages) {
        QStringList allowed;
        for (const QString &v : m_scope.villages)
            if (code.match(v).hasMatch())
                allowed << QLatin1Char('\'') + v + QLatin1Char('\'');
        clause += QStringLiteral(" AND %1 IN (%2)").arg(column, allowed.join(QLatin1Char(',')));
    }
    return clause;
}

QVector<qint64> ResidentCursor::next(int count)
{
    if (m_atEnd || count <= 0)
        return {};
    return m_plan.form == SearchPlan::Form::Browse ? nextBrowse(count) : nextSearch(count);
}

QVector<qint64> ResidentCursor::nextBrowse(int count)
{
    QVector<qint64> out;
    sqlite3 *h = sqliteHandle(m_conn);
    const QString sql =
        QStringLiteral("SELECT rid, sort_key FROM resident INDEXED BY %1 WHERE deleted = 0%2"
                       " AND (sort_key, rid) > (?1, ?2) ORDER BY sort_key, rid LIMIT ?3")
            .arg(m_village.isEmpty() ? QStringLiteral("resident_sort")
                                     : QStringLiteral("resident_village_sort"),
                 villageClause(QStringLiteral("village_code")));
    SqliteStmt st(h, sql);
    if (!st.ok()) {
        qCWarning(lcSearch) << "prepare failed:" << st.error();
        m_atEnd = true;
        return out;
    }
    st.utf8(1, m_lastSortKey);
    st.integer(2, m_lastRid);
    st.integer(3, qint64(count));
    out.reserve(qMin(count, 1 << 18));
    while (st.step()) {
        m_lastRid = st.columnInt(0);
        out.append(m_lastRid);
        if (out.size() == count) // only the last key is needed for the next page
            m_lastSortKey = st.columnUtf8(1);
    }
    if (out.size() < count)
        m_atEnd = true;
    return out;
}

QVector<qint64> ResidentCursor::nextSearch(int count)
{
    QVector<qint64> out;
    sqlite3 *h = sqliteHandle(m_conn);
    const QString sql =
        QStringLiteral("SELECT s.term, s.rid FROM search_term s JOIN resident r ON r.rid = s.rid"
                       " WHERE (s.term, s.rid) > (?1, ?2) AND s.term < ?3 AND r.deleted = 0%1"
                       " ORDER BY s.term, s.rid LIMIT ?4")
            .arg(villageClause(QStringLiteral("r.village_code")));
    SqliteStmt st(h, sql);
    if (!st.ok()) {
        qCWarning(lcSearch) << "prepare failed:" << st.error();
        m_atEnd = true;
        return out;
    }
    while (out.size() < count && m_range < m_plan.prefixes.size()) {
        const QByteArray prefix = m_plan.prefixes.at(m_range).toUtf8();
        if (m_lastTerm.isEmpty())
            m_lastTerm = prefix; // with rid -1 the range starts at the exact term
        const int want = count - int(out.size());
        st.reset();
        st.utf8(1, m_lastTerm);
        st.integer(2, m_lastRid);
        st.utf8(3, upperBound(prefix));
        st.integer(4, qint64(want));
        int got = 0;
        while (st.step()) {
            ++got;
            m_lastTerm = st.columnUtf8(0);
            m_lastRid = st.columnInt(1);
            if (!m_seen.contains(m_lastRid)) {
                m_seen.insert(m_lastRid);
                out.append(m_lastRid);
            }
        }
        if (got < want) { // this range is exhausted: go on with the next kind
            ++m_range;
            m_lastTerm.clear();
            m_lastRid = -1;
        }
    }
    if (m_range >= m_plan.prefixes.size())
        m_atEnd = true;
    return out;
}

QVector<Resident> loadResidentRows(const QString &connectionName, const QVector<qint64> &rids)
{
    QVector<Resident> rows;
    if (rids.isEmpty())
        return rows;
    QByteArray sql =
        "SELECT rid, id, record_no, name, sex, birth_date, id_number, phone, address,"
        " village_code, household_id, relation, residence_type, ethnicity, life_status,"
        " life_date, life_reason FROM resident WHERE rid IN (";
    for (qsizetype i = 0; i < rids.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    SqliteStmt st(sqliteHandle(connectionName), sql);
    if (!st.ok()) {
        qCWarning(lcSearch) << "prepare failed:" << st.error();
        return rows;
    }
    for (qsizetype i = 0; i < rids.size(); ++i)
        st.integer(int(i + 1), rids.at(i));
    QHash<qint64, Resident> byRid;
    byRid.reserve(rids.size());
    while (st.step()) {
        Resident r;
        r.rid = st.columnInt(0);
        r.id = st.columnText(1);
        r.recordNo = st.columnText(2);
        r.name = st.columnText(3);
        const QString sex = st.columnText(4);
        r.sex = sex.isEmpty() ? QChar() : sex.at(0);
        r.birthDate = QDate::fromString(st.columnText(5), Qt::ISODate);
        r.idNumber = st.columnText(6);
        r.phone = st.columnText(7);
        r.address = st.columnText(8);
        r.villageCode = st.columnText(9);
        r.householdId = st.columnText(10);
        r.relation = st.columnText(11);
        r.residenceType = int(st.columnInt(12));
        r.ethnicity = st.columnText(13);
        r.lifeStatus = st.columnText(14);
        r.lifeDate = QDate::fromString(st.columnText(15), Qt::ISODate);
        r.lifeReason = st.columnText(16);
        byRid.insert(r.rid, r);
    }
    rows.reserve(rids.size());
    for (qint64 rid : rids)
        rows.append(byRid.value(rid));
    return rows;
}

} // namespace Models
