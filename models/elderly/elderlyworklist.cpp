#include "elderlyworklist.h"

#include "dates.h"
#include "dbaccess.h"
#include "elderlyservice.h"
#include "permission.h"
#include "population.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

Result<QVector<ElderlyWorkRow>> elderlyWorklist(const QString &conn, const Scope &scope,
                                                const ElderlyWorklistFilter &f)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (!f.villageCode.isEmpty())
        if (auto v = requireVillage(scope, f.villageCode, QStringLiteral("village")); !v)
            return v.error();
    QString villages;
    if (!scope.allVillages) {
        QStringList marks;
        for (int i = 0; i < scope.villages.size(); ++i)
            marks << QStringLiteral("?");
        villages = QStringLiteral(" AND r.village_code IN (%1)")
                       .arg(marks.isEmpty() ? QStringLiteral("''") : marks.join(QLatin1Char(',')));
    }
    // The latest current (not superseded) visit of the year per resident, and whether its
    // health check exists.
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.name, r.village_code, r.birth_date, s.id, s.selfcare_json, "
            "s.self_rating, s.cognitive_positive, s.mmse, s.mood_positive, s.gds, "
            "s.guidance_json, s.next_visit, s.health_check_id, hc.id IS NOT NULL "
            "FROM resident r "
            "LEFT JOIN elderly_service s ON s.resident_id = r.id AND s.id = (SELECT s2.id FROM "
            "elderly_service s2 "
            "  WHERE s2.resident_id = r.id AND s2.deleted = 0 AND s2.service_date BETWEEN ? AND ? "
            "  AND NOT EXISTS (SELECT 1 FROM elderly_service n WHERE n.supersedes = s2.id AND "
            "  n.deleted = 0) ORDER BY s2.service_date DESC, s2.created_at DESC LIMIT 1) "
            "LEFT JOIN health_check hc ON hc.id = s.health_check_id AND hc.deleted = 0 "
            "WHERE %1 AND r.birth_date <= ? %2 %3 ORDER BY r.village_code, r.name")
            .arg(Population::livingOn(QStringLiteral("r"), QStringLiteral("?")), villages,
                 f.villageCode.isEmpty() ? QString() : QStringLiteral(" AND r.village_code = ?"));
    QSqlQuery q(db(conn));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(isoDate(QDate(f.on.year(), 1, 1)));
    q.addBindValue(isoDate(QDate(f.on.year(), 12, 31)));
    q.addBindValue(isoDate(f.on));
    q.addBindValue(isoDate(f.on.addYears(-65)));
    if (!scope.allVillages)
        for (const QString &v : scope.villages)
            q.addBindValue(v);
    if (!f.villageCode.isEmpty())
        q.addBindValue(f.villageCode);
    if (auto e = exec(q); !e)
        return e.error();
    const SelfCareRules &rules = SelfCareRules::standard();
    QVector<ElderlyWorkRow> out;
    while (q.next()) {
        ElderlyWorkRow row;
        row.residentId = q.value(0).toString();
        row.name = q.value(1).toString();
        row.villageCode = q.value(2).toString();
        row.age = ageInYears(QDate::fromString(q.value(3).toString(), Qt::ISODate), f.on);
        row.serviceId = q.value(4).toString();
        if (row.serviceId.isEmpty()) {
            row.missing << QStringLiteral("service");
        } else {
            ElderlyService s;
            const QJsonObject sc = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            for (auto it = sc.constBegin(); it != sc.constEnd(); ++it)
                s.selfCare.insert(it.key(), it.value().toInt());
            auto optInt = [&](int i) {
                return q.value(i).isNull() ? std::nullopt : std::optional<int>(q.value(i).toInt());
            };
            s.selfRating = optInt(6);
            if (!q.value(7).isNull())
                s.cognitivePositive = q.value(7).toInt() != 0;
            s.mmse = optInt(8);
            if (!q.value(9).isNull())
                s.moodPositive = q.value(9).toInt() != 0;
            s.gds = optInt(10);
            for (const auto &v : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
                s.guidance << v.toString();
            s.nextVisit = QDate::fromString(q.value(12).toString(), Qt::ISODate);
            s.healthCheckId = q.value(13).toString();
            row.missing = elderlyMissingParts(s, rules, q.value(14).toBool());
        }
        if (!row.missing.isEmpty() || f.includeComplete)
            out << row;
    }
    return out;
}

} // namespace Models
