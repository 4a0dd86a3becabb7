#include "residentactions.h"

namespace Gui {

namespace {
QList<ResidentAction> &registry()
{
    static QList<ResidentAction> list;
    return list;
}
} // namespace

void registerResidentAction(const ResidentAction &action)
{
    QList<ResidentAction> &list = registry();
    for (ResidentAction &a : list) {
        if (a.id == action.id) {
            a = action;
            return;
        }
    }
    list.append(action);
}

const QList<ResidentAction> &residentActions()
{
    return registry();
}

} // namespace Gui
