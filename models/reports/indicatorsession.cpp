#include "indicatorsession.h"

#include "chronicrules.h"
#include "contractrules.h"
#include "dates.h"
#include "dbaccess.h"
#include "indicatorsql.h"
#include "permission.h"
#include "population.h"
#include "sqlitestmt.h"
#include "staffdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <utility>

namespace Models {

// Where an evaluation spends its time: QT_LOGGING_RULES="jiayi.models.reports.debug=true".
Q_LOGGING_CATEGORY(lcReports, "jiayi.models.reports", QtWarningMsg)

namespace {
// Wall and process CPU time of one step, logged at debug level.
class StepTimer
{
public:
    explicit StepTimer(QString what) : m_what(std::move(what)), m_cpu(std::clock())
    {
        m_wall.start();
    }
    ~StepTimer()
    {
        qCDebug(lcReports).noquote()
            << QStringLiteral("%1 ms (cpu %2)  %3")
                   .arg(m_wall.elapsed(), 5)
                   .arg(double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC, 6, 'f', 0)
                   .arg(m_what.left(160));
    }

private:
    QString m_what;
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorEngine)
};

Error readError(const QString &detail, const QString &id = {})
{
    return makeError(QStringLiteral("indicator.query"),
                     id.isEmpty() ? Text::tr("读取指标数据失败")
                                  : Text::tr("计算指标“%1”失败").arg(id),
                     id, detail);
}

int progressHandler(void *session)
{
    return static_cast<IndicatorSession *>(session)->cancelled() ? 1 : 0;
}

IndicatorBitsPtr intersect(const IndicatorBits &a, const IndicatorBits &b)
{
    auto out = std::make_shared<IndicatorBits>();
    out->in.resize(a.in.size());
    for (size_t i = 0; i < a.in.size(); ++i) {
        out->in[i] = a.in[i] & b.in[i];
        out->count += out->in[i];
    }
    return out;
}
} // namespace

IndicatorSession::IndicatorSession(const QString &connectionName, const IndicatorCatalog &catalog,
                                   const Scope &scope, const IndicatorArea &area,
                                   const IndicatorControl &control)
    : m_conn(connectionName), m_catalog(catalog), m_scope(scope), m_area(area), m_control(control),
      m_targets(connectionName, catalog)
{
}

IndicatorSession::~IndicatorSession()
{
    if (m_h)
        sqlite3_progress_handler(m_h, 0, nullptr, nullptr);
}

bool IndicatorSession::cancelled() const
{
    return m_control.cancel && m_control.cancel->load();
}

Error IndicatorSession::cancelledError() const
{
    return makeError(QStringLiteral("indicator.cancelled"), Text::tr("已取消计算"));
}

Result<void> IndicatorSession::open()
{
    if (auto e = requirePermission(m_scope, QStringLiteral("report.read")); !e)
        return e;
    m_h = sqliteHandle(m_conn);
    if (!m_h)
        return readError(QStringLiteral("no connection ") + m_conn);
    sqlite3_progress_handler(m_h, 20000, progressHandler, this);
    // Whole-township reads touch most pages of several tables: map the file instead of copying
    // pages through read() (this connection only; a no-op where the VFS cannot map).
    sqlite3_exec(m_h, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    if (auto e = m_targets.load(); !e)
        return e;
    {
        SqliteStmt q(m_h, "SELECT code, name, level FROM area ORDER BY code");
        if (!q.ok())
            return readError(q.error());
        while (q.step()) {
            m_villageNames.insert(q.columnText(0), q.columnText(1));
            if (q.columnText(2) == QLatin1String("village"))
                m_allVillages << q.columnText(0);
        }
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    switch (m_area.kind) {
    case IndicatorArea::Kind::Village:
        if (!m_allVillages.contains(m_area.code))
            return makeError(QStringLiteral("indicator.area"),
                             Text::tr("没有这个村：%1").arg(m_area.code), QStringLiteral("area"));
        if (auto e = requireVillage(m_scope, m_area.code, QStringLiteral("area")); !e)
            return e;
        break;
    case IndicatorArea::Kind::Township:
        if (!m_area.code.isEmpty() &&
            (!digits.match(m_area.code).hasMatch() || !m_villageNames.contains(m_area.code)))
            return makeError(QStringLiteral("indicator.area"),
                             Text::tr("没有这个乡镇：%1").arg(m_area.code), QStringLiteral("area"));
        break;
    case IndicatorArea::Kind::Team:
    case IndicatorArea::Kind::Doctor:
        if (m_area.code.isEmpty())
            return makeError(QStringLiteral("indicator.area"), Text::tr("请选择团队或医生"),
                             QStringLiteral("area"));
        break;
    }
    for (const QString &v : std::as_const(m_scope.villages))
        if (!digits.match(v).hasMatch())
            return makeError(QStringLiteral("indicator.scope"), Text::tr("用户的村代码不正确"));
    auto label = areaLabel();
    if (!label)
        return label.error();
    if (m_area.label.isEmpty())
        m_area.label = *label;

    m_params.insert(QStringLiteral("area_code"), m_area.code);
    const ChronicRuleSet &rules = ChronicRuleSet::active();
    m_params.insert(QStringLiteral("min_followups"), rules.standardMinFollowups());
    m_params.insert(QStringLiteral("bp_sbp_below"), rules.controlSbpBelow());
    m_params.insert(QStringLiteral("bp_dbp_below"), rules.controlDbpBelow());
    m_params.insert(QStringLiteral("fbg_below"), rules.controlFbgBelow());
    for (const IndicatorSetting &s : m_catalog.settings()) {
        const double v = m_targets.setting(s.key);
        m_params.insert(s.key, v == std::floor(v) && std::abs(v) < 1e15 ? QVariant(qint64(v))
                                                                        : QVariant(v));
    }
    return {};
}

Result<QString> IndicatorSession::areaLabel() const
{
    switch (m_area.kind) {
    case IndicatorArea::Kind::Township:
        return m_area.code.isEmpty() ? Text::tr("全部村") : m_villageNames.value(m_area.code);
    case IndicatorArea::Kind::Village:
        return m_villageNames.value(m_area.code);
    case IndicatorArea::Kind::Team: {
        SqliteStmt q(m_h, "SELECT name FROM contract_team WHERE id = ? AND deleted = 0");
        q.text(1, m_area.code);
        if (!q.step())
            return makeError(QStringLiteral("indicator.area"),
                             Text::tr("没有这个签约团队：%1").arg(m_area.code),
                             QStringLiteral("area"));
        return q.columnText(0);
    }
    case IndicatorArea::Kind::Doctor: {
        const StaffDirectory staff(m_conn);
        if (!staff.knows(m_area.code))
            return makeError(QStringLiteral("indicator.area"),
                             Text::tr("没有这位医生：%1").arg(m_area.code), QStringLiteral("area"));
        return staff.displayName(m_area.code);
    }
    }
    return QString();
}

bool IndicatorSession::coversWholeDatabase() const
{
    if (!m_scope.allVillages)
        return false;
    if (m_area.kind != IndicatorArea::Kind::Township)
        return false;
    if (m_area.code.isEmpty())
        return true;
    for (const QString &v : m_allVillages)
        if (!v.startsWith(m_area.code))
            return false;
    return true;
}

Result<void> IndicatorSession::setPeriod(const IndicatorPeriod &period)
{
    if (!period.isValid())
        return makeError(QStringLiteral("indicator.period"),
                         Text::tr("统计期间不正确（开始日期应不晚于结束日期）"),
                         QStringLiteral("period"));
    const bool indexDependsOnPeriod = m_area.kind == IndicatorArea::Kind::Doctor;
    m_period = period;
    m_params.insert(QStringLiteral("from"), isoDate(period.from));
    m_params.insert(QStringLiteral("to"), isoDate(period.to));
    m_params.insert(QStringLiteral("months"), period.months());
    const int minFollowups = m_params.value(QStringLiteral("min_followups")).toInt();
    m_params.insert(QStringLiteral("required_followups"),
                    qMax(1, int(std::ceil(minFollowups * period.months() / 12.0 - 1e-9))));
    m_cache.clear();
    m_planner.reset();
    m_chronicTargets.clear();
    {
        SqliteStmt q(m_h, "SELECT programme, area_code, population FROM chronic_target_population"
                          " WHERE year = ?");
        q.integer(1, period.to.year());
        while (q.step())
            m_chronicTargets.insert(q.columnText(0) + QLatin1Char('|') + q.columnText(1),
                                    q.columnInt(2));
    }
    if (!m_indexRead || indexDependsOnPeriod)
        return readIndex();
    return {};
}

QString IndicatorSession::expand(const QString &sql) const
{
    return IndicatorSql::expand(sql, [this](const IndicatorSql::Marker &m) -> QString {
        const QString a = m.alias;
        if (m.kind == QLatin1String("living"))
            return Population::livingOn(a, QStringLiteral(":to"));
        if (m.kind == QLatin1String("chronic_modes")) {
            QStringList modes;
            for (int mode : ChronicRuleSet::active().standardModes())
                modes << QString::number(mode);
            return modes.join(QLatin1Char(','));
        }
        if (m.kind == QLatin1String("key_population"))
            return keyPopulationSql();
        // area
        QString where;
        switch (m_area.kind) {
        case IndicatorArea::Kind::Township:
            where = m_area.code.isEmpty()
                        ? QStringLiteral("1")
                        : QStringLiteral("%1.village_code IN (SELECT code FROM area WHERE "
                                         "parent_code = :area_code AND level = 'village')")
                              .arg(a);
            break;
        case IndicatorArea::Kind::Village:
            where = QStringLiteral("%1.village_code = :area_code").arg(a);
            break;
        case IndicatorArea::Kind::Team:
            where = QStringLiteral("%1.village_code IN (SELECT village_code FROM "
                                   "contract_team_village WHERE team_id = :area_code)")
                        .arg(a);
            break;
        case IndicatorArea::Kind::Doctor:
            where = QStringLiteral(
                        "EXISTS (SELECT 1 FROM contract ac WHERE ac.resident_id = %1.id AND "
                        "ac.deleted = 0 AND ac.doctor_id = :area_code AND ac.start_date <= :to "
                        "AND ac.cover_end >= :from)")
                        .arg(a);
            break;
        }
        if (!m_scope.allVillages) {
            QStringList quoted;
            for (const QString &v : m_scope.villages)
                quoted << QLatin1Char('\'') + v + QLatin1Char('\''); // digits only (open())
            where += quoted.isEmpty() ? QStringLiteral(" AND 0")
                                      : QStringLiteral(" AND %1.village_code IN (%2)")
                                            .arg(a, quoted.join(QLatin1Char(',')));
        }
        return QLatin1Char('(') + where + QLatin1Char(')');
    });
}

// The key populations of contract_rules.json on the day :to, as KeyPopulation::anyKeyPopulationSql
// says them, with the registrations and flags as uncorrelated IN lists: SQLite reads each table
// once instead of probing it for every resident (200,000 probes took a second).
QString IndicatorSession::keyPopulationSql()
{
    QStringList parts, programmes, flags;
    for (const KeyPopulationRule &k : ContractRules::get().keyPopulations) {
        if (k.source == QLatin1String("age")) {
            QStringList age;
            if (k.minAge >= 0)
                age << QStringLiteral("r.birth_date <= date(:to, '-%1 years')").arg(k.minAge);
            if (k.maxAge >= 0)
                age << QStringLiteral("r.birth_date > date(:to, '-%1 years')").arg(k.maxAge + 1)
                    << QStringLiteral("r.birth_date <= :to");
            parts << QLatin1Char('(') + age.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        } else if (k.source == QLatin1String("chronic")) {
            programmes << QLatin1Char('\'') + k.programme + QLatin1Char('\'');
        } else {
            flags << QLatin1Char('\'') + k.code + QLatin1Char('\'');
        }
    }
    if (!programmes.isEmpty())
        parts << QStringLiteral("r.id IN (SELECT resident_id FROM chronic_registration WHERE "
                                "programme IN (%1) AND deleted = 0 AND registered_on <= :to AND "
                                "(closed_on IS NULL OR closed_on > :to))")
                     .arg(programmes.join(QLatin1Char(',')));
    if (!flags.isEmpty())
        parts << QStringLiteral("r.id IN (SELECT resident_id FROM resident_flag WHERE flag IN "
                                "(%1) AND deleted = 0 AND since <= :to AND (until IS NULL OR "
                                "until > :to))")
                     .arg(flags.join(QLatin1Char(',')));
    return parts.isEmpty()
               ? QStringLiteral("0")
               : QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

Result<void> IndicatorSession::bind(sqlite3_stmt *st) const
{
    const int n = sqlite3_bind_parameter_count(st);
    for (int i = 1; i <= n; ++i) {
        const char *name = sqlite3_bind_parameter_name(st, i);
        if (!name)
            return readError(QStringLiteral("positional parameter"));
        const QString key = QString::fromUtf8(name + 1);
        const auto it = m_params.constFind(key);
        if (it == m_params.cend())
            return readError(QStringLiteral("unknown parameter ") + key);
        if (it->typeId() == QMetaType::QString) {
            const QByteArray b = it->toString().toUtf8();
            sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        } else if (it->typeId() == QMetaType::Double) {
            sqlite3_bind_double(st, i, it->toDouble());
        } else {
            sqlite3_bind_int64(st, i, it->toLongLong());
        }
    }
    return {};
}

QString IndicatorSession::prepareProblem(const QString &sql) const
{
    SqliteStmt q(m_h, expand(sql));
    if (!q.ok())
        return q.error();
    if (sqlite3_column_count(q.handle()) != 1)
        return Text::tr("SELECT 应只返回一列（居民 id）");
    return {};
}

Result<void> IndicatorSession::readIndex()
{
    const StepTimer timer(QStringLiteral("the residents of the area"));
    m_index = Index{};
    m_villageCodes.clear();
    m_villagePosition.clear();
    // Only residents not deleted: every denominator is inside the living population.
    SqliteStmt q(m_h, expand(QStringLiteral("SELECT r.id, r.village_code FROM resident r "
                                            "WHERE r.deleted = 0 AND {area:r}")));
    if (!q.ok())
        return readError(q.error());
    if (auto e = bind(q.handle()); !e)
        return e;
    m_index.ids.reserve(1 << 12);
    int rc;
    int row = 0;
    QByteArray lastVillage;
    int lastPosition = -1;
    while ((rc = q.stepCode()) == SQLITE_ROW) {
        const char *v = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 1));
        const int vn = sqlite3_column_bytes(q.handle(), 1);
        if (lastPosition < 0 || lastVillage != QByteArray::fromRawData(v, vn)) {
            const QString village = QString::fromUtf8(v, vn);
            auto pos = m_villagePosition.constFind(village);
            if (pos == m_villagePosition.cend()) {
                pos = m_villagePosition.insert(village, int(m_villageCodes.size()));
                m_villageCodes << village;
            }
            lastVillage = QByteArray(v, vn);
            lastPosition = *pos;
        }
        const char *id = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 0));
        if (m_index.ids.insert(id, sqlite3_column_bytes(q.handle(), 0)) !=
            int(m_index.village.size()))
            continue; // the same id twice cannot happen (UNIQUE); never count it twice
        m_index.village.push_back(lastPosition);
        if ((++row & 0xFFF) == 0 && cancelled())
            return cancelledError();
    }
    if (rc == SQLITE_INTERRUPT || cancelled())
        return cancelledError();
    if (rc != SQLITE_DONE)
        return readError(q.error());
    m_indexRead = true;
    return {};
}

Result<IndicatorBitsPtr> IndicatorSession::select(const QString &sql)
{
    const QString text = expand(sql);
    if (auto it = m_cache.constFind(text); it != m_cache.cend())
        return *it;
    const StepTimer timer(text);
    SqliteStmt q(m_h, text);
    if (!q.ok())
        return readError(q.error());
    if (sqlite3_column_count(q.handle()) != 1)
        return readError(QStringLiteral("the SELECT must return one column (resident id)"));
    if (auto e = bind(q.handle()); !e)
        return e.error();
    auto bits = std::make_shared<IndicatorBits>();
    bits->in.assign(size_t(m_index.size()), 0);
    int rc;
    while ((rc = q.stepCode()) == SQLITE_ROW) {
        const char *p = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 0));
        if (!p)
            continue;
        const int at = m_index.ids.find(p, sqlite3_column_bytes(q.handle(), 0));
        if (at < 0)
            continue; // outside the area or the caller's villages
        quint8 &b = bits->in[size_t(at)];
        bits->count += b == 0;
        b = 1;
    }
    if (rc == SQLITE_INTERRUPT || cancelled())
        return cancelledError();
    if (rc != SQLITE_DONE)
        return readError(q.error());
    IndicatorBitsPtr out = bits;
    m_cache.insert(text, out);
    return out;
}

Result<IndicatorSets> IndicatorSession::sets(const IndicatorDefinition &d)
{
    if (cancelled())
        return cancelledError();
    if (d.usesPlanner()) {
        if (!m_planner)
            if (auto e = readPlanner(); !e)
                return e.error();
        if (d.plannerMeasure == QLatin1String("timely"))
            return IndicatorSets{m_planner->timely, m_planner->timelyDue};
        const auto it = m_planner->bySeries.constFind(d.plannerSeries);
        if (it == m_planner->bySeries.cend()) {
            auto none = std::make_shared<IndicatorBits>();
            none->in.assign(size_t(m_index.size()), 0);
            return IndicatorSets{none, none};
        }
        return IndicatorSets{it->second, it->first};
    }
    auto den = select(d.denominator.sql);
    if (!den) {
        Error e = den.error();
        if (e.code != QLatin1String("indicator.cancelled"))
            e = readError(e.detail, d.id);
        return e;
    }
    auto num = select(d.numerator.sql);
    if (!num) {
        Error e = num.error();
        if (e.code != QLatin1String("indicator.cancelled"))
            e = readError(e.detail, d.id);
        return e;
    }
    return IndicatorSets{intersect(**num, **den), *den};
}

std::optional<qint64> IndicatorSession::expectedPatients(const QString &programme,
                                                         const QString &area) const
{
    const auto it = m_chronicTargets.constFind(programme + QLatin1Char('|') + area);
    if (it == m_chronicTargets.cend())
        return std::nullopt;
    return *it;
}

// The count of one village (village >= 0) or of the whole area (village < 0).
IndicatorSession::Tally IndicatorSession::tally(const IndicatorSets &s) const
{
    Tally t;
    t.numerator.assign(size_t(m_villageCodes.size()), 0);
    t.denominator.assign(size_t(m_villageCodes.size()), 0);
    const std::vector<quint8> &num = s.numerator->in, &den = s.denominator->in;
    for (size_t i = 0; i < den.size(); ++i)
        if (den[i]) {
            const size_t v = size_t(m_index.village[i]);
            ++t.denominator[v];
            t.numerator[v] += num[i];
        }
    return t;
}

IndicatorCount IndicatorSession::count(const IndicatorDefinition &d, const IndicatorSets &s,
                                       const Tally &t, int village) const
{
    IndicatorCount c;
    if (village < 0) {
        c.numerator = s.numerator->count;
        c.denominatorResidents = s.denominator->count;
    } else {
        c.numerator = t.numerator[size_t(village)];
        c.denominatorResidents = t.denominator[size_t(village)];
    }
    c.denominator = c.denominatorResidents;
    const IndicatorSide::Count kind = d.denominator.count;
    if (kind == IndicatorSide::Count::Residents)
        return c;
    // A figure set for this village or area replaces the registered residents.
    auto figure = [&](const QString &code) -> std::optional<qint64> {
        if (kind == IndicatorSide::Count::Population)
            return m_targets.population(code);
        return expectedPatients(d.denominator.prevalence, code);
    };
    auto estimate = [&](qint64 residents) {
        if (kind == IndicatorSide::Count::Population)
            return residents;
        const double rate =
            m_targets.setting(QStringLiteral("prevalence_") + d.denominator.prevalence);
        return qint64(std::llround(double(residents) * rate));
    };
    if (village >= 0) {
        const std::optional<qint64> f = figure(m_villageCodes.at(village));
        c.denominator = f ? *f : estimate(c.denominatorResidents);
        c.denominatorFromSetting = f.has_value() || kind == IndicatorSide::Count::Prevalence;
        return c;
    }
    std::optional<qint64> whole;
    if (m_area.kind == IndicatorArea::Kind::Village ||
        (m_area.kind == IndicatorArea::Kind::Township && !m_area.code.isEmpty()))
        whole = figure(m_area.code);
    if (!whole && kind == IndicatorSide::Count::Prevalence && coversWholeDatabase())
        whole = figure(QString()); // the chronic screen's figure for the whole database
    if (whole) {
        c.denominator = *whole;
        c.denominatorFromSetting = true;
        return c;
    }
    // The sum of the villages, each with its own figure or count; estimates are added unrounded
    // (five villages of 0.4 expected patients are 2, not 0).
    double sum = 0;
    c.denominatorFromSetting = kind == IndicatorSide::Count::Prevalence;
    const double rate =
        kind == IndicatorSide::Count::Prevalence
            ? m_targets.setting(QStringLiteral("prevalence_") + d.denominator.prevalence)
            : 1.0;
    for (int v = 0; v < m_villageCodes.size(); ++v) {
        if (const std::optional<qint64> f = figure(m_villageCodes.at(v))) {
            sum += double(*f);
            c.denominatorFromSetting = true;
        } else {
            sum += double(t.denominator[size_t(v)]) * rate;
        }
    }
    c.denominator = qint64(std::llround(sum));
    return c;
}

Result<IndicatorResult> IndicatorSession::evaluate(const IndicatorDefinition &d)
{
    auto s = sets(d);
    if (!s)
        return s.error();
    IndicatorResult r;
    r.id = d.id;
    const Tally t = tally(*s);
    r.total = count(d, *s, t, -1);
    for (int v = 0; v < m_villageCodes.size(); ++v) {
        VillageCount vc{m_villageCodes.at(v), m_villageNames.value(m_villageCodes.at(v)),
                        count(d, *s, t, v)};
        if (vc.count.denominatorResidents > 0 || vc.count.denominator > 0)
            r.villages << vc;
    }
    std::sort(r.villages.begin(), r.villages.end(),
              [](const VillageCount &a, const VillageCount &b) { return a.code < b.code; });
    r.target = m_targets.target(d.id);
    r.targetSource = m_targets.targetSource(d.id);
    const std::optional<double> value = r.total.value();
    if (!r.target) {
        r.status = TargetStatus::NoTarget;
    } else if (!value) {
        r.status = TargetStatus::NoData;
    } else {
        const double gap = d.higherIsBetter ? *r.target - *value : *value - *r.target;
        r.gapPoints = gap;
        const double near = m_targets.setting(QStringLiteral("near_target_points"));
        r.status = gap <= 1e-9 ? TargetStatus::Met
                               : (gap <= near ? TargetStatus::Near : TargetStatus::Below);
        const double needed = *r.target / 100.0 * double(r.total.denominator);
        r.gapResidents =
            d.higherIsBetter
                ? qMax<qint64>(0, qint64(std::ceil(needed - 1e-9)) - r.total.numerator)
                : qMax<qint64>(0, r.total.numerator - qint64(std::floor(needed + 1e-9)));
    }
    return r;
}

Result<QVector<IndicatorPerson>> IndicatorSession::people(const IndicatorBits &set,
                                                          const QString &villageCode)
{
    QString sql =
        QStringLiteral("SELECT r.id, r.name, r.sex, r.birth_date, r.village_code, "
                       "r.phone, r.record_no FROM resident r WHERE r.deleted = 0 AND {area:r}");
    if (!villageCode.isEmpty())
        sql += QStringLiteral(" AND r.village_code = :village");
    sql += QStringLiteral(" ORDER BY r.village_code, r.sort_key");
    m_params.insert(QStringLiteral("village"), villageCode);
    SqliteStmt q(m_h, expand(sql));
    if (!q.ok())
        return readError(q.error());
    if (auto e = bind(q.handle()); !e)
        return e.error();
    QVector<IndicatorPerson> out;
    int rc;
    while ((rc = q.stepCode()) == SQLITE_ROW) {
        const char *p = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 0));
        const int at = m_index.ids.find(p, sqlite3_column_bytes(q.handle(), 0));
        if (at < 0 || !set.in[size_t(at)])
            continue;
        IndicatorPerson person;
        person.residentId = q.columnText(0);
        person.name = q.columnText(1);
        person.sex = q.columnText(2);
        person.birth = q.columnDate(3);
        person.villageCode = q.columnText(4);
        person.villageName = m_villageNames.value(person.villageCode);
        person.phone = q.columnText(5);
        person.recordNo = q.columnText(6);
        out << person;
    }
    if (rc == SQLITE_INTERRUPT || cancelled())
        return cancelledError();
    if (rc != SQLITE_DONE)
        return readError(q.error());
    return out;
}

} // namespace Models
