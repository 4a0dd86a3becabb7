// jiayi-cli pregnancy dates: the pregnancy dates engine of issue 18 on stdin/stdout JSON.
#include "cli.h"

#include "pregnancydates.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Cli;

namespace {

// Bad input exits 1 with the field named (issue 18), the JSON error on standard error.
bool readPregnancyInput(Context &c, QJsonObject *out)
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

int pregnancyDates(Context &c)
{
    c.json = true;
    QCommandLineParser p;
    if (!parse(c, p,
               Text::tr("由末次月经推算预产期、孕周、孕期和下次产前随访（标准输入 JSON：lmp, on, "
                        "rule, ultrasound_edd, done；标准输出 JSON）")))
        return 2;
    QJsonObject in;
    if (!readPregnancyInput(c, &in))
        return 1;
    auto out = Models::pregnancyDatesJson(in, QDate::currentDate());
    if (!out)
        return fail(c, out.error().message, 1, out.error().field);
    printJson(*out);
    return 0;
}

} // namespace

JIAYI_CLI_COMMAND("pregnancy dates",
                  QT_TRANSLATE_NOOP("Cli", "孕期日期：预产期、孕周、孕期、产前随访时间（JSON）"),
                  pregnancyDates);
