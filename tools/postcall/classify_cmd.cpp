// calllock-postcall classify [--profile P] [--zone TZ] [--explain] [FILE|-]
// --explain (hvac117): each line also has "evidence": {"TAG": [{"turn": 3, "text":
// "smells like gas", "rule": "smells like gas"}], ...}: for every tag, the words and
// the keyword that gave it, or the session field / rule ("field": "caller_known").
#include <cstdio>
#include <vector>

#include "cli.hpp"

#include <calllock/profiles.hpp>

namespace calllock::cli {

namespace {

boost::json::object evidence_json(const TagEvidence& e) {
    boost::json::object o;
    if (e.turn >= 0) o["turn"] = e.turn;
    if (e.answered_by >= 0) o["answered_by"] = e.answered_by;
    if (!e.field.empty()) o["field"] = e.field;
    if (!e.text.empty()) o["text"] = json_text(e.text);
    o["rule"] = json_text(e.rule);
    return o;
}

}  // namespace

int classify_command(std::span<char* const> all_args) {
    constexpr std::string_view value_options[] = {"profile", "zone"};
    bool explain = false;
    std::vector<char*> rest;
    for (char* a : all_args) {
        if (std::string_view(a) == "--explain") explain = true;
        else rest.push_back(a);
    }
    const std::span<char* const> argv(rest);
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
    if (explain && profile != ProfileId::hvac117) {
        error("--explain needs the hvac117 profile");
        return 2;
    }
    const long bad = for_each_session(path, [&](std::size_t, CallSession&& s) {
        if (explain) {
            boost::json::object evidence;
            const Classification c = hvac117_profile::explain(s, zone, [&](const TagEvidence& e) {
                evidence[e.tag.name()].emplace_array().push_back(evidence_json(e));
            });
            boost::json::object out = classification_to_json(c);
            out["evidence"] = std::move(evidence);
            const auto line = boost::json::serialize(out);
            std::fwrite(line.data(), 1, line.size(), stdout);
            std::fputc('\n', stdout);
            return;
        }
        const auto line = boost::json::serialize(classification_to_json(classify_call(profile, s, zone)));
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
    });
    std::fflush(stdout);
    return bad == 0 ? 0 : 1;
}

}  // namespace calllock::cli
