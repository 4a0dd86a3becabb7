#include "synclogging.h"

Q_LOGGING_CATEGORY(lcSync, "jiayi.sync.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSyncPull, "jiayi.sync.pull", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSyncPush, "jiayi.sync.push", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSyncHttp, "jiayi.sync.http", QtWarningMsg)
