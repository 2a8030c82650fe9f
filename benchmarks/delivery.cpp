// Delivery to the dashboard: posts per second to the local dashboard over HTTPS
// with and without connection reuse (and over plain HTTP on loopback for
// reference), and the time one call's whole post-call phase takes.
//   build/release/bin/calllock-delivery-bench
#include <benchmark/benchmark.h>

#include <calllock/dashboard/payload.hpp>
#include <calllock/json.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "local_dashboard.hpp"

namespace {

namespace fs = std::filesystem;
using namespace calllock;

// A CA and a "localhost" certificate for the benchmark's HTTPS server.
struct Pki {
    fs::path dir = fs::temp_directory_path() / ("calllock-bench-pki-" + std::to_string(::getpid()));
    Pki() {
        fs::create_directories(dir);
        const std::string cmd =
            "cd '" + dir.string() + "' && "
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 1 -subj '/CN=bench CA' "
            "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign >/dev/null 2>&1 && "
            "openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj '/CN=localhost' "
            ">/dev/null 2>&1 && printf 'subjectAltName=DNS:localhost\\n' > ext.cnf && "
            "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 1 "
            "-extfile ext.cnf >/dev/null 2>&1";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("openssl failed");
    }
    ~Pki() { fs::remove_all(dir); }
};

Pki& pki() {
    static Pki p;
    return p;
}

struct Server {
    local::LocalDashboard dash;
    explicit Server(bool tls) : dash(options(tls)) { dash.start(); }
    static local::DashboardOptions options(bool tls) {
        local::DashboardOptions o;
        o.secret = "bench-secret";
        if (tls) {
            o.tls_cert = (pki().dir / "server.crt").string();
            o.tls_key = (pki().dir / "server.key").string();
        }
        return o;
    }
    std::string jobs_url(bool tls) const {
        return std::string(tls ? "https://localhost:" : "http://127.0.0.1:") + std::to_string(dash.port()) +
               "/api/webhook/jobs";
    }
};

CallSession sample_call(int i) {
    CallSession s{.phone_number = "+15125551234"};
    s.call_sid = "CA_bench_" + std::to_string(i);
    s.start_time = 1783951200.0;
    s.state = State::safety_exit;
    s.customer_name = "Maria Lopez";
    s.service_address = "88 Oak Hollow Dr";
    s.problem_description = "Smells like rotten eggs near the furnace";
    s.urgency_tier = "emergency";
    s.transcript_log = {TranscriptEntry::agent("Thanks for calling ACE Cooling. Any safety concerns?", 1783951200.0),
                        TranscriptEntry::user("Yes, I smell gas in my house near the furnace.", 1783951204.0),
                        TranscriptEntry::agent("Please leave the house now and call 911.", 1783951206.0)};
    return s;
}

BusinessConfig business() {
    BusinessConfig b;
    b.user_email = "owner@example.com";
    return b;
}

// One valid call record, its call_id varied so that the dashboard stores each.
void posts(benchmark::State& state, bool tls, bool reuse) {
    Server server(tls);
    ClientOptions o;
    if (tls) o.ca_file = (pki().dir / "ca.crt").string();
    auto client = DashboardClient::create(server.jobs_url(tls), "bench-secret", o);
    if (!client) {
        state.SkipWithError(client.error().what().c_str());
        return;
    }
    auto call = build_call_payload(sample_call(0), 1783951230.0, business());
    boost::json::value payload = boost::json::value_from(*call);
    long i = 0, failed = 0;
    for (auto _ : state) {
        payload.as_object()["call_id"] = "CA_bench_" + std::to_string(i++);
        if (!reuse) client->close();
        const auto r = client->send_call(payload);
        failed += !r.success;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["connections"] = static_cast<double>(client->connections_opened());
    state.counters["failed"] = static_cast<double>(failed);
}

void BM_post_https_reuse(benchmark::State& s) { posts(s, true, true); }
void BM_post_https_new_connection(benchmark::State& s) { posts(s, true, false); }
void BM_post_http_loopback_reuse(benchmark::State& s) { posts(s, false, true); }

// The whole post-call phase of one call (classify, build, job + call + alert over
// HTTPS on a new client, as handle_call_ended does for each call).
void BM_post_call_phase_https(benchmark::State& state) {
    Server server(true);
    PostCallConfig c;
    c.webhook_url = server.jobs_url(true);
    c.webhook_secret = "bench-secret";
    c.business = business();
    c.client.ca_file = (pki().dir / "ca.crt").string();
    int i = 0;
    long failed = 0;
    const log_fn quiet = [](LogLevel, std::string_view) {};
    for (auto _ : state) {
        const auto r = handle_call_ended(sample_call(i++), c, 1783951230.0, quiet);
        failed += !r.delivered();
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["failed"] = static_cast<double>(failed);
}

BENCHMARK(BM_post_https_reuse)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_post_https_new_connection)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_post_http_loopback_reuse)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_post_call_phase_https)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
