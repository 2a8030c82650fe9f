// calllock-postcall classify [--profile P] [FILE|-]
#include <cstdio>

#include "cli.hpp"

namespace calllock::cli {

int classify_command(std::span<char* const> argv) {
    constexpr std::string_view value_options[] = {"profile"};
    Args args;
    if (!parse_args(argv, value_options, args) || args.positional.size() > 1) {
        if (args.positional.size() > 1) error("classify takes at most one FILE");
        return 2;
    }
    ProfileId profile = ProfileId::seed;
    if (const auto* p = args.get("profile")) {
        auto id = parse_profile(*p);
        if (!id) {
            error("unknown profile '" + *p + "'");
            return 2;
        }
        profile = *id;
    }
    const std::string path = args.positional.empty() ? "-" : args.positional.front();
    const long bad = for_each_session(path, [&](std::size_t, CallSession&& s) {
        const auto line = boost::json::serialize(classification_to_json(classify_call(profile, s)));
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
    });
    std::fflush(stdout);
    return bad == 0 ? 0 : 1;
}

}  // namespace calllock::cli
