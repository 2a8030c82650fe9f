// calllock-postcall replay [--outbox DIR]
// Delivers what the outbox holds, oldest call first (job, call record, alert), with
// the environment's dashboard configuration (DASHBOARD_WEBHOOK_URL,
// DASHBOARD_WEBHOOK_SECRET, ...; the outbox stores no secret and no URL). Safe while
// agents write to the same outbox. A progress line on stderr every second on long
// runs; one JSON summary line on stdout. Exit 0 when nothing is left pending.
#include <calllock/dashboard/outbox.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <chrono>
#include <cstdio>

#include "cli.hpp"

namespace calllock::cli {

std::optional<PostCallConfig> delivering_config(std::string_view name) {
    disable_core_dumps();
    PostCallConfig config = PostCallConfig::from_env();
    if (!config.configured()) {
        error("DASHBOARD_WEBHOOK_URL and DASHBOARD_WEBHOOK_SECRET must be set to " + std::string(name));
        return std::nullopt;
    }
    return config;
}

std::optional<DashboardClient> dashboard_client(const PostCallConfig& config) {
    auto client = DashboardClient::create(config.webhook_url, config.webhook_secret, config.client);
    if (!client) {
        error(client.error().what());
        return std::nullopt;
    }
    return std::move(*client);
}

Command add_replay(CLI::App& parent) {
    auto outbox = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand(
        "replay", "deliver what the outbox holds, oldest call first, with the DASHBOARD_* environment; one JSON "
                  "summary line");
    app->add_option("--outbox", *outbox,
                    "the outbox: a directory, or a postgresql:// URL (default CALLLOCK_OUTBOX_URL, else "
                    "CALLLOCK_OUTBOX_DIR, else ~/.local/state/calllock/outbox)")
        ->type_name("DIR|URL");
    return {app, [outbox] {
        const auto configured = delivering_config("replay");
        if (!configured) return 2;
        const PostCallConfig& config = *configured;
        const std::string dir = !outbox->empty()            ? *outbox
                                : !config.outbox_url.empty() ? config.outbox_url
                                                             : config.outbox_dir;
        if (dir.empty()) {
            error("no outbox: give --outbox DIR or set CALLLOCK_OUTBOX_DIR (or HOME)");
            return 2;
        }
        if (dir.starts_with("postgresql://") || dir.starts_with("postgres://")) return pg_replay(dir, config);
        auto box = Outbox::open(dir);
        if (!box) {
            error(box.error().what());
            return 2;
        }
        auto client = dashboard_client(config);
        if (!client) return 2;
        const auto start = std::chrono::steady_clock::now();
        auto last = start;
        const auto report = box->replay(*client, config.retry, [&](const ReplayReport& r) {
            const auto now = std::chrono::steady_clock::now();
            if (now - last < std::chrono::seconds(1)) return;
            last = now;
            std::fprintf(stderr, "calllock-postcall: replay: %s\n", r.summary().c_str());
        });
        for (const auto& e : report.errors) error("replay: " + e);
        if (std::chrono::steady_clock::now() - start >= std::chrono::seconds(1) || report.calls_total > 0)
            std::fprintf(stderr, "calllock-postcall: replay: %s\n", report.summary().c_str());
        print_line(boost::json::object{{"outbox", json_text(box->dir().string())},
                                       {"calls", report.calls_total},
                                       {"delivered", report.delivered},
                                       {"dead", report.dead},
                                       {"pending", box->pending_payloads()},
                                       {"busy", report.busy},
                                       {"complete", report.complete()}});
        return report.complete() ? 0 : 1;
    }};
}

}  // namespace calllock::cli
