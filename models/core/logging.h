#pragma once

#include <QLoggingCategory>

#include <ctime>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcRepo)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace Models {
// Sends all Qt logging to a size-rotated file in the application data folder
// (jiayi.log, jiayi.log.1 ... .3) in addition to stderr. Logs carry ids, never resident data.
void installFileLogging(const QString &appName);
QString logFilePath();

// CPU time of the calling thread in ms: what one of several threads costs, whatever else the
// machine runs (debug logs of the indicators, coverage and work list).
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}
} // namespace Models
