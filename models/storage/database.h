#pragma once

#include "result.h"

#include <QString>

namespace Models {

struct OpenOptions
{
    bool create = true;  // create the file if it does not exist
    bool migrate = true; // apply pending migrations (with a backup copy first)
};

struct SchemaInfo
{
    int fileVersion = 0;    // PRAGMA user_version of the file
    int programVersion = 0; // newest migration this program knows
    QString backupPath;     // copy taken before upgrading, empty when none was needed
};

// Opens (and creates, and migrates) the SQLite file `path` as the Qt SQL connection
// `connectionName`. ":memory:" gives a private in-memory database. A file whose schema is newer
// than this program is refused and left untouched.
Result<SchemaInfo> openDatabase(const QString &connectionName, const QString &path,
                                const OpenOptions &options = {});
void closeDatabase(const QString &connectionName);
// Closes the connection and deletes the file with its -wal, -shm and -journal companions: for a
// database this program has just created and whose first run was cancelled or failed, so that
// nothing is left behind. True when no file remains.
bool discardNewDatabase(const QString &connectionName, const QString &path);

// Newest schema version compiled into this program (the highest numbered migration).
int latestSchemaVersion();

// Runs PRAGMA integrity_check and foreign_key_check; an empty list means the file is sound.
Result<QStringList> checkDatabase(const QString &connectionName);

// Tests only: read the numbered migrations from `directory` instead of the compiled-in ones
// (an empty string restores them), to prove that a broken migration leaves the file as it was.
void setMigrationDirectory(const QString &directory);

// Applies migrations up to `targetVersion` only (tests use it to build old files).
Result<void> migrateTo(const QString &connectionName, int targetVersion);

} // namespace Models
