#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

struct StaffMember
{
    QString id;
    QString teamId;
    QString name;
    QString role; // contract_rules.json "roles"
    QString staffNo;
    QString phone;
    bool active = true;
};

struct Team
{
    QString id;
    QString name;
    QString institution;
    QString townshipCode;
    bool active = true;
    QStringList villages;       // 12-digit codes the team serves
    QList<StaffMember> members; // filled on reads
    QJsonObject toJson() const;
};

struct PackageService
{
    QString kind; // hypertension_followup, annual_check ...
    QString name;
    int perYear = 1;
    QString appliesTo; // key-population code, empty = everybody under the package
};

// One stored version of a service package; money in fen.
struct Package
{
    QString id;
    QString code;
    int version = 1;
    QString name;
    QString kind = QStringLiteral("basic"); // basic, personalised
    qint64 feeFen = 0;
    qint64 insuranceFen = 0;
    qint64 publicHealthFen = 0;
    qint64 residentFen = 0;
    QStringList eligible; // key-population codes; empty = anyone
    QList<PackageService> services;
    QString source = QStringLiteral("admin");
    bool active = true;
    QJsonObject toJson() const;
};

enum class ContractStatus { Pending, Valid, Expiring, AwaitingRenewal, Expired, Terminated };
QString
statusCode(ContractStatus s); // pending, valid, expiring, awaiting_renewal, expired, terminated
QString statusLabel(ContractStatus s); // translated

struct Contract
{
    QString id;
    QString contractNo;
    QString residentId;
    QString householdId;      // set when signed as a household
    QString representativeId; // the household's family representative
    QString teamId;
    QString doctorId;
    QString institution;
    QStringList tags; // key-population codes
    QStringList packageIds;
    qint64 feeFen = 0;
    qint64 insuranceFen = 0;
    qint64 publicHealthFen = 0;
    qint64 residentFen = 0;
    QDate signedOn;
    QDate startDate;
    QDate endDate; // inclusive
    int termYears = 1;
    QString channel;
    QDate terminatedOn; // first day without cover
    QString terminateReason;
    QString terminateNote;
    QString previousId;
    bool paperSigned = false;
    QString scanPath;
    QDateTime updatedAt;
    QString updatedBy;
    bool deleted = false;
    // Filled on reads, not stored.
    QString residentName;
    QString villageCode;
    QString teamName;
    QString doctorName;
    QString renewedById;

    QDate coverEnd() const; // last covered day
    bool covers(const QDate &day) const;
    QJsonObject toJson() const;
};

struct ContractTask
{
    QString id;
    QString contractId;
    QString residentId;
    QString packageId;
    QString kind;
    QString name;
    int seq = 0;
    QDate dueOn;
    QString status = QStringLiteral("open"); // open, done, cancelled
    QDate doneOn;
    QString sourceId;
    QJsonObject toJson() const;
};

} // namespace Models
