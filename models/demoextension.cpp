#include "demoextension.h"

#include "demochronic.h"
#include "demorecord.h"

namespace Models {

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"chronic", &generateChronicDemo},
        {"health record", &generateDemoHealthRecords},
    };
    return list;
}

} // namespace Models
