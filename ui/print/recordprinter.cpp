#include "recordprinter.h"

#include "arearepository.h"
#include "codetable.h"
#include "formschema.h"
#include "healthrecordrepository.h"
#include "residentrepository.h"

#include <QCoreApplication>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::RecordPrinter)
};

// The record prints in the language the user works in (docs/decisions.md, "The paper forms in
// English"): punctuation and dates follow it as well as the words.
QString colon()
{
    return Models::CodeTable::english() ? QStringLiteral(": ") : QStringLiteral("：");
}

QString paperDate(const QDate &d)
{
    return d.toString(Models::CodeTable::english() ? QStringLiteral("d MMM yyyy")
                                                   : QStringLiteral("yyyy年M月d日"));
}

QString cell(const QString &label, const QString &value, int span = 1)
{
    return QStringLiteral("<td class='l'>%1</td><td colspan='%3'>%2</td>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped())
        .arg(span);
}

} // namespace

Models::Result<QString> RecordPrinter::html(const QString &connection, const Models::Scope &scope,
                                            const QString &residentId)
{
    auto r = Models::ResidentRepository(connection).findById(scope, residentId);
    if (!r)
        return r.error();
    auto info = Models::HealthRecordRepository(connection).basicInfo(scope, residentId);
    if (!info)
        return info.error();
    QString township, village, county;
    if (auto areas = Models::AreaRepository(connection).all())
        for (const Models::Area &a : *areas) {
            if (a.code == r->villageCode)
                village = a.name;
            else if (a.code == r->villageCode.left(9))
                township = a.name;
            else if (a.code == r->villageCode.left(6))
                county = a.name;
        }
    const auto &sex = Models::CodeTable::get(QStringLiteral("sex"));
    const auto &eth = Models::CodeTable::get(QStringLiteral("ethnicity"));
    QString h = QStringLiteral(
        "<html><head><style>body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC';font-size:11pt}"
        "h1{font-size:26pt;text-align:center;letter-spacing:8px} "
        "h2{font-size:15pt;text-align:center}"
        "table{border-collapse:collapse;width:100%} td{border:1px solid #000;padding:4px}"
        "td.l{background:#eee;white-space:nowrap} .cover "
        "td{border:none;font-size:14pt;padding:8px}</style></head><body>");
    // Cover
    h += QStringLiteral("<p style='text-align:right'>%1%3%2</p>")
             .arg(Text::tr("编号"), r->recordNo, colon());
    h += QStringLiteral("<br><br><br><h1>%1</h1><br><br><br>").arg(Text::tr("居民健康档案"));
    h += QStringLiteral("<table class='cover' style='width:70%;margin-left:15%'>");
    const QList<QPair<QString, QString>> cover{
        {Text::tr("姓　　名"), r->name},
        {Text::tr("现 住 址"), r->address},
        {Text::tr("户籍地址"),
         r->residenceType == 1 ? county + township + village : Text::tr("（非户籍）")},
        {Text::tr("联系电话"), r->phone},
        {Text::tr("乡镇（街道）名称"), township},
        {Text::tr("村（居）委会名称"), village},
        {Text::tr("建档单位"), township + Text::tr("卫生院")},
        {Text::tr("建 档 人"), r->updatedBy},
        {Text::tr("责任医生"), QString()},
        {Text::tr("建档日期"), paperDate(r->updatedAt.toLocalTime().date())}};
    for (const auto &[label, value] : cover)
        h +=
            QStringLiteral("<tr><td>%1%3</td><td style='border-bottom:1px solid #000'>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), colon());
    h += QStringLiteral("</table>");
    // Personal basic information form, on its own page
    h += QStringLiteral("<div style='page-break-before:always'></div><h2>%1</h2>")
             .arg(Text::tr("个人基本信息表"));
    h +=
        QStringLiteral("<p>%1%5%2　　　　%3%5%4</p>")
            .arg(Text::tr("姓名"), r->name.toHtmlEscaped(), Text::tr("编号"), r->recordNo, colon());
    h += QStringLiteral("<table>");
    h += QStringLiteral("<tr>") + cell(Text::tr("性别"), sex.label(QString(r->sex))) +
         cell(Text::tr("出生日期"), paperDate(r->birthDate)) + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cell(Text::tr("身份证号"), r->idNumber) +
         cell(Text::tr("工作单位"), info->workUnit) + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cell(Text::tr("本人电话"), r->phone) +
         cell(Text::tr("联系人姓名"), info->contactName) + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cell(Text::tr("联系人电话"), info->contactPhone) +
         cell(Text::tr("常住类型"), r->residenceType == 1 ? Text::tr("户籍") : Text::tr("非户籍")) +
         QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cell(Text::tr("民族"), eth.label(r->ethnicity)) +
         cell(Text::tr("现住址"), r->address) + QStringLiteral("</tr>");
    const Models::FormSchema &schema = Models::FormSchema::get(QStringLiteral("basic_info_form"));
    for (const Models::FormSection &s : schema.sections()) {
        const QStringList values = Models::FormSchema::describeSection(s, info->form);
        const QString sep =
            Models::CodeTable::english() ? QStringLiteral("; ") : QStringLiteral("；");
        h += QStringLiteral("<tr>") +
             cell(s.title(), values.isEmpty() ? Text::tr("（未填）") : values.join(sep), 3) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><p style='font-size:9pt'>%1 %2</p></body></html>")
             .arg(Text::tr("表单版本"), schema.version());
    return h;
}

Models::Result<PaperForm> RecordPrinter::form(const QString &connection, const Models::Scope &scope,
                                              const QString &residentId)
{
    auto h = html(connection, scope, residentId);
    if (!h)
        return h.error();
    PaperForm form{*h, Text::tr("居民健康档案"),
                   QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                               QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter),
                   QFont(QStringLiteral("Noto Sans CJK SC"), 11)};
    form.fillPaintRect = true;
    return form;
}

Models::Result<void> RecordPrinter::savePdf(const QString &connection, const Models::Scope &scope,
                                            const QString &residentId, const QString &path)
{
    auto f = form(connection, scope, residentId);
    if (!f)
        return f.error();
    return Gui::savePdf(*f, path);
}

} // namespace Gui
