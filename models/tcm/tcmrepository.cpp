#include "tcmrepository.h"

#include "changelog.h"
#include "dates.h"
#include "dbaccess.h"
#include "permission.h"
#include "tcmchild.h"
#include "versions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::TcmRepository)
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString answersText(const TcmAnswers &a)
{
    QStringList s;
    for (int v : a)
        s << QString::number(v);
    return s.join(QLatin1Char(','));
}

TcmAnswers answersFrom(const QString &text)
{
    TcmAnswers a{};
    const QStringList s = text.split(QLatin1Char(','));
    for (int i = 0; i < TcmQuestionCount && i < s.size(); ++i)
        a[i] = s.at(i).toInt();
    return a;
}

QJsonObject guidanceJson(const QMap<QString, QStringList> &g)
{
    QJsonObject o;
    for (auto it = g.cbegin(); it != g.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

// An empty text (never NULL) for the NOT NULL DEFAULT '' columns.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QString TcmColumns =
    QStringLiteral("id, resident_id, assess_date, doctor, answers, guidance_json, guidance_other, "
                   "ifnull(supersedes, ''), updated_at, updated_by");
const QString ChildColumns =
    QStringLiteral("id, resident_id, visit_months, service_date, doctor, services_json, "
                   "other_text, ifnull(next_date, ''), ifnull(supersedes, ''), updated_at, "
                   "updated_by");

TcmRecord readTcm(const QSqlQuery &q)
{
    TcmRecord r;
    r.id = q.value(0).toString();
    r.residentId = q.value(1).toString();
    r.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.doctor = q.value(3).toString();
    r.answers = answersFrom(q.value(4).toString());
    const QJsonObject g = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (auto it = g.constBegin(); it != g.constEnd(); ++it) {
        QStringList codes;
        for (const auto &v : it.value().toArray())
            codes << v.toString();
        r.guidance.insert(it.key(), codes);
    }
    r.guidanceOther = q.value(6).toString();
    r.supersedes = q.value(7).toString();
    r.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.updatedBy = q.value(9).toString();
    // The stored answers are the scored ones; the judgement is recomputed with today's rules
    // only for display — result_json keeps what was computed when saved.
    if (auto a = TcmRules::standard().assess(r.answers); a)
        r.assessment = *a;
    return r;
}

TcmChildRecord readChild(const QSqlQuery &q)
{
    TcmChildRecord r;
    r.id = q.value(0).toString();
    r.residentId = q.value(1).toString();
    r.months = q.value(2).toInt();
    r.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.doctor = q.value(4).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        r.services << v.toString();
    r.otherText = q.value(6).toString();
    r.nextDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.supersedes = q.value(8).toString();
    r.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.updatedBy = q.value(10).toString();
    return r;
}

} // namespace

TcmRepository::TcmRepository(QString connectionName) : m_conn(std::move(connectionName))
{
}

Result<QString> TcmRepository::residentVillage(const Scope &scope, const QString &residentId,
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

Result<void> TcmRepository::checkCurrent(const QString &table, const QString &id,
                                         const QString &residentId) const
{
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT resident_id, (SELECT count(*) FROM %1 WHERE supersedes = ? "
                             "AND deleted = 0) FROM %1 WHERE id = ? AND deleted = 0")
                  .arg(table));
    q.addBindValue(id);
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r;
    if (!q.next())
        return makeError(QStringLiteral("correction.notfound"), Text::tr("找不到要更正的记录"));
    if (q.value(0).toString() != residentId)
        return makeError(QStringLiteral("correction.resident"), Text::tr("更正的记录不属于该居民"));
    if (q.value(1).toInt() > 0)
        return makeError(QStringLiteral("correction.stale"),
                         Text::tr("这条记录已经被更正过，请更正最新的版本"));
    return {};
}

Result<TcmRecord> TcmRepository::addAssessment(const Scope &scope, TcmRecord r)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.write")); !p)
        return p.error();
    QDate birth;
    if (auto v = residentVillage(scope, r.residentId, &birth); !v)
        return v.error();
    if (!r.date.isValid())
        return makeError(QStringLiteral("tcm.date"), Text::tr("请填写评估日期"),
                         QStringLiteral("date"));
    if (r.date > QDate::currentDate())
        return makeError(QStringLiteral("tcm.date"), Text::tr("评估日期不能晚于今天"),
                         QStringLiteral("date"));
    if (birth.isValid() && r.date < birth)
        return makeError(QStringLiteral("tcm.date"), Text::tr("评估日期不能早于出生日期"),
                         QStringLiteral("date"));
    const TcmRules &rules = TcmRules::standard();
    auto scored = rules.assess(TcmInput{r.answers, r.bmi, r.waistCm});
    if (!scored)
        return scored.error();
    r.assessment = *scored;
    r.answers = scored->answers;
    for (auto it = r.guidance.cbegin(); it != r.guidance.cend(); ++it) {
        if (!rules.constitution(it.key()))
            return makeError(QStringLiteral("tcm.guidance"),
                             Text::tr("未知的体质：%1").arg(it.key()), QStringLiteral("guidance"));
        for (const QString &d : it.value())
            if (!rules.guidanceDomains().contains(d))
                return makeError(QStringLiteral("tcm.guidance"),
                                 Text::tr("未知的保健指导：%1").arg(d), QStringLiteral("guidance"));
    }
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (!r.supersedes.isEmpty())
        if (auto c = checkCurrent(QStringLiteral("tcm_assessment"), r.supersedes, r.residentId); !c)
            return c.error();
    const QString now = ChangeLog::nowUtc();
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject result = r.assessment.toJson();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO tcm_assessment(id, resident_id, assess_date, doctor, answers, result_json, "
        "primary_type, constitutions, flags, guidance_json, guidance_other, rule_set, supersedes, "
        "created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.residentId), QVariant(r.date.toString(Qt::ISODate)),
          QVariant(r.doctor.isNull() ? QString(QLatin1String("")) : r.doctor),
          QVariant(answersText(r.answers)), QVariant(compact(result)),
          QVariant(r.assessment.primary.isNull() ? QString(QLatin1String(""))
                                                 : r.assessment.primary),
          text(r.assessment.constitutions.join(QLatin1Char(','))),
          text(r.assessment.flags.join(QLatin1Char(','))),
          QVariant(compact(guidanceJson(r.guidance))),
          QVariant(r.guidanceOther.isNull() ? QString(QLatin1String("")) : r.guidanceOther),
          text(r.assessment.ruleSet), r.supersedes.isEmpty() ? QVariant() : QVariant(r.supersedes),
          QVariant(now), QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    QJsonObject after = result;
    after.insert(QStringLiteral("id"), r.id);
    after.insert(QStringLiteral("resident_id"), r.residentId);
    after.insert(QStringLiteral("assess_date"), r.date.toString(Qt::ISODate));
    after.insert(QStringLiteral("doctor"), r.doctor);
    after.insert(QStringLiteral("guidance"), guidanceJson(r.guidance));
    after.insert(QStringLiteral("guidance_other"), r.guidanceOther);
    if (!r.supersedes.isEmpty())
        after.insert(QStringLiteral("supersedes"), r.supersedes);
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("tcm_assessment"), r.id,
                                   ChangeOp::Create, {}, after);
        !e)
        return e.error();
    if (!r.supersedes.isEmpty())
        if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("correct"),
                                      QStringLiteral("tcm_assessment"), r.supersedes, {}, after);
            !e)
            return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    r.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    r.updatedBy = scope.userId;
    return r;
}

Result<TcmRecord> TcmRepository::assessment(const Scope &scope, const QString &id) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM tcm_assessment WHERE id = ? AND deleted = 0")
                  .arg(TcmColumns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("tcm.notfound"), Text::tr("找不到该中医体质辨识记录"));
    TcmRecord r = readTcm(q);
    if (auto v = residentVillage(scope, r.residentId); !v)
        return v.error();
    return r;
}

Result<QVector<TcmRecord>> TcmRepository::assessments(const Scope &scope,
                                                      const QString &residentId) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (auto v = residentVillage(scope, residentId); !v)
        return v.error();
    QSqlQuery q(db(m_conn));
    q.prepare(
        QStringLiteral("SELECT %1 FROM tcm_assessment t WHERE resident_id = ? AND deleted = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM tcm_assessment n WHERE n.supersedes "
                       "= t.id AND n.deleted = 0) ORDER BY assess_date DESC, created_at DESC")
            .arg(TcmColumns));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TcmRecord> out;
    while (q.next())
        out << readTcm(q);
    return out;
}

Result<TcmChildRecord> TcmRepository::addChildService(const Scope &scope, TcmChildRecord r)
{
    if (auto p = requirePermission(scope, QStringLiteral("record.write")); !p)
        return p.error();
    QDate birth;
    if (auto v = residentVillage(scope, r.residentId, &birth); !v)
        return v.error();
    const TcmChildSchedule &schedule = TcmChildSchedule::standard();
    if (!schedule.visit(r.months))
        return makeError(QStringLiteral("tcmchild.months"),
                         Text::tr("月龄应为 6、12、18、24、30 或 36"), QStringLiteral("months"));
    if (!r.date.isValid() || r.date > QDate::currentDate())
        return makeError(QStringLiteral("tcmchild.date"), Text::tr("请填写不晚于今天的随访日期"),
                         QStringLiteral("date"));
    if (birth.isValid() && r.date < birth.addMonths(r.months))
        return makeError(QStringLiteral("tcmchild.date"),
                         Text::tr("随访日期早于满 %1 月龄（%2）")
                             .arg(r.months)
                             .arg(isoDate(birth.addMonths(r.months))),
                         QStringLiteral("date"));
    if (birth.isValid() && r.date > birth.addMonths(48))
        return makeError(QStringLiteral("tcmchild.age"), Text::tr("儿童中医药健康管理只到 36 月龄"),
                         QStringLiteral("date"));
    if (r.services.isEmpty())
        return makeError(QStringLiteral("tcmchild.services"), Text::tr("请至少选择一项服务"),
                         QStringLiteral("services"));
    for (const QString &s : r.services) {
        const bool known = std::any_of(schedule.services().cbegin(), schedule.services().cend(),
                                       [&](const TcmChildService &x) { return x.code == s; });
        if (!known)
            return makeError(QStringLiteral("tcmchild.services"), Text::tr("未知的服务：%1").arg(s),
                             QStringLiteral("services"));
    }
    if (r.services.contains(QStringLiteral("other")) && r.otherText.trimmed().isEmpty())
        return makeError(QStringLiteral("tcmchild.other"), Text::tr("选了“其他”，请写明内容"),
                         QStringLiteral("other_text"));
    if (r.nextDate.isValid() && r.nextDate <= r.date)
        return makeError(QStringLiteral("tcmchild.next"), Text::tr("下次随访日期应晚于本次"),
                         QStringLiteral("next_date"));
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    if (!r.supersedes.isEmpty())
        if (auto c = checkCurrent(QStringLiteral("tcm_child_service"), r.supersedes, r.residentId);
            !c)
            return c.error();
    const QString now = ChangeLog::nowUtc();
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO tcm_child_service(id, resident_id, visit_months, service_date, doctor, "
        "services_json, other_text, next_date, supersedes, created_at, updated_at, updated_by) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.residentId), QVariant(r.months),
          QVariant(r.date.toString(Qt::ISODate)),
          QVariant(r.doctor.isNull() ? QString(QLatin1String("")) : r.doctor),
          QVariant(compact(QJsonArray::fromStringList(r.services))),
          QVariant(r.otherText.isNull() ? QString(QLatin1String("")) : r.otherText),
          dateOrNull(r.nextDate), r.supersedes.isEmpty() ? QVariant() : QVariant(r.supersedes),
          QVariant(now), QVariant(now), QVariant(scope.userId)})
        q.addBindValue(v);
    if (auto e = exec(q); !e)
        return e.error();
    QJsonObject after{{QStringLiteral("id"), r.id},
                      {QStringLiteral("resident_id"), r.residentId},
                      {QStringLiteral("visit_months"), r.months},
                      {QStringLiteral("service_date"), r.date.toString(Qt::ISODate)},
                      {QStringLiteral("doctor"), r.doctor},
                      {QStringLiteral("services"), QJsonArray::fromStringList(r.services)},
                      {QStringLiteral("other_text"), r.otherText},
                      {QStringLiteral("next_date"), isoDate(r.nextDate)}};
    if (!r.supersedes.isEmpty())
        after.insert(QStringLiteral("supersedes"), r.supersedes);
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("tcm_child_service"), r.id,
                                   ChangeOp::Create, {}, after);
        !e)
        return e.error();
    if (!r.supersedes.isEmpty())
        if (auto e = ChangeLog::audit(m_conn, scope, QStringLiteral("correct"),
                                      QStringLiteral("tcm_child_service"), r.supersedes, {}, after);
            !e)
            return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    r.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    r.updatedBy = scope.userId;
    return r;
}

Result<TcmChildRecord> TcmRepository::childService(const Scope &scope, const QString &id) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM tcm_child_service WHERE id = ? AND deleted = 0")
                  .arg(ChildColumns));
    q.addBindValue(id);
    if (auto e = exec(q); !e)
        return e.error();
    if (!q.next())
        return makeError(QStringLiteral("tcmchild.notfound"), Text::tr("找不到该儿童中医药记录"));
    TcmChildRecord r = readChild(q);
    if (auto v = residentVillage(scope, r.residentId); !v)
        return v.error();
    return r;
}

Result<QVector<TcmChildRecord>> TcmRepository::childServices(const Scope &scope,
                                                             const QString &residentId) const
{
    if (auto p = requirePermission(scope, QStringLiteral("record.read")); !p)
        return p.error();
    if (auto v = residentVillage(scope, residentId); !v)
        return v.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral("SELECT %1 FROM tcm_child_service t WHERE resident_id = ? AND "
                             "deleted = 0 AND %2 ORDER BY visit_months")
                  .arg(ChildColumns, Versions::current(QStringLiteral("t"),
                                                       QStringLiteral("tcm_child_service"))));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<TcmChildRecord> out;
    while (q.next())
        out << readChild(q);
    return out;
}

} // namespace Models
