#include "indicatorsession.h"

#include "chronicrules.h"
#include "dates.h"
#include "dbaccess.h"
#include "indicatorsql.h"
#include "logging.h"
#include "permission.h"
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
// Wall and thread CPU time of one step, logged at debug level.
class StepTimer
{
public:
    explicit StepTimer(QString what) : m_what(std::move(what)), m_cpu(threadCpuMs())
    {
        m_wall.start();
    }
    ~StepTimer()
    {
        qCDebug(lcReports).noquote() << QStringLiteral("%1 ms (thread cpu %2)  %3")
                                            .arg(m_wall.elapsed(), 5)
                                            .arg(threadCpuMs() - m_cpu, 6, 'f', 0)
                                            .arg(m_what.left(160));
    }

private:
    QString m_what;
    QElapsedTimer m_wall;
    double m_cpu;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorEngine)
};

} // namespace

Error indicatorReadError(const QString &detail, const QString &id)
{
    return makeError(QStringLiteral("indicator.query"),
                     id.isEmpty() ? Text::tr("读取指标数据失败")
                                  : Text::tr("计算指标“%1”失败").arg(id),
                     id, detail);
}

namespace {
Error readError(const QString &detail, const QString &id = {})
{
    return indicatorReadError(detail, id);
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
    mapWholeFile(m_h); // whole-township reads touch most pages of several tables
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

void IndicatorSession::adoptIndex(const IndicatorSession &other)
{
    if (!other.m_indexRead)
        return;
    m_index = other.m_index;
    m_villageCodes = other.m_villageCodes;
    m_villagePosition = other.m_villagePosition;
    m_indexRead = true;
}

namespace {
// 'YYYY-MM-DD' as yyyymmdd; NULL (no text at all) as 0. Anything else clears *exact.
qint32 yyyymmdd(const char *p, int n, bool *exact)
{
    if (!p)
        return 0;
    qint32 v = 0;
    for (int i = 0; i < 10 && n == 10; ++i) {
        if (i == 4 || i == 7) {
            if (p[i] != '-')
                break;
            continue;
        }
        if (p[i] < '0' || p[i] > '9')
            break;
        v = v * 10 + (p[i] - '0');
        if (i == 9)
            return v;
    }
    *exact = false;
    return 0;
}
} // namespace

Result<void> IndicatorSession::readIndex()
{
    const StepTimer timer(QStringLiteral("the residents of the area"));
    m_index = Index{};
    m_villageCodes.clear();
    m_villagePosition.clear();
    // Only residents not deleted: every denominator is inside the living population.
    SqliteStmt q(m_h, expand(QStringLiteral("SELECT r.id, r.village_code, r.life_date FROM "
                                            "resident r WHERE r.deleted = 0 AND {area:r}")));
    if (!q.ok())
        return readError(q.error());
    if (auto e = bind(q.handle()); !e)
        return e;
    // Room for every resident at once (row numbers are dense): growing the table as it filled
    // rehashed it seven times on the way to a township's 200,000.
    const qint64 rows = std::max<qint64>(residentRowsEstimate(m_h), 1 << 12);
    m_index.ids.reserve(int(rows));
    m_index.village.reserve(size_t(rows));
    m_index.leaving.reserve(size_t(rows));
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
        m_index.leaving.push_back(
            yyyymmdd(reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 2)),
                     sqlite3_column_bytes(q.handle(), 2), &m_index.leavingExact));
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

IndicatorBitsPtr IndicatorSession::livingFromIndex() const
{
    bool exact = true;
    const QByteArray to = isoDate(m_period.to).toLatin1();
    const qint32 last = yyyymmdd(to.constData(), int(to.size()), &exact);
    if (!exact || !m_index.leavingExact)
        return {};
    auto bits = std::make_shared<IndicatorBits>();
    bits->in.resize(m_index.leaving.size());
    for (size_t i = 0; i < m_index.leaving.size(); ++i) {
        const qint32 left = m_index.leaving[i];
        bits->in[i] = left == 0 || left > last;
        bits->count += bits->in[i];
    }
    return bits;
}

Result<IndicatorBitsPtr> IndicatorSession::select(const QString &sql)
{
    const QString text = expand(sql);
    if (auto it = m_cache.constFind(text); it != m_cache.cend())
        return *it;
    // The population on the period's last day, the set most denominators start from: from the
    // index, which holds each resident's leaving day, instead of another pass over the residents.
    static const QString living =
        QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND {area:r}");
    if (sql.simplified() == living)
        if (IndicatorBitsPtr bits = livingFromIndex()) {
            m_cache.insert(text, bits);
            return bits;
        }
    // A population "and in a key population", or a table's rows joined to their residents: the
    // intersection of simpler SELECTs' sets (the population mostly read already for another
    // denominator) instead of SQLite testing each resident or looking each row's resident up
    // (0.35 s for the key population on a township, 0.2 s for the contracts that ended).
    if (const IndicatorSql::Split parts = IndicatorSql::split(sql); !parts.isEmpty()) {
        const StepTimer timer(QStringLiteral("as an intersection: ") + sql);
        IndicatorBitsPtr out;
        for (const QString &part : parts.selects) {
            auto bits = select(part);
            if (!bits)
                return bits;
            out = out ? intersect(*out, **bits) : *bits;
        }
        if (parts.keyPopulation) {
            auto key = keyPopulation();
            if (!key)
                return key;
            out = intersect(*out, **key);
        }
        m_cache.insert(text, out);
        return out;
    }
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
    // Rows in batches: each id's slot is fetched while the next ids are read
    // (ResidentIndex::probe).
    constexpr int Batch = 16;
    ResidentIndex::Probe probes[Batch];
    int waiting = 0;
    const auto look = [&] {
        for (int k = 0; k < waiting; ++k) {
            const int at = m_index.ids.find(probes[k]);
            if (at < 0)
                continue; // outside the area or the caller's villages
            quint8 &b = bits->in[size_t(at)];
            bits->count += b == 0;
            b = 1;
        }
        waiting = 0;
    };
    int rc;
    while ((rc = q.stepCode()) == SQLITE_ROW) {
        const char *p = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 0));
        if (!p)
            continue;
        m_index.ids.probe(p, sqlite3_column_bytes(q.handle(), 0), probes[waiting++]);
        if (waiting == Batch)
            look();
    }
    look();
    if (rc == SQLITE_INTERRUPT || cancelled())
        return cancelledError();
    if (rc != SQLITE_DONE)
        return readError(q.error());
    IndicatorBitsPtr out = bits;
    m_cache.insert(text, out);
    return out;
}

Result<IndicatorBitsPtr> IndicatorSession::keyPopulation()
{
    const KeyPopulationParts k = keyPopulationParts();
    auto out = std::make_shared<IndicatorBits>();
    out->in.assign(size_t(m_index.size()), 0);
    QStringList parts;
    if (!k.age.isEmpty())
        parts << QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND {area:r} AND ") +
                     k.age;
    parts << k.chronic << k.flag;
    for (const QString &sql : std::as_const(parts)) {
        if (sql.isEmpty())
            continue;
        auto bits = select(sql);
        if (!bits)
            return bits;
        const std::vector<quint8> &in = (*bits)->in;
        for (size_t i = 0; i < in.size(); ++i)
            out->in[i] |= in[i];
    }
    for (const quint8 b : out->in)
        out->count += b;
    return IndicatorBitsPtr(out);
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

} // namespace Models
