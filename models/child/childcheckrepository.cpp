#include "childcheckrepository.h"

#include "changelog.h"
#include "childschedule.h"
#include "dates.h"
#include "dbaccess.h"
#include "logging.h"
#include "permission.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChildCheckRepository)
};

bool isNum(double v)
{
    return v == v;
}

QVariant numVar(double v)
{
    return isNum(v) ? QVariant(v) : QVariant(QMetaType(QMetaType::Double));
}

double toNum(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

const char *const ZColumns[] = {"z_wfa", "z_lhfa", "z_wflh", "z_bmifa", "z_hcfa"};
const char *const ZCodes[] = {"wfa", "lhfa", "wflh", "bmifa", "hcfa"};
} // namespace

QString ChildCheck::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("newborn"))
        return Text::tr("新生儿家庭访视");
    if (kind == QLatin1String("infant"))
        return Text::tr("1～8月龄儿童健康检查");
    if (kind == QLatin1String("toddler"))
        return Text::tr("12～30月龄儿童健康检查");
    if (kind == QLatin1String("preschool"))
        return Text::tr("3～6岁儿童健康检查");
    return Text::tr("儿童健康检查（增加）");
}

QJsonObject ChildCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("resident_id"), residentId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("age_code"), ageCode},
                  {QStringLiteral("check_date"), isoDate(checkDate)},
                  {QStringLiteral("age_days"), ageDays},
                  {QStringLiteral("standing"), standing},
                  {QStringLiteral("form"), form},
                  {QStringLiteral("next_date"), isoDate(nextDate)},
                  {QStringLiteral("doctor_id"), doctorId}};
    auto put = [&](const char *k, double v) {
        if (isNum(v))
            o.insert(QLatin1String(k), v);
    };
    put("weight_kg", weightKg);
    put("length_cm", lengthCm);
    put("head_cm", headCm);
    put("hb_g_l", hb);
    QJsonArray flags;
    for (const GrowthFlag &f : growth.flags)
        flags << f.code;
    o.insert(QStringLiteral("growth_flags"), flags);
    for (int i = 0; i < 5; ++i)
        if (const GrowthIndicatorResult *r = growth.indicator(QLatin1String(ZCodes[i]));
            r && r->hasZ())
            o.insert(QLatin1String(ZColumns[i]), r->z);
    return o;
}

ChildCheckRepository::ChildCheckRepository(QString connectionName)
    : m_conn(std::move(connectionName))
{
}

Result<ChildCheck> ChildCheckRepository::record(const Scope &scope, ChildCheck c)
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.write")); !e)
        return e.error();
    QSqlQuery rq(db(m_conn));
    rq.prepare(QStringLiteral("SELECT sex, birth_date, village_code, name, life_date FROM resident"
                              " WHERE id = ? AND deleted = 0"));
    rq.addBindValue(c.residentId);
    if (auto e = exec(rq); !e)
        return e.error();
    if (!rq.next())
        return makeError(QStringLiteral("child.notfound"), Text::tr("找不到该儿童"),
                         QStringLiteral("resident"));
    const QString sex = rq.value(0).toString();
    const QDate birth = QDate::fromString(rq.value(1).toString(), Qt::ISODate);
    c.villageCode = rq.value(2).toString();
    c.residentName = rq.value(3).toString();
    if (!scope.allowsVillage(c.villageCode))
        return outOfScope();
    const QDate today = QDate::currentDate();
    if (!c.checkDate.isValid())
        return makeError(QStringLiteral("child.date"), Text::tr("请填写随访日期"),
                         QStringLiteral("check_date"));
    const QDate lifeDate = QDate::fromString(rq.value(4).toString(), Qt::ISODate);
    if (lifeDate.isValid() && c.checkDate >= lifeDate)
        return makeError(QStringLiteral("child.life"), Text::tr("该儿童的档案已在此日期前关闭"),
                         QStringLiteral("check_date"));
    if (birth.addYears(7) <= c.checkDate)
        return makeError(QStringLiteral("child.age"), Text::tr("儿童健康管理只到7岁前"),
                         QStringLiteral("check_date"));
    GrowthInput in;
    in.sex = sex.isEmpty() ? QChar() : sex.at(0);
    in.birth = birth;
    in.on = c.checkDate;
    in.weightKg = c.weightKg;
    in.lengthCm = c.lengthCm;
    in.standing = c.standing;
    in.headCm = c.headCm;
    const bool anyMeasure = isNum(c.weightKg) || isNum(c.lengthCm) || isNum(c.headCm);
    if (anyMeasure) {
        if (auto ok = validateGrowthInput(in, today); !ok)
            return ok.error();
        c.growth = assessGrowth(in);
    } else if (c.checkDate > today || c.checkDate < birth) {
        return makeError(QStringLiteral("child.date"), Text::tr("随访日期应在出生日期与今天之间"),
                         QStringLiteral("check_date"));
    }
    if (isNum(c.hb) && (c.hb < 30 || c.hb > 250))
        return makeError(QStringLiteral("child.hb"), Text::tr("血红蛋白应在 30–250 g/L 之间"),
                         QStringLiteral("hb_g_l"));
    if (c.nextDate.isValid() && c.nextDate <= c.checkDate)
        return makeError(QStringLiteral("child.next"), Text::tr("下次随访日期应晚于本次"),
                         QStringLiteral("next_date"));
    c.ageDays = birth.daysTo(c.checkDate);
    if (c.kind.isEmpty())
        c.kind = ChildSchedule::formFor(birth, c.checkDate);
    static const QStringList kinds{QStringLiteral("newborn"), QStringLiteral("infant"),
                                   QStringLiteral("toddler"), QStringLiteral("preschool"),
                                   QStringLiteral("extra")};
    if (!kinds.contains(c.kind))
        return makeError(QStringLiteral("child.kind"), Text::tr("表单类型有误"),
                         QStringLiteral("kind"));
    if (c.ageCode.isEmpty() && c.kind != QLatin1String("newborn"))
        c.ageCode = ChildSchedule::get().windowOn(birth, c.checkDate).code;
    if (c.doctorId.isEmpty())
        c.doctorId = scope.userId;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QStringList flagCodes;
    for (const GrowthFlag &f : c.growth.flags)
        flagCodes << f.code;
    const QString now = ChangeLog::nowUtc();
    Transaction tx(m_conn);
    if (!tx.isOpen())
        return tx.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "INSERT INTO child_check(id, resident_id, kind, age_code, check_date, age_days, weight_kg,"
        " length_cm, standing, head_cm, hb_g_l, z_wfa, z_lhfa, z_wflh, z_bmifa, z_hcfa,"
        " growth_flags, growth_rules, form, next_date, doctor_id, created_at, updated_at,"
        " updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.residentId);
    q.addBindValue(c.kind);
    q.addBindValue(c.ageCode.isNull() ? QString(QLatin1String("")) : c.ageCode);
    q.addBindValue(isoDate(c.checkDate));
    q.addBindValue(c.ageDays);
    q.addBindValue(numVar(c.weightKg));
    q.addBindValue(numVar(c.lengthCm));
    q.addBindValue(c.standing ? 1 : 0);
    q.addBindValue(numVar(c.headCm));
    q.addBindValue(numVar(c.hb));
    for (const char *code : ZCodes) {
        const GrowthIndicatorResult *r = c.growth.indicator(QLatin1String(code));
        q.addBindValue(r && r->hasZ() ? QVariant(r->z) : QVariant(QMetaType(QMetaType::Double)));
    }
    q.addBindValue(flagCodes.isEmpty() ? QString(QLatin1String(""))
                                       : flagCodes.join(QLatin1Char(',')));
    q.addBindValue(c.growth.rulesVersion.isNull() ? QString(QLatin1String(""))
                                                  : c.growth.rulesVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(c.form).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.nextDate.isValid() ? QVariant(isoDate(c.nextDate))
                                        : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(c.doctorId);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(scope.userId);
    if (auto e = exec(q); !e)
        return e.error();
    if (auto e = ChangeLog::record(m_conn, scope, QStringLiteral("child_check"), c.id,
                                   ChangeOp::Create, {}, c.toJson());
        !e)
        return e.error();
    if (auto e = tx.commit(); !e)
        return e.error();
    qCInfo(lcRepo) << "child check recorded" << c.id;
    return c;
}

Result<QVector<ChildCheck>> ChildCheckRepository::checksOf(const Scope &scope,
                                                           const QString &residentId) const
{
    if (auto e = requirePermission(scope, QStringLiteral("maternal.read")); !e)
        return e.error();
    QSqlQuery q(db(m_conn));
    q.prepare(QStringLiteral(
        "SELECT c.id, c.kind, c.age_code, c.check_date, c.age_days, c.weight_kg, c.length_cm,"
        " c.standing, c.head_cm, c.hb_g_l, c.form, c.next_date, c.doctor_id, r.sex, r.birth_date,"
        " r.village_code, r.name FROM child_check c JOIN resident r ON r.id = c.resident_id"
        " WHERE c.resident_id = ? AND c.deleted = 0 ORDER BY c.check_date, c.created_at"));
    q.addBindValue(residentId);
    if (auto e = exec(q); !e)
        return e.error();
    QVector<ChildCheck> out;
    while (q.next()) {
        ChildCheck c;
        c.id = q.value(0).toString();
        c.residentId = residentId;
        c.kind = q.value(1).toString();
        c.ageCode = q.value(2).toString();
        c.checkDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        c.ageDays = q.value(4).toInt();
        c.weightKg = toNum(q.value(5));
        c.lengthCm = toNum(q.value(6));
        c.standing = q.value(7).toInt() != 0;
        c.headCm = toNum(q.value(8));
        c.hb = toNum(q.value(9));
        c.form = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
        c.nextDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        c.doctorId = q.value(12).toString();
        c.villageCode = q.value(15).toString();
        c.residentName = q.value(16).toString();
        if (!scope.allowsVillage(c.villageCode))
            return outOfScope();
        // The stored row is the record; the assessment is recomputed for the labels and bands
        // (the same rules give the same z-scores; tst_childcheckrepository pins it).
        const QString sex = q.value(13).toString();
        GrowthInput in{sex.isEmpty() ? QChar() : sex.at(0),
                       QDate::fromString(q.value(14).toString(), Qt::ISODate),
                       c.checkDate,
                       c.weightKg,
                       c.lengthCm,
                       c.standing,
                       c.headCm};
        if (isNum(c.weightKg) || isNum(c.lengthCm) || isNum(c.headCm))
            c.growth = assessGrowth(in);
        out << c;
    }
    return out;
}

} // namespace Models
