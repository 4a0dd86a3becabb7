#include "immunizationprint.h"
#include "vaccinenames.h"

#include "immunizationmodels.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ImmunizationPrint)
};
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString ImmunizationPrint::sessionListHtml(const QString &villageName, const QDate &day,
                                           const QVector<Models::SessionEntry> &entries)
{
    QString h = QStringLiteral("<html><body style='font-size:10pt'>");
    h += QStringLiteral("<h2 align='center'>%1</h2>")
             .arg(esc(Text::tr("预防接种门诊接种通知单（%1）").arg(villageName)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(Text::tr("接种日期：%1　应种或逾期儿童：%2 名")
                          .arg(day.toString(Qt::ISODate))
                          .arg(entries.size())));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &c : {Text::tr("序号"), Text::tr("姓名"), Text::tr("性别"),
                             Text::tr("出生日期"), Text::tr("年龄"), Text::tr("本次可种疫苗"),
                             Text::tr("逾期剂次"), Text::tr("监护人/电话"), Text::tr("到场/签名")})
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>");
    int n = 0;
    for (const Models::SessionEntry &e : entries) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</"
                            "td><td>%7</td><td>%8</td><td></td></tr>")
                 .arg(++n)
                 .arg(esc(e.name), e.sex == QLatin1Char('M') ? Text::tr("男") : Text::tr("女"),
                      e.birth.toString(Qt::ISODate),
                      esc(Models::SessionListModel::ageText(e.birth, day)),
                      esc(Models::SessionListModel::dosesText(e.open)),
                      e.overdue ? QString::number(e.overdue) : QString(),
                      esc(e.guardian.isEmpty() ? e.phone : e.guardian.text()));
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

QString ImmunizationPrint::parentNoticesHtml(const QString &villageName, const QDate &day,
                                             const QVector<Models::SessionEntry> &entries)
{
    QString h = QStringLiteral("<html><body style='font-size:11pt'>");
    for (const Models::SessionEntry &e : entries) {
        h += QStringLiteral("<div style='page-break-after:always'>");
        h += QStringLiteral("<h3 align='center'>%1</h3>").arg(esc(Text::tr("预防接种通知")));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(e.guardian.name.isEmpty()
                              ? Text::tr("%1 家长：").arg(e.name)
                              : Text::tr("%1 的监护人 %2：").arg(e.name, e.guardian.name)));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Text::tr("根据国家免疫规划程序，您的孩子（出生日期 %1）请于 %2 到 %3 "
                                   "预防接种点接种以下疫苗：")
                              .arg(e.birth.toString(Qt::ISODate), day.toString(Qt::ISODate),
                                   villageName)));
        h += QStringLiteral("<ul>");
        for (const Models::PlannedDose &d : e.open)
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(Text::tr("%1 第%2剂%3")
                                  .arg(Models::VaccineNames::name(d.vaccine))
                                  .arg(d.dose)
                                  .arg(d.status == Models::DoseStatus::Overdue
                                           ? Text::tr("（已逾期，请尽快补种）")
                                           : QString())));
        h += QStringLiteral("</ul><p>%1</p>")
                 .arg(esc(
                     Text::tr("请携带预防接种证。孩子发热、腹泻或患急性疾病时，请告知接种医生。")));
        h += QStringLiteral("</div>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool ImmunizationPrint::toPdf(const QString &html, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    return QFileInfo(path).size() > 0;
}

} // namespace Gui
