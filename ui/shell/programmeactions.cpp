#include "programmeactions.h"

#include "maternalactions.h"

namespace Gui {

void registerProgrammeActions()
{
    // One line per programme, e.g. registerElderlyActions(); (ui/elderly/elderlyactions.h).
    registerMaternalActions(); // and the children's (ui/child)
}

} // namespace Gui
