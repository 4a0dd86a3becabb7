#include "demoextension.h"

namespace Models {

Result<void> generateDemoUsers(const QString &, sqlite3 *, const Scope &, const DemoOptions &);

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"users", generateDemoUsers},
    };
    return list;
}

} // namespace Models
