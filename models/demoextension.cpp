#include "demoextension.h"

#include "democontracts.h"

namespace Models {

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"contracts", generateDemoContracts}, // after chronic registrations (key populations)
    };
    return list;
}

} // namespace Models
