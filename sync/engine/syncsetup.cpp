#include "syncsetup.h"

#include "syncstate.h"

namespace Sync {

Models::PlatformWriter setupPlatformWriter(const QString &connectionName)
{
    return [connectionName](const Models::Scope &scope,
                            const Models::SetupPlatform &platform) -> Models::Result<bool> {
        SyncState state(connectionName);
        auto config = state.config(scope);
        if (!config)
            return config.error();
        if (config->server == platform.url && config->token == platform.token &&
            config->caFile == platform.caFile)
            return false;
        SyncConfig changed = *config;
        changed.server = platform.url;
        changed.token = platform.token;
        changed.caFile = platform.caFile;
        if (auto e = state.configure(scope, changed); !e)
            return e.error();
        return true;
    };
}

} // namespace Sync
