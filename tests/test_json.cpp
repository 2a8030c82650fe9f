// Sessions from JSON: strict, and every error names the field.
#define BOOST_TEST_MODULE json
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/json.hpp>

using namespace calllock;

namespace {
std::string error_of(std::string_view json) {
    const auto r = parse_session(json);
    return r ? std::string("ok") : r.error().what();
}
}  // namespace

BOOST_AUTO_TEST_CASE(full_session_parses) {
    const auto parsed = parse_session(R"({
        "phone_number": "+15125551234", "state": "safety_exit", "caller_known": true,
        "customer_name": "Maria", "zip_code": "78745", "service_address": "1 Main St",
        "has_appointment": false, "callback_promise": "30 min", "problem_description": "gas",
        "preferred_time": "morning", "urgency_tier": "emergency", "lead_type": "high_ticket",
        "caller_confirmed": true, "booking_confirmed": false, "booked_time": "",
        "callback_created": true, "call_sid": "CA1", "start_time": 2000.5,
        "transcript_log": [
            {"role": "agent", "content": "Any safety concerns?", "timestamp": 2000.0},
            {"role": "user", "content": "I smell gas", "timestamp": 2002},
            {"role": "tool", "name": "lookup", "result": {"found": true, "n": [1,2]}, "timestamp": 2003.0}
        ],
        "turn_count": 7, "state_turn_count": 2,
        "conversation_history": [{"role": "user", "content": "hi"}]
    })");
    BOOST_TEST_REQUIRE(parsed.has_value());
    const CallSession& s = *parsed;
    BOOST_TEST(s.state == State::safety_exit);
    BOOST_TEST(s.caller_known);
    BOOST_TEST(s.start_time == 2000.5);
    BOOST_TEST(s.transcript_log.size() == 3u);
    BOOST_TEST(s.transcript_log[1].timestamp == 2002.0);
    BOOST_TEST(s.transcript_log[2].role == Role::tool);
    BOOST_TEST(s.transcript_log[2].result_json == R"({"found":true,"n":[1,2]})");
    BOOST_TEST(s.turn_count == 7);
    BOOST_TEST(s.conversation_history.at(0).content == "hi");
}

BOOST_AUTO_TEST_CASE(round_trip_through_value_from) {
    CallSession s{.phone_number = "+1"};
    s.state = State::callback;
    s.transcript_log = {TranscriptEntry::user("hi", 1.5), TranscriptEntry::tool("t", R"({"a":1})", 2)};
    s.conversation_history = {{"assistant", "hello"}};
    const auto back = parse_session(boost::json::serialize(boost::json::value_from(s)));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((*back == s));
}

BOOST_AUTO_TEST_CASE(minimal_session_takes_defaults) {
    const auto s = parse_session(R"({"phone_number":""})");
    BOOST_TEST_REQUIRE(s.has_value());
    BOOST_TEST(s->urgency_tier == "routine");
    BOOST_TEST(s->state == State::welcome);
}

// The error model: boost::system::result<CallSession, InputError>; value() on an error
// throws std::invalid_argument with the same text.
BOOST_AUTO_TEST_CASE(an_error_is_a_result_and_value_throws_it) {
    const auto r = parse_session(R"({"phone_number":"1","state":"gone"})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().field == "state");
    BOOST_TEST((session_from_json(boost::json::parse(R"({"phone_number":"1","state":"gone"})")).error() == r.error()));
    try {
        (void)r.value();
        BOOST_FAIL("value() of an error returned");
    } catch (const std::invalid_argument& e) {
        BOOST_TEST(e.what() == r.error().what());
    }
}

BOOST_AUTO_TEST_CASE(errors_name_the_field) {
    BOOST_TEST(error_of(R"({})") == "field 'phone_number': missing (required)");
    BOOST_TEST(error_of(R"({"phone_number": 5})") == "field 'phone_number': expected a string, got an integer");
    BOOST_TEST(error_of(R"({"phone_number": null})") == "field 'phone_number': expected a string, got null");
    BOOST_TEST(error_of(R"({"phone_number":"1","nickname":"x"})") ==
               "field 'nickname': unknown key (not a CallSession field)");
    BOOST_TEST(error_of(R"({"phone_number":"1","state":"SAFETY_EXIT"})").starts_with(
        "field 'state': unknown state 'SAFETY_EXIT'"));
    BOOST_TEST(error_of(R"({"phone_number":"1","caller_known":"yes"})") ==
               "field 'caller_known': expected a boolean, got a string");
    BOOST_TEST(error_of(R"({"phone_number":"1","turn_count":1.5})") ==
               "field 'turn_count': expected an integer, got a number");
    BOOST_TEST(error_of(R"({"phone_number":"1","turn_count":99999999999})") ==
               "field 'turn_count': integer out of range");
    BOOST_TEST(error_of(R"({"phone_number":"1","start_time":"now"})") ==
               "field 'start_time': expected a number, got a string");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":{}})") ==
               "field 'transcript_log': expected an array, got an object");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":[{"role":"agent","content":"a"},{"role":"bot","content":"b"}]})") ==
               "field 'transcript_log[1].role': unknown role 'bot' (expected agent, user or tool)");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":[{"role":"user"}]})") ==
               "field 'transcript_log[0].content': missing");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":[{"role":"tool","result":{}}]})") ==
               "field 'transcript_log[0].name': missing");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":[{"content":"x"}]})") ==
               "field 'transcript_log[0].role': missing");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":[{"role":"user","content":"x","name":"n"}]})") ==
               "field 'transcript_log[0].name': unknown key for a user entry");
    BOOST_TEST(error_of(R"({"phone_number":"1","transcript_log":[{"role":"user","content":"x","timestamp":"t"}]})") ==
               "field 'transcript_log[0].timestamp': expected a number, got a string");
    BOOST_TEST(error_of(R"({"phone_number":"1","conversation_history":[{"role":"user","text":"x"}]})") ==
               "field 'conversation_history[0].text': unknown key for a conversation message");
    BOOST_TEST(error_of(R"([1,2])") == "expected a JSON object (a session), got an array");
    BOOST_TEST(error_of(R"({"phone_number":)").starts_with("invalid JSON: "));
    BOOST_TEST(error_of("").starts_with("invalid JSON: "));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_accepted_and_repaired_on_output) {
    const auto s = parse_session("{\"phone_number\":\"+1\",\"customer_name\":\"Jos\xE9\"}");
    BOOST_TEST_REQUIRE(s.has_value());
    BOOST_TEST(s->customer_name == "Jos\xE9");
    const auto out = boost::json::serialize(boost::json::value_from(*s));
    BOOST_TEST(out.find("Jos\xEF\xBF\xBD") != std::string::npos);
}

// One U+FFFD per maximal invalid subpart, as Python's and WHATWG's decoders give
// (Unicode section 3.9): a truncated sequence is one replacement, not one per byte.
BOOST_AUTO_TEST_CASE(invalid_utf8_repair_follows_the_maximal_subpart_rule) {
    using calllock::detail::to_valid_utf8;
    const std::string r = "\xEF\xBF\xBD";
    BOOST_TEST(to_valid_utf8("A\xE2\x82" "B") == "A" + r + "B");       // truncated 3-byte sequence
    BOOST_TEST(to_valid_utf8("A\xF0\x9F\x98" "B") == "A" + r + "B");  // truncated 4-byte sequence
    BOOST_TEST(to_valid_utf8("\xE2\x82") == r);                        // truncated at the end
    BOOST_TEST(to_valid_utf8("\x80\x80") == r + r);                    // lone continuation bytes
    BOOST_TEST(to_valid_utf8("\xC0\xAF") == r + r);                    // overlong lead: each byte alone
    BOOST_TEST(to_valid_utf8("\xE0\x80\xAF") == r + r + r);           // E0 needs A0..BF next
    BOOST_TEST(to_valid_utf8("\xED\xA0\x80") == r + r + r);           // a surrogate: each byte alone
    BOOST_TEST(to_valid_utf8("\xF4\x90\x80\x80") == r + r + r + r);  // above U+10FFFF
    BOOST_TEST(to_valid_utf8("\xF1\x80\x80\xE2\x82\xAC") == r + "\xE2\x82\xAC");  // then a valid euro sign
    BOOST_TEST(to_valid_utf8("Jos\xE9") == "Jos" + r);
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_an_error_not_a_crash) {
    std::string deep = R"({"phone_number":"1","transcript_log":[{"role":"tool","name":"t","result":)";
    deep += std::string(100000, '[') + std::string(100000, ']') + "}]}";
    BOOST_TEST(error_of(deep).starts_with("invalid JSON: "));
}

BOOST_AUTO_TEST_CASE(classification_json_shape) {
    CallSession s{.phone_number = "+1"};
    s.problem_description = "compressor";
    const auto j = boost::json::value_from(classify_call(s));
    BOOST_TEST(boost::json::serialize(j) ==
               R"({"tags":{"HAZARD":[],"URGENCY":["STANDARD"],"SERVICE_TYPE":[],"REVENUE":[],"RECOVERY":[],)"
               R"("LOGISTICS":[],"CUSTOMER":["NEW_CUSTOMER"],"NON_CUSTOMER":[],"CONTEXT":[]},)"
               R"("priority":{"color":"blue","reason":"Standard residential service request"},)"
               R"("revenue":{"tier":"major_repair","tier_label":"$$$","signals":["compressor"],"confidence":"medium"}})");
}

// Bounded input: each limit of calllock/limits.hpp is accepted at its value and
// refused one past it, with an error naming the field and the limit.
namespace {
std::string entries(std::size_t n, const std::string& content) {
    std::string s = R"({"phone_number":"+1","transcript_log":[)";
    for (std::size_t i = 0; i < n; ++i) s += (i ? "," : "") + std::string(R"({"role":"user","content":")") + content + "\"}";
    return s + "]}";
}
}  // namespace

BOOST_AUTO_TEST_CASE(field_length_is_bounded) {
    const std::string at(limits::max_field_bytes, 'a');
    BOOST_TEST(error_of(R"({"phone_number":"+1","customer_name":")" + at + "\"}") == "ok");
    BOOST_TEST(error_of(R"({"phone_number":"+1","customer_name":")" + at + "a\"}") ==
               "field 'customer_name': 65537 bytes, more than the limit of 65536 (calllock::limits::max_field_bytes)");
    BOOST_TEST(error_of(entries(1, at + "a")).find("field 'transcript_log[0].content': 65537 bytes") == 0u);
    BOOST_TEST(error_of(R"({"phone_number":"+1","transcript_log":[{"role":"tool","name":"t","result":")" + at + "\"}]}")
                   .find("field 'transcript_log[0].result': 65538 bytes of JSON") == 0u);
}

BOOST_AUTO_TEST_CASE(number_of_entries_is_bounded) {
    BOOST_TEST(error_of(entries(limits::max_transcript_entries, "x")) == "ok");
    BOOST_TEST(error_of(entries(limits::max_transcript_entries + 1, "x")) ==
               "field 'transcript_log': 5001 entries, more than the limit of 5000 "
               "(calllock::limits::max_transcript_entries)");
    std::string conv = R"({"phone_number":"+1","conversation_history":[)";
    for (std::size_t i = 0; i <= limits::max_conversation_messages; ++i) conv += (i ? "," : "") + std::string("{}");
    BOOST_TEST(error_of(conv + "]}").find("field 'conversation_history': 5001 messages") == 0u);
}

BOOST_AUTO_TEST_CASE(transcript_text_is_bounded) {
    const std::string content(limits::max_field_bytes, 'w');
    const std::size_t fits = limits::max_transcript_bytes / content.size();
    BOOST_TEST(error_of(entries(fits, content)) == "ok");
    BOOST_TEST(error_of(entries(fits + 1, content)).find("field 'transcript_log': " +
                                                         std::to_string((fits + 1) * content.size()) +
                                                         " bytes of text, more than the limit of") == 0u);
}

BOOST_AUTO_TEST_CASE(document_size_is_bounded) {
    const std::string big = R"({"phone_number":"+1","x":")" + std::string(limits::max_session_json_bytes, ' ') + "\"}";
    BOOST_TEST(error_of(big).find("more than the limit of 8388608 (calllock::limits::max_session_json_bytes)") !=
               std::string::npos);
}
