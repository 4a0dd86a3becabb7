// jiayi-cli print check | print record: the paper forms of the health record as PDF (A4, CJK
// fonts embedded), the same documents the app prints (ui/print/checkprinter.cpp, recordprinter.cpp;
// QtGui only, so jiayi-cli links no widgets: tests/app/tst_clilinks.cpp holds it to that).
// main.cpp starts a QGuiApplication on the offscreen platform for these commands (text layout and
// PDF need fonts; no display is needed).
#include "cli.h"

#include "checkprinter.h"
#include "healthrecordrepository.h"
#include "recordprinter.h"
#include "residentrepository.h"
#include "summaryprinter.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Cli {

namespace {

const QString Connection = QStringLiteral("cli");

// --resident: the resident's id (UUID) or ID number (身份证号).
Models::Result<Models::Resident> findResident(const Models::Scope &scope, const QString &key)
{
    const Models::ResidentRepository repo(Connection);
    if (auto r = repo.findById(scope, key))
        return r;
    if (auto r = repo.findByIdNumber(scope, key.toUpper()))
        return r;
    return Models::makeError(QStringLiteral("resident.notfound"),
                             Text::tr("找不到居民：%1").arg(key), QStringLiteral("resident"));
}

struct Target
{
    QString out;
    Models::Scope scope;
};

// 0 when ready; else the exit code (2: usage, 1: the database).
int prepare(Context &c, QCommandLineParser &p, const QString &description, Target &t)
{
    p.addOption({QStringLiteral("db"), Text::tr("数据库文件"), QStringLiteral("path")});
    p.addOption({QStringLiteral("out"), Text::tr("输出的 PDF 文件"), QStringLiteral("file")});
    if (!parse(c, p, description))
        return 2;
    t.out = p.value(QStringLiteral("out"));
    if (t.out.isEmpty())
        return fail(c, Text::tr("请用 --out 给出 PDF 文件"), 2, QStringLiteral("out"));
    if (!openDb(c, p.value(QStringLiteral("db"))))
        return 1;
    t.scope = Models::Scope::administrator();
    return 0;
}

int done(const Context &c, const QString &out, const Models::Resident &resident,
         const QString &what, const QString &checkId = {})
{
    const QString path = QFileInfo(out).absoluteFilePath();
    if (c.json) {
        QJsonObject o{{QStringLiteral("file"), path},
                      {QStringLiteral("resident_id"), resident.id},
                      {QStringLiteral("name"), resident.name}};
        if (!checkId.isEmpty())
            o.insert(QStringLiteral("check_id"), checkId);
        printJson(o);
    } else {
        printLine(Text::tr("已将%1的%2保存为 %3").arg(resident.name, what, path));
    }
    return 0;
}

int printCheck(Context &c)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("check"), Text::tr("体检记录编号（默认该居民最近一次体检）"),
                 QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("resident"), Text::tr("居民：编号或身份证号"), QStringLiteral("key")});
    Target t;
    if (const int code = prepare(c, p, Text::tr("把健康体检表保存为 PDF（A4）"), t))
        return code;
    QString checkId = p.value(QStringLiteral("check"));
    Models::Resident resident;
    if (!checkId.isEmpty()) {
        auto check = Models::HealthRecordRepository(Connection).healthCheck(t.scope, checkId);
        if (!check)
            return fail(c, check.error().message, 1, QStringLiteral("check"));
        auto r = Models::ResidentRepository(Connection).findById(t.scope, check->residentId);
        if (!r)
            return fail(c, r.error().message, 1, QStringLiteral("check"));
        resident = *r;
    } else if (p.isSet(QStringLiteral("resident"))) {
        auto r = findResident(t.scope, p.value(QStringLiteral("resident")));
        if (!r)
            return fail(c, r.error().message, 1, QStringLiteral("resident"));
        resident = *r;
        checkId = Gui::CheckPrinter::checkFor(Connection, t.scope, resident.id);
        if (checkId.isEmpty())
            return fail(c, Text::tr("%1还没有健康体检记录").arg(resident.name), 1,
                        QStringLiteral("resident"));
    } else {
        return fail(c, Text::tr("请用 --check 给出体检记录，或用 --resident 给出居民"), 2,
                    QStringLiteral("check"));
    }
    if (auto r = Gui::CheckPrinter::savePdf(Connection, t.scope, checkId, t.out); !r)
        return fail(c, r.error().message, 1, r.error().field);
    return done(c, t.out, resident, Text::tr("健康体检表"), checkId);
}

int printRecord(Context &c)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("resident"), Text::tr("居民：编号或身份证号"), QStringLiteral("key")});
    Target t;
    if (const int code =
            prepare(c, p, Text::tr("把居民健康档案封面和个人基本信息表保存为 PDF（A4）"), t))
        return code;
    if (!p.isSet(QStringLiteral("resident")))
        return fail(c, Text::tr("请用 --resident 给出居民"), 2, QStringLiteral("resident"));
    auto r = findResident(t.scope, p.value(QStringLiteral("resident")));
    if (!r)
        return fail(c, r.error().message, 1, QStringLiteral("resident"));
    if (auto s = Gui::RecordPrinter::savePdf(Connection, t.scope, r->id, t.out); !s)
        return fail(c, s.error().message, 1, s.error().field);
    return done(c, t.out, *r, Text::tr("健康档案封面和个人基本信息表"));
}

int printSummary(Context &c)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("resident"), Text::tr("居民：编号或身份证号"), QStringLiteral("key")});
    Target t;
    if (const int code = prepare(
            c, p, Text::tr("把居民健康档案摘要（一页，带二维码查询编号）保存为 PDF（A4）"), t))
        return code;
    if (!p.isSet(QStringLiteral("resident")))
        return fail(c, Text::tr("请用 --resident 给出居民"), 2, QStringLiteral("resident"));
    auto r = findResident(t.scope, p.value(QStringLiteral("resident")));
    if (!r)
        return fail(c, r.error().message, 1, QStringLiteral("resident"));
    if (auto s = Gui::SummaryPrinter::savePdf(Connection, t.scope, r->id, t.out); !s)
        return fail(c, s.error().message, 1, s.error().field);
    return done(c, t.out, *r, Text::tr("居民健康档案摘要"));
}

} // namespace

JIAYI_CLI_COMMAND(
    "print check",
    QT_TRANSLATE_NOOP("Cli",
                      "健康体检表存为 PDF（--db PATH --check ID 或 --resident 居民 --out FILE）"),
    printCheck);
JIAYI_CLI_COMMAND(
    "print record",
    QT_TRANSLATE_NOOP("Cli",
                      "档案封面和个人基本信息表存为 PDF（--db PATH --resident 居民 --out FILE）"),
    printRecord);
JIAYI_CLI_COMMAND(
    "print summary",
    QT_TRANSLATE_NOOP(
        "Cli", "居民健康档案摘要存为 PDF（--db PATH --resident 居民 --out FILE；每次打印留痕）"),
    printSummary);

} // namespace Cli
