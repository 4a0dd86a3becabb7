#include "draftstore.h"

#include "crypto.h"
#include "encrypteddb.h"
#include "logging.h"
#include "pagevfs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DraftStore)
};

const QByteArray Magic("JYDRAFT1");

// The database's suite, or the international one for a plain database.
Crypto::Suite suiteOf(const QString &dbPath)
{
    PageVfs::Cipher cipher = PageVfs::Cipher::Aes256Gcm;
    if (PageVfs::hasKey(dbPath))
        PageVfs::keyOf(dbPath, &cipher);
    return cipher == PageVfs::Cipher::Sm4CtrHmacSm3 ? Crypto::Suite::Commercial
                                                    : Crypto::Suite::International;
}

QByteArray aad(const QString &form, const QString &residentId)
{
    return Magic + '/' + form.toUtf8() + '/' + residentId.toUtf8();
}
} // namespace

DraftStore::DraftStore(QString dbPath) : m_dbPath(std::move(dbPath))
{
}

bool DraftStore::enabled() const
{
    return !m_dbPath.isEmpty() && m_dbPath != QLatin1String(":memory:");
}

QString DraftStore::folder() const
{
    return m_dbPath + QStringLiteral(".drafts");
}

QByteArray DraftStore::key() const
{
    if (!enabled())
        return {};
    const Crypto::Suite suite = suiteOf(m_dbPath);
    if (PageVfs::hasKey(m_dbPath)) {
        // Two labelled HMACs of the data key: the drafts never use the page key itself.
        const QByteArray dataKey = PageVfs::keyOf(m_dbPath);
        return Crypto::hmac(suite, dataKey, "jiayi drafts key 1") +
               Crypto::hmac(suite, dataKey, "jiayi drafts key 2");
    }
    if (EncryptedDb::isEncrypted(m_dbPath))
        return {}; // locked: nothing to seal with, and never a weaker key

    const QString path = folder() + QStringLiteral("/draft.key");
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray k = f.readAll();
        if (k.size() == Crypto::SealKeyLength)
            return k;
    }
    if (!QDir().mkpath(folder()))
        return {};
    const QByteArray k = Crypto::randomBytes(Crypto::SealKeyLength);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(k) != k.size() || !out.commit())
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return k;
}

QString DraftStore::filePath(const QString &form, const QString &residentId) const
{
    const QByteArray k = key();
    const QByteArray name = Crypto::hmac(suiteOf(m_dbPath), k, aad(form, residentId)).toHex();
    return folder() + QLatin1Char('/') + QString::fromLatin1(name.left(32)) +
           QStringLiteral(".draft");
}

Result<void> DraftStore::save(const QString &form, const QString &residentId,
                              const QJsonObject &values) const
{
    const QByteArray k = key();
    if (k.isEmpty() || !QDir().mkpath(folder()))
        return makeError(QStringLiteral("draft.key"), Text::tr("无法保存草稿：草稿目录不可写"));
    const QJsonObject doc{
        {QStringLiteral("form"), form},
        {QStringLiteral("resident"), residentId},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("values"), values}};
    const QByteArray sealed =
        Crypto::seal(suiteOf(m_dbPath), k, QJsonDocument(doc).toJson(QJsonDocument::Compact),
                     aad(form, residentId));
    QSaveFile out(filePath(form, residentId));
    if (!out.open(QIODevice::WriteOnly) || out.write(Magic + sealed) < 0 || !out.commit())
        return makeError(QStringLiteral("draft.write"), Text::tr("无法保存草稿：草稿目录不可写"),
                         {}, out.errorString());
    QFile::setPermissions(out.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

std::optional<QJsonObject> DraftStore::load(const QString &form, const QString &residentId) const
{
    if (!enabled())
        return std::nullopt;
    QFile f(filePath(form, residentId));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith(Magic))
        return std::nullopt;
    auto plain =
        Crypto::open(suiteOf(m_dbPath), key(), bytes.mid(Magic.size()), aad(form, residentId));
    if (!plain) {
        qCWarning(lcDb) << "draft unreadable" << form;
        return std::nullopt;
    }
    const QJsonObject doc = QJsonDocument::fromJson(*plain).object();
    return doc.value(QStringLiteral("values")).toObject();
}

void DraftStore::remove(const QString &form, const QString &residentId) const
{
    if (enabled())
        QFile::remove(filePath(form, residentId));
}

} // namespace Models
