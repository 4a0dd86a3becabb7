#include "checkprinter.h"

#include "codetable.h"
#include "formschema.h"
#include "healthrecordrepository.h"
#include "residentrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::CheckPrinter)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The form prints in the language the user works in (docs/decisions.md, "The paper forms in
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

// One item: "label value unit", the value underlined like the blank on paper.
QString item(const Models::FormField &f, const QJsonObject &form)
{
    QString value =
        form.contains(f.key) ? Models::FormSchema::valueText(f, form.value(f.key)) : QString();
    if (value.isEmpty())
        value = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");
    else
        value = esc(value);
    return QStringLiteral("%1%2<u>%3</u>%4")
        .arg(esc(f.label()), colon(), value,
             f.unitZh.isEmpty() ? QString() : QLatin1Char(' ') + esc(f.unit()));
}

// A table item (admissions, medications, vaccinations): a small grid with the columns as headers
// and at least two rows, blank ones as on paper.
QString grid(const Models::FormField &f, const QJsonObject &form)
{
    QString h =
        QStringLiteral("<table class='g' width='100%'><tr><td class='gh' width='%2%'>%1</td>")
            .arg(esc(f.label()))
            .arg(Models::CodeTable::english() ? 19 : 14); // whole words: "Medications"
    for (const Models::FormField &c : f.columns)
        h += QStringLiteral("<td class='gh'>%1</td>").arg(esc(c.labelWithUnit()));
    h += QStringLiteral("</tr>");
    const QJsonArray rows = form.value(f.key).toArray();
    for (int i = 0; i < qMax(2, int(rows.size())); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        h += QStringLiteral("<tr><td class='gh'>%1</td>").arg(i + 1);
        for (const Models::FormField &c : f.columns)
            h += QStringLiteral("<td>%1</td>")
                     .arg(row.contains(c.key)
                              ? esc(Models::FormSchema::valueText(c, row.value(c.key)))
                              : QString());
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

Models::Result<QString> CheckPrinter::html(const QString &connection, const Models::Scope &scope,
                                           const QString &checkId)
{
    auto check = Models::HealthRecordRepository(connection).healthCheck(scope, checkId);
    if (!check)
        return check.error();
    auto r = Models::ResidentRepository(connection).findById(scope, check->residentId);
    if (!r)
        return r.error();
    const Models::FormSchema &schema = Models::FormSchema::get(QStringLiteral("health_check_form"));
    const QJsonObject &form = check->form;
    QString h =
        QStringLiteral("<html><head><style>body{font-family:'Noto Sans CJK SC';font-size:9pt}"
                       "h2{font-size:16pt;text-align:center;margin:0}"
                       "table.f{border-collapse:collapse} table.f td{border:1px solid "
                       "#000;padding:3px;vertical-align:top}"
                       "td.s{width:11%;text-align:center;vertical-align:middle;font-weight:bold}"
                       "table.g{border-collapse:collapse} table.g td{border:1px solid "
                       "#555;padding:2px;font-size:8pt}"
                       "td.gh{background:#eee}</style></head><body>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(schema.title()));
    h += QStringLiteral("<table width='100%'><tr><td>%1%5<u>%2</u></td><td "
                        "align='right'>%3%5<u>%4</u></td></tr></table>")
             .arg(Text::tr("姓名"), esc(r->name), Text::tr("编号"), esc(r->recordNo), colon());
    h += QStringLiteral("<table class='f' width='100%'>");
    // The first row sets the columns; the English section names need a wider first one.
    const bool english = Models::CodeTable::english();
    h += QStringLiteral("<tr><td class='s' width='%5%'>%1</td><td width='%6%'>%2</td><td class='s' "
                        "width='%5%'>%3</td>"
                        "<td width='%7%'>%4</td></tr>")
             .arg(Text::tr("体检日期"), paperDate(check->checkDate), Text::tr("责任医生"),
                  esc(check->doctor))
             .arg(english ? 18 : 12)
             .arg(english ? 33 : 40)
             .arg(english ? 31 : 36);
    for (const Models::FormSection &s : schema.sections()) {
        // Two items a row like the paper form; tables and long lists take a whole row.
        QStringList rows;
        QStringList pending;
        auto flush = [&] {
            if (pending.isEmpty())
                return;
            rows << QStringLiteral("<td colspan='%1'>%2</td>")
                            .arg(pending.size() == 1 ? 3 : 1)
                            .arg(pending.at(0)) +
                        (pending.size() > 1
                             ? QStringLiteral("<td colspan='2'>%1</td>").arg(pending.at(1))
                             : QString());
            pending.clear();
        };
        for (const Models::FormField &f : s.fields) {
            if (f.type == QLatin1String("table")) {
                flush();
                rows << QStringLiteral("<td colspan='3'>%1</td>").arg(grid(f, form));
            } else if (f.type == QLatin1String("multi") || f.type == QLatin1String("text")) {
                flush();
                QString line = item(f, form);
                if (f.type == QLatin1String("multi")) {
                    // The choices printed as on paper, so a blank form can be ticked by hand.
                    QStringList opts;
                    for (const Models::FormOption &o : f.options)
                        opts << o.code + QLatin1Char(' ') + o.label();
                    line += QStringLiteral("<br><span style='font-size:7pt;color:#444'>%1</span>")
                                .arg(esc(opts.join(english ? QStringLiteral("; ")
                                                           : QStringLiteral("　"))));
                }
                rows << QStringLiteral("<td colspan='3'>%1</td>").arg(line);
            } else {
                pending << item(f, form);
                if (pending.size() == 2)
                    flush();
            }
        }
        flush();
        for (int i = 0; i < rows.size(); ++i)
            h += QStringLiteral("<tr>%1%2</tr>")
                     .arg(i == 0 ? QStringLiteral("<td class='s' rowspan='%1'>%2</td>")
                                       .arg(rows.size())
                                       .arg(esc(s.title()))
                                 : QString(),
                          rows.at(i));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style='font-size:8pt'>%1 %2　%3</p>")
             .arg(Text::tr("表单版本"), schema.version(),
                  check->supersedes.isEmpty() ? QString()
                                              : Text::tr("本表为更正后的版本（%1）")
                                                    .arg(check->updatedAt.toLocalTime().toString(
                                                        QStringLiteral("yyyy-MM-dd HH:mm"))));
    h += QStringLiteral("</body></html>");
    return h;
}

Models::Result<PaperForm> CheckPrinter::form(const QString &connection, const Models::Scope &scope,
                                             const QString &checkId)
{
    auto h = html(connection, scope, checkId);
    if (!h)
        return h.error();
    return PaperForm{*h, Text::tr("健康体检表"),
                     QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                 QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter),
                     QFont(QStringLiteral("Noto Sans CJK SC"), 9)};
}

Models::Result<void> CheckPrinter::savePdf(const QString &connection, const Models::Scope &scope,
                                           const QString &checkId, const QString &path)
{
    auto f = form(connection, scope, checkId);
    if (!f)
        return f.error();
    return Gui::savePdf(*f, path);
}

QString CheckPrinter::checkFor(const QString &connection, const Models::Scope &scope,
                               const QString &residentId, const QString &selected)
{
    auto checks = Models::HealthRecordRepository(connection).healthChecks(scope, residentId);
    if (!checks || checks->isEmpty())
        return {};
    for (const Models::HealthCheck &h : *checks)
        if (h.id == selected)
            return h.id;
    return checks->first().id; // newest first
}

} // namespace Gui
