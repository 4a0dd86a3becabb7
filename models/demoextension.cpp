#include "demoextension.h"

#include "demorecord.h"

namespace Models {

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"health record", &generateDemoHealthRecords},
    };
    return list;
}

} // namespace Models
