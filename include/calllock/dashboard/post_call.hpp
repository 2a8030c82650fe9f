// The post-call orchestrator, handle_call_ended (what the reference agent's Python
// runs when a call ends): classify, build the payloads, send the job, then the call
// record linked to the job or lead the jobs webhook created, then the emergency alert
// after a safety exit. Configured from the DASHBOARD_* environment. Never throws; logs
// one summary line per call. Target calllock::sync.
//
// With an outbox (PostCallConfig::outbox_dir, CALLLOCK_OUTBOX_DIR; on by default from
// the environment), the payloads are on disk before anything is sent, failures are
// retried within the call's budget, and what is still undelivered stays in the
// outbox for `calllock-postcall replay` (see outbox.hpp and docs/reliability.md).
//
// This header declares; impl/post_call.ipp defines (with the outbox and the payload
// builders): included here, or compiled once with <calllock/src.hpp> under
// CALLLOCK_SEPARATE_COMPILATION (detail/config.hpp).
#pragma once
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "config_error.hpp"
#include "../detail/config.hpp"
#include "../hooks.hpp"
#include "log.hpp"
#include "../result.hpp"
#include "../session.hpp"
#include "settings.hpp"
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
    std::string outbox_url;      // CALLLOCK_OUTBOX_URL: a PostgreSQL outbox (postgresql://...) that
                                 // delivery workers drain; needs enqueue (pg::use_outbox)
    enqueue_fn enqueue;          // set by pg::use_outbox(config): the call is enqueued there and
                                 // delivered by the workers, not by this process

    [[nodiscard]] bool configured() const { return !webhook_url.empty() && !webhook_secret.empty(); }

    // The whole configuration checked as the first call would use it: the webhook
    // URLs, the secret, the trust store, the business settings and the outbox (created
    // when missing). An agent calls it at start, before it accepts a call: a wrong
    // setting is then an error at start, not a lost call. Not configured (no URL and
    // no secret) is not an error here: the post-call phase is skipped (an agent without a dashboard).
    [[nodiscard]] CALLLOCK_DECL std::optional<ConfigError> check() const;

    // The outbox when CALLLOCK_OUTBOX_DIR is not set: $XDG_STATE_HOME/calllock/outbox,
    // else $HOME/.local/state/calllock/outbox (the XDG base-directory rule for state
    // that survives restarts); "" when neither variable is usable.
    [[nodiscard]] CALLLOCK_DECL static std::string default_outbox_dir();

    // The plan's environment variables, plus the optional overrides above.
    [[nodiscard]] CALLLOCK_DECL static PostCallConfig from_env();
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
    bool queued = false;               // enqueued in the PostgreSQL outbox for the delivery workers
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
        if (queued)
            return s + "queued in " + kept_in + " for the delivery workers priority=" +
                   std::string(classification.priority.color_name()) +
                   " revenue=" + std::string(classification.revenue.tier_name());
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
[[nodiscard]] CALLLOCK_DECL PostCallReport handle_call_ended(const CallSession& session, const PostCallConfig& config,
                                                             double end_time = wall_clock_now(),
                                                             const log_fn& log = log_to_stderr) noexcept;

// The same, configured from the environment (PostCallConfig::from_env).
[[nodiscard]] CALLLOCK_DECL PostCallReport handle_call_ended(const CallSession& session) noexcept;

}  // namespace calllock

#if defined(CALLLOCK_HEADER_ONLY)
#include "impl/post_call.ipp"
#endif
