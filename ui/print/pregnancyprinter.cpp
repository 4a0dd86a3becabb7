#include "pregnancyprinter.h"

#include "dates.h"
#include "pregnancydates.h"
#include "pregnancyrepository.h"
#include "residentrepository.h"
#include "riskscreen.h"

#include <QCoreApplication>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::PregnancyPrinter)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString classText(const QString &c)
{
    if (c == QLatin1String("normal"))
        return Text::tr("未见异常");
    if (c == QLatin1String("abnormal"))
        return Text::tr("异常");
    if (c == QLatin1String("recovered"))
        return Text::tr("已恢复");
    if (c == QLatin1String("not_recovered"))
        return Text::tr("未恢复");
    return {};
}
} // namespace

Models::Result<PaperForm> PregnancyPrinter::form(const QString &connection,
                                                 const Models::Scope &scope,
                                                 const QString &residentId)
{
    auto woman = Models::ResidentRepository(connection).findById(scope, residentId);
    if (!woman)
        return woman.error();
    Models::PregnancyRepository repo(connection);
    auto list = repo.pregnanciesOf(scope, residentId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Models::makeError(QStringLiteral("print.none"), Text::tr("该居民没有孕产期记录"));
    const Models::Pregnancy p = list->first(); // newest booking first
    auto visits = repo.visits(scope, p.id);
    if (!visits)
        return visits.error();
    const QJsonObject f = p.bookingForm;
    const QJsonObject screen = f.value(QStringLiteral("screen")).toObject();
    auto val = [&](const QJsonObject &o, const char *k) {
        return esc(o.value(QLatin1String(k)).toVariant().toString());
    };
    QString rule = p.eddRule == QLatin1String("ultrasound") ? Text::tr("B超校正")
                   : p.eddRule == QLatin1String("lmp280")   ? Text::tr("末次月经+280天")
                                                            : Text::tr("月+9或-3，日+7");
    QString risk =
        Models::RiskScreen::colourLabel(p.riskGrade.isEmpty() ? p.riskProposed : p.riskGrade);
    if (p.riskGrade.isEmpty())
        risk = Text::tr("%1（待医生确认）").arg(risk);
    if (p.riskInfectious && p.riskGrade != QLatin1String("purple"))
        risk += Text::tr(" + 紫色");
    QStringList reasons;
    for (const QJsonValue &r : p.riskReasons)
        reasons << r.toObject().value(QStringLiteral("label")).toString();

    QString h = QStringLiteral("<html><body style='font-size:9pt'>");
    h += QStringLiteral("<h2 align='center'>%1</h2>").arg(Text::tr("第1次产前检查服务记录表"));
    h += QStringLiteral("<p>%1：%2&nbsp;&nbsp;&nbsp;&nbsp;%3：%4</p>")
             .arg(Text::tr("姓名"), esc(woman->name), Text::tr("编号"), woman->recordNo);
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
    auto row = [&](const QString &a, const QString &av, const QString &b, const QString &bv) {
        h += QStringLiteral("<tr><td width='18%'>%1</td><td width='32%'>%2</td>"
                            "<td width='18%'>%3</td><td width='32%'>%4</td></tr>")
                 .arg(esc(a), av, esc(b), bv);
    };
    row(Text::tr("填表日期"), Models::isoDate(p.bookedOn), Text::tr("孕周"),
        Models::GestationalAge{p.bookingDay}.text());
    row(Text::tr("孕妇年龄"), QString::number(Models::ageInYears(woman->birthDate, p.bookedOn)),
        Text::tr("丈夫"), val(f, "husband"));
    row(Text::tr("孕次"), QString::number(p.gravidity), Text::tr("产次"),
        QString::number(p.parity));
    row(Text::tr("末次月经"), Models::isoDate(p.lmp), Text::tr("预产期"),
        Models::isoDate(p.edd) + QStringLiteral("（") + esc(rule) + QStringLiteral("）"));
    row(Text::tr("身高(cm)"), val(f, "height_cm"), Text::tr("体重(kg)"), val(f, "weight_kg"));
    row(Text::tr("血压(mmHg)"),
        screen.contains(QStringLiteral("sbp"))
            ? val(screen, "sbp") + QStringLiteral("/") + val(screen, "dbp")
            : QString(),
        Text::tr("血红蛋白(g/L)"), val(screen, "hb"));
    row(Text::tr("既往史等"), val(f, "history"), Text::tr("保健指导/转诊"), val(f, "guidance"));
    h += QStringLiteral("<tr><td>%1</td><td colspan='3'>%2%3</td></tr>")
             .arg(Text::tr("妊娠风险"), esc(risk),
                  reasons.isEmpty()
                      ? QString()
                      : QStringLiteral("（%1）").arg(esc(reasons.join(Text::tr("、")))));
    h += QStringLiteral("</table><h3>%1</h3>").arg(Text::tr("产前随访、分娩与产后"));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"
                        "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(Text::tr("项目"), Text::tr("日期"), Text::tr("孕周"), Text::tr("分类/处理"),
                  Text::tr("下次随访日期"));
    for (const Models::MaternalVisit &v : *visits) {
        const QString what = v.kind == QLatin1String("prenatal")
                                 ? Text::tr("第%1次产前随访").arg(v.visitNo)
                             : v.kind == QLatin1String("postpartum") ? Text::tr("产后访视")
                                                                     : Text::tr("产后42天健康检查");
        QString cls = v.urgedOnly ? Text::tr("督促日期") : classText(v.classification);
        if (v.disposition == QLatin1String("closed"))
            cls += Text::tr("，结案");
        else if (v.disposition == QLatin1String("referred"))
            cls += Text::tr("，转诊");
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(what), Models::isoDate(v.visitDate),
                      v.gestationalDay >= 0 ? Models::GestationalAge{v.gestationalDay}.text()
                                            : QString(),
                      esc(cls), Models::isoDate(v.nextDate));
    }
    if (p.deliveredOn.isValid())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td></td><td>%3</td><td></td></tr>")
                 .arg(Text::tr("分娩"), Models::isoDate(p.deliveredOn), esc(p.deliveryPlace));
    h += QStringLiteral("</table></body></html>");
    return PaperForm{h, Text::tr("孕产妇健康管理记录"),
                     QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                 QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter),
                     QFont(QStringLiteral("Noto Sans CJK SC"), 9)};
}

Models::Result<void> PregnancyPrinter::savePdf(const QString &connection,
                                               const Models::Scope &scope,
                                               const QString &residentId, const QString &path)
{
    auto f = form(connection, scope, residentId);
    if (!f)
        return f.error();
    return Gui::savePdf(*f, path);
}

} // namespace Gui
