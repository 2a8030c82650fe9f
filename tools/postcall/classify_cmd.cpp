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

Command add_classify(CLI::App& parent) {
    struct options {
        ProfileId profile = default_profile;
        std::string zone{default_business_time_zone};
        bool explain = false;
        std::string path;
    };
    auto o = std::make_shared<options>();
    CLI::App* app = parent.add_subcommand("classify", "tags, priority and revenue tier: one JSON line per session");
    add_profile_option(*app, o->profile);
    app->add_option("--zone", o->zone, "the business time zone of the time tags: an IANA name or a POSIX TZ rule")
        ->capture_default_str()
        ->type_name("TZ");
    app->add_flag("--explain", o->explain,
                  "add \"evidence\": for every tag, the turn, the words and the rule (hvac117)");
    add_file_argument(*app, o->path);
    return {app, [o] {
        const auto zone = find_time_zone(o->zone);
        if (!zone) {
            error("unknown time zone '" + o->zone + "'");
            return 2;
        }
        if (o->explain && o->profile != ProfileId::hvac117) {
            error("--explain needs the hvac117 profile");
            return 2;
        }
        const long bad = for_each_session(o->path, [&](std::size_t, CallSession&& s) {
            if (!o->explain) {
                print_line(boost::json::value_from(classify_call(o->profile, s, *zone)));
                return;
            }
            boost::json::object evidence;
            const Classification c = hvac117_profile::explain(s, *zone, [&](const TagEvidence& e) {
                evidence[e.tag.name()].emplace_array().push_back(evidence_json(e));
            });
            boost::json::object out = boost::json::value_from(c).as_object();
            out["evidence"] = std::move(evidence);
            print_line(out);
        });
        return bad == 0 ? 0 : 1;
    }};
}

}  // namespace calllock::cli
