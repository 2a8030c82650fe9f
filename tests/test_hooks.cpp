// Agent hooks (plan Task 7): the transcript log from several threads, and the
// post-call guard that runs even when the pipeline throws.
#define BOOST_TEST_MODULE agent_hooks
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/hooks.hpp>
#include <calllock/transcript.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace calllock;

namespace {
std::atomic<int> ticks{0};
double fake_clock() noexcept { return 1000.0 + ticks.fetch_add(1); }
}  // namespace

BOOST_AUTO_TEST_CASE(records_user_agent_and_tool_turns_with_timestamps) {
    ticks = 0;
    CallRecorder rec("+15125551234", fake_clock);
    rec.on_call_start("CA_1");
    rec.on_agent_response("Thanks for calling ACE Cooling.");
    rec.on_user_transcription("My AC is broken.");
    rec.on_tool_result("lookup_caller", R"({"found":true})");
    const CallSession s = rec.snapshot();
    BOOST_TEST(s.call_sid == "CA_1");
    BOOST_TEST(s.start_time == 1000.0);
    BOOST_REQUIRE_EQUAL(s.transcript_log.size(), 3u);
    BOOST_TEST(s.transcript_log[0].role == Role::agent);
    BOOST_TEST(s.transcript_log[0].timestamp == 1001.0);
    BOOST_TEST(s.transcript_log[1].role == Role::user);
    BOOST_TEST(s.transcript_log[2].role == Role::tool);
    BOOST_TEST(s.transcript_log[2].result_json == R"({"found":true})");
    BOOST_TEST(to_plain_text(s.transcript_log) ==
               "Agent: Thanks for calling ACE Cooling.\nCaller: My AC is broken.\n[Tool: lookup_caller]");
}

BOOST_AUTO_TEST_CASE(many_threads_lose_nothing_and_keep_time_order) {
    ticks = 0;
    CallRecorder rec("+1", fake_clock);
    constexpr int per_thread = 500;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < per_thread; ++i) {
                if (t % 3 == 0) rec.on_user_transcription("u");
                else if (t % 3 == 1) rec.on_agent_response("a");
                else rec.on_tool_result("tool");
                rec.update([](CallSession& s) { ++s.turn_count; });
            }
        });
    for (auto& th : threads) th.join();
    const auto s = rec.snapshot();
    BOOST_TEST(s.transcript_log.size() == 4u * per_thread);
    BOOST_TEST(s.turn_count == 4 * per_thread);
    for (std::size_t i = 1; i < s.transcript_log.size(); ++i)
        BOOST_TEST_REQUIRE(s.transcript_log[i - 1].timestamp < s.transcript_log[i].timestamp);
}

BOOST_AUTO_TEST_CASE(guard_runs_once_on_normal_exit) {
    CallRecorder rec("+1");
    int runs = 0;
    std::size_t seen_entries = 0;
    {
        PostCallGuard guard(rec, [&](const CallSession& s) {
            ++runs;
            seen_entries = s.transcript_log.size();
        });
        rec.on_user_transcription("hello");
        guard.run();
    }
    BOOST_TEST(runs == 1);
    BOOST_TEST(seen_entries == 1u);
}

BOOST_AUTO_TEST_CASE(guard_runs_when_the_pipeline_throws) {
    CallRecorder rec("+1");
    int runs = 0;
    try {
        PostCallGuard guard(rec, [&](const CallSession& s) {
            ++runs;
            BOOST_TEST(s.transcript_log.size() == 1u);
        });
        rec.on_user_transcription("I smell gas");
        throw std::runtime_error("pipeline crashed");
    } catch (const std::runtime_error&) {
    }
    BOOST_TEST(runs == 1);
}

BOOST_AUTO_TEST_CASE(a_throwing_handler_is_reported_not_propagated) {
    CallRecorder rec("+1");
    std::string reported;
    {
        PostCallGuard guard(
            rec, [](const CallSession&) { throw std::runtime_error("dashboard exploded"); },
            [&](const std::string& m) { reported = m; });
    }
    BOOST_TEST(reported == "post-call handler failed: dashboard exploded");
}
