// IndicatorSession: numerators and denominators counted per village, the result of one
// indicator, and the people behind a number.
#include "indicatorsession.h"

#include "sqlitestmt.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorEngine)
};

Error readError(const QString &detail, const QString &id = {})
{
    return indicatorReadError(detail, id);
}
} // namespace

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
