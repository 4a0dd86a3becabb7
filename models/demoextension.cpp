#include "demoextension.h"

#include "demoimmunization.h"

namespace Models {

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
        {"immunization", &generateDemoImmunization},
    };
    return list;
}

} // namespace Models
