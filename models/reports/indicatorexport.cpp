#include "indicatorexport.h"

#include "indicatortablemodel.h"
#include "xlsxwriterlib.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::IndicatorExport)
};

QString number(qint64 v)
{
    return QString::number(v);
}
} // namespace

QJsonObject indicatorRunJson(const IndicatorRun &run, const IndicatorCatalog &catalog)
{
    QJsonObject o = run.toJson();
    QJsonArray list = o.value(QStringLiteral("indicators")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject x = list.at(i).toObject();
        if (const IndicatorDefinition *d = catalog.find(x.value(QStringLiteral("id")).toString())) {
            x.insert(QStringLiteral("name"), d->displayName());
            x.insert(QStringLiteral("programme"), d->programme);
            x.insert(QStringLiteral("programme_name"), catalog.programmeName(d->programme));
            x.insert(QStringLiteral("unit"), d->unit);
            x.insert(QStringLiteral("numerator_definition"), d->numerator.displayWords());
            x.insert(QStringLiteral("denominator_definition"), d->denominator.displayWords());
            x.insert(QStringLiteral("source"), d->source);
        }
        list.replace(i, x);
    }
    o.insert(QStringLiteral("indicators"), list);
    return o;
}

IndicatorRows indicatorRunRows(const IndicatorRun &run, const IndicatorCatalog &catalog)
{
    IndicatorRows t;
    t.header = {Text::tr("项目"), Text::tr("指标"),     Text::tr("值"),
                Text::tr("分子"), Text::tr("分母"),     Text::tr("目标"),
                Text::tr("状态"), Text::tr("分子说明"), Text::tr("分母说明")};
    for (const IndicatorResult &r : run.results) {
        const IndicatorDefinition *d = catalog.find(r.id);
        if (!d)
            continue;
        t.rows << QStringList{catalog.programmeName(d->programme),
                              d->displayName(),
                              IndicatorTableModel::percent(r.total.value()),
                              number(r.total.numerator),
                              number(r.total.denominator),
                              IndicatorTableModel::percent(r.target),
                              IndicatorTableModel::statusText(r.status),
                              d->numerator.displayWords(),
                              d->denominator.displayWords()};
    }
    return t;
}

IndicatorRows indicatorVillageRows(const IndicatorRun &run, const IndicatorCatalog &catalog)
{
    IndicatorRows t;
    t.header = {Text::tr("村"), Text::tr("指标"), Text::tr("值"), Text::tr("分子"),
                Text::tr("分母")};
    for (const IndicatorResult &r : run.results) {
        const IndicatorDefinition *d = catalog.find(r.id);
        if (!d)
            continue;
        for (const VillageCount &v : r.villages)
            t.rows << QStringList{v.name.isEmpty() ? v.code : v.name, d->displayName(),
                                  IndicatorTableModel::percent(v.count.value()),
                                  number(v.count.numerator), number(v.count.denominator)};
    }
    return t;
}

Result<void> writeIndicatorXlsx(const QString &path, const IndicatorRun &run,
                                const IndicatorCatalog &catalog)
{
    const XlsxWriterLib &x = XlsxWriterLib::get();
    if (!x.ok)
        return makeError(QStringLiteral("file.xlsx"),
                         Text::tr("本机缺少 libxlsxwriter，无法写 Excel 文件；请用 --json"),
                         QStringLiteral("xlsx"), x.error);
    const QByteArray p = QFile::encodeName(path);
    lxw_workbook *wb = x.workbookNew(p.constData());
    if (!wb)
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("xlsx"));
    lxw_format *bold = x.addFormat(wb);
    x.setBold(bold);
    lxw_format *pct = x.addFormat(wb);
    x.setNumFormat(pct, "0.0");
    // Numbers stay numbers (a province sums them); "—" cells stay empty.
    auto sheet = [&](const QString &name, const IndicatorRows &rows, const QList<int> &numeric,
                     const QString &title) {
        lxw_worksheet *ws = x.addWorksheet(wb, name.toUtf8().constData());
        x.writeString(ws, 0, 0, title.toUtf8().constData(), bold);
        for (int c = 0; c < rows.header.size(); ++c) {
            x.writeString(ws, 2, lxw_col_t(c), rows.header.at(c).toUtf8().constData(), bold);
            x.setColumn(ws, lxw_col_t(c), lxw_col_t(c), c >= 7 ? 50 : (c == 1 ? 28 : 12), nullptr);
        }
        for (int r = 0; r < rows.rows.size(); ++r) {
            const QStringList &row = rows.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                QString cell = row.at(c);
                if (numeric.contains(c)) {
                    if (cell == QLatin1String("—"))
                        continue;
                    const bool percent = cell.endsWith(QLatin1Char('%'));
                    cell.remove(QLatin1Char('%'));
                    bool ok = false;
                    const double v = cell.toDouble(&ok);
                    if (ok) {
                        x.writeNumber(ws, lxw_row_t(r + 3), lxw_col_t(c), v,
                                      percent ? pct : nullptr);
                        continue;
                    }
                }
                x.writeString(ws, lxw_row_t(r + 3), lxw_col_t(c), cell.toUtf8().constData(),
                              nullptr);
            }
        }
    };
    const QString title =
        Text::tr("%1（%2，%3）").arg(catalog.title(), run.area.label, run.period.label());
    sheet(Text::tr("指标"), indicatorRunRows(run, catalog), {2, 3, 4, 5}, title);
    sheet(Text::tr("分村"), indicatorVillageRows(run, catalog), {2, 3, 4}, title);
    const lxw_error err = x.close(wb);
    if (err != LXW_NO_ERROR)
        return makeError(QStringLiteral("file.write"), Text::tr("无法写入文件：%1").arg(path),
                         QStringLiteral("xlsx"), QString::fromUtf8(x.strerror(err)));
    return {};
}

} // namespace Models
