#include "programmeactions.h"

#include "elderlyactions.h"
#include "tcmactions.h"

namespace Gui {

void registerProgrammeActions()
{
    // One line per programme, e.g. registerElderlyActions(); (ui/elderly/elderlyactions.h).
    registerElderlyActions();
    registerTcmActions();
}

} // namespace Gui
