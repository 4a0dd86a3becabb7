#include "deidentifiedexport.h"
#include "dates.h"

#include "changelog.h"
#include "dbaccess.h"
#include "permission.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::DeidentifiedExport)
};

} // namespace

QString DeidentifiedExport::ageBand(int age)
{
    if (age < 0)
        return {};
    if (age >= 90)
        return QStringLiteral("90+");
    const int low = age / 5 * 5;
    return QStringLiteral("%1-%2").arg(low).arg(low + 4);
}

Result<DeidentifySummary>
DeidentifiedExport::exportResidents(const Scope &scope, const QString &conn, const QString &path,
                                    const DeidentifyOptions &o, const Progress &progress)
{
    if (auto e = requirePermission(scope, QStringLiteral("report.write")); !e)
        return e.error();
    if (auto e = requirePermission(scope, QStringLiteral("resident.read")); !e)
        return e.error();
    // A fresh key for this export only: pseudonyms are stable within it and unlinkable across
    // exports.
    const QByteArray key = Crypto::randomBytes(32);
    auto pseudonym = [&](const char *kind, const QString &id) {
        if (id.isEmpty())
            return QString();
        return QString::fromLatin1(
            Crypto::hmac(o.suite, key, QByteArray(kind) + ':' + id.toUtf8()).toHex().left(20));
    };

    QSqlQuery count(db(conn));
    if (!count.exec(QStringLiteral("SELECT count(*) FROM resident WHERE deleted = 0")))
        return dbError(count);
    count.next();
    const qint64 total = count.value(0).toLongLong();

    // Chronic programmes under management, if that capability's table exists (0003).
    QSqlQuery q(db(conn));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.id, r.household_id, r.sex, r.birth_date, r.village_code, "
                               "r.residence_type, r.ethnicity,"
                               " EXISTS(SELECT 1 FROM chronic_registration c WHERE c.resident_id = "
                               "r.id AND c.programme = 'hypertension'"
                               "        AND c.closed_on IS NULL AND c.deleted = 0),"
                               " EXISTS(SELECT 1 FROM chronic_registration c WHERE c.resident_id = "
                               "r.id AND c.programme = 'diabetes'"
                               "        AND c.closed_on IS NULL AND c.deleted = 0)"
                               " FROM resident r WHERE r.deleted = 0 ORDER BY r.rid")))
        return dbError(q);

    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path));
    DeidentifySummary sum;
    sum.columns = {QStringLiteral("pseudonym"),
                   QStringLiteral("household_pseudonym"),
                   QStringLiteral("sex"),
                   o.birth == DeidentifyOptions::Birth::Year ? QStringLiteral("birth_year")
                                                             : QStringLiteral("age_band"),
                   o.townshipOnly ? QStringLiteral("township_code")
                                  : QStringLiteral("village_code"),
                   QStringLiteral("residence_type"),
                   QStringLiteral("ethnicity"),
                   QStringLiteral("hypertension"),
                   QStringLiteral("diabetes")};
    f.write(sum.columns.join(QLatin1Char(',')).toUtf8() + "\r\n");
    qint64 seen = 0;
    while (q.next()) {
        ++seen;
        if (progress && seen % 2000 == 0 && !progress(seen, total)) {
            f.cancelWriting();
            return makeError(QStringLiteral("cancelled"), Text::tr("导出已取消"));
        }
        const QString village = q.value(4).toString();
        if (!scope.allowsVillage(village))
            continue;
        const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const int age = birth.isValid() ? ageInYears(birth, o.asOf) : -1;
        QString birthCell;
        if (o.birth == DeidentifyOptions::Birth::AgeBand)
            birthCell = ageBand(age);
        else if (age >= 90) // the very old are few enough to be recognisable by year
            birthCell = QStringLiteral("<=%1").arg(o.asOf.year() - 90);
        else if (birth.isValid())
            birthCell = QString::number(birth.year());
        const QStringList cells{pseudonym("resident", q.value(0).toString()),
                                pseudonym("household", q.value(1).toString()),
                                q.value(2).toString(),
                                birthCell,
                                o.townshipOnly ? village.left(9) : village,
                                q.value(5).toString(),
                                q.value(6).toString(),
                                q.value(7).toBool() ? QStringLiteral("1") : QStringLiteral("0"),
                                q.value(8).toBool() ? QStringLiteral("1") : QStringLiteral("0")};
        f.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
        ++sum.rows;
    }
    if (!f.commit())
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path));
    if (auto r = ChangeLog::audit(conn, scope, QStringLiteral("export.deidentified"),
                                  QStringLiteral("resident"), QString(), {},
                                  QJsonObject{{QStringLiteral("rows"), sum.rows},
                                              {QStringLiteral("birth"), sum.columns.at(3)},
                                              {QStringLiteral("area"), sum.columns.at(4)}});
        !r)
        return r.error();
    return sum;
}

} // namespace Models
