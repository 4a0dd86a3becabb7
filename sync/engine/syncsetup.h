#pragma once

// The platform connection of a clinic's setup file (models/setup), stored as sync's own
// configuration (SyncState) inside the setup's transaction.

#include "clinicsetup.h"

namespace Sync {

// Writes url, token and CA file when they differ from the stored ones; true when it did.
Models::PlatformWriter setupPlatformWriter(const QString &connectionName);

} // namespace Sync
