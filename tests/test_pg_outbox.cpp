// The PostgreSQL outbox (pg_outbox.hpp) against a real PostgreSQL 15 that the test
// starts (support/pg_server), and the fleet: producer processes ending calls into it,
// `calllock-postcall deliver` workers delivering them to the local dashboard over
// HTTPS, with a worker and a producer SIGKILLed and the database restarted mid-run.
#define BOOST_TEST_MODULE pg_outbox
#include <boost/test/unit_test.hpp>

#include <calllock/json.hpp>
#include <calllock/dashboard/outbox.hpp>
#include <calllock/dashboard/payload.hpp>
#include <calllock/dashboard/pg_outbox.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "local_dashboard.hpp"
#include "support/fleet_sessions.hpp"
#include "support/net.hpp"
#include "support/pg_server.hpp"
#include "support/pki.hpp"
#include "support/plan_sessions.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

using namespace calllock;
using calllock::test::TempDir;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

const std::string secret = "pg-outbox-secret-5e1";

test::PgServer& server() {
    static test::PgServer s;
    return s;
}

// Runs SQL on the test database (fails the test on an error).
pg::detail::result sql(const std::string& text) {
    static pg::detail::connection c(server().url());
    auto r = c.exec(text.c_str());
    if (!r.ok()) r = c.exec(text.c_str());  // once more on a new connection (the server was restarted)
    BOOST_REQUIRE_MESSAGE(r.ok(), text << ": " << r.error());
    return r;
}

void empty_outbox() {
    auto box = pg::Outbox::open(server().url());  // creates the schema the first time
    BOOST_REQUIRE_MESSAGE(box, (box ? "" : box.error().what()));
    sql("TRUNCATE calllock_outbox_calls, calllock_outbox_payloads, calllock_outbox_dead");
}

std::vector<boost::json::object> lines(const fs::path& p) {
    std::vector<boost::json::object> out;
    std::ifstream in(p);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(boost::json::parse(line).as_object());
    return out;
}

std::string str(const boost::json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

struct Dashboard {
    TempDir dir{"calllock-pg-dash"};
    local::LocalDashboard server;
    explicit Dashboard(local::DashboardOptions o = {}) : server(with_store(std::move(o), dir.path)) { server.start(); }
    static local::DashboardOptions with_store(local::DashboardOptions o, const fs::path& d) {
        if (o.secret.empty()) o.secret = secret;
        o.store = d / "store";
        o.log_requests = true;
        return o;
    }
    [[nodiscard]] std::string jobs_url() const {
        return "http://127.0.0.1:" + std::to_string(server.port()) + "/api/webhook/jobs";
    }
    [[nodiscard]] std::vector<boost::json::object> records(const char* file) const {
        return lines(dir.path / "store" / file);
    }
};

PostCallConfig config_for(const std::string& jobs_url) {
    PostCallConfig c;
    c.webhook_url = jobs_url;
    c.webhook_secret = secret;
    c.business.user_email = "owner@test.com";
    c.client.timeout = milliseconds(2000);
    c.retry = {milliseconds(500), milliseconds(20), milliseconds(100)};
    c.outbox_url = server().url();
    return c;
}

// An empty outbox and the configuration of an agent that enqueues into it (with this
// retry budget when one is given: use_outbox's hook takes each call's from it).
PostCallConfig enqueuing(const std::string& jobs_url, std::optional<milliseconds> budget = std::nullopt) {
    empty_outbox();
    auto c = config_for(jobs_url);
    if (budget) c.retry.budget = *budget;
    BOOST_REQUIRE(!pg::use_outbox(c));
    return c;
}

DashboardClient client_for(const std::string& jobs_url, const std::string& key = secret) {
    ClientOptions o;
    o.timeout = milliseconds(2000);
    auto c = DashboardClient::create(jobs_url, key, o);
    BOOST_REQUIRE(c);
    return std::move(*c);
}

const log_fn quiet = [](LogLevel, std::string_view) {};

}  // namespace

BOOST_AUTO_TEST_SUITE(PgOutbox)

BOOST_AUTO_TEST_CASE(schema_is_created_once_and_versioned) {
    empty_outbox();
    BOOST_TEST(static_cast<bool>(pg::Outbox::open(server().url())));  // again: nothing to do
    BOOST_TEST(sql("SELECT value FROM calllock_meta WHERE key = 'schema_version'").get(0, 0) == "1");
    sql("UPDATE calllock_meta SET value = '99' WHERE key = 'schema_version'");
    auto newer = pg::Outbox::open(server().url());
    sql("UPDATE calllock_meta SET value = '1' WHERE key = 'schema_version'");
    BOOST_REQUIRE(!newer);
    BOOST_TEST(newer.error().what().find("newer than this library") != std::string::npos, newer.error().what());
}

BOOST_AUTO_TEST_CASE(a_url_that_is_not_postgres_or_a_database_that_is_down_is_an_error_at_start) {
    PostCallConfig c = config_for("http://127.0.0.1:1/api/webhook/jobs");
    c.outbox_url = "mysql://x";
    auto e = pg::use_outbox(c);
    BOOST_REQUIRE(e);
    BOOST_TEST(e->field == "outbox_url");
    // A database that cannot be reached is waited for (here 1 s), then an error.
    c.outbox_url = "postgresql:///postgres?host=/nonexistent-dir&port=1&user=postgres&connect_timeout=2";
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::string> waits;
    e = pg::use_outbox(c, milliseconds(1000), [&](LogLevel, std::string_view m) { waits.emplace_back(m); });
    BOOST_TEST((std::chrono::steady_clock::now() - t0 >= milliseconds(700)));
    BOOST_REQUIRE(!waits.empty());  // the wait is said, with its reason
    BOOST_TEST(waits.front().find("waiting 0.1 s for PostgreSQL: cannot connect") == 0u, waits.front());
    BOOST_REQUIRE(e);
    BOOST_TEST(e->what().find("cannot connect to PostgreSQL") != std::string::npos, e->what());
    BOOST_TEST(!c.enqueue);
    // A database that does not exist is not waited for.
    c.outbox_url = server().url();
    c.outbox_url.replace(c.outbox_url.find("/postgres?"), 10, "/no_such_database?");
    t0 = std::chrono::steady_clock::now();
    e = pg::use_outbox(c);
    BOOST_TEST((std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5)));
    BOOST_REQUIRE(e);
    BOOST_TEST(e->what().find("does not exist") != std::string::npos, e->what());
    // A URL libpq cannot read is an error at once, without its password (libpq quotes
    // a malformed URL whole).
    c.outbox_url = "postgresql://calllock:Pa55-w0rd-xyz@[::1/postgres";
    t0 = std::chrono::steady_clock::now();
    e = pg::use_outbox(c);
    BOOST_TEST((std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5)));
    BOOST_REQUIRE(e);
    BOOST_TEST(e->what().find("not a PostgreSQL URL libpq can read") != std::string::npos, e->what());
    BOOST_TEST(e->what().find("Pa55-w0rd-xyz") == std::string::npos, e->what());
    BOOST_TEST(pg::detail::trimmed("bad URI \"postgresql://u:hunter22@db/x\"\n") ==
               "bad URI \"postgresql://u:<redacted>@db/x\"");
    // A password libpq cannot decode (a literal '%'): libpq quotes that token alone, not the URL.
    for (const char* pw : {"50%off-S3cret", "a%zz", "x%"}) {
        c.outbox_url = std::string("postgresql://calllock:") + pw + "@127.0.0.1/postgres";
        e = pg::use_outbox(c);
        BOOST_REQUIRE(e);
        BOOST_TEST(e->what().find("not a PostgreSQL URL libpq can read") != std::string::npos, e->what());
        BOOST_TEST(e->what().find(pw) == std::string::npos, e->what());
    }
    BOOST_TEST(pg::detail::password_of("postgresql://u:50%off@db/x") == "50%off");
    BOOST_TEST(pg::detail::password_of("postgresql://u:p%40ss@db/x") == "p@ss");
    BOOST_TEST(pg::detail::password_of("postgresql://u@db/x").empty());
    BOOST_TEST(pg::detail::trimmed("invalid percent-encoded token: \"x%\"", "x%") ==
               "invalid percent-encoded token: \"<redacted>\"");
    // A URL without the hook that enqueues: check() says so instead of ignoring it.
    PostCallConfig no_hook = config_for("http://127.0.0.1:1/api/webhook/jobs");
    const auto err = no_hook.check();
    BOOST_REQUIRE(err);
    BOOST_TEST(err->what().find("CALLLOCK_OUTBOX_URL") != std::string::npos, err->what());
}

// A call the database cannot take goes to the file outbox: a configuration without one (no
// CALLLOCK_OUTBOX_DIR, no XDG_STATE_HOME or HOME), not turned off on purpose, is an error at start.
BOOST_AUTO_TEST_CASE(a_postgres_outbox_needs_a_file_outbox_to_fall_back_on) {
    auto c = enqueuing("http://127.0.0.1:1/api/webhook/jobs");
    BOOST_REQUIRE(c.outbox_dir.empty());
    const auto err = c.check();
    BOOST_REQUIRE(err);
    BOOST_TEST(err->field == "outbox_dir");
    BOOST_TEST(err->what().find("PostgreSQL outbox cannot take") != std::string::npos, err->what());
    c.outbox_off = true;  // CALLLOCK_OUTBOX_DIR=off: sending once is chosen
    BOOST_TEST(!c.check());
    c.outbox_off = false;
    TempDir box{"calllock-pg-fallback"};
    c.outbox_dir = box.path.string();
    BOOST_TEST(!c.check());
}

BOOST_AUTO_TEST_CASE(an_agent_that_starts_while_the_database_is_down_comes_up_with_it) {
    empty_outbox();
    Dashboard d;
    auto config = config_for(d.jobs_url());
    server().stop();
    std::optional<ConfigError> err;
    std::thread agent([&] { err = pg::use_outbox(config, std::chrono::seconds(60)); });
    std::this_thread::sleep_for(milliseconds(1500));  // the agent is waiting now
    server().start();
    agent.join();
    BOOST_REQUIRE_MESSAGE(!err, err->what());
    const auto r = handle_call_ended(test::completed_session(), config, 1015.0, [](LogLevel, std::string_view) {});
    BOOST_TEST(r.queued, r.summary());
    BOOST_TEST(sql("SELECT count(*) FROM calllock_outbox_calls").get(0, 0) == "1");
}

BOOST_AUTO_TEST_CASE(a_call_is_enqueued_whole_and_drained_in_order_with_the_link) {
    Dashboard d;
    auto config = enqueuing(d.jobs_url());
    const auto r = handle_call_ended(test::completed_session(), config, 1015.0, quiet);
    BOOST_TEST(r.queued, r.summary());
    BOOST_TEST(!r.job.has_value());  // nothing sent by the agent
    BOOST_TEST(d.records("jobs.jsonl").empty());
    auto box = pg::Outbox::open(server().url());
    BOOST_REQUIRE(box);
    auto b = box->backlog();
    BOOST_REQUIRE(b);
    BOOST_TEST(b->pending_calls == 1);
    BOOST_TEST(b->pending_payloads == 2);  // job and call record: no alert without a safety exit

    // The bytes stored are the bytes the orchestrator built.
    const std::string stored_job(sql("SELECT body FROM calllock_outbox_payloads WHERE kind = 0").get(0, 0));
    auto built = build_payloads(test::completed_session(), 1015.0, config.business);
    BOOST_REQUIRE(built);
    BOOST_TEST(stored_job == boost::json::serialize(boost::json::value_from(built->job)));

    auto client = client_for(d.jobs_url());
    const auto rep = box->drain(client, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(rep.delivered == 2u, rep.summary());
    BOOST_TEST(rep.complete());
    b = box->backlog();
    BOOST_TEST(b->pending_calls == 0);
    BOOST_TEST(b->pending_payloads == 0);
    BOOST_TEST(b->dead_payloads == 0);
    const auto jobs = d.records("jobs.jsonl");
    const auto calls = d.records("calls.jsonl");
    BOOST_REQUIRE_EQUAL(jobs.size(), 1u);
    BOOST_REQUIRE_EQUAL(calls.size(), 1u);
    BOOST_TEST(str(calls[0], "job_id") == "job_1");  // linked to the job the jobs webhook created
    const auto requests = d.records("requests.jsonl");
    BOOST_REQUIRE_EQUAL(requests.size(), 2u);
    BOOST_TEST(str(requests[0], "route") == "jobs");
    BOOST_TEST(str(requests[1], "route") == "calls");
    BOOST_TEST(str(requests[0], "body") == stored_job);  // byte for byte
}

BOOST_AUTO_TEST_CASE(a_safety_exit_sends_job_call_record_and_alert_in_that_order) {
    Dashboard d;
    auto config = enqueuing(d.jobs_url());
    BOOST_TEST(handle_call_ended(test::safety_session(), config, 2015.0, quiet).queued);
    auto box = pg::Outbox::open(server().url());
    BOOST_REQUIRE(box);
    auto client = client_for(d.jobs_url());
    const auto rep = box->drain(client, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(rep.delivered == 3u, rep.summary());
    const auto requests = d.records("requests.jsonl");
    BOOST_REQUIRE_EQUAL(requests.size(), 3u);
    BOOST_TEST(str(requests[0], "route") == "jobs");
    BOOST_TEST(str(requests[1], "route") == "calls");
    BOOST_TEST(str(requests[2], "route") == "emergency_alerts");
    BOOST_TEST(d.records("emergency-alerts.jsonl").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_rejected_payload_goes_to_the_dead_table_with_the_answer_and_no_secret) {
    Dashboard d;
    auto config = enqueuing(d.jobs_url());
    BOOST_TEST(handle_call_ended(test::completed_session(), config, 1015.0, quiet).queued);
    auto box = pg::Outbox::open(server().url());
    BOOST_REQUIRE(box);
    const std::string wrong = "a-wrong-secret-that-must-not-be-stored";
    auto client = client_for(d.jobs_url(), wrong);
    const auto rep = box->drain(client, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(rep.dead == 2u, rep.summary());  // 401 for both: rejections, not retried
    const auto dead = sql("SELECT kind, status, error, COALESCE(response, '') FROM calllock_outbox_dead ORDER BY kind");
    BOOST_REQUIRE_EQUAL(dead.rows(), 2);
    BOOST_TEST(dead.get(0, 1) == "401");
    BOOST_TEST(std::string(dead.get(0, 3)).find("Invalid webhook secret") != std::string::npos);
    for (int i = 0; i < dead.rows(); ++i)
        for (int c = 2; c < 4; ++c) BOOST_TEST(std::string(dead.get(i, c)).find(wrong) == std::string::npos);
    const auto b = box->backlog();
    BOOST_TEST(b->pending_calls == 0);
    BOOST_TEST(b->dead_payloads == 2);
}

BOOST_AUTO_TEST_CASE(an_unreachable_dashboard_leaves_the_call_for_a_later_attempt) {
    const std::string nowhere = "http://127.0.0.1:" + std::to_string(test::unused_port()) + "/api/webhook/jobs";
    auto config = enqueuing(nowhere);
    BOOST_TEST(handle_call_ended(test::completed_session(), config, 1015.0, quiet).queued);
    auto box = pg::Outbox::open(server().url());
    BOOST_REQUIRE(box);
    auto client = client_for(nowhere);
    const auto rep = box->drain(client, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(rep.kept == 2u, rep.summary());  // the job failed, the call record waits behind it
    const auto b = box->backlog();
    BOOST_TEST(b->pending_payloads == 2);
    BOOST_TEST(b->retrying_calls == 1);  // released with a not_before in the future
    BOOST_TEST(b->leased_calls == 0);
    const auto row = sql("SELECT failures, last_error FROM calllock_outbox_calls");
    BOOST_TEST(row.get(0, 0) == "1");
    BOOST_TEST(std::string(row.get(0, 1)).find("cannot connect") != std::string::npos, row.get(0, 1));

    // Later, the dashboard is back: the call goes out.
    Dashboard d;
    sql("UPDATE calllock_outbox_calls SET not_before = clock_timestamp()");
    auto good = client_for(d.jobs_url());
    const auto again = box->drain(good, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(again.delivered == 2u, again.summary());
    BOOST_TEST(box->backlog()->pending_calls == 0);
}

BOOST_AUTO_TEST_CASE(a_dead_workers_call_is_taken_over_when_its_lease_expires) {
    Dashboard d;
    auto config = enqueuing(d.jobs_url());
    BOOST_TEST(handle_call_ended(test::completed_session(), config, 1015.0, quiet).queued);
    auto a = pg::Outbox::open(server().url());
    auto b = pg::Outbox::open(server().url());
    BOOST_REQUIRE(a);
    BOOST_REQUIRE(b);
    auto held = a->claim(milliseconds(300)).value();  // worker A claims, then "dies"
    BOOST_REQUIRE(held);
    auto skipped = b->claim(milliseconds(300));
    BOOST_REQUIRE(skipped);                    // no database error ...
    BOOST_TEST(!skipped->has_value());         // ... and nothing to claim: leased, B skips it
    std::this_thread::sleep_for(milliseconds(400));
    auto taken = b->claim(milliseconds(5000)).value();
    BOOST_REQUIRE(taken);
    BOOST_TEST(taken->id == held->id);
    auto client = client_for(d.jobs_url());
    const auto rep = b->deliver(*taken, client, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(rep.count(PayloadState::delivered) == 2u);
    // A comes back: its lease is gone, it changes nothing and sends nothing.
    auto client_a = client_for(d.jobs_url());
    const auto stale = a->deliver(*held, client_a, config.retry, milliseconds(5000), quiet);
    BOOST_TEST(stale.io_error.find("lease") != std::string::npos, stale.io_error);
    BOOST_TEST(stale.count(PayloadState::delivered) == 0u);
    BOOST_TEST(d.records("requests.jsonl").size() == 2u);
    BOOST_TEST(b->backlog()->pending_calls == 0);
}

struct HangingCalls {
    std::vector<double> seconds;  // when each call ended, sorted
    std::vector<PostCallReport> reports;
};
// Three agents' calls (one process, one shared connection) ending at once while the
// database does not answer; checks that none was lost. after_two, when given, runs
// once two calls have ended (or after 10 s).
HangingCalls end_calls_at_once(const PostCallConfig& config, const std::function<void()>& after_two = {}) {
    constexpr int calls = 3;
    HangingCalls h{std::vector<double>(calls), std::vector<PostCallReport>(calls)};
    std::atomic<int> done{0};
    std::vector<std::thread> agents;
    for (int i = 0; i < calls; ++i)
        agents.emplace_back([&, i] {
            const auto started = std::chrono::steady_clock::now();
            h.reports[i] = handle_call_ended(test::completed_session(), config, 1015.0, quiet);
            h.seconds[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            ++done;
        });
    if (after_two) {
        for (int waited = 0; done < calls - 1 && waited < 1000; ++waited) std::this_thread::sleep_for(milliseconds(10));
        after_two();
    }
    for (auto& a : agents) a.join();
    std::sort(h.seconds.begin(), h.seconds.end());
    BOOST_TEST_MESSAGE("calls ended after " << h.seconds[0] << ", " << h.seconds[1] << ", " << h.seconds[2] << " s");
    for (const auto& r : h.reports) BOOST_TEST((r.queued || r.delivered()), r.summary());  // none lost
    return h;
}

BOOST_AUTO_TEST_CASE(calls_ending_while_a_lock_holds_the_table_wait_no_longer_than_their_budget) {
    Dashboard d;
    TempDir box{"calllock-pg-hang"};
    auto config = enqueuing(d.jobs_url(), milliseconds(1000));
    config.outbox_dir = box.path.string();
    // Another session holds the calls table: an INSERT waits for the lock.
    pg::detail::connection holder(server().url());
    BOOST_REQUIRE(holder.exec("BEGIN").ok());
    BOOST_REQUIRE(holder.exec("LOCK TABLE calllock_outbox_calls IN ACCESS EXCLUSIVE MODE").ok());
    const auto h = end_calls_at_once(config);
    BOOST_REQUIRE(holder.exec("ROLLBACK").ok());
    // The call using the connection gives up at its deadline (the statement's lock timeout
    // is what is left of it); the others do not wait behind it (before: 10, 20, 30 s).
    BOOST_TEST(h.seconds[2] < 1.8, h.seconds[0] << " " << h.seconds[1] << " " << h.seconds[2]);
    for (const auto& r : h.reports) BOOST_TEST(!r.queued);
}

BOOST_AUTO_TEST_CASE(calls_ending_while_the_database_is_frozen_leave_at_their_deadline) {
    Dashboard d;
    TempDir box{"calllock-pg-frozen"};
    auto config = enqueuing(d.jobs_url(), milliseconds(1000));
    config.outbox_dir = box.path.string();
    // Every other client's server process stopped (as a stalled host): the statement of
    // the call using the connection gets no answer and no timeout from the server.
    std::vector<pid_t> frozen;
    auto r = sql("SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()");
    for (int i = 0; i < r.rows(); ++i) frozen.push_back(static_cast<pid_t>(r.number(i, 0)));
    BOOST_REQUIRE(!frozen.empty());
    for (pid_t p : frozen) BOOST_REQUIRE(::kill(p, SIGSTOP) == 0);
    auto thaw = [&] {
        for (pid_t p : frozen) ::kill(p, SIGCONT);
    };
    const auto h = end_calls_at_once(config, thaw);
    thaw();
    // Two calls leave for the file outbox at their deadline, although the connection
    // stays busy (before: behind the frozen one, for as long as it was frozen).
    BOOST_TEST(h.seconds[1] < 1.8, h.seconds[0] << " " << h.seconds[1] << " " << h.seconds[2]);
}

BOOST_AUTO_TEST_CASE(a_call_the_database_cannot_take_goes_to_the_file_outbox_and_is_delivered) {
    Dashboard d;
    TempDir box{"calllock-pg-fallback"};
    auto config = config_for(d.jobs_url());
    config.outbox_dir = box.path.string();
    int asked = 0;
    config.enqueue = [&](const QueuedCall& q) {
        ++asked;
        BOOST_TEST(!q.job.empty());
        return StoreResult<>(StoreError{"the database is restarting"});
    };
    std::vector<std::string> logged;
    const auto r = handle_call_ended(test::completed_session(), config, 1015.0,
                                     [&](LogLevel, std::string_view m) { logged.emplace_back(m); });
    BOOST_TEST(asked == 1);
    BOOST_TEST(!r.queued);
    BOOST_TEST(r.delivered(), r.summary());  // through the file outbox, by the agent itself
    BOOST_TEST(d.records("jobs.jsonl").size() == 1u);
    BOOST_TEST(std::any_of(logged.begin(), logged.end(), [](const std::string& m) {
        return m.find("cannot enqueue") != std::string::npos && m.find("file outbox") != std::string::npos;
    }));
}

BOOST_AUTO_TEST_CASE(the_command_line_reports_the_backlog_and_replays_the_database) {
    Dashboard d;
    auto config = enqueuing(d.jobs_url());
    BOOST_TEST(handle_call_ended(test::completed_session(), config, 1015.0, quiet).queued);
    BOOST_TEST(handle_call_ended(test::safety_session(), config, 2015.0, quiet).queued);
    TempDir out{"calllock-pg-cli"};
    const std::vector<std::string> env{"DASHBOARD_WEBHOOK_URL=" + d.jobs_url(), "DASHBOARD_WEBHOOK_SECRET=" + secret,
                                       "DASHBOARD_USER_EMAIL=owner@test.com", "CALLLOCK_OUTBOX_URL=" + server().url(),
                                       "HOME=" + out.path.string()};
    auto run = [&](std::vector<std::string> args, const char* name) {
        args.insert(args.begin(), CALLLOCK_POSTCALL_CLI);
        const auto log = out.path / name;
        const int st = test::wait_for(test::spawn(args, env, log.string()));
        std::ifstream in(log);
        std::string last, line;
        while (std::getline(in, line))
            if (!line.empty() && line[0] == '{') last = line;
        return std::make_pair(WIFEXITED(st) ? WEXITSTATUS(st) : -1, last);
    };
    auto [rc, status] = run({"status"}, "status1.log");
    BOOST_TEST(rc == 0);
    BOOST_REQUIRE(!status.empty());
    auto b = boost::json::parse(status).as_object();
    BOOST_TEST(b.at("pending_calls").as_int64() == 2);
    BOOST_TEST(b.at("pending_payloads").as_int64() == 5);  // 2 + 3 with the alert
    auto [rrc, replayed] = run({"replay", "--outbox", server().url()}, "replay.log");
    BOOST_TEST(rrc == 0, replayed);
    BOOST_REQUIRE(!replayed.empty());
    BOOST_TEST(boost::json::parse(replayed).as_object().at("delivered").to_number<long long>() == 5);
    auto [rc2, after] = run({"status"}, "status2.log");
    BOOST_TEST(rc2 == 0);
    BOOST_TEST(boost::json::parse(after).as_object().at("pending_payloads").as_int64() == 0);
    BOOST_TEST(d.records("requests.jsonl").size() == 5u);
    // No URL: a usage error that says what to set.
    const int st = test::wait_for(test::spawn({CALLLOCK_POSTCALL_CLI, "status"}, {"HOME=" + out.path.string()},
                                              (out.path / "none.log").string()));
    BOOST_TEST((WIFEXITED(st) && WEXITSTATUS(st) == 2));
}

BOOST_AUTO_TEST_CASE(enqueueing_a_call_costs_the_agent_little) {
    // The figure of docs/fleet.md (median of 200 calls, loopback socket). Reported,
    // not asserted: the benchmark of record is the fleet run's.
    auto config = enqueuing("http://127.0.0.1:1/api/webhook/jobs");
    std::vector<double> ms;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = handle_call_ended(test::fleet_session(i), config, test::fleet_end_time(i), quiet);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        BOOST_REQUIRE(r.queued);
    }
    std::sort(ms.begin(), ms.end());
    BOOST_TEST_MESSAGE("handle_call_ended with the PostgreSQL outbox: median " << ms[100] << " ms, p95 "
                                                                               << ms[190] << " ms (200 calls)");
    BOOST_TEST(sql("SELECT count(*) FROM calllock_outbox_calls").get(0, 0) == "200");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
// The fleet.

namespace {

struct Fleet {
    TempDir dir{"calllock-fleet"};
    std::string url = server().url();
    local::LocalDashboard dash;
    std::map<std::string, std::string> env_extra;

    explicit Fleet(milliseconds delay = milliseconds(0)) : dash(options(dir.path, delay)) { dash.start(); }
    static local::DashboardOptions options(const fs::path& d, milliseconds delay) {
        local::DashboardOptions o;
        o.secret = "fleet-secret";
        o.store = d / "store";
        o.tls_cert = test::pki().cert();
        o.tls_key = test::pki().key();
        o.log_requests = true;
        o.answer_delay = delay;
        o.max_connections = 64;
        return o;
    }
    [[nodiscard]] std::vector<std::string> worker_env() const {
        return {"DASHBOARD_WEBHOOK_URL=https://localhost:" + std::to_string(dash.port()) + "/api/webhook/jobs",
                "DASHBOARD_WEBHOOK_SECRET=fleet-secret", "DASHBOARD_CA_FILE=" + test::pki().ca(),
                "DASHBOARD_USER_EMAIL=owner@fleet.test", "DASHBOARD_TIMEOUT_SECONDS=5",
                "CALLLOCK_RETRY_BUDGET_SECONDS=10", "CALLLOCK_RETRY_BACKOFF_MS=50", "CALLLOCK_OUTBOX_URL=" + url,
                "HOME=" + dir.path.string()};
    }
    pid_t worker(int n, int threads = 1, double lease_s = 3) {
        return test::spawn({CALLLOCK_POSTCALL_CLI, "deliver", "--workers", std::to_string(threads), "--lease-seconds",
                            std::to_string(lease_s)},
                           worker_env(), (dir.path / ("worker" + std::to_string(n) + ".log")).string());
    }
    pid_t producer(int n, int first, int count) {
        const fs::path fallback = dir.path / ("fallback" + std::to_string(n));
        return test::spawn({CALLLOCK_FLEET_PRODUCER, url, std::to_string(dash.port()), test::pki().ca(),
                            fallback.string(), std::to_string(first), std::to_string(count),
                            log_of(n).string()},
                           {"HOME=" + dir.path.string()}, (dir.path / ("producer" + std::to_string(n) + ".err")).string());
    }
    [[nodiscard]] fs::path log_of(int n) const { return dir.path / ("producer" + std::to_string(n) + ".log"); }
    [[nodiscard]] std::size_t logged(int n) const {
        std::ifstream in(log_of(n));
        std::size_t k = 0;
        for (std::string line; std::getline(in, line);) k += !line.empty();
        return k;
    }
    [[nodiscard]] std::vector<long long> enqueue_micros() const {
        std::vector<long long> out;
        for (int n = 0; n < 8; ++n) {
            std::ifstream in(log_of(n));
            for (long long i, us; in >> i >> us;) out.push_back(us);
        }
        return out;
    }
    // Waits until nothing is pending (true) or the timeout passes (false).
    bool drained(std::chrono::seconds timeout) {
        std::optional<pg::Outbox> box;
        const auto until = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < until) {
            if (!box)
                if (auto opened = pg::Outbox::open(url)) box.emplace(std::move(*opened));
            if (box) {
                const auto b = box->backlog();
                if (b && b->pending_calls == 0) return true;
            }
            std::this_thread::sleep_for(milliseconds(100));
        }
        return false;
    }
    [[nodiscard]] std::string text(const char* name) const {
        std::ifstream in(dir.path / name);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
};

void stop_worker(pid_t pid) {
    ::kill(pid, SIGTERM);
    const int status = test::wait_for(pid);
    BOOST_TEST((WIFEXITED(status) && WEXITSTATUS(status) == 0), "worker exit status " << status);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FleetOfAgents)

BOOST_AUTO_TEST_CASE(four_producers_three_workers_kills_and_a_database_restart_lose_nothing) {
    empty_outbox();
    constexpr int calls = 2000, producers = 4, per = calls / producers;
    Fleet f;
    std::vector<pid_t> workers;
    for (int w = 0; w < 3; ++w) workers.push_back(f.worker(w));
    std::vector<pid_t> prod;
    for (int p = 0; p < producers; ++p) prod.push_back(f.producer(p, p * per, per));

    // A producer and a worker are killed once the run is under way.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (f.logged(0) < 100 && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(milliseconds(20));
    BOOST_REQUIRE(f.logged(0) >= 100);
    ::kill(prod[0], SIGKILL);
    ::kill(workers[0], SIGKILL);
    const int pst = test::wait_for(prod[0]), wst = test::wait_for(workers[0]);
    BOOST_TEST((WIFSIGNALED(pst) && WTERMSIG(pst) == SIGKILL));  // the kills happened
    BOOST_TEST((WIFSIGNALED(wst) && WTERMSIG(wst) == SIGKILL));
    const std::size_t at_kill = f.logged(0);
    BOOST_TEST(at_kill < static_cast<std::size_t>(per));  // killed mid-run
    prod[0] = f.producer(0, 0, per);  // the agent host comes back and carries on

    // The database restarts (immediate stop: as a crash) while calls are being ended.
    while (f.logged(1) < 250 && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(milliseconds(20));
    server().restart();

    for (int p = 0; p < producers; ++p) {
        const int st = test::wait_for(prod[p]);
        BOOST_TEST((WIFEXITED(st) && WEXITSTATUS(st) == 0), "producer " << p << " status " << st << ": "
                                                                        << f.text(("producer" + std::to_string(p) + ".err").c_str()));
    }
    BOOST_TEST(f.drained(std::chrono::seconds(180)));
    for (int w = 1; w < 3; ++w) stop_worker(workers[w]);

    // Every call ended is on the dashboard: job, record linked to it, alert exactly for safety exits.
    std::size_t ended = 0;
    for (int p = 0; p < producers; ++p) ended += f.logged(p);
    BOOST_TEST(ended >= static_cast<std::size_t>(calls));  // a call may be logged twice (killed after the enqueue)
    const auto jobs = lines(f.dir.path / "store" / "jobs.jsonl");
    const auto records = lines(f.dir.path / "store" / "calls.jsonl");
    const auto alerts = lines(f.dir.path / "store" / "emergency-alerts.jsonl");
    std::map<std::string, int> index_of;
    for (int i = 0; i < calls; ++i) index_of[stable_call_id(test::fleet_session(i))] = i;
    std::set<int> job_of, record_of, alert_of;
    std::size_t unlinked = 0;
    for (const auto& j : jobs) job_of.insert(index_of.at(str(j, "call_id")));
    for (const auto& r : records) {
        record_of.insert(index_of.at(str(r, "call_id")));
        unlinked += str(r, "job_id").empty() && str(r, "lead_id").empty();
    }
    for (const auto& a : alerts) alert_of.insert(index_of.at(str(a, "call_id")));
    int lost = 0, wrong_alerts = 0;
    for (int i = 0; i < calls; ++i) {
        lost += !job_of.count(i) || !record_of.count(i);
        wrong_alerts += static_cast<int>(alert_of.count(i)) != static_cast<int>(test::fleet_is_safety(i));
    }
    BOOST_TEST(lost == 0);
    BOOST_TEST(wrong_alerts == 0);
    BOOST_TEST(unlinked == 0u);
    BOOST_TEST(jobs.size() == static_cast<std::size_t>(calls));  // duplicates were answered, not stored

    // Byte-identical repeats, and per call: job, then call record, then alert.
    std::map<std::pair<std::string, std::string>, std::string> body_of;
    std::map<std::string, std::array<long, 3>> first_at;
    std::size_t not_identical = 0, out_of_order = 0, n = 0;
    for (const auto& req : lines(f.dir.path / "store" / "requests.jsonl")) {
        const std::string route = str(req, "route"), body = str(req, "body");
        const std::string id = str(boost::json::parse(body).as_object(), "call_id");
        auto [it, fresh] = body_of.try_emplace({route, id}, body);
        if (!fresh && it->second != body) ++not_identical;
        auto& at = first_at.try_emplace(id, std::array<long, 3>{-1, -1, -1}).first->second;
        const int k = route == "jobs" ? 0 : route == "calls" ? 1 : 2;
        if (at[k] < 0) at[k] = static_cast<long>(n);
        ++n;
    }
    for (const auto& [id, at] : first_at)
        out_of_order += at[0] < 0 || at[1] < at[0] || (at[2] >= 0 && at[2] < at[1]);
    BOOST_TEST(not_identical == 0u);
    BOOST_TEST(out_of_order == 0u);

    auto box = pg::Outbox::open(f.url);
    BOOST_REQUIRE(box);
    const auto b = box->backlog();
    BOOST_REQUIRE(b);
    BOOST_TEST(b->pending_payloads == 0);
    BOOST_TEST(b->dead_payloads == 0);

    auto us = f.enqueue_micros();
    std::sort(us.begin(), us.end());
    BOOST_TEST_MESSAGE("fleet: " << calls << " calls, " << n << " requests, producer killed after " << at_kill
                                 << " calls, database restarted once; handle_call_ended median "
                                 << (us.empty() ? 0.0 : static_cast<double>(us[us.size() / 2]) / 1000.0) << " ms");
}

// The throughput figures of docs/fleet.md: calls/s delivered by 1, 2 and 3 workers
// with the dashboard answering after 20 ms, and the time to drain 10,000 calls.
// Run on demand (it takes a few minutes):
//   build/dev/bin/test_pg_outbox --run_test=FleetOfAgents/throughput_by_workers --log_level=message
BOOST_AUTO_TEST_CASE(throughput_by_workers, *boost::unit_test::disabled()) {
    auto enqueue = [](int n) {
        auto config = enqueuing("http://127.0.0.1:1/api/webhook/jobs");
        for (int i = 0; i < n; ++i)
            BOOST_REQUIRE(handle_call_ended(test::fleet_session(i), config, test::fleet_end_time(i), quiet).queued);
    };
    auto run = [&](int workers, int n, milliseconds delay) {
        enqueue(n);
        Fleet f(delay);
        const auto t0 = std::chrono::steady_clock::now();
        std::vector<pid_t> ws;
        for (int w = 0; w < workers; ++w) ws.push_back(f.worker(w));
        BOOST_REQUIRE(f.drained(std::chrono::seconds(900)));
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        for (auto p : ws) stop_worker(p);
        return s;
    };
    double rate[4] = {};
    for (int w = 1; w <= 3; ++w) {
        const double s = run(w, 300, milliseconds(20));
        rate[w] = 300 / s;
        BOOST_TEST_MESSAGE(w << " worker(s), dashboard answering after 20 ms: 300 calls in " << s << " s = " << rate[w]
                             << " calls/s");
    }
    BOOST_TEST(rate[3] >= 2.5 * rate[1]);
    const double drain = run(3, 10000, milliseconds(0));
    BOOST_TEST_MESSAGE("3 workers drain 10,000 calls (no added latency) in " << drain << " s");
}

BOOST_AUTO_TEST_SUITE_END()
