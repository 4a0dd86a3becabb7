#include "reportsender.h"

#include "clinicsetup.h"
#include "indicatorengine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcReportSend, "jiayi.sync.report", QtWarningMsg)

namespace Sync {

namespace {

struct Reply
{
    int status = 0; // 0: no HTTP answer (connection, TLS, timeout)
    QByteArray body, etag;
    QString transportError;
};

// The diagnostics of an OperationOutcome answer, else the first bytes of the body.
QString diagnostics(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList out;
    for (const QJsonValue &i : o.value(QStringLiteral("issue")).toArray())
        out << i.toObject().value(QStringLiteral("diagnostics")).toString();
    out.removeAll(QString());
    return out.isEmpty() ? QString::fromUtf8(body.left(200)) : out.join(QStringLiteral("; "));
}

// Requests to <server>/fhir with the token, TLS verified against the CA file.
class Http
{
public:
    Http(const ReportSendConfig &c, QString clientId) : m_cfg(c), m_client(std::move(clientId))
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    // False when the CA file gives no certificate.
    bool loadCa()
    {
        if (m_cfg.caFile.isEmpty())
            return true;
        const auto certs = QSslCertificate::fromPath(m_cfg.caFile, QSsl::Pem);
        if (certs.isEmpty())
            return false;
        m_ssl.addCaCertificates(certs);
        return true;
    }
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        QString base = m_cfg.server;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QNetworkRequest req(QUrl(base + QStringLiteral("/fhir") + path));
        req.setRawHeader("Authorization", "Bearer " + m_cfg.token.toUtf8());
        req.setRawHeader("Accept", "application/fhir+json");
        if (!m_client.isEmpty())
            req.setRawHeader("X-Jiayi-Client", m_client.toLatin1());
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/fhir+json; charset=utf-8"));
        req.setTransferTimeout(m_cfg.timeoutMs);
        req.setSslConfiguration(m_ssl);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return m_nam.sendCustomRequest(req, method, body);
    }
    // Waits for every reply (they run at once on the manager's connections).
    static std::vector<Reply> collect(const std::vector<QNetworkReply *> &replies)
    {
        QEventLoop loop;
        int left = 0;
        for (QNetworkReply *r : replies)
            if (!r->isFinished()) {
                ++left;
                QObject::connect(r, &QNetworkReply::finished, &loop, [&loop, &left] {
                    if (--left == 0)
                        loop.quit();
                });
            }
        if (left > 0)
            loop.exec();
        std::vector<Reply> out;
        for (QNetworkReply *r : replies) {
            Reply x;
            x.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            x.body = r->readAll();
            x.etag = r->rawHeader("ETag");
            // A transport failure after the status line: the answer is unknown, never a success.
            if (r->error() != QNetworkReply::NoError && (r->error() < 100 || x.status == 0)) {
                x.status = 0;
                x.transportError = r->errorString();
            }
            r->deleteLater();
            out.push_back(x);
        }
        return out;
    }

private:
    ReportSendConfig m_cfg;
    QString m_client;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
};

QString stateValue(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// "W/\"3\"" -> "3"
QString versionOf(const QByteArray &etag)
{
    return QString::fromLatin1(etag).remove(QStringLiteral("W/")).remove(QLatin1Char('"'));
}

} // namespace

QJsonObject ReportSendResult::toJson() const
{
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("month"), month},
                       {QStringLiteral("clinic"), clinic.id},
                       {QStringLiteral("clinic_name"), clinic.name},
                       {QStringLiteral("area"), clinic.area},
                       {QStringLiteral("indicators"), figures.size()},
                       {QStringLiteral("sent"), sent},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("seconds"), milliseconds / 1000.0},
                       {QStringLiteral("error"), error}};
}

ReportSender::ReportSender(QString connectionName, Models::Scope scope, ReportSendConfig config)
    : m_conn(std::move(connectionName)), m_scope(std::move(scope)), m_config(std::move(config))
{
}

Models::Result<ReportingClinic> ReportSender::clinic(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    auto info = Models::ClinicSetup(connectionName).clinic();
    if (!info)
        return info.error();
    ReportingClinic c;
    c.area = stateValue(db, QStringLiteral("home_area"));
    QSqlQuery q(db);
    if (c.area.isEmpty() &&
        q.exec(QStringLiteral("SELECT min(code) FROM area WHERE level = 'village'")) && q.next())
        c.area = q.value(0).toString();
    if (c.area.size() != 12)
        return Models::makeError(QStringLiteral("report.area"),
                                 tr("本机没有村（行政区划），无法确定上报机构的地区"));
    c.id = info->institutionCode;
    if (c.id.isEmpty()) {
        // The workstation's sync client id: stable for the database, unique among workstations.
        c.id = stateValue(db, QStringLiteral("client_id"));
        if (c.id.isEmpty()) {
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QSqlQuery w(db);
            w.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES('client_id', ?)"
                                     " ON CONFLICT(key) DO NOTHING"));
            w.addBindValue(c.id);
            if (!w.exec())
                return Models::makeError(QStringLiteral("report.client"), tr("无法保存工作站标识"),
                                         {}, w.lastError().text());
            c.id = stateValue(db, QStringLiteral("client_id")); // another writer may have won
        }
    }
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT name FROM area WHERE code = ?"));
    t.addBindValue(c.area.left(9));
    c.townshipName = t.exec() && t.next() ? t.value(0).toString() : QString();
    c.name = info->name;
    if (c.name.isEmpty())
        c.name = c.townshipName.isEmpty() ? c.area.left(9) : c.townshipName;
    return c;
}

ReportSendResult ReportSender::send(const QDate &month, const Progress &progress,
                                    const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    ReportSendResult out;
    const QDate first(month.year(), month.month(), 1);
    out.month = monthText(first);
    const auto step = [&](int percent, const QString &what) {
        if (progress)
            progress(percent, what);
    };
    const auto failed = [&](const QString &why) {
        out.ok = false;
        out.error = why;
        out.milliseconds = timer.elapsed();
        qCWarning(lcReportSend) << "month" << out.month << "not sent:" << why;
        return out;
    };
    if (!month.isValid() || first > QDate::currentDate())
        return failed(tr("月份无效或尚未开始：%1").arg(out.month));
    if (!m_scope.can(QStringLiteral("report.read")) || !m_scope.can(QStringLiteral("sync.write")))
        return failed(tr("上报月度指标需要统计报表和同步权限"));
    if (!m_scope.allVillages)
        return failed(tr("上报月度指标需要全部村的权限（本账户只能看到部分村，指标会不完整）"));
    if (m_config.server.isEmpty() || m_config.token.isEmpty())
        return failed(tr("尚未设置区域平台地址和工作站令牌（见同步设置）"));
    auto who = clinic(m_conn);
    if (!who)
        return failed(who.error().message);
    out.clinic = *who;

    step(0, tr("统计 %1 的指标").arg(out.month));
    Models::IndicatorEngine engine(m_conn);
    Models::IndicatorControl control;
    control.cancel = cancel;
    control.progress = [&](int done, int total) {
        step(total > 0 ? 60 * done / total : 0, tr("统计 %1 的指标").arg(out.month));
    };
    const auto run =
        engine.evaluate(m_scope, Models::IndicatorPeriod::month(first.year(), first.month()),
                        Models::IndicatorArea::township(), {}, control);
    if (!run)
        return failed(run.error().message);
    const Models::IndicatorCatalog &catalog = engine.catalog();
    std::vector<QJsonObject> reports;
    for (const Models::IndicatorResult &r : run->results) {
        const Models::IndicatorDefinition *d = catalog.find(r.id);
        const QString name = d ? d->name : r.id;
        const QJsonObject report = measureReport(out.clinic, first, name, catalog.version(), r);
        reports.push_back(report);
        QJsonObject figure{{QStringLiteral("id"), r.id},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("numerator"), r.total.numerator},
                           {QStringLiteral("denominator"), r.total.denominator},
                           {QStringLiteral("report"), report.value(QStringLiteral("id"))}};
        if (const auto v = r.total.value())
            figure.insert(QStringLiteral("rate"), *v);
        out.figures.append(figure);
    }
    if (reports.empty())
        return failed(tr("没有可上报的指标"));

    Http http(m_config, stateValue(QSqlDatabase::database(m_conn), QStringLiteral("client_id")));
    if (!http.loadCa())
        return failed(tr("无法读取 CA 证书文件：%1").arg(m_config.caFile));
    const auto answerError = [](const Reply &r) {
        if (r.status == 0)
            return tr("无法连接区域平台：%1").arg(r.transportError);
        if (r.status == 401)
            return tr("区域平台不接受本工作站的令牌（401）");
        return tr("区域平台拒绝（%1）：%2").arg(r.status).arg(diagnostics(r.body));
    };
    // Twice at most: another send of the same month between the reads and the Bundle (412) reads
    // the versions again.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (cancel && cancel->load())
            return failed(tr("已取消"));
        step(65, tr("读取平台上已有的版本"));
        std::vector<QNetworkReply *> reads;
        for (const QJsonObject &r : reports)
            reads.push_back(http.start(
                "GET", QStringLiteral("/MeasureReport/") + r.value(QStringLiteral("id")).toString(),
                {}));
        const std::vector<Reply> current = Http::collect(reads);
        QJsonArray entries;
        for (size_t i = 0; i < reports.size(); ++i) {
            const Reply &c = current[i];
            if (c.status != 200 && c.status != 404 && c.status != 410)
                return failed(answerError(c));
            const QString id = reports[i].value(QStringLiteral("id")).toString();
            QJsonObject request{{QStringLiteral("method"), QStringLiteral("PUT")},
                                {QStringLiteral("url"), QStringLiteral("MeasureReport/") + id}};
            if (c.status != 404 && !c.etag.isEmpty())
                request.insert(QStringLiteral("ifMatch"),
                               QStringLiteral("W/\"%1\"").arg(versionOf(c.etag)));
            entries.append(
                QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + id},
                            {QStringLiteral("resource"), reports[i]},
                            {QStringLiteral("request"), request}});
        }
        step(80, tr("上报 %1 项指标").arg(reports.size()));
        const QByteArray bundle =
            QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                      {QStringLiteral("type"), QStringLiteral("transaction")},
                                      {QStringLiteral("entry"), entries}})
                .toJson(QJsonDocument::Compact);
        const Reply answer = Http::collect({http.start("POST", QString(), bundle)}).front();
        if (answer.status == 412 && attempt == 0)
            continue;
        if (answer.status != 200)
            return failed(answerError(answer));
        const QJsonArray results =
            QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("entry")).toArray();
        if (results.size() != entries.size())
            return failed(tr("区域平台的应答不完整（%1 项，应为 %2 项）")
                              .arg(results.size())
                              .arg(entries.size()));
        for (const QJsonValue &e : results) {
            const QString status = e.toObject()
                                       .value(QStringLiteral("response"))
                                       .toObject()
                                       .value(QStringLiteral("status"))
                                       .toString();
            if (status.startsWith(QLatin1String("201")))
                ++out.created;
            else if (status.startsWith(QLatin1String("200")))
                ++out.updated;
            else
                return failed(tr("区域平台的应答含有失败的条目：%1").arg(status));
        }
        out.sent = out.created + out.updated;
        out.ok = true;
        out.milliseconds = timer.elapsed();
        step(100, tr("已上报 %1 项指标").arg(out.sent));
        return out;
    }
    return failed(tr("区域平台上的版本一直在变（412），请稍后再试"));
}

} // namespace Sync
