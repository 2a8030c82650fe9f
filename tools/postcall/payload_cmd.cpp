// calllock-postcall payload [--profile P] [--end-time SECONDS] [--user-email E]
//                           [--business-tz TZ] [FILE|-]
//
// For each session: its classification and the three dashboard payloads, one
// compact JSON line {"tags","priority","revenue","job","call","alert"|null}. Nothing
// is sent. The configuration is checked before any input is read: a missing or
// invalid email or an unknown time zone is reported and exits 2. Bad input lines
// are reported as by `classify` (exit 1); what a builder left out or changed (an
// unparseable booked time, say) is reported on stderr as a note (exit code kept).
#include <calllock/hooks.hpp>
#include <calllock/dashboard/payload.hpp>

#include "cli.hpp"

namespace calllock::cli {

Command add_payload(CLI::App& parent) {
    struct options {
        BusinessConfig config;
        std::optional<double> end_time;
        std::string path;
    };
    auto o = std::make_shared<options>();
    CLI::App* app = parent.add_subcommand(
        "payload", "the classification and the dashboard's job, call and alert payloads, one JSON line per session; "
                   "nothing is sent");
    add_profile_option(*app, o->config.profile);
    add_end_time_option(*app, o->end_time);
    app->add_option("--user-email", o->config.user_email, "the business's dashboard account")
        ->envname("DASHBOARD_USER_EMAIL");
    app->add_option("--business-tz", o->config.time_zone, "the business time zone (default America/Chicago)")
        ->type_name("TZ");
    add_file_argument(*app, o->path);
    return {app, [o] {
        const BusinessConfig& config = o->config;
        if (auto checked = check_config(config); !checked) {
            error(checked.error().what() + " (options --user-email, --business-tz)");
            return 2;
        }
        const long bad = for_each_session(o->path, [&](std::size_t line, CallSession&& s) {
            auto built = build_payloads(s, o->end_time ? *o->end_time : call_end_time(s, wall_clock_now()), config);
            if (!built) {  // cannot happen after check_config; reported all the same
                error(built.error().what());
                return;
            }
            for (const auto& n : built->notes)
                error("input line " + std::to_string(line) + ": note: " + n.field + ": " + n.message);
            boost::json::object out = boost::json::value_from(built->classification).as_object();
            out["job"] = boost::json::value_from(built->job);
            out["call"] = boost::json::value_from(built->call);
            out["alert"] = built->alert ? boost::json::value_from(*built->alert) : boost::json::value(nullptr);
            print_line(out);
        });
        return bad == 0 ? 0 : 1;
    }};
}

}  // namespace calllock::cli
