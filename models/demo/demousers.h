#pragma once

#include <QString>

namespace Models {

// The demo township's accounts (made by `jiayi-cli demo` when the database has no user):
// admin (administrator), yisheng (family doctor), cunyi (village health worker of the first
// village), gongwei (public-health staff). Documented in docs/security.md; never for real data.
QString demoPassword();

} // namespace Models
