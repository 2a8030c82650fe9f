// The post-call orchestrator (the plan's handle_call_ended, Task 6, wired as in
// Task 8): classify, build the payloads, send the job, then the call record linked
// to the job or lead the jobs webhook created, then the emergency alert after a
// safety exit. Configured from the environment like the plan. Never throws; logs
// one summary line per call. Target calllock::sync.
#pragma once
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "hooks.hpp"
#include "payload.hpp"
#include "sync.hpp"

namespace calllock {

enum class LogLevel : unsigned char { info, warning, error };

using log_fn = std::function<void(LogLevel, std::string_view)>;

// Writes "calllock: <level>: <message>" lines to standard error.
inline void log_to_stderr(LogLevel level, std::string_view message) {
    static constexpr const char* names[] = {"info", "warning", "error"};
    std::fprintf(stderr, "calllock: %s: %.*s\n", names[static_cast<int>(level)], static_cast<int>(message.size()),
                 message.data());
}

struct PostCallConfig {
    std::string webhook_url;     // DASHBOARD_WEBHOOK_URL (the jobs webhook)
    std::string webhook_secret;  // DASHBOARD_WEBHOOK_SECRET
    BusinessConfig business;     // DASHBOARD_USER_EMAIL, CALLLOCK_BUSINESS_TZ
    ClientOptions client;        // DASHBOARD_CALLS_URL, DASHBOARD_ALERTS_URL, DASHBOARD_CA_FILE,
                                 // DASHBOARD_TIMEOUT_SECONDS

    [[nodiscard]] bool configured() const { return !webhook_url.empty() && !webhook_secret.empty(); }

    // The plan's environment variables, plus the optional overrides above.
    [[nodiscard]] static PostCallConfig from_env() {
        auto env = [](const char* name) {
            const char* v = std::getenv(name);
            return std::string(v ? v : "");
        };
        PostCallConfig c;
        c.webhook_url = env("DASHBOARD_WEBHOOK_URL");
        c.webhook_secret = env("DASHBOARD_WEBHOOK_SECRET");
        c.business.user_email = env("DASHBOARD_USER_EMAIL");
        if (auto tz = env("CALLLOCK_BUSINESS_TZ"); !tz.empty()) c.business.time_zone = tz;
        c.client.calls_url = env("DASHBOARD_CALLS_URL");
        c.client.alerts_url = env("DASHBOARD_ALERTS_URL");
        c.client.ca_file = env("DASHBOARD_CA_FILE");
        if (auto t = env("DASHBOARD_TIMEOUT_SECONDS"); !t.empty()) {
            char* end = nullptr;
            const double s = std::strtod(t.c_str(), &end);
            if (end && *end == '\0' && s > 0 && s < 3600)
                c.client.timeout = std::chrono::milliseconds(static_cast<long long>(s * 1000));
        }
        return c;
    }
};

// What happened to one call's post-call phase.
struct PostCallReport {
    std::string call_id;
    bool skipped = false;              // not configured: nothing was sent
    std::string error;                 // a configuration error: nothing was sent
    Classification classification{};
    std::optional<SendResult> job, call, alert;

    // Every payload that had to be sent was accepted.
    [[nodiscard]] bool delivered() const {
        return !skipped && error.empty() && job && job->success && call && call->success &&
               (!alert || alert->success);
    }
    [[nodiscard]] std::string summary() const {
        auto part = [](const char* name, const std::optional<SendResult>& r) {
            if (!r) return std::string(name) + "=-";
            return std::string(name) + "=" + (r->success ? "ok" : "failed") +
                   (r->status ? "(" + std::to_string(r->status) + ")" : std::string()) +
                   (r->success ? std::string() : " [" + r->error + "]");
        };
        std::string s = "post-call " + call_id + ": ";
        if (skipped) return s + "skipped (dashboard webhook not configured)";
        if (!error.empty()) return s + "not sent: " + error;
        return s + part("job", job) + " " + part("call", call) + " " + part("alert", alert) +
               " priority=" + std::string(classification.priority.color_name()) +
               " revenue=" + std::string(classification.revenue.tier_name());
    }
};

// The post-call phase for one session. end_time: when the call ended (seconds
// since the epoch). Never throws.
[[nodiscard]] inline PostCallReport handle_call_ended(const CallSession& session, const PostCallConfig& config,
                                                      double end_time = wall_clock_now(),
                                                      const log_fn& log = log_to_stderr) noexcept {
    PostCallReport report;
    try {
        report.call_id = stable_call_id(session);
        if (!config.configured()) {
            report.skipped = true;
            log(LogLevel::warning, "Dashboard webhook not configured (DASHBOARD_WEBHOOK_URL, "
                                   "DASHBOARD_WEBHOOK_SECRET), skipping post-call sync");
            log(LogLevel::info, report.summary());
            return report;
        }
        auto built = build_payloads(session, end_time, config.business);
        if (!built) {
            report.error = built.error().what();
            log(LogLevel::error, report.summary());
            return report;
        }
        report.classification = built->classification;
        auto client = DashboardClient::create(config.webhook_url, config.webhook_secret, config.client);
        if (!client) {
            report.error = client.error().what();
            log(LogLevel::error, report.summary());
            return report;
        }
        auto& dashboard = *client;
        for (const auto& note : built->notes) log(LogLevel::warning, note.field + ": " + note.message);

        // 1. The job or lead.
        report.job = dashboard.send_job(boost::json::value_from(built->job));
        // 2. The call record, linked to what the jobs webhook created.
        JobsResponse jobs;
        if (report.job->success) jobs = parse_jobs_response(boost::json::serialize(report.job->response));
        auto call = build_call_payload(session, end_time, config.business, jobs);
        report.call = call ? dashboard.send_call(boost::json::value_from(*call))
                           : SendResult{false, 0, {}, call.error().what()};
        // 3. The emergency alert, only after a safety exit.
        if (built->alert) report.alert = dashboard.send_emergency_alert(boost::json::value_from(*built->alert));
        log(report.delivered() ? LogLevel::info : LogLevel::error, report.summary());
    } catch (const std::exception& e) {
        report.error = std::string("internal error: ") + e.what();
        try {
            log(LogLevel::error, report.summary());
        } catch (...) {
        }
    } catch (...) {
        report.error = "internal error";
    }
    return report;
}

// The same, configured from the environment (the plan's handle_call_ended(session)).
[[nodiscard]] inline PostCallReport handle_call_ended(const CallSession& session) noexcept {
    try {
        return handle_call_ended(session, PostCallConfig::from_env());
    } catch (...) {
        PostCallReport r;
        r.error = "internal error";
        return r;
    }
}

}  // namespace calllock
