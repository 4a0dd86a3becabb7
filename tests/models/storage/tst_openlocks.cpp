// Opening a second connection to a database must not take away the locks of the connections
// this process already has open. On POSIX, closing any descriptor of a file cancels every lock
// the process holds on it: openDatabase() once read the file's header with QFile (is it
// encrypted?), which dropped an open connection's SHARED lock, so another process (a jiayi-cli
// job next to the running app) could checkpoint and delete the WAL the app still wrote to: the
// app's next connection then read "disk I/O error" and its writes were lost (found by
// tst_countysummary). A child process asks the kernel which locks this process holds.
#include "database.h"
#include "encrypteddb.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Whether a process other than the asker holds a lock on SQLite's shared-lock byte range of the
// file (0x40000002, 510 bytes: what a SHARED lock takes), as seen from a child process.
bool sharedLockHeld(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child < 0)
        return false;
    if (child == 0) {
        const int fd = open(name.constData(), O_RDONLY);
        if (fd < 0)
            _exit(2);
        struct flock lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000 + 2;
        lock.l_len = 510;
        if (fcntl(fd, F_GETLK, &lock) != 0)
            _exit(3);
        _exit(lock.l_type == F_UNLCK ? 1 : 0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestOpenLocks : public QObject
{
    Q_OBJECT

private slots:
    void aSecondConnectionKeepsTheFirstOnesLock()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("locks.db"));
        QVERIFY(Models::openDatabase(QStringLiteral("first"), path).ok());
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("first")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
        }
        // A WAL connection holds its SHARED lock while it is open.
        QVERIFY(sharedLockHeld(path));
        QVERIFY(!Models::EncryptedDb::isEncrypted(path));
        QVERIFY2(sharedLockHeld(path), "checking for encryption dropped the lock");
        QVERIFY(Models::openDatabase(QStringLiteral("second"), path).ok());
        Models::closeDatabase(QStringLiteral("second"));
        QVERIFY2(sharedLockHeld(path), "opening and closing a second connection dropped the lock");
        Models::closeDatabase(QStringLiteral("first"));
        QVERIFY(!sharedLockHeld(path));
    }
};

QTEST_GUILESS_MAIN(TestOpenLocks)
#include "tst_openlocks.moc"
