#pragma once

#include "contract.h"
#include "result.h"
#include "scope.h"

#include <QHash>
#include <QVector>

namespace Models {

struct SignRequest
{
    QString residentId;
    QString teamId;
    QString doctorId; // a member of the team with a doctor role
    QStringList packageIds;
    QStringList tags;         // key-population codes (the dialog starts from suggestions)
    bool suggestTags = false; // true: use KeyPopulation::suggest on the start date instead
    QDate signedOn;
    QDate startDate;   // defaults to signedOn
    int termYears = 0; // 0: the rules' term
    QString channel = QStringLiteral("doctor");
    QString institution;
    bool paperSigned = false;
    QString scanPath;
};

// Family-doctor contracts: sign a resident or a household, renew, terminate. Each action is one
// transaction with its tasks, outbox and audit entries. The database refuses two contracts of
// a resident covering the same day (trigger in 0006); the message names the existing one.
class ContractRepository
{
public:
    explicit ContractRepository(QString connectionName);

    Result<Contract> sign(const Scope &scope, const SignRequest &request);
    // Signs the listed members (all living members when empty) of a household with one team,
    // doctor and package set; tags per member from `tags` or, when absent, from suggestions.
    Result<QVector<Contract>> signHousehold(const Scope &scope, const QString &householdId,
                                            const QString &representativeId, SignRequest base,
                                            QStringList memberIds = {},
                                            const QHash<QString, QStringList> &tags = {});
    // A new contract linked to the previous one: same team and doctor unless `doctorId` is
    // given, the current versions of the same packages, starting the day after the old end (or
    // on `signedOn` when the old contract has already lapsed).
    Result<Contract> renew(const Scope &scope, const QString &contractId, const QDate &signedOn,
                           const QString &doctorId = {});
    Result<Contract> terminate(const Scope &scope, const QString &contractId, const QDate &on,
                               const QString &reason, const QString &note = {});
    Result<Contract> recordPaperSigned(const Scope &scope, const QString &contractId,
                                       const QString &scanPath);
    // The resident's contracts that cover `on` or start later (what a death, a move or a closed
    // record ends).
    Result<QVector<Contract>> openFrom(const Scope &scope, const QString &residentId,
                                       const QDate &on) const;
    // Ends each of them from `on` (one that starts later, from its own start, so it never
    // covers a day) with `reason`, cancelling its open tasks from then; inside the caller's
    // transaction (ResidentLifecycle). Returns how many were ended.
    Result<int> terminateFrom(const Scope &scope, const QString &residentId, const QDate &on,
                              const QString &reason, const QString &note);

    Result<Contract> findById(const Scope &scope, const QString &id) const;
    Result<QVector<Contract>> forResident(const Scope &scope, const QString &residentId) const;
    Result<QVector<ContractTask>> tasks(const Scope &scope, const QString &contractId) const;
    static ContractStatus status(const Contract &c, const QDate &day);

private:
    Result<Contract> endContract(const Scope &scope, Contract c, const QDate &on,
                                 const QString &reason, const QString &note);
    Result<Contract> signOne(const Scope &scope, const SignRequest &request,
                             const QString &householdId, const QString &representativeId,
                             const QString &previousId);
    Result<void> createTasks(const Scope &scope, const Contract &c);
    Result<QVector<Contract>> load(const Scope &scope, const QString &where,
                                   const QVariantList &binds) const;
    QString m_conn;
};

} // namespace Models
