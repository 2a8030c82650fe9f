// What both outboxes share (dashboard/delivery.hpp): the Retry-After header, backoff
// with jitter, the verdict on an answer, the link of the call record to its job, and
// send_with_retries (against a real client on 127.0.0.1).
#define BOOST_TEST_MODULE delivery
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/dashboard/delivery.hpp>

#include <chrono>
#include <future>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "support/net.hpp"
#include "support/test_server.hpp"

using namespace calllock;
using std::chrono::milliseconds;

namespace {

// A client of a loopback port where nothing listens: every attempt fails at once (status 0).
DashboardClient client_of_nothing() {
    ClientOptions o;
    o.timeout = milliseconds(500);
    auto c = DashboardClient::create("http://127.0.0.1:" + std::to_string(test::unused_port()) + "/api/webhook/jobs",
                                     "s3cret", o);
    BOOST_REQUIRE(c.has_value());
    return std::move(*c);
}

}  // namespace

BOOST_AUTO_TEST_CASE(retry_after_in_seconds_and_http_dates) {
    // Sun, 06 Nov 1994 08:49:07 GMT
    const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(784111747));
    BOOST_TEST(parse_retry_after("120", now)->count() == 120000);
    BOOST_TEST(parse_retry_after(" 0 ", now)->count() == 0);
    BOOST_TEST(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now)->count() == 30000);
    BOOST_TEST(parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now)->count() == 30000);
    BOOST_TEST(parse_retry_after("Sun Nov  6 08:49:37 1994", now)->count() == 30000);
    BOOST_TEST(parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now)->count() == 0);  // past: no wait
    // At most a day: more is a misconfigured dashboard or proxy (kept and retried, not parked for years).
    BOOST_TEST(parse_retry_after("99999999999", now)->count() == 86400000);
    BOOST_TEST(parse_retry_after("86401", now)->count() == 86400000);
    BOOST_TEST(parse_retry_after("86399", now)->count() == 86399000);
    BOOST_TEST(parse_retry_after("Mon, 07 Nov 1994 08:49:06 GMT", now)->count() == 86399000);
    for (const char* far : {"Sat, 01 Jan 2400 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Sun Nov  6 08:49:37 3000",
                            "Sun, 06 Nov 1995 08:49:37 GMT"})
        BOOST_TEST(parse_retry_after(far, now)->count() == 86400000, far);
    for (const char* bad : {"", "soon", "-5", "1.5", "Sun, 06 Nov 1994 08:49:37", "Sun, 36 Nov 1994 08:49:37 GMT",
                            "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"})
        BOOST_TEST(!parse_retry_after(bad, now).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(backoff_grows_with_jitter_and_is_capped) {
    const RetryPolicy p{milliseconds(60000), milliseconds(100), milliseconds(1000)};
    std::minstd_rand rng(7);
    std::set<long long> first;
    for (int i = 0; i < 200; ++i) {
        const auto d1 = backoff_delay(p, 1, rng).count();
        BOOST_TEST((d1 >= 50 && d1 <= 100));
        first.insert(d1);
        const auto d3 = backoff_delay(p, 3, rng).count();
        BOOST_TEST((d3 >= 200 && d3 <= 400));
        const auto d20 = backoff_delay(p, 20, rng).count();
        BOOST_TEST((d20 >= 500 && d20 <= 1000));
    }
    BOOST_TEST(first.size() > 10u);  // jittered, not one fixed value
}

BOOST_AUTO_TEST_CASE(what_is_retried_and_what_is_a_dead_letter) {
    auto v = [](unsigned status, bool success = false) { return verdict_of(SendResult{success, status, {}, {}, {}}); };
    BOOST_TEST((v(200, true) == Verdict::delivered));
    BOOST_TEST((v(0) == Verdict::retry));    // network error, timeout, oversized answer
    BOOST_TEST((v(200) == Verdict::retry));  // a 2xx that is not JSON
    for (unsigned s : {408u, 429u, 500u, 502u, 503u, 504u}) BOOST_TEST((v(s) == Verdict::retry), s);
    for (unsigned s : {301u, 400u, 401u, 403u, 404u, 409u, 413u, 422u}) BOOST_TEST((v(s) == Verdict::dead), s);
}

BOOST_AUTO_TEST_CASE(the_call_record_is_linked_to_the_job_the_dashboard_created) {
    SendResult answer{true, 201, boost::json::parse(R"({"job_id":"j-1","lead_id":7})"), {}, {}};
    const auto linked = link_call_record_text(R"({"call_id":"CA1"})", answer);
    BOOST_TEST(linked.error.empty());
    BOOST_TEST(boost::json::parse(linked.body) == boost::json::parse(R"({"call_id":"CA1","job_id":"j-1","lead_id":"7"})"));
    // Nothing to link: no change.
    answer.response = boost::json::parse(R"({"ok":true})");
    BOOST_TEST(link_call_record_text(R"({"call_id":"CA1"})", answer).body.empty());
    // A call record that is not an object is sent as it is, and the caller hears why.
    answer.response = boost::json::parse(R"({"job_id":"j-1"})");
    const auto broken = link_call_record_text("[1,2]", answer);
    BOOST_TEST(broken.body.empty());
    BOOST_TEST(!broken.error.empty());
}

BOOST_AUTO_TEST_CASE(an_error_before_an_attempt_ends_the_retries_without_sending) {
    auto client = client_of_nothing();
    const RetryPolicy policy{milliseconds(2000), milliseconds(10), milliseconds(20)};
    unsigned attempts = 0;
    int asked = 0;
    const SendResult r = send_with_retries(
        client, Webhook::jobs, "{}", policy, std::chrono::steady_clock::now() + policy.budget, attempts,
        [](LogLevel, std::string_view) {}, "CA1", [&]() -> StoreResult<> {
            ++asked;
            return StoreError{"the lease on this call was lost"};
        });
    BOOST_TEST(asked == 1);
    BOOST_TEST(attempts == 0u);
    BOOST_TEST(r.status == 0u);
    BOOST_TEST(r.error == "the lease on this call was lost");
    BOOST_TEST((verdict_of(r) == Verdict::retry));  // kept: the next holder of the call sends it
}

BOOST_AUTO_TEST_CASE(an_unreachable_dashboard_is_retried_until_the_budget_ends) {
    auto client = client_of_nothing();
    const RetryPolicy policy{milliseconds(1000), milliseconds(20), milliseconds(40)};
    unsigned attempts = 0;
    std::vector<std::string> logged;
    const auto started = std::chrono::steady_clock::now();
    const SendResult r = send_with_retries(client, Webhook::jobs, "{}", policy, started + policy.budget, attempts,
                                           [&](LogLevel, std::string_view m) { logged.emplace_back(m); }, "CA1");
    BOOST_TEST(attempts > 2u);
    BOOST_TEST(r.status == 0u);
    const auto took = std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - started);
    BOOST_TEST(took.count() < 4000);  // the budget (1 s) plus one connect, not the retries of a minute
    BOOST_REQUIRE(logged.size() == 1u);
    BOOST_TEST(logged[0].find("no time left in the call's budget") != std::string::npos, logged[0]);
}

BOOST_AUTO_TEST_CASE(a_retry_after_of_centuries_keeps_the_payload_instead_of_hanging) {
    // A proxy in front of the dashboard asks for a date four centuries ahead. The wait is taken
    // as a day, more than the call's budget: one attempt, the payload kept (a retry verdict),
    // and send_with_retries returns (it once slept on a wait that overflowed the steady clock).
    test::TestServer server([](const test::Seen&) {
        test::Answer a{503, R"({"success":false})"};
        a.retry_after = "Sat, 01 Jan 2400 00:00:00 GMT";
        return a;
    });
    auto client = DashboardClient::create("http://127.0.0.1:" + std::to_string(server.port()) + "/api/webhook/jobs",
                                          "s3cret");
    BOOST_REQUIRE(client.has_value());
    const RetryPolicy policy{milliseconds(1000), milliseconds(10), milliseconds(20)};
    unsigned attempts = 0;
    std::vector<std::string> logged;
    auto sent = std::async(std::launch::async, [&] {
        return send_with_retries(*client, Webhook::jobs, "{}", policy, std::chrono::steady_clock::now() + policy.budget,
                                 attempts, [&](LogLevel, std::string_view m) { logged.emplace_back(m); }, "CA1");
    });
    BOOST_REQUIRE((sent.wait_for(std::chrono::seconds(20)) == std::future_status::ready));
    const SendResult r = sent.get();
    BOOST_TEST(r.status == 503u);
    BOOST_TEST(attempts == 1u);
    BOOST_TEST((verdict_of(r) == Verdict::retry));
    BOOST_REQUIRE(logged.size() == 1u);
    BOOST_TEST(logged[0].find("no time left in the call's budget") != std::string::npos, logged[0]);
}
