// calllock-postcall send [--profile P] [--end-time SECONDS] [FILE|-]
// Runs the post-call orchestrator for each session with the environment's
// configuration (DASHBOARD_WEBHOOK_URL, DASHBOARD_WEBHOOK_SECRET,
// DASHBOARD_USER_EMAIL, ...) and prints one JSON result line per call.
#include <calllock/hooks.hpp>
#include <calllock/json.hpp>
#include <calllock/dashboard/payload.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <cstdio>

#include "cli.hpp"

namespace calllock::cli {

namespace {
boost::json::value result_json(const std::optional<SendResult>& r) {
    if (!r) return nullptr;
    boost::json::object o{{"success", r->success}, {"status", r->status}};
    if (!r->success) o["error"] = json_text(r->error);
    if (!r->response.is_null()) o["response"] = r->response;
    return o;
}
}  // namespace

Command add_send(CLI::App& parent) {
    struct options {
        ProfileId profile = default_profile;
        std::optional<double> end_time;
        std::string path;
    };
    auto o = std::make_shared<options>();
    CLI::App* app = parent.add_subcommand(
        "send", "classify each call and post it to the dashboard, through the outbox; one JSON result line per call");
    app->footer(
        "Environment: DASHBOARD_WEBHOOK_URL, DASHBOARD_WEBHOOK_SECRET, DASHBOARD_USER_EMAIL and the other DASHBOARD_*\n"
        "settings (docs/embedding.md); CALLLOCK_OUTBOX_DIR (default ~/.local/state/calllock/outbox, \"off\" for none)\n"
        "or CALLLOCK_OUTBOX_URL (postgresql://..., a PostgreSQL outbox that `deliver` workers drain).");
    add_profile_option(*app, o->profile);
    add_end_time_option(*app, o->end_time);
    add_file_argument(*app, o->path);
    return {app, [o] {
        disable_core_dumps();
        PostCallConfig config = PostCallConfig::from_env();
        config.business.profile = o->profile;
        if (auto err = attach_pg_outbox(config)) {  // CALLLOCK_OUTBOX_URL: enqueue for the delivery workers
            error(err->what());
            return 2;
        }
        if (auto err = config.check()) {  // before any session is read
            error(err->what());
            return 2;
        }
        if (!config.configured())
            error("warning: DASHBOARD_WEBHOOK_URL / DASHBOARD_WEBHOOK_SECRET not set: nothing will be sent");
        int failed = 0;
        const long bad = for_each_session(o->path, [&](std::size_t, CallSession&& s) {
            const double end = o->end_time ? *o->end_time : call_end_time(s, wall_clock_now());
            const PostCallReport r = handle_call_ended(s, config, end, [](LogLevel level, std::string_view m) {
                if (level != LogLevel::info) log_to_stderr(level, m);
            });
            if (!r.delivered() && !r.queued) ++failed;
            boost::json::object line{{"call_id", r.call_id},
                                     {"delivered", r.delivered()},
                                     {"queued", r.queued},
                                     {"skipped", r.skipped},
                                     {"job", result_json(r.job)},
                                     {"call", result_json(r.call)},
                                     {"alert", result_json(r.alert)}};
            if (!r.error.empty()) line["error"] = json_text(r.error);
            if (!r.kept_in.empty()) line["kept_in"] = json_text(r.kept_in);
            if (!r.dead_in.empty()) line["dead_in"] = json_text(r.dead_in);
            if (!r.skipped && r.error.empty()) line["result"] = boost::json::value_from(r.classification);
            print_line(line);
        });
        return bad == 0 && failed == 0 ? 0 : 1;
    }};
}

}  // namespace calllock::cli
