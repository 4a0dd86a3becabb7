#pragma once

// Password hashes stored as "<kdf>$<iterations>$<salt hex>$<hash hex>", kdf being
// "pbkdf2-sha256" or "pbkdf2-sm3". Each hash keeps its own parameters, so the policy can raise
// the iteration count without invalidating stored passwords.

#include "crypto.h"

#include <QString>

namespace Models::PasswordHash {

QString make(const QString &password, Crypto::Suite suite, int iterations);
bool verify(const QString &password, const QString &stored);
// True when `stored` uses weaker parameters than the policy asks for (rehash at next login).
bool needsRehash(const QString &stored, Crypto::Suite suite, int iterations);

} // namespace Models::PasswordHash
