// jiayi-cli import | export (resident lists, issue 3)
#include "cli.h"

#include "duplicates.h"
#include "residentimport.h"
#include "scope.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Cli;

namespace {

int importCmd(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("dry-run"), Text::tr("只检查，不写入数据库")});
    p.addOption({QStringLiteral("mapping"),
                 Text::tr("列对照表 JSON 文件，如 {\"姓名\": \"name\", \"村\": \"village\"}"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("village"),
                 Text::tr("文件中没有“村”列时，这些居民所属的村（12位区划代码）"),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("report"), Text::tr("把导入报告保存到该文件（.txt 或 .json）"),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("batch"), Text::tr("每批行数（每批一个事务，默认 20000）"),
                 QStringLiteral("n"), QStringLiteral("20000")});
    p.addPositionalArgument(QStringLiteral("file"),
                            Text::tr("居民名单：CSV（UTF-8 或 GB18030）或 .xlsx"));
    if (!parse(c, p, Text::tr("导入居民名单")))
        return 2;
    if (p.positionalArguments().size() != 1)
        return fail(c, Text::tr("请给出一个要导入的文件"), 2, QStringLiteral("file"));
    const QString file = p.positionalArguments().first();
    if (!QFileInfo::exists(file))
        return fail(c, Text::tr("文件不存在：%1").arg(file), 1, QStringLiteral("file"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    Models::ResidentImport importer(QStringLiteral("cli"));
    auto table = Models::TabularFile::read(file);
    if (!table)
        return fail(c, table.error().message, 1, table.error().field);
    Models::ImportMapping mapping = Models::ImportMapping::detect(table->header);
    if (p.isSet(QStringLiteral("village")))
        mapping.defaultVillage = p.value(QStringLiteral("village"));
    Models::ImportOptions o;
    o.dryRun = p.isSet(QStringLiteral("dry-run"));
    o.batchSize = qMax(1, p.value(QStringLiteral("batch")).toInt());
    if (p.isSet(QStringLiteral("mapping"))) {
        QFile f(p.value(QStringLiteral("mapping")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(c, Text::tr("无法打开对照表文件：%1").arg(f.fileName()), 1,
                        QStringLiteral("mapping"));
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!d.isObject())
            return fail(c, Text::tr("对照表文件不是有效的 JSON：%1").arg(pe.errorString()), 1,
                        QStringLiteral("mapping"));
        auto m = Models::ImportMapping::fromJson(d.object(), table->header, mapping);
        if (!m)
            return fail(c, m.error().message, 1, m.error().field);
        mapping = *m;
    }
    auto report = importer.run(Models::Scope::administrator(), *table, mapping, o);
    if (!report)
        return fail(c, report.error().message, 1, report.error().field);
    Models::ImportReport rep = *report;
    rep.file = file;
    if (p.isSet(QStringLiteral("report")))
        if (auto r = rep.save(p.value(QStringLiteral("report"))); !r)
            return fail(c, r.error().message);
    if (c.json)
        printJson(rep.toJson());
    else
        std::fputs(rep.toText().toUtf8().constData(), stdout);
    if (!rep.stopReason.isEmpty())
        return 1;
    return rep.failed > 0 ? 3 : 0;
}

int exportCmd(Context &c)
{
    if (c.args.contains(QStringLiteral("--deidentify")))
        return deidentifiedExport(c);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("village"), Text::tr("只导出该村（12位区划代码）"),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("encoding"), Text::tr("CSV 编码：UTF-8（默认）或 GB18030"),
                 QStringLiteral("name"), QStringLiteral("UTF-8")});
    p.addPositionalArgument(QStringLiteral("file"), Text::tr("输出文件：.csv 或 .xlsx"));
    if (!parse(c, p, Text::tr("导出居民名单")))
        return 2;
    if (p.positionalArguments().size() != 1)
        return fail(c, Text::tr("请给出输出文件"), 2, QStringLiteral("file"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    const QString file = p.positionalArguments().first();
    auto table = Models::ResidentExport::table(
        QStringLiteral("cli"), Models::Scope::administrator(), p.value(QStringLiteral("village")));
    if (!table)
        return fail(c, table.error().message, 1, table.error().field);
    if (auto r = Models::TabularFile::write(file, *table, p.value(QStringLiteral("encoding"))); !r)
        return fail(c, r.error().message, 1, r.error().field);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("file"), file},
                              {QStringLiteral("rows"), int(table->rows.size())}});
    else
        printLine(Text::tr("已导出 %1 名居民到 %2").arg(table->rows.size()).arg(file));
    return 0;
}

int duplicatesCmd(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("limit"), Text::tr("最多列出的对数（默认 200）"),
                 QStringLiteral("n"), QStringLiteral("200")});
    p.addOption({QStringLiteral("min-score"), Text::tr("最低分（默认 50）"), QStringLiteral("n"),
                 QStringLiteral("50")});
    if (!parse(c, p, Text::tr("列出可能重复的居民档案")))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    auto pairs =
        Models::DuplicateFinder::scan(QStringLiteral("cli"), Models::Scope::administrator(),
                                      qMax(1, p.value(QStringLiteral("limit")).toInt()));
    if (!pairs)
        return fail(c, pairs.error().message);
    const int minScore = p.value(QStringLiteral("min-score")).toInt();
    QJsonArray out;
    for (const Models::DuplicatePair &d : *pairs) {
        if (d.score < minScore)
            continue;
        if (c.json)
            out.append(QJsonObject{
                {QStringLiteral("score"), d.score},
                {QStringLiteral("a"), QJsonObject{{QStringLiteral("id"), d.aId},
                                                  {QStringLiteral("name"), d.aName},
                                                  {QStringLiteral("record_no"), d.aRecordNo},
                                                  {QStringLiteral("birth_date"), d.aBirth}}},
                {QStringLiteral("b"), QJsonObject{{QStringLiteral("id"), d.bId},
                                                  {QStringLiteral("name"), d.bName},
                                                  {QStringLiteral("record_no"), d.bRecordNo},
                                                  {QStringLiteral("birth_date"), d.bBirth}}},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)}});
        else
            printLine(QStringLiteral("%1  %2 %3 %4  ~  %5 %6 %7  (%8)")
                          .arg(d.score, 3)
                          .arg(d.aName, d.aRecordNo, d.aBirth, d.bName, d.bRecordNo, d.bBirth,
                               d.reasons.join(QStringLiteral("；"))));
    }
    if (c.json)
        printJson(out);
    return 0;
}

int mergeCmd(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("keep"), Text::tr("保留的居民 id"), QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("merge"), Text::tr("并入的（重复的）居民 id"), QStringLiteral("id")});
    p.addOption({QStringLiteral("undo"), Text::tr("撤销这次合并（合并记录 id）"),
                 QStringLiteral("merge-id")});
    if (!parse(c, p, Text::tr("合并重复档案，或撤销一次合并")))
        return 2;
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    if (p.isSet(QStringLiteral("undo"))) {
        if (auto r =
                Models::ResidentMerge::undo(QStringLiteral("cli"), Models::Scope::administrator(),
                                            p.value(QStringLiteral("undo")));
            !r)
            return fail(c, r.error().message);
        if (c.json)
            printJson(QJsonObject{{QStringLiteral("undone"), p.value(QStringLiteral("undo"))}});
        else
            printLine(Text::tr("已撤销合并"));
        return 0;
    }
    if (!p.isSet(QStringLiteral("keep")) || !p.isSet(QStringLiteral("merge")))
        return fail(c, Text::tr("请给出 --keep 与 --merge"), 2);
    auto m = Models::ResidentMerge::merge(QStringLiteral("cli"), Models::Scope::administrator(),
                                          p.value(QStringLiteral("keep")),
                                          p.value(QStringLiteral("merge")));
    if (!m)
        return fail(c, m.error().message);
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("merge_id"), m->id},
                              {QStringLiteral("moved_rows"), m->movedRows}});
    else
        printLine(
            Text::tr(
                "已合并，移过来 %1 条记录；撤销：jiayi-cli duplicates merge --db PATH --undo %2")
                .arg(m->movedRows)
                .arg(m->id));
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("duplicates",
                  QT_TRANSLATE_NOOP("Cli", "列出可能重复的居民档案（--db PATH [--json]）"),
                  duplicatesCmd);
JIAYI_CLI_COMMAND("duplicates merge",
                  QT_TRANSLATE_NOOP("Cli",
                                    "合并重复档案（--keep ID --merge ID），或 --undo MERGE-ID"),
                  mergeCmd);
JIAYI_CLI_COMMAND("import",
                  QT_TRANSLATE_NOOP("Cli",
                                    "导入居民名单（--db PATH FILE [--dry-run] [--mapping FILE]）"),
                  importCmd);
JIAYI_CLI_COMMAND(
    "export",
    QT_TRANSLATE_NOOP(
        "Cli", "导出居民名单到 CSV 或 xlsx（--db PATH FILE）；加 --deidentify 为去标识化导出"),
    exportCmd);
