#pragma once

#include "cli.h"

#include <QJsonArray>

class QCommandLineParser;

// `jiayi-cli report`: one command, two forms. `--table ID` makes an official report table
// (cmd_reporttable.cpp); `--indicator NAME` or `--all` counts indicators (cmd_report.cpp).
// `--list` names both.
namespace Cli {

// The official tables: the lines of `--list` (printed when json is false) or their JSON.
QJsonArray reportTableList(bool json);
// The options only the table form has, so that `report --help` shows them.
void addReportTableOptions(QCommandLineParser &p);
int reportTable(Context &c);
// `report --list`: the indicators, then the tables.
int listReports(const Context &c);

} // namespace Cli
