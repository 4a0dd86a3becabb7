#pragma once

// Password rules, lockout, screen lock and key derivation, from resources/rules/security.json.

#include "crypto.h"
#include "result.h"

#include <QList>

namespace Models {

struct SecurityPolicy
{
    int minPasswordLength = 8;
    bool requireLetter = true;
    bool requireDigit = true;
    bool forbidUsername = true;
    int maxFailures = 5;
    int lockMinutes = 15;
    int idleLockMinutes = 10;
    int sha256Iterations = 600000;
    int sm3Iterations = 180000;
    Crypto::Suite suite = Crypto::Suite::International;

    int iterations(Crypto::Suite s) const
    {
        return s == Crypto::Suite::International ? sha256Iterations : sm3Iterations;
    }
    // The bundled policy (validated; a broken file is a programming error caught by the tests).
    static const SecurityPolicy &defaults();
    static Result<SecurityPolicy> fromJson(const QByteArray &json);
    // Problems with a password, translated, empty when it is acceptable.
    QList<Error> checkPassword(const QString &username, const QString &password) const;
};

} // namespace Models
