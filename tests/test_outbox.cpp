// The durable file outbox: its files, then the
// fault matrix against the local dashboard behind a fault-injecting proxy on
// 127.0.0.1 (docs/reliability.md reports it), a process killed with SIGKILL while
// sending, and replays racing agents. Every row checks that after the fault ends a
// replay delivers every payload, none lost, none altered, and that no file the test
// produced (outbox, dead letters, dashboard store, logs) contains the secret.
#define BOOST_TEST_MODULE outbox
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/dashboard/outbox.hpp>
#include <calllock/dashboard/payload.hpp>
#include <calllock/json.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "local_dashboard.hpp"
#include "support/net.hpp"
#include "support/plan_sessions.hpp"
#include "support/process.hpp"
#include "support/fault_proxy.hpp"
#include "support/temp_dir.hpp"
#include "support/test_server.hpp"

extern char** environ;

using namespace calllock;
using calllock::test::TempDir;
using calllock::test::unused_port;
using calllock::test::Fault;
using calllock::test::FaultPlan;
using calllock::test::FaultProxy;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

const std::string secret = "s3cret-outbox-7f9a2c";

// Log lines, from any thread.
struct Logs {
    std::mutex mu;
    std::vector<std::string> lines;
    log_fn fn() {
        return [this](LogLevel, std::string_view m) {
            std::lock_guard lock(mu);
            lines.emplace_back(m);
        };
    }
    std::string text() {
        std::lock_guard lock(mu);
        std::string t;
        for (const auto& l : lines) t += l + "\n";
        return t;
    }
};

// The plan's fixtures, with this file's call ids.
CallSession completed_session(std::string sid = "CA_out_1") {
    CallSession s = calllock::test::completed_session();
    s.call_sid = std::move(sid);
    return s;
}

// No call_sid: the call id is the deterministic stable_call_id.
CallSession safety_session() {
    CallSession s = calllock::test::safety_session();
    s.call_sid.clear();
    return s;
}

double end_of(const CallSession& s) { return s.start_time + 15.0; }

BusinessConfig business() {
    BusinessConfig b;
    b.user_email = "owner@test.com";
    return b;
}

PostCallConfig config_for(unsigned short port, const fs::path& outbox) {
    PostCallConfig c;
    c.webhook_url = "http://127.0.0.1:" + std::to_string(port) + "/api/webhook/jobs";
    c.webhook_secret = secret;
    c.business = business();
    c.client.timeout = milliseconds(250);
    c.outbox_dir = outbox.string();
    c.retry = {milliseconds(600), milliseconds(20), milliseconds(100)};
    return c;
}

struct Dashboard {
    TempDir dir;
    local::LocalDashboard server{{secret, dir.path / "store"}};
    Dashboard() { server.start(); }
    ~Dashboard() { server.stop(); }
    std::vector<boost::json::object> records(const char* file) const {
        std::vector<boost::json::object> out;
        std::ifstream in(dir.path / "store" / file);
        for (std::string line; std::getline(in, line);) out.push_back(boost::json::parse(line).as_object());
        return out;
    }
};

DashboardClient client_for(unsigned short port, milliseconds timeout = milliseconds(1000)) {
    ClientOptions o;
    o.timeout = timeout;
    auto c = DashboardClient::create("http://127.0.0.1:" + std::to_string(port) + "/api/webhook/jobs", secret, o);
    BOOST_REQUIRE(c.has_value());
    return std::move(*c);
}

// Every regular file under `root` that contains the secret.
std::vector<std::string> files_with_secret(const fs::path& root) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        if (ss.str().find(secret) != std::string::npos) out.push_back(it->path().string());
    }
    return out;
}

struct Tally {
    std::size_t payloads = 0, delivered = 0, lost = 0, altered = 0, duplicated = 0, not_byte_identical = 0;
};

// What the dashboard stored against what the sessions should have produced: each
// job, call record and alert exactly once, equal to the built payload (the call
// record linked to the id the dashboard gave its job), and every request for one
// payload carrying the same bytes.
Tally verify(const Dashboard& d, const std::vector<CallSession>& sessions, const std::vector<test::ProxiedRequest>& seen) {
    Tally t;
    const auto jobs = d.records("jobs.jsonl");
    const auto calls = d.records("calls.jsonl");
    const auto alerts = d.records("emergency-alerts.jsonl");
    auto find_all = [](const std::vector<boost::json::object>& recs, const std::string& id) {
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < recs.size(); ++i)
            if (recs[i].at("call_id").as_string() == id) at.push_back(i);
        return at;
    };
    auto check = [&](const std::vector<boost::json::object>& recs, const std::string& id, boost::json::value want) {
        ++t.payloads;
        const auto at = find_all(recs, id);
        if (at.empty()) {
            ++t.lost;
            return std::optional<std::size_t>();
        }
        ++t.delivered;
        if (at.size() > 1) ++t.duplicated;
        if (boost::json::value(recs[at[0]]) != want) {
            ++t.altered;
            BOOST_TEST_MESSAGE("altered: " << boost::json::serialize(recs[at[0]]) << "\n want: " << want);
        }
        return std::optional<std::size_t>(at[0]);
    };
    for (const auto& s : sessions) {
        auto built = build_payloads(s, end_of(s), business());
        BOOST_REQUIRE(built.has_value());
        const std::string id = stable_call_id(s);
        const auto job_at = check(jobs, id, boost::json::value_from(built->job));
        auto call = boost::json::value_from(built->call);
        // The dashboard numbers its jobs and leads in the order it stores them.
        if (job_at) call.as_object()["job_id"] = "job_" + std::to_string(*job_at + 1);
        check(calls, id, call);
        if (built->alert) check(alerts, id, boost::json::value_from(*built->alert));
    }
    std::map<std::string, std::string> first;
    for (const auto& r : seen) {
        auto [it, fresh] = first.emplace(r.target + " " + r.call_id, r.body);
        if (!fresh && it->second != r.body) ++t.not_byte_identical;
    }
    return t;
}

void print_row(const std::string& name, int faults, const Tally& t) {
    std::printf("fault-matrix | %-44s | faults %3d | payloads %zu | delivered %zu | lost %zu | altered %zu\n",
                name.c_str(), faults, t.payloads, t.delivered, t.lost, t.altered);
    std::fflush(stdout);
}

FaultPlan plan(Fault f, int pass_first = 0, int count = INT_MAX, int every = 0, std::string retry_after = {}) {
    FaultPlan p;
    p.fault = f;
    p.pass_first = pass_first;
    p.count = count;
    p.every = every;
    p.retry_after = std::move(retry_after);
    return p;
}

struct Row {
    std::string name;
    FaultPlan plan;
    bool down = false;              // the dashboard's port refuses connections during the call
    bool delivered_in_call = false; // the fault is short enough for the call's own retries
    milliseconds budget{600};
    Row(std::string n, FaultPlan p, bool d = false, bool in_call = false, milliseconds b = milliseconds(600))
        : name(std::move(n)), plan(std::move(p)), down(d), delivered_in_call(in_call), budget(b) {}
};

// One row of the matrix: two calls (5 payloads) during the fault, then the fault
// ends and a replay delivers what is left.
void run_row(const Row& row) {
    Dashboard d;
    FaultProxy proxy(d.server.port());
    proxy.set(row.plan);
    TempDir box;
    Logs logs;
    auto cfg = config_for(row.down ? unused_port() : proxy.port(), box.path);
    cfg.retry.budget = row.budget;
    const std::vector<CallSession> sessions{completed_session(), safety_session()};
    for (const auto& s : sessions) {
        const auto started = std::chrono::steady_clock::now();
        const auto r = handle_call_ended(s, cfg, end_of(s), logs.fn());
        const auto took = std::chrono::steady_clock::now() - started;
        BOOST_TEST(r.outbox_used);
        BOOST_TEST(r.delivered() == row.delivered_in_call, r.summary());
        if (!row.delivered_in_call) {
            BOOST_TEST(!r.kept_in.empty());
            BOOST_TEST(logs.text().find("kept in " + r.kept_in) != std::string::npos);
        }
        // The call's budget bounds its time (plus at most one attempt in flight: four steps of 250 ms).
        BOOST_TEST((took < row.budget + milliseconds(2500)));
    }
    auto box_open = Outbox::open(box.path);
    BOOST_REQUIRE(box_open.has_value());
    if (!row.delivered_in_call) BOOST_TEST(box_open->pending_payloads() > 0u);
    const int faults = row.down ? 1 : proxy.faults();

    proxy.set({});  // the fault ends
    auto client = client_for(proxy.port());
    const auto rep = box_open->replay(client, {milliseconds(2000), milliseconds(20), milliseconds(100)}, {}, logs.fn());
    BOOST_TEST(rep.complete(), rep.summary());
    BOOST_TEST(box_open->pending_keys().empty());
    BOOST_TEST(box_open->dead_keys().empty());

    const Tally t = verify(d, sessions, proxy.requests());
    BOOST_TEST(t.payloads == 5u);
    BOOST_TEST(t.lost == 0u);
    BOOST_TEST(t.altered == 0u);
    BOOST_TEST(t.duplicated == 0u);
    BOOST_TEST(t.not_byte_identical == 0u);
    BOOST_TEST(files_with_secret(box.path).empty());
    BOOST_TEST(files_with_secret(d.dir.path).empty());
    BOOST_TEST(logs.text().find(secret) == std::string::npos);
    print_row(row.name, faults, t);
}

std::string http_date_in(std::chrono::seconds from_now) {
    const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + from_now);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buf;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Pieces)

BOOST_AUTO_TEST_CASE(spooled_files_are_private_durable_and_the_exact_bytes) {
    TempDir box;
    const mode_t old = ::umask(0);  // the outbox must not depend on the umask
    auto o = Outbox::open(box.path / "ob");
    ::umask(old);
    BOOST_REQUIRE(o.has_value());
    const std::vector<std::pair<Webhook, std::string>> bodies{{Webhook::jobs, R"({"a":1})"},
                                                                 {Webhook::calls, R"({"b":"\u00e9"})"}};
    auto claim = o->spool("CA/../weird id", bodies);
    BOOST_REQUIRE(claim.has_value());
    BOOST_TEST(claim->key().find('/') == std::string::npos);
    BOOST_TEST(claim->key().find("CA____weird_id") != std::string::npos);
    for (const auto& d : {box.path / "ob", box.path / "ob/pending", box.path / "ob/dead", box.path / "ob/tmp",
                          box.path / "ob/pending" / claim->key()})
        BOOST_TEST(((fs::status(d).permissions() & fs::perms::all) == fs::perms::owner_all), d);
    for (const auto& [kind, body] : bodies) {
        const auto f = box.path / "ob/pending" / claim->key() / payload_file(kind);
        BOOST_TEST(((fs::status(f).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write)));
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        BOOST_TEST(ss.str() == body);
    }
    BOOST_TEST(o->pending_payloads() == 2u);
    BOOST_TEST(fs::is_empty(box.path / "ob/tmp"));
    // Held by this claim: another claimer finds it busy.
    bool busy = false;
    BOOST_TEST(!o->claim(claim->key(), milliseconds(0), &busy).has_value());
    BOOST_TEST(busy);
}

BOOST_AUTO_TEST_CASE(a_call_that_cannot_be_spooled_is_an_error_that_says_why_and_leaves_nothing) {
    TempDir box;
    auto o = Outbox::open(box.path / "ob");
    BOOST_REQUIRE(o.has_value());
    fs::remove(box.path / "ob/pending");  // replaced by a file after the outbox was opened
    std::ofstream(box.path / "ob/pending") << "not a directory";
    const std::vector<std::pair<Webhook, std::string>> bodies{{Webhook::jobs, R"({"a":1})"}};
    auto claim = o->spool("CA1", bodies);
    BOOST_REQUIRE(!claim.has_value());
    const std::string why = claim.error().what();
    BOOST_TEST(why.find("cannot spool call") != std::string::npos, why);
    BOOST_TEST(why.find("Not a directory") != std::string::npos, why);
    BOOST_TEST(fs::is_empty(box.path / "ob/tmp"));
    BOOST_CHECK_THROW((void)claim.value(), std::runtime_error);

    // Failing after the call was written in tmp/: pending/ is now on another file system
    // (/dev/shm), so the commit (a rename) fails with EXDEV. What was written is removed.
    const fs::path elsewhere = fs::path("/dev/shm") / ("calllock-xdev-" + std::to_string(::getpid()));
    fs::create_directories(elsewhere);
    fs::remove(box.path / "ob/pending");
    fs::create_directory_symlink(elsewhere, box.path / "ob/pending");
    auto moved = o->spool("CA2", bodies);
    const bool nothing_elsewhere = fs::is_empty(elsewhere);
    fs::remove_all(elsewhere);
    BOOST_REQUIRE(!moved.has_value());
    BOOST_TEST(moved.error().what().find("cannot move") != std::string::npos, moved.error().what());
    BOOST_TEST(fs::is_empty(box.path / "ob/tmp"));
    BOOST_TEST(nothing_elsewhere);
}

BOOST_AUTO_TEST_CASE(an_outbox_in_another_users_or_a_non_directory_is_refused) {
    TempDir t;
    std::ofstream(t.path / "file") << "x";
    auto o = Outbox::open(t.path / "file");
    BOOST_TEST(!o.has_value());
    BOOST_TEST(o.error().field == "outbox_dir");
    BOOST_TEST(!Outbox::open("").has_value());
}

BOOST_AUTO_TEST_CASE(a_rejected_payload_is_a_dead_letter_with_the_answer_and_the_rest_goes_on) {
    // The jobs webhook rejects (400 with details, echoing the secret); calls and alerts accept.
    test::TestServer server([](const test::Seen& s) {
        if (s.target == "/api/webhook/jobs")
            return test::Answer{400, R"({"error":"Validation failed","details":[{"path":"urgency","message":"bad"}],"echo":")" +
                                         s.secret + R"("})"};
        return test::Answer{};
    });
    TempDir box;
    Logs logs;
    const auto r = handle_call_ended(safety_session(), config_for(server.port(), box.path), 2015.0, logs.fn());
    BOOST_TEST(!r.delivered());
    BOOST_TEST(r.job->status == 400u);
    BOOST_TEST(r.call->success);   // sent, unlinked: its job is in dead/
    BOOST_TEST(r.alert->success);
    BOOST_TEST(r.kept_in.empty());
    BOOST_REQUIRE(!r.dead_in.empty());
    BOOST_TEST(server.seen().size() == 3u);  // a 400 is not retried
    auto o = Outbox::open(box.path);
    BOOST_TEST(o->pending_keys().empty());
    BOOST_REQUIRE_EQUAL(o->dead_keys().size(), 1u);
    const fs::path dead = r.dead_in;
    BOOST_TEST(fs::exists(dead / "1-job.json"));
    std::ifstream in(dead / "1-job.answer.json");
    std::stringstream ss;
    ss << in.rdbuf();
    const auto answer = boost::json::parse(ss.str()).as_object();
    BOOST_TEST(answer.at("status").as_int64() == 400);
    BOOST_TEST(answer.at("response").at("details").as_array().size() == 1u);
    BOOST_TEST(answer.at("response").at("echo").as_string() == "<redacted>");
    BOOST_TEST(files_with_secret(box.path).empty());
    BOOST_TEST(logs.text().find("moved to " + r.dead_in) != std::string::npos);
    BOOST_TEST(boost::json::parse(server.seen()[1].body).as_object().count("job_id") == 0u);
}

BOOST_AUTO_TEST_CASE(the_link_to_the_job_survives_when_the_call_record_waits) {
    // The job is accepted; the calls webhook fails for the whole call.
    std::atomic<bool> calls_down{true};
    test::TestServer server([&](const test::Seen& s) {
        if (s.target == "/api/webhook/jobs") return test::Answer{200, R"({"success":true,"job_id":"j_77"})"};
        if (calls_down) return test::Answer{503, R"({"error":"down"})"};
        return test::Answer{};
    });
    TempDir box;
    Logs logs;
    const auto r = handle_call_ended(completed_session(), config_for(server.port(), box.path), 1015.0, logs.fn());
    BOOST_TEST(r.job->success);
    BOOST_TEST(r.call->status == 503u);
    auto o = Outbox::open(box.path);
    BOOST_REQUIRE_EQUAL(o->pending_keys().size(), 1u);
    const auto dir = o->pending_dir() / o->pending_keys()[0];
    BOOST_TEST(!fs::exists(dir / "1-job.json"));
    std::ifstream in(dir / "2-call.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string stored = ss.str();
    BOOST_TEST(boost::json::parse(stored).at("job_id").as_string() == "j_77");

    calls_down = false;
    auto client = client_for(server.port());
    const auto rep = o->replay(client, {milliseconds(1000), milliseconds(10), milliseconds(50)}, {}, logs.fn());
    BOOST_TEST(rep.complete(), rep.summary());
    BOOST_TEST(rep.delivered == 1u);
    const auto seen = server.seen();
    std::vector<std::string> call_bodies;
    for (const auto& s : seen)
        if (s.target == "/api/webhook/calls") call_bodies.push_back(s.body);
    BOOST_REQUIRE(call_bodies.size() >= 2u);
    for (const auto& b : call_bodies) BOOST_TEST(b == stored);  // every attempt the same bytes
    BOOST_TEST(o->pending_keys().empty());
}

// A call ended while the dashboard was down: both its payloads kept in a fresh outbox. Then
// `down = false` and the dashboard accepts the job (with `job_id`) and the call record.
struct KeptCall {
    std::atomic<bool> down{true};
    std::string job_id;
    test::TestServer server;
    TempDir box;
    Logs logs;
    std::optional<Outbox> outbox;
    KeptCall(const std::string& sid, std::string job)
        : job_id(std::move(job)), server([this](const test::Seen& s) {
              if (down) return test::Answer{503, R"({"error":"down"})"};
              if (s.target == "/api/webhook/jobs") return test::Answer{200, R"({"success":true,"job_id":")" + job_id + "\"}"};
              return test::Answer{};
          }) {
        const auto r = handle_call_ended(completed_session(sid), config_for(server.port(), box.path), 1015.0, logs.fn());
        BOOST_TEST(!r.job->success);
        auto o = Outbox::open(box.path);
        BOOST_REQUIRE(o.has_value());
        outbox.emplace(std::move(*o));
        BOOST_REQUIRE_EQUAL(outbox->pending_keys().size(), 1u);
    }
    auto parts() { return std::tie(down, server, logs, outbox); }
};

// A job file that is there but cannot be read (here: grown past what the outbox reads; in a
// busy agent EMFILE, or EIO) is kept, and the call record waits behind it: sent first, the call
// record would go out without the job's link, for good.
BOOST_AUTO_TEST_CASE(an_unreadable_job_keeps_the_call_record_waiting) {
    KeptCall k("CA_unread", "j_55");
    auto [down, server, logs, o] = k.parts();
    const auto job = o->pending_dir() / o->pending_keys()[0] / "1-job.json";
    const auto saved = job.string() + ".saved";
    fs::rename(job, saved);
    {
        std::ofstream big(job, std::ios::binary);
        const std::string mib(1 << 20, 'x');
        for (int i = 0; i < 65; ++i) big << mib;
    }
    down = false;
    const std::size_t before = server.seen().size();  // the call's own attempts, all answered 503
    auto client = client_for(server.port());
    const auto rep = o->replay(client, {milliseconds(1000), milliseconds(10), milliseconds(50)}, {}, logs.fn());
    BOOST_TEST(!rep.complete(), rep.summary());
    BOOST_TEST(server.seen().size() == before);  // neither the job nor, above all, the call record
    BOOST_TEST(rep.delivered == 0u);
    BOOST_TEST(rep.kept == 2u);  // the job kept, the call record waiting behind it
    BOOST_REQUIRE_EQUAL(rep.errors.size(), 1u);
    BOOST_TEST(rep.errors[0].find("cannot read") != std::string::npos, rep.errors[0]);
    // Readable again: the job goes first, then the call record with its link.
    fs::remove(job);
    fs::rename(saved, job);
    const auto rep2 = o->replay(client, {milliseconds(1000), milliseconds(10), milliseconds(50)}, {}, logs.fn());
    BOOST_TEST(rep2.complete(), rep2.summary());
    const auto seen = server.seen();
    BOOST_REQUIRE_EQUAL(seen.size(), before + 2);
    BOOST_TEST(seen[before].target == "/api/webhook/jobs");
    BOOST_TEST(seen[before + 1].target == "/api/webhook/calls");
    BOOST_TEST(boost::json::parse(seen[before + 1].body).at("job_id").as_string() == "j_55");
}

// The job is accepted but the link cannot be written into the pending call record (the disk
// is full: here, a file size limit): the job is kept rather than the call record sent without
// it; the next delivery sends the job again (the dashboard answers a repeated job with the same
// ids) and links then.
BOOST_AUTO_TEST_CASE(a_link_that_cannot_be_written_keeps_the_job) {
    KeptCall k("CA_full", "j_88");
    auto [down, server, logs, o] = k.parts();
    down = false;
    const std::size_t before = server.seen().size();  // the call's own attempts, all answered 503
    auto client = client_for(server.port());
    rlimit old{};
    BOOST_REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = old;
    tiny.rlim_cur = 16;
    BOOST_REQUIRE(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    const auto rep = o->replay(client, {milliseconds(1000), milliseconds(10), milliseconds(50)}, {}, logs.fn());
    ::setrlimit(RLIMIT_FSIZE, &old);
    ::signal(SIGXFSZ, old_handler);
    BOOST_TEST(!rep.complete(), rep.summary());
    auto seen = server.seen();
    BOOST_REQUIRE_EQUAL(seen.size(), before + 1);  // the job; not the call record without its link
    BOOST_TEST(seen[before].target == "/api/webhook/jobs");
    BOOST_TEST(rep.delivered == 0u);
    BOOST_TEST(rep.kept == 2u);  // the job kept, the call record waiting behind it
    BOOST_REQUIRE_EQUAL(rep.errors.size(), 1u);
    BOOST_TEST(rep.errors[0].find("linking the call record") != std::string::npos, rep.errors[0]);
    BOOST_TEST(fs::exists(o->pending_dir() / o->pending_keys()[0] / "1-job.json"));
    // Room again: the job is sent again, linked, and the call record goes with its job_id.
    const auto rep2 = o->replay(client, {milliseconds(1000), milliseconds(10), milliseconds(50)}, {}, logs.fn());
    BOOST_TEST(rep2.complete(), rep2.summary());
    seen = server.seen();
    BOOST_REQUIRE_EQUAL(seen.size(), before + 3);
    BOOST_TEST(seen[before + 1].target == "/api/webhook/jobs");
    BOOST_TEST(seen[before + 2].target == "/api/webhook/calls");
    BOOST_TEST(boost::json::parse(seen[before + 2].body).at("job_id").as_string() == "j_88");
    BOOST_TEST(o->pending_keys().empty());
}

BOOST_AUTO_TEST_CASE(without_an_outbox_the_plans_behaviour_and_a_loud_loss) {
    test::TestServer server([](const test::Seen&) { return test::Answer{500, ""}; });
    TempDir box;
    Logs logs;
    auto cfg = config_for(server.port(), box.path);
    cfg.outbox_dir.clear();
    const auto r = handle_call_ended(completed_session(), cfg, 1015.0, logs.fn());
    BOOST_TEST(!r.outbox_used);
    BOOST_TEST(server.seen().size() == 2u);  // one attempt each, as the plan
    BOOST_TEST(logs.text().find("undelivered payloads are lost") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unusable_outbox_falls_back_to_sending_and_says_so) {
    Dashboard d;
    TempDir t;
    std::ofstream(t.path / "file") << "x";
    Logs logs;
    auto cfg = config_for(d.server.port(), t.path / "file");
    const auto r = handle_call_ended(completed_session(), cfg, 1015.0, logs.fn());
    BOOST_TEST(r.delivered(), r.summary());
    BOOST_TEST(!r.outbox_used);
    BOOST_TEST(logs.text().find("sending without the outbox") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_replay_against_an_unreachable_dashboard_stops_and_keeps_everything) {
    TempDir box;
    Logs logs;
    auto cfg = config_for(unused_port(), box.path);
    cfg.retry = {milliseconds(50), milliseconds(10), milliseconds(20)};
    for (int i = 0; i < 5; ++i) {
        auto s = completed_session("CA_unreachable_" + std::to_string(i));
        BOOST_TEST(!handle_call_ended(s, cfg, end_of(s), logs.fn()).delivered());
    }
    auto o = Outbox::open(box.path);
    BOOST_TEST(o->pending_keys().size() == 5u);
    BOOST_TEST(o->pending_payloads() == 10u);
    auto client = client_for(unused_port(), milliseconds(200));
    const auto r = o->replay(client, cfg.retry, {}, logs.fn());
    BOOST_TEST(r.stopped_early);
    BOOST_TEST(!r.complete());
    BOOST_TEST(r.calls_total == 5u);
    BOOST_TEST(r.calls_done == replay_unreachable_limit);
    BOOST_TEST(o->pending_payloads() == 10u);  // nothing lost, nothing moved
    BOOST_TEST(o->dead_keys().empty());
    BOOST_TEST(r.summary().find("stopped: dashboard unreachable") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_rewrite_left_half_done_by_a_killed_process_does_not_keep_the_call_pending) {
    Dashboard d;
    TempDir box;
    auto o = Outbox::open(box.path);
    const auto s = completed_session("CA_leftover");
    auto built = build_payloads(s, end_of(s), business(), JobsResponse{"job_9", std::nullopt});
    // The job was delivered and the link written; the process died while a rewrite's
    // temporary file was still there.
    const std::vector<std::pair<Webhook, std::string>> bodies{
        {Webhook::calls, boost::json::serialize(boost::json::value_from(built->call))}};
    std::string key;
    {
        auto claim = o->spool(stable_call_id(s), bodies);
        BOOST_REQUIRE(claim.has_value());
        key = claim->key();
    }  // released, as by a process that died
    std::ofstream(o->pending_dir() / key / ".2-call.json.tmp") << "{\"half\":";
    auto client = client_for(d.server.port());
    Logs logs;
    const auto r = o->replay(client, {milliseconds(1000), milliseconds(10), milliseconds(40)}, {}, logs.fn());
    BOOST_TEST(r.complete(), r.summary());
    BOOST_TEST(r.delivered == 1u);
    BOOST_TEST(o->pending_keys().empty());
    BOOST_TEST(d.records("calls.jsonl").at(0).at("job_id").as_string() == "job_9");
}

BOOST_AUTO_TEST_CASE(outbox_configuration_from_the_environment) {
    ::setenv("HOME", "/home/agent", 1);
    ::unsetenv("XDG_STATE_HOME");
    ::unsetenv("CALLLOCK_OUTBOX_DIR");
    BOOST_TEST(PostCallConfig::from_env().outbox_dir == "/home/agent/.local/state/calllock/outbox");
    ::setenv("XDG_STATE_HOME", "/var/state", 1);
    BOOST_TEST(PostCallConfig::from_env().outbox_dir == "/var/state/calllock/outbox");
    ::setenv("CALLLOCK_OUTBOX_DIR", "/srv/outbox", 1);
    BOOST_TEST(PostCallConfig::from_env().outbox_dir == "/srv/outbox");
    ::setenv("CALLLOCK_OUTBOX_DIR", "off", 1);
    BOOST_TEST(PostCallConfig::from_env().outbox_dir.empty());
    ::setenv("CALLLOCK_RETRY_BUDGET_SECONDS", "2.5", 1);
    ::setenv("CALLLOCK_RETRY_BACKOFF_MS", "40", 1);
    const auto c = PostCallConfig::from_env();
    BOOST_TEST(c.retry.budget.count() == 2500);
    BOOST_TEST(c.retry.initial_backoff.count() == 40);
    ::setenv("CALLLOCK_RETRY_BUDGET_SECONDS", "-1", 1);
    BOOST_TEST(PostCallConfig::from_env().retry.budget.count() == 60000);
    for (const char* v : {"CALLLOCK_OUTBOX_DIR", "XDG_STATE_HOME", "CALLLOCK_RETRY_BUDGET_SECONDS", "CALLLOCK_RETRY_BACKOFF_MS"})
        ::unsetenv(v);
}

BOOST_AUTO_TEST_SUITE_END()

// The matrix: each row two calls (a booked job; a safety exit with no call_sid:
// job, call record and alert), 5 payloads.
BOOST_AUTO_TEST_SUITE(FaultMatrix)

BOOST_AUTO_TEST_CASE(dashboard_down_for_the_whole_call) { run_row({"dashboard down for the whole call", FaultPlan{}, true}); }

BOOST_AUTO_TEST_CASE(status_500_storm) { run_row({"500 storm", plan(Fault::status_500)}); }

BOOST_AUTO_TEST_CASE(status_503_storm) { run_row({"503 storm", plan(Fault::status_503)}); }

BOOST_AUTO_TEST_CASE(status_503_burst_retried_within_the_call) {
    run_row({"503 x3, then up (retried within the call)", plan(Fault::status_503, 0, 3), false, true, milliseconds(3000)});
}

BOOST_AUTO_TEST_CASE(status_429_with_retry_after_seconds_is_honored) {
    Dashboard d;
    FaultProxy proxy(d.server.port());
    proxy.set(plan(Fault::too_many_requests, 0, 1, 0, "1"));
    TempDir box;
    Logs logs;
    auto cfg = config_for(proxy.port(), box.path);
    cfg.retry.budget = milliseconds(3000);
    const auto started = std::chrono::steady_clock::now();
    const auto r = handle_call_ended(completed_session(), cfg, end_of(completed_session()), logs.fn());
    BOOST_TEST(r.delivered(), r.summary());
    BOOST_TEST((std::chrono::steady_clock::now() - started >= milliseconds(1000)));  // waited as asked, not 20 ms
    run_row({"429 Retry-After: 1 (seconds), once", plan(Fault::too_many_requests, 0, 1, 0, "1"), false, true,
             milliseconds(3000)});
}

BOOST_AUTO_TEST_CASE(status_429_storm_with_retry_after_http_date_beyond_the_budget) {
    // Retry-After one hour away: no second attempt within the call.
    Dashboard d;
    FaultProxy proxy(d.server.port());
    proxy.set(plan(Fault::too_many_requests, 0, INT_MAX, 0, http_date_in(std::chrono::hours(1))));
    TempDir box;
    Logs logs;
    const auto r = handle_call_ended(completed_session(), config_for(proxy.port(), box.path), 1015.0, logs.fn());
    BOOST_TEST(!r.delivered());
    BOOST_TEST(r.job->status == 429u);
    BOOST_TEST(proxy.requests().size() == 1u);
    run_row({"429 storm, Retry-After: HTTP-date in 1 h", plan(Fault::too_many_requests, 0, INT_MAX, 0,
                                                           http_date_in(std::chrono::hours(1)))});
}

BOOST_AUTO_TEST_CASE(connection_reset_mid_response) { run_row({"connection reset mid-response", plan(Fault::reset)}); }

BOOST_AUTO_TEST_CASE(truncated_body) { run_row({"truncated body", plan(Fault::truncated)}); }

BOOST_AUTO_TEST_CASE(response_never_comes) { run_row({"response never comes", plan(Fault::hang)}); }

BOOST_AUTO_TEST_CASE(non_json_200) { run_row({"200 with a body that is not JSON", plan(Fault::not_json)}); }

BOOST_AUTO_TEST_CASE(response_of_64_mib) { run_row({"64 MiB response", plan(Fault::huge)}); }

BOOST_AUTO_TEST_CASE(faults_after_the_job_got_through) {
    run_row({"job accepted, then 500 storm", plan(Fault::status_500, 1)});
}

BOOST_AUTO_TEST_SUITE_END()

#ifdef CALLLOCK_POSTCALL_CLI
namespace {

// calllock-postcall send in a child process, killed with SIGKILL once the proxy
// holds request number `pass_first + 1` (the proxy never answers it).
void killed_while_sending(int pass_first, const std::string& row_name) {
    Dashboard d;
    FaultProxy proxy(d.server.port());
    proxy.set(plan(Fault::hang, pass_first));
    TempDir box;
    const auto session_file = box.path / "session.json";
    std::ofstream(session_file) << boost::json::serialize(boost::json::value_from(safety_session()));
    const std::string url = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/api/webhook/jobs";
    std::vector<std::string> env{"DASHBOARD_WEBHOOK_URL=" + url, "DASHBOARD_WEBHOOK_SECRET=" + secret,
                                 "DASHBOARD_USER_EMAIL=owner@test.com", "CALLLOCK_OUTBOX_DIR=" + (box.path / "ob").string(),
                                 "DASHBOARD_TIMEOUT_SECONDS=30", "CALLLOCK_RETRY_BUDGET_SECONDS=60"};
    std::vector<std::string> args{CALLLOCK_POSTCALL_CLI, "send", "--end-time", "2015", session_file.string()};
    const pid_t pid = calllock::test::spawn(args, env, (box.path / "child.log").string());
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (proxy.requests().size() < static_cast<std::size_t>(pass_first + 1) && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(milliseconds(10));
    BOOST_REQUIRE_EQUAL(proxy.requests().size(), static_cast<std::size_t>(pass_first + 1));
    std::this_thread::sleep_for(milliseconds(50));  // in the middle of waiting for the answer
    ::kill(pid, SIGKILL);
    const int status = calllock::test::wait_for(pid);
    BOOST_TEST(WIFSIGNALED(status));
    BOOST_TEST(WTERMSIG(status) == SIGKILL);

    auto o = Outbox::open(box.path / "ob");
    BOOST_REQUIRE(o.has_value());
    BOOST_REQUIRE_EQUAL(o->pending_keys().size(), 1u);  // nothing claimed forever by the dead process
    const auto entry = o->pending_dir() / o->pending_keys()[0];
    if (pass_first >= 1) {  // the job was delivered: its link is in the stored call record
        BOOST_TEST(!fs::exists(entry / "1-job.json"));
        std::ifstream in(entry / "2-call.json");
        std::stringstream ss;
        ss << in.rdbuf();
        BOOST_TEST(boost::json::parse(ss.str()).at("job_id").as_string() == "job_1");
    }
    proxy.set({});
    auto client = client_for(proxy.port());
    Logs logs;
    const auto rep = o->replay(client, {milliseconds(2000), milliseconds(20), milliseconds(100)}, {}, logs.fn());
    BOOST_TEST(rep.complete(), rep.summary());
    const std::vector<CallSession> sessions{safety_session()};
    // verify() compares with payloads built at end_of(s) = 2015.
    const Tally t = verify(d, sessions, proxy.requests());
    BOOST_TEST(t.payloads == 3u);
    BOOST_TEST(t.lost == 0u);
    BOOST_TEST(t.altered == 0u);
    BOOST_TEST(t.duplicated == 0u);
    BOOST_TEST(t.not_byte_identical == 0u);
    BOOST_TEST(files_with_secret(box.path).empty());
    BOOST_TEST(files_with_secret(d.dir.path).empty());
    print_row(row_name, 1, t);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FaultMatrix)

BOOST_AUTO_TEST_CASE(sigkill_while_sending_the_job) { killed_while_sending(0, "SIGKILL while sending the job"); }

BOOST_AUTO_TEST_CASE(sigkill_while_sending_the_call_record) {
    killed_while_sending(1, "SIGKILL while sending the call record");
}

BOOST_AUTO_TEST_SUITE_END()
#endif

BOOST_AUTO_TEST_SUITE(Concurrency)

// Three agents write and deliver 4 calls each while two replays run in a loop,
// with every third request failing: each payload is delivered, none twice at the
// same time, none skipped.
BOOST_AUTO_TEST_CASE(replays_racing_agents_send_nothing_twice_at_once_and_skip_nothing) {
    Dashboard d;
    FaultProxy proxy(d.server.port());
    proxy.set(plan(Fault::status_503, 0, INT_MAX, 3));
    TempDir box;
    Logs logs;
    auto cfg = config_for(proxy.port(), box.path);
    cfg.client.timeout = milliseconds(2000);
    cfg.retry = {milliseconds(300), milliseconds(10), milliseconds(40)};
    std::vector<CallSession> sessions;
    for (int a = 0; a < 3; ++a)
        for (int i = 0; i < 4; ++i) {
            auto s = (a + i) % 2 ? completed_session() : safety_session();
            s.call_sid = "CA_race_" + std::to_string(a) + "_" + std::to_string(i);
            sessions.push_back(std::move(s));
        }
    std::atomic<bool> agents_done{false};
    std::atomic<int> replays{0};
    std::vector<std::thread> replayers;
    for (int k = 0; k < 2; ++k)
        replayers.emplace_back([&] {
            auto o = Outbox::open(box.path);
            auto client = client_for(proxy.port());
            do {
                (void)o->replay(client, {milliseconds(300), milliseconds(10), milliseconds(40)}, {}, logs.fn());
                ++replays;
            } while (!agents_done);
        });
    std::vector<std::thread> agents;
    for (int a = 0; a < 3; ++a)
        agents.emplace_back([&, a] {
            for (int i = 0; i < 4; ++i) {
                const auto& s = sessions[static_cast<std::size_t>(a * 4 + i)];
                (void)handle_call_ended(s, cfg, end_of(s), logs.fn());
            }
        });
    for (auto& t : agents) t.join();
    agents_done = true;
    for (auto& t : replayers) t.join();
    BOOST_TEST(replays.load() > 0);
    proxy.set({});
    auto o = Outbox::open(box.path);
    auto client = client_for(proxy.port());
    const auto rep = o->replay(client, {milliseconds(2000), milliseconds(10), milliseconds(40)}, {}, logs.fn());
    BOOST_TEST(rep.complete(), rep.summary());
    BOOST_TEST(o->pending_keys().empty());
    BOOST_TEST(o->dead_keys().empty());
    BOOST_TEST(proxy.max_concurrent_same_payload() == 1);
    const auto jobs = d.records("jobs.jsonl");
    const auto calls = d.records("calls.jsonl");
    BOOST_TEST(jobs.size() == sessions.size());
    BOOST_TEST(calls.size() == sessions.size());
    BOOST_TEST(d.records("emergency-alerts.jsonl").size() == 6u);
    for (const auto& c : calls) BOOST_TEST(c.contains("job_id") != c.contains("lead_id"));  // every record linked
    BOOST_TEST(files_with_secret(box.path).empty());
    BOOST_TEST(logs.text().find(secret) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
