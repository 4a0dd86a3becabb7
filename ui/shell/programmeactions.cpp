#include "programmeactions.h"

namespace Gui {

void registerProgrammeActions()
{
    // One line per programme, e.g. registerElderlyActions(); (ui/elderly/elderlyactions.h).
}

} // namespace Gui
