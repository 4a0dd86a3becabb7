#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDb, "jiayi.models.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRepo, "jiayi.models.repo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "jiayi.models.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "jiayi.models.demo", QtWarningMsg)

namespace Models {

namespace {
constexpr qint64 MaxLogBytes = 2 * 1024 * 1024;
constexpr int KeptLogs = 3;
QMutex g_logMutex;
QString g_logPath;
QtMessageHandler g_previous = nullptr;

void rotate()
{
    QFile::remove(g_logPath + QStringLiteral(".%1").arg(KeptLogs));
    for (int i = KeptLogs - 1; i >= 1; --i)
        QFile::rename(g_logPath + QStringLiteral(".%1").arg(i),
                      g_logPath + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(g_logPath, g_logPath + QStringLiteral(".1"));
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    static const char *names[] = {"debug", "warning", "critical", "fatal", "info"};
    {
        QMutexLocker lock(&g_logMutex);
        QFile f(g_logPath);
        if (f.size() > MaxLogBytes)
            rotate();
        if (f.open(QIODevice::Append | QIODevice::Text)) {
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(names[type]),
                         QLatin1String(ctx.category ? ctx.category : "default"), msg);
            f.write(line.toUtf8());
        }
    }
    if (g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

QString logFilePath()
{
    return g_logPath;
}

void installFileLogging(const QString &appName)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    g_logPath = dir + QLatin1Char('/') + appName + QStringLiteral(".log");
    g_previous = qInstallMessageHandler(handler);
}

} // namespace Models
