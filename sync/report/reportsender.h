#pragma once

// Sends the clinic's figures of one month to the regional platform: the indicator engine counts
// the month, each indicator becomes a MeasureReport (measurereport.h), and all of them go in one
// transaction Bundle of PUTs (all or none). A month sent again updates the same resources: the
// sender reads each report's current version first and sends it as If-Match. Synchronous (its own
// QNetworkAccessManager and event loop): run it off the UI thread (ReportSendRunner).

#include "measurereport.h"
#include "result.h"
#include "scope.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace Sync {

// Where to send: the same settings as the sync (sync_state, or `jiayi-cli sync`'s options).
struct ReportSendConfig
{
    QString server; // https://platform:8443 (FHIR under <server>/fhir)
    QString token;
    QString caFile; // PEM; empty: the system's CAs
    int timeoutMs = 60000;
};

struct ReportSendResult
{
    bool ok = false;
    QString error; // translated; empty when ok
    QString month; // "2026-11"
    ReportingClinic clinic;
    int sent = 0;       // reports the platform acknowledged
    int created = 0;    // of them, new (201)
    int updated = 0;    // of them, there before (200: changed, or the same figures again)
    QJsonArray figures; // per indicator: id, name, numerator, denominator, rate, report id
    qint64 milliseconds = 0;
    QJsonObject toJson() const;
};

class ReportSender
{
    Q_DECLARE_TR_FUNCTIONS(ReportSender)
public:
    // percent 0-100 and what is being done, in words.
    using Progress = std::function<void(int percent, const QString &step)>;

    ReportSender(QString connectionName, Models::Scope scope, ReportSendConfig config);

    // Who this workstation reports as (see ReportingClinic). Creates the workstation's sync
    // client id when it has none yet (the sync engine then uses the same).
    static Models::Result<ReportingClinic> clinic(const QString &connectionName);

    // The month of `month` (any day of it). Needs report.read and sync.write and a scope of every
    // village (a village doctor's figures would be a part of the clinic's).
    ReportSendResult send(const QDate &month, const Progress &progress = {},
                          const std::atomic_bool *cancel = nullptr) const;

private:
    QString m_conn;
    Models::Scope m_scope;
    ReportSendConfig m_config;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::ReportSendResult)
