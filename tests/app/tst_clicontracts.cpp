// jiayi-cli contracts expiring | unsigned-key | indicators, as a script would run them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliContracts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indicatorsJsonHasExplicitDenominators();
    void expiringAndUnsignedKeyLists();
    void badInputExitsNonZero();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
};

int TestCliContracts::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

void TestCliContracts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--residents"), QStringLiteral("1500")}),
             0);
}

void TestCliContracts::indicatorsJsonHasExplicitDenominators()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("contracts"), QStringLiteral("indicators"), QStringLiteral("--db"),
                  m_db, QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QJsonObject sign = o.value(QStringLiteral("sign_rate")).toObject();
    QCOMPARE(sign.value(QStringLiteral("denominator")).toInt(), 1500);
    QVERIFY(sign.value(QStringLiteral("numerator")).toInt() > 300);
    const QJsonObject key = o.value(QStringLiteral("key_population_sign_rate")).toObject();
    QVERIFY(key.value(QStringLiteral("denominator")).toInt() > 0);
    QVERIFY(key.value(QStringLiteral("denominator")).toInt() !=
            sign.value(QStringLiteral("numerator")).toInt());
    QVERIFY(!key.value(QStringLiteral("denominator_definition")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("key_population_categories")).toArray().size(), 10);
    for (const char *k : {"renewal_rate", "task_completion", "contract_task_completion"})
        QVERIFY(o.value(QLatin1String(k)).toObject().contains(QStringLiteral("percent")));
}

void TestCliContracts::expiringAndUnsignedKeyLists()
{
    QByteArray out;
    const QDate today = QDate::currentDate();
    QCOMPARE(run({QStringLiteral("contracts"), QStringLiteral("expiring"), QStringLiteral("--db"),
                  m_db, QStringLiteral("--from"), today.addYears(-1).toString(Qt::ISODate),
                  QStringLiteral("--to"), today.addYears(1).toString(Qt::ISODate),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject e = QJsonDocument::fromJson(out).object();
    QVERIFY(e.value(QStringLiteral("count")).toInt() > 0);
    const QJsonObject first = e.value(QStringLiteral("rows")).toArray().first().toObject();
    for (const char *k : {"name", "village", "team", "doctor", "end_date", "contract_no"})
        QVERIFY2(!first.value(QLatin1String(k)).toString().isEmpty(), k);

    QCOMPARE(run({QStringLiteral("contracts"), QStringLiteral("unsigned-key"),
                  QStringLiteral("--db"), m_db, QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject u = QJsonDocument::fromJson(out).object();
    QVERIFY(u.value(QStringLiteral("count")).toInt() > 0);
    QVERIFY(!u.value(QStringLiteral("rows"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("tags"))
                 .toArray()
                 .isEmpty());
}

void TestCliContracts::badInputExitsNonZero()
{
    QByteArray out, err;
    QVERIFY(run({QStringLiteral("contracts"), QStringLiteral("indicators"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--from"), QStringLiteral("2025-13-01"),
                 QStringLiteral("--json")},
                &out, &err) != 0);
    QVERIFY(QJsonDocument::fromJson(err).object().value(QStringLiteral("field")).toString() ==
            QStringLiteral("from"));
    QVERIFY(run({QStringLiteral("contracts"), QStringLiteral("indicators"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--from"), QStringLiteral("2025-12-01"),
                 QStringLiteral("--to"), QStringLiteral("2025-01-01")},
                &out, &err) != 0);
    QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("统计期间")));
    QVERIFY(run({QStringLiteral("contracts"), QStringLiteral("expiring"), QStringLiteral("--db"),
                 m_db, QStringLiteral("--team"), QStringLiteral("没有这个团队")},
                &out, &err) != 0);
}

QTEST_GUILESS_MAIN(TestCliContracts)
#include "tst_clicontracts.moc"
