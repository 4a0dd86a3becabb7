#include "programmelifecycle.h"

#include "chroniclifeparticipant.h"
#include "contractlifeparticipant.h"

namespace Models {

ResidentLifecycle programmeLifecycle(const QString &connectionName)
{
    std::vector<std::unique_ptr<LifeParticipant>> participants;
    participants.push_back(std::make_unique<ContractLifeParticipant>(connectionName));
    participants.push_back(std::make_unique<ChronicLifeParticipant>(connectionName));
    return ResidentLifecycle(connectionName, std::move(participants));
}

} // namespace Models
