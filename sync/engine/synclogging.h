#pragma once

// The sync client's logging categories (dotted, Warning by default, like models/core/logging.h).
// Turn them on in the field with QT_LOGGING_RULES="jiayi.sync.*.debug=true": the timings of each
// phase go to debug, failures to warning. Logs carry ids and counts, never names or numbers.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)     // jiayi.sync.engine: lock, start, totals
Q_DECLARE_LOGGING_CATEGORY(lcSyncPull) // jiayi.sync.pull: pages waited for and written
Q_DECLARE_LOGGING_CATEGORY(lcSyncPush) // jiayi.sync.push: bundles built, posted, stored
Q_DECLARE_LOGGING_CATEGORY(lcSyncHttp) // jiayi.sync.http: requests, retries, transport errors
