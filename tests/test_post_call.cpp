// The post-call orchestrator against real servers on 127.0.0.1: the local
// dashboard (tools/postcall/local_dashboard.hpp) with the dashboard's rules, and a
// scripted server for failures. Plan Task 6's TestHandleCallEnded comes first.
#define BOOST_TEST_MODULE post_call
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/dashboard/outbox.hpp>
#include <calllock/json.hpp>
#include <calllock/dashboard/post_call.hpp>
#include <calllock/profiles.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <cstring>

#include "local_dashboard.hpp"
#include "support/pki.hpp"
#include "support/net.hpp"
#include "support/plan_sessions.hpp"
#include "support/test_server.hpp"

using namespace calllock;
using calllock::test::Answer;
using calllock::test::Seen;
using calllock::test::TestServer;
namespace fs = std::filesystem;

namespace {

using calllock::test::completed_session;
using calllock::test::safety_session;

PostCallConfig config_for(unsigned short port, std::string secret = "test-secret") {
    PostCallConfig c;
    c.webhook_url = "http://127.0.0.1:" + std::to_string(port) + "/api/webhook/jobs";
    c.webhook_secret = std::move(secret);
    c.business.user_email = "owner@test.com";
    c.client.timeout = std::chrono::milliseconds(2000);
    return c;
}

struct Dashboard {
    fs::path store = fs::temp_directory_path() / ("calllock-dash-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(counter()++));
    local::LocalDashboard server{{"test-secret", store}};
    Dashboard() { server.start(); }
    ~Dashboard() {
        server.stop();
        fs::remove_all(store);
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::vector<boost::json::object> records(const char* file) const {
        std::vector<boost::json::object> out;
        std::ifstream in(store / file);
        for (std::string line; std::getline(in, line);) out.push_back(boost::json::parse(line).as_object());
        return out;
    }
};

std::vector<std::string> logged;
void capture(LogLevel, std::string_view m) { logged.emplace_back(m); }

}  // namespace

BOOST_AUTO_TEST_SUITE(TestHandleCallEnded)

BOOST_AUTO_TEST_CASE(test_sends_job_and_call) {
    Dashboard d;
    const auto r = handle_call_ended(completed_session(), config_for(d.server.port()), 1015.0, capture);
    BOOST_TEST(r.job.has_value());
    BOOST_TEST(r.job->success, r.job->error);
    BOOST_TEST(r.call->success, r.call->error);
    BOOST_TEST(d.records("jobs.jsonl").size() == 1u);
    BOOST_TEST(d.records("calls.jsonl").size() == 1u);
}

BOOST_AUTO_TEST_CASE(test_safety_exit_sends_emergency_alert) {
    Dashboard d;
    const auto r = handle_call_ended(safety_session(), config_for(d.server.port()), 2010.0, capture);
    BOOST_TEST(r.alert.has_value());
    BOOST_TEST(r.alert->success, r.alert->error);
    BOOST_TEST(d.records("emergency-alerts.jsonl").size() == 1u);
    BOOST_TEST(r.delivered());
}

BOOST_AUTO_TEST_CASE(test_non_safety_does_not_send_alert) {
    Dashboard d;
    const auto r = handle_call_ended(completed_session(), config_for(d.server.port()), 1015.0, capture);
    BOOST_TEST(!r.alert.has_value());
    BOOST_TEST(d.server.accepted(Webhook::emergency_alerts) == 0u);
}

BOOST_AUTO_TEST_CASE(test_survives_webhook_failure) {
    TestServer server([](const Seen&) { return Answer{500, ""}; });
    const auto r = handle_call_ended(completed_session(), config_for(server.port()), 1015.0, capture);
    BOOST_TEST(!r.delivered());
    BOOST_TEST(r.job->status == 500u);
    BOOST_TEST(r.call->status == 500u);  // the call record is still attempted
    BOOST_TEST(server.seen().size() == 2u);
}

BOOST_AUTO_TEST_CASE(skips_without_configuration) {
    logged.clear();
    PostCallConfig none;
    const auto r = handle_call_ended(completed_session(), none, 1015.0, capture);
    BOOST_TEST(r.skipped);
    BOOST_TEST(!r.job.has_value());
    BOOST_REQUIRE(!logged.empty());
    BOOST_TEST(logged.front().find("not configured") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Orchestration)

BOOST_AUTO_TEST_CASE(call_record_is_linked_to_the_job_or_lead) {
    Dashboard d;
    BOOST_TEST(handle_call_ended(completed_session(), config_for(d.server.port()), 1015.0, capture).delivered());
    auto lead = completed_session();
    lead.call_sid = "CA_lead";
    lead.state = State::callback;
    lead.booking_confirmed = false;
    BOOST_TEST(handle_call_ended(lead, config_for(d.server.port()), 1015.0, capture).delivered());
    const auto calls = d.records("calls.jsonl");
    BOOST_REQUIRE_EQUAL(calls.size(), 2u);
    BOOST_TEST(calls[0].at("job_id").as_string() == "job_1");
    BOOST_TEST(!calls[0].contains("lead_id"));
    BOOST_TEST(calls[1].at("lead_id").as_string() == "lead_2");
    BOOST_TEST(!calls[1].contains("job_id"));
}

BOOST_AUTO_TEST_CASE(order_is_job_then_call_then_alert_on_one_connection) {
    TestServer server([](const Seen& s) {
        return s.target == "/api/webhook/jobs" ? Answer{200, R"({"success":true,"job_id":"j9"})"} : Answer{};
    });
    const auto r = handle_call_ended(safety_session(), config_for(server.port()), 2010.0, capture);
    BOOST_TEST(r.delivered());
    const auto seen = server.seen();
    BOOST_REQUIRE_EQUAL(seen.size(), 3u);
    BOOST_TEST(seen[0].target == "/api/webhook/jobs");
    BOOST_TEST(seen[1].target == "/api/webhook/calls");
    BOOST_TEST(seen[2].target == "/api/webhook/emergency-alerts");
    BOOST_TEST(boost::json::parse(seen[1].body).at("job_id").as_string() == "j9");
    BOOST_TEST(server.connections() == 1);
}

BOOST_AUTO_TEST_CASE(wrong_secret_is_401_and_reported) {
    Dashboard d;
    const auto r = handle_call_ended(completed_session(), config_for(d.server.port(), "wrong"), 1015.0, capture);
    BOOST_TEST(!r.delivered());
    BOOST_TEST(r.job->status == 401u);
    BOOST_TEST(r.job->error == "HTTP 401: Invalid webhook secret");
    BOOST_TEST(r.summary().find("wrong") == std::string::npos);  // the secret is never logged
    BOOST_TEST(d.server.accepted(Webhook::jobs) == 0u);
}

BOOST_AUTO_TEST_CASE(missing_user_email_is_a_configuration_error_and_nothing_is_sent) {
    TestServer server([](const Seen&) { return Answer{}; });
    auto c = config_for(server.port());
    c.business.user_email = "";
    const auto r = handle_call_ended(completed_session(), c, 1015.0, capture);
    BOOST_TEST(!r.delivered());
    BOOST_TEST(r.error.find("user_email") != std::string::npos);
    BOOST_TEST(server.seen().empty());
}

BOOST_AUTO_TEST_CASE(the_local_dashboard_validates_like_the_real_one) {
    Dashboard d;
    auto c = DashboardClient::create("http://127.0.0.1:" + std::to_string(d.server.port()) + "/api/webhook/jobs",
                                     "test-secret");
    BOOST_REQUIRE(c.has_value());
    // The plan's raw payload: urgency "routine", empty address, no offset: 400 with details.
    const auto r = c->send_job(boost::json::object{{"customer_name", "Jonas"},
                                                   {"customer_phone", "+1"},
                                                   {"customer_address", ""},
                                                   {"service_type", "hvac"},
                                                   {"urgency", "routine"},
                                                   {"user_email", "owner@test.com"},
                                                   {"scheduled_at", "2026-02-20T10:00:00"}});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.status == 400u);
    BOOST_TEST(r.response.at("error").as_string() == "Validation failed");
    BOOST_TEST(r.response.at("details").as_array().size() == 3u);
    auto missing = DashboardClient::create("http://127.0.0.1:" + std::to_string(d.server.port()) + "/api/webhook/jobs",
                                           "not-it");
    BOOST_TEST(missing->send_call(boost::json::object{}).error == "HTTP 401: Invalid webhook secret");
}

BOOST_AUTO_TEST_CASE(over_https_to_the_local_dashboard) {
    local::DashboardOptions o;
    o.secret = "test-secret";
    o.tls_cert = calllock::test::pki().cert();
    o.tls_key = calllock::test::pki().key();
    local::LocalDashboard server(o);
    server.start();
    auto c = config_for(server.port());
    c.webhook_url = "https://localhost:" + std::to_string(server.port()) + "/api/webhook/jobs";
    c.client.ca_file = calllock::test::pki().ca();
    const auto r = handle_call_ended(safety_session(), c, 2010.0, capture);
    BOOST_TEST(r.delivered(), r.summary());
    BOOST_TEST(server.accepted(Webhook::emergency_alerts) == 1u);
    server.stop();
}

BOOST_AUTO_TEST_CASE(configuration_from_the_environment) {
    ::setenv("DASHBOARD_WEBHOOK_URL", "https://app.example.com/api/webhook/jobs", 1);
    ::setenv("DASHBOARD_WEBHOOK_SECRET", "test-secret", 1);
    ::setenv("DASHBOARD_USER_EMAIL", "owner@test.com", 1);
    ::setenv("DASHBOARD_TIMEOUT_SECONDS", "2.5", 1);
    const auto c = PostCallConfig::from_env();
    BOOST_TEST(c.configured());
    BOOST_TEST(c.business.user_email == "owner@test.com");
    BOOST_TEST(c.client.timeout.count() == 2500);
    ::unsetenv("DASHBOARD_WEBHOOK_URL");
    BOOST_TEST(!PostCallConfig::from_env().configured());
    ::unsetenv("DASHBOARD_WEBHOOK_SECRET");
    ::unsetenv("DASHBOARD_USER_EMAIL");
    ::unsetenv("DASHBOARD_TIMEOUT_SECONDS");
}

BOOST_AUTO_TEST_SUITE_END()

// The outbox is never off unless CALLLOCK_OUTBOX_DIR=off says so.
BOOST_AUTO_TEST_SUITE(OutboxConfiguration)

namespace {
// Sets the variables for one test and restores them afterwards.
struct ScopedEnv {
    std::vector<std::pair<std::string, std::optional<std::string>>> saved;
    ScopedEnv(std::initializer_list<std::pair<const char*, const char*>> vars) {
        for (auto [name, value] : vars) {
            const char* old = std::getenv(name);
            saved.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
            if (value) ::setenv(name, value, 1);
            else ::unsetenv(name);
        }
    }
    ~ScopedEnv() {
        for (auto& [name, old] : saved) {
            if (old) ::setenv(name.c_str(), old->c_str(), 1);
            else ::unsetenv(name.c_str());
        }
    }
};

fs::path fresh_dir(const char* what) {
    static int n = 0;
    auto p = fs::temp_directory_path() / ("calllock-" + std::string(what) + "-" + std::to_string(::getpid()) + "-" +
                                          std::to_string(n++));
    fs::remove_all(p);
    return p;
}
}  // namespace

BOOST_AUTO_TEST_CASE(no_home_and_no_outbox_dir_is_a_configuration_error_at_start) {
    ScopedEnv env{{"DASHBOARD_WEBHOOK_URL", "https://app.example.com/api/webhook/jobs"},
                  {"DASHBOARD_WEBHOOK_SECRET", "s"},
                  {"DASHBOARD_USER_EMAIL", "owner@test.com"},
                  {"CALLLOCK_OUTBOX_DIR", nullptr},
                  {"XDG_STATE_HOME", nullptr},
                  {"HOME", nullptr}};
    const auto c = PostCallConfig::from_env();
    BOOST_TEST(c.outbox_dir.empty());
    BOOST_TEST(!c.outbox_off);
    const auto err = c.check();
    BOOST_REQUIRE(err.has_value());
    BOOST_TEST(err->field == "outbox_dir");
    BOOST_TEST(err->message.find("CALLLOCK_OUTBOX_DIR=off") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(outbox_off_only_when_said_and_then_check_passes) {
    ScopedEnv env{{"DASHBOARD_WEBHOOK_URL", "https://app.example.com/api/webhook/jobs"},
                  {"DASHBOARD_WEBHOOK_SECRET", "s"},
                  {"DASHBOARD_USER_EMAIL", "owner@test.com"},
                  {"CALLLOCK_OUTBOX_DIR", "off"},
                  {"HOME", nullptr},
                  {"XDG_STATE_HOME", nullptr}};
    const auto c = PostCallConfig::from_env();
    BOOST_TEST(c.outbox_off);
    BOOST_TEST(!c.check().has_value());
}

BOOST_AUTO_TEST_CASE(half_a_dashboard_configuration_is_an_error_not_off) {
    PostCallConfig c = config_for(1);
    c.outbox_dir = fresh_dir("half").string();
    c.webhook_secret.clear();
    BOOST_REQUIRE(c.check().has_value());
    BOOST_TEST(c.check()->field == "webhook_secret");
    c = config_for(1);
    c.outbox_dir = fresh_dir("half").string();
    c.webhook_url.clear();
    BOOST_REQUIRE(c.check().has_value());
    BOOST_TEST(c.check()->field == "webhook_url");
    c.webhook_secret.clear();
    BOOST_TEST(!c.check().has_value());  // neither: not configured, the plan's skip
}

BOOST_AUTO_TEST_CASE(check_reports_a_remote_plain_http_url_and_an_unusable_outbox) {
    PostCallConfig c = config_for(1);
    c.outbox_dir = fresh_dir("check").string();
    BOOST_TEST(!c.check().has_value());
    c.webhook_url = "http://127.example.com/api/webhook/jobs";
    BOOST_REQUIRE(c.check().has_value());
    BOOST_TEST(c.check()->field == "webhook_url");
    c.webhook_url = "http://127.0.0.1:1/api/webhook/jobs";
    c.outbox_dir = "/proc/calllock-cannot-be-here";
    BOOST_REQUIRE(c.check().has_value());
    BOOST_TEST(c.check()->field == "outbox_dir");
}

// A CO call ends while the dashboard URL is refused (plain http:// to a remote host):
// it is kept, and replay delivers all three payloads once the configuration is fixed.
BOOST_AUTO_TEST_CASE(a_call_that_ends_with_a_wrong_configuration_is_kept_and_replayed) {
    Dashboard d;
    PostCallConfig wrong = config_for(d.server.port());
    wrong.webhook_url = "http://dashboard.example.com/api/webhook/jobs";
    wrong.outbox_dir = fresh_dir("outbox").string();
    logged.clear();
    const auto r = handle_call_ended(safety_session(), wrong, 2010.0, capture);
    BOOST_TEST(!r.delivered());
    BOOST_TEST(r.error.find("refusing plain http://") != std::string::npos);
    BOOST_TEST(!r.kept_in.empty(), r.summary());
    BOOST_TEST(r.summary().find("kept in") != std::string::npos);
    BOOST_TEST(d.server.accepted(Webhook::jobs) == 0u);

    auto box = Outbox::open(wrong.outbox_dir);
    BOOST_REQUIRE(box.has_value());
    BOOST_TEST(box->pending_payloads() == 3u);  // job, call record, alert
    const PostCallConfig fixed = config_for(d.server.port());
    auto client = DashboardClient::create(fixed.webhook_url, fixed.webhook_secret, fixed.client);
    BOOST_REQUIRE(client.has_value());
    const auto replayed = box->replay(*client, fixed.retry);
    BOOST_TEST(replayed.complete(), replayed.summary());
    BOOST_TEST(box->pending_payloads() == 0u);
    BOOST_TEST(d.server.accepted(Webhook::jobs) == 1u);
    BOOST_TEST(d.server.accepted(Webhook::calls) == 1u);
    BOOST_TEST(d.server.accepted(Webhook::emergency_alerts) == 1u);
    const auto calls = d.records("calls.jsonl");
    BOOST_REQUIRE_EQUAL(calls.size(), 1u);
    BOOST_TEST(calls[0].contains("job_id"));  // linked to the job replay delivered
    fs::remove_all(wrong.outbox_dir);
}

BOOST_AUTO_TEST_SUITE_END()

// The local dashboard holds a bounded number of threads, however many connections come.
BOOST_AUTO_TEST_SUITE(LocalDashboardSoak)

namespace {
long status_kb(const char* field) {
    std::ifstream in("/proc/self/status");
    for (std::string line; std::getline(in, line);)
        if (line.rfind(field, 0) == 0) return std::strtol(line.c_str() + std::strlen(field), nullptr, 10);
    return -1;
}
std::size_t threads_now() {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator("/proc/self/task")) ++n;
    return n;
}
}  // namespace

BOOST_AUTO_TEST_CASE(ten_thousand_connections_keep_threads_and_memory_flat) {
    local::DashboardOptions o;
    o.secret = "test-secret";
    o.max_connections = 8;
    local::LocalDashboard server(o);
    server.start();
    const std::string request = "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    auto one = [&] {
        // The server answers and closes; the whole answer is read.
        return calllock::test::http_exchange(server.port(), request).rfind("HTTP/1.1 404", 0) == 0;
    };
    constexpr int warmup = 500, total = 10000;
    int ok = 0;
    for (int i = 0; i < warmup; ++i) ok += one();
    const long vm_before = status_kb("VmSize:");
    std::size_t max_threads = 0;
    for (int i = warmup; i < total; ++i) {
        ok += one();
        if (i % 500 == 0) max_threads = std::max(max_threads, server.connection_threads());
    }
    const long vm_after = status_kb("VmSize:");
    BOOST_TEST(ok == total);
    BOOST_TEST(max_threads <= o.max_connections);
    BOOST_TEST(server.connection_threads() <= o.max_connections);
    BOOST_TEST(threads_now() <= 2 + o.max_connections + 1);  // main, io thread, workers (+1 finishing)
    // Each leaked thread kept its 8 MiB stack mapped: 9,500 would be ~76 GB of address space.
    BOOST_TEST(vm_after - vm_before < 64 * 1024, "VmSize grew by " << (vm_after - vm_before) << " kB");
    server.stop();
}

BOOST_AUTO_TEST_SUITE_END()

// This unit is compiled with CALLLOCK_SEPARATE_COMPILATION (it links
// calllock::sync_compiled): classify_call(ProfileId, ...) is then the overload compiled
// once, in src_core.hpp, and must give what the templates give in this unit.
BOOST_AUTO_TEST_CASE(separately_compiled_classification_equals_the_templates) {
#if !defined(CALLLOCK_SEPARATE_COMPILATION)
    BOOST_FAIL("test_post_call must be compiled with CALLLOCK_SEPARATE_COMPILATION");
#else
    Classification (*compiled)(ProfileId, const CallSession&) = &classify_call;
    Classification (*compiled_zone)(ProfileId, const CallSession&, const TimeZone&) = &classify_call;
    const auto zone = find_time_zone("America/Los_Angeles");
    BOOST_TEST_REQUIRE(zone.has_value());
    CallSession night = completed_session();
    night.start_time = 1767322800.0;  // 2026-01-02 03:00 UTC: evening in Los Angeles
    for (const CallSession& s : {completed_session(), safety_session(), night}) {
        for (ProfileId p : {ProfileId::seed, ProfileId::hvac117}) {
            const Classification a = compiled(p, s), b = classify_call<default_engine>(p, s);
            BOOST_TEST((a.tags == b.tags));
            BOOST_TEST((a.priority == b.priority));
            BOOST_TEST((a.revenue == b.revenue));
            const Classification az = compiled_zone(p, s, *zone), bz = classify_call<default_engine>(p, s, *zone);
            BOOST_TEST((az.tags == bz.tags));
            BOOST_TEST((az.priority == bz.priority));
            BOOST_TEST((az.revenue == bz.revenue));
        }
    }
    // The session's words reach the compiled path (not an empty classification).
    BOOST_TEST(compiled(ProfileId::hvac117, safety_session()).tags.set().size() > 0u);
#endif
}
