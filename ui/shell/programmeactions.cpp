#include "programmeactions.h"

#include "elderlyactions.h"
#include "maternalactions.h"
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
    registerMaternalActions(); // and the children's (ui/child)
}

} // namespace Gui
