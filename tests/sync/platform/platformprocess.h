#pragma once

// A jiayi-platform process for the platform's own tests (plain HTTP on 127.0.0.1: in a county
// deployment nginx terminates TLS in front of the processes, docs/platform-deployment.md).

#include <QProcess>
#include <QStringList>
#include <QtDebug>

namespace PlatformTest {

inline QByteArray runPlatform(const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_PLATFORM_BIN), args);
    const bool done =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!done)
        qWarning() << "jiayi-platform" << args.value(0) << "failed:" << p.readAllStandardError();
    if (ok)
        *ok = done;
    return p.readAllStandardOutput().trimmed();
}

class Process
{
public:
    ~Process() { stop(); }

    // `store`: {"--database", uri} or {"--data", dir}; `port` 0: any free port (read back from
    // the "listening on" line).
    bool start(const QStringList &store, int port = 0)
    {
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.start(QStringLiteral(JIAYI_PLATFORM_BIN),
                     store + QStringList{"--listen", QStringLiteral("127.0.0.1:%1").arg(port)});
        if (!m_proc.waitForStarted(10000))
            return false;
        QByteArray line;
        for (int i = 0; i < 200 && !line.contains('\n'); ++i) {
            m_proc.waitForReadyRead(100);
            line += m_proc.readAllStandardOutput();
        }
        if (!line.startsWith("listening on")) {
            qWarning() << "platform did not start:" << line << m_proc.readAllStandardError();
            return false;
        }
        m_port = line.trimmed().split(':').last().toInt();
        return true;
    }
    int port() const { return m_port; }
    qint64 pid() const { return m_proc.processId(); }
    void kill9()
    {
        m_proc.kill(); // SIGKILL: no shutdown, requests in flight cut
        m_proc.waitForFinished(10000);
    }
    void stop()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.terminate();
        if (!m_proc.waitForFinished(10000)) {
            m_proc.kill();
            m_proc.waitForFinished();
        }
    }

private:
    QProcess m_proc;
    int m_port = 0;
};

} // namespace PlatformTest
