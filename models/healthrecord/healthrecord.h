#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Models {

struct Diagnosis
{
    QString code;    // ICD-10, e.g. "I10.x00"
    QString name;    // Chinese name from the code table
    QString version; // code-system version (docs/domain/icd10.md)
};

// 接诊记录 (SOAP). Append-only: a correction is a new row with `supersedes` set.
struct Encounter
{
    QString id;
    QString residentId;
    QDate visitDate;
    QString visitType = QStringLiteral("clinic"); // clinic 门诊, home 出诊, phone 电话
    QString subjective;
    QString objective;
    QString assessment;
    QVector<Diagnosis> diagnoses;
    QString plan;
    QString prescriptions; // free lines
    QString referralTo;
    QString referralReason;
    QJsonObject vitals; // {"sbp","dbp","pulse","temperature"}: numbers, absent when not measured
    QString doctor;
    QString supersedes;
    QDateTime updatedAt;
    QString updatedBy;
};

// 健康体检表: every section as keyed values (resources/codes/health_check_form.json lists the
// keys); numeric values are checked against resources/rules/clinical_ranges.json.
struct HealthCheck
{
    QString id;
    QString residentId;
    QDate checkDate;
    QString doctor;
    QJsonObject form;
    QString supersedes;
    QDateTime updatedAt;
    QString updatedBy;
};

// 个人基本信息表 beyond the resident row (blood group, education, history...).
struct BasicInfo
{
    QString residentId;
    QString workUnit;
    QString contactName;
    QString contactPhone;
    QJsonObject form;
};

} // namespace Models
