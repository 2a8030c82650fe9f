// calllock-postcall built without calllock::pg (no libpq): the PostgreSQL outbox is
// not available, and says so.
#include "cli.hpp"

namespace calllock::cli {

std::optional<ConfigError> attach_pg_outbox(PostCallConfig& config) {
    if (config.outbox_url.empty()) return std::nullopt;
    return ConfigError{"outbox_url", "CALLLOCK_OUTBOX_URL is set, but this calllock-postcall was built without "
                                     "PostgreSQL (libpq-dev)"};
}

void add_fleet_commands(CLI::App&, std::vector<Command>&) {}  // no deliver, no status

int pg_replay(const std::string&, const PostCallConfig&) {
    error("this calllock-postcall was built without PostgreSQL (libpq-dev): cannot replay a postgresql:// outbox");
    return 2;
}

}  // namespace calllock::cli
