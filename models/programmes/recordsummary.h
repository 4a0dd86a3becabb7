#pragma once

#include "result.h"
#include "scope.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace Models {

// The resident's own record summary (居民电子健康档案首页 in spirit, with the 信息卡 fields;
// docs/domain/referral.md "Resident summary"): health labels, basic information, the last
// services. Minimum necessary: restricted kinds (severe mental disorders) never appear on it, for
// any role, since the paper leaves the clinic. `reference` is an opaque random token for the QR
// code: it says nothing about the resident and is tied to the print only through the audit entry.
struct RecordSummary
{
    QString residentId;
    QString name, sex, recordNo, address, phone, village, doctor;
    QDate birthDate;
    QString bloodGroup;       // "A型 Rh阳性" or empty
    QString allergy;          // drug allergy text or empty
    QString emergencyContact; // name and phone
    QStringList labels; // 高血压, 糖尿病, 65岁以上, 已签约, 孕产妇, 肺结核...
    struct Service
    {
        QDate date;
        QString title;
    };
    QVector<Service> services; // newest first, at most `maxServices`
    QString reference;         // opaque, for the QR code
    QDate printedOn;
};

class RecordSummaryBuilder
{
public:
    static constexpr int maxServices = 12;
    // Reads the resident (record.read, village scope) and audits the print: action "print",
    // entity "resident_summary", with the reference (never the content).
    static Result<RecordSummary> build(const QString &conn, const Scope &scope,
                                       const QString &residentId, const QDate &today);
};

} // namespace Models
