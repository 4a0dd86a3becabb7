#pragma once

#include <QString>

struct sqlite3;

namespace Models {

// Copies a database's write-ahead log back into the file on a thread of its own, after a bulk
// write has committed. A 100,000-row import leaves ~100 MB of WAL; copying it and the two fsyncs
// take 0.3-0.6 s that the person (or script) importing need not wait for: the rows are committed,
// visible and safe from a crash of the program before that. Until the copy is done, the WAL simply
// stays longer (reads go through it as always); if the copy cannot run (busy, cannot open), the
// connection's own automatic checkpoint does it at a later commit.
//
// One at a time per process; a new start() waits for the previous one; the process waits for the
// running one when it exits (a static's destructor), so `jiayi-cli import` ends with the file
// checkpointed, as before.
class BackgroundCheckpoint
{
public:
    // Starts a PASSIVE checkpoint of the main database of `h` on a new connection to its file
    // (the process's default VFS, so an encrypted file is read with its registered key).
    static void start(sqlite3 *h);
    // Blocks until the running checkpoint (if any) has finished; its duration in milliseconds
    // (0 when none ran since the last wait).
    static qint64 wait();
};

} // namespace Models
