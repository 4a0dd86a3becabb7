#include "roundsheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::RoundSheet)
};

QString esc(const QJsonValue &v)
{
    return v.toString().toHtmlEscaped();
}

QString ageSex(const QJsonObject &item)
{
    const QString sex = item.value(QStringLiteral("sex")).toString() == QLatin1String("M")
                            ? Text::tr("男")
                            : Text::tr("女");
    return Text::tr("%1 %2岁").arg(sex).arg(item.value(QStringLiteral("age")).toInt());
}

} // namespace

QString RoundSheet::html(const QJsonObject &w)
{
    const bool oneVillage = w.value(QStringLiteral("area")).toString().size() == 12;
    QString h = QStringLiteral(
        "<html><head><style>"
        "body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC';font-size:9pt}"
        "h2{font-size:15pt;text-align:center;margin:0}"
        "p.sub{text-align:center;margin:2px}"
        "table.list{border-collapse:collapse;width:100%}"
        "table.list td, table.list th{border:1px solid #000;padding:4px;vertical-align:top}"
        "table.list th{background:#ddd;font-weight:bold}"
        "td.hh{background:#eee;font-weight:bold}"
        "td.box{text-align:center;font-size:13pt}"
        "span.late{font-weight:bold} span.small{font-size:8pt}"
        "</style></head><body>");
    const QString area = w.value(QStringLiteral("area_name")).toString();
    h += QStringLiteral("<h2>%1</h2>")
             .arg(Text::tr("入户走访单%1")
                      .arg(area.isEmpty() ? QString() : QStringLiteral("（%1）").arg(area))
                      .toHtmlEscaped());
    int residentItems = 0, overdue = 0;
    const QJsonArray households = w.value(QStringLiteral("households")).toArray();
    for (const QJsonValue &hh : households)
        for (const QJsonValue &i : hh.toObject().value(QStringLiteral("items")).toArray()) {
            ++residentItems;
            if (i.toObject().value(QStringLiteral("overdue")).toBool())
                ++overdue;
        }
    h += QStringLiteral("<p class='sub'>%1</p>")
             .arg(Text::tr("日期 %1　共 %2 户 %3 项，其中逾期 %4 项")
                      .arg(w.value(QStringLiteral("date")).toString())
                      .arg(households.size())
                      .arg(residentItems)
                      .arg(overdue)
                      .toHtmlEscaped());
    QStringList counts;
    for (const QJsonValue &v : w.value(QStringLiteral("counts")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("source")).toString() == QLatin1String("clinic_queue") ||
            c.value(QStringLiteral("items")).toInt() == 0)
            continue;
        counts << Text::tr("%1 %2")
                      .arg(c.value(QStringLiteral("programme")).toString())
                      .arg(c.value(QStringLiteral("items")).toInt());
    }
    if (!counts.isEmpty())
        h += QStringLiteral("<p class='sub'>%1</p>")
                 .arg(counts.join(Text::tr("，")).toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(Text::tr("走访人：____________　　走访日期：____________　　"
                           "完成后在“完成”栏打勾，情况写在“备注”栏")
                      .toHtmlEscaped());
    h += QStringLiteral("<table class='list' cellspacing='0'><thead><tr>"
                        "<th width='6%'>%1</th><th width='13%'>%2</th><th width='11%'>%3</th>"
                        "<th width='35%'>%4</th><th width='14%'>%5</th><th width='21%'>%6</th>"
                        "</tr></thead>")
             .arg(Text::tr("完成"), Text::tr("居民"), Text::tr("项目"), Text::tr("事由"),
                  Text::tr("应做日期"), Text::tr("备注"));
    for (const QJsonValue &v : households) {
        const QJsonObject hh = v.toObject();
        QString title = hh.value(QStringLiteral("address")).toString();
        const QString village = hh.value(QStringLiteral("village")).toString();
        if (!oneVillage && !title.startsWith(village))
            title = village + QStringLiteral(" ") + title;
        const QString head = hh.value(QStringLiteral("head")).toString();
        if (!head.isEmpty())
            title += Text::tr("　户主：%1").arg(head);
        h += QStringLiteral("<tr><td class='hh' colspan='6'>%1</td></tr>")
                 .arg(title.toHtmlEscaped());
        QString lastResident;
        for (const QJsonValue &iv : hh.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            const QString id = i.value(QStringLiteral("resident_id")).toString();
            const bool first = id != lastResident;
            lastResident = id;
            const bool late = i.value(QStringLiteral("overdue")).toBool();
            QString due = esc(i.value(QStringLiteral("due_date")));
            const QString status = esc(i.value(QStringLiteral("status")));
            due += late ? QStringLiteral("<br><span class='late'>%1</span>").arg(status)
                        : QStringLiteral("<br>%1").arg(status);
            const QString who =
                first ? QStringLiteral("%1<br><span class='small'>%2</span>")
                            .arg(esc(i.value(QStringLiteral("name"))), ageSex(i).toHtmlEscaped())
                      : QString();
            h += QStringLiteral("<tr><td class='box'>□</td><td>%1</td><td>%2</td>"
                                "<td>%3</td><td>%4</td><td>&nbsp;</td></tr>")
                     .arg(who, esc(i.value(QStringLiteral("programme"))),
                          esc(i.value(QStringLiteral("reason"))), due);
        }
    }
    if (households.isEmpty())
        h += QStringLiteral("<tr><td colspan='6'>%1</td></tr>")
                 .arg(Text::tr("该日没有到期或逾期的工作").toHtmlEscaped());
    h += QStringLiteral("</table></body></html>");
    return h;
}

PaperForm RoundSheet::form(const QJsonObject &worklist)
{
    PaperForm f{html(worklist),
                Text::tr("入户走访单 %1 %2")
                    .arg(worklist.value(QStringLiteral("area_name")).toString(),
                         worklist.value(QStringLiteral("date")).toString()),
                QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                            QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter),
                QFont(QStringLiteral("Noto Sans CJK SC"), 9)};
    f.footer = Text::tr("第 %1 页，共 %2 页");
    return f;
}

Models::Result<void> RoundSheet::savePdf(const QJsonObject &worklist, const QString &path)
{
    {
        QFile probe(path); // QPdfWriter says nothing when it cannot write
        if (!probe.open(QIODevice::WriteOnly))
            return Models::makeError(QStringLiteral("file.write"),
                                     Text::tr("无法写入文件：%1").arg(path), QStringLiteral("pdf"),
                                     probe.errorString());
    }
    return Gui::savePdf(form(worklist), path);
}

} // namespace Gui
