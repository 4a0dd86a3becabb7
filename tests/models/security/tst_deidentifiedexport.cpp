// De-identification: no direct identifier survives (checked against the source database),
// pseudonyms are stable within an export and differ across exports, birth dates generalised.
#include "securitytestutil.h"

#include "dbaccess.h"
#include "deidentifiedexport.h"
#include "demogenerator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

Q_DECLARE_METATYPE(Models::Crypto::Suite)

class TstDeidentifiedExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noDirectIdentifierSurvives_data();
    void noDirectIdentifierSurvives();
    void pseudonymsStableWithinDifferAcross();
    void birthGeneralised();
    void ageBands_data();
    void ageBands();
    void scopeIsRespected();

private:
    QList<QStringList> rows(const QString &path) const;
    QString exportTo(const QString &name, const DeidentifyOptions &o = {},
                     const Scope &s = Scope::administrator());
    QTemporaryDir m_dir;
    QString m_conn = QStringLiteral("deid");
};

void TstDeidentifiedExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    DemoOptions o;
    o.residents = 400;
    o.seed = 11;
    QVERIFY(DemoGenerator::generate(m_conn, Scope::administrator(), o));
}

void TstDeidentifiedExport::cleanupTestCase()
{
    closeDatabase(m_conn);
}

QList<QStringList> TstDeidentifiedExport::rows(const QString &path) const
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QList<QStringList> out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
    return out;
}

QString TstDeidentifiedExport::exportTo(const QString &name, const DeidentifyOptions &o,
                                        const Scope &s)
{
    const QString path = m_dir.filePath(name);
    auto r = DeidentifiedExport::exportResidents(s, m_conn, path, o);
    return r ? path : QString();
}

void TstDeidentifiedExport::noDirectIdentifierSurvives_data()
{
    QTest::addColumn<Crypto::Suite>("suite");
    QTest::newRow("HMAC-SHA256") << Crypto::Suite::International;
    QTest::newRow("HMAC-SM3") << Crypto::Suite::Commercial;
}

void TstDeidentifiedExport::noDirectIdentifierSurvives()
{
    QFETCH(Crypto::Suite, suite);
    DeidentifyOptions o;
    o.suite = suite;
    const QString path = exportTo(QStringLiteral("a.csv"), o);
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QSqlQuery q(db(m_conn));
    QVERIFY(q.exec(
        QStringLiteral("SELECT id, name, id_number, phone, address, record_no, household_id,"
                       " contact_name, contact_phone, work_unit, birth_date FROM resident")));
    int checked = 0;
    while (q.next()) {
        for (int c = 0; c < 11; ++c) {
            const QString v = q.value(c).toString();
            if (v.size() < 4 && c != 1) // names can be two characters; other short values are codes
                continue;
            if (v.isEmpty())
                continue;
            QVERIFY2(!bytes.contains(v.toUtf8()),
                     qPrintable(QStringLiteral("column %1 leaked: %2").arg(c).arg(v)));
        }
        ++checked;
    }
    QCOMPARE(checked, 400);
    // Nothing but ASCII codes: no Chinese text (names, addresses) at all.
    for (char ch : bytes)
        QVERIFY(uchar(ch) < 0x80);
    const auto r = rows(path);
    QCOMPARE(r.size(), 1 + 400);
    QCOMPARE(r.first().first(), QStringLiteral("pseudonym"));
}

void TstDeidentifiedExport::pseudonymsStableWithinDifferAcross()
{
    const auto first = rows(exportTo(QStringLiteral("p1.csv")));
    const auto second = rows(exportTo(QStringLiteral("p2.csv")));
    QSet<QString> residents1, households1, residents2;
    for (int i = 1; i < first.size(); ++i) {
        residents1 << first[i][0];
        households1 << first[i][1];
        residents2 << second[i][0];
    }
    QCOMPARE(residents1.size(), 400); // one pseudonym per resident
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral(
        "SELECT count(DISTINCT household_id) FROM resident WHERE household_id IS NOT NULL"));
    q.next();
    QCOMPARE(households1.size(), q.value(0).toInt()); // members of a household share its pseudonym
    QVERIFY(!residents1.intersects(residents2));      // a new key per export
    // Same rows in the same order, so the pairing is by position: linkable only through the key.
    QCOMPARE(first.size(), second.size());
}

void TstDeidentifiedExport::birthGeneralised()
{
    DeidentifyOptions year;
    const auto y = rows(exportTo(QStringLiteral("y.csv"), year));
    QCOMPARE(y.first().at(3), QStringLiteral("birth_year"));
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4}|<=\\d{4})$"));
    for (int i = 1; i < y.size(); ++i)
        QVERIFY2(yearRe.match(y[i][3]).hasMatch(), qPrintable(y[i][3]));
    DeidentifyOptions band = year;
    band.birth = DeidentifyOptions::Birth::AgeBand;
    band.townshipOnly = true;
    const auto b = rows(exportTo(QStringLiteral("b.csv"), band));
    QCOMPARE(b.first().at(3), QStringLiteral("age_band"));
    QCOMPARE(b.first().at(4), QStringLiteral("township_code"));
    static const QRegularExpression bandRe(QStringLiteral("^(\\d+-\\d+|90\\+)$"));
    for (int i = 1; i < b.size(); ++i) {
        QVERIFY2(bandRe.match(b[i][3]).hasMatch(), qPrintable(b[i][3]));
        QCOMPARE(b[i][4].size(), 9);
    }
}

void TstDeidentifiedExport::ageBands_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("band");
    QTest::newRow("0") << 0 << "0-4";
    QTest::newRow("4") << 4 << "0-4";
    QTest::newRow("5") << 5 << "5-9";
    QTest::newRow("64") << 64 << "60-64";
    QTest::newRow("89") << 89 << "85-89";
    QTest::newRow("90") << 90 << "90+";
    QTest::newRow("104") << 104 << "90+";
}

void TstDeidentifiedExport::ageBands()
{
    QFETCH(int, age);
    QFETCH(QString, band);
    QCOMPARE(DeidentifiedExport::ageBand(age), band);
}

void TstDeidentifiedExport::scopeIsRespected()
{
    Scope doctor = Scope::administrator();
    doctor.allPermissions = false;
    doctor.permissions = {QStringLiteral("resident.read"), QStringLiteral("report.read")};
    QVERIFY(exportTo(QStringLiteral("no.csv"), {}, doctor).isEmpty());
    Scope ph = doctor;
    ph.permissions << QStringLiteral("report.write");
    QSqlQuery q(db(m_conn));
    q.exec(QStringLiteral("SELECT village_code, count(*) FROM resident GROUP BY village_code ORDER "
                          "BY village_code LIMIT 1"));
    q.next();
    ph.allVillages = false;
    ph.villages = {q.value(0).toString()};
    const auto r = rows(exportTo(QStringLiteral("v.csv"), {}, ph));
    QCOMPARE(r.size() - 1, q.value(1).toInt());
}

QTEST_GUILESS_MAIN(TstDeidentifiedExport)
#include "tst_deidentifiedexport.moc"
