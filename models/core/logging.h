#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcRepo)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace Models {
// Sends all Qt logging to a size-rotated file in the application data folder
// (jiayi.log, jiayi.log.1 ... .3) in addition to stderr. Logs carry ids, never resident data.
void installFileLogging(const QString &appName);
QString logFilePath();
} // namespace Models
