// The dashboard contract: the validator rejects every violation the contract lists
// (so that it can fail), and payloads built from thousands of generated sessions
// pass it.
#define BOOST_TEST_MODULE contract
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/dashboard/contract.hpp>
#include <calllock/dashboard/payload.hpp>

#include <cmath>
#include <functional>
#include <iostream>
#include <limits>
#include <random>

using namespace calllock;
namespace json = boost::json;

namespace {

json::object valid_job() {
    return json::parse(R"({
      "customer_name":"Jonas","customer_phone":"+15125551234","customer_address":"4210 South Lamar Blvd",
      "service_type":"hvac","urgency":"low","user_email":"owner@test.com",
      "ai_summary":"s","call_transcript":"Agent: hi","issue_description":"warm air","call_id":"CA1",
      "scheduled_at":"2026-02-20T10:00:00-06:00","end_call_reason":"completed","revenue_tier":"minor",
      "revenue_tier_label":"$","revenue_tier_signals":["a"],"revenue_factors":[],"revenue_confidence":"low",
      "estimated_value":120.5,"estimated_revenue_low":100,"estimated_revenue_high":200,
      "caller_type":"residential","primary_intent":"booking_request","booking_status":"confirmed",
      "priority_color":"blue","status_color":"green","priority_reason":"r","work_type":"service",
      "sentiment_score":3,"property_type":"house","system_status":"completely_down",
      "equipment_age_bracket":"10_to_15","is_decision_maker":true,"potential_replacement":false,
      "is_callback_complaint":false,"is_archived":false,"tags":{"HAZARD":[],"URGENCY":["URGENT_24HR"]},
      "transcript_object":[{"role":"tool","name":"x"}],"unlisted_key":null})")
        .as_object();
}

json::object valid_call() {
    return json::parse(R"({
      "call_id":"CA1","phone_number":"+15125551234","user_email":"owner@test.com",
      "started_at":"2026-02-20T16:00:00Z","customer_name":"","outcome":"completed","hvac_issue_type":"x",
      "urgency_tier":"routine","problem_description":"","revenue_tier_label":"$$","job_id":"j","lead_id":"l",
      "retell_call_id":"r","ended_at":"2026-02-20T16:00:15.250Z","duration_seconds":15,"direction":"inbound",
      "revenue_tier_signals":["x"],"transcript_object":[{"role":"agent","content":"hi"},{"role":"user","content":""}],
      "booking_status":"anything"})")
        .as_object();
}

json::object valid_alert() {
    return json::parse(R"({
      "phone_number":"+15125559876","problem_description":"gas","user_email":"owner@test.com",
      "sms_sent_at":"2026-02-20T10:00:00+05:30","callback_promised_minutes":30,"alert_id":"a","call_id":"c",
      "customer_name":"","customer_address":"","urgency_tier":"x","sms_message_sid":"SM1"})")
        .as_object();
}

json::object base(Webhook r) {
    switch (r) {
        case Webhook::jobs: return valid_job();
        case Webhook::calls: return valid_call();
        case Webhook::emergency_alerts: return valid_alert();
    }
    return {};
}

struct Violation {
    Webhook route;
    std::string_view path;       // the path the dashboard names
    std::string_view key;        // the field to change
    std::optional<json::value> value;  // nullopt: remove the field
};

json::value v(std::string_view text) { return json::parse(text); }

bool has_path(const std::vector<contract::Issue>& issues, std::string_view path) {
    for (const auto& i : issues)
        if (i.path == path) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Validator)

BOOST_AUTO_TEST_CASE(valid_bodies_are_accepted) {
    for (Webhook r : all_webhooks) {
        const auto issues = contract::validate(r, base(r));
        for (const auto& i : issues) BOOST_TEST_MESSAGE(i.path << ": " << i.message);
        BOOST_TEST(issues.empty(), path_of(r));
        BOOST_TEST(!contract::check(r, base(r)).has_value());
    }
    // Minimal bodies: only the required fields.
    BOOST_TEST(contract::validate(Webhook::calls, v(R"({"call_id":"c","phone_number":"p","user_email":"a@b.co",
                                                 "started_at":"2026-02-20T10:00:00-06:00"})")).empty());
    // Integral numbers written with a fraction are integers (as in JavaScript).
    auto c = valid_call();
    c["duration_seconds"] = 15.0;
    BOOST_TEST(contract::validate(Webhook::calls, c).empty());
    c["duration_seconds"] = 1e300;  // Number.isInteger(1e300) is true
    BOOST_TEST(contract::validate(Webhook::calls, c).empty());
    c["duration_seconds"] = -1e300;
    BOOST_TEST(contract::validate(Webhook::calls, c).size() == 1u);
}

BOOST_AUTO_TEST_CASE(each_listed_violation_is_rejected) {
    const std::vector<Violation> violations{
        // jobs: required fields, missing and invalid
        {Webhook::jobs, "customer_name", "customer_name", std::nullopt},
        {Webhook::jobs, "customer_name", "customer_name", v(R"("")")},
        {Webhook::jobs, "customer_phone", "customer_phone", std::nullopt},
        {Webhook::jobs, "customer_phone", "customer_phone", v(R"("")")},
        {Webhook::jobs, "customer_address", "customer_address", std::nullopt},
        {Webhook::jobs, "customer_address", "customer_address", v(R"("")")},
        {Webhook::jobs, "service_type", "service_type", std::nullopt},
        {Webhook::jobs, "service_type", "service_type", v(R"("HVAC")")},
        {Webhook::jobs, "urgency", "urgency", std::nullopt},
        {Webhook::jobs, "urgency", "urgency", v(R"("routine")")},
        {Webhook::jobs, "urgency", "urgency", v(R"("urgent")")},
        {Webhook::jobs, "user_email", "user_email", std::nullopt},
        {Webhook::jobs, "user_email", "user_email", v(R"("")")},
        {Webhook::jobs, "user_email", "user_email", v(R"("owner")")},
        {Webhook::jobs, "user_email", "user_email", v(R"("owner@test")")},
        {Webhook::jobs, "customer_name", "customer_name", v("null")},
        {Webhook::jobs, "customer_name", "customer_name", v("5")},
        // jobs: optional fields with a wrong value
        {Webhook::jobs, "ai_summary", "ai_summary", v("null")},
        {Webhook::jobs, "call_transcript", "call_transcript", v("[]")},
        {Webhook::jobs, "issue_description", "issue_description", v("null")},
        {Webhook::jobs, "call_id", "call_id", v("12")},
        {Webhook::jobs, "scheduled_at", "scheduled_at", v(R"("2026-02-20T10:00:00")")},
        {Webhook::jobs, "scheduled_at", "scheduled_at", v(R"("")")},
        {Webhook::jobs, "scheduled_at", "scheduled_at", v(R"("2026-02-30T10:00:00Z")")},
        {Webhook::jobs, "scheduled_at", "scheduled_at", v(R"("tomorrow")")},
        {Webhook::jobs, "scheduled_at", "scheduled_at", v("null")},
        {Webhook::jobs, "end_call_reason", "end_call_reason", v(R"("hung_up")")},
        {Webhook::jobs, "revenue_tier", "revenue_tier", v(R"("huge")")},
        {Webhook::jobs, "revenue_tier_label", "revenue_tier_label", v(R"("$$$$$")")},
        {Webhook::jobs, "revenue_tier_signals", "revenue_tier_signals", v(R"("a")")},
        {Webhook::jobs, "revenue_tier_signals.1", "revenue_tier_signals", v(R"(["a",1])")},
        {Webhook::jobs, "revenue_factors", "revenue_factors", v("{}")},
        {Webhook::jobs, "revenue_confidence", "revenue_confidence", v(R"("certain")")},
        {Webhook::jobs, "estimated_value", "estimated_value", v(R"("100")")},
        {Webhook::jobs, "estimated_revenue_low", "estimated_revenue_low", v("null")},
        {Webhook::jobs, "estimated_revenue_high", "estimated_revenue_high", v("true")},
        {Webhook::jobs, "caller_type", "caller_type", v(R"("landlord")")},
        {Webhook::jobs, "primary_intent", "primary_intent", v(R"("chat")")},
        {Webhook::jobs, "booking_status", "booking_status", v(R"("booked")")},
        {Webhook::jobs, "priority_color", "priority_color", v(R"("purple")")},
        {Webhook::jobs, "status_color", "status_color", v(R"("RED")")},
        {Webhook::jobs, "priority_reason", "priority_reason", v("1")},
        {Webhook::jobs, "work_type", "work_type", v(R"("repair")")},
        {Webhook::jobs, "sentiment_score", "sentiment_score", v("0")},
        {Webhook::jobs, "sentiment_score", "sentiment_score", v("6")},
        {Webhook::jobs, "sentiment_score", "sentiment_score", v("2.5")},
        {Webhook::jobs, "sentiment_score", "sentiment_score", v(R"("3")")},
        {Webhook::jobs, "property_type", "property_type", v(R"("castle")")},
        {Webhook::jobs, "system_status", "system_status", v(R"("fine")")},
        {Webhook::jobs, "equipment_age_bracket", "equipment_age_bracket", v(R"("old")")},
        {Webhook::jobs, "is_decision_maker", "is_decision_maker", v(R"("true")")},
        {Webhook::jobs, "potential_replacement", "potential_replacement", v("1")},
        {Webhook::jobs, "is_callback_complaint", "is_callback_complaint", v("null")},
        {Webhook::jobs, "is_archived", "is_archived", v("[]")},
        {Webhook::jobs, "tags", "tags", v("[]")},
        {Webhook::jobs, "tags.HAZARD", "tags", v(R"({"HAZARD":"GAS_LEAK"})")},
        {Webhook::jobs, "tags.HAZARD.0", "tags", v(R"({"HAZARD":[1]})")},
        // calls
        {Webhook::calls, "call_id", "call_id", std::nullopt},
        {Webhook::calls, "call_id", "call_id", v(R"("")")},
        {Webhook::calls, "phone_number", "phone_number", std::nullopt},
        {Webhook::calls, "phone_number", "phone_number", v(R"("")")},
        {Webhook::calls, "user_email", "user_email", std::nullopt},
        {Webhook::calls, "user_email", "user_email", v(R"("")")},
        {Webhook::calls, "user_email", "user_email", v(R"("a@@b.com")")},
        {Webhook::calls, "started_at", "started_at", std::nullopt},
        {Webhook::calls, "started_at", "started_at", v(R"("")")},
        {Webhook::calls, "started_at", "started_at", v(R"("2026-02-20T10:00:00")")},
        {Webhook::calls, "started_at", "started_at", v(R"("2026-02-20 10:00:00-06:00")")},
        {Webhook::calls, "ended_at", "ended_at", v(R"("")")},
        {Webhook::calls, "ended_at", "ended_at", v(R"("2026-02-20T25:00:00Z")")},
        {Webhook::calls, "ended_at", "ended_at", v("null")},
        {Webhook::calls, "duration_seconds", "duration_seconds", v("-1")},
        {Webhook::calls, "duration_seconds", "duration_seconds", v("1.5")},
        {Webhook::calls, "duration_seconds", "duration_seconds", v(R"("15")")},
        {Webhook::calls, "direction", "direction", v(R"("sideways")")},
        {Webhook::calls, "transcript_object.1.role", "transcript_object",
         v(R"([{"role":"agent","content":"a"},{"role":"tool","content":"x"}])")},
        {Webhook::calls, "transcript_object.0.role", "transcript_object", v(R"([{"role":"system","content":"x"}])")},
        {Webhook::calls, "transcript_object.0.content", "transcript_object", v(R"([{"role":"user"}])")},
        {Webhook::calls, "transcript_object.0.content", "transcript_object", v(R"([{"role":"user","content":null}])")},
        {Webhook::calls, "transcript_object.0.role", "transcript_object", v(R"([{"content":"x"}])")},
        {Webhook::calls, "transcript_object.0", "transcript_object", v(R"(["x"])")},
        {Webhook::calls, "transcript_object", "transcript_object", v(R"({})")},
        {Webhook::calls, "revenue_tier_signals", "revenue_tier_signals", v("null")},
        {Webhook::calls, "job_id", "job_id", v("null")},
        {Webhook::calls, "lead_id", "lead_id", v("7")},
        {Webhook::calls, "customer_name", "customer_name", v("null")},
        {Webhook::calls, "outcome", "outcome", v("false")},
        {Webhook::calls, "hvac_issue_type", "hvac_issue_type", v("null")},
        {Webhook::calls, "urgency_tier", "urgency_tier", v("null")},
        {Webhook::calls, "problem_description", "problem_description", v("null")},
        {Webhook::calls, "revenue_tier_label", "revenue_tier_label", v("1")},
        {Webhook::calls, "retell_call_id", "retell_call_id", v("null")},
        // emergency alerts
        {Webhook::emergency_alerts, "phone_number", "phone_number", std::nullopt},
        {Webhook::emergency_alerts, "phone_number", "phone_number", v(R"("")")},
        {Webhook::emergency_alerts, "problem_description", "problem_description", std::nullopt},
        {Webhook::emergency_alerts, "problem_description", "problem_description", v(R"("")")},
        {Webhook::emergency_alerts, "user_email", "user_email", std::nullopt},
        {Webhook::emergency_alerts, "user_email", "user_email", v(R"("")")},
        {Webhook::emergency_alerts, "sms_sent_at", "sms_sent_at", std::nullopt},
        {Webhook::emergency_alerts, "sms_sent_at", "sms_sent_at", v(R"("2026-02-20T10:00:00")")},
        {Webhook::emergency_alerts, "callback_promised_minutes", "callback_promised_minutes", std::nullopt},
        {Webhook::emergency_alerts, "callback_promised_minutes", "callback_promised_minutes", v("0")},
        {Webhook::emergency_alerts, "callback_promised_minutes", "callback_promised_minutes", v("-5")},
        {Webhook::emergency_alerts, "callback_promised_minutes", "callback_promised_minutes", v("2.5")},
        {Webhook::emergency_alerts, "alert_id", "alert_id", v("null")},
        {Webhook::emergency_alerts, "call_id", "call_id", v("1")},
        {Webhook::emergency_alerts, "customer_name", "customer_name", v("null")},
        {Webhook::emergency_alerts, "customer_address", "customer_address", v("[]")},
        {Webhook::emergency_alerts, "urgency_tier", "urgency_tier", v("null")},
        {Webhook::emergency_alerts, "sms_message_sid", "sms_message_sid", v("null")},
    };
    for (const auto& x : violations) {
        auto body = base(x.route);
        if (x.value) body[x.key] = *x.value;
        else body.erase(x.key);
        const auto issues = contract::validate(x.route, body);
        BOOST_TEST(issues.size() == 1u, path_of(x.route) << " " << x.key);
        BOOST_TEST(has_path(issues, x.path), path_of(x.route) << " " << x.path);
        const auto answer = contract::check(x.route, body);
        BOOST_TEST_REQUIRE(answer.has_value());
        BOOST_TEST(answer->at("error").as_string() == "Validation failed");
        BOOST_TEST(answer->at("details").as_array().at(0).as_object().at("path").as_string() == x.path);
        BOOST_TEST(!answer->at("details").as_array().at(0).as_object().at("message").as_string().empty());
    }
    // Every field of every route is exercised above.
    for (Webhook r : all_webhooks)
        for (const auto& f : contract::fields_of(r)) {
            bool covered = false;
            for (const auto& x : violations) covered = covered || (x.route == r && x.key == f.name);
            BOOST_TEST(covered, path_of(r) << " " << f.name);
        }
}

BOOST_AUTO_TEST_CASE(not_an_object) {
    for (std::string_view text : {"[]", "null", "\"x\"", "1"}) {
        const auto issues = contract::validate(Webhook::jobs, v(text));
        BOOST_TEST_REQUIRE(issues.size() == 1u);
        BOOST_TEST(issues[0].path == "");
    }
    // An empty body names every required field.
    BOOST_TEST(contract::validate(Webhook::jobs, json::object{}).size() == 6u);
    BOOST_TEST(contract::validate(Webhook::calls, json::object{}).size() == 4u);
    BOOST_TEST(contract::validate(Webhook::emergency_alerts, json::object{}).size() == 5u);
}

BOOST_AUTO_TEST_CASE(error_body_shape) {
    const std::vector<contract::Issue> issues{{"a.b", "bad"}, {"c", "worse"}};
    BOOST_TEST(json::serialize(contract::error_body(issues)) ==
               R"({"error":"Validation failed","details":[{"path":"a.b","message":"bad"},{"path":"c","message":"worse"}]})");
}

BOOST_AUTO_TEST_CASE(datetime_format) {
    for (std::string_view ok : {"2026-02-20T10:00:00-06:00", "2026-02-20T16:00:00Z", "2026-02-20T16:00:00.5Z",
                                "2024-02-29T00:00:00+00:00", "1969-12-31T18:00:00-06:00", "2026-12-31T23:59:60Z"})
        BOOST_TEST(contract::is_datetime(ok), ok);
    for (std::string_view bad : {"", "2026-02-20T10:00:00", "2026-02-20", "2026-02-20T10:00Z", "2026-02-20t10:00:00z",
                                 "2025-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-02-20T24:00:00Z",
                                 "2026-02-20T10:00:00.Z", "2026-02-20T10:00:00+0600", "2026-02-20T10:00:00+06",
                                 "2026-02-20T10:00:00+24:00", "2026-02-20T10:00:00Z ", " 2026-02-20T10:00:00Z",
                                 "-001-02-20T10:00:00Z", "2026-00-20T10:00:00Z", "2026-02-00T10:00:00Z"})
        BOOST_TEST(!contract::is_datetime(bad), "'" << bad << "'");
}

BOOST_AUTO_TEST_CASE(email_format) {
    for (std::string_view ok : {"owner@test.com", "a.b+c@mail.example.co", "o'neil@x-y.io", "A_B-1@Example.COM"})
        BOOST_TEST(contract::is_email(ok), ok);
    for (std::string_view bad : {"", "owner", "@test.com", "owner@", "owner@test", "owner@test.c", "owner@.com",
                                 "owner@test..com", "owner@test.com.", ".owner@test.com", "own..er@test.com",
                                 "owner.@test.com", "ow ner@test.com", "owner@te st.com", "a@b@c.com",
                                 "owner@-test.com", "owner@test.c0m", "owner\n@test.com"})
        BOOST_TEST(!contract::is_email(bad), "'" << bad << "'");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
// Generated sessions

namespace {

class Generator {
public:
    explicit Generator(std::uint64_t seed) : rng_(seed) {}

    std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    bool coin() { return below(2) == 0; }
    template <class T, std::size_t N>
    const T& pick(const T (&a)[N]) { return a[below(N)]; }
    const char* pick(std::initializer_list<const char*> l) { return *(l.begin() + static_cast<std::ptrdiff_t>(below(l.size()))); }

    std::string text() {
        static const char* const pool[] = {
            "", " ", "\t\n", "Jonas", "Maria Lopez", "José Núñez", "山田太郎", "O'Brien \"Bob\"",
            "4210 South Lamar Blvd", "AC blowing warm air", "furnace making a banging noise",
            "I smell gas", "new system quote, R-22 unit", "caf\xc3\xa9", "bad \xff\xfe bytes",
            "truncated \xe2\x82", "\xc0\xaf overlong", "emoji 🔥❄️", "nul\0inside", "back\\slash /slash",
            "control \x01\x1f chars", "\xed\xa0\x80 surrogate"};
        std::string s = pick(pool);
        if (std::string_view(s) == "nul") s = std::string("nul\0inside", 10);
        if (below(20) == 0) s = std::string(below(3000), 'x') + s;
        if (below(10) == 0) s += random_bytes(below(12));
        return s;
    }

    std::string random_bytes(std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) s.push_back(static_cast<char>(below(256)));
        return s;
    }

    std::string phone() {
        static const char* const pool[] = {"", "+15125551234", "  ", "unknown", "+1 (512) 555-0000",
                                           "☎ 512", "\xff\xfe", "anonymous"};
        return pick(pool);
    }

    std::string urgency() {
        static const char* const pool[] = {"routine", "low", "medium", "high", "urgent", "emergency", "",
                                           "URGENT", " Emergency ", "critical", "asap", "\xff", "routine "};
        return pick(pool);
    }

    // A date-time near a DST transition, a leap day, the epoch or anywhere.
    std::int64_t interesting_instant() {
        static const std::int64_t anchors[] = {
            1772956800,  // 2026-03-08T08:00Z: Chicago springs forward
            1793516400,  // 2026-11-01T07:00Z: Chicago falls back
            1775318400,  // 2026-04-04T16:00Z: Sydney falls back
            1791043200,  // 2026-10-03T16:00Z: Sydney springs forward
            1709208000,  // 2024-02-29T12:00Z
            0, 86400, 951782400, 4102444800 /* 2100-01-01 */, 253402214399};
        const std::int64_t a = pick(anchors);
        return a + static_cast<std::int64_t>(below(4 * 3600)) - 2 * 3600;
    }

    std::string booked_time() {
        if (below(8) == 0) {
            static const char* const garbage[] = {"", "tomorrow morning", "2026-02-20", "2026-02-30T10:00:00",
                                                  "10:00", "2026-02-20T10:00:00 CST", "\xff\xfe",
                                                  "2026-02-20T25:00:00Z", "2026/02/20 10:00", "Friday 3pm"};
            return pick(garbage);
        }
        std::int64_t t = below(3) == 0 ? static_cast<std::int64_t>(below(4102444800ULL)) : interesting_instant();
        t = std::max<std::int64_t>(t, 86400);
        const std::int64_t days = TimeZone::floor_div(t, 86400);
        const auto secs = static_cast<unsigned>(t - days * 86400);
        const CivilDate d = civil_from_days(days);
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u%c%02u:%02u", static_cast<long long>(d.year), d.month,
                      d.day, coin() ? 'T' : ' ', secs / 3600, secs / 60 % 60);
        std::string s = buf;
        if (below(4) != 0) {
            std::snprintf(buf, sizeof buf, ":%02u", secs % 60);
            s += buf;
            if (below(4) == 0) s += "." + std::to_string(below(1000000));
        }
        static const char* const offsets[] = {"", "", "Z", "z", "-06:00", "-05:00", "+05:30", "+0000",
                                              "-08", "+14:00", "-11:30", "+23:59"};
        return s + pick(offsets);
    }

    double start_time() {
        switch (below(10)) {
            case 0: return 0.0;
            case 1: return -static_cast<double>(below(1000000000));
            case 2: return 1e300;
            case 3: return std::numeric_limits<double>::quiet_NaN();
            case 4: return std::numeric_limits<double>::infinity();
            case 5: return 1000.0 + static_cast<double>(below(100));
            case 6: return 253402300800.0 + static_cast<double>(below(10));  // year 10000
            default: return static_cast<double>(interesting_instant()) + static_cast<double>(below(1000)) / 1000.0;
        }
    }

    double end_time(double start) {
        switch (below(8)) {
            case 0: return std::numeric_limits<double>::quiet_NaN();
            case 1: return -5.0;
            case 2: return static_cast<double>(interesting_instant());
            case 3: return start - static_cast<double>(below(600));  // a clock that moved back
            default: return start + static_cast<double>(below(3600)) + 0.5;
        }
    }

    std::vector<TranscriptEntry> transcript(double start) {
        std::vector<TranscriptEntry> log;
        const std::size_t n = below(8);
        const bool tool_only = below(6) == 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double ts = start + static_cast<double>(i);
            switch (tool_only ? 2 : below(3)) {
                case 0: log.push_back(TranscriptEntry::agent(text(), ts)); break;
                case 1: log.push_back(TranscriptEntry::user(text(), ts)); break;
                default:
                    log.push_back(TranscriptEntry::tool(text(), coin() ? R"({"booked":true})" : "not json", ts));
            }
        }
        return log;
    }

    CallSession session() {
        CallSession s;
        s.phone_number = phone();
        s.state = static_cast<State>(below(state_names.size()));
        s.caller_known = coin();
        s.customer_name = text();
        s.zip_code = coin() ? "78745" : "";
        s.service_address = text();
        s.has_appointment = coin();
        s.problem_description = text();
        s.preferred_time = coin() ? "morning" : "";
        s.urgency_tier = urgency();
        s.lead_type = pick({"", "high_ticket", "standard", "\xff"});
        s.caller_confirmed = coin();
        s.booking_confirmed = below(3) != 0;
        s.booked_time = booked_time();
        s.callback_created = coin();
        s.call_sid = pick({"", "", "CA_test_123", "CA\xff", " "});
        s.start_time = start_time();
        s.transcript_log = transcript(std::isfinite(s.start_time) ? s.start_time : 0.0);
        return s;
    }

    BusinessConfig config() {
        BusinessConfig c{.user_email = pick({"owner@test.com", "a.b+hvac@mail.example.co"})};
        c.time_zone = pick({"America/Chicago", "America/Chicago", "America/New_York", "America/Phoenix",
                            "Australia/Sydney", "UTC", "<+0530>-5:30", "Pacific/Honolulu"});
        c.callback_promised_minutes = static_cast<int>(1 + below(120));
        return c;
    }

private:
    std::mt19937_64 rng_;
};

// The instant a scheduled_at text names (it has an offset: parse it back).
std::optional<std::int64_t> instant_of(std::string_view text) {
    const auto p = parse_iso8601(text);
    if (!p || !p->offset) return std::nullopt;
    return p->local_seconds - *p->offset;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(GeneratedSessions)

BOOST_AUTO_TEST_CASE(every_generated_payload_passes_the_dashboard_validation) {
    constexpr std::size_t count = 5000;
    Generator g(20260220);
    std::size_t passed = 0, alerts = 0, scheduled = 0, left_out = 0, derived_ids = 0;
    for (std::size_t n = 0; n < count; ++n) {
        const CallSession s = g.session();
        const BusinessConfig config = g.config();
        const double end = g.end_time(std::isfinite(s.start_time) ? s.start_time : 0.0);
        JobsResponse jobs;
        if (g.below(3) == 0) jobs.job_id = "job_" + std::to_string(n);
        else if (g.below(2) == 0) jobs.lead_id = "lead_" + std::to_string(n);

        const auto built = build_payloads(s, end, config, jobs);
        BOOST_TEST_REQUIRE(built.has_value(), "session " << n);
        bool ok = true;
        auto check = [&](Webhook r, const json::value& body) {
            // What goes over the wire: serialized, valid UTF-8, parsed back.
            const std::string wire = json::serialize(body);
            const bool utf8 = detail::is_valid_utf8(wire);
            const auto issues = contract::validate(r, json::parse(wire));
            for (const auto& i : issues)
                BOOST_TEST_MESSAGE("session " << n << " " << path_of(r) << " " << i.path << ": " << i.message);
            BOOST_TEST(issues.empty(), "session " << n << " " << path_of(r));
            BOOST_TEST(utf8, "session " << n);
            ok = ok && issues.empty() && utf8;
        };
        const auto job = json::value_from(built->job);
        const auto call = json::value_from(built->call);
        check(Webhook::jobs, job);
        check(Webhook::calls, call);
        BOOST_TEST(built->alert.has_value() == (s.state == State::safety_exit));
        if (built->alert) {
            check(Webhook::emergency_alerts, json::value_from(*built->alert));
            ++alerts;
        }

        // Rules beyond the field formats.
        const auto& c = call.as_object();
        BOOST_TEST(c.at("duration_seconds").as_int64() >= 0);
        BOOST_TEST(*instant_of(c.at("ended_at").as_string()) >= *instant_of(c.at("started_at").as_string()));
        BOOST_TEST(c.contains("job_id") == jobs.job_id.has_value());
        BOOST_TEST(c.contains("lead_id") == jobs.lead_id.has_value());
        BOOST_TEST(c.at("call_id") == job.as_object().at("call_id"));
        // The same call gives the same id on every retry.
        BOOST_TEST(build_payloads(s, end + 60, config)->call.call_id == built->call.call_id);
        if (detail::blank(s.call_sid)) ++derived_ids;
        // scheduled_at: present exactly when booked with a parseable time, and the
        // instant it names is the booked one.
        const auto booked = parse_iso8601(s.booked_time);
        const bool want_scheduled = s.booking_confirmed && !s.booked_time.empty() && booked.has_value();
        BOOST_TEST(job.as_object().contains("scheduled_at") == want_scheduled, "session " << n << " '" << s.booked_time << "'");
        if (want_scheduled) {
            ++scheduled;
            const TimeZone zone = *find_time_zone(config.time_zone);
            const auto sent = instant_of(job.as_object().at("scheduled_at").as_string());
            BOOST_TEST_REQUIRE(sent.has_value());
            BOOST_TEST(*sent == booked->instant(zone), "session " << n << " '" << s.booked_time << "'");
        } else if (s.booking_confirmed && !s.booked_time.empty()) {
            ++left_out;
            bool reported = false;
            for (const auto& note : built->notes) reported = reported || note.field == "scheduled_at";
            BOOST_TEST(reported, "session " << n);
        }
        if (ok) ++passed;
    }
    std::cout << "contract: " << passed << " of " << count << " generated sessions passed the validator ("
              << alerts << " with an alert, " << scheduled << " with scheduled_at, " << left_out
              << " unparseable booked times left out, " << derived_ids << " derived call ids)\n";
    BOOST_TEST(passed == count);
    BOOST_TEST(alerts > 100u);
    BOOST_TEST(scheduled > 500u);
    BOOST_TEST(left_out > 100u);
}

BOOST_AUTO_TEST_CASE(the_plans_python_payloads_would_be_rejected) {
    // The plan's values for a session without caller ID, address, start time or call
    // id, with the internal urgency tier and a tool entry: the validator must refuse
    // them, which is why the builders differ from the plan.
    const auto job = v(R"({"customer_name":"Unknown Caller","customer_phone":"","customer_address":"",
        "service_type":"hvac","urgency":"routine","user_email":"","scheduled_at":"2026-02-20T10:00:00"})");
    const auto issues = contract::validate(Webhook::jobs, job);
    for (std::string_view p : {"customer_phone", "customer_address", "urgency", "user_email", "scheduled_at"})
        BOOST_TEST(has_path(issues, p), p);
    const auto call = v(R"({"call_id":"","phone_number":"","user_email":"owner@test.com","started_at":"",
        "ended_at":"","duration_seconds":-3,
        "transcript_object":[{"role":"agent","content":"hi"},{"role":"tool","name":"book","result":{}}]})");
    const auto ci = contract::validate(Webhook::calls, call);
    for (std::string_view p : {"call_id", "phone_number", "started_at", "ended_at", "duration_seconds",
                               "transcript_object.1.role", "transcript_object.1.content"})
        BOOST_TEST(has_path(ci, p), p);
}

BOOST_AUTO_TEST_SUITE_END()
