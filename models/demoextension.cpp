#include "demoextension.h"

#include "demochronic.h"

namespace Models {

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"chronic", &generateChronicDemo},
    };
    return list;
}

} // namespace Models
