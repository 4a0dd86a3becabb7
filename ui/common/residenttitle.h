#pragma once

#include "context.h"
#include "resident.h"

#include <QString>

namespace Gui {

// The window title of a clinical form: "接诊记录 — 张三（男，67岁）". The form covers the
// resident screen's header, so its title says whose record it is.
QString residentTitle(const Context &context, const QString &residentId, const QString &form);
QString residentTitle(const Models::Resident &resident, const QString &form);

} // namespace Gui
