#include "versioninfo.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace Models {

namespace {

// The SQLite the Qt driver really uses (a driver with its own copy would differ from the
// library the program links); the linked library's version when the driver is missing.
QString driverSqliteVersion()
{
    const QString name = QStringLiteral("jiayi-version-probe");
    QString version;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(QStringLiteral(":memory:"));
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (version.isEmpty())
        version = QString::fromLatin1(sqlite3_libversion()) + QStringLiteral(" (no Qt driver)");
    return version;
}

} // namespace

VersionInfo versionInfo(const QString &programVersion)
{
    VersionInfo v;
    v.program = programVersion;
    v.schema = latestSchemaVersion();
    v.qtRuntime = QString::fromLatin1(qVersion());
    v.qtBuild = QStringLiteral(QT_VERSION_STR);
    v.sqlite = driverSqliteVersion();
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    return v;
}

QString versionText(const QString &programName, const QString &programVersion)
{
    const VersionInfo v = versionInfo(programVersion);
    return QStringLiteral("%1 %2\nschema %3\nQt %4 (built with %5)\nSQLite %6\n%7")
        .arg(programName, v.program)
        .arg(v.schema)
        .arg(v.qtRuntime, v.qtBuild, v.sqlite, v.openssl);
}

} // namespace Models
