// Hostile and malformed requests against a real jiayi-platform over HTTPS: each is answered with
// the right status and an OperationOutcome (naming the Bundle entry where there is one), and
// afterwards the platform holds nothing it did not hold before.
#include "platformtestutil.h"

#include <QTemporaryDir>

using namespace PlatformTest;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A Patient whose JSON text is edited as text (for what QJsonDocument cannot produce).
QByteArray patientBundleText(const QByteArray &from, const QByteArray &to, const QString &id)
{
    QByteArray b = bundle({patient(id)});
    Q_ASSERT(b.contains(from));
    b.replace(from, to);
    return b;
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &v)
{
    if (v.isUndefined())
        o.remove(key);
    else
        o.insert(key, v);
    return o;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestPlatformHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Platform m_p;
    QString m_token, m_token2, m_county;
    qint64 m_count = 0;
    QString m_cursor;

    QString cursorNow()
    {
        const Reply r = m_p.request("GET", "/fhir/_history?_since=0&_count=5000", {}, m_county);
        return r.json().value("link").toArray().at(0).toObject().value("url").toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_p.start(m_tmp.path()));
        m_token = m_p.addToken(Village1);
        m_token2 = m_p.addToken(Village2);
        m_county = m_p.addToken(QStringLiteral("430121"));
        // Patient/home (village 1) at version 2, Patient/away in village 2.
        QCOMPARE(m_p.request("POST", "/fhir", bundle({patient("home")}), m_token).status, 200);
        QCOMPARE(m_p.request("POST", "/fhir",
                             bundle({with(patient("home"), "birthDate", "1961-05-01")}, "W/\"1\""),
                             m_token)
                     .status,
                 200);
        QCOMPARE(m_p.request("POST", "/fhir", bundle({patient("away", Village2)}), m_token2).status,
                 200);
        m_count = m_p.count();
        QCOMPARE(m_count, 2);
        m_cursor = cursorNow();
        QVERIFY(!m_cursor.isEmpty());
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token"); // "1": village 1's, else as given
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("entry"); // the entry the OperationOutcome names, -1: none

        const QByteArray post = "POST", get = "GET", fhir = "/fhir";
        const QString t1 = QStringLiteral("1");
        const QList<QByteArray> none;
        const QJsonObject p = patient("new-1");
        const QJsonObject o = observation("obs-1", "home");
        const auto row = [&](const char *name, const QByteArray &body, int status, int entry = -1,
                             const QString &token = QStringLiteral("1"),
                             const QList<QByteArray> &headers = {}) {
            QTest::newRow(name) << post << fhir << body << token << headers << status << entry;
        };

        // Not JSON, or not a transaction Bundle
        row("truncated JSON", R"({"resourceType":"Bundle","type":"transaction","entry":[)", 400);
        row("a JSON array", "[1,2,3]", 400);
        row("text after the JSON", bundle({p}) + "garbage", 400);
        row("a batch, not a transaction",
            compact(QJsonObject{{"resourceType", "Bundle"}, {"type", "batch"}}), 400);
        row("entry is not an array",
            R"({"resourceType":"Bundle","type":"transaction","entry":{"a":1}})", 400);
        row("invalid UTF-8", patientBundleText("\"Test\"", "\"T\xff\xfe\"", "new-1"), 400, 0);
        // Huge and deep
        row("1000-deep nesting in a resource",
            patientBundleText("\"gender\":", "\"x\":" + nested(1000) + ",\"gender\":", "new-1"),
            400, 0);
        row("40-deep nesting in a resource",
            patientBundleText("\"gender\":", "\"x\":" + nested(40) + ",\"gender\":", "new-1"), 400,
            0);
        row("declares 100 MB", bundle({p}), 413, -1, t1, {"Content-Length: 100000000"});
        row("a 50 MB Patient",
            bundle({with(
                p, "name",
                QJsonArray{QJsonObject{{"text", QString(50 * 1024 * 1024, QLatin1Char('x'))}}})}),
            413, 0);
        {
            QJsonArray many;
            for (int i = 0; i < 10001; ++i)
                many.append(QJsonObject{
                    {"request", QJsonObject{{"method", "DELETE"},
                                            {"url", "Patient/x" + QString::number(i)}}}});
            row("10001 entries",
                compact(QJsonObject{
                    {"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", many}}),
                413);
        }
        // Wrong types, invalid values, missing elements
        row("gender is a number", bundle({with(p, "gender", 1)}), 422, 0);
        row("birthDate month 13", bundle({with(p, "birthDate", "1950-13-01")}), 422, 0);
        row("birthDate 30 February", bundle({with(p, "birthDate", "2023-02-30")}), 422, 0);
        row("dateTime without seconds and zone",
            bundle({with(o, "effectiveDateTime", "2026-03-01T09:30")}), 422, 0);
        row("Observation without status", bundle({with(o, "status", QJsonValue::Undefined)}), 422,
            0);
        row("Observation without code", bundle({p, with(o, "code", QJsonValue::Undefined)}), 422,
            1);
        row("an element FHIR does not have", bundle({with(p, "favouriteColour", "red")}), 422, 0);
        row("an array for a single value", bundle({with(p, "gender", QJsonArray{"female"})}), 422,
            0);
        row("a single value for an array", bundle({with(p, "name", QJsonObject{{"text", "Test"}})}),
            422, 0);
        row("an empty code", bundle({with(p, "gender", "")}), 422, 0);
        row("an empty object", bundle({with(o, "code", QJsonObject{})}), 422, 0);
        row("resourceType other than the URL's",
            patientBundleText("\"resourceType\":\"Patient\"", "\"resourceType\":\"Group\"",
                              "new-1"),
            422, 0);
        // Characters FHIR forbids, keys JSON should not repeat
        row("a NUL byte",
            bundle({with(p, "name",
                         QJsonArray{QJsonObject{{"text", QString("a") + QChar(0) + "b"}}})}),
            400, 0);
        row("a raw control byte", patientBundleText("\"Test\"", "\"Te\x01st\"", "new-1"), 400, 0);
        row("duplicate meta keys",
            patientBundleText("\"meta\":{", "\"meta\":{\"tag\":[]},\"meta\":{", "new-1"), 400, 0);
        row("duplicate meta, one escaped",
            patientBundleText("\"meta\":{", "\"meta\":{\"tag\":[]},\"\\u006deta\":{", "new-1"), 400,
            0);
        // SQL metacharacters
        QTest::newRow("SQL in _since")
            << get << QByteArray("/fhir/_history?_since=0;DROP%20TABLE%20resource") << QByteArray()
            << t1 << none << 400 << -1;
        QTest::newRow("SQL in a search parameter")
            << get << QByteArray("/fhir/Patient?name=x'%20OR%20'1'='1") << QByteArray() << t1
            << none << 400 << -1;
        QTest::newRow("SQL in _count") << get << QByteArray("/fhir/_history?_count=1%20OR%201=1")
                                       << QByteArray() << t1 << none << 400 << -1;
        QTest::newRow("SQL in a read id") << get << QByteArray("/fhir/Patient/home'%20OR%20'1'='1")
                                          << QByteArray() << t1 << none << 404 << -1;
        {
            QByteArray b = bundle({p});
            b.replace("\"url\":\"Patient/new-1\"", "\"url\":\"Patient/new-1' OR '1'='1\"");
            row("SQL in an entry's url", b, 400, 0);
        }
        // References across areas
        row("a reference to another area's Patient", bundle({observation("obs-2", "away")}), 422,
            0);
        row("a urn reference outside the Bundle",
            bundle({with(
                o, "subject",
                QJsonObject{{"reference", "urn:uuid:4f7e0c53-1d2c-4f0e-9f5a-000000000001"}})}),
            422, 0);
        // Tokens
        row("no token", bundle({p}), 401, -1, QString());
        row("a wrong token", bundle({p}), 401, -1, QStringLiteral("wrong"));
        row("an unknown (revoked or expired) token", bundle({p}), 401, -1,
            QStringLiteral("3f1c9a0b7d5e4c2a9b8f6e1d0c3b2a19f8e7d6c5b4a39281706f5e4d3c2b1a0f"));
        row("Basic instead of Bearer", bundle({p}), 401, -1, QString(),
            {"Authorization: Basic dXNlcjpwYXNz"});
        QTest::newRow("a read without a token") << get << QByteArray("/fhir/Patient/home")
                                                << QByteArray() << QString() << none << 401 << -1;
        // Versions and areas
        row("a stale version replayed with If-Match",
            bundle({with(patient("home"), "birthDate", "1970-01-01")}, "W/\"1\""), 412, 0);
        row("If-Match that is not a version", bundle({p}, "W/\"1\" OR 1=1"), 400, 0);
        row("a Bundle that mixes areas", bundle({p, patient("new-2", Village2)}), 403, 1);
        row("a Patient outside the token's areas", bundle({patient("new-3", Village2)}), 403, 0);
        row("the same resource twice", bundle({p, p}), 400, 1);
        row("an unsupported resource type",
            bundle({QJsonObject{{"resourceType", "Organization"}, {"id", "org-1"}}}), 400, 0);
        // Encodings and routes
        row("corrupt gzip", "\x1f\x8b\x08\x00garbage-garbage", 400, -1, t1,
            {"Content-Encoding: gzip"});
        row("brotli", bundle({p}), 415, -1, t1, {"Content-Encoding: br"});
        row("chunked and a length at once", "5\r\nhello\r\n0\r\n\r\n", 400, -1, t1,
            {"Transfer-Encoding: chunked", "Content-Length: 5"});
        row("another transfer coding", bundle({p}), 400, -1, t1,
            {"Transfer-Encoding: gzip, chunked"});
        row("a body of no stated length", bundle({p}), 411, -1, t1, {"Transfer-Encoding: "});
        QTest::newRow("create outside a transaction")
            << post << QByteArray("/fhir/Patient") << compact(p) << t1 << none << 405 << -1;
        QTest::newRow("_count below 1") << get << QByteArray("/fhir/_history?_count=-1")
                                        << QByteArray() << t1 << none << 400 << -1;
    }

    void hostile()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(int, status);
        QFETCH(int, entry);
        const QString t = token == QLatin1String("1") ? m_token : token;
        const Reply r = m_p.request(method, path, body, t, headers);
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(
                                         QString::fromUtf8(r.body.left(400)))));
        QVERIFY2(r.isOutcome(), r.body.left(400).constData());
        const QJsonArray expression =
            r.json().value("issue").toArray().at(0).toObject().value("expression").toArray();
        if (entry >= 0) {
            QCOMPARE(expression.at(0).toString(), QStringLiteral("Bundle.entry[%1]").arg(entry));
            QVERIFY2(r.diagnostics().startsWith(QStringLiteral("Bundle.entry[%1]").arg(entry)),
                     qPrintable(r.diagnostics()));
        }
        qInfo("%d %s", r.status, qPrintable(r.diagnostics().left(160)));
    }

    // Nothing new stored: the same count, no change after the cursor, Patient/home unchanged.
    void nothingStored()
    {
        QCOMPARE(m_p.count(), m_count);
        QCOMPARE(cursorNow(), m_cursor);
        const QString since =
            m_cursor.section(QLatin1Char('='), 1, 1).section(QLatin1Char('&'), 0, 0);
        const Reply feed =
            m_p.request("GET", "/fhir/_history?_since=" + since.toUtf8(), {}, m_county);
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.json().value("entry").toArray().size(), 0);
        const Reply home = m_p.request("GET", "/fhir/Patient/home", {}, m_token);
        QCOMPARE(home.status, 200);
        QCOMPARE(home.header("ETag"), QStringLiteral("W/\"2\""));
        QCOMPARE(home.json().value("birthDate").toString(), QStringLiteral("1961-05-01"));
        // and the platform still serves a valid write
        QCOMPARE(
            m_p.request("POST", "/fhir", bundle({observation("obs-ok", "home")}), m_token).status,
            200);
        QCOMPARE(m_p.count(), m_count + 1);
    }
};

QTEST_MAIN(TestPlatformHostile)
#include "tst_platformhostile.moc"
