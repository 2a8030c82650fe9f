// The post-call orchestrator (the plan's handle_call_ended, Task 6, wired as in
// Task 8): classify, build the payloads, send the job, then the call record linked
// to the job or lead the jobs webhook created, then the emergency alert after a
// safety exit. Configured from the environment like the plan. Never throws; logs
// one summary line per call. Target calllock::sync.
//
// With an outbox (PostCallConfig::outbox_dir, CALLLOCK_OUTBOX_DIR; on by default from
// the environment), the payloads are on disk before anything is sent, failures are
// retried within the call's budget, and what is still undelivered stays in the
// outbox for `calllock-postcall replay` (see outbox.hpp and docs/reliability.md).
#pragma once
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "hooks.hpp"
#include "log.hpp"
#include "outbox.hpp"
#include "payload.hpp"
#include "sync.hpp"

namespace calllock {

struct PostCallConfig {
    std::string webhook_url;     // DASHBOARD_WEBHOOK_URL (the jobs webhook)
    std::string webhook_secret;  // DASHBOARD_WEBHOOK_SECRET
    BusinessConfig business;     // DASHBOARD_USER_EMAIL, CALLLOCK_BUSINESS_TZ
    ClientOptions client;        // DASHBOARD_CALLS_URL, DASHBOARD_ALERTS_URL, DASHBOARD_CA_FILE,
                                 // DASHBOARD_TIMEOUT_SECONDS
    std::string outbox_dir;      // CALLLOCK_OUTBOX_DIR; "" = no outbox
    bool outbox_off = false;     // CALLLOCK_OUTBOX_DIR=off: deliberately no outbox (one attempt
                                 // per payload, nothing kept); only then may outbox_dir be ""
    RetryPolicy retry;           // CALLLOCK_RETRY_BUDGET_SECONDS, CALLLOCK_RETRY_BACKOFF_MS

    [[nodiscard]] bool configured() const { return !webhook_url.empty() && !webhook_secret.empty(); }

    // The whole configuration checked as the first call would use it: the webhook
    // URLs, the secret, the trust store, the business settings and the outbox (created
    // when missing). An agent calls it at start, before it accepts a call: a wrong
    // setting is then an error at start, not a lost call. Not configured (no URL and
    // no secret) is not an error here: the post-call phase is skipped, as the plan says.
    [[nodiscard]] std::optional<ConfigError> check() const {
        // Half configured is a mistake, not "off": every call would be skipped.
        if (webhook_url.empty() != webhook_secret.empty())
            return ConfigError{webhook_url.empty() ? "webhook_url" : "webhook_secret",
                               webhook_url.empty() ? "DASHBOARD_WEBHOOK_SECRET is set but DASHBOARD_WEBHOOK_URL is not"
                                                   : "DASHBOARD_WEBHOOK_URL is set but DASHBOARD_WEBHOOK_SECRET is not"};
        if (!configured()) return std::nullopt;
        if (auto c = DashboardClient::create(webhook_url, webhook_secret, client); !c)
            return c.error();
        if (auto biz = check_config(business); !biz) return biz.error();
        if (outbox_dir.empty() && !outbox_off)
            return ConfigError{"outbox_dir", "no outbox directory: CALLLOCK_OUTBOX_DIR is not set and neither is "
                                             "XDG_STATE_HOME nor HOME (an absolute path); set CALLLOCK_OUTBOX_DIR=DIR, "
                                             "or CALLLOCK_OUTBOX_DIR=off to deliver without one"};
        if (!outbox_dir.empty())
            if (auto box = Outbox::open(outbox_dir); !box) return box.error();
        return std::nullopt;
    }

    // The outbox when CALLLOCK_OUTBOX_DIR is not set: $XDG_STATE_HOME/calllock/outbox,
    // else $HOME/.local/state/calllock/outbox (the XDG base-directory rule for state
    // that survives restarts); "" when neither variable is usable.
    [[nodiscard]] static std::string default_outbox_dir() {
        const char* xdg = std::getenv("XDG_STATE_HOME");
        if (xdg && xdg[0] == '/') return std::string(xdg) + "/calllock/outbox";
        const char* home = std::getenv("HOME");
        if (home && home[0] == '/') return std::string(home) + "/.local/state/calllock/outbox";
        return {};
    }

    // The plan's environment variables, plus the optional overrides above.
    [[nodiscard]] static PostCallConfig from_env() {
        auto env = [](const char* name) {
            const char* v = std::getenv(name);
            return std::string(v ? v : "");
        };
        auto positive_number = [&](const char* name, double max, double& out) {
            const auto t = env(name);
            char* end = nullptr;
            const double v = t.empty() ? 0 : std::strtod(t.c_str(), &end);
            if (t.empty() || !end || *end != '\0' || !(v > 0) || v > max) return false;
            out = v;
            return true;
        };
        PostCallConfig c;
        c.webhook_url = env("DASHBOARD_WEBHOOK_URL");
        c.webhook_secret = env("DASHBOARD_WEBHOOK_SECRET");
        c.business.user_email = env("DASHBOARD_USER_EMAIL");
        if (auto tz = env("CALLLOCK_BUSINESS_TZ"); !tz.empty()) c.business.time_zone = tz;
        c.client.calls_url = env("DASHBOARD_CALLS_URL");
        c.client.alerts_url = env("DASHBOARD_ALERTS_URL");
        c.client.ca_file = env("DASHBOARD_CA_FILE");
        double v = 0;
        if (positive_number("DASHBOARD_TIMEOUT_SECONDS", 3600, v))
            c.client.timeout = std::chrono::milliseconds(static_cast<long long>(v * 1000));
        // The outbox: on unless CALLLOCK_OUTBOX_DIR is "off". When no directory can be
        // found, outbox_dir stays "" with outbox_off false: check() reports it.
        const auto dir = env("CALLLOCK_OUTBOX_DIR");
        c.outbox_off = dir == "off";
        c.outbox_dir = c.outbox_off ? std::string() : dir.empty() ? default_outbox_dir() : dir;
        if (positive_number("CALLLOCK_RETRY_BUDGET_SECONDS", 86400, v))
            c.retry.budget = std::chrono::milliseconds(static_cast<long long>(v * 1000));
        if (positive_number("CALLLOCK_RETRY_BACKOFF_MS", 3600000, v))
            c.retry.initial_backoff = std::chrono::milliseconds(static_cast<long long>(v));
        return c;
    }
};

// What happened to one call's post-call phase.
struct PostCallReport {
    std::string call_id;
    bool skipped = false;              // not configured: nothing was sent
    std::string error;                 // a configuration error: nothing was sent
    Classification classification{};
    std::optional<SendResult> job, call, alert;  // the last answer to each (nullopt: not attempted)
    std::string kept_in;               // the outbox entry holding what is not delivered yet
    std::string dead_in;               // the dead-letter entry holding what the dashboard rejected
    bool outbox_used = false;
    std::string no_outbox_reason;      // why nothing was kept, when the outbox was not used

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
        if (!error.empty()) {
            s += "not sent: " + error;
            if (!kept_in.empty()) s += "; kept in " + kept_in + " (calllock-postcall replay delivers it once the "
                                       "configuration is fixed)";
            else if (!no_outbox_reason.empty()) s += "; not kept: " + no_outbox_reason;
            return s;
        }
        s += part("job", job) + " " + part("call", call) + " " + part("alert", alert) +
             " priority=" + std::string(classification.priority.color_name()) +
             " revenue=" + std::string(classification.revenue.tier_name());
        if (!kept_in.empty()) s += " kept in " + kept_in + " (calllock-postcall replay delivers it)";
        if (!dead_in.empty()) s += " rejected payloads in " + dead_in;
        if (!delivered() && !outbox_used)
            s += " not kept: " + (no_outbox_reason.empty() ? std::string("no outbox") : no_outbox_reason) +
                 ", undelivered payloads are lost";
        return s;
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

        // Persist first, before the dashboard configuration is even looked at: the three
        // payloads as the bytes that will be sent (the call record without its link,
        // which the outbox adds when the job is delivered). A call that ends while the
        // URL or the trust store is wrong is then kept, and `replay` delivers it once
        // the configuration is fixed.
        std::optional<Outbox> box;
        std::optional<OutboxClaim> claim;
        if (config.outbox_dir.empty()) {
            report.no_outbox_reason = config.outbox_off ? "no outbox (CALLLOCK_OUTBOX_DIR=off)"
                                                        : "no outbox directory configured (CALLLOCK_OUTBOX_DIR; "
                                                          "PostCallConfig::check() reports it at start)";
        } else if (auto opened = Outbox::open(config.outbox_dir); !opened) {
            report.no_outbox_reason = opened.error().what();
        } else {
            box.emplace(std::move(*opened));
            std::vector<std::pair<PayloadKind, std::string>> bodies;
            bodies.emplace_back(PayloadKind::job, boost::json::serialize(boost::json::value_from(built->job)));
            bodies.emplace_back(PayloadKind::call, boost::json::serialize(boost::json::value_from(built->call)));
            if (built->alert)
                bodies.emplace_back(PayloadKind::alert, boost::json::serialize(boost::json::value_from(*built->alert)));
            if (auto spooled = box->spool(report.call_id, bodies)) claim.emplace(std::move(*spooled));
            else report.no_outbox_reason = spooled.error().what();
        }
        if (!claim && !report.no_outbox_reason.empty())
            log(config.outbox_off ? LogLevel::info : LogLevel::error,
                report.no_outbox_reason +
                    (config.outbox_off ? "" : "; sending without the outbox (nothing of this call is kept)"));

        auto client = DashboardClient::create(config.webhook_url, config.webhook_secret, config.client);
        if (!client) {
            report.error = client.error().what();
            if (claim) report.kept_in = (box->pending_dir() / claim->key()).string();
            log(LogLevel::error, report.summary());
            return report;  // the claim's lock is released: replay may take the call
        }
        auto& dashboard = *client;
        for (const auto& note : built->notes) log(LogLevel::warning, note.field + ": " + note.message);

        if (claim) {
            report.outbox_used = true;
            const DeliveryReport d = box->deliver(*claim, dashboard, config.retry, log);
            auto take = [&](PayloadKind k, std::optional<SendResult>& out) {
                if (const auto* p = d.find(k)) out = p->last;
            };
            take(PayloadKind::job, report.job);
            take(PayloadKind::call, report.call);
            take(PayloadKind::alert, report.alert);
            if (!d.io_error.empty()) log(LogLevel::error, "outbox: " + d.io_error);
            report.kept_in = d.kept_in;
            report.dead_in = d.dead_in;
            log(report.delivered() ? LogLevel::info : LogLevel::error, report.summary());
            return report;
        }

        // Without an outbox (the plan): one attempt for each payload.
        // 1. The job or lead.
        report.job = dashboard.send_job(boost::json::value_from(built->job));
        // 2. The call record, linked to what the jobs webhook created.
        JobsResponse jobs;
        if (report.job->success) jobs = parse_jobs_response(boost::json::serialize(report.job->response));
        auto call = build_call_payload(session, end_time, config.business, jobs);
        report.call = call ? dashboard.send_call(boost::json::value_from(*call))
                           : SendResult{false, 0, {}, call.error().what(), {}};
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
