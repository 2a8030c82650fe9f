// The definitions of post_call.hpp: the orchestrator with the outbox and the
// payload builders. Included at the end of post_call.hpp (header-only) or by src.hpp
// after post_call.hpp (separate compilation), never alone.
#pragma once
#include <cstdlib>

#include "../outbox.hpp"
#include "../payload.hpp"
#include "../sync.hpp"

namespace calllock {

CALLLOCK_DECL std::optional<ConfigError> PostCallConfig::check() const {
    // Half configured is a mistake, not "off": every call would be skipped.
    if (webhook_url.empty() != webhook_secret.empty())
        return ConfigError{webhook_url.empty() ? "webhook_url" : "webhook_secret",
                           webhook_url.empty() ? "DASHBOARD_WEBHOOK_SECRET is set but DASHBOARD_WEBHOOK_URL is not"
                                               : "DASHBOARD_WEBHOOK_URL is set but DASHBOARD_WEBHOOK_SECRET is not"};
    if (!configured()) return std::nullopt;
    if (auto c = DashboardClient::create(webhook_url, webhook_secret, client); !c)
        return c.error();
    if (auto biz = check_config(business); !biz) return biz.error();
    if (!outbox_url.empty() && !enqueue)
        return ConfigError{"outbox_url", "CALLLOCK_OUTBOX_URL is set, but this program does not attach the "
                                         "PostgreSQL outbox (calllock::pg::use_outbox, target calllock::pg)"};
    // The file outbox keeps a call until it is delivered; beside a PostgreSQL outbox it keeps a
    // call that could not be enqueued (without it, that call would be sent once and lost).
    if (outbox_dir.empty() && !outbox_off)
        return ConfigError{"outbox_dir",
                           std::string(outbox_url.empty() ? "no outbox directory"
                                                          : "no file outbox to keep a call the PostgreSQL outbox "
                                                            "cannot take") +
                               ": CALLLOCK_OUTBOX_DIR is not set and neither is XDG_STATE_HOME nor HOME (an "
                               "absolute path); set CALLLOCK_OUTBOX_DIR=DIR, or CALLLOCK_OUTBOX_DIR=off to deliver "
                               "without one"};
    if (!outbox_dir.empty())
        if (auto box = Outbox::open(outbox_dir); !box) return box.error();
    return std::nullopt;
}

CALLLOCK_DECL std::string PostCallConfig::default_outbox_dir() {
    const char* xdg = std::getenv("XDG_STATE_HOME");
    if (xdg && xdg[0] == '/') return std::string(xdg) + "/calllock/outbox";
    const char* home = std::getenv("HOME");
    if (home && home[0] == '/') return std::string(home) + "/.local/state/calllock/outbox";
    return {};
}

CALLLOCK_DECL PostCallConfig PostCallConfig::from_env() {
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
    c.outbox_url = env("CALLLOCK_OUTBOX_URL");
    if (positive_number("CALLLOCK_RETRY_BUDGET_SECONDS", 86400, v))
        c.retry.budget = std::chrono::milliseconds(static_cast<long long>(v * 1000));
    if (positive_number("CALLLOCK_RETRY_BACKOFF_MS", 3600000, v))
        c.retry.initial_backoff = std::chrono::milliseconds(static_cast<long long>(v));
    return c;
}

CALLLOCK_DECL PostCallReport handle_call_ended(const CallSession& session, const PostCallConfig& config,
                                              double end_time, const log_fn& log) noexcept {
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
        for (const auto& note : built->notes) log(LogLevel::warning, note.field + ": " + note.message);

        // A PostgreSQL outbox: enqueue, and leave the delivery to the workers.
        if (!config.outbox_url.empty() && !config.enqueue)
            log(LogLevel::error, "CALLLOCK_OUTBOX_URL is set, but the PostgreSQL outbox is not attached "
                                 "(calllock::pg::use_outbox): this call goes through the file outbox");
        if (config.enqueue) {
            QueuedCall q{report.call_id, boost::json::serialize(boost::json::value_from(built->job)),
                         boost::json::serialize(boost::json::value_from(built->call)),
                         built->alert ? boost::json::serialize(boost::json::value_from(*built->alert)) : std::string(),
                         config.retry.budget};
            if (auto stored = config.enqueue(q)) {
                report.queued = true;
                report.kept_in = "the PostgreSQL outbox";
                log(LogLevel::info, report.summary());
                return report;
            } else {
                log(LogLevel::error, "outbox: cannot enqueue " + report.call_id + " in PostgreSQL: " + stored.error().what() +
                                         (config.outbox_dir.empty() ? "" : "; keeping it in the file outbox"));
            }
        }

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
            std::vector<std::pair<Webhook, std::string>> bodies;
            bodies.emplace_back(Webhook::jobs, boost::json::serialize(boost::json::value_from(built->job)));
            bodies.emplace_back(Webhook::calls, boost::json::serialize(boost::json::value_from(built->call)));
            if (built->alert)
                bodies.emplace_back(Webhook::emergency_alerts, boost::json::serialize(boost::json::value_from(*built->alert)));
            if (auto spooled = box->spool(report.call_id, bodies)) {
                if (!spooled->durability_warning().empty())
                    log(LogLevel::error, "outbox: " + spooled->durability_warning());
                claim.emplace(std::move(*spooled));
            } else {
                report.no_outbox_reason = spooled.error().what();
            }
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

        if (claim) {
            report.outbox_used = true;
            const DeliveryReport d = box->deliver(*claim, dashboard, config.retry, log);
            auto take = [&](Webhook k, std::optional<SendResult>& out) {
                if (const auto* p = d.find(k)) out = p->last;
            };
            take(Webhook::jobs, report.job);
            take(Webhook::calls, report.call);
            take(Webhook::emergency_alerts, report.alert);
            if (!d.io_error.empty()) log(LogLevel::error, "outbox: " + d.io_error);
            report.kept_in = d.kept_in;
            report.dead_in = d.dead_in;
            log(report.delivered() ? LogLevel::info : LogLevel::error, report.summary());
            return report;
        }

        // Without an outbox: one attempt for each payload, nothing kept.
        // 1. The job or lead.
        report.job = dashboard.send_job(boost::json::value_from(built->job));
        // 2. The call record, linked to what the jobs webhook created.
        JobsResponse jobs;
        if (report.job->success) jobs = parse_jobs_response(boost::json::serialize(report.job->response));
        auto call = build_call_payload(session, built->classification, end_time, config.business, jobs);
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

CALLLOCK_DECL PostCallReport handle_call_ended(const CallSession& session) noexcept {
    try {
        return handle_call_ended(session, PostCallConfig::from_env());
    } catch (...) {
        PostCallReport r;
        r.error = "internal error";
        return r;
    }
}

}  // namespace calllock
