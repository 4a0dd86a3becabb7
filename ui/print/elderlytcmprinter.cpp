#include "elderlytcmprinter.h"

#include "elderlyrepository.h"
#include "residentrepository.h"
#include "tcmrepository.h"

#include <QCoreApplication>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ElderlyTcmPrinter)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const QString Style = QStringLiteral(
    "<html><head><style>body{font-family:'Noto Sans CJK SC';font-size:8.5pt}"
    "h2{font-size:15pt;text-align:center;margin:0 0 4px 0}"
    "table.f{border-collapse:collapse} table.f td{border:1px solid #000;padding:2px 3px;"
    "vertical-align:middle} td.h{background:#eee;text-align:center;font-weight:bold}"
    "td.c{text-align:center} td.on{text-align:center;font-weight:bold;background:#ddd}"
    "p.g{margin:2px 0 6px 0}</style></head><body>");

QString header(const Models::Resident &r, const QString &title)
{
    return QStringLiteral("<h2>%1</h2><table width='100%'><tr><td>%2：<u>%3</u></td>"
                          "<td align='right'>%4：<u>%5</u></td></tr></table>")
        .arg(esc(title), Text::tr("姓名"), esc(r.name), Text::tr("编号"), esc(r.recordNo));
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 10, 14, 10),
                       QPageLayout::Millimeter);
}
} // namespace

Models::Result<PaperForm> ElderlyTcmPrinter::tcmForm(const QString &connection,
                                                     const Models::Scope &scope,
                                                     const QString &assessmentId)
{
    auto rec = Models::TcmRepository(connection).assessment(scope, assessmentId);
    if (!rec)
        return rec.error();
    auto r = Models::ResidentRepository(connection).findById(scope, rec->residentId);
    if (!r)
        return r.error();
    const Models::TcmRules &rules = Models::TcmRules::standard();
    const Models::TcmAssessment &a = rec->assessment;
    QString h = Style + header(*r, Text::tr("老年人中医药健康管理服务记录表"));
    h += QStringLiteral("<p>%1</p>").arg(Text::tr("请根据近一年的体验和感觉，回答以下问题。"));
    h += QStringLiteral("<table class='f' width='100%'><tr><td class='h' width='52%'>%1</td>")
             .arg(Text::tr("问题"));
    for (int v = 1; v <= 5; ++v)
        h += QStringLiteral("<td class='h'>%1<br>(%2)</td>")
                 .arg(esc(rules.scaleShortLabel(v)))
                 .arg(v);
    h += QStringLiteral("</tr>");
    for (int q = 1; q <= Models::TcmQuestionCount; ++q) {
        const Models::TcmAnchor *anchor = rules.anchor(q);
        h += QStringLiteral("<tr><td>(%1) %2</td>").arg(q).arg(esc(rules.question(q)));
        for (int v = 1; v <= 5; ++v) {
            const bool on = a.answers[q - 1] == v;
            const QString cell = anchor ? QStringLiteral("<span style='font-size:6.5pt'>%1</span>")
                                              .arg(esc(anchor->levels.at(v - 1).displayLabel()))
                                        : QString::number(v);
            h += QStringLiteral("<td class='%1'>%2%3</td>")
                     .arg(on ? QStringLiteral("on") : QStringLiteral("c"),
                          on ? QStringLiteral("☑ ") : QString(), cell);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><br>");
    // 体质辨识 and 中医药保健指导, one column per constitution as on the form.
    h += QStringLiteral("<table class='f' width='100%'><tr><td class='h'>%1</td>")
             .arg(Text::tr("体质类型"));
    for (const auto &t : rules.constitutions())
        h += QStringLiteral("<td class='h'>%1</td>").arg(esc(t.displayLabel()));
    h += QStringLiteral("</tr><tr><td class='h'>%1</td>").arg(Text::tr("体质辨识"));
    for (const auto &t : rules.constitutions()) {
        const auto *s = a.type(t.code);
        QString cell = Text::tr("1.得分 %1").arg(s ? s->score : 0);
        const bool yes = s && s->result == Models::TcmResult::Yes;
        const bool part =
            s && (s->result == Models::TcmResult::Leaning || s->result == Models::TcmResult::Basic);
        cell += QStringLiteral("<br>%1 2.%2<br>%3 3.%4")
                    .arg(yes ? QStringLiteral("☑") : QStringLiteral("☐"), Text::tr("是"),
                         part ? QStringLiteral("☑") : QStringLiteral("☐"),
                         t.balanced ? Text::tr("基本是") : Text::tr("倾向是"));
        h += QStringLiteral("<td>%1</td>").arg(cell);
    }
    h += QStringLiteral("</tr><tr><td class='h'>%1</td>").arg(Text::tr("中医药保健指导"));
    for (const auto &t : rules.constitutions()) {
        QStringList lines;
        int n = 1;
        for (const QString &d : rules.guidanceDomains())
            lines << QStringLiteral("%1 %2.%3")
                         .arg(rec->guidance.value(t.code).contains(d) ? QStringLiteral("☑")
                                                                      : QStringLiteral("☐"))
                         .arg(n++)
                         .arg(esc(rules.guidanceDomainLabel(d)));
        h += QStringLiteral("<td style='font-size:7pt'>%1</td>")
                 .arg(lines.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("<p>%1：%2　　%3：%4</p>")
             .arg(Text::tr("填表日期"), rec->date.toString(QStringLiteral("yyyy年M月d日")),
                  Text::tr("医生签名"), esc(rec->doctor));
    // The resident's page: the guidance text of each recorded constitution that was ticked.
    QString guide;
    for (const QString &code : a.constitutions) {
        const auto *t = rules.constitution(code);
        const QStringList chosen = rec->guidance.value(code);
        if (!t || chosen.isEmpty())
            continue;
        guide += QStringLiteral("<h3>%1</h3>").arg(esc(t->displayLabel()));
        for (const QString &d : chosen)
            if (!t->guidanceText(d).isEmpty())
                guide += QStringLiteral("<p class='g'><b>%1</b>：%2</p>")
                             .arg(esc(rules.guidanceDomainLabel(d)), esc(t->guidanceText(d)));
    }
    if (!guide.isEmpty())
        h += QStringLiteral("<div style='page-break-before:always'></div><h2>%1</h2><p>%2：%3</p>")
                 .arg(Text::tr("中医药保健指导"), Text::tr("姓名"), esc(r->name)) +
             guide;
    h += QStringLiteral("</body></html>");
    return PaperForm{h, Text::tr("老年人中医药健康管理服务记录表"), a4(),
                     QFont(QStringLiteral("Noto Sans CJK SC"), 8), false};
}

Models::Result<PaperForm> ElderlyTcmPrinter::selfCareForm(const QString &connection,
                                                          const Models::Scope &scope,
                                                          const QString &serviceId)
{
    auto s = Models::ElderlyRepository(connection).service(scope, serviceId);
    if (!s)
        return s.error();
    auto r = Models::ResidentRepository(connection).findById(scope, s->residentId);
    if (!r)
        return r.error();
    const Models::SelfCareRules &rules = Models::SelfCareRules::standard();
    QString h = Style + header(*r, Text::tr("老年人生活自理能力评估表"));
    h += QStringLiteral("<p>%1</p>")
             .arg(Text::tr("该表为自评表，根据下表中5个方面进行评估，将各方面判断评分汇总后，"
                           "0～3分者为可自理；4～8分者为轻度依赖；9～18分者为中度依赖；"
                           "≥19分者为不能自理。"));
    h += QStringLiteral("<table class='f' width='100%'><tr><td class='h' width='20%'>%1</td>")
             .arg(Text::tr("评估事项、内容与评分"));
    for (int l = 0; l < 4; ++l)
        h += QStringLiteral("<td class='h'>%1</td>").arg(esc(rules.levelLabel(l)));
    h += QStringLiteral("<td class='h' width='8%'>%1</td></tr>").arg(Text::tr("判断评分"));
    int total = 0;
    bool complete = true;
    for (const auto &item : rules.items()) {
        const int chosen = s->selfCare.value(item.code, -1);
        complete = complete && chosen >= 0;
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(item.displayLabel()));
        for (int l = 0; l < 4; ++l) {
            const bool on = chosen == l;
            const QString text =
                item.choices.at(l) == QStringLiteral("—") ? QString() : esc(item.displayChoice(l));
            h += QStringLiteral("<td class='%1'>%2%3<br>%4</td>")
                     .arg(on ? QStringLiteral("on") : QStringLiteral("c"),
                          on ? QStringLiteral("☑ ") : QString(), text,
                          text.isEmpty() ? QString() : Text::tr("%1分").arg(item.points.at(l)));
        }
        const int points = chosen >= 0 ? item.points.at(chosen) : 0;
        total += points;
        h += QStringLiteral("<td class='c'>%1</td></tr>")
                 .arg(chosen >= 0 ? QString::number(points) : QString());
    }
    h += QStringLiteral("<tr><td class='h'>%1</td><td colspan='4'>%2</td><td class='c'>%3</td>"
                        "</tr></table>")
             .arg(Text::tr("总评分"),
                  complete ? esc(rules.band(total).displayLabel()) : Text::tr("（未评完）"),
                  complete ? QString::number(total) : QString());
    h += QStringLiteral("<p>%1：%2</p></body></html>")
             .arg(Text::tr("评估日期"), s->date.toString(QStringLiteral("yyyy年M月d日")));
    return PaperForm{h, Text::tr("老年人生活自理能力评估表"), a4(),
                     QFont(QStringLiteral("Noto Sans CJK SC"), 9), false};
}

} // namespace Gui
