// jiayi-cli growth assess: the growth engine of issue 18 on stdin/stdout JSON.
#include "cli.h"

#include "growthassessment.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Cli;

namespace {

// Bad input exits 1 with the field named (issue 18), the JSON error on standard error.
bool readInput(Context &c, QJsonObject *out)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(c, Text::tr("无法读取标准输入"));
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(c, Text::tr("标准输入不是 JSON 对象：%1").arg(pe.errorString()));
        return false;
    }
    *out = doc.object();
    return true;
}

int growthAssess(Context &c)
{
    c.json = true;
    QCommandLineParser p;
    if (!parse(c, p,
               Text::tr("按WHO 2006儿童生长标准评价一次测量（标准输入 JSON：sex, birth_date, on, "
                        "weight_kg, length_cm 或 height_cm, head_cm；标准输出 JSON）")))
        return 2;
    QJsonObject in;
    if (!readInput(c, &in))
        return 1;
    auto input = Models::growthInputFromJson(in, QDate::currentDate());
    if (!input)
        return fail(c, input.error().message, 1, input.error().field);
    printJson(Models::assessGrowth(*input).toJson());
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("growth assess",
                  QT_TRANSLATE_NOOP("Cli",
                                    "儿童生长评价：WHO 2006标准的Z评分、上中下和标记（JSON）"),
                  growthAssess);
