// The vaccination indicators: per child, from the dose planner's own coverage loop
// (models/immunization/immunizationcoverage), so 接种率 here and on the immunization screen come
// from one definition (docs/domain/immunization.md 7).
#include "immunizationcoverage.h"
#include "indicatorsession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Models {

Q_DECLARE_LOGGING_CATEGORY(lcReports)

Result<void> IndicatorSession::planVisits(
    const IndicatorPeriod &period,
    const std::function<void(const QString &, const QString &, bool, bool)> &visit)
{
    CoverageQuery query;
    query.from = period.from;
    query.to = period.to;
    query.behindList = false;
    if (m_area.kind == IndicatorArea::Kind::Village)
        query.villageCode = m_area.code;
    bool stop = false;
    int seen = 0;
    auto result = ImmunizationCoverage(m_conn).compute(m_scope, query, [&](const DoseVisit &v) {
        if (stop || ((++seen & 0xFFF) == 0 && (stop = cancelled())))
            return;
        visit(v.residentId, v.series, v.given, v.timely);
    });
    if (stop || cancelled())
        return cancelledError();
    if (!result)
        return result.error();
    return {};
}

Result<void> IndicatorSession::prefetchPlanner(const IndicatorPeriod &period)
{
    QElapsedTimer wall;
    wall.start();
    m_visits.clear();
    m_visitsPeriod.reset();
    auto done = planVisits(
        period, [this](const QString &id, const QString &series, bool given, bool timely) {
            m_visits.push_back({id, series, given, timely});
        });
    if (!done) {
        m_visits.clear();
        return done;
    }
    m_visitsPeriod = period;
    qCDebug(lcReports) << "dose planner, ahead of the residents," << m_visits.size() << "visits in"
                       << wall.elapsed() << "ms";
    return {};
}

Result<void> IndicatorSession::readPlanner()
{
    // Children of the area on the register at the period end.
    auto living =
        select(QStringLiteral("SELECT r.id FROM resident r WHERE {living:r} AND {area:r}"));
    if (!living)
        return living.error();
    const size_t n = size_t(m_index.size());
    struct Series
    {
        std::vector<quint8> due, missed;
    };
    QHash<QString, Series> series;
    std::vector<quint8> due(n, 0), late(n, 0);
    const IndicatorBits &in = **living;
    QElapsedTimer wall;
    wall.start();
    QString lastId; // a child's doses come one after another: look the child up once
    int at = -1;
    const auto visit = [&](const QString &residentId, const QString &seriesId, bool given,
                           bool timely) {
        if (residentId != lastId) {
            lastId = residentId;
            const QByteArray id = residentId.toUtf8();
            at = m_index.ids.find(id.constData(), int(id.size()));
        }
        if (at < 0 || !in.in[size_t(at)])
            return;
        const size_t i = size_t(at);
        Series &s = series[seriesId];
        if (s.due.empty()) {
            s.due.assign(n, 0);
            s.missed.assign(n, 0);
        }
        s.due[i] = 1;
        s.missed[i] |= !given;
        due[i] = 1;
        late[i] |= !timely;
    };
    if (m_visitsPeriod && m_visitsPeriod->from == m_period.from &&
        m_visitsPeriod->to == m_period.to) {
        for (const PlannerVisit &v : m_visits)
            visit(v.residentId, v.series, v.given, v.timely);
        if (cancelled())
            return cancelledError();
    } else if (auto e = planVisits(m_period, visit); !e) {
        return e;
    }
    m_visits = {};
    m_visitsPeriod.reset();
    qCDebug(lcReports) << "dose planner" << wall.elapsed() << "ms";
    auto bits = [](const std::vector<quint8> &due, const std::vector<quint8> *missed) {
        auto b = std::make_shared<IndicatorBits>();
        b->in.resize(due.size());
        for (size_t i = 0; i < due.size(); ++i) {
            b->in[i] = due[i] && !(missed && (*missed)[i]);
            b->count += b->in[i];
        }
        return IndicatorBitsPtr(b);
    };
    m_planner = std::make_unique<Planner>();
    for (auto it = series.cbegin(); it != series.cend(); ++it)
        m_planner->bySeries.insert(it.key(), {bits(it->due, nullptr), bits(it->due, &it->missed)});
    m_planner->timelyDue = bits(due, nullptr);
    m_planner->timely = bits(due, &late);
    return {};
}

} // namespace Models
