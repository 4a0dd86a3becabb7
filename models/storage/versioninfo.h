#pragma once

#include <QString>

namespace Models {

// What `jiayi --version` and `jiayi-cli --version` print: the program's version, the schema it
// writes (the highest migration) and the library versions it runs with (not the ones it was
// built against), so a support call can tell a mismatched runtime at once.
struct VersionInfo
{
    QString program;   // JIAYI_VERSION of the executable
    int schema = 0;    // latestSchemaVersion()
    QString qtRuntime; // qVersion()
    QString qtBuild;   // QT_VERSION_STR
    QString sqlite;    // sqlite_version() as the Qt SQLite driver sees it
    QString openssl;   // OpenSSL_version(OPENSSL_VERSION) of the libcrypto loaded
};

VersionInfo versionInfo(const QString &programVersion);

// One line per item: "jiayi 0.1.0", "schema 13", "Qt 6.4.2 (built with 6.4.2)", ...
QString versionText(const QString &programName, const QString &programVersion);

} // namespace Models
