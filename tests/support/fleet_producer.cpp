// A producer of the fleet test: an agent process that ends calls first..first+count-1
// into the PostgreSQL outbox and appends "i enqueue_microseconds" to LOG after each.
// Calls already in LOG are skipped (a restarted producer carries on).
//   fleet_producer OUTBOX_URL DASHBOARD_PORT CA_FILE FALLBACK_DIR FIRST COUNT LOG
#include <calllock/dashboard/pg_outbox.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

#include "fleet_sessions.hpp"

int main(int argc, char** argv) {
    using namespace calllock;
    if (argc != 8) {
        std::fprintf(stderr, "usage: fleet_producer URL PORT CA FALLBACK_DIR FIRST COUNT LOG\n");
        return 2;
    }
    PostCallConfig config;
    config.webhook_url = std::string("https://localhost:") + argv[2] + "/api/webhook/jobs";
    config.webhook_secret = "fleet-secret";
    config.client.ca_file = argv[3];
    config.business.user_email = "owner@fleet.test";
    config.outbox_dir = argv[4];
    config.outbox_url = argv[1];
    config.retry.budget = std::chrono::seconds(30);  // the enqueue retries through a database restart
    if (auto err = pg::use_outbox(config)) {
        std::fprintf(stderr, "fleet_producer: %s\n", err->what().c_str());
        return 2;
    }
    if (auto err = config.check()) {
        std::fprintf(stderr, "fleet_producer: %s\n", err->what().c_str());
        return 2;
    }
    const int first = std::atoi(argv[5]), count = std::atoi(argv[6]);
    std::set<int> done;
    {
        std::ifstream in(argv[7]);
        for (int i; in >> i;) {
            done.insert(i);
            long long us;
            in >> us;
        }
    }
    std::FILE* log = std::fopen(argv[7], "a");
    if (!log) return 2;
    int failed = 0;
    for (int i = first; i < first + count; ++i) {
        if (done.count(i)) continue;
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = handle_call_ended(test::fleet_session(i), config, test::fleet_end_time(i),
                                         [](LogLevel l, std::string_view m) {
                                             if (l != LogLevel::info) log_to_stderr(l, m);
                                         });
        const auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
        if (!r.queued && !r.delivered()) {
            std::fprintf(stderr, "fleet_producer: call %d: %s\n", i, r.summary().c_str());
            ++failed;
            continue;
        }
        std::fprintf(log, "%d %lld\n", i, static_cast<long long>(us.count()));
        std::fflush(log);
    }
    std::fclose(log);
    return failed == 0 ? 0 : 1;
}
