// County figures without another system (issue 20): two demo workstations send their months as
// MeasureReports with `jiayi-cli report send` to a real platform over TLS on 127.0.0.1, and the
// platform's county summary (GET /fhir/$county-summary, JSON and CSV, and `jiayi-platform
// summary`) must equal the sum of each workstation's own IndicatorEngine figures, for a month and
// a quarter. Registered twice: SQLite store, and PostgreSQL (tst_countysummary_pg).
#include "database.h"
#include "demogenerator.h"
#include "indicatorengine.h"
#include "synctestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <cmath>

using namespace Models;
using namespace SyncTest;

namespace {

struct Figure
{
    qint64 numerator = 0, denominator = 0;
    Figure &operator+=(const Figure &o)
    {
        numerator += o.numerator;
        denominator += o.denominator;
        return *this;
    }
    bool operator==(const Figure &o) const = default;
};

using Figures = QMap<QString, Figure>; // indicator -> counts

QString text(const Figure &f)
{
    return QStringLiteral("%1/%2").arg(f.numerator).arg(f.denominator);
}

// A CSV line split into fields (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cur += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

} // namespace

class TestCountySummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Platform m_platform;
    QString m_ca;
    QString m_tokenA, m_tokenB, m_tokenCounty, m_tokenOther;
    QString m_clinicA, m_clinicB; // the reporter ids the platform groups by
    QString m_townshipA;          // the name of A's township (430121101) in its area table
    Scope m_admin = Scope::administrator();
    bool m_engineFailed = false; // an own() call failed: checked after each test

    // The workstation's own figures of a month, as its indicator engine counts them.
    Figures own(const QString &conn, const QString &month)
    {
        const QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        // A connection per count, as the workstation's report runner opens one per send.
        const QString counting = conn + QStringLiteral("-count");
        if (!openDatabase(counting, m_dir.filePath(conn + QStringLiteral(".db")))) {
            m_engineFailed = true;
            return {};
        }
        auto run = IndicatorEngine(counting).evaluate(
            m_admin, IndicatorPeriod::month(d.year(), d.month()), IndicatorArea::township());
        closeDatabase(counting);
        if (!run) {
            qWarning() << conn << month << run.error().message << run.error().detail;
            m_engineFailed = true;
            return {};
        }
        Figures out;
        for (const IndicatorResult &r : run->results)
            out.insert(r.id, Figure{r.total.numerator, r.total.denominator});
        return out;
    }

    static Figures sum(const QList<Figures> &parts)
    {
        Figures out;
        for (const Figures &f : parts)
            for (auto it = f.begin(); it != f.end(); ++it)
                out[it.key()] += it.value();
        return out;
    }

    // `jiayi-cli report send`: its JSON summary and exit code.
    QJsonObject send(const QString &db, const QString &month, const QString &token,
                     const QStringList &extra = {}, int *exitCode = nullptr)
    {
        QProcess p;
        QStringList args{"report", "send",     "--db",         db,        "--month",
                         month,    "--server", m_platform.url, "--token", token};
        args << (extra.isEmpty() ? QStringList{"--ca", m_ca} : extra);
        p.start(QStringLiteral(JIAYI_CLI_BIN), args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitCode();
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    // GET <platform>/fhir/<path> over TLS (verified with the test CA).
    QByteArray get(const QString &path, const QString &token, int *status = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_platform.url + QStringLiteral("/fhir/") + path));
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_ca));
        req.setSslConfiguration(ssl);
        QNetworkReply *r = nam.get(req);
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(30000);
        if (status)
            *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = r->readAll();
        delete r;
        return body;
    }

    // POST <platform>/fhir (a transaction Bundle).
    QByteArray post(const QByteArray &body, const QString &token, int *status)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_platform.url + QStringLiteral("/fhir")));
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/fhir+json");
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_ca));
        req.setSslConfiguration(ssl);
        QNetworkReply *r = nam.post(req, body);
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(30000);
        *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = r->readAll();
        delete r;
        return answer;
    }

    QJsonObject summaryJson(const QString &period, const QString &token)
    {
        int status = 0;
        const QByteArray body = get(
            QStringLiteral("$county-summary?period=%1&format=json").arg(period), token, &status);
        if (status != 200)
            qWarning() << "summary" << status << body.left(300);
        return QJsonDocument::fromJson(body).object();
    }

    // The CSV's rows as indicator|clinic-or-township-or-"合计" -> counts; checks the BOM.
    static QMap<QString, Figure> csvFigures(const QByteArray &csv, QStringList *missingB = nullptr,
                                            const QString &clinicB = {})
    {
        QMap<QString, Figure> out;
        if (!csv.startsWith("\xEF\xBB\xBF")) {
            qWarning() << "the CSV has no BOM";
            return out;
        }
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        if (lines.isEmpty() || !lines.first().startsWith(QStringLiteral("指标编号,指标名称")))
            return out;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = csvFields(line);
            if (f.size() != 11)
                return {};
            QString who = f[4]; // a clinic
            if (who.isEmpty())
                who = f[2].isEmpty() ? QStringLiteral("合计") : QStringLiteral("t:") + f[2];
            out.insert(f[0] + QLatin1Char('|') + who, Figure{f[6].toLongLong(), f[7].toLongLong()});
            if (missingB && f[4] == clinicB && !f[10].isEmpty())
                *missingB << f[0] + QLatin1Char(':') + f[10];
            if (f[2] == QLatin1String("430121102") && f[3] != QStringLiteral("榔梨街道"))
                return {}; // the township's name travels with the figures
        }
        return out;
    }

private slots:
    void cleanup() { QVERIFY2(!m_engineFailed, "a workstation's indicator engine failed"); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = startTlsPlatform(m_platform, m_dir.path());
        QVERIFY2(!m_ca.isEmpty(), "the TLS platform did not start");
        QVERIFY(m_platform.url.startsWith(QLatin1String("https://")));
        // Two clinics of one county: A (township 430121101) reports as its sync client id; B is
        // set up as another township's centre with an institution code.
        for (const auto &[conn, seed] : {std::pair{"a", 11}, std::pair{"b", 22}}) {
            QVERIFY(openDatabase(QLatin1String(conn),
                                 m_dir.filePath(QLatin1String(conn) + QStringLiteral(".db"))));
            DemoOptions o;
            o.residents = 300;
            o.seed = quint64(seed);
            o.today = QDate(2026, 12, 1);
            auto demo = DemoGenerator::generate(QLatin1String(conn), m_admin, o);
            QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        }
        QSqlQuery q(QSqlDatabase::database("b"));
        QVERIFY(
            q.exec("INSERT INTO meta(key, value) VALUES('clinic_name', '榔梨街道社区卫生服务中心'),"
                   " ('clinic_code', '124301217654321X') ON CONFLICT(key) DO UPDATE SET"
                   " value = excluded.value"));
        QVERIFY(q.exec("INSERT INTO sync_state(key, value) VALUES('home_area', '430121102001')"));
        QVERIFY(
            q.exec("INSERT OR IGNORE INTO area(code, name, level, parent_code) VALUES('430121102',"
                   " '榔梨街道', 'township', '430121')"));
        m_clinicB = QStringLiteral("124301217654321X");
        QSqlQuery t(QSqlDatabase::database("a"));
        QVERIFY(t.exec("SELECT name FROM area WHERE code = '430121101'") && t.next());
        m_townshipA = t.value(0).toString();
        QVERIFY(!m_townshipA.isEmpty());
        m_tokenA = m_platform.addToken("黄花镇卫生院", "430121101");
        m_tokenB = m_platform.addToken("榔梨街道社区卫生服务中心", "430121102");
        m_tokenCounty = m_platform.addToken("长沙县卫健局", "430121");
        m_tokenOther = m_platform.addToken("浏阳市卫健局", "430181");
        QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty() && !m_tokenCounty.isEmpty() &&
                !m_tokenOther.isEmpty());
    }

    // The figures must tell the parts apart, or a wrong sum could pass unseen.
    void figuresAreDistinct()
    {
        const Figures a11 = own("a", "2026-11"), b11 = own("b", "2026-11"),
                      a07 = own("a", "2026-07");
        QVERIFY(a11.size() > 20);
        QCOMPARE(a11.keys(), b11.keys());
        int differ = 0, monthsDiffer = 0, nonZero = 0;
        for (auto it = a11.begin(); it != a11.end(); ++it) {
            differ += !(it.value() == b11.value(it.key()));
            monthsDiffer += !(it.value() == a07.value(it.key()));
            nonZero += it->numerator > 0;
        }
        QVERIFY2(differ >= 5, "the two workstations' figures hardly differ");
        QVERIFY2(monthsDiffer >= 3, "July and November hardly differ");
        QVERIFY(nonZero >= 10);
    }

    void sendMonths()
    {
        // A sends the quarter and November; B skips August.
        for (const auto &[conn, token, months] :
             {std::tuple{"a", m_tokenA, QStringList{"2026-07", "2026-08", "2026-09", "2026-11"}},
              std::tuple{"b", m_tokenB, QStringList{"2026-07", "2026-09", "2026-11"}}}) {
            for (const QString &m : months) {
                int code = -1;
                const QJsonObject r =
                    send(m_dir.filePath(QLatin1String(conn) + QStringLiteral(".db")), m, token, {},
                         &code);
                QVERIFY2(code == 0 && r.value("ok").toBool(),
                         qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
                QCOMPARE(r.value("month").toString(), m);
                QCOMPARE(r.value("created").toInt(), r.value("indicators").toInt());
                QCOMPARE(r.value("sent").toInt(), r.value("indicators").toInt());
                if (QLatin1String(conn) == QLatin1String("a"))
                    m_clinicA = r.value("clinic").toString();
                else
                    QCOMPARE(r.value("clinic").toString(), m_clinicB);
                QCOMPARE(r.value("area").toString(), QLatin1String(conn) == QLatin1String("a")
                                                         ? QStringLiteral("430121101201")
                                                         : QStringLiteral("430121102001"));
            }
        }
        QVERIFY(!m_clinicA.isEmpty() && m_clinicA != m_clinicB);
        const int n = int(own("a", "2026-11").size());
        const auto rows = m_platform.query(
            "SELECT count(*) FROM resource WHERE type = 'MeasureReport' AND NOT deleted");
        QCOMPARE(rows.value(0).value(0).toInt(), 7 * n);
    }

    void monthSummaryEqualsTheWorkstations()
    {
        const Figures a = own("a", "2026-11"), b = own("b", "2026-11"), total = sum({a, b});
        const QJsonObject s = summaryJson("2026-11", m_tokenCounty);
        QCOMPARE(s.value("period").toString(), QStringLiteral("2026-11"));
        const QJsonArray indicators = s.value("indicators").toArray();
        QCOMPARE(indicators.size(), total.size());
        for (const QJsonValue &v : indicators) {
            const QJsonObject i = v.toObject();
            const QString id = i.value("id").toString();
            QVERIFY2(total.contains(id), qPrintable(id));
            QVERIFY2(!i.value("name").toString().isEmpty() && i.value("name").toString() != id,
                     qPrintable(id)); // the Chinese name from the catalog
            const QJsonObject t = i.value("total").toObject();
            const Figure got{t.value("numerator").toInteger(), t.value("denominator").toInteger()};
            QVERIFY2(got == total.value(id),
                     qPrintable(id + ": " + text(got) + " != " + text(total.value(id))));
            if (got.denominator > 0)
                QCOMPARE(t.value("rate").toDouble(),
                         std::round(got.numerator * 10000.0 / got.denominator) / 100.0);
            for (const QJsonValue &c : i.value("clinics").toArray()) {
                const QJsonObject row = c.toObject();
                const Figures &mine = row.value("clinic").toString() == m_clinicA ? a : b;
                const Figure f{row.value("numerator").toInteger(),
                               row.value("denominator").toInteger()};
                QVERIFY2(f == mine.value(id), qPrintable(id + " " + row.value("name").toString()));
            }
            // 430121101 and 430121102, named as each workstation names its township
            const QJsonArray towns = i.value("townships").toArray();
            QCOMPARE(towns.size(), 2);
            QCOMPARE(towns.at(0).toObject().value("name").toString(), m_townshipA);
            QCOMPARE(towns.at(1).toObject().value("name").toString(), QStringLiteral("榔梨街道"));
        }
        // CSV: the same figures, per clinic, township and in total.
        int status = 0;
        const QByteArray csv =
            get("$county-summary?period=2026-11&format=csv", m_tokenCounty, &status);
        QCOMPARE(status, 200);
        const auto rows = csvFigures(csv);
        QVERIFY(!rows.isEmpty());
        for (auto it = total.begin(); it != total.end(); ++it) {
            QVERIFY2(rows.value(it.key() + "|合计") == it.value(), qPrintable(it.key()));
            QVERIFY(rows.value(it.key() + "|" + m_clinicA) == a.value(it.key()));
            QVERIFY(rows.value(it.key() + "|" + m_clinicB) == b.value(it.key()));
            QVERIFY(rows.value(it.key() + "|t:430121102") == b.value(it.key()));
        }
    }

    void quarterSumsItsMonths()
    {
        const Figures a = sum({own("a", "2026-07"), own("a", "2026-08"), own("a", "2026-09")});
        const Figures b = sum({own("b", "2026-07"), own("b", "2026-09")}); // August not sent
        const Figures total = sum({a, b});
        const QJsonObject s = summaryJson("2026-Q3", m_tokenCounty);
        QCOMPARE(s.value("months").toArray().size(), 3);
        for (const QJsonValue &v : s.value("indicators").toArray()) {
            const QJsonObject i = v.toObject();
            const QString id = i.value("id").toString();
            const QJsonObject t = i.value("total").toObject();
            const Figure got{t.value("numerator").toInteger(), t.value("denominator").toInteger()};
            QVERIFY2(got == total.value(id),
                     qPrintable(id + ": " + text(got) + " != " + text(total.value(id))));
        }
        // Which clinic has not reported which month.
        for (const QJsonValue &c : s.value("clinics").toArray()) {
            const QJsonObject clinic = c.toObject();
            const QStringList missing = clinic.value("missing").toVariant().toStringList();
            if (clinic.value("id").toString() == m_clinicB) {
                QCOMPARE(missing, QStringList{"2026-08"});
                QCOMPARE(clinic.value("name").toString(),
                         QStringLiteral("榔梨街道社区卫生服务中心"));
                QCOMPARE(clinic.value("township").toString(), QStringLiteral("430121102"));
            } else {
                QCOMPARE(clinic.value("id").toString(), m_clinicA);
                QVERIFY(missing.isEmpty());
            }
        }
        int status = 0;
        QStringList missingB;
        const auto rows =
            csvFigures(get("$county-summary?period=2026-Q3&format=csv", m_tokenCounty, &status),
                       &missingB, m_clinicB);
        QCOMPARE(status, 200);
        for (auto it = total.begin(); it != total.end(); ++it) {
            QVERIFY2(rows.value(it.key() + "|合计") == it.value(), qPrintable(it.key()));
            QVERIFY(rows.value(it.key() + "|" + m_clinicB) == b.value(it.key()));
        }
        QCOMPARE(missingB.size(), total.size());
        QVERIFY(missingB.first().endsWith(":2026-08"));
        // The platform's command line gives the same CSV as the HTTP answer.
        QByteArray cli;
        QVERIFY(run(QStringLiteral(JIAYI_PLATFORM_BIN),
                    QStringList{"summary"} + m_platform.storeArgs() +
                        QStringList{"--period", "2026-Q3", "--format", "csv"},
                    &cli));
        QCOMPARE(csvFigures(cli + "\r\n"), rows);
        // A year holds the quarter and November.
        const QJsonObject year = summaryJson("2026", m_tokenCounty);
        const Figures all = sum({total, own("a", "2026-11"), own("b", "2026-11")});
        for (const QJsonValue &v : year.value("indicators").toArray()) {
            const QJsonObject t = v.toObject().value("total").toObject();
            QVERIFY(
                Figure({t.value("numerator").toInteger(), t.value("denominator").toInteger()}) ==
                all.value(v.toObject().value("id").toString()));
        }
    }

    // Sending a month again replaces its figures: the same rows, the new counts, nothing added.
    void resendReplaces()
    {
        const int n = int(own("a", "2026-11").size());
        // The same figures again: every report answered as it is.
        QJsonObject r = send(m_dir.filePath("a.db"), "2026-11", m_tokenA);
        QVERIFY(r.value("ok").toBool());
        QCOMPARE(r.value("created").toInt(), 0);
        QCOMPARE(r.value("updated").toInt(), n);
        // Changed figures: 40 residents of A leave (soft delete); November counted again.
        const Figures before = own("a", "2026-11");
        {
            // On a connection of its own, as another program would (the workstation's
            // connection "a" keeps reading).
            QSqlDatabase edit = QSqlDatabase::addDatabase("QSQLITE", "a-edit");
            edit.setDatabaseName(m_dir.filePath("a.db"));
            QVERIFY(edit.open());
            QSqlQuery q(edit);
            QVERIFY(q.exec("UPDATE resident SET deleted = 1 WHERE id IN (SELECT id FROM resident"
                           " WHERE deleted = 0 ORDER BY id LIMIT 40)"));
        }
        QSqlDatabase::removeDatabase("a-edit");
        const Figures after = own("a", "2026-11");
        QVERIFY2(!(before == after), "the change did not move any figure");
        r = send(m_dir.filePath("a.db"), "2026-11", m_tokenA);
        QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("error").toString()));
        QCOMPARE(r.value("created").toInt(), 0);
        const auto rows = m_platform.query(
            "SELECT count(*) FROM resource WHERE type = 'MeasureReport' AND NOT deleted");
        QCOMPARE(rows.value(0).value(0).toInt(), 7 * n);
        const Figures total = sum({after, own("b", "2026-11")});
        const QJsonObject s = summaryJson("2026-11", m_tokenCounty);
        for (const QJsonValue &v : s.value("indicators").toArray()) {
            const QString id = v.toObject().value("id").toString();
            const QJsonObject t = v.toObject().value("total").toObject();
            const Figure got{t.value("numerator").toInteger(), t.value("denominator").toInteger()};
            QVERIFY2(got == total.value(id),
                     qPrintable(id + ": " + text(got) + " != " + text(total.value(id))));
        }
    }

    // Scoping: another county's token sees nothing of them; a township's token only its own.
    void otherAreasSeeNothing()
    {
        const QJsonObject other = summaryJson("2026-Q3", m_tokenOther);
        QVERIFY(other.contains("indicators"));
        QVERIFY(other.value("indicators").toArray().isEmpty());
        QVERIFY(other.value("clinics").toArray().isEmpty());
        int status = 0;
        const QByteArray csv =
            get("$county-summary?period=2026-Q3&format=csv", m_tokenOther, &status);
        QCOMPARE(status, 200);
        QCOMPARE(QString::fromUtf8(csv.mid(3)).count(QStringLiteral("\r\n")), 1); // header only
        const QJsonObject some = summaryJson("2026-11", m_tokenCounty);
        const QString anId =
            some.value("indicators").toArray().at(0).toObject().value("id").toString();
        QVERIFY(!anId.isEmpty());
        // A's reports are not readable with the other county's token either.
        const QJsonObject a = send(m_dir.filePath("a.db"), "2026-11", m_tokenA);
        const QString reportId =
            a.value("figures").toArray().at(0).toObject().value("report").toString();
        get("MeasureReport/" + reportId, m_tokenOther, &status);
        QCOMPARE(status, 404);
        get("MeasureReport/" + reportId, m_tokenA, &status);
        QCOMPARE(status, 200);
        // Township B's token: B's clinic only.
        const QJsonObject bOnly = summaryJson("2026-11", m_tokenB);
        const QJsonArray clinics = bOnly.value("clinics").toArray();
        QCOMPARE(clinics.size(), 1);
        QCOMPARE(clinics.at(0).toObject().value("id").toString(), m_clinicB);
        // B cannot send as another township's area.
        int code = 0;
        const QJsonObject refused = send(m_dir.filePath("a.db"), "2026-11", m_tokenB, {}, &code);
        QVERIFY(code != 0);
        QVERIFY(!refused.value("ok").toBool());
        QVERIFY2(refused.value("error").toString().contains("403"),
                 qPrintable(refused.value("error").toString()));
    }

    // Failures exit non-zero with the reason: a wrong token, an unverifiable certificate, a
    // malformed month, a bad period.
    void failuresAreReported()
    {
        int code = 0;
        QJsonObject r = send(m_dir.filePath("a.db"), "2026-11", "wrong-token", {}, &code);
        QVERIFY(code != 0);
        QVERIFY(!r.value("ok").toBool());
        QVERIFY(r.value("error").toString().contains("401"));
        // Without the test CA the platform's certificate is not trusted.
        r = send(m_dir.filePath("a.db"), "2026-11", m_tokenA, {"--timeout", "10000"}, &code);
        QVERIFY(code != 0);
        QVERIFY(!r.value("ok").toBool());
        QProcess p;
        p.start(QStringLiteral(JIAYI_CLI_BIN),
                {"report", "send", "--db", m_dir.filePath("a.db"), "--month", "2026-13"});
        p.waitForFinished(30000);
        QCOMPARE(p.exitCode(), 2);
        int status = 0;
        get("$county-summary?period=2026-Q5", m_tokenCounty, &status);
        QCOMPARE(status, 400);
        get("$county-summary?period=2026-11&area=430181", m_tokenCounty, &status);
        QCOMPARE(status, 400);
        get("$county-summary?period=2026-11", "wrong-token", &status);
        QCOMPARE(status, 401);
    }

    // (Last: its one valid report, clinic "x", would show in the summaries above.)
    // The platform checks a MeasureReport before storing it: FHIR's required elements, and what
    // the summary adds up (one period, a reporter, counts of 0 or more, the area tag).
    void invalidReportsAreRefused_data()
    {
        QTest::addColumn<QString>("remove");  // a top-level element taken out
        QTest::addColumn<QString>("replace"); // "key=json" put in
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("why"); // in the OperationOutcome's diagnostics
        QTest::newRow("no measure") << "measure"
                                    << "" << 422 << "measure";
        QTest::newRow("no period") << "period"
                                   << "" << 422 << "period";
        QTest::newRow("no status") << "status"
                                   << "" << 422 << "status";
        QTest::newRow("no reporter") << "reporter"
                                     << "" << 422 << "reporter";
        QTest::newRow("bad status") << ""
                                    << R"(status="done")" << 422 << "status";
        QTest::newRow("end before start")
            << ""
            << R"(period={"start":"2026-11-01","end":"2026-10-31"})" << 422 << "period";
        QTest::newRow("bad date") << ""
                                  << R"(period={"start":"2026-11-31","end":"2026-11-30"})" << 422
                                  << "dateTime";
        QTest::newRow("negative count")
            << ""
            << R"(group=[{"population":[{"code":{"coding":[{"code":"numerator"}]},"count":-5}]}])"
            << 422 << "count";
        QTest::newRow("count not a number")
            << ""
            << R"(group=[{"population":[{"count":"12"}]}])" << 422 << "integer";
        QTest::newRow("unknown element") << ""
                                         << R"(score=12)" << 422 << "score";
        QTest::newRow("another county's area")
            << ""
            << R"(meta={"tag":[{"system":"https://jiayi.example/fhir/CodeSystem/area","code":"430181101001"}]})"
            << 403 << "area";
        QTest::newRow("no area") << "meta"
                                 << "" << 422 << "area";
    }

    void invalidReportsAreRefused()
    {
        QFETCH(QString, remove);
        QFETCH(QString, replace);
        QFETCH(int, status);
        QFETCH(QString, why);
        QJsonObject report{
            {"resourceType", "MeasureReport"},
            {"id", "bad-report-1"},
            {"meta",
             QJsonObject{{"tag", QJsonArray{QJsonObject{
                                     {"system", "https://jiayi.example/fhir/CodeSystem/area"},
                                     {"code", "430121101201"}}}}}},
            {"status", "complete"},
            {"type", "summary"},
            {"measure", "https://jiayi.example/fhir/Measure/sign_rate"},
            {"period", QJsonObject{{"start", "2026-11-01"}, {"end", "2026-11-30"}}},
            {"reporter", QJsonObject{{"identifier", QJsonObject{{"value", "x"}}}}}};
        if (!remove.isEmpty())
            report.remove(remove);
        if (!replace.isEmpty()) {
            const QString key = replace.section('=', 0, 0);
            const QByteArray value = replace.section('=', 1).toUtf8();
            report.insert(key, QJsonDocument::fromJson("[" + value + "]").array().at(0));
        }
        const QByteArray bundle =
            QJsonDocument(
                QJsonObject{{"resourceType", "Bundle"},
                            {"type", "transaction"},
                            {"entry", QJsonArray{QJsonObject{
                                          {"resource", report},
                                          {"request",
                                           QJsonObject{{"method", "PUT"},
                                                       {"url", "MeasureReport/bad-report-1"}}}}}}})
                .toJson(QJsonDocument::Compact);
        const auto before = m_platform.query("SELECT count(*) FROM resource");
        int got = 0;
        const QJsonObject answer = QJsonDocument::fromJson(post(bundle, m_tokenA, &got)).object();
        QCOMPARE(got, status);
        QCOMPARE(answer.value("resourceType").toString(), QStringLiteral("OperationOutcome"));
        const QString diagnostics =
            answer.value("issue").toArray().at(0).toObject().value("diagnostics").toString();
        QVERIFY2(diagnostics.contains("Bundle.entry[0]") && diagnostics.contains(why),
                 qPrintable(diagnostics));
        QCOMPARE(m_platform.query("SELECT count(*) FROM resource"), before);
        // The same report, valid, is accepted (so the refusal was the change's).
        if (QTest::currentDataTag() == QLatin1String("no area")) {
            report.insert(
                "meta",
                QJsonObject{{"tag", QJsonArray{QJsonObject{{"system", "https://jiayi.example/fhir/"
                                                                      "CodeSystem/area"},
                                                           {"code", "430121101201"}}}}});
            // A name a spreadsheet would run as a formula, with a comma and a quote.
            report.insert("reporter", QJsonObject{{"identifier", QJsonObject{{"value", "x"}}},
                                                  {"display", "=HYPERLINK(\"a\",\"b\"), c"}});
            QJsonObject b = QJsonDocument::fromJson(bundle).object();
            QJsonArray entries = b.value("entry").toArray();
            QJsonObject e = entries.at(0).toObject();
            e.insert("resource", report);
            entries[0] = e;
            b.insert("entry", entries);
            post(QJsonDocument(b).toJson(QJsonDocument::Compact), m_tokenA, &got);
            QCOMPARE(got, 200);
            QCOMPARE(m_platform.query("SELECT count(*) FROM resource").value(0).value(0).toInt(),
                     before.value(0).value(0).toInt() + 1);
            // In the CSV it is one field, text, not a formula.
            const QString csv = QString::fromUtf8(
                get("$county-summary?period=2026-11&format=csv", m_tokenCounty, &got));
            QCOMPARE(got, 200);
            bool found = false;
            for (const QString &line : csv.split(QStringLiteral("\r\n"))) {
                const QStringList f = csvFields(line);
                if (f.value(4) == QLatin1String("x")) {
                    QCOMPARE(f.size(), 11);
                    QCOMPARE(f.at(5), QStringLiteral("'=HYPERLINK(\"a\",\"b\"), c"));
                    found = true;
                }
            }
            QVERIFY(found);
        }
    }

    void cleanupTestCase()
    {
        m_platform.stop();
        closeDatabase("a");
        closeDatabase("b");
    }
};

QTEST_GUILESS_MAIN(TestCountySummary)
#include "tst_countysummary.moc"
