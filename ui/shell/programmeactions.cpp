#include "programmeactions.h"

#include "mentalactions.h"
#include "referralactions.h"
#include "tbactions.h"

namespace Gui {

void registerProgrammeActions()
{
    // One line per programme, e.g. registerElderlyActions(); (ui/elderly/elderlyactions.h).
    registerReferralActions();
    registerMentalActions();
    registerTbActions();
}

} // namespace Gui
