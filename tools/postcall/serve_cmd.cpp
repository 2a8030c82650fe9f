// calllock-postcall serve --secret S [--port P] [--store DIR] [--tls-cert PEM --tls-key PEM]
// The local dashboard on 127.0.0.1 until SIGINT or SIGTERM.
#include <csignal>
#include <cstdio>
#include <thread>

#include "cli.hpp"
#include "local_dashboard.hpp"

namespace calllock::cli {

namespace {
volatile std::sig_atomic_t stop_requested = 0;
extern "C" void on_signal(int) { stop_requested = 1; }
}  // namespace

int serve_command(std::span<char* const> argv) {
    constexpr std::string_view value_options[] = {"port", "secret", "store", "tls-cert", "tls-key"};
    Args args;
    if (!parse_args(argv, value_options, args)) return 2;
    if (!args.positional.empty()) {
        error("serve takes no FILE");
        return 2;
    }
    const auto* secret = args.get("secret");
    if (!secret || secret->empty()) {
        error("serve needs --secret S (the X-Webhook-Secret the dashboard accepts)");
        return 2;
    }
    local::DashboardOptions o;
    o.secret = *secret;
    if (const auto* store = args.get("store")) o.store = *store;
    if (const auto* cert = args.get("tls-cert")) o.tls_cert = *cert;
    if (const auto* key = args.get("tls-key")) o.tls_key = *key;
    if (o.tls_cert.empty() != o.tls_key.empty()) {
        error("--tls-cert and --tls-key go together");
        return 2;
    }
    if (const auto* port = args.get("port")) {
        char* end = nullptr;
        const long p = std::strtol(port->c_str(), &end, 10);
        if (!end || *end != '\0' || p < 0 || p > 65535) {
            error("--port must be 0..65535");
            return 2;
        }
        o.port = static_cast<unsigned short>(p);
    }
    try {
        local::LocalDashboard dashboard(o);
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
        dashboard.start();
        // The port on the first line of stdout, for scripts that asked for port 0.
        std::printf("listening on %s://127.0.0.1:%u\n", o.tls_cert.empty() ? "http" : "https", dashboard.port());
        std::fflush(stdout);
        while (!stop_requested) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        dashboard.stop();
        std::printf("stopped: %zu jobs/leads, %zu calls, %zu emergency alerts accepted\n",
                    dashboard.accepted(contract::Route::jobs), dashboard.accepted(contract::Route::calls),
                    dashboard.accepted(contract::Route::emergency_alerts));
    } catch (const std::exception& e) {
        error(std::string("cannot serve: ") + e.what());
        return 1;
    }
    return 0;
}

}  // namespace calllock::cli
