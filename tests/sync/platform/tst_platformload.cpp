// jiayi-platform-load into a real PostgreSQL (docs/platform-deployment.md, docs/decisions.md
// "Session 11"): into an empty store the whole load is one transaction written frozen, so every
// page of the resource table is all-visible and all-frozen and the free space map offers no page
// room for a new Patient (the platform's first inserts go to the end of the table). A second demo
// load into it is refused whole (docs/platform-deployment.md).
#include "pgtestutil.h"
#include "platformprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
QJsonObject load(const QString &uri, int residents, int seed)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_LOADER_BIN),
            {"--database", uri, "--residents", QString::number(residents), "--seed",
             QString::number(seed)});
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "jiayi-platform-load failed:" << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}
} // namespace

class TstPlatformLoad : public QObject
{
    Q_OBJECT

    PgTest::Cluster m_pg;

    // (all-visible pages, all-frozen pages, pages) of the resource table.
    QList<qint64> visibility() const
    {
        const auto rows = m_pg.query(QStringLiteral(
            "CREATE EXTENSION IF NOT EXISTS pg_visibility; "
            "SELECT all_visible, all_frozen, pg_relation_size('resource') / "
            "current_setting('block_size')::int FROM pg_visibility_map_summary('resource')"));
        if (rows.isEmpty() || rows.first().size() != 3)
            return {};
        return {rows.first().at(0).toLongLong(), rows.first().at(1).toLongLong(),
                rows.first().at(2).toLongLong()};
    }

private slots:
    void initTestCase()
    {
        if (!PgTest::available())
            QSKIP("PostgreSQL 15 binaries are missing (scripts/install-deps.sh installs "
                  "postgresql-15)");
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        bool ok = false;
        PlatformTest::runPlatform({"count", "--database", m_pg.uri()}, &ok); // the schema
        QVERIFY(ok);
    }

    void emptyStoreLoadsFrozen()
    {
        const QJsonObject first = load(m_pg.uri(), 300, 1);
        const qint64 loaded = first.value(QStringLiteral("resources")).toInteger();
        QVERIFY2(loaded > 300, qPrintable(QJsonDocument(first).toJson()));
        QCOMPARE(PgTest::count(m_pg.uri(), QStringLiteral("resource")), loaded);
        const QList<qint64> v = visibility();
        QCOMPARE(v.size(), 3);
        QVERIFY(v.at(2) > 0);
        QCOMPARE(v.at(0), v.at(2)); // every page all-visible ...
        QCOMPARE(v.at(1), v.at(2)); // ... and all-frozen, without a VACUUM
        const auto room = m_pg.query(QStringLiteral(
            "CREATE EXTENSION IF NOT EXISTS pg_freespacemap; "
            "SELECT count(*) FILTER (WHERE avail >= 800) FROM pg_freespace('resource')"));
        QVERIFY(!room.isEmpty());
        QCOMPARE(room.first().value(0), QStringLiteral("0"));

        // A second county into the store that now holds data: the demo's shared resources (the
        // contract packages' PlanDefinitions) have the same ids whatever the seed, so the
        // primary key refuses it in its first chunk, and the store keeps what it had.
        QVERIFY(load(m_pg.uri(), 200, 2).isEmpty());
        QCOMPARE(PgTest::count(m_pg.uri(), QStringLiteral("resource")), loaded);
    }
};

QTEST_GUILESS_MAIN(TstPlatformLoad)
#include "tst_platformload.moc"
