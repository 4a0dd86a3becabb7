#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QVector>

namespace Models {

// Two-way referral (docs/domain/referral.md): the up-referral with its stub, the status, the
// return slip, and the two-week outcome reminder. A referral made from a mental-health record is
// restricted (mental.read to see it).

struct ReferralReturn
{
    QString diagnosis;   // 诊断结果
    QString inpatientNo; // 住院病案号
    QString results;     // 主要检查结果
    QString plan;        // 治疗经过、下一步治疗方案及康复建议
    QJsonObject toJson() const;
    static ReferralReturn fromJson(const QJsonObject &o);
};

struct Referral
{
    QString id;
    QString residentId;
    QString residentName; // read only
    QString villageCode;  // read only
    QString sourceKind;   // encounter, chronic_followup, mental_followup, ...
    QString sourceId;
    bool restricted = false;
    QString toInstitution, toDepartment, toDoctor;
    QString reason;     // 主要现病史（转出原因）
    QString impression; // 初步印象
    QString pastHistory;
    QString treatment;
    QString phone;
    QDate sentOn;
    QDate outcomeDue;                        // sentOn + 14 days
    QString status = QStringLiteral("sent"); // sent accepted refused returned closed
    QString statusNote;
    ReferralReturn back;
    QDate returnedOn;
    QString doctorId;

    bool open() const
    {
        return status == QLatin1String("sent") || status == QLatin1String("accepted");
    }
    QJsonObject toJson() const;
};

QString referralStatusLabel(const QString &status); // translated

class ReferralRepository
{
public:
    static constexpr int OutcomeDays = 14;
    explicit ReferralRepository(QString connectionName);

    // A draft for the form: resident and reason pre-filled from the source record.
    Result<Referral> draft(const Scope &scope, const QString &residentId, const QString &sourceKind,
                           const QString &sourceId, const QString &reason) const;
    Result<Referral> create(const Scope &scope, Referral r); // record.write
    Result<Referral> referral(const Scope &scope, const QString &id) const;
    Result<QVector<Referral>> referralsOf(const Scope &scope, const QString &residentId) const;
    // accepted, refused (note = the reason, required) or closed.
    Result<Referral> setStatus(const Scope &scope, const QString &id, const QString &status,
                               const QString &note);
    Result<Referral> recordReturn(const Scope &scope, const QString &id, const QDate &on,
                                  const ReferralReturn &back);
    // Open referrals whose outcome is due on or before `today` (the two-week reminder).
    Result<QVector<Referral>> awaitingOutcome(const Scope &scope, const QDate &today) const;

private:
    Result<Referral> update(const Scope &scope, const Referral &before, const Referral &after);
    QString m_conn;
};

} // namespace Models
