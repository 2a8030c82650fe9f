// calllock-postcall replay [--outbox DIR]
// Delivers what the outbox holds, oldest call first (job, call record, alert), with
// the environment's dashboard configuration (DASHBOARD_WEBHOOK_URL,
// DASHBOARD_WEBHOOK_SECRET, ...; the outbox stores no secret and no URL). Safe while
// agents write to the same outbox. A progress line on stderr every second on long
// runs; one JSON summary line on stdout. Exit 0 when nothing is left pending.
#include <calllock/outbox.hpp>
#include <calllock/post_call.hpp>

#include <chrono>
#include <cstdio>

#include "cli.hpp"

namespace calllock::cli {

std::optional<PostCallConfig> delivering_command(std::string_view name, std::span<char* const> argv,
                                                 std::span<const std::string_view> value_options, Args& args) {
    if (!parse_args(argv, value_options, args)) return std::nullopt;
    if (!args.positional.empty()) {
        error(std::string(name) + " takes no FILE");
        return std::nullopt;
    }
    disable_core_dumps();
    PostCallConfig config = PostCallConfig::from_env();
    if (!config.configured()) {
        error("DASHBOARD_WEBHOOK_URL and DASHBOARD_WEBHOOK_SECRET must be set to " + std::string(name));
        return std::nullopt;
    }
    return config;
}

int replay_command(std::span<char* const> argv) {
    constexpr std::string_view value_options[] = {"outbox"};
    Args args;
    const auto configured = delivering_command("replay", argv, value_options, args);
    if (!configured) return 2;
    const PostCallConfig& config = *configured;
    const std::string dir = args.get("outbox") ? *args.get("outbox")
                            : !config.outbox_url.empty() ? config.outbox_url : config.outbox_dir;
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
    auto client = DashboardClient::create(config.webhook_url, config.webhook_secret, config.client);
    if (!client) {
        error(client.error().what());
        return 2;
    }
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
    const boost::json::object line{{"outbox", json_text(box->dir().string())},
                                   {"calls", report.calls_total},
                                   {"delivered", report.delivered},
                                   {"dead", report.dead},
                                   {"pending", box->pending_payloads()},
                                   {"busy", report.busy},
                                   {"complete", report.complete()}};
    const auto out = boost::json::serialize(line);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return report.complete() ? 0 : 1;
}

}  // namespace calllock::cli
