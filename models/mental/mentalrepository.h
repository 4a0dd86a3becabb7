#pragma once

#include "mentalrules.h"
#include "result.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QVector>

namespace Models {

// Severe mental disorder records (docs/domain/mental.md). Restricted: every call needs
// mental.read or mental.write on top of the village Scope, and every read is audited.

struct MentalPatient
{
    QString id;
    QString residentId;
    QString residentName; // read only
    QString villageCode;  // read only
    QString disease;      // one of mentalDiseases()
    QDate diagnosedOn;
    QString diagnosisHospital;
    QString firstOnset;
    QString guardianName, guardianRelation, guardianPhone;
    QString lockedHistory;
    QJsonObject form; // the rest of 个人信息补充表 (past treatment, ...)
    QDate registeredOn;
    QString doctorId;
    QDate closedOn;
    QString closeReason;
    QJsonObject toJson() const;
};

struct MentalFollowup
{
    QString id;
    QString patientId;
    QString residentId; // read only
    QDate visitDate;
    QString visitForm; // 门诊 / 家庭访视 / 电话
    bool seen = true;  // false: not reached (lost this period)
    QString lostReason;
    MentalInput clinical; // risk, symptoms, insight, social, ADR, physical illness
    QJsonObject form;     // the rest of 随访服务记录表
    QString cls;          // 不稳定 / 基本稳定 / 稳定 (computed when seen)
    QDate nextVisit;      // proposed by the rules when left empty
    bool referred = false;
    QString ruleSet;
    QString doctorId;
    QJsonObject toJson() const;
};

const QStringList &mentalDiseases();
// A disease of mentalDiseases() in the user's language (the stored value stays the form's word).
QString mentalDiseaseLabel(const QString &disease);

class MentalRepository
{
public:
    explicit MentalRepository(QString connectionName,
                              const MentalRuleSet &rules = MentalRuleSet::standard());

    Result<MentalPatient> registerPatient(const Scope &scope, MentalPatient p); // mental.write
    Result<MentalPatient> patient(const Scope &scope, const QString &id) const; // audited
    // The resident's registrations (audited when any); empty without ever being registered.
    Result<QVector<MentalPatient>> patientsOf(const Scope &scope, const QString &residentId) const;
    // Classifies with the rules and stores, one transaction.
    // The open registration's id, or empty (mental.read; not audited: existence only, for the
    // menu of a role that may read the record anyway).
    Result<QString> openRegistrationId(const Scope &scope, const QString &residentId) const;
    // What the follow-up form shows in advance: the class and interval the rules give.
    const MentalRuleSet &rules() const { return m_rules; }
    Result<MentalFollowup> recordFollowup(const Scope &scope, MentalFollowup f);
    Result<QVector<MentalFollowup>> followups(const Scope &scope, const QString &patientId) const;

private:
    Result<MentalPatient> load(const Scope &scope, const QString &id) const;
    QString m_conn;
    const MentalRuleSet &m_rules;
};

} // namespace Models
