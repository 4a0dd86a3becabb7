#pragma once

// Runs the indicator engine off the UI thread: one worker thread with a connection of its own to
// the database file, jobs one after another, progress and cancel. A new request of a kind
// cancels the one of the same kind still waiting or running (the user changed the period), so
// only the answer to the latest question arrives.

#include "indicatorengine.h"
#include "indicatorresult.h"
#include "result.h"
#include "scope.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Models {

class IndicatorRunner : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Evaluate, Trend, Residents };
    Q_ENUM(Kind)

    IndicatorRunner(QString databasePath, Scope scope, QObject *parent = nullptr);
    ~IndicatorRunner() override; // cancels what is left and waits for the worker

    // Each returns the job's number; the answer comes with the same number.
    quint64 evaluate(const IndicatorPeriod &period, const IndicatorArea &area);
    quint64 trend(const QString &id, int year, const IndicatorArea &area, const QDate &upTo);
    quint64 residents(const QString &id, const IndicatorPeriod &period, const IndicatorArea &area,
                      IndicatorSet which, const QString &villageCode = {});
    void cancel(); // every job, waiting or running
    bool busy() const;

signals:
    void progress(quint64 job, Models::IndicatorRunner::Kind kind, int done, int total);
    void evaluated(quint64 job, const Models::IndicatorRun &run);
    void trendReady(quint64 job, const Models::IndicatorTrend &trend);
    void residentsReady(quint64 job, const Models::IndicatorPeople &people);
    // Also sent for a cancelled job (error code "indicator.cancelled").
    void failed(quint64 job, Models::IndicatorRunner::Kind kind, const QString &message,
                const QString &code);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace Models
