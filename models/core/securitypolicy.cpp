#include "securitypolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::SecurityPolicy)
};
} // namespace

Result<SecurityPolicy> SecurityPolicy::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    auto bad = [](const QString &what) {
        return makeError(QStringLiteral("policy.invalid"),
                         Text::tr("安全设置文件无效：%1").arg(what));
    };
    if (!doc.isObject())
        return bad(pe.errorString());
    const QJsonObject o = doc.object();
    SecurityPolicy p;
    const QJsonObject pw = o.value(QLatin1String("password")).toObject();
    p.minPasswordLength = pw.value(QLatin1String("minLength")).toInt(p.minPasswordLength);
    p.requireLetter = pw.value(QLatin1String("requireLetter")).toBool(p.requireLetter);
    p.requireDigit = pw.value(QLatin1String("requireDigit")).toBool(p.requireDigit);
    p.forbidUsername = pw.value(QLatin1String("forbidUsername")).toBool(p.forbidUsername);
    const QJsonObject lock = o.value(QLatin1String("lockout")).toObject();
    p.maxFailures = lock.value(QLatin1String("maxFailures")).toInt(p.maxFailures);
    p.lockMinutes = lock.value(QLatin1String("lockMinutes")).toInt(p.lockMinutes);
    p.idleLockMinutes = o.value(QLatin1String("screenLock"))
                            .toObject()
                            .value(QLatin1String("idleMinutes"))
                            .toInt(p.idleLockMinutes);
    const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
    p.sha256Iterations =
        kdf.value(QLatin1String("pbkdf2Sha256Iterations")).toInt(p.sha256Iterations);
    p.sm3Iterations = kdf.value(QLatin1String("pbkdf2Sm3Iterations")).toInt(p.sm3Iterations);
    auto suite = Crypto::suiteFromName(o.value(QLatin1String("cryptoSuite")).toString());
    if (!suite)
        return bad(suite.error().message);
    p.suite = *suite;
    if (p.minPasswordLength < 6)
        return bad(QStringLiteral("password.minLength < 6"));
    if (p.maxFailures < 1 || p.lockMinutes < 1)
        return bad(QStringLiteral("lockout"));
    if (p.idleLockMinutes < 1)
        return bad(QStringLiteral("screenLock.idleMinutes"));
    if (p.sha256Iterations < 100000 || p.sm3Iterations < 50000)
        return bad(QStringLiteral("kdf iterations too low"));
    return p;
}

const SecurityPolicy &SecurityPolicy::defaults()
{
    static const SecurityPolicy policy = [] {
        QFile f(QStringLiteral(":/rules/security.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing :/rules/security.json");
        auto p = fromJson(f.readAll());
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }();
    return policy;
}

QList<Error> SecurityPolicy::checkPassword(const QString &username, const QString &password) const
{
    QList<Error> errors;
    const QString field = QStringLiteral("password");
    if (password.size() < minPasswordLength)
        errors << makeError(QStringLiteral("password.short"),
                            Text::tr("密码至少需要 %1 个字符").arg(minPasswordLength), field);
    bool letter = false, digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (requireLetter && !letter)
        errors << makeError(QStringLiteral("password.letter"), Text::tr("密码需要包含字母"), field);
    if (requireDigit && !digit)
        errors << makeError(QStringLiteral("password.digit"), Text::tr("密码需要包含数字"), field);
    if (forbidUsername && !username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        errors << makeError(QStringLiteral("password.username"), Text::tr("密码不能包含用户名"),
                            field);
    return errors;
}

} // namespace Models
