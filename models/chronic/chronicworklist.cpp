#include "chronicworklist.h"

#include "chronicrules.h"
#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <sqlite3.h>

#include <cmath>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChronicWorklist)
};

// Just enough of the sqlite3 API for the hot read paths (see residentsearch.cpp).
class Query
{
public:
    Query(sqlite3 *h, const QString &sql)
    {
        const QByteArray s = sql.toUtf8();
        m_ok = sqlite3_prepare_v2(h, s.constData(), int(s.size()), &m_st, nullptr) == SQLITE_OK;
        if (!m_ok)
            m_error = QString::fromUtf8(sqlite3_errmsg(h));
    }
    ~Query() { sqlite3_finalize(m_st); }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    void bind(int i, const QString &s)
    {
        const QByteArray b = s.toUtf8();
        sqlite3_bind_text(m_st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_st, i, v); }
    bool next() { return sqlite3_step(m_st) == SQLITE_ROW; }
    QString text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_st, i)) : QString();
    }
    bool isNull(int i) const { return sqlite3_column_type(m_st, i) == SQLITE_NULL; }
    qint64 integer(int i) const { return sqlite3_column_int64(m_st, i); }
    double real(int i) const { return sqlite3_column_double(m_st, i); }
    Q_DISABLE_COPY_MOVE(Query)

private:
    sqlite3_stmt *m_st = nullptr;
    bool m_ok = false;
    QString m_error;
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

// Extra WHERE terms and their binds for the village, doctor, programme and scope filters.
struct Filters
{
    QString sql;
    QStringList binds;
    void add(const QString &clause, const QString &value)
    {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND ") + clause;
        binds << value;
    }
    void scope(const Scope &s, const QString &column)
    {
        if (s.allVillages)
            return;
        QStringList marks;
        for (const QString &v : s.villages) {
            marks << QStringLiteral("?");
            binds << v;
        }
        sql += QStringLiteral(" AND %1 IN (%2)")
                   .arg(column, marks.isEmpty() ? QStringLiteral("''") : marks.join(u','));
    }
};

Error sqliteError(const Query &q)
{
    return makeError(QStringLiteral("db.query"), Text::tr("读取慢病数据失败"), {}, q.error());
}

} // namespace

QString worklistKindCode(WorklistKind k)
{
    switch (k) {
    case WorklistKind::DueWeek:
        return QStringLiteral("due-week");
    case WorklistKind::DueMonth:
        return QStringLiteral("due-month");
    case WorklistKind::Overdue:
        return QStringLiteral("overdue");
    case WorklistKind::NotSeenQuarter:
        return QStringLiteral("not-seen-quarter");
    case WorklistKind::Lost:
        return QStringLiteral("lost");
    case WorklistKind::AllOpen:
        return QStringLiteral("open");
    }
    return {};
}

std::optional<WorklistKind> worklistKindFromCode(const QString &code)
{
    for (auto k : {WorklistKind::DueWeek, WorklistKind::DueMonth, WorklistKind::Overdue,
                   WorklistKind::NotSeenQuarter, WorklistKind::Lost, WorklistKind::AllOpen})
        if (worklistKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString worklistKindLabel(WorklistKind k)
{
    switch (k) {
    case WorklistKind::DueWeek:
        return Text::tr("本周到期");
    case WorklistKind::DueMonth:
        return Text::tr("本月到期");
    case WorklistKind::Overdue:
        return Text::tr("已逾期");
    case WorklistKind::NotSeenQuarter:
        return Text::tr("本季度未随访");
    case WorklistKind::Lost:
        return Text::tr("失访");
    case WorklistKind::AllOpen:
        return Text::tr("全部在管");
    }
    return {};
}

QJsonObject WorklistRow::toJson() const
{
    return QJsonObject{{QStringLiteral("registration_id"), registrationId},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("sex"), sex},
                       {QStringLiteral("birth_date"), iso(birthDate)},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("village_code"), villageCode},
                       {QStringLiteral("village"), villageName},
                       {QStringLiteral("programme"), programme},
                       {QStringLiteral("doctor_id"), doctorId},
                       {QStringLiteral("last_visit"),
                        lastVisit.isValid() ? QJsonValue(iso(lastVisit)) : QJsonValue()},
                       {QStringLiteral("last_class"),
                        lastClass ? QJsonValue(classCode(FollowupClass(lastClass))) : QJsonValue()},
                       {QStringLiteral("next_due"), iso(nextDue)},
                       {QStringLiteral("days_overdue"), daysOverdue},
                       {QStringLiteral("close_reason"), closeReason}};
}

Result<QVector<WorklistRow>> chronicWorklist(const QString &conn, const Scope &scope,
                                             const WorklistFilter &f, const ChronicRuleSet &rules)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    const QDate today = f.today;
    const QDate weekEnd = today.addDays(7 - today.dayOfWeek());
    const QDate monthEnd = QDate(today.year(), today.month(), today.daysInMonth());
    const QDate quarterStart = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    const QDate lostBefore = today.addDays(-rules.lostAfterDaysOverdue());
    Filters w;
    switch (f.kind) {
    case WorklistKind::DueWeek:
        w.sql = QStringLiteral("g.closed_on IS NULL AND s.next_due >= ? AND s.next_due <= ?");
        w.binds << iso(today) << iso(weekEnd);
        break;
    case WorklistKind::DueMonth:
        w.sql = QStringLiteral("g.closed_on IS NULL AND s.next_due >= ? AND s.next_due <= ?");
        w.binds << iso(today) << iso(monthEnd);
        break;
    case WorklistKind::Overdue:
        w.sql = QStringLiteral("g.closed_on IS NULL AND s.next_due < ?");
        w.binds << iso(today);
        break;
    case WorklistKind::NotSeenQuarter:
        w.sql =
            QStringLiteral("g.closed_on IS NULL AND (s.last_visit IS NULL OR s.last_visit < ?)");
        w.binds << iso(quarterStart);
        break;
    case WorklistKind::Lost:
        w.sql =
            QStringLiteral("((g.closed_on IS NULL AND s.next_due < ?) OR g.close_reason = 'lost')");
        w.binds << iso(lostBefore);
        break;
    case WorklistKind::AllOpen:
        w.sql = QStringLiteral("g.closed_on IS NULL");
        break;
    }
    w.add(QStringLiteral("r.village_code = ?"), f.villageCode);
    w.add(QStringLiteral("g.doctor_id = ?"), f.doctorId);
    w.add(QStringLiteral("g.programme = ?"), f.programme);
    w.add(QStringLiteral("g.resident_id = ?"), f.residentId);
    w.scope(scope, QStringLiteral("r.village_code"));
    Query q(
        sqliteHandle(conn),
        QStringLiteral(
            "SELECT g.id, g.resident_id, r.name, r.sex, r.birth_date, r.phone, r.address,"
            " r.village_code, a.name, g.programme, g.doctor_id, s.last_visit, s.last_class,"
            " s.next_due, g.close_reason"
            " FROM chronic_schedule s JOIN chronic_registration g ON g.id = s.registration_id"
            " JOIN resident r ON r.id = g.resident_id LEFT JOIN area a ON a.code = r.village_code"
            " WHERE g.deleted = 0 AND r.deleted = 0 AND %1"
            " ORDER BY s.next_due, r.village_code, r.sort_key")
            .arg(w.sql));
    if (!q.ok())
        return sqliteError(q);
    for (int i = 0; i < w.binds.size(); ++i)
        q.bind(i + 1, w.binds.at(i));
    QVector<WorklistRow> rows;
    while (q.next()) {
        WorklistRow r;
        r.registrationId = q.text(0);
        r.residentId = q.text(1);
        r.name = q.text(2);
        r.sex = q.text(3);
        r.birthDate = date(q.text(4));
        r.phone = q.text(5);
        r.address = q.text(6);
        r.villageCode = q.text(7);
        r.villageName = q.text(8);
        r.programme = q.text(9);
        r.doctorId = q.text(10);
        r.lastVisit = date(q.text(11));
        r.lastClass = int(q.integer(12));
        r.nextDue = date(q.text(13));
        r.daysOverdue = r.nextDue.isValid() && r.nextDue < today ? int(r.nextDue.daysTo(today)) : 0;
        r.closeReason = q.text(14);
        rows.append(r);
    }
    return rows;
}

Result<QStringList> chronicDoctors(const QString &conn, const Scope &scope)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    Filters w;
    w.scope(scope, QStringLiteral("r.village_code"));
    Query q(sqliteHandle(conn),
            QStringLiteral("SELECT DISTINCT g.doctor_id FROM chronic_registration g JOIN resident "
                           "r ON r.id = g.resident_id"
                           " WHERE g.deleted = 0 AND g.doctor_id <> '' %1 ORDER BY 1")
                .arg(w.sql));
    if (!q.ok())
        return sqliteError(q);
    for (int i = 0; i < w.binds.size(); ++i)
        q.bind(i + 1, w.binds.at(i));
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

std::optional<double> Indicator::rate() const
{
    if (denominator <= 0)
        return std::nullopt;
    return std::round(1000.0 * double(numerator) / double(denominator)) / 10.0;
}

QJsonObject Indicator::toJson(bool withLists) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("programme"), programme},
                  {QStringLiteral("numerator"), numerator},
                  {QStringLiteral("denominator"), denominator},
                  {QStringLiteral("rate"), rate() ? QJsonValue(*rate()) : QJsonValue()},
                  {QStringLiteral("definition"), definition}};
    if (withLists) {
        auto list = [](const QVector<IndicatorMember> &members) {
            QJsonArray a;
            for (const IndicatorMember &m : members)
                a.append(QJsonObject{{QStringLiteral("registration_id"), m.registrationId},
                                     {QStringLiteral("resident_id"), m.residentId},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("village_code"), m.villageCode}});
            return a;
        };
        o.insert(QStringLiteral("numerator_list"), list(numeratorList));
        o.insert(QStringLiteral("denominator_list"), list(denominatorList));
    }
    return o;
}

Result<QVector<Indicator>> chronicIndicators(const QString &conn, const Scope &scope,
                                             const IndicatorFilter &f, const ChronicRuleSet &rules)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    if (f.year < 1990 || f.year > 2200)
        return makeError(QStringLiteral("indicator.year"), Text::tr("年份不正确"),
                         QStringLiteral("year"));
    const QString yearStart = iso(QDate(f.year, 1, 1));
    const QString yearEnd = iso(QDate(f.year, 12, 31));
    sqlite3 *h = sqliteHandle(conn);
    QVector<Indicator> out;
    const QStringList programmes =
        f.programme.isEmpty()
            ? QStringList{QStringLiteral("hypertension"), QStringLiteral("diabetes")}
            : QStringList{f.programme};
    const QList<int> modes = rules.standardModes();
    const int fbgBelow = int(std::lround(rules.controlFbgBelow() * 10));
    for (const QString &programme : programmes) {
        const bool diabetes = programme == QLatin1String("diabetes");
        // Denominator: registrations under management at some time in the year.
        Filters w;
        w.binds << programme << yearEnd << yearStart;
        w.add(QStringLiteral("r.village_code = ?"), f.villageCode);
        w.add(QStringLiteral("g.doctor_id = ?"), f.doctorId);
        w.scope(scope, QStringLiteral("r.village_code"));
        Query reg(
            h,
            QStringLiteral(
                "SELECT g.id, g.resident_id, r.name, r.village_code FROM chronic_registration g"
                " JOIN resident r ON r.id = g.resident_id WHERE g.programme = ? AND g.deleted = 0"
                " AND r.deleted = 0 AND g.registered_on <= ? AND (g.closed_on IS NULL OR "
                "g.closed_on >= ?)"
                " %1 ORDER BY r.village_code, r.sort_key")
                .arg(w.sql));
        if (!reg.ok())
            return sqliteError(reg);
        for (int i = 0; i < w.binds.size(); ++i)
            reg.bind(i + 1, w.binds.at(i));
        QVector<IndicatorMember> managed;
        QHash<QString, int> index;
        while (reg.next()) {
            index.insert(reg.text(0), int(managed.size()));
            managed.append(IndicatorMember{reg.text(0), reg.text(1), reg.text(2), reg.text(3)});
        }
        // Follow-ups of the year, in date order: count the visits that count, keep the latest
        // measurement.
        QVector<int> visits(managed.size(), 0);
        QVector<int> latest(managed.size(), -1); // 1 at target, 0 not
        Query fu(h,
                 QStringLiteral(
                     "SELECT registration_id, mode, sbp, dbp, fbg FROM chronic_followup"
                     " WHERE visit_date >= ? AND visit_date <= ? AND programme = ? AND deleted = 0"
                     " ORDER BY visit_date"));
        if (!fu.ok())
            return sqliteError(fu);
        fu.bind(1, yearStart);
        fu.bind(2, yearEnd);
        fu.bind(3, programme);
        while (fu.next()) {
            const auto it = index.constFind(fu.text(0));
            if (it == index.constEnd())
                continue;
            if (modes.contains(int(fu.integer(1))))
                ++visits[*it];
            if (diabetes) {
                if (!fu.isNull(4))
                    latest[*it] = int(std::lround(fu.real(4) * 10)) < fbgBelow ? 1 : 0;
            } else if (!fu.isNull(2) && !fu.isNull(3)) {
                latest[*it] = fu.integer(2) < rules.controlSbpBelow() &&
                                      fu.integer(3) < rules.controlDbpBelow()
                                  ? 1
                                  : 0;
            }
        }
        // 管理率, where a target population is set for the area (not per doctor).
        Indicator mgmt;
        mgmt.id = QStringLiteral("management_rate");
        mgmt.programme = programme;
        mgmt.label = diabetes ? Text::tr("2型糖尿病患者管理率") : Text::tr("高血压患者管理率");
        mgmt.definition = Text::tr("年内在管患者数 ÷ 辖区应管理患者数（需先设定应管理人数）");
        mgmt.numerator = managed.size();
        mgmt.numeratorList = managed;
        if (f.doctorId.isEmpty()) {
            Query tp(h, QStringLiteral("SELECT population FROM chronic_target_population WHERE "
                                       "programme = ? AND year = ? AND area_code = ?"));
            tp.bind(1, programme);
            tp.bind(2, qint64(f.year));
            tp.bind(3, f.villageCode);
            if (tp.next())
                mgmt.denominator = tp.integer(0);
        }
        Indicator standard;
        standard.id = QStringLiteral("standard_management_rate");
        standard.programme = programme;
        standard.label =
            diabetes ? Text::tr("2型糖尿病患者规范管理率") : Text::tr("高血压患者规范管理率");
        standard.definition = Text::tr("年内面对面随访不少于 %1 次的患者数 ÷ 年内在管患者数")
                                  .arg(rules.standardMinFollowups());
        standard.denominator = managed.size();
        standard.denominatorList = managed;
        Indicator control;
        control.id =
            diabetes ? QStringLiteral("fbg_control_rate") : QStringLiteral("bp_control_rate");
        control.programme = programme;
        control.label = diabetes ? Text::tr("管理人群血糖控制率") : Text::tr("管理人群血压控制率");
        control.definition = diabetes ? Text::tr("年内最近一次随访空腹血糖 < %1 mmol/L 的患者数 ÷ "
                                                 "年内在管患者数（无随访者计为未达标）")
                                            .arg(rules.controlFbgBelow(), 0, 'f', 1)
                                      : Text::tr("年内最近一次随访血压 < %1/%2 mmHg 的患者数 ÷ "
                                                 "年内在管患者数（无随访者计为未达标）")
                                            .arg(rules.controlSbpBelow())
                                            .arg(rules.controlDbpBelow());
        control.denominator = managed.size();
        control.denominatorList = managed;
        for (qsizetype i = 0; i < managed.size(); ++i) {
            if (visits.at(i) >= rules.standardMinFollowups())
                standard.numeratorList.append(managed.at(i));
            if (latest.at(i) == 1)
                control.numeratorList.append(managed.at(i));
        }
        standard.numerator = standard.numeratorList.size();
        control.numerator = control.numeratorList.size();
        out << mgmt << standard << control;
    }
    return out;
}

} // namespace Models
