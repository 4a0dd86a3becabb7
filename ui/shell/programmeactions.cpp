#include "programmeactions.h"

#include "elderlyactions.h"
#include "mentalactions.h"
#include "referralactions.h"
#include "tbactions.h"
#include "tcmactions.h"

namespace Gui {

void registerProgrammeActions()
{
    // One line per programme, e.g. registerElderlyActions(); (ui/elderly/elderlyactions.h).
    registerElderlyActions();
    registerTcmActions();
    registerReferralActions();
    registerMentalActions();
    registerTbActions();
}

} // namespace Gui
