#include "synclabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sync {

namespace {
const char *const Context = "Sync::SyncState";

QString lookup(const QHash<QString, const char *> &names, const QString &key)
{
    const auto it = names.find(key);
    return it == names.end() ? QString() : QCoreApplication::translate(Context, *it);
}

// A JSON list of {name, dose, ...} objects (medications) as one line of text.
QString listText(const QJsonArray &list)
{
    QStringList parts;
    for (const QJsonValue &v : list) {
        if (!v.isObject()) {
            parts << (v.isDouble() ? QString::number(v.toDouble()) : v.toString());
            continue;
        }
        const QJsonObject o = v.toObject();
        QStringList words;
        for (const char *key : {"name", "dose", "usage", "frequency"})
            if (const QString s = o.value(QLatin1String(key)).toString(); !s.isEmpty())
                words << s;
        parts << words.join(QLatin1Char(' '));
    }
    return parts.join(QStringLiteral("；"));
}
} // namespace

QString kindLabel(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("resident"), QT_TRANSLATE_NOOP("Sync::SyncState", "居民")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("Sync::SyncState", "家庭")},
        {QStringLiteral("basic_info"), QT_TRANSLATE_NOOP("Sync::SyncState", "基本信息")},
        {QStringLiteral("resident_flag"), QT_TRANSLATE_NOOP("Sync::SyncState", "人群标记")},
        {QStringLiteral("encounter"), QT_TRANSLATE_NOOP("Sync::SyncState", "接诊")},
        {QStringLiteral("health_check"), QT_TRANSLATE_NOOP("Sync::SyncState", "体检")},
        {QStringLiteral("chronic_registration"), QT_TRANSLATE_NOOP("Sync::SyncState", "慢病登记")},
        {QStringLiteral("chronic_followup"), QT_TRANSLATE_NOOP("Sync::SyncState", "随访")},
        {QStringLiteral("immunization_dose"), QT_TRANSLATE_NOOP("Sync::SyncState", "接种")},
        {QStringLiteral("immunization_state"), QT_TRANSLATE_NOOP("Sync::SyncState", "禁忌/拒种")},
        {QStringLiteral("immunization_certificate"),
         QT_TRANSLATE_NOOP("Sync::SyncState", "接种证")},
        {QStringLiteral("vaccine_lot"), QT_TRANSLATE_NOOP("Sync::SyncState", "疫苗批号")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("Sync::SyncState", "签约")},
        {QStringLiteral("contract_task"), QT_TRANSLATE_NOOP("Sync::SyncState", "签约服务")},
        {QStringLiteral("contract_package"), QT_TRANSLATE_NOOP("Sync::SyncState", "服务包")},
        {QStringLiteral("contract_team"), QT_TRANSLATE_NOOP("Sync::SyncState", "团队")},
        {QStringLiteral("contract_staff"), QT_TRANSLATE_NOOP("Sync::SyncState", "团队成员")},
        {QStringLiteral("elderly_service"), QT_TRANSLATE_NOOP("Sync::SyncState", "老年人健康管理")},
        {QStringLiteral("tcm_assessment"), QT_TRANSLATE_NOOP("Sync::SyncState", "中医体质辨识")},
        {QStringLiteral("tcm_child_service"),
         QT_TRANSLATE_NOOP("Sync::SyncState", "儿童中医药健康管理")},
        {QStringLiteral("pregnancy"), QT_TRANSLATE_NOOP("Sync::SyncState", "孕产妇建册")},
        {QStringLiteral("maternal_visit"), QT_TRANSLATE_NOOP("Sync::SyncState", "产前/产后随访")},
        {QStringLiteral("pregnancy_child"), QT_TRANSLATE_NOOP("Sync::SyncState", "分娩（新生儿）")},
        {QStringLiteral("child_check"), QT_TRANSLATE_NOOP("Sync::SyncState", "儿童健康检查")},
        {QStringLiteral("mental_patient"),
         QT_TRANSLATE_NOOP("Sync::SyncState", "严重精神障碍登记")},
        {QStringLiteral("mental_followup"),
         QT_TRANSLATE_NOOP("Sync::SyncState", "严重精神障碍随访")},
        {QStringLiteral("tb_patient"), QT_TRANSLATE_NOOP("Sync::SyncState", "肺结核患者登记")},
        {QStringLiteral("tb_visit"), QT_TRANSLATE_NOOP("Sync::SyncState", "肺结核随访")},
        {QStringLiteral("tb_dose"), QT_TRANSLATE_NOOP("Sync::SyncState", "肺结核服药记录")},
        {QStringLiteral("referral"), QT_TRANSLATE_NOOP("Sync::SyncState", "双向转诊")},
    };
    const QString s = lookup(names, entity);
    return s.isEmpty() ? entity : s;
}

QString fieldLabel(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Sync::SyncState", "姓名")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("Sync::SyncState", "性别")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Sync::SyncState", "出生日期")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("Sync::SyncState", "身份证号")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Sync::SyncState", "联系电话")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Sync::SyncState", "现住址")},
        {QStringLiteral("village_code"), QT_TRANSLATE_NOOP("Sync::SyncState", "所属村（居委会）")},
        {QStringLiteral("residence_type"), QT_TRANSLATE_NOOP("Sync::SyncState", "常住类型")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("Sync::SyncState", "民族")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("Sync::SyncState", "家庭")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("Sync::SyncState", "与户主关系")},
        {QStringLiteral("work_unit"), QT_TRANSLATE_NOOP("Sync::SyncState", "工作单位")},
        {QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("Sync::SyncState", "联系人姓名")},
        {QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("Sync::SyncState", "联系人电话")},
        {QStringLiteral("contact_relation"), QT_TRANSLATE_NOOP("Sync::SyncState", "监护人关系")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("Sync::SyncState", "已删除")},
        {QStringLiteral("head_id"), QT_TRANSLATE_NOOP("Sync::SyncState", "户主")},
        {QStringLiteral("icd10"), QT_TRANSLATE_NOOP("Sync::SyncState", "诊断编码")},
        {QStringLiteral("diagnosed_on"), QT_TRANSLATE_NOOP("Sync::SyncState", "确诊日期")},
        {QStringLiteral("risk_level"), QT_TRANSLATE_NOOP("Sync::SyncState", "危险分层")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("Sync::SyncState", "结案日期")},
        {QStringLiteral("doctor_id"), QT_TRANSLATE_NOOP("Sync::SyncState", "责任医生")},
        {QStringLiteral("visit_date"), QT_TRANSLATE_NOOP("Sync::SyncState", "随访日期")},
        {QStringLiteral("next_date"), QT_TRANSLATE_NOOP("Sync::SyncState", "下次随访日期")},
        {QStringLiteral("sbp"), QT_TRANSLATE_NOOP("Sync::SyncState", "收缩压（mmHg）")},
        {QStringLiteral("dbp"), QT_TRANSLATE_NOOP("Sync::SyncState", "舒张压（mmHg）")},
        {QStringLiteral("heart_rate"), QT_TRANSLATE_NOOP("Sync::SyncState", "心率（次/分）")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("Sync::SyncState", "体重（kg）")},
        {QStringLiteral("height"), QT_TRANSLATE_NOOP("Sync::SyncState", "身高（cm）")},
        {QStringLiteral("bmi"), QT_TRANSLATE_NOOP("Sync::SyncState", "体质指数")},
        {QStringLiteral("fbg"), QT_TRANSLATE_NOOP("Sync::SyncState", "空腹血糖（mmol/L）")},
        {QStringLiteral("hba1c"), QT_TRANSLATE_NOOP("Sync::SyncState", "糖化血红蛋白（%）")},
        {QStringLiteral("medications"), QT_TRANSLATE_NOOP("Sync::SyncState", "用药情况")},
        {QStringLiteral("symptoms"), QT_TRANSLATE_NOOP("Sync::SyncState", "症状")},
        {QStringLiteral("adherence"), QT_TRANSLATE_NOOP("Sync::SyncState", "服药依从性")},
        {QStringLiteral("cigarettes"), QT_TRANSLATE_NOOP("Sync::SyncState", "日吸烟量（支）")},
        {QStringLiteral("alcohol"), QT_TRANSLATE_NOOP("Sync::SyncState", "日饮酒量（两）")},
        {QStringLiteral("check_date"), QT_TRANSLATE_NOOP("Sync::SyncState", "体检日期")},
        {QStringLiteral("given_on"), QT_TRANSLATE_NOOP("Sync::SyncState", "接种日期")},
        {QStringLiteral("lot"), QT_TRANSLATE_NOOP("Sync::SyncState", "批号")},
        {QStringLiteral("allergies"), QT_TRANSLATE_NOOP("Sync::SyncState", "药物过敏史")},
    };
    Q_UNUSED(entity)
    const QString s = lookup(names, field);
    return s.isEmpty() ? field : s;
}

QString displayValue(const QString &field, const QJsonValue &v)
{
    Q_UNUSED(field)
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isArray())
        return listText(v.toArray());
    const QString s = v.toString();
    if (s.startsWith(QLatin1Char('['))) { // a list stored as JSON text (medications)
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
        if (doc.isArray())
            return listText(doc.array());
    }
    return s;
}

QString dateColumn(const QString &entity)
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("chronic_followup"), QStringLiteral("visit_date")},
        {QStringLiteral("encounter"), QStringLiteral("visit_date")},
        {QStringLiteral("health_check"), QStringLiteral("check_date")},
        {QStringLiteral("immunization_dose"), QStringLiteral("given_on")},
        {QStringLiteral("chronic_registration"), QStringLiteral("diagnosed_on")},
        {QStringLiteral("contract"), QStringLiteral("signed_on")},
        {QStringLiteral("contract_task"), QStringLiteral("due_on")},
        {QStringLiteral("immunization_state"), QStringLiteral("recorded_on")},
        {QStringLiteral("immunization_certificate"), QStringLiteral("issued_on")},
    };
    return columns.value(entity);
}

} // namespace Sync
