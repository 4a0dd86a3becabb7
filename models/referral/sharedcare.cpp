#include "sharedcare.h"

#include "dbaccess.h"
#include "permission.h"
#include "residentlifecycle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::SharedCare)
};
} // namespace

Result<SharedCareResident> sharedCareResident(const QString &conn, const Scope &scope,
                                              const QString &residentId, bool forWrite)
{
    QSqlQuery q(db(conn));
    q.prepare(QStringLiteral("SELECT village_code, name, sex, birth_date, life_status, life_date"
                             " FROM resident WHERE id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"),
                         QStringLiteral("resident"));
    SharedCareResident r;
    r.id = residentId;
    r.villageCode = q.value(0).toString();
    r.name = q.value(1).toString();
    r.sex = q.value(2).toString();
    r.birthDate = sharedDate(q.value(3));
    r.active = q.value(4).toString() == QLatin1String("active");
    if (!scope.allowsVillage(r.villageCode))
        return outOfScope();
    if (forWrite && !r.active) {
        Resident gone;
        gone.lifeStatus = q.value(4).toString();
        gone.lifeDate = sharedDate(q.value(5));
        return makeError(QStringLiteral("resident.inactive"),
                         Text::tr("%1：%2，不能登记管理").arg(r.name, lifeStatusText(gone)),
                         QStringLiteral("resident"));
    }
    return r;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant sharedDateVar(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate sharedDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString sharedJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject sharedJsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVector<QVariant> sharedNotNull(QVector<QVariant> values)
{
    for (QVariant &v : values)
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QString(QLatin1String(""));
    return values;
}

} // namespace Models
