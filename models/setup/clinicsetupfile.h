#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

// What a clinic's setup file (JSON, packaging/clinic.example.json, docs/setup.md) describes,
// after it has been read and checked. Passwords are read from their files at this point.
struct SetupArea
{
    QString code;
    QString name;
    QString parentCode;
};

struct SetupAccount
{
    QString username;
    QString displayName;
    QString role;     // roles.json id: administrator, family_doctor, village_health_worker...
    QString password; // from "password" or the first line of "password_file"
    QStringList villages;
};

struct SetupMember
{
    SetupAccount account;
    QString staffRole; // contract_rules.json roles: family_doctor, village_doctor...
};

struct SetupTeam
{
    QString name;
    QString townshipCode;
    QStringList villages;
    QVector<SetupMember> members;
};

struct SetupPlatform
{
    QString url;
    QString token;
    QString caFile; // absolute
    bool isSet() const { return !url.isEmpty(); }
};

struct ClinicPlan
{
    QString clinicName;
    QString institutionCode;
    SetupArea county; // optional: code empty
    QVector<SetupArea> townships;
    QVector<SetupArea> villages;
    SetupAccount administrator;
    QVector<SetupTeam> teams;
    SetupPlatform platform;
};

// One thing wrong in a setup file: where (a JSON path such as teams[0].members[1].password, or
// "第 3 行第 5 列" for a syntax error) and why, translated.
struct SetupProblem
{
    QString where;
    QString reason;
    QString toText() const;
};

struct SetupParse
{
    ClinicPlan plan;
    QVector<SetupProblem> problems; // empty: the plan is complete and may be applied
    bool ok() const { return problems.isEmpty(); }
};

// Reads and checks a setup file completely: every problem is reported, not just the first.
// Relative password and certificate files are found next to the setup file (`baseDir`).
class ClinicSetupFile
{
public:
    static SetupParse parse(const QByteArray &json, const QString &baseDir);
    static SetupParse read(const QString &path);
    // The roles a setup file may give a team member: "doctor", "village_worker", "nurse",
    // "public_health" (user role, team-member role).
    static bool memberRole(const QString &key, QString *userRole, QString *staffRole);
};

} // namespace Models
