#pragma once
// Shared by the platform's own tests: a test CA and server certificate (openssl CLI), a real
// jiayi-platform on 127.0.0.1 over HTTPS (QProcess), and a raw HTTPS client (QSslSocket) that
// can send what a hostile client sends: any bytes, declared lengths it never sends, chunked
// bodies written as long as the server keeps reading.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <functional>

namespace PlatformTest {

inline bool run(const QStringList &args, QByteArray *out = nullptr,
                const QString &program = QStringLiteral(JIAYI_PLATFORM_BIN))
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput().trimmed();
    return true;
}

// CA + server certificate for 127.0.0.1 (subjectAltName IP).
inline bool makeCertificates(const QString &dir)
{
    QFile f(dir + QStringLiteral("/ext.cnf"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
    f.close();
    const QString o = QStringLiteral("openssl");
    return run({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                "/CN=Jiayi Test CA", "-keyout", dir + "/ca.key", "-out", dir + "/ca.pem"},
               nullptr, o) &&
           run({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
                dir + "/server.key", "-out", dir + "/server.csr"},
               nullptr, o) &&
           run({"x509", "-req", "-in", dir + "/server.csr", "-CA", dir + "/ca.pem", "-CAkey",
                dir + "/ca.key", "-CAcreateserial", "-days", "2", "-extfile", dir + "/ext.cnf",
                "-out", dir + "/server.pem"},
               nullptr, o);
}

struct Reply
{
    int status = 0;
    QByteArray head, body;
    qint64 sent = 0; // bytes of the request written before the answer (or the end)
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString header(const QByteArray &name) const
    {
        for (const QByteArray &l : head.split('\n'))
            if (l.toLower().startsWith(name.toLower() + ':'))
                return QString::fromLatin1(l.mid(name.size() + 1).trimmed());
        return {};
    }
    // An OperationOutcome with an error issue that says something.
    bool isOutcome() const
    {
        const QJsonObject o = json();
        const QJsonObject issue = o.value(QStringLiteral("issue")).toArray().at(0).toObject();
        return o.value(QStringLiteral("resourceType")).toString() ==
                   QLatin1String("OperationOutcome") &&
               issue.value(QStringLiteral("severity")).toString() == QLatin1String("error") &&
               !issue.value(QStringLiteral("diagnostics")).toString().isEmpty();
    }
    QString diagnostics() const
    {
        return json()
            .value(QStringLiteral("issue"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("diagnostics"))
            .toString();
    }
};

struct Platform
{
    QProcess proc;
    QString dir, dataDir, caFile;
    int port = 0;
    QList<QSslCertificate> ca;

    // Certificates in `d`, data in d/platform; `extra`: more options (--access-log ...).
    bool start(const QString &d, const QStringList &extra = {})
    {
        dir = d;
        dataDir = d + QStringLiteral("/platform");
        caFile = d + QStringLiteral("/ca.pem");
        if (!QFile::exists(caFile) && !makeCertificates(d))
            return false;
        ca = QSslCertificate::fromPath(caFile);
        return restart(extra);
    }
    bool restart(const QStringList &extra = {})
    {
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(QStringLiteral(JIAYI_PLATFORM_BIN),
                   QStringList{"--data", dataDir, "--listen", "127.0.0.1:0", "--tls-cert",
                               dir + "/server.pem", "--tls-key", dir + "/server.key"} +
                       extra);
        if (!proc.waitForStarted(10000))
            return false;
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            proc.waitForReadyRead(100);
            line += proc.readAllStandardOutput();
        }
        if (!line.startsWith("listening on"))
            return false;
        port = line.trimmed().split(':').last().toInt();
        return true;
    }
    QString addToken(const QString &area, const QString &clinic = QStringLiteral("clinic"),
                     const QStringList &moreAreas = {})
    {
        QByteArray out;
        QStringList args{"token", "add", "--data", dataDir, "--clinic", clinic, "--area", area};
        for (const QString &a : moreAreas)
            args << "--area" << a;
        run(args, &out);
        return QString::fromUtf8(out);
    }
    qint64 count()
    {
        QByteArray out;
        run({"count", "--data", dataDir}, &out);
        return out.toLongLong();
    }
    void stop()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.terminate();
            if (!proc.waitForFinished(10000)) {
                proc.kill();
                proc.waitForFinished();
            }
        }
    }
    ~Platform() { stop(); }

    bool connect(QSslSocket &s) const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(ca);
        s.setSslConfiguration(c);
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
        return s.waitForEncrypted(10000);
    }

    // Reads an answer (status line, headers, Content-Length body) from `s`.
    static void readReply(QSslSocket &s, Reply &r, int timeoutMs = 30000)
    {
        QByteArray in;
        QElapsedTimer t;
        t.start();
        for (;;) {
            in += s.readAll();
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end >= 0) {
                r.head = in.left(end);
                r.status = in.mid(9, 3).toInt();
                const qint64 len = r.header("Content-Length").toLongLong();
                if (in.size() - end - 4 >= len) {
                    r.body = in.mid(end + 4, len);
                    return;
                }
            }
            if (t.elapsed() > timeoutMs)
                return;
            if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0)
                return;
            s.waitForReadyRead(200);
        }
    }

    // One request. `headers`: more header lines ("Name: value"); `token` (unless empty) as
    // Bearer. The body is sent as given with its Content-Length unless `headers` has one.
    Reply request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                  const QString &token = {}, const QList<QByteArray> &headers = {}) const
    {
        QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token.toUtf8() + "\r\n";
        bool length = false;
        for (const QByteArray &h : headers) {
            head += h + "\r\n";
            length = length || h.toLower().startsWith("content-length:") ||
                     h.toLower().startsWith("transfer-encoding:");
        }
        if (!length && (!body.isEmpty() || method == "POST" || method == "PUT"))
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "\r\n";
        QSslSocket s;
        Reply r;
        if (!connect(s))
            return r;
        s.write(head);
        // Written in pieces, stopping if the server answers or closes before it has all.
        for (qsizetype at = 0; at < body.size();) {
            if (s.bytesAvailable() > 0 || s.state() != QAbstractSocket::ConnectedState)
                break;
            const qsizetype n = qMin<qsizetype>(256 * 1024, body.size() - at);
            s.write(body.constData() + at, n);
            at += n;
            while (s.bytesToWrite() > 0 && s.state() == QAbstractSocket::ConnectedState)
                if (!s.waitForBytesWritten(5000))
                    break;
            r.sent = at;
        }
        while (s.bytesToWrite() > 0 && s.waitForBytesWritten(5000)) {
        }
        readReply(s, r);
        return r;
    }

    // A request whose body `next` produces piece by piece (empty: the end) as long as the server
    // reads it; `r.sent` tells how much it took.
    Reply stream(const QByteArray &head, const std::function<QByteArray()> &next) const
    {
        QSslSocket s;
        Reply r;
        if (!connect(s))
            return r;
        s.write(head);
        for (;;) {
            if (s.bytesAvailable() > 0 || s.state() != QAbstractSocket::ConnectedState)
                break;
            const QByteArray piece = next();
            if (piece.isEmpty())
                break;
            s.write(piece);
            bool ok = true;
            while (ok && s.bytesToWrite() > 0 && s.state() == QAbstractSocket::ConnectedState)
                ok = s.waitForBytesWritten(3000);
            if (!ok)
                break;
            r.sent += piece.size();
        }
        readReply(s, r, 10000);
        return r;
    }
};

inline const QString AreaSystem = QStringLiteral("https://jiayi.example/fhir/CodeSystem/area");
inline const QString Village1 = QStringLiteral("430121101001");
inline const QString Village2 = QStringLiteral("430121101002");

inline QJsonObject meta(const QString &area)
{
    return QJsonObject{{"tag", QJsonArray{QJsonObject{{"system", AreaSystem}, {"code", area}}}}};
}

inline QJsonObject patient(const QString &id, const QString &area = Village1)
{
    return QJsonObject{
        {"resourceType", "Patient"}, {"id", id},
        {"meta", meta(area)},        {"name", QJsonArray{QJsonObject{{"text", "Test"}}}},
        {"gender", "female"},        {"birthDate", "1960-05-01"}};
}

inline QJsonObject observation(const QString &id, const QString &patientId,
                               const QString &area = Village1)
{
    return QJsonObject{{"resourceType", "Observation"},
                       {"id", id},
                       {"meta", meta(area)},
                       {"status", "final"},
                       {"code", QJsonObject{{"text", "blood pressure"}}},
                       {"subject", QJsonObject{{"reference", "Patient/" + patientId}}},
                       {"effectiveDateTime", "2026-03-01T09:30:00+08:00"}};
}

// A transaction Bundle of PUT entries (If-Match when `ifMatch` is set).
inline QByteArray bundle(const QList<QJsonObject> &resources, const QString &ifMatch = {})
{
    QJsonArray entries;
    for (const QJsonObject &r : resources) {
        const QString url = r.value("resourceType").toString() + '/' + r.value("id").toString();
        QJsonObject rq{{"method", "PUT"}, {"url", url}};
        if (!ifMatch.isEmpty())
            rq.insert("ifMatch", ifMatch);
        entries.append(QJsonObject{
            {"fullUrl", "https://127.0.0.1/fhir/" + url}, {"request", rq}, {"resource", r}});
    }
    return QJsonDocument(
               QJsonObject{{"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

} // namespace PlatformTest
