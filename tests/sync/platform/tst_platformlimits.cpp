// The platform under slow, idle, huge or compressed requests, and its operability: a real
// jiayi-platform over HTTPS on 127.0.0.1 (issue 20's probe findings, one test each).
#include "platformtestutil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>

#include <zlib.h>

using namespace PlatformTest;

namespace {

// The peak resident memory of a process, in KiB (VmHWM).
qint64 peakKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// `size` bytes of spaces, gzip-compressed (about 1000:1).
QByteArray gzipBomb(qint64 size)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray block(1024 * 1024, ' ');
    QByteArray out;
    char buf[65536];
    for (qint64 left = size;;) {
        const qint64 n = qMin<qint64>(left, block.size());
        left -= n;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.constData()));
        z.avail_in = uInt(n);
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buf);
            z.avail_out = sizeof buf;
            rc = deflate(&z, flush);
            out.append(buf, qsizetype(sizeof buf - z.avail_out));
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        if (left == 0)
            break;
    }
    deflateEnd(&z);
    return out;
}

} // namespace

class TestPlatformLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Platform m_p;
    QString m_token;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_p.start(m_tmp.path(), {"--max-body", "8", "--max-count", "1000", "--access-log",
                                         m_tmp.path() + "/access.log"}));
        m_token = m_p.addToken(Village1, QStringLiteral("clinic-a"));
        QVERIFY(!m_token.isEmpty());
    }

    // 50 connections that never start TLS do not keep a normal request waiting.
    void idleConnectionsDoNotStarve()
    {
        QElapsedTimer base;
        base.start();
        QCOMPARE(m_p.request("GET", "/fhir/metadata").status, 200);
        const qint64 baseline = base.elapsed(); // a loaded machine (CI) is slower for everyone
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 50; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_p.port));
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        QTest::qWait(300); // the platform has accepted them all and waits for their handshakes
        QElapsedTimer t;
        t.start();
        const Reply r = m_p.request("GET", "/fhir/metadata");
        const qint64 ms = t.elapsed();
        qInfo("GET /fhir/metadata with 50 idle connections open: %lld ms (%lld ms without)", ms,
              baseline);
        QCOMPARE(r.status, 200);
        QVERIFY2(ms < 2000 + baseline, qPrintable(QString::number(ms)));
        // and once more, with the idle ones still there
        QCOMPARE(m_p.request("GET", "/healthz").status, 200);
        for (auto &s : idle)
            QCOMPARE(s->state(), QAbstractSocket::ConnectedState); // still held, not dropped
    }

    // A 100 MB chunked body is refused when it passes the limit (8 MiB here), not read in full.
    void chunkedBodyIsBounded()
    {
        const QByteArray head = "POST /fhir HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                m_token.toUtf8() +
                                "\r\nContent-Type: application/fhir+json\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray data(64 * 1024, 'x');
        const QByteArray chunk = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
        qint64 produced = 0;
        const Reply r = m_p.stream(head, [&]() -> QByteArray {
            if (produced >= 100 * 1000 * 1000)
                return {};
            produced += data.size();
            return chunk;
        });
        qInfo("chunked body: the platform took %lld of 100000000 bytes", r.sent);
        QCOMPARE(r.status, 413);
        QVERIFY(r.isOutcome());
        QVERIFY2(r.sent < 40 * 1000 * 1000, qPrintable(QString::number(r.sent)));
        QCOMPARE(m_p.request("GET", "/healthz").status, 200);
    }

    // A body that declares more than the limit is refused before it is read.
    void declaredLengthIsBounded()
    {
        const Reply r = m_p.request("POST", "/fhir", QByteArray(4 * 1024 * 1024, 'x'), m_token,
                                    {"Content-Length: 100000000"});
        QCOMPARE(r.status, 413);
        QVERIFY(r.isOutcome());
        QVERIFY(r.sent < 4 * 1024 * 1024);
    }

    // 0.4 MB of gzip that inflates to 400 MB: 413 when the inflated size passes the limit, and
    // the platform's memory stays far below the inflated size.
    void gzipBombIsBounded()
    {
        const QByteArray bomb = gzipBomb(400LL * 1000 * 1000);
        qInfo("gzip bomb: %lld bytes inflating to 400000000", qint64(bomb.size()));
        QVERIFY(bomb.size() < 1000 * 1000);
        const qint64 before = peakKiB(m_p.proc.processId());
        const Reply r = m_p.request(
            "POST", "/fhir", bomb, m_token,
            {"Content-Encoding: gzip", "Content-Length: " + QByteArray::number(bomb.size())});
        const qint64 after = peakKiB(m_p.proc.processId());
        qInfo("platform peak memory: %lld KiB before, %lld KiB after", before, after);
        QCOMPARE(r.status, 413);
        QVERIFY(r.isOutcome());
        QVERIFY(r.diagnostics().contains(QLatin1String("inflated")));
        QVERIFY2(after - before < 64 * 1024, qPrintable(QString::number(after - before)));
        QCOMPARE(m_p.count(), 0);
    }

    // Without a valid token a big POST gets 401 before its body is read.
    void unauthenticatedBodyIsNotRead()
    {
        const QByteArray body(6 * 1024 * 1024, 'x');
        for (const QString &token : {QString(), QStringLiteral("not-a-token")}) {
            const Reply r = m_p.request("POST", "/fhir", body, token,
                                        {"Content-Length: " + QByteArray::number(body.size())});
            QCOMPARE(r.status, 401);
            QVERIFY(r.isOutcome());
            QCOMPARE(r.header("WWW-Authenticate"), QStringLiteral("Bearer"));
            QVERIFY2(r.sent < body.size(), qPrintable(QString::number(r.sent)));
        }
        // Expect: 100-continue: refused before the client is asked for the body
        const QByteArray head =
            "POST /fhir HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n"
            "Expect: 100-continue\r\n";
        const Reply e = m_p.stream(head + "\r\n", [] { return QByteArray(); });
        QCOMPARE(e.status, 401);
        QVERIFY(e.isOutcome());
        const Reply go = m_p.stream(head + "Authorization: Bearer " + m_token.toUtf8() + "\r\n\r\n",
                                    [] { return QByteArray(); });
        QCOMPARE(go.status, 100);
        // compressed: refused without inflating anything
        const QByteArray bomb = gzipBomb(50LL * 1000 * 1000);
        const Reply r = m_p.request("POST", "/fhir", bomb, {}, {"Content-Encoding: gzip"});
        QCOMPARE(r.status, 401);
    }

    void healthz()
    {
        const Reply r = m_p.request("GET", "/healthz");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject({{"status", "ok"}}));
    }

    // The CapabilityStatement lists exactly what the routes do: each listed interaction answers,
    // the usual ones that are not listed are refused as not supported.
    void metadataMatchesRoutes()
    {
        const Reply meta = m_p.request("GET", "/fhir/metadata");
        QCOMPARE(meta.status, 200);
        const QJsonObject rest = meta.json().value("rest").toArray().at(0).toObject();
        QStringList system;
        for (const QJsonValue &i : rest.value("interaction").toArray())
            system << i.toObject().value("code").toString();
        QCOMPARE(system, QStringList({"transaction", "history-system"}));
        const QByteArray empty = R"({"resourceType":"Bundle","type":"transaction","entry":[]})";
        QCOMPARE(m_p.request("POST", "/fhir", empty, m_token).status, 200);
        QCOMPARE(m_p.request("GET", "/fhir/_history?_since=0", {}, m_token).status, 200);
        const QJsonArray resources = rest.value("resource").toArray();
        // the 18 types the workstation's mappers emit, and MeasureReport (the monthly figures)
        QCOMPARE(resources.size(), 19);
        // The one operation: the county summary of those figures.
        const QJsonArray operations = rest.value("operation").toArray();
        QCOMPARE(operations.size(), 1);
        QCOMPARE(operations.at(0).toObject().value("name").toString(),
                 QStringLiteral("county-summary"));
        QCOMPARE(m_p.request("GET", "/fhir/$county-summary?period=2026-11", {}, m_token).status,
                 200);
        bool doses = false;
        for (const QJsonValue &v : resources)
            doses = doses || v.toObject().value("type").toString() == "MedicationAdministration";
        QVERIFY(doses); // the TB dose card
        for (const QJsonValue &v : resources) {
            const QByteArray type = v.toObject().value("type").toString().toUtf8();
            QStringList codes;
            for (const QJsonValue &i : v.toObject().value("interaction").toArray())
                codes << i.toObject().value("code").toString();
            QCOMPARE(codes, QStringList({"read", "search-type"}));
            const Reply read = m_p.request("GET", "/fhir/" + type + "/none", {}, m_token);
            QCOMPARE(read.status, 404);
            QCOMPARE(read.json().value("issue").toArray().at(0).toObject().value("code").toString(),
                     QStringLiteral("not-found")); // the read ran: the resource is absent
            const Reply search =
                m_p.request("GET", "/fhir/" + type + "?_since=0&_count=5", {}, m_token);
            QCOMPARE(search.status, 200);
            QCOMPARE(search.json().value("type").toString(), QStringLiteral("history"));
            // not listed: create, update, patch and delete outside a transaction, vread,
            // instance history
            QCOMPARE(m_p.request("POST", "/fhir/" + type, "{}", m_token).status, 405);
            QCOMPARE(m_p.request("PUT", "/fhir/" + type + "/x", "{}", m_token).status, 405);
            QCOMPARE(m_p.request("PATCH", "/fhir/" + type + "/x", "{}", m_token).status, 405);
            QCOMPARE(m_p.request("DELETE", "/fhir/" + type + "/x", {}, m_token).status, 405);
            QCOMPARE(m_p.request("GET", "/fhir/" + type + "/x/_history/1", {}, m_token).status,
                     404);
            const Reply hist = m_p.request("GET", "/fhir/" + type + "/x/_history", {}, m_token);
            QCOMPARE(hist.status, 404);
            QVERIFY(hist.isOutcome());
        }
        // a type that is not listed is not served
        QCOMPARE(m_p.request("GET", "/fhir/Organization?_since=0", {}, m_token).status, 404);
    }

    // _count above the largest page (1000 here) is capped, and the next link says so.
    void pageSizeIsCapped()
    {
        const Reply r = m_p.request("GET", "/fhir/_history?_since=0&_count=100000", {}, m_token);
        QCOMPARE(r.status, 200);
        const QString next =
            r.json().value("link").toArray().at(0).toObject().value("url").toString();
        QVERIFY2(next.endsWith(QLatin1String("_count=1000")), qPrintable(next));
        for (const char *bad : {"_count=0", "_count=-5", "_count=abc", "_since=x"}) {
            const Reply b = m_p.request("GET", QByteArray("/fhir/_history?") + bad, {}, m_token);
            QCOMPARE(b.status, 400);
            QVERIFY(b.isOutcome());
        }
    }

    // One JSON line per request, with parameter names but never their values, no token and no
    // patient data.
    void accessLog()
    {
        const QByteArray name = QStringLiteral("王秀英").toUtf8();
        QCOMPARE(m_p.request("GET",
                             "/fhir/_history?name=" + QUrl::toPercentEncoding(name) + "&_since=0",
                             {}, m_token)
                     .status,
                 400);
        QJsonObject p = patient(QStringLiteral("log-1"));
        p.insert("name", QJsonArray{QJsonObject{{"text", QString::fromUtf8(name)}}});
        QCOMPARE(
            m_p.request("POST", "/fhir", bundle({p}), m_token, {"X-Jiayi-Client: ws-7"}).status,
            200);
        QTest::qWait(100);
        QFile f(m_tmp.path() + "/access.log");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains(name));
        QVERIFY(!text.contains(QUrl::toPercentEncoding(name)));
        QVERIFY(!text.contains(m_token.toUtf8()));
        QVERIFY(!text.contains("log-1\"")); // no body
        bool sawSearch = false, sawPost = false;
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError e;
            const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
            QCOMPARE(e.error, QJsonParseError::NoError);
            for (const char *k : {"time", "method", "path", "status", "bytes", "ms"})
                QVERIFY2(o.contains(QLatin1String(k)), line.constData());
            if (o.value("path").toString() == QLatin1String("/fhir/_history?name&_since") ||
                o.value("path").toString() == QLatin1String("/fhir/_history?_since&name")) {
                sawSearch = true;
                QCOMPARE(o.value("status").toInt(), 400);
                QCOMPARE(o.value("clinic").toString(), QStringLiteral("clinic-a"));
            }
            if (o.value("method").toString() == QLatin1String("POST") &&
                o.value("client").toString() == QLatin1String("ws-7")) {
                sawPost = true;
                QCOMPARE(o.value("status").toInt(), 200);
            }
        }
        QVERIFY(sawSearch);
        QVERIFY(sawPost);
        m_p.stop(); // counted with the store closed
        QCOMPARE(m_p.count(), 1);
        QVERIFY(m_p.restart({"--max-body", "8"}));
    }

    // Plain HTTP (the platform behind nginx): the same refusals, and the connection is closed
    // after a refused body instead of reading its rest as the next request.
    void plainHttpRefusesEarly()
    {
        QProcess plain;
        plain.start(QStringLiteral(JIAYI_PLATFORM_BIN),
                    {"--data", m_p.dataDir, "--listen", "127.0.0.1:0", "--max-body", "8"});
        QVERIFY(plain.waitForStarted(10000));
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            plain.waitForReadyRead(100);
            line += plain.readAllStandardOutput();
        }
        const int port = line.trimmed().split(':').last().toInt();
        QVERIFY(port > 0);
        const auto exchange = [port](const QByteArray &head, qint64 bodySize, qint64 *sent) {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
            if (!s.waitForConnected(5000))
                return QByteArray();
            s.write(head);
            const QByteArray piece(64 * 1024, 'x');
            *sent = 0;
            while (*sent < bodySize && s.bytesAvailable() == 0 &&
                   s.state() == QAbstractSocket::ConnectedState) {
                s.write(piece);
                if (!s.waitForBytesWritten(3000))
                    break;
                *sent += piece.size();
            }
            QByteArray in;
            for (int i = 0; i < 50 && s.state() == QAbstractSocket::ConnectedState; ++i) {
                s.waitForReadyRead(100);
                in += s.readAll();
            }
            in += s.readAll();
            return in;
        };
        qint64 sent = 0;
        QByteArray in =
            exchange("POST /fhir HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n",
                     100000000, &sent);
        QVERIFY2(in.startsWith("HTTP/1.1 401"), in.left(200).constData());
        QCOMPARE(in.count("HTTP/1.1"), 1); // one answer, then the connection ends
        QVERIFY(sent < 100000000);
        in = exchange("POST /fhir HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                          m_token.toUtf8() + "\r\nContent-Length: 100000000\r\n\r\n",
                      100000000, &sent);
        QVERIFY2(in.startsWith("HTTP/1.1 413"), in.left(200).constData());
        QCOMPARE(in.count("HTTP/1.1"), 1);
        plain.terminate();
        QVERIFY(plain.waitForFinished(10000));
    }

    // SIGTERM while a request is in flight: the request is answered and stored, then the
    // process exits 0 and takes no new connection.
    void gracefulShutdown()
    {
        const QByteArray body = bundle({patient(QStringLiteral("late-1"))});
        const QByteArray head =
            "POST /fhir HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token.toUtf8() +
            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        QSslSocket s;
        QVERIFY(m_p.connect(s));
        s.write(head + body.left(body.size() / 2));
        QVERIFY(s.waitForBytesWritten(5000));
        QTest::qWait(200); // the platform is reading the body
        ::kill(pid_t(m_p.proc.processId()), SIGTERM);
        QTest::qWait(300);
        s.write(body.mid(body.size() / 2));
        QVERIFY(s.waitForBytesWritten(5000));
        Reply r;
        Platform::readReply(s, r);
        QCOMPARE(r.status, 200);
        QVERIFY(m_p.proc.waitForFinished(10000));
        QCOMPARE(m_p.proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_p.proc.exitCode(), 0);
        QCOMPARE(m_p.count(), 2);
        QSslSocket again;
        QVERIFY(!m_p.connect(again));
    }
};

QTEST_MAIN(TestPlatformLimits)
#include "tst_platformlimits.moc"
