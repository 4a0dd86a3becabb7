#pragma once

// Shared by the CLI tests: run jiayi-cli as a real process, write a file into the test's folder.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace CliTest {

inline int run(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

inline QString file(const QTemporaryDir &dir, const QString &name, const QByteArray &content = {})
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace CliTest
