// calllock-postcall classify [--profile P] [--zone TZ] [FILE|-]
#include <cstdio>

#include "cli.hpp"

namespace calllock::cli {

int classify_command(std::span<char* const> argv) {
    constexpr std::string_view value_options[] = {"profile", "zone"};
    Args args;
    if (!parse_args(argv, value_options, args) || args.positional.size() > 1) {
        if (args.positional.size() > 1) error("classify takes at most one FILE");
        return 2;
    }
    ProfileId profile = default_profile;
    if (const auto* p = args.get("profile")) {
        auto id = parse_profile(*p);
        if (!id) {
            error("unknown profile '" + *p + "'");
            return 2;
        }
        profile = *id;
    }
    // The business time zone of the time tags (hvac117): an IANA name or a POSIX TZ rule.
    TimeZone zone = *find_time_zone(default_business_time_zone);
    if (const auto* z = args.get("zone")) {
        auto tz = find_time_zone(*z);
        if (!tz) {
            error("unknown time zone '" + *z + "'");
            return 2;
        }
        zone = *tz;
    }
    const std::string path = args.positional.empty() ? "-" : args.positional.front();
    const long bad = for_each_session(path, [&](std::size_t, CallSession&& s) {
        const auto line = boost::json::serialize(classification_to_json(classify_call(profile, s, zone)));
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
    });
    std::fflush(stdout);
    return bad == 0 ? 0 : 1;
}

}  // namespace calllock::cli
