#include "referralprinter.h"

#include <QCoreApplication>

namespace Gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ReferralPrinter)
};

QString blank(const QString &v, int width = 8)
{
    return v.isEmpty() ? QString(width, QChar(0x3000)) : v.toHtmlEscaped();
}

QString d(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy年M月d日"))
                          : QStringLiteral("　年　月　日");
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("<p><b>%1</b>：%2</p>")
        .arg(label.toHtmlEscaped(),
             value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

PaperForm ReferralPrinter::form(const Models::Referral &r, const QString &clinicName, int age,
                                const QString &sex)
{
    const QString to = blank(r.toInstitution, 10);
    const QString dept = blank(r.toDepartment, 4);
    QString h =
        QStringLiteral("<html><head><style>body{font-family:'Noto Sans CJK SC';font-size:10.5pt}"
                       "h2{font-size:14pt;text-align:center;margin:4px} p{margin:3px}"
                       ".cut{border-top:1px dashed #000;text-align:center;font-size:8pt;color:#444}"
                       "</style></head><body>");
    // 存根
    h += QStringLiteral("<h2>%1</h2>").arg(Text::tr("双向转诊（转出）存根"));
    h += QStringLiteral("<p>%1</p>")
             .arg(Text::tr("患者姓名 %1　性别 %2　年龄 %3　档案编号 %4")
                      .arg(blank(r.residentName, 4), blank(sex, 1),
                           age >= 0 ? QString::number(age) : QStringLiteral("　"),
                           blank(QString(), 10)));
    h += QStringLiteral("<p>%1</p>")
             .arg(Text::tr("于 %1 因病情需要，转入 %2 单位 %3 科室 %4 接诊医生。")
                      .arg(d(r.sentOn), to, dept, blank(r.toDoctor, 4)));
    h += QStringLiteral("<p style='text-align:right'>%1</p>")
             .arg(Text::tr("转诊医生（签字）：　　　　　　　%1").arg(d(r.sentOn)));
    const QString dashes(24, QLatin1Char('-'));
    h += QStringLiteral("<br><p class='cut'>%1 %2 %1</p><br>")
             .arg(dashes, Text::tr("（沿此线剪开）"));
    // 转出单
    h += QStringLiteral("<h2>%1</h2>").arg(Text::tr("双向转诊（转出）单"));
    h += QStringLiteral("<p>%1：</p>").arg(to);
    h += QStringLiteral("<p>%1</p>")
             .arg(Text::tr("　　现有患者 %1 性别 %2 年龄 %3 因病情需要，需转入贵单位，请予以接诊。")
                      .arg(blank(r.residentName, 4), blank(sex, 1),
                           age >= 0 ? QString::number(age) : QStringLiteral("　")));
    h += field(Text::tr("初步印象"), r.impression);
    h += field(Text::tr("主要现病史（转出原因）"), r.reason);
    h += field(Text::tr("主要既往史"), r.pastHistory);
    h += field(Text::tr("治疗经过"), r.treatment);
    h += QStringLiteral("<br><p style='text-align:right'>%1</p>")
             .arg(Text::tr("转诊医生（签字）：　　　　　　　联系电话：%1").arg(blank(r.phone, 8)));
    h += QStringLiteral("<p style='text-align:right'>%1</p>")
             .arg(Text::tr("%1（机构名称）").arg(blank(clinicName, 10)));
    h += QStringLiteral("<p style='text-align:right'>%1</p>").arg(d(r.sentOn));
    if (r.status == QLatin1String("returned")) {
        h += QStringLiteral("<div style='page-break-before:always'></div>");
        h += QStringLiteral("<h2>%1</h2>").arg(Text::tr("双向转诊（回转）单"));
        h += QStringLiteral("<p>%1：</p>").arg(blank(clinicName, 10));
        h += QStringLiteral("<p>%1</p>")
                 .arg(Text::tr("　　现有患者 %1 因病情需要，现转回贵单位，请予以接诊。")
                          .arg(blank(r.residentName, 4)));
        h += field(Text::tr("诊断结果"), r.back.diagnosis);
        h += field(Text::tr("住院病案号"), r.back.inpatientNo);
        h += field(Text::tr("主要检查结果"), r.back.results);
        h += field(Text::tr("治疗经过、下一步治疗方案及康复建议"), r.back.plan);
        h += QStringLiteral("<p style='text-align:right'>%1　%2</p>").arg(to, d(r.returnedOn));
    }
    h += QStringLiteral("</body></html>");
    PaperForm form{h, Text::tr("双向转诊单"),
                   QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                               QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter),
                   QFont(QStringLiteral("Noto Sans CJK SC"), 10)};
    form.fillPaintRect = true;
    return form;
}

} // namespace Gui
