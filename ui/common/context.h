#pragma once

#include "scope.h"

#include <QString>

namespace Gui {

// What every screen needs to reach the data: the connection name (views never open the
// database themselves) and the caller's scope. Wired once in app/main.cpp.
struct Context
{
    QString connection;
    Models::Scope scope;
    QString databasePath;
};

} // namespace Gui
