// Plan Task 1 (session fields, session.hpp) and Task 2 (transcript serialization,
// transcript.hpp), ported.
#define BOOST_TEST_MODULE session
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/json.hpp>

using namespace calllock;

BOOST_AUTO_TEST_SUITE(TestSession)

BOOST_AUTO_TEST_CASE(test_session_has_call_metadata_fields) {
    CallSession s{.phone_number = "+15125551234"};
    BOOST_TEST(s.call_sid == "");
    BOOST_TEST(s.start_time == 0.0);
    BOOST_TEST(s.transcript_log.empty());
}

BOOST_AUTO_TEST_CASE(test_session_transcript_log_accumulates) {
    CallSession s{.phone_number = "+15125551234"};
    s.transcript_log.push_back(TranscriptEntry::agent("Hello", 1000.0));
    s.transcript_log.push_back(TranscriptEntry::user("Hi", 1001.0));
    BOOST_TEST(s.transcript_log.size() == 2u);
    BOOST_TEST(s.transcript_log[0].role == Role::agent);
}

BOOST_AUTO_TEST_CASE(defaults_match_the_plans_agent) {
    CallSession s;
    BOOST_TEST(s.state == State::welcome);
    BOOST_TEST(s.urgency_tier == "routine");
    BOOST_TEST(!s.caller_known);
    BOOST_TEST(!s.booking_confirmed);
    BOOST_TEST(s.turn_count == 0);
    BOOST_TEST(s.state_turn_count == 0);
    BOOST_TEST(s.conversation_history.empty());
}

BOOST_AUTO_TEST_CASE(state_names_round_trip) {
    for (std::size_t i = 0; i < state_names.size(); ++i) {
        const auto st = static_cast<State>(i);
        BOOST_TEST(parse_state(name(st)).value() == st);
    }
    BOOST_TEST(!parse_state("SAFETY_EXIT").has_value());  // values are lowercase
    BOOST_TEST(!parse_state("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TestToPlainText)

BOOST_AUTO_TEST_CASE(test_basic_conversation) {
    const std::vector<TranscriptEntry> log{
        TranscriptEntry::agent("Thanks for calling ACE Cooling.", 1000.0),
        TranscriptEntry::user("My AC is broken.", 1002.0),
        TranscriptEntry::agent("Let me look into that.", 1004.0),
    };
    BOOST_TEST(to_plain_text(log) ==
               "Agent: Thanks for calling ACE Cooling.\n"
               "Caller: My AC is broken.\n"
               "Agent: Let me look into that.");
}

BOOST_AUTO_TEST_CASE(test_includes_tool_invocations) {
    const std::vector<TranscriptEntry> log{
        TranscriptEntry::agent("Pulling that up now.", 1000.0),
        TranscriptEntry::tool("lookup_caller", R"({"found":true})", 1001.0),
        TranscriptEntry::agent("I found your account.", 1002.0),
    };
    const std::string result = to_plain_text(log);
    BOOST_TEST(result.find("[Tool: lookup_caller]") != std::string::npos);
    BOOST_TEST(result == "Agent: Pulling that up now.\n[Tool: lookup_caller]\nAgent: I found your account.");
}

BOOST_AUTO_TEST_CASE(test_empty_log) { BOOST_TEST(to_plain_text({}) == ""); }

BOOST_AUTO_TEST_CASE(single_entry_has_no_newline) {
    const std::vector<TranscriptEntry> log{TranscriptEntry::user("", 1.0)};
    BOOST_TEST(to_plain_text(log) == "Caller: ");
}

BOOST_AUTO_TEST_CASE(content_bytes_pass_through_unchanged) {
    const std::string odd = "line\nbreak \xFF\xFE caf\xC3\xA9";
    const std::vector<TranscriptEntry> log{TranscriptEntry::user(odd, 1.0)};
    BOOST_TEST(to_plain_text(log) == "Caller: " + odd);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TestToJsonArray)

BOOST_AUTO_TEST_CASE(test_basic_conversation) {
    const std::vector<TranscriptEntry> log{
        TranscriptEntry::agent("Hello.", 1000.0),
        TranscriptEntry::user("Hi.", 1001.0),
    };
    const auto result = to_json_array(log);
    BOOST_TEST(result.size() == 2u);
    BOOST_TEST(result[0].at("role").as_string() == "agent");
    BOOST_TEST(result[0].at("content").as_string() == "Hello.");
    BOOST_TEST(result[1].at("role").as_string() == "user");
    BOOST_TEST(result[1].at("content").as_string() == "Hi.");
    BOOST_TEST(result[0].as_object().size() == 2u);  // {role, content}: no timestamp
}

BOOST_AUTO_TEST_CASE(test_tool_entries_included) {
    const std::vector<TranscriptEntry> log{
        TranscriptEntry::tool("book_service", R"({"booked":true})", 1000.0),
    };
    const auto result = to_json_array(log);
    BOOST_TEST(result.size() == 1u);
    BOOST_TEST(result[0].at("role").as_string() == "tool");
    BOOST_TEST(result[0].at("name").as_string() == "book_service");
    BOOST_TEST(result[0].at("result").at("booked").as_bool() == true);
}

BOOST_AUTO_TEST_CASE(test_empty_log) { BOOST_TEST(to_json_array({}).empty()); }

BOOST_AUTO_TEST_CASE(invalid_utf8_becomes_replacement_characters) {
    const std::vector<TranscriptEntry> log{TranscriptEntry::user("ok \xFF end", 1.0)};
    const auto result = to_json_array(log);
    BOOST_TEST(result[0].at("content").as_string() == "ok \xEF\xBF\xBD end");
}

BOOST_AUTO_TEST_CASE(tool_result_that_is_not_json_becomes_empty_object) {
    const std::vector<TranscriptEntry> log{TranscriptEntry::tool("t", "not json", 1.0)};
    BOOST_TEST(to_json_array(log)[0].at("result").as_object().empty());
}

BOOST_AUTO_TEST_SUITE_END()
