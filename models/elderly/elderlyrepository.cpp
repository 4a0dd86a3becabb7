#include "elderlyrepository.h"

#include "changelog.h"
#include "dates.h"
#include "dbaccess.h"
#include "permission.h"
#include "versions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ElderlyRepository)
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template <typename T> QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant(int(*v)) : QVariant();
}

QJsonObject selfCareJson(const QMap<QString, int> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

const QString Columns = QStringLiteral(
    "id, resident_id, service_date, doctor, ifnull(health_check_id, ''), selfcare_json, "
    "self_rating, cognitive_positive, mmse, mood_positive, gds, lifestyle_json, guidance_json, "
    "ifnull(next_visit, ''), ifnull(supersedes, ''), updated_at, updated_by");

std::optional<int> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<bool> optBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

ElderlyService read(const QSqlQuery &q)
{
    ElderlyService s;
    s.id = q.value(0).toString();
    s.residentId = q.value(1).toString();
    s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.doctor = q.value(3).toString();
    s.healthCheckId = q.value(4).toString();
    const QJsonObject sc = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (auto it = sc.constBegin(); it != sc.constEnd(); ++it)
        s.selfCare.insert(it.key(), it.value().toInt());
    s.selfRating = optInt(q.value(6));
    s.cognitivePositive = optBool(q.value(7));
    s.mmse = optInt(q.value(8));
    s.moodPositive = optBool(q.value(9));
    s.gds = optInt(q.value(10));
    s.lifestyle = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    for (const auto &v : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array())
        s.guidance << v.toString();
    s.nextVisit = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    s.supersedes = q.value(14).toString();
    s.updatedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    s.updatedBy = q.value(16).toString();
    return s;
}

Result<void> validate(const ElderlyService &s, const QDate &birth)
{
    if (!s.date.isValid() || s.date > QDate::currentDate())
        return makeError(QStringLiteral("elderly.date"), Text::tr("请填写不晚于今天的服务日期"),
                         QStringLiteral("date"));
    if (birth.isValid() && ageInYears(birth, s.date) < 65)
        return makeError(QStringLiteral("elderly.age"),
                         Text::tr("老年人健康管理服务对象为 65 岁及以上居民（服务日 %1 岁）")
                             .arg(ageInYears(birth, s.date)),
                         QStringLiteral("date"));
    for (auto it = s.selfCare.cbegin(); it != s.selfCare.cend(); ++it)
        if (it.value() < 0 || it.value() > 3)
            return makeError(QStringLiteral("elderly.selfcare"),
                             Text::tr("生活自理能力评估的选项不正确"), it.key());
    if (s.selfRating && (*s.selfRating < 1 || *s.selfRating > 5))
        return makeError(QStringLiteral("elderly.rating"), Text::tr("健康状态自我评估应为 1～5"),
                         QStringLiteral("self_rating"));
    if (s.mmse && (*s.mmse < 0 || *s.mmse > 30))
        return makeError(QStringLiteral("elderly.mmse"), Text::tr("MMSE 总分应为 0～30"),
                         QStringLiteral("mmse"));
    if (s.gds && (*s.gds < 0 || *s.gds > 30))
        return makeError(QStringLiteral("elderly.gds"), Text::tr("GDS 评分应为 0～30"),
                         QStringLiteral("gds"));
    if (s.nextVisit.isValid() && s.nextVisit <= s.date)
        return makeError(QStringLiteral("elderly.next"), Text::tr("下次服务日期应晚于本次"),
                         QStringLiteral("next_visit"));
    const auto items = elderlyGuidanceItems();
    for (const QString &g : s.guidance) {
        const bool known =
            std::any_of(items.cbegin(), items.cend(), [&](const auto &i) { return i.first == g; });
        if (!known)
            return makeError(QStringLiteral("elderly.guidance"),
                             Text::tr("未知的健康指导项目：%1").arg(g), QStringLiteral("guidance"));
    }
    return {};
}

} // namespace

ElderlyRepository::ElderlyRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<QString> ElderlyRepository::residentVillage(const Scope &scope, const QString &residentId,
                                                   QDate *birth) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT village_code, birth_date FROM resident WHERE id = ? AND deleted = 0"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("resident.notfound"), Text::tr("找不到该居民"));
    if (!scope.allowsVillage(q.value(0).toString()))
        return outOfScope();
    if (birth)
        *birth = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    return q.value(0).toString();
}

bool ElderlyRepository::healthCheckOf(const QString &checkId, const QString &residentId) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT 1 FROM health_check WHERE id = ? AND resident_id = ? AND deleted = 0"));
    q.addBindValue(checkId);
    q.addBindValue(residentId);
    return exec(q).ok() && q.next();
}

Result<ElderlyService> ElderlyRepository::addService(const Scope &scope, ElderlyService s)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.write")); !p)
        return p.error();
    QDate birth;
    if (auto v = residentVillage(scope, s.residentId, &birth); !v)
        return v.error();
    if (auto v = validate(s, birth); !v)
        return v.error();
    if (!s.healthCheckId.isEmpty() && !healthCheckOf(s.healthCheckId, s.residentId))
        return makeError(QStringLiteral("elderly.check"), Text::tr("所选体检记录不属于该居民"),
                         QStringLiteral("health_check"));
    const SelfCareRules &rules = SelfCareRules::standard();
    const auto scored = rules.score(s.selfCare);
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (!s.supersedes.isEmpty()) {
        QSqlQuery c(db(m_conn));
        c.prepare(QStringLiteral(
            "SELECT resident_id, (SELECT count(*) FROM elderly_service WHERE supersedes = ? AND "
            "deleted = 0) FROM elderly_service WHERE id = ? AND deleted = 0"));
        c.addBindValue(s.supersedes);
        c.addBindValue(s.supersedes);
        if (auto e = exec(c); !e)
            return e.error();
        if (!c.next() || c.value(0).toString() != s.residentId)
            return makeError(QStringLiteral("correction.resident"),
                             Text::tr("更正的记录不属于该居民"));
        if (c.value(1).toInt() > 0)
            return makeError(QStringLiteral("correction.stale"),
                             Text::tr("这条记录已经被更正过，请更正最新的版本"));
    }
    const QString now = ChangeLog::nowUtc();
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray guidance = QJsonArray::fromStringList(s.guidance);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO elderly_service(id, resident_id, service_date, doctor, health_check_id, "
        "selfcare_json, selfcare_score, selfcare_band, self_rating, cognitive_positive, mmse, "
        "mood_positive, gds, lifestyle_json, guidance_json, next_visit, rule_set, supersedes, "
        "created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(s.id),
          QVariant(s.residentId),
          QVariant(s.date.toString(Qt::ISODate)),
          QVariant(s.doctor.isNull() ? QString(QLatin1String("")) : s.doctor),
          s.healthCheckId.isEmpty() ? QVariant() : QVariant(s.healthCheckId),
          QVariant(compact(selfCareJson(s.selfCare))),
          scored ? QVariant(scored->score) : QVariant(),
          scored ? QVariant(scored->band.checkupValue) : QVariant(),
          opt(s.selfRating),
          opt(s.cognitivePositive),
          opt(s.mmse),
          opt(s.moodPositive),
          opt(s.gds),
          QVariant(compact(s.lifestyle)),
          QVariant(QString::fromUtf8(QJsonDocument(guidance).toJson(QJsonDocument::Compact))),
          s.nextVisit.isValid() ? QVariant(s.nextVisit.toString(Qt::ISODate)) : QVariant(),
          QVariant(rules.name() + QLatin1Char('/') + rules.version()),
          s.supersedes.isEmpty() ? QVariant() : QVariant(s.supersedes),
          QVariant(now),
          QVariant(now),
          QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    QJsonObject after{{QStringLiteral("id"), s.id},
                      {QStringLiteral("resident_id"), s.residentId},
                      {QStringLiteral("service_date"), s.date.toString(Qt::ISODate)},
                      {QStringLiteral("doctor"), s.doctor},
                      {QStringLiteral("health_check_id"), s.healthCheckId},
                      {QStringLiteral("selfcare"), selfCareJson(s.selfCare)},
                      {QStringLiteral("lifestyle"), s.lifestyle},
                      {QStringLiteral("guidance"), guidance},
                      {QStringLiteral("next_visit"), isoDate(s.nextVisit)}};
    if (scored) {
        after.insert(QStringLiteral("selfcare_score"), scored->score);
        after.insert(QStringLiteral("selfcare_band"), scored->band.checkupValue);
    }
    if (s.selfRating)
        after.insert(QStringLiteral("self_rating"), *s.selfRating);
    if (s.cognitivePositive)
        after.insert(QStringLiteral("cognitive_positive"), *s.cognitivePositive);
    if (s.mmse)
        after.insert(QStringLiteral("mmse"), *s.mmse);
    if (s.moodPositive)
        after.insert(QStringLiteral("mood_positive"), *s.moodPositive);
    if (s.gds)
        after.insert(QStringLiteral("gds"), *s.gds);
    if (!s.supersedes.isEmpty())
        after.insert(QStringLiteral("supersedes"), s.supersedes);
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("elderly_service"), s.id,
                                   ChangeOp::Create, {}, after);
        !e)
        return e.error();
    if (!s.supersedes.isEmpty())
        if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("correct"),
                                      QStringLiteral("elderly_service"), s.supersedes, {}, after);
            !e)
            return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    s.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    s.updatedBy = scope.userId;
    return s;
}

Result<ElderlyService> ElderlyRepository::service(const Scope &scope, const QString &id) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT %1 FROM elderly_service WHERE id = ? AND deleted = 0").arg(Columns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("elderly.notfound"),
                         Text::tr("找不到该老年人健康管理记录"));
    ElderlyService s = read(q);
    if (auto v = residentVillage(scope, s.residentId); !v)
        return v.error();
    return s;
}

Result<QVector<ElderlyService>> ElderlyRepository::services(const Scope &scope,
                                                            const QString &residentId) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (auto v = residentVillage(scope, residentId); !v)
        return v.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM elderly_service t WHERE resident_id = ? AND "
                             "deleted = 0 AND %2 ORDER BY service_date DESC, created_at DESC")
                  .arg(Columns,
                       Versions::current(QStringLiteral("t"), QStringLiteral("elderly_service"))));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ElderlyService> out;
    while (q.next())
        out << read(q);
    return out;
}

Result<ElderlyYearStatus> ElderlyRepository::yearStatus(const Scope &scope,
                                                        const QString &residentId, int year) const
{
    auto all = services(scope, residentId);
    if (!all)
        return all.error();
    ElderlyYearStatus st;
    st.year = year;
    for (const auto &s : *all)
        if (s.date.year() == year) {
            st.service = s;
            break;
        }
    if (!st.service) {
        st.missing << QStringLiteral("service");
        return st;
    }
    st.missing = elderlyMissingParts(*st.service, SelfCareRules::standard(),
                                     healthCheckOf(st.service->healthCheckId, residentId));
    return st;
}

} // namespace Models
