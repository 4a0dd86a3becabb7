#include "chronicworklist.h"
#include "dates.h"

#include <QCollator>

#include "areacode.h"
#include "chronicrules.h"
#include "dbaccess.h"
#include "permission.h"
#include "population.h"
#include "sqlitestmt.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChronicWorklist)
};

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

Error sqliteError(const SqliteStmt &q)
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
    case WorklistKind::DueByWeek:
        return QStringLiteral("due-by-week");
    }
    return {};
}

std::optional<WorklistKind> worklistKindFromCode(const QString &code)
{
    for (auto k : {WorklistKind::DueWeek, WorklistKind::DueMonth, WorklistKind::Overdue,
                   WorklistKind::NotSeenQuarter, WorklistKind::Lost, WorklistKind::AllOpen,
                   WorklistKind::DueByWeek})
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
    case WorklistKind::DueByWeek:
        return Text::tr("逾期及本周到期");
    }
    return {};
}

QJsonObject WorklistRow::toJson() const
{
    return QJsonObject{{QStringLiteral("registration_id"), registrationId},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("sex"), sex},
                       {QStringLiteral("birth_date"), isoDate(birthDate)},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("village_code"), villageCode},
                       {QStringLiteral("village"), villageName},
                       {QStringLiteral("programme"), programme},
                       {QStringLiteral("doctor_id"), doctorId},
                       {QStringLiteral("last_visit"),
                        lastVisit.isValid() ? QJsonValue(isoDate(lastVisit)) : QJsonValue()},
                       {QStringLiteral("last_class"),
                        lastClass ? QJsonValue(classCode(FollowupClass(lastClass))) : QJsonValue()},
                       {QStringLiteral("next_due"), isoDate(nextDue)},
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
        w.binds << isoDate(today) << isoDate(weekEnd);
        break;
    case WorklistKind::DueMonth:
        w.sql = QStringLiteral("g.closed_on IS NULL AND s.next_due >= ? AND s.next_due <= ?");
        w.binds << isoDate(today) << isoDate(monthEnd);
        break;
    case WorklistKind::Overdue:
        w.sql = QStringLiteral("g.closed_on IS NULL AND s.next_due < ?");
        w.binds << isoDate(today);
        break;
    case WorklistKind::DueByWeek:
        w.sql = QStringLiteral("g.closed_on IS NULL AND s.next_due <= ?");
        w.binds << isoDate(weekEnd);
        break;
    case WorklistKind::NotSeenQuarter:
        w.sql =
            QStringLiteral("g.closed_on IS NULL AND (s.last_visit IS NULL OR s.last_visit < ?)");
        w.binds << isoDate(quarterStart);
        break;
    case WorklistKind::Lost:
        w.sql =
            QStringLiteral("((g.closed_on IS NULL AND s.next_due < ?) OR g.close_reason = 'lost')");
        w.binds << isoDate(lostBefore);
        break;
    case WorklistKind::AllOpen:
        w.sql = QStringLiteral("g.closed_on IS NULL");
        break;
    }
    // Nobody who has died, moved away or whose record was closed by today is due anything.
    w.add(Population::livingOn(QStringLiteral("r"), QStringLiteral("?")), isoDate(today));
    w.add(QStringLiteral("r.village_code = ?"), f.villageCode);
    if (f.villageCode.isEmpty() && !f.areaPrefix.isEmpty()) {
        w.add(QStringLiteral("r.village_code >= ?"), f.areaPrefix);
        w.add(QStringLiteral("r.village_code < ?"), AreaCode::after(f.areaPrefix));
    }
    w.add(QStringLiteral("g.doctor_id = ?"), f.doctorId);
    w.add(QStringLiteral("g.programme = ?"), f.programme);
    w.add(QStringLiteral("g.resident_id = ?"), f.residentId);
    w.scope(scope, QStringLiteral("r.village_code"));
    // The join order follows the filter (CROSS JOIN fixes it; sampled statistics led SQLite to
    // read every resident of the township for a few thousand due dates, or every due date of the
    // township for one village): one village from its residents, the whole area from the
    // schedule's dates, one resident as the planner likes.
    QString from =
        QStringLiteral("chronic_schedule s JOIN chronic_registration g ON g.id = s.registration_id"
                       " JOIN resident r ON r.id = g.resident_id");
    if (f.residentId.isEmpty() && !f.villageCode.isEmpty())
        from = QStringLiteral("resident r CROSS JOIN chronic_registration g ON g.resident_id = r.id"
                              " CROSS JOIN chronic_schedule s ON s.registration_id = g.id");
    else if (f.residentId.isEmpty() &&
             (f.kind == WorklistKind::Overdue || f.kind == WorklistKind::DueWeek ||
              f.kind == WorklistKind::DueMonth || f.kind == WorklistKind::DueByWeek))
        from = QStringLiteral(
            "chronic_schedule s CROSS JOIN chronic_registration g ON g.id = s.registration_id"
            " CROSS JOIN resident r ON r.id = g.resident_id");
    SqliteStmt q(
        sqliteHandle(conn),
        QStringLiteral(
            "SELECT g.id, g.resident_id, r.name, r.sex, r.birth_date, r.phone, r.address,"
            " r.village_code, a.name, g.programme, g.doctor_id, s.last_visit, s.last_class,"
            " s.next_due, g.close_reason"
            " FROM %2 LEFT JOIN area a ON a.code = r.village_code"
            " WHERE g.deleted = 0 AND %1"
            " ORDER BY s.next_due, r.village_code, r.sort_key")
            .arg(w.sql, from));
    if (!q.ok())
        return sqliteError(q);
    for (int i = 0; i < w.binds.size(); ++i)
        q.text(i + 1, w.binds.at(i));
    QVector<WorklistRow> rows;
    while (q.step()) {
        WorklistRow r;
        r.registrationId = q.columnText(0);
        r.residentId = q.columnText(1);
        r.name = q.columnText(2);
        r.sex = q.columnText(3);
        r.birthDate = date(q.columnText(4));
        r.phone = q.columnText(5);
        r.address = q.columnText(6);
        r.villageCode = q.columnText(7);
        r.villageName = q.columnText(8);
        r.programme = q.columnText(9);
        r.doctorId = q.columnText(10);
        r.lastVisit = date(q.columnText(11));
        r.lastClass = int(q.columnInt(12));
        r.nextDue = date(q.columnText(13));
        r.daysOverdue = r.nextDue.isValid() && r.nextDue < today ? int(r.nextDue.daysTo(today)) : 0;
        r.closeReason = q.columnText(14);
        rows.append(r);
    }
    return rows;
}

Result<QVector<StaffPerson>> chronicDoctors(const QString &conn, const Scope &scope)
{
    if (auto e = requirePermission(scope, QStringLiteral("chronic.read")); !e)
        return e.error();
    Filters w;
    w.scope(scope, QStringLiteral("r.village_code"));
    SqliteStmt q(
        sqliteHandle(conn),
        QStringLiteral("SELECT DISTINCT g.doctor_id FROM chronic_registration g JOIN resident "
                       "r ON r.id = g.resident_id"
                       " WHERE g.deleted = 0 AND g.doctor_id <> '' %1 ORDER BY 1")
            .arg(w.sql));
    if (!q.ok())
        return sqliteError(q);
    for (int i = 0; i < w.binds.size(); ++i)
        q.text(i + 1, w.binds.at(i));
    const StaffDirectory staff(conn);
    QVector<StaffPerson> out;
    while (q.step()) {
        StaffPerson p;
        p.key = q.columnText(0);
        p.name = staff.displayName(p.key);
        out << p;
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(out.begin(), out.end(), [&](const StaffPerson &a, const StaffPerson &b) {
        return collator.compare(a.name, b.name) < 0;
    });
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
    const QString yearStart = isoDate(QDate(f.year, 1, 1));
    const QString yearEnd = isoDate(QDate(f.year, 12, 31));
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
        // Denominator: registrations under management at some time in the year, of residents
        // still in the population on its last day (a death or a move takes them out of the
        // year's figures; earlier years keep them).
        Filters w;
        w.binds << programme << yearEnd << yearStart;
        w.add(Population::livingOn(QStringLiteral("r"), QStringLiteral("?")), yearEnd);
        w.add(QStringLiteral("r.village_code = ?"), f.villageCode);
        w.add(QStringLiteral("g.doctor_id = ?"), f.doctorId);
        w.scope(scope, QStringLiteral("r.village_code"));
        SqliteStmt reg(
            h,
            QStringLiteral(
                "SELECT g.id, g.resident_id, r.name, r.village_code FROM chronic_registration g"
                " JOIN resident r ON r.id = g.resident_id WHERE g.programme = ? AND g.deleted = 0"
                " AND g.registered_on <= ? AND (g.closed_on IS NULL OR "
                "g.closed_on >= ?)"
                " %1 ORDER BY r.village_code, r.sort_key")
                .arg(w.sql));
        if (!reg.ok())
            return sqliteError(reg);
        for (int i = 0; i < w.binds.size(); ++i)
            reg.text(i + 1, w.binds.at(i));
        QVector<IndicatorMember> managed;
        QHash<QString, int> index;
        while (reg.step()) {
            index.insert(reg.columnText(0), int(managed.size()));
            managed.append(IndicatorMember{reg.columnText(0), reg.columnText(1), reg.columnText(2),
                                           reg.columnText(3)});
        }
        // Follow-ups of the year, in date order: count the visits that count, keep the latest
        // measurement.
        QVector<int> visits(managed.size(), 0);
        QVector<int> latest(managed.size(), -1); // 1 at target, 0 not
        SqliteStmt fu(
            h, QStringLiteral(
                   "SELECT registration_id, mode, sbp, dbp, fbg FROM chronic_followup"
                   " WHERE visit_date >= ? AND visit_date <= ? AND programme = ? AND deleted = 0"
                   " ORDER BY visit_date"));
        if (!fu.ok())
            return sqliteError(fu);
        fu.text(1, yearStart);
        fu.text(2, yearEnd);
        fu.text(3, programme);
        while (fu.step()) {
            const auto it = index.constFind(fu.columnText(0));
            if (it == index.constEnd())
                continue;
            if (modes.contains(int(fu.columnInt(1))))
                ++visits[*it];
            if (diabetes) {
                if (!fu.columnIsNull(4))
                    latest[*it] = int(std::lround(fu.columnReal(4) * 10)) < fbgBelow ? 1 : 0;
            } else if (!fu.columnIsNull(2) && !fu.columnIsNull(3)) {
                latest[*it] = fu.columnInt(2) < rules.controlSbpBelow() &&
                                      fu.columnInt(3) < rules.controlDbpBelow()
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
            SqliteStmt tp(h,
                          QStringLiteral("SELECT population FROM chronic_target_population WHERE "
                                         "programme = ? AND year = ? AND area_code = ?"));
            tp.text(1, programme);
            tp.integer(2, qint64(f.year));
            tp.text(3, f.villageCode);
            if (tp.step())
                mgmt.denominator = tp.columnInt(0);
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
