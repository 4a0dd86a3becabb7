#pragma once

#include "result.h"
#include "scope.h"
#include "tbrules.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

namespace Models {

// A tuberculosis patient notified by the designated institution and managed at home
// (docs/domain/tb.md). Phase dates come from the notice and are never computed.
struct TbPatient
{
    QString id;
    QString residentId;
    QString residentName; // read only
    QString villageCode;  // read only
    QDateTime notifiedAt; // UTC
    QString notifyingUnit;
    QString patientType;
    QString regimen;
    QDate intensiveStart, intensiveEnd, continuationEnd;
    QString supervision;
    QJsonObject form;
    QDate closedOn;
    QString closeReason;
    QString doctorId;

    TbPhase phaseOn(const QDate &d) const
    {
        return d <= intensiveEnd ? TbPhase::Intensive : TbPhase::Continuation;
    }
    QJsonObject toJson() const;
};

struct TbVisit
{
    QString id;
    QString patientId;
    QString kind; // first | followup | end
    QDateTime visitedAt;
    bool found = true;
    QDate nextVisit;
    QJsonObject form;
    QString doctorId;
    QJsonObject toJson() const;
};

struct TbDose
{
    QDate date;
    bool taken = true;
    QString source = QStringLiteral("supervisor"); // supervisor | card
};

struct TbAdherenceReport
{
    TbPatient patient;
    QDate through; // doses counted up to this day (the end of the course at most)
    TbAdherence adherence;
    int recordedMissed = 0; // days recorded as missed
    int unrecorded = 0;     // prescribed days with no record (counted as missed)
    QJsonObject toJson() const;
};

class TbRepository
{
public:
    explicit TbRepository(QString connectionName, const TbRules &rules = TbRules::standard());

    // record.write; one transaction with its outbox and audit entry.
    Result<TbPatient> registerPatient(const Scope &scope, TbPatient p);
    Result<TbPatient> patient(const Scope &scope, const QString &id) const; // record.read
    Result<QVector<TbPatient>> patientsOf(const Scope &scope, const QString &residentId) const;
    Result<TbVisit> recordVisit(const Scope &scope, TbVisit v);
    Result<QVector<TbVisit>> visits(const Scope &scope, const QString &patientId) const;
    // Records (or corrects) the doses of several days in one transaction.
    Result<void> recordDoses(const Scope &scope, const QString &patientId,
                             const QVector<TbDose> &doses);
    Result<QVector<TbDose>> doses(const Scope &scope, const QString &patientId) const;
    // Prescribed daily doses from the intensive start to `asOf` (or the end of the course, or the
    // closing day), against the days recorded as taken.
    Result<TbAdherenceReport> adherence(const Scope &scope, const QString &patientId,
                                        const QDate &asOf) const;
    // Closes the course (结案评估): the stop date and reason.
    Result<void> close(const Scope &scope, const QString &patientId, const QDate &on,
                       const QString &reason, const QJsonObject &assessment);

private:
    QString m_conn;
    const TbRules &m_rules;
};

} // namespace Models
