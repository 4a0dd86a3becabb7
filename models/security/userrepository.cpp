#include "userrepository.h"

#include "changelog.h"
#include "dbaccess.h"
#include "encrypteddb.h"
#include "maybetransaction.h"
#include "passwordhash.h"
#include "permission.h"
#include "recordsigner.h"
#include "roletable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::UserRepository)
};

const QString Columns = QStringLiteral(
    "id, username, display_name, role, villages, team, disabled, failed_count, locked_until,"
    " created_at, last_login_at, sign_public_key, password_hash");

User readUser(const QSqlQuery &q, QString *hash)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.villages = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.team = q.value(5).toString();
    u.disabled = q.value(6).toBool();
    u.failedCount = q.value(7).toInt();
    u.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    u.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    u.lastLoginAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    u.hasSigningKey = !q.value(11).toString().isEmpty();
    if (hash)
        *hash = q.value(12).toString();
    return u;
}

QJsonObject toJson(const User &u)
{
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("villages"), QJsonArray::fromStringList(u.villages)},
            {QStringLiteral("team"), u.team},
            {QStringLiteral("disabled"), u.disabled}};
}

// A null QString binds as SQL NULL; these columns are NOT NULL.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

Error badLogin()
{
    // One message for "no such user" and "wrong password", so names cannot be probed.
    return makeError(QStringLiteral("login.failed"), Text::tr("用户名或密码错误"),
                     QStringLiteral("password"));
}

Result<void> validate(const User &u)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!name.match(u.username).hasMatch())
        return makeError(QStringLiteral("user.name"),
                         Text::tr("用户名应为 2-32 个字母、数字、下划线、点或减号"),
                         QStringLiteral("username"));
    const Role *role = RoleTable::instance().find(u.role);
    if (!role)
        return makeError(QStringLiteral("user.role"), Text::tr("未知的角色：%1").arg(u.role),
                         QStringLiteral("role"));
    static const QRegularExpression village(QStringLiteral("^\\d{12}$"));
    for (const QString &v : u.villages)
        if (!village.match(v).hasMatch())
            return makeError(QStringLiteral("user.village"),
                             Text::tr("村代码应为 12 位数字：%1").arg(v),
                             QStringLiteral("villages"));
    if (role->villageScoped && u.villages.isEmpty())
        return makeError(QStringLiteral("user.villages"), Text::tr("乡村医生必须指定负责的村"),
                         QStringLiteral("villages"));
    return {};
}
// The database file behind a connection, when it is encrypted and unlocked in this process.
QString encryptedPath(const QString &conn)
{
    const QString path = db(conn).databaseName();
    return path != QLatin1String(":memory:") && PageVfs::hasKey(path) ? path : QString();
}

// Keeps the user's key slot in step with the password just stored (after the commit).
Result<void> updateSlot(const QString &conn, const QString &username, const QString &password)
{
    const QString path = encryptedPath(conn);
    if (path.isEmpty())
        return {};
    if (auto r = EncryptedDb::setUserSlot(path, username, password); !r)
        return makeError(
            QStringLiteral("db.keyfile"),
            Text::tr("密码已保存，但未能更新加密数据库的密钥文件：%1").arg(r.error().message), {},
            r.error().detail);
    return {};
}
} // namespace

UserRepository::UserRepository(QString connectionName, SecurityPolicy policy)
    : m_conn(std::move(connectionName)), m_policy(std::move(policy))
{
}

Result<bool> UserRepository::hasUsers() const
{
    QSqlQuery q(db(m_conn));
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM app_user)")))
        return dbError(q);
    q.next();
    return q.value(0).toBool();
}

Result<User> UserRepository::load(const QString &username, QString *hash) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT ") + Columns +
              QStringLiteral(" FROM app_user WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("user.notfound"), Text::tr("找不到用户：%1").arg(username),
                         QStringLiteral("username"));
    return readUser(q, hash);
}

Result<User> UserRepository::insert(const Scope &scope, User u, const QString &password)
{
    if (auto r = validate(u); !r)
        return r.error();
    if (const auto errors = m_policy.checkPassword(u.username, password); !errors.isEmpty())
        return errors.first();
    if (auto existing = load(u.username, nullptr); existing)
        return makeError(QStringLiteral("user.exists"),
                         Text::tr("用户名已存在：%1").arg(u.username), QStringLiteral("username"));
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = ChangeLog::nowUtc();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO app_user(id, username, display_name, role, villages, team,"
        " password_hash, disabled, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(u.id), text(u.username), text(u.displayName), text(u.role),
                              text(u.villages.join(QLatin1Char(','))), text(u.team),
                              QVariant(PasswordHash::make(password, m_policy.suite,
                                                          m_policy.iterations(m_policy.suite))),
                              QVariant(int(u.disabled)), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (auto r = exec(q); !r)
        return r.error();
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("create"), QStringLiteral("user"),
                                  u.username, {}, toJson(u));
        !r)
        return r.error();
    u.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return u;
}

Result<User> UserRepository::createFirstAdministrator(const QString &username,
                                                      const QString &displayName,
                                                      const QString &password,
                                                      const QString &workstation)
{
    Transaction tx(m_conn);
    auto has = hasUsers();
    if (!has)
        return has.error();
    if (*has)
        return makeError(QStringLiteral("user.firstrun"),
                         Text::tr("已有用户，不能再创建初始管理员"));
    User u;
    u.username = username;
    u.displayName = displayName;
    u.role = QStringLiteral("administrator");
    Scope setup = Scope::administrator();
    setup.userId = username;
    setup.workstation = workstation;
    auto r = insert(setup, u, password);
    if (!r)
        return r;
    if (auto c = tx.commit(); !c)
        return c.error();
    if (auto s = updateSlot(m_conn, r->username, password); !s)
        return s.error();
    return r;
}

Result<User> UserRepository::create(const Scope &scope, User user, const QString &password)
{
    if (auto e = requirePermission(scope, QStringLiteral("user.write")); !e)
        return e.error();
    MaybeTransaction tx(m_conn); // a clinic's setup creates its users in its own transaction
    auto r = insert(scope, std::move(user), password);
    if (!r)
        return r;
    if (auto c = tx.commit(); !c)
        return c.error();
    if (auto s = updateSlot(m_conn, r->username, password); !s)
        return s.error();
    return r;
}

Result<User> UserRepository::update(const Scope &scope, const User &user)
{
    if (auto e = requirePermission(scope, QStringLiteral("user.write")); !e)
        return e.error();
    if (auto r = validate(user); !r)
        return r.error();
    Transaction tx(m_conn);
    auto before = load(user.username, nullptr);
    if (!before)
        return before.error();
    if (before->username == scope.userId && before->role == QLatin1String("administrator") &&
        (user.role != before->role || user.disabled))
        return makeError(QStringLiteral("user.self"), Text::tr("不能降低或停用自己的管理员账户"),
                         QStringLiteral("role"));
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("UPDATE app_user SET display_name = ?, role = ?, villages = ?, team = ?,"
                       " disabled = ?, updated_at = ? WHERE username = ?"));
    for (const QVariant &v :
         {text(user.displayName), text(user.role), text(user.villages.join(QLatin1Char(','))),
          text(user.team), QVariant(int(user.disabled)), QVariant(ChangeLog::nowUtc()),
          QVariant(user.username)})
        q.addBindValue(v);
    if (auto r = exec(q); !r)
        return r.error();
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("update"), QStringLiteral("user"),
                                  user.username, toJson(*before), toJson(user));
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    // A disabled account can no longer unwrap the database key either.
    if (const QString path = encryptedPath(m_conn); !path.isEmpty() && user.disabled)
        if (auto r = EncryptedDb::removeUserSlot(path, user.username); !r)
            return r.error();
    return load(user.username, nullptr);
}

Result<QVector<User>> UserRepository::list(const Scope &scope) const
{
    if (auto e = requirePermission(scope, QStringLiteral("user.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    if (!q.exec(QStringLiteral("SELECT ") + Columns +
                QStringLiteral(" FROM app_user ORDER BY username")))
        return dbError(q);
    QVector<User> users;
    while (q.next())
        users << readUser(q, nullptr);
    return users;
}

Result<User> UserRepository::findByUsername(const Scope &scope, const QString &username) const
{
    if (scope.userId != username)
        if (auto e = requirePermission(scope, QStringLiteral("user.read")); !e)
            return e.error();
    return load(username, nullptr);
}

Result<void> UserRepository::setPassword(const Scope &scope, const QString &username,
                                         const QString &password)
{
    if (auto e = requirePermission(scope, QStringLiteral("user.write")); !e)
        return e;
    if (const auto errors = m_policy.checkPassword(username, password); !errors.isEmpty())
        return errors.first();
    Transaction tx(m_conn);
    auto u = load(username, nullptr);
    if (!u)
        return u.error();
    QSqlQuery q(db(m_conn));
    // A reset invalidates the signing key sealed by the old password: a new one is made at next
    // login.
    q.prepare(QStringLiteral(
        "UPDATE app_user SET password_hash = ?, failed_count = 0, locked_until = NULL,"
        " sign_public_key = '', sign_private_key = '', sign_algorithm = '',"
        " updated_at = ? WHERE username = ?"));
    q.addBindValue(
        PasswordHash::make(password, m_policy.suite, m_policy.iterations(m_policy.suite)));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(username);
    if (auto r = exec(q); !r)
        return r;
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("password.reset"),
                                  QStringLiteral("user"), username);
        !r)
        return r;
    if (auto c = tx.commit(); !c)
        return c;
    return updateSlot(m_conn, username, password);
}

Result<void> UserRepository::changePassword(const QString &username, const QString &oldPassword,
                                            const QString &newPassword, const QString &workstation)
{
    auto session = login(username, oldPassword, workstation);
    if (!session)
        return session.error();
    if (const auto errors = m_policy.checkPassword(username, newPassword); !errors.isEmpty())
        return errors.first();
    if (oldPassword == newPassword)
        return makeError(QStringLiteral("password.same"), Text::tr("新密码不能与旧密码相同"),
                         QStringLiteral("password"));
    Transaction tx(m_conn);
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("UPDATE app_user SET password_hash = ?, updated_at = ? WHERE username = ?"));
    q.addBindValue(
        PasswordHash::make(newPassword, m_policy.suite, m_policy.iterations(m_policy.suite)));
    q.addBindValue(ChangeLog::nowUtc());
    q.addBindValue(username);
    if (auto r = exec(q); !r)
        return r;
    if (auto r = RecordSigner(m_conn, m_policy).rewrapKey(username, oldPassword, newPassword); !r)
        return r;
    if (auto r = ChangeLog::audit(m_conn, *session, QStringLiteral("password.change"),
                                  QStringLiteral("user"), username);
        !r)
        return r;
    if (auto c = tx.commit(); !c)
        return c;
    return updateSlot(m_conn, username, newPassword);
}

Result<void> UserRepository::recordFailure(const User &u, const QString &workstation)
{
    Transaction tx(m_conn);
    const int failures = u.failedCount + 1;
    const bool lock = failures >= m_policy.maxFailures;
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "UPDATE app_user SET failed_count = ?, locked_until = ? WHERE username = ?"));
    q.addBindValue(lock ? 0 : failures);
    q.addBindValue(
        lock
            ? QVariant(now().addSecs(qint64(m_policy.lockMinutes) * 60).toString(Qt::ISODateWithMs))
            : QVariant());
    q.addBindValue(u.username);
    if (auto r = exec(q); !r)
        return r;
    Scope who;
    who.userId = u.username;
    who.workstation = workstation;
    if (auto r = ChangeLog::audit(
            m_conn, who, lock ? QStringLiteral("login.locked") : QStringLiteral("login.failed"),
            QStringLiteral("user"), u.username);
        !r)
        return r;
    return tx.commit();
}

Result<Scope> UserRepository::login(const QString &username, const QString &password,
                                    const QString &workstation)
{
    QString hash;
    auto u = load(username.trimmed(), &hash);
    if (!u) {
        // Spend the same time as a real check so that unknown names are not revealed by timing.
        Crypto::pbkdf2(m_policy.suite, password.toUtf8(), QByteArrayLiteral("jiayi-no-such-user"),
                       m_policy.iterations(m_policy.suite), 32);
        return badLogin();
    }
    if (u->disabled)
        return makeError(QStringLiteral("login.disabled"), Text::tr("该账户已停用，请联系管理员"),
                         QStringLiteral("username"));
    if (u->lockedUntil.isValid() && u->lockedUntil > now())
        return makeError(QStringLiteral("login.locked"),
                         Text::tr("连续输错密码次数过多，账户已锁定至 %1")
                             .arg(u->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
                         QStringLiteral("password"));
    // Unlocking an encrypted database has just checked this password against the user's key
    // slot (the same KDF): not twice.
    const QString encrypted = encryptedPath(m_conn);
    const bool verified =
        !encrypted.isEmpty() && EncryptedDb::takeVerifiedLogin(encrypted, username, password);
    if (!verified && !PasswordHash::verify(password, hash)) {
        if (auto r = recordFailure(*u, workstation); !r)
            return r.error();
        if (u->failedCount + 1 >= m_policy.maxFailures)
            return makeError(QStringLiteral("login.locked"),
                             Text::tr("连续输错密码 %1 次，账户已锁定 %2 分钟")
                                 .arg(m_policy.maxFailures)
                                 .arg(m_policy.lockMinutes),
                             QStringLiteral("password"));
        return badLogin();
    }
    Scope scope = RoleTable::instance().scopeFor(u->username, u->role, u->villages, workstation);
    Transaction tx(m_conn);
    QSqlQuery q(db(m_conn));
    const bool rehash =
        PasswordHash::needsRehash(hash, m_policy.suite, m_policy.iterations(m_policy.suite));
    q.prepare(rehash ? QStringLiteral("UPDATE app_user SET failed_count = 0, locked_until = NULL,"
                                      " last_login_at = ?, password_hash = ? WHERE username = ?")
                     : QStringLiteral("UPDATE app_user SET failed_count = 0, locked_until = NULL,"
                                      " last_login_at = ? WHERE username = ?"));
    q.addBindValue(now().toString(Qt::ISODateWithMs));
    if (rehash)
        q.addBindValue(
            PasswordHash::make(password, m_policy.suite, m_policy.iterations(m_policy.suite)));
    q.addBindValue(u->username);
    if (auto r = exec(q); !r)
        return r.error();
    if (auto r = ChangeLog::audit(m_conn, scope, QStringLiteral("login"), QStringLiteral("user"),
                                  u->username);
        !r)
        return r.error();
    // The personal signing key is made at first login, sealed by this password.
    if (auto r = RecordSigner(m_conn, m_policy).ensureKey(u->username, password); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    // A user without a key slot (added before the database was encrypted) gets one at the first
    // login in an unlocked session, so the next start can unlock with their password.
    if (!encrypted.isEmpty() && !verified &&
        !EncryptedDb::slotUsers(encrypted).contains(u->username))
        if (auto s = updateSlot(m_conn, u->username, password); !s)
            return s.error();
    return scope;
}

Result<Scope> UserRepository::unlock(const Scope &session, const QString &password)
{
    return login(session.userId, password, session.workstation);
}

} // namespace Models
