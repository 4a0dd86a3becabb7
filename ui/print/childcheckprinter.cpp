#include "childcheckprinter.h"

#include "childcheckrepository.h"
#include "childschedule.h"
#include "residentrepository.h"

#include <QCoreApplication>

#include <functional>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ChildCheckPrinter)
};

QString num(double v, int decimals)
{
    return v == v ? QString::number(v, 'f', decimals) : QString();
}

QString band(const Models::ChildCheck &c, const char *code)
{
    const Models::GrowthIndicatorResult *r = c.growth.indicator(QLatin1String(code));
    return r && r->hasZ() ? r->band : QString();
}

QString field(const Models::ChildCheck &c, const char *key)
{
    const QJsonValue v = c.form.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool() ? Text::tr("有") : Text::tr("无");
    return v.toVariant().toString().toHtmlEscaped();
}

// 新生儿家庭访视记录表: one visit, the paper form's items in two columns of label and value.
PaperForm newbornForm(const Models::Resident &child, const Models::ChildCheck &c)
{
    const QString title = Text::tr("新生儿家庭访视记录表");
    QString h = QStringLiteral("<html><body style='font-size:10pt'>");
    h += QStringLiteral("<h2 align='center'>%1</h2>").arg(title.toHtmlEscaped());
    h += QStringLiteral("<p>%1：%2&nbsp;&nbsp;&nbsp;&nbsp;%3：%4</p>")
             .arg(Text::tr("姓名"), child.name.toHtmlEscaped(), Text::tr("编号"), child.recordNo);
    const QList<std::pair<QString, QString>> items{
        {Text::tr("性别"), child.sex == QLatin1Char('F') ? Text::tr("女") : Text::tr("男")},
        {Text::tr("出生日期"), child.birthDate.toString(QStringLiteral("yyyy-MM-dd"))},
        {Text::tr("出生孕周"), field(c, "birth_weeks")},
        {Text::tr("出生体重(g)"), field(c, "birth_weight_g")},
        {Text::tr("出生身长(cm)"), field(c, "birth_length_cm")},
        {Text::tr("目前体重(kg)"), num(c.weightKg, 2)},
        {Text::tr("身长(cm)"), num(c.lengthCm, 1)},
        {Text::tr("头围(cm)"), num(c.headCm, 1)},
        {Text::tr("喂养方式"), field(c, "feeding")},
        {Text::tr("吃奶次数(次/日)"), field(c, "feeds_per_day")},
        {Text::tr("黄疸部位"), field(c, "jaundice")},
        {Text::tr("脐带"), field(c, "cord")},
        {Text::tr("听力"), field(c, "hearing")},
        {Text::tr("转诊建议"), field(c, "referral")},
        {Text::tr("指导"), field(c, "guidance")},
        {Text::tr("本次访视日期"), c.checkDate.toString(QStringLiteral("yyyy-MM-dd"))},
        {Text::tr("下次随访日期"), c.nextDate.toString(QStringLiteral("yyyy-MM-dd"))},
        {Text::tr("随访医生签名"), QString()},
    };
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='5' width='100%'>");
    for (qsizetype i = 0; i < items.size(); i += 2) {
        h += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j)
            h += j < items.size() ? QStringLiteral("<td width='20%'>%1</td><td width='30%'>%2</td>")
                                        .arg(items.at(j).first.toHtmlEscaped(),
                                             items.at(j).second.isEmpty() ? QStringLiteral("&nbsp;")
                                                                          : items.at(j).second)
                                  : QStringLiteral("<td>&nbsp;</td><td>&nbsp;</td>");
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table></body></html>");
    return PaperForm{h, title,
                     QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                 QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter),
                     QFont(QStringLiteral("Noto Sans CJK SC"), 10)};
}
} // namespace

Models::Result<PaperForm> ChildCheckPrinter::form(const QString &connection,
                                                  const Models::Scope &scope,
                                                  const QString &residentId, const QString &kind)
{
    auto child = Models::ResidentRepository(connection).findById(scope, residentId);
    if (!child)
        return child.error();
    auto all = Models::ChildCheckRepository(connection).checksOf(scope, residentId);
    if (!all)
        return all.error();
    if (kind == QLatin1String("newborn")) {
        for (auto it = all->crbegin(); it != all->crend(); ++it)
            if (it->kind == QLatin1String("newborn"))
                return newbornForm(*child, *it);
        return Models::makeError(QStringLiteral("print.newborn"),
                                 Text::tr("该儿童没有新生儿家庭访视记录"));
    }
    QString k = kind;
    for (auto it = all->crbegin(); k.isEmpty() && it != all->crend(); ++it)
        if (it->kind != QLatin1String("newborn") && it->kind != QLatin1String("extra"))
            k = it->kind;
    if (k.isEmpty())
        k = QStringLiteral("infant");
    QList<Models::ChildCheck> checks;
    for (const Models::ChildCheck &c : *all)
        if (c.kind == k || (c.kind == QLatin1String("extra") && !all->isEmpty()))
            checks << c;
    const QString title =
        Models::ChildCheck::kindLabel(k).replace(Text::tr("健康检查"), Text::tr("健康检查记录表"));
    QString h = QStringLiteral("<html><body style='font-size:9pt'>");
    h += QStringLiteral("<h2 align='center'>%1</h2>").arg(title.toHtmlEscaped());
    h += QStringLiteral("<p>%1：%2&nbsp;&nbsp;&nbsp;&nbsp;%3：%4&nbsp;&nbsp;&nbsp;&nbsp;%5：%6"
                        "&nbsp;&nbsp;&nbsp;&nbsp;%7：%8</p>")
             .arg(Text::tr("姓名"), child->name.toHtmlEscaped(), Text::tr("性别"),
                  child->sex == QLatin1Char('F') ? Text::tr("女") : Text::tr("男"),
                  Text::tr("出生日期"), child->birthDate.toString(QStringLiteral("yyyy-MM-dd")),
                  Text::tr("编号"), child->recordNo);
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
    auto row = [&](const QString &label,
                   const std::function<QString(const Models::ChildCheck &)> &f) {
        h += QStringLiteral("<tr><td width='18%'>%1</td>").arg(label.toHtmlEscaped());
        for (const Models::ChildCheck &c : checks)
            h += QStringLiteral("<td align='center'>%1</td>").arg(f(c));
        for (qsizetype i = checks.size(); i < 4; ++i)
            h += QStringLiteral("<td>&nbsp;</td>");
        h += QStringLiteral("</tr>");
    };
    row(Text::tr("月龄/年龄"), [](const Models::ChildCheck &c) {
        for (const Models::ChildCheckWindow &w :
             Models::ChildSchedule::get().windows(QDate(2000, 1, 1)))
            if (w.code == c.ageCode && !c.ageCode.isEmpty())
                return w.label;
        return Text::tr("%1天").arg(c.ageDays);
    });
    row(Text::tr("随访日期"), [](const Models::ChildCheck &c) {
        return c.checkDate.toString(QStringLiteral("yyyy-MM-dd"));
    });
    row(Text::tr("体重(kg)"), [](const Models::ChildCheck &c) {
        return num(c.weightKg, 1) + QStringLiteral(" ") + band(c, "wfa");
    });
    row(Text::tr("身长/身高(cm)"), [](const Models::ChildCheck &c) {
        return num(c.lengthCm, 1) + QStringLiteral(" ") + band(c, "lhfa");
    });
    if (k == QLatin1String("preschool"))
        row(Text::tr("体重/身高"), [](const Models::ChildCheck &c) { return band(c, "wflh"); });
    else
        row(Text::tr("头围(cm)"), [](const Models::ChildCheck &c) { return num(c.headCm, 1); });
    row(Text::tr("体格发育评价"), [](const Models::ChildCheck &c) {
        const QStringList f = c.growth.flagLabels();
        return f.isEmpty() ? Text::tr("正常") : f.join(Text::tr("、")).toHtmlEscaped();
    });
    row(Text::tr("血红蛋白(g/L)"), [](const Models::ChildCheck &c) { return num(c.hb, 0); });
    if (k == QLatin1String("infant"))
        row(Text::tr("喂养方式"), [](const Models::ChildCheck &c) { return field(c, "feeding"); });
    row(Text::tr("户外活动(小时/日)"),
        [](const Models::ChildCheck &c) { return field(c, "outdoor_hours"); });
    if (k != QLatin1String("preschool"))
        row(Text::tr("服用维生素D(IU/日)"),
            [](const Models::ChildCheck &c) { return field(c, "vitamin_d_iu"); });
    if (k != QLatin1String("infant"))
        row(Text::tr("出牙/龋齿数(颗)"), [](const Models::ChildCheck &c) {
            return field(c, "teeth") + QStringLiteral("/") + field(c, "caries");
        });
    if (k == QLatin1String("preschool"))
        row(Text::tr("视力"), [](const Models::ChildCheck &c) { return field(c, "vision"); });
    row(Text::tr("听力"), [](const Models::ChildCheck &c) { return field(c, "hearing"); });
    row(Text::tr("发育评估（预警征象）"),
        [](const Models::ChildCheck &c) { return field(c, "development_warning"); });
    row(Text::tr("两次随访间患病情况"),
        [](const Models::ChildCheck &c) { return field(c, "illness"); });
    row(Text::tr("转诊建议"), [](const Models::ChildCheck &c) { return field(c, "referral"); });
    row(Text::tr("指导"), [](const Models::ChildCheck &c) { return field(c, "guidance"); });
    row(Text::tr("下次随访日期"), [](const Models::ChildCheck &c) {
        return c.nextDate.toString(QStringLiteral("yyyy-MM-dd"));
    });
    row(Text::tr("随访医生签名"), [](const Models::ChildCheck &) { return QString(); });
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style='font-size:8pt'>%1</p>")
             .arg(Text::tr(
                 "体重、身长（身高）后为WHO 2006标准的上/中/下；体格发育评价为低体重、生长迟缓、"
                 "消瘦、超重、肥胖。"));
    h += QStringLiteral("</body></html>");
    return PaperForm{h, title,
                     QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                 QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter),
                     QFont(QStringLiteral("Noto Sans CJK SC"), 9)};
}

Models::Result<void> ChildCheckPrinter::savePdf(const QString &connection,
                                                const Models::Scope &scope,
                                                const QString &residentId, const QString &path,
                                                const QString &kind)
{
    auto f = form(connection, scope, residentId, kind);
    if (!f)
        return f.error();
    return Gui::savePdf(*f, path);
}

} // namespace Gui
