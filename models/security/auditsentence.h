#pragma once

#include "changelog.h"
#include "staffdirectory.h"

#include <QHash>
#include <QVector>

namespace Models {

// The audit log read as sentences: "王医生 新建 马帆 的接诊记录：诊断 I10". Names come from the
// staff directory and the resident table, looked up once per page of entries; the raw row stays
// in the entry for administrators (and in the logs, which carry ids only).
class AuditSentences
{
public:
    explicit AuditSentences(QString connectionName);

    // Reads the names of the residents these entries mention, in one query per 500.
    void prepare(const QVector<AuditEntry> &entries);

    QString actorName(const AuditEntry &e) const;
    QString residentId(const AuditEntry &e) const;    // empty when the entry names nobody
    QString residentName(const AuditEntry &e) const;  // "马帆" (the id when unknown)
    QString residentLabel(const AuditEntry &e) const; // "马帆（430121195001010012）"
    QString summary(const AuditEntry &e) const;       // "诊断 I10", "血压 150/95 mmHg", ...
    QString sentence(const AuditEntry &e) const;
    // The row as stored, for the tooltip and the detail pane.
    static QString rawRow(const AuditEntry &e);

private:
    struct Person
    {
        QString name;
        QString idNumber;
    };
    QString m_conn;
    StaffDirectory m_staff;
    QHash<QString, Person> m_residents;
};

} // namespace Models
