#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Models {

// A user of this workstation. The password hash never leaves UserRepository.
struct User
{
    QString id;
    QString username;
    QString displayName;
    QString role;         // roles.json id
    QStringList villages; // assigned 12-digit village codes
    QString team;
    bool disabled = false;
    int failedCount = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime createdAt;
    QDateTime lastLoginAt;
    bool hasSigningKey = false;
};

} // namespace Models
