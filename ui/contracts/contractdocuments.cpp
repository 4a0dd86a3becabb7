#include "contractdocuments.h"

#include "codetable.h"
#include "contractrepository.h"
#include "contractrules.h"
#include "packagerepository.h"
#include "residentrepository.h"
#include "teamrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace Gui::ContractDocuments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ContractDocuments)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString yuan(qint64 fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

// Latin letters and digits from DejaVu Sans: with Noto Sans CJK alone, Qt 6.4's PDF text layer
// loses digits inside mixed words (the agreement number). CJK falls back to Noto Sans CJK SC.
const char *Style =
    "<style>body{font-family:'DejaVu Sans','Noto Sans CJK SC',sans-serif;font-size:10pt}"
    "h1{font-size:16pt;text-align:center}h2{font-size:12pt}"
    "table{border-collapse:collapse}td,th{border:1px solid #444;padding:3px 6px}"
    "th{background:#eee}</style>";

QTextDocument *document(const QString &html, QObject *parent)
{
    auto *doc = new QTextDocument(parent);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    return doc;
}
} // namespace

Models::Result<QString> agreementHtml(const Context &ctx, const QString &contractId)
{
    auto c = Models::ContractRepository(ctx.connection).findById(ctx.scope, contractId);
    if (!c)
        return c.error();
    auto r = Models::ResidentRepository(ctx.connection).findById(ctx.scope, c->residentId);
    if (!r)
        return r.error();
    auto team = Models::TeamRepository(ctx.connection).findById(ctx.scope, c->teamId);
    if (!team)
        return team.error();
    const Models::ContractRules &rules = Models::ContractRules::get();
    QString html = QString::fromLatin1(Style);
    html += Text::tr("<h1>家庭医生签约服务协议书</h1>");
    html += Text::tr("<p>协议编号：%1　　签约日期：%2</p>")
                .arg(esc(c->contractNo), c->signedOn.toString(Qt::ISODate));
    html += Text::tr("<h2>甲方（签约居民）</h2>");
    QStringList tags;
    for (const QString &t : c->tags)
        if (const auto *k = rules.keyPopulation(t))
            tags << k->label();
    html += QStringLiteral("<table width='100%'>");
    html +=
        Text::tr(
            "<tr><td>姓名</td><td>%1</td><td>性别</td><td>%2</td><td>出生日期</td><td>%3</td></tr>")
            .arg(esc(r->name), Models::CodeTable::get(QStringLiteral("sex")).label(QString(r->sex)),
                 r->birthDate.toString(Qt::ISODate));
    html +=
        Text::tr("<tr><td>身份证号</td><td>%1</td><td>健康档案号</td><td colspan='3'>%2</td></tr>")
            .arg(esc(r->idNumber), esc(r->recordNo));
    html += Text::tr("<tr><td>电话</td><td>%1</td><td>住址</td><td colspan='3'>%2</td></tr>")
                .arg(esc(r->phone), esc(r->address));
    html += Text::tr("<tr><td>人群类别</td><td colspan='5'>%1</td></tr>")
                .arg(tags.isEmpty() ? Text::tr("一般人群") : esc(tags.join(QStringLiteral("、"))));
    html += QStringLiteral("</table>");
    html += Text::tr("<h2>乙方（家庭医生团队）</h2>");
    html += QStringLiteral("<table width='100%'>");
    html += Text::tr("<tr><td>团队</td><td>%1</td><td>机构</td><td>%2</td></tr>")
                .arg(esc(team->name),
                     esc(c->institution.isEmpty() ? team->institution : c->institution));
    html += Text::tr("<tr><td>签约医生</td><td>%1</td><td>团队成员</td><td>%2</td></tr>")
                .arg(esc(c->doctorName), [&] {
                    QStringList m;
                    for (const auto &s : team->members)
                        if (s.active)
                            m << s.name + QStringLiteral("（") +
                                     Models::ContractRules::label(rules.roles, s.role) +
                                     QStringLiteral("）");
                    return esc(m.join(QStringLiteral("、")));
                }());
    html += QStringLiteral("</table>");
    html += Text::tr("<h2>服务内容与费用</h2>");
    html +=
        Text::tr("<table width='100%'><tr><th>服务包</th><th>服务项目</th><th>费用（元/年）</th>"
                 "<th>医保</th><th>公卫经费</th><th>个人自付</th></tr>");
    Models::PackageRepository packages(ctx.connection);
    for (const QString &pid : c->packageIds) {
        auto p = packages.findById(ctx.scope, pid);
        if (!p)
            continue;
        QStringList services;
        for (const auto &s : p->services)
            if (s.appliesTo.isEmpty() || c->tags.contains(s.appliesTo))
                services << Text::tr("%1 每年%2次").arg(s.name).arg(s.perYear);
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(p->name), esc(services.join(QStringLiteral("；"))), yuan(p->feeFen),
                         yuan(p->insuranceFen), yuan(p->publicHealthFen), yuan(p->residentFen));
    }
    html += Text::tr("<tr><td "
                     "colspan='2'>合计（%1年）</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></"
                     "tr></table>")
                .arg(c->termYears)
                .arg(yuan(c->feeFen), yuan(c->insuranceFen), yuan(c->publicHealthFen),
                     yuan(c->residentFen));
    html += Text::tr("<h2>服务期限</h2><p>自 %1 起至 %2 止，共 %3 "
                     "年。期满前乙方提醒甲方续约；甲方可续约或改签其他团队。"
                     "同一时间甲方只与一个家庭医生团队签约。</p>")
                .arg(c->startDate.toString(Qt::ISODate), c->endDate.toString(Qt::ISODate))
                .arg(c->termYears);
    html +=
        Text::tr("<h2>双方权利与义务</"
                 "h2><p>乙方按服务包约定为甲方提供基本医疗、基本公共卫生和约定的健康管理服务，"
                 "保护甲方隐私；甲方如实提供健康信息，配合随访与体检。任一方可依规定解约。</p>");
    html +=
        Text::tr("<br/><table width='100%'><tr><td height='60'>甲方（签字）：<br/><br/>日期：</td>"
                 "<td>乙方签约医生（签字）：<br/><br/>日期：</td></tr></table>");
    return html;
}

QString indicatorsHtml(const Models::ContractIndicatorValues &v, const QString &areaLabel)
{
    auto pct = [](double x) { return QString::number(x, 'f', 1) + QLatin1Char('%'); };
    QString html = QString::fromLatin1(Style);
    html += Text::tr("<h1>家庭医生签约指标</h1><p>%1　统计期间：%2 至 %3</p>")
                .arg(esc(areaLabel), v.filter.from.toString(Qt::ISODate),
                     v.filter.to.toString(Qt::ISODate));
    html += Text::tr("<table "
                     "width='100%'><tr><th>指标</th><th>分子</th><th>分母</th><th>比率</"
                     "th><th>分母口径</th></tr>");
    auto row = [&](const QString &name, qint64 n, qint64 d, double r, const QString &def) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(name))
                    .arg(n)
                    .arg(d)
                    .arg(pct(r), esc(def));
    };
    row(Text::tr("签约率"), v.signedResidents, v.population, v.signRate(),
        Text::tr("所选范围内在册居民（期间内任一天有有效签约即计为已签约）"));
    row(Text::tr("重点人群签约率"), v.keySigned, v.keyPopulation, v.keySignRate(),
        Text::tr("期末属于任一重点人群的居民（不是全部签约居民）"));
    for (const auto &c : v.categories)
        row(QStringLiteral("　") + c.label, c.signedCount, c.total,
            Models::ContractIndicatorValues::rate(c.signedCount, c.total),
            Text::tr("期末属于该类人群的居民"));
    row(Text::tr("续约率"), v.contractsRenewed, v.contractsEnded, v.renewalRate(),
        Text::tr("期间内到期且未提前解约的协议"));
    row(Text::tr("服务任务完成率"), v.tasksDone, v.tasksDue, v.taskCompletion(),
        Text::tr("期间内到期的服务任务（不含已取消）"));
    row(Text::tr("履约完成的协议"), v.contractsAllTasksDone, v.contractsWithTasks,
        v.contractCompletion(), Text::tr("期间内有到期任务的协议"));
    html += QStringLiteral("</table>");
    return html;
}

bool writePdf(const QString &html, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Jiayi"));
    QTextDocument *doc = document(html, nullptr);
    doc->setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc->print(&writer);
    delete doc;
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = Text::tr("无法写入文件：%1").arg(path);
        return false;
    }
    return true;
}

void print(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument *doc = document(html, nullptr);
    doc->print(&printer);
    delete doc;
}

void savePdf(const QString &html, const QString &suggestedName, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, Text::tr("保存为 PDF"),
                                                      QDir::home().filePath(suggestedName),
                                                      Text::tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(html, path, &error))
        QMessageBox::warning(parent, Text::tr("保存失败"), error);
}

} // namespace Gui::ContractDocuments
