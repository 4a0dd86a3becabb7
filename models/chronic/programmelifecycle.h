#pragma once

#include "residentlifecycle.h"

namespace Models {

// The resident's lifecycle with every programme that holds open records today: family-doctor
// contracts and chronic registrations. Here because models/chronic is the lowest folder that
// sees both; a programme that lands later adds its participant to this list.
ResidentLifecycle programmeLifecycle(const QString &connectionName);

} // namespace Models
