#include "summaryprinter.h"

#include "codetable.h"
#include "qrcode.h"

#include <QCoreApplication>

namespace Gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::SummaryPrinter)
};

QString paperDate(const QDate &d)
{
    return d.toString(Models::CodeTable::english() ? QStringLiteral("d MMM yyyy")
                                                   : QStringLiteral("yyyy年M月d日"));
}

QString row(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
{
    return QStringLiteral("<tr><td class='l'>%1</td><td>%2</td><td class='l'>%3</td>"
                          "<td>%4</td></tr>")
        .arg(l1.toHtmlEscaped(), v1.toHtmlEscaped(), l2.toHtmlEscaped(), v2.toHtmlEscaped());
}

} // namespace

PaperForm SummaryPrinter::form(const Models::RecordSummary &s)
{
    const QString none = Text::tr("无");
    QString h = QStringLiteral(
        "<html><head><style>body{font-family:'Noto Sans CJK SC';font-size:10.5pt}"
        "h1{font-size:18pt;text-align:center} h2{font-size:12pt;margin-top:10px}"
        "table{border-collapse:collapse;width:100%} td{border:1px solid #000;padding:4px}"
        "td.l{background:#eee;white-space:nowrap;width:16%} .tag{font-weight:bold}"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(Text::tr("居民健康档案摘要"));
    h += QStringLiteral("<table width='100%' style='border:none'><tr><td style='border:none'>");
    h += QStringLiteral("<p>%1</p>")
             .arg(Text::tr("本摘要由本人健康档案自动生成，供居民本人查看。仅列出最必要的信息。")
                      .toHtmlEscaped());
    h +=
        QStringLiteral("<h2>%1</h2><p class='tag'>%2</p>")
            .arg(Text::tr("一、个人健康标识"),
                 (s.labels.isEmpty() ? none : s.labels.join(QStringLiteral("　"))).toHtmlEscaped());
    h += QStringLiteral("</td><td style='border:none;width:34mm;text-align:right'>"
                        "<img src='qr://reference' width='110' height='110'><br>"
                        "<span style='font-size:7pt'>%1</span></td></tr></table>")
             .arg(s.reference.toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(Text::tr("二、个人基本信息"));
    h += row(Text::tr("姓名"), s.name, Text::tr("健康档案编号"), s.recordNo);
    h += row(Text::tr("性别"), s.sex, Text::tr("出生日期"), paperDate(s.birthDate));
    h += row(Text::tr("血型"), s.bloodGroup.isEmpty() ? Text::tr("不详") : s.bloodGroup,
             Text::tr("药物过敏史"), s.allergy.isEmpty() ? none : s.allergy);
    h += row(Text::tr("家庭住址"), s.address, Text::tr("联系电话"), s.phone);
    h += row(Text::tr("紧急情况联系人"), s.emergencyContact, Text::tr("建档机构"), s.village);
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(Text::tr("三、近期卫生健康服务"));
    h += QStringLiteral(
             "<tr><td class='l' width='20%'>%1</td><td class='l' width='80%'>%2</td></tr>")
             .arg(Text::tr("日期"), Text::tr("服务"));
    if (s.services.isEmpty())
        h += QStringLiteral("<tr><td colspan='2'>%1</td></tr>").arg(none);
    for (const auto &sv : s.services)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(sv.date.toString(Qt::ISODate), sv.title.toHtmlEscaped());
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style='font-size:8.5pt'>%1</p>")
             .arg(Text::tr("打印日期：%1。二维码只含查询编号，不含任何健康信息；"
                           "如需查看完整档案，请本人持身份证到签约家庭医生处申请。")
                      .arg(paperDate(s.printedOn))
                      .toHtmlEscaped());
    h += QStringLiteral("</body></html>");
    PaperForm form{h, Text::tr("居民健康档案摘要"),
                   QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                               QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter),
                   QFont(QStringLiteral("Noto Sans CJK SC"), 10)};
    form.fillPaintRect = true;
    form.images.insert(QStringLiteral("qr://reference"), qrCode(s.reference, 6));
    return form;
}

Models::Result<PaperForm> SummaryPrinter::form(const QString &connection,
                                               const Models::Scope &scope,
                                               const QString &residentId)
{
    auto s =
        Models::RecordSummaryBuilder::build(connection, scope, residentId, QDate::currentDate());
    if (!s)
        return s.error();
    return form(*s);
}

Models::Result<void> SummaryPrinter::savePdf(const QString &connection, const Models::Scope &scope,
                                             const QString &residentId, const QString &path)
{
    auto f = form(connection, scope, residentId);
    if (!f)
        return f.error();
    return Gui::savePdf(*f, path);
}

} // namespace Gui
