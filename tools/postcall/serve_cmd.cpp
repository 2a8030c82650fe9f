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

Command add_serve(CLI::App& parent) {
    struct options {
        local::DashboardOptions dash;
        int port = 0;
    };
    auto o = std::make_shared<options>();
    CLI::App* app = parent.add_subcommand("serve", "a local dashboard on 127.0.0.1 until SIGINT or SIGTERM");
    app->add_option("--secret", o->dash.secret, "the X-Webhook-Secret the dashboard accepts")->required();
    app->add_option("--port", o->port, "the port (0: any free one, printed on the first line)")
        ->check(CLI::Range(0, 65535));
    app->add_option("--store", o->dash.store, "where accepted payloads are kept (JSON Lines per webhook)")
        ->type_name("DIR");
    auto* cert = app->add_option("--tls-cert", o->dash.tls_cert, "serve HTTPS with this certificate (PEM)")
                     ->type_name("PEM");
    auto* key = app->add_option("--tls-key", o->dash.tls_key, "the certificate's private key (PEM)")->type_name("PEM");
    cert->needs(key);
    key->needs(cert);
    return {app, [o] {
        if (o->dash.secret.empty()) {
            error("serve needs a non-empty --secret");
            return 2;
        }
        local::DashboardOptions opt = o->dash;
        opt.port = static_cast<unsigned short>(o->port);
        try {
            local::LocalDashboard dashboard(opt);
            std::signal(SIGINT, on_signal);
            std::signal(SIGTERM, on_signal);
            dashboard.start();
            // The port on the first line of stdout, for scripts that asked for port 0.
            std::printf("listening on %s://127.0.0.1:%u\n", opt.tls_cert.empty() ? "http" : "https", dashboard.port());
            std::fflush(stdout);
            while (!stop_requested) std::this_thread::sleep_for(std::chrono::milliseconds(50));
            dashboard.stop();
            std::printf("stopped: %zu jobs/leads, %zu calls, %zu emergency alerts accepted\n",
                        dashboard.accepted(Webhook::jobs), dashboard.accepted(Webhook::calls),
                        dashboard.accepted(Webhook::emergency_alerts));
        } catch (const std::exception& e) {
            error(std::string("cannot serve: ") + e.what());
            return 1;
        }
        return 0;
    }};
}

}  // namespace calllock::cli
