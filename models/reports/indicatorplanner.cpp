// The vaccination indicators: per child, from the dose planner's own coverage loop
// (models/immunization/immunizationcoverage), so 接种率 here and on the immunization screen come
// from one definition (docs/domain/immunization.md 7).
#include "immunizationcoverage.h"
#include "indicatorsession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Models {

Q_DECLARE_LOGGING_CATEGORY(lcReports)

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
    CoverageQuery query;
    query.from = m_period.from;
    query.to = m_period.to;
    query.behindList = false;
    if (m_area.kind == IndicatorArea::Kind::Village)
        query.villageCode = m_area.code;
    const IndicatorBits &in = **living;
    QElapsedTimer wall;
    wall.start();
    bool stop = false;
    QString lastId; // a child's doses come one after another: look the child up once
    int at = -1;
    auto result = ImmunizationCoverage(m_conn).compute(m_scope, query, [&](const DoseVisit &v) {
        if (stop)
            return;
        if (v.residentId != lastId) {
            lastId = v.residentId;
            const QByteArray id = v.residentId.toUtf8();
            at = m_index.ids.find(id.constData(), int(id.size()));
            stop = cancelled();
        }
        if (at < 0 || !in.in[size_t(at)])
            return;
        const size_t i = size_t(at);
        Series &s = series[v.series];
        if (s.due.empty()) {
            s.due.assign(n, 0);
            s.missed.assign(n, 0);
        }
        s.due[i] = 1;
        s.missed[i] |= !v.given;
        due[i] = 1;
        late[i] |= !v.timely;
    });
    qCDebug(lcReports) << "dose planner" << wall.elapsed() << "ms";
    if (stop || cancelled())
        return cancelledError();
    if (!result)
        return result.error();
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
