#include "demoextension.h"

namespace Models {

// One line per capability, in the order they run.
const QList<DemoExtension> &demoExtensions()
{
    static const QList<DemoExtension> list{
    };
    return list;
}

} // namespace Models
