#include "passwordhash.h"

#include <QStringList>

namespace Models::PasswordHash {

namespace {
QString kdfName(Crypto::Suite s)
{
    return s == Crypto::Suite::International ? QStringLiteral("pbkdf2-sha256")
                                             : QStringLiteral("pbkdf2-sm3");
}
} // namespace

QString make(const QString &password, Crypto::Suite suite, int iterations)
{
    const QByteArray salt = Crypto::randomBytes(16);
    const QByteArray hash = Crypto::pbkdf2(suite, password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kdfName(suite))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(hash.toHex()));
}

bool verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4)
        return false;
    Crypto::Suite suite;
    if (parts[0] == kdfName(Crypto::Suite::International))
        suite = Crypto::Suite::International;
    else if (parts[0] == kdfName(Crypto::Suite::Commercial))
        suite = Crypto::Suite::Commercial;
    else
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts[3].toLatin1());
    const QByteArray got =
        Crypto::pbkdf2(suite, password.toUtf8(), salt, iterations, int(expected.size()));
    return Crypto::equalConstantTime(got, expected);
}

bool needsRehash(const QString &stored, Crypto::Suite suite, int iterations)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() != 4 || parts[0] != kdfName(suite) || parts[1].toInt() < iterations;
}

} // namespace Models::PasswordHash
