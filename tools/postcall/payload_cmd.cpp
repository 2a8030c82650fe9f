// calllock-postcall payload [--profile P] [--end-time SECONDS] [--user-email E]
//                           [--business-tz TZ] [FILE|-]
//
// For each session: its classification and the three dashboard payloads, one
// compact JSON line {"tags","priority","revenue","job","call","alert"|null}. Nothing
// is sent. The configuration is checked before any input is read: a missing or
// invalid email or an unknown time zone is reported and exits 2. Bad input lines
// are reported as by `classify` (exit 1); what a builder left out or changed (an
// unparseable booked time, say) is reported on stderr as a note (exit code kept).
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <calllock/payload.hpp>

#include "cli.hpp"

namespace calllock::cli {

namespace {

// The end of the call when --end-time is not given: the latest transcript
// timestamp at or after the start (timestamps are on the start time's clock, as the
// plan's agent records them), else the start time itself (duration 0). With no
// usable start time: the latest usable timestamp, else the current time.
double default_end_time(const CallSession& s) {
    auto usable = [](double t) { return std::isfinite(t) && t > 0 && t < 253402214400.0; };
    const bool start_known = usable(s.start_time);
    double end = start_known ? s.start_time : -1.0;
    for (const auto& e : s.transcript_log)
        if (usable(e.timestamp) && e.timestamp > end) end = e.timestamp;
    if (end > 0) return end;
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool parse_seconds(const std::string& text, double& out) {
    const char* b = text.data();
    const char* e = b + text.size();
    const auto [p, ec] = std::from_chars(b, e, out);
    return ec == std::errc{} && p == e && std::isfinite(out);
}

}  // namespace

int payload_command(std::span<char* const> argv) {
    constexpr std::string_view value_options[] = {"profile", "end-time", "user-email", "business-tz"};
    Args args;
    if (!parse_args(argv, value_options, args) || args.positional.size() > 1) {
        if (args.positional.size() > 1) error("payload takes at most one FILE");
        return 2;
    }
    BusinessConfig config;
    if (const auto* p = args.get("profile")) {
        auto id = parse_profile(*p);
        if (!id) {
            error("unknown profile '" + *p + "'");
            return 2;
        }
        config.profile = *id;
    }
    std::optional<double> end_time;
    if (const auto* t = args.get("end-time")) {
        double v = 0;
        if (!parse_seconds(*t, v)) {
            error("--end-time: '" + *t + "' is not a number of seconds since the epoch");
            return 2;
        }
        end_time = v;
    }
    if (const auto* e = args.get("user-email")) config.user_email = *e;
    else if (const char* env = std::getenv("DASHBOARD_USER_EMAIL")) config.user_email = env;
    if (const auto* tz = args.get("business-tz")) config.time_zone = *tz;
    if (auto checked = check_config(config); !checked) {
        error(checked.error().what() + " (options --user-email, --business-tz)");
        return 2;
    }

    const std::string path = args.positional.empty() ? "-" : args.positional.front();
    const long bad = for_each_session(path, [&](std::size_t line, CallSession&& s) {
        auto built = build_payloads(s, end_time ? *end_time : default_end_time(s), config);
        if (!built) {  // cannot happen after check_config; reported all the same
            error(built.error().what());
            return;
        }
        for (const auto& n : built->notes)
            error("input line " + std::to_string(line) + ": note: " + n.field + ": " + n.message);
        boost::json::object out = classification_to_json(built->classification);
        out["job"] = boost::json::value_from(built->job);
        out["call"] = boost::json::value_from(built->call);
        out["alert"] = built->alert ? boost::json::value_from(*built->alert) : boost::json::value(nullptr);
        const auto text = boost::json::serialize(out);
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fputc('\n', stdout);
    });
    std::fflush(stdout);
    return bad == 0 ? 0 : 1;
}

}  // namespace calllock::cli
