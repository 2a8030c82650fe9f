// Crash anywhere: an agent process (tests/support/crash_agent.cpp) is killed with
// SIGKILL at each named point of the outbox (detail::crash_point) while it ends a
// call, or while it replays; then a replay completes the call. Each row asserts that
// the kill happened, and that afterwards the dashboard has the call's job, call record
// (linked to the job) and emergency alert, every request for one payload carried the
// same bytes, and nothing is left pending, dead or half-written. Then the TLS rows:
// a handshake refused, an untrusted certificate appearing mid-run, a TLS connection
// cut mid-answer. Every row prints one line (docs/reliability.md shows them).
#define BOOST_TEST_MODULE crash_matrix
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/json.hpp>
#include <calllock/dashboard/outbox.hpp>
#include <calllock/dashboard/payload.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "support/pki.hpp"
#include "support/net.hpp"
#include "support/plan_sessions.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/test_server.hpp"

using namespace calllock;
using calllock::test::TempDir;
using calllock::test::unused_port;
using calllock::test::Answer;
using calllock::test::Seen;
using calllock::test::TestServer;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

const std::string secret = "s3cret-crash-matrix-41d";

// The dashboard's behaviour that delivery depends on: one job per call_id (a repeated
// job gets the same job_id back), calls and alerts accepted. Every request is kept.
struct ModelDashboard {
    std::mutex mu;
    std::map<std::string, std::string> job_ids;
    std::vector<Seen> requests;
    int cuts_left = 0;      // answers to cut mid-way (after storing the request)
    int cuts_done = 0;
    bool close_after_job = false;
    std::function<void()> after_job;

    Answer answer(const Seen& s) {
        std::lock_guard lock(mu);
        requests.push_back(s);
        Answer a;
        if (s.secret != secret) return {401, R"({"error":"Unauthorized"})"};
        boost::system::error_code ec;
        const auto v = boost::json::parse(s.body, ec);
        if (ec || !v.is_object() || !v.as_object().contains("call_id")) return {400, R"({"error":"Validation failed"})"};
        const std::string id(v.at("call_id").as_string());
        if (s.target == "/api/webhook/jobs") {
            auto [it, fresh] = job_ids.emplace(id, "job_" + std::to_string(job_ids.size() + 1));
            a.body = R"({"success":true,"job_id":")" + it->second + "\"}";
            if (close_after_job) a.close = true;
            if (after_job) after_job();
        }
        if (cuts_left > 0) {
            --cuts_left;
            ++cuts_done;
            a.cut = true;
        }
        return a;
    }
    std::vector<Seen> seen() {
        std::lock_guard lock(mu);
        return requests;
    }
};

struct Outcome {
    std::size_t payloads = 0, delivered = 0, lost = 0, not_byte_identical = 0, unlinked = 0;
    bool left_in_outbox = false;
};

// What reached the dashboard for the safety call (job, call record, alert).
Outcome verify(ModelDashboard& d, const fs::path& outbox, const std::string& call_id) {
    Outcome o;
    std::map<std::string, std::set<std::string>> bodies;  // route -> the distinct bodies for this call
    for (const auto& s : d.seen()) {
        boost::system::error_code ec;
        const auto v = boost::json::parse(s.body, ec);
        if (ec || !v.is_object() || !v.as_object().contains("call_id") || v.at("call_id").as_string() != call_id)
            continue;
        bodies[s.target].insert(s.body);
    }
    for (const char* route : {"/api/webhook/jobs", "/api/webhook/calls", "/api/webhook/emergency-alerts"}) {
        ++o.payloads;
        if (bodies[route].empty()) ++o.lost;
        else ++o.delivered;
        if (bodies[route].size() > 1) ++o.not_byte_identical;
    }
    if (!bodies["/api/webhook/calls"].empty()) {
        const auto call = boost::json::parse(*bodies["/api/webhook/calls"].begin());
        std::lock_guard lock(d.mu);
        const auto* job = call.as_object().if_contains("job_id");
        if (!job || !d.job_ids.count(call_id) || job->as_string() != d.job_ids[call_id]) ++o.unlinked;
    }
    for (const char* sub : {"pending", "dead", "tmp"}) {
        std::error_code ec;
        if (fs::exists(outbox / sub) && !fs::is_empty(outbox / sub, ec)) o.left_in_outbox = true;
    }
    return o;
}

void print_row(const std::string& name, int faults, const Outcome& o) {
    std::printf("crash-matrix | %-58s | faults %2d | payloads %zu | delivered %zu | lost %zu | not identical %zu | "
                "unlinked %zu | left %s\n",
                name.c_str(), faults, o.payloads, o.delivered, o.lost, o.not_byte_identical, o.unlinked,
                o.left_in_outbox ? "yes" : "no");
    std::fflush(stdout);
}

CallSession the_call() {
    CallSession s = calllock::test::safety_session();  // job, call record and emergency alert
    s.call_sid.clear();                                  // the derived stable_call_id
    return s;
}

// Runs the crash agent; returns its wait status.
int run_agent(const std::vector<std::string>& args, const std::vector<std::string>& env, const fs::path& log) {
    std::vector<std::string> all{CALLLOCK_CRASH_AGENT};
    all.insert(all.end(), args.begin(), args.end());
    return calllock::test::wait_for(calllock::test::spawn(all, env, log.string()));
}

bool killed(int status) { return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL; }
bool exited(int status, int code) { return WIFEXITED(status) && WEXITSTATUS(status) == code; }

std::string log_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> agent_env(unsigned short port, const fs::path& outbox, const std::string& crash_at = "") {
    std::vector<std::string> env{"DASHBOARD_WEBHOOK_URL=http://127.0.0.1:" + std::to_string(port) + "/api/webhook/jobs",
                                 "DASHBOARD_WEBHOOK_SECRET=" + secret, "DASHBOARD_USER_EMAIL=owner@test.com",
                                 "CALLLOCK_OUTBOX_DIR=" + outbox.string(), "DASHBOARD_TIMEOUT_SECONDS=2",
                                 "CALLLOCK_RETRY_BUDGET_SECONDS=1", "CALLLOCK_RETRY_BACKOFF_MS=20"};
    if (!crash_at.empty()) env.push_back("CALLLOCK_CRASH_AT=" + crash_at);
    return env;
}

// One row: kill the agent at `point` while it ends the call (phase "end") or while
// it replays what a call left when the dashboard was down (phase "replay"); then a
// replay must complete the call.
void crash_row(const std::string& phase, const std::string& point) {
    ModelDashboard model;
    TestServer server([&](const Seen& s) { return model.answer(s); });
    TempDir dir;
    const fs::path outbox = dir.path / "outbox", log = dir.path / "agent.log", session = dir.path / "session.json";
    std::ofstream(session) << boost::json::serialize(boost::json::value_from(the_call()));
    const std::vector<std::string> end{"end", session.string(), "2015"};
    int kills = 0;
    if (phase == "end") {
        const int st = run_agent(end, agent_env(server.port(), outbox, point), log);
        BOOST_TEST(killed(st), point << ": the agent was not killed there (status " << st << ")\n" << log_text(log));
        kills += killed(st);
    } else {
        // The call ends while the dashboard is down: everything stays in the outbox.
        BOOST_TEST(exited(run_agent(end, agent_env(unused_port(), outbox), log), 1));
        const int st = run_agent({"replay"}, agent_env(server.port(), outbox, point), log);
        BOOST_TEST(killed(st), point << ": the replay was not killed there (status " << st << ")\n" << log_text(log));
        kills += killed(st);
    }
    const int st = run_agent({"replay"}, agent_env(server.port(), outbox), log);
    BOOST_TEST(exited(st, 0), "the replay after the kill did not complete\n" << log_text(log));
    const Outcome o = verify(model, outbox, stable_call_id(the_call()));
    BOOST_TEST(o.payloads == 3u);
    BOOST_TEST(o.lost == 0u);
    BOOST_TEST(o.not_byte_identical == 0u);
    BOOST_TEST(o.unlinked == 0u);
    BOOST_TEST(!o.left_in_outbox);
    BOOST_TEST(log_text(log).find(secret) == std::string::npos);
    print_row("SIGKILL " + phase + " at " + point, kills, o);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CrashAnywhere)

// The points in the order the agent reaches them while it ends a call: spooling
// (manifest, the three payload files, the commit), each send, each 2xx before its file
// is removed, the job link written into the call record (mid-rewrite too), the
// removal of each file and of the call's directory.
const std::vector<std::string> end_points{
    "spool.before_commit",
    "spool.after_commit",
    "send.before:job",
    "delivered.before_link_or_unlink:job",
    "write.before_rename:2-call.json#2",  // the link rewrite, half done (#1 is the spool)
    "delivered.before_unlink:job",
    "delivered.after_unlink:job",
    "send.before:call",
    "delivered.before_link_or_unlink:call",
    "delivered.after_unlink:call",
    "send.before:alert",
    "delivered.before_link_or_unlink:alert",
    "delivered.after_unlink:alert",
    "call.before_rmdir",
};

const std::vector<std::string> replay_points{
    "send.before:job",
    "delivered.before_link_or_unlink:job",
    "write.before_rename:2-call.json",  // the link rewrite, half done
    "delivered.before_unlink:job",
    "send.before:call",
    "delivered.before_link_or_unlink:call",
    "send.before:alert",
    "delivered.before_link_or_unlink:alert",
    "call.before_rmdir",
};

BOOST_AUTO_TEST_CASE(killed_while_ending_the_call_at_every_point) {
    for (const auto& p : end_points) crash_row("end", p);
}

BOOST_AUTO_TEST_CASE(killed_while_replaying_at_every_point) {
    for (const auto& p : replay_points) crash_row("replay", p);
}

// A kill before every payload file is on disk: the call never reached the outbox.
// This is the one window where a kill loses the call (as a kill before the call
// ended would): nothing of it may have been sent, and nothing is committed later.
BOOST_AUTO_TEST_CASE(killed_before_the_payloads_are_on_disk_sends_nothing) {
    ModelDashboard model;
    TestServer server([&](const Seen& s) { return model.answer(s); });
    TempDir dir;
    const fs::path outbox = dir.path / "outbox", log = dir.path / "agent.log", session = dir.path / "session.json";
    std::ofstream(session) << boost::json::serialize(boost::json::value_from(the_call()));
    const int st = run_agent({"end", session.string(), "2015"},
                             agent_env(server.port(), outbox, "write.before_rename:2-call.json#1"), log);
    BOOST_TEST(killed(st));
    BOOST_TEST(exited(run_agent({"replay"}, agent_env(server.port(), outbox), log), 0));
    BOOST_TEST(model.seen().empty());  // no job without its call record
    BOOST_TEST(fs::is_empty(outbox / "pending"));
    BOOST_TEST(!fs::is_empty(outbox / "tmp"));  // the incomplete entry, removed after an hour
    std::printf("crash-matrix | %-58s | faults %2d | sent nothing, committed nothing (the call was not on disk yet)\n",
                "SIGKILL end mid-spool (before the call record is on disk)", killed(st) ? 1 : 0);
}

BOOST_AUTO_TEST_SUITE_END()

// TLS failures while a call ends in this process; then a replay over good TLS.
BOOST_AUTO_TEST_SUITE(Tls)

namespace {

PostCallConfig tls_config(unsigned short port, const fs::path& outbox) {
    PostCallConfig c;
    c.webhook_url = "https://localhost:" + std::to_string(port) + "/api/webhook/jobs";
    c.webhook_secret = secret;
    c.business.user_email = "owner@test.com";
    c.client.ca_file = calllock::test::pki().ca();
    c.client.timeout = milliseconds(2000);
    c.outbox_dir = outbox.string();
    c.retry = {milliseconds(800), milliseconds(20), milliseconds(100)};
    return c;
}

void quiet(LogLevel, std::string_view) {}

// Replays the outbox against `port` over TLS and checks the call arrived whole.
void replay_and_verify(ModelDashboard& model, unsigned short port, const fs::path& outbox, const std::string& row,
                       int faults) {
    const auto cfg = tls_config(port, outbox);
    auto box = Outbox::open(outbox);
    auto client = DashboardClient::create(cfg.webhook_url, cfg.webhook_secret, cfg.client);
    BOOST_REQUIRE(box.has_value());
    BOOST_REQUIRE(client.has_value());
    const auto r = box->replay(*client, cfg.retry, {}, quiet);
    BOOST_TEST(r.complete(), r.summary());
    const Outcome o = verify(model, outbox, stable_call_id(the_call()));
    BOOST_TEST(o.lost == 0u);
    BOOST_TEST(o.not_byte_identical == 0u);
    BOOST_TEST(o.unlinked == 0u);
    BOOST_TEST(!o.left_in_outbox);
    print_row(row, faults, o);
}

}  // namespace

BOOST_AUTO_TEST_CASE(handshake_refused) {
    // A listener that takes each connection and closes it: no TLS handshake completes.
    TempDir dir;
    std::optional<calllock::test::Refuser> refuser(std::in_place);
    const auto r = handle_call_ended(the_call(), tls_config(refuser->port(), dir.path), 2015.0, quiet);
    const int refused = refuser->refused();
    refuser.reset();
    BOOST_TEST(!r.delivered());
    BOOST_TEST(!r.kept_in.empty());
    BOOST_TEST(refused > 0);  // the fault happened
    BOOST_TEST(r.job->error.find("TLS handshake") != std::string::npos, r.job->error);

    ModelDashboard model;
    auto ctx = calllock::test::pki().server_context();
    TestServer server([&](const Seen& s) { return model.answer(s); }, &ctx);
    replay_and_verify(model, server.port(), dir.path, "TLS handshake refused, then replay", refused);
}

BOOST_AUTO_TEST_CASE(untrusted_certificate_appears_mid_run) {
    static calllock::test::Pki stranger("-untrusted");  // a CA the client does not trust
    auto good = calllock::test::pki().server_context();
    auto bad = stranger.server_context();
    ModelDashboard model;
    TestServer server([&](const Seen& s) { return model.answer(s); }, &good);
    // After the job is answered the connection closes and the certificate changes.
    model.close_after_job = true;
    model.after_job = [&] { server.set_tls(&bad); };
    TempDir dir;
    const auto r = handle_call_ended(the_call(), tls_config(server.port(), dir.path), 2015.0, quiet);
    BOOST_TEST(r.job->success);
    BOOST_TEST(!r.call->success);  // refused: the certificate is not trusted
    BOOST_TEST(r.call->error.find("TLS handshake") != std::string::npos, r.call->error);
    BOOST_TEST(!r.kept_in.empty());
    const auto before = model.seen().size();
    BOOST_TEST(before == 1u);  // nothing, the secret least of all, went to the untrusted server
    model.after_job = nullptr;
    server.set_tls(&good);
    replay_and_verify(model, server.port(), dir.path, "untrusted certificate mid-run, then replay", 1);
}

BOOST_AUTO_TEST_CASE(tls_connection_cut_mid_answer) {
    auto ctx = calllock::test::pki().server_context();
    ModelDashboard model;
    model.cuts_left = 2;  // the job's answer and the retry's: both stored, both answers lost
    TestServer server([&](const Seen& s) { return model.answer(s); }, &ctx);
    TempDir dir;
    const auto r = handle_call_ended(the_call(), tls_config(server.port(), dir.path), 2015.0, quiet);
    BOOST_TEST(model.cuts_done == 2);  // the fault happened
    BOOST_TEST(r.delivered(), r.summary());  // retried within the call; the repeated job got its id back
    const Outcome o = verify(model, dir.path, stable_call_id(the_call()));
    BOOST_TEST(o.lost == 0u);
    BOOST_TEST(o.not_byte_identical == 0u);
    BOOST_TEST(o.unlinked == 0u);
    BOOST_TEST(!o.left_in_outbox);
    print_row("TLS connection cut mid-answer (twice), retried in the call", model.cuts_done, o);
}

BOOST_AUTO_TEST_SUITE_END()
