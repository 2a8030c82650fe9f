// calllock-postcall send [--profile P] [--end-time SECONDS] [FILE|-]
// Runs the post-call orchestrator for each session with the environment's
// configuration (DASHBOARD_WEBHOOK_URL, DASHBOARD_WEBHOOK_SECRET,
// DASHBOARD_USER_EMAIL, ...) and prints one JSON result line per call.
#include <calllock/json.hpp>
#include <calllock/post_call.hpp>

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

int send_command(std::span<char* const> argv) {
    constexpr std::string_view value_options[] = {"profile", "end-time"};
    Args args;
    if (!parse_args(argv, value_options, args) || args.positional.size() > 1) {
        if (args.positional.size() > 1) error("send takes at most one FILE");
        return 2;
    }
    disable_core_dumps();
    PostCallConfig config = PostCallConfig::from_env();
    if (const auto* p = args.get("profile")) {
        auto id = parse_profile(*p);
        if (!id) {
            error("unknown profile '" + *p + "'");
            return 2;
        }
        config.business.profile = *id;
    }
    std::optional<double> end_time;
    if (const auto* e = args.get("end-time")) {
        char* end = nullptr;
        end_time = std::strtod(e->c_str(), &end);
        if (!end || *end != '\0') {
            error("--end-time must be a number of seconds since the epoch");
            return 2;
        }
    }
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
    const std::string path = args.positional.empty() ? "-" : args.positional.front();
    const long bad = for_each_session(path, [&](std::size_t, CallSession&& s) {
        // Without --end-time: the time of the last transcript entry, else now.
        double t = end_time.value_or(0);
        if (!end_time) t = s.transcript_log.empty() ? wall_clock_now() : s.transcript_log.back().timestamp;
        const PostCallReport r = handle_call_ended(s, config, t, [](LogLevel level, std::string_view m) {
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
        if (!r.skipped && r.error.empty()) line["result"] = classification_to_json(r.classification);
        const auto out = boost::json::serialize(line);
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    });
    return bad == 0 && failed == 0 ? 0 : 1;
}

}  // namespace calllock::cli
