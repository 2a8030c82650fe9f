// The PostgreSQL outbox from the command line (built when calllock::pg is):
//   calllock-postcall deliver [--outbox URL] [--workers N] [--lease-seconds S]
//       delivery workers until SIGTERM or SIGINT (each finishes the call it holds);
//       one JSON line of totals on exit
//   calllock-postcall status [--outbox URL]
//       the backlog as one JSON line: pending and dead payloads, the oldest call's age
//   calllock-postcall replay --outbox postgresql://...   (replay_cmd.cpp calls pg_replay)
// URL default: CALLLOCK_OUTBOX_URL. The dashboard: the DASHBOARD_* environment.
#include <calllock/dashboard/pg_outbox.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include "cli.hpp"

namespace calllock::cli {

namespace {

std::atomic<bool> stop_requested{false};
extern "C" void on_stop_signal(int) { stop_requested.store(true); }

// The outbox URL of --outbox or CALLLOCK_OUTBOX_URL; "" after an error.
std::string outbox_url(const std::string& given, const PostCallConfig& config) {
    const std::string url = !given.empty() ? given : config.outbox_url;
    if (url.empty()) error("no outbox: give --outbox postgresql://... or set CALLLOCK_OUTBOX_URL");
    else if (!pg::is_postgres_url(url)) error("--outbox must be a postgresql:// URL here");
    else return url;
    return {};
}

}  // namespace

std::optional<ConfigError> attach_pg_outbox(PostCallConfig& config) { return pg::use_outbox(config); }

namespace {

struct deliver_options {
    std::string outbox;
    long workers = 1;
    std::optional<double> lease_seconds;
};

int run_deliver(const deliver_options& o) {
    const auto configured = delivering_config("deliver");
    if (!configured) return 2;
    const PostCallConfig& config = *configured;
    const std::string url = outbox_url(o.outbox, config);
    if (url.empty()) return 2;
    const long workers = o.workers;
    pg::WorkerOptions opt;
    if (o.lease_seconds) opt.lease = std::chrono::milliseconds(static_cast<long long>(*o.lease_seconds * 1000));
    // One post may take up to five steps of DASHBOARD_TIMEOUT_SECONDS (resolve, connect,
    // handshake, write, read); the lease is renewed before each attempt, not during one.
    if (opt.lease < 5 * config.client.timeout)
        error("warning: --lease-seconds is shorter than five times DASHBOARD_TIMEOUT_SECONDS: a slow post may "
              "outlast its lease, and another worker may then send the same payload at the same time");
    // The schema and the dashboard configuration, checked before any worker starts.
    if (auto box = pg::Outbox::open(url, std::chrono::seconds(30), log_to_stderr); !box) {  // a restart is waited for
        error(box.error().what());
        return 2;
    }
    std::vector<DashboardClient> clients;
    for (long i = 0; i < workers; ++i) {
        auto c = dashboard_client(config);
        if (!c) return 2;
        clients.push_back(std::move(*c));
    }
    std::signal(SIGTERM, on_stop_signal);
    std::signal(SIGINT, on_stop_signal);
    std::vector<pg::WorkerStats> stats(static_cast<std::size_t>(workers));
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < stats.size(); ++i)
        threads.emplace_back([&, i] { stats[i] = pg::run_worker(url, clients[i], config.retry, opt, stop_requested); });
    for (auto& t : threads) t.join();
    pg::WorkerStats total;
    for (const auto& s : stats) {
        total.calls += s.calls;
        total.delivered += s.delivered;
        total.dead += s.dead;
        total.kept += s.kept;
        total.database_errors += s.database_errors;
    }
    print_line(boost::json::object{{"workers", workers},
                {"calls", total.calls},
                {"delivered", total.delivered},
                {"dead", total.dead},
                {"kept", total.kept},
                {"database_errors", total.database_errors}});
    return 0;
}

int run_status(const std::string& given) {
    const PostCallConfig config = PostCallConfig::from_env();
    const std::string url = outbox_url(given, config);
    if (url.empty()) return 2;
    auto box = pg::Outbox::open(url);
    if (!box) {
        error(box.error().what());
        return 1;
    }
    const auto b = box->backlog();
    if (!b) {
        error("status: " + b.error().what());
        return 1;
    }
    print_line(b->to_json());
    return 0;
}

}  // namespace

void add_fleet_commands(CLI::App& parent, std::vector<Command>& out) {
    auto d = std::make_shared<deliver_options>();
    CLI::App* deliver = parent.add_subcommand(
        "deliver", "delivery workers for a PostgreSQL outbox until SIGTERM or SIGINT (each finishes the call it "
                   "holds), with the DASHBOARD_* environment; one JSON line of totals on exit");
    deliver->add_option("--outbox", d->outbox, "the outbox (default CALLLOCK_OUTBOX_URL)")
        ->type_name("postgresql://...");
    deliver->add_option("--workers", d->workers, "delivery threads")->check(CLI::Range(1L, 256L))->capture_default_str();
    deliver->add_option("--lease-seconds", d->lease_seconds,
                        "how long a claimed call is a worker's before another may take it over (default 120)")
        ->check(CLI::Range(0.001, 86400.0))
        ->type_name("S");
    out.push_back({deliver, [d] { return run_deliver(*d); }});

    auto status_outbox = std::make_shared<std::string>();
    CLI::App* status = parent.add_subcommand(
        "status", "a PostgreSQL outbox's backlog as one JSON line (pending, leased, retrying, dead, oldest age)");
    status->add_option("--outbox", *status_outbox, "the outbox (default CALLLOCK_OUTBOX_URL)")
        ->type_name("postgresql://...");
    out.push_back({status, [status_outbox] { return run_status(*status_outbox); }});
}

int pg_replay(const std::string& url, const PostCallConfig& config) {
    auto box = pg::Outbox::open(url);
    if (!box) {
        error(box.error().what());
        return 2;
    }
    auto client = dashboard_client(config);
    if (!client) return 2;
    const auto report = box->drain(*client, config.retry, pg::WorkerOptions{}.lease);
    for (const auto& e : report.errors) error("replay: " + e);
    std::fprintf(stderr, "calllock-postcall: replay: %s\n", report.summary().c_str());
    const auto b = box->backlog();
    print_line(boost::json::object{{"outbox", "postgresql"},
                {"calls", report.calls_total},
                {"delivered", report.delivered},
                {"dead", report.dead},
                {"pending", b ? b->pending_payloads : -1},
                {"complete", report.complete() && b && b->pending_payloads == 0}});
    return report.complete() && b && b->pending_payloads == 0 ? 0 : 1;
}

}  // namespace calllock::cli
