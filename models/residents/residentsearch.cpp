#include "residentsearch.h"

#include "dbaccess.h"
#include "logging.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

namespace Models {

namespace {

// Upper bound of a prefix range: UTF-8 never has a byte above 0xF4.
QByteArray upperBound(const QByteArray &prefix)
{
    return prefix + QByteArray("\xf4\x8f\xbf\xbf\xff", 5);
}

class Statement
{
public:
    Statement(sqlite3 *h, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &m_st, nullptr) != SQLITE_OK) {
            qCWarning(lcSearch) << "prepare failed:" << sqlite3_errmsg(h);
            m_st = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_st); }
    sqlite3_stmt *get() const { return m_st; }
    void bind(int i, const QByteArray &text)
    {
        sqlite3_bind_text(m_st, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_st, i, v); }
    Q_DISABLE_COPY_MOVE(Statement)

private:
    sqlite3_stmt *m_st = nullptr;
};

QString text(sqlite3_stmt *st, int col)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
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
    Statement st(h, sql.toUtf8());
    if (!st.get()) {
        m_atEnd = true;
        return out;
    }
    st.bind(1, m_lastSortKey);
    st.bind(2, m_lastRid);
    st.bind(3, qint64(count));
    out.reserve(qMin(count, 1 << 18));
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        m_lastRid = sqlite3_column_int64(st.get(), 0);
        out.append(m_lastRid);
        if (out.size() == count) // only the last key is needed for the next page
            m_lastSortKey =
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1)),
                           sqlite3_column_bytes(st.get(), 1));
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
    Statement st(h, sql.toUtf8());
    if (!st.get()) {
        m_atEnd = true;
        return out;
    }
    while (out.size() < count && m_range < m_plan.prefixes.size()) {
        const QByteArray prefix = m_plan.prefixes.at(m_range).toUtf8();
        if (m_lastTerm.isEmpty())
            m_lastTerm = prefix; // with rid -1 the range starts at the exact term
        const int want = count - int(out.size());
        sqlite3_reset(st.get());
        st.bind(1, m_lastTerm);
        st.bind(2, m_lastRid);
        st.bind(3, upperBound(prefix));
        st.bind(4, qint64(want));
        int got = 0;
        while (sqlite3_step(st.get()) == SQLITE_ROW) {
            ++got;
            m_lastTerm =
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0)),
                           sqlite3_column_bytes(st.get(), 0));
            m_lastRid = sqlite3_column_int64(st.get(), 1);
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
    QByteArray sql = "SELECT rid, id, record_no, name, sex, birth_date, id_number, phone, address,"
                     " village_code, household_id, relation, residence_type, ethnicity"
                     " FROM resident WHERE rid IN (";
    for (qsizetype i = 0; i < rids.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    Statement st(sqliteHandle(connectionName), sql);
    if (!st.get())
        return rows;
    for (qsizetype i = 0; i < rids.size(); ++i)
        st.bind(int(i + 1), rids.at(i));
    QHash<qint64, Resident> byRid;
    byRid.reserve(rids.size());
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        Resident r;
        sqlite3_stmt *s = st.get();
        r.rid = sqlite3_column_int64(s, 0);
        r.id = text(s, 1);
        r.recordNo = text(s, 2);
        r.name = text(s, 3);
        const QString sex = text(s, 4);
        r.sex = sex.isEmpty() ? QChar() : sex.at(0);
        r.birthDate = QDate::fromString(text(s, 5), Qt::ISODate);
        r.idNumber = text(s, 6);
        r.phone = text(s, 7);
        r.address = text(s, 8);
        r.villageCode = text(s, 9);
        r.householdId = text(s, 10);
        r.relation = text(s, 11);
        r.residenceType = sqlite3_column_int(s, 12);
        r.ethnicity = text(s, 13);
        byRid.insert(r.rid, r);
    }
    rows.reserve(rids.size());
    for (qint64 rid : rids)
        rows.append(byRid.value(rid));
    return rows;
}

} // namespace Models
