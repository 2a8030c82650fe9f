// Plan Tasks 3 and 4 (classify_tags, detect_priority, estimate_revenue_tier),
// ported with the same names and assertions, then the cases the plan forgot.
#define BOOST_TEST_MODULE plan_classification
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/calllock.hpp>

#include <string>
#include <vector>

using namespace calllock;

namespace {

CallSession session() { return CallSession{.phone_number = "+15125551234"}; }

std::vector<std::string> names(const Tags& tags, Category c) {
    std::vector<std::string> out;
    tags.for_each(c, [&](Tag t) { out.emplace_back(t.name()); });
    return out;
}

bool has(const Tags& tags, Category c, std::string_view tag) {
    auto t = find_tag(tag);
    return t && t->category() == c && tags.contains(*t);
}

Tags tags_of(std::initializer_list<std::string_view> list) {
    TagSet s;
    for (auto n : list) s.insert(find_tag(n).value());
    return Tags{s};
}

}  // namespace

// ---- Task 3 ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(TestClassifyTags)

BOOST_AUTO_TEST_CASE(test_safety_exit_produces_hazard_tag) {
    auto s = session();
    s.state = State::safety_exit;
    const auto tags = classify_tags<seed_profile>(s, "I smell gas in my house");
    BOOST_TEST(has(tags, Category::HAZARD, "GAS_LEAK"));
}

BOOST_AUTO_TEST_CASE(test_co_detector_produces_co_tag) {
    auto s = session();
    s.state = State::safety_exit;
    const auto tags = classify_tags<seed_profile>(s, "my CO detector is going off");
    BOOST_TEST(has(tags, Category::HAZARD, "CO_EVENT"));
}

BOOST_AUTO_TEST_CASE(test_emergency_urgency_tag) {
    auto s = session();
    s.urgency_tier = "emergency";
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::URGENCY, "EMERGENCY_SAMEDAY"));
}

BOOST_AUTO_TEST_CASE(test_standard_urgency_default) {
    auto s = session();
    s.urgency_tier = "routine";
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::URGENCY, "STANDARD"));
}

BOOST_AUTO_TEST_CASE(test_high_ticket_produces_revenue_tag) {
    auto s = session();
    s.problem_description = "I want a new AC system";
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::REVENUE, "HOT_LEAD"));
}

BOOST_AUTO_TEST_CASE(test_new_customer_tag) {
    auto s = session();
    s.caller_known = false;
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::CUSTOMER, "NEW_CUSTOMER"));
}

BOOST_AUTO_TEST_CASE(test_existing_customer_tag) {
    auto s = session();
    s.caller_known = true;
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::CUSTOMER, "EXISTING_CUSTOMER"));
}

BOOST_AUTO_TEST_CASE(test_non_service_vendor_tag) {
    auto s = session();
    s.state = State::callback;
    const auto tags = classify_tags<seed_profile>(s, "I'm a parts supplier");
    BOOST_TEST(tags.size(Category::NON_CUSTOMER) > 0u);
}

BOOST_AUTO_TEST_CASE(test_repair_ac_service_type) {
    auto s = session();
    s.problem_description = "my AC is broken and not cooling";
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::SERVICE_TYPE, "REPAIR_AC"));
}

BOOST_AUTO_TEST_CASE(test_all_nine_categories_present) {
    // Tags holds every category (possibly empty); the JSON form lists all nine.
    std::vector<std::string> cats;
    for (auto c : all_categories) cats.emplace_back(name(c));
    const std::vector<std::string> expected{"HAZARD",   "URGENCY",  "SERVICE_TYPE",
                                            "REVENUE",  "RECOVERY", "LOGISTICS",
                                            "CUSTOMER", "NON_CUSTOMER", "CONTEXT"};
    BOOST_TEST(cats == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(test_booking_confirmed_produces_service_type) {
    auto s = session();
    s.state = State::done;
    s.booking_confirmed = true;
    s.problem_description = "heating not working";
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::SERVICE_TYPE, "REPAIR_HEATING"));
}

// ---- beyond the plan --------------------------------------------------------

BOOST_AUTO_TEST_CASE(hazards_need_a_safety_exit) {
    auto s = session();
    const auto tags = classify_tags<seed_profile>(s, "I smell gas and the CO detector is going off");
    BOOST_TEST(tags.empty(Category::HAZARD));
    BOOST_TEST(has(tags, Category::SERVICE_TYPE, "DIAGNOSTIC_SMELL"));
}

BOOST_AUTO_TEST_CASE(safety_exit_without_a_match_is_health_risk_and_evacuate) {
    auto s = session();
    s.state = State::safety_exit;
    s.urgency_tier = "emergency";
    const auto tags = classify_tags<seed_profile>(s, "please help");
    BOOST_TEST(names(tags, Category::HAZARD) == std::vector<std::string>{"HEALTH_RISK"},
               boost::test_tools::per_element());
    BOOST_TEST(names(tags, Category::URGENCY) == std::vector<std::string>{"CRITICAL_EVACUATE"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(tag_order_is_the_plans_dict_order) {
    auto s = session();
    s.state = State::safety_exit;
    // The plan lists REFRIGERANT_LEAK before HEALTH_RISK, TENANT_COORD after
    // LANDLORD_AUTH, WRONG_NUMBER before SPAM_TELEMARKETING: not taxonomy order.
    const auto tags = classify_tags<seed_profile>(
        s, "frozen coil, it's freezing; my landlord and the tenant; spam, wrong number");
    BOOST_TEST(names(tags, Category::HAZARD) ==
                   (std::vector<std::string>{"REFRIGERANT_LEAK", "HEALTH_RISK"}),
               boost::test_tools::per_element());
    BOOST_TEST(names(tags, Category::LOGISTICS) ==
                   (std::vector<std::string>{"LANDLORD_AUTH", "TENANT_COORD"}),
               boost::test_tools::per_element());
    BOOST_TEST(names(tags, Category::NON_CUSTOMER) ==
                   (std::vector<std::string>{"WRONG_NUMBER", "SPAM_TELEMARKETING"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_urgency_tier_is_standard_and_case_matters) {
    auto s = session();
    s.urgency_tier = "EMERGENCY";
    BOOST_TEST(names(classify_tags<seed_profile>(s, ""), Category::URGENCY) == std::vector<std::string>{"STANDARD"},
               boost::test_tools::per_element());
    s.urgency_tier = "";
    BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::URGENCY, "STANDARD"));
    for (auto [tier, tag] : {std::pair{"urgent", "URGENT_24HR"}, {"high", "PRIORITY_48HR"},
                             {"low", "FLEXIBLE"}}) {
        s.urgency_tier = tier;
        BOOST_TEST(has(classify_tags<seed_profile>(s, ""), Category::URGENCY, tag));
    }
}

BOOST_AUTO_TEST_CASE(substrings_match_as_in_the_plan) {
    // The plan's `kw in text`: "ac" inside "back", "cat" inside "location".
    auto s = session();
    const auto tags = classify_tags<seed_profile>(s, "call me back at this location");
    BOOST_TEST(has(tags, Category::SERVICE_TYPE, "REPAIR_AC"));
    BOOST_TEST(has(tags, Category::LOGISTICS, "PET_SECURE"));
}

BOOST_AUTO_TEST_CASE(mixed_case_matches) {
    auto s = session();
    BOOST_TEST(has(classify_tags<seed_profile>(s, "THE FURNACE IS OUT"), Category::SERVICE_TYPE, "REPAIR_HEATING"));
    BOOST_TEST(has(classify_tags<seed_profile>(s, "ThErMoStAt"), Category::SERVICE_TYPE, "REPAIR_THERMOSTAT"));
}

BOOST_AUTO_TEST_CASE(keywords_at_the_very_start_and_end) {
    auto s = session();
    BOOST_TEST(has(classify_tags<seed_profile>(s, "dog"), Category::LOGISTICS, "PET_SECURE"));
    s.problem_description = "needs a thermostat";
    BOOST_TEST(has(classify_tags<seed_profile>(s, "x"), Category::SERVICE_TYPE, "REPAIR_THERMOSTAT"));
}

BOOST_AUTO_TEST_CASE(keyword_across_the_transcript_problem_boundary) {
    // text = transcript + " " + problem: "speak" + " " + "to" forms "speak to".
    auto s = session();
    s.problem_description = "to the office";
    BOOST_TEST(has(classify_tags<seed_profile>(s, "I want to speak"), Category::RECOVERY, "ESCALATION_REQ"));
    s.problem_description = "number";
    BOOST_TEST(has(classify_tags<seed_profile>(s, "sorry, wrong"), Category::NON_CUSTOMER, "WRONG_NUMBER"));
}

BOOST_AUTO_TEST_CASE(non_ascii_and_invalid_utf8) {
    auto s = session();
    // Python's lower() turns U+212A KELVIN SIGN into "k": "smo\u212Ae" is "smoke".
    s.state = State::safety_exit;
    BOOST_TEST(has(classify_tags<seed_profile>(s, "smo\xE2\x84\xAA" "e"), Category::HAZARD, "ELECTRICAL_FIRE"));
    // Other bytes never match and never break the scan.
    s.state = State::welcome;
    const auto tags = classify_tags<seed_profile>(s, "\xFF\xFE caf\xC3\xA9 \xE2\x84 furnace \xC4");
    BOOST_TEST(has(tags, Category::SERVICE_TYPE, "REPAIR_HEATING"));
    const auto none = classify_tags<seed_profile>(s, "\xE2\x84\xE2\x84\xAA\xC4\xB0\x80\x80");
    BOOST_TEST(none.set().size() == 2u);  // STANDARD + NEW_CUSTOMER only
}

BOOST_AUTO_TEST_CASE(huge_transcript) {
    auto s = session();
    std::string text(4 << 20, 'x');
    text.replace(text.size() - 7, 7, "furnace");
    const auto tags = classify_tags<seed_profile>(s, text);
    BOOST_TEST(has(tags, Category::SERVICE_TYPE, "REPAIR_HEATING"));
    // and REPAIR_AC: "furnace" contains "ac" (the plan's substring semantics)
    BOOST_TEST(names(tags, Category::SERVICE_TYPE) ==
                   (std::vector<std::string>{"REPAIR_AC", "REPAIR_HEATING"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(classify_call_reads_the_plain_text_transcript) {
    auto s = session();
    s.transcript_log = {TranscriptEntry::agent("Thanks for calling.", 1),
                        TranscriptEntry::user("My furnace died", 2),
                        TranscriptEntry::tool("lookup_caller", "{}", 3)};
    s.problem_description = "furnace";
    const auto text = to_plain_text(s.transcript_log);
    const auto a = classify_call<seed_profile>(s);
    const auto b = classify_text<seed_profile>(facts_of(s), text);
    BOOST_TEST((a.tags == b.tags));
    BOOST_TEST(a.priority.reason() == b.priority.reason());
    BOOST_TEST((a.revenue == b.revenue));
}

BOOST_AUTO_TEST_SUITE_END()

// ---- Task 4 ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(TestDetectPriority)

BOOST_AUTO_TEST_CASE(test_hazard_tags_produce_red) {
    BOOST_TEST(detect_priority(tags_of({"GAS_LEAK"}), "attempted_failed").color_name() == "red");
}

BOOST_AUTO_TEST_CASE(test_recovery_tags_produce_red) {
    BOOST_TEST(detect_priority(tags_of({"COMPLAINT_NOFIX"}), "confirmed").color_name() == "red");
}

BOOST_AUTO_TEST_CASE(test_commercial_produces_green) {
    BOOST_TEST(detect_priority(tags_of({"HOT_LEAD"}), "confirmed").color_name() == "green");
}

BOOST_AUTO_TEST_CASE(test_vendor_produces_gray) {
    BOOST_TEST(detect_priority(tags_of({"VENDOR_SALES"}), "not_requested").color_name() == "gray");
}

BOOST_AUTO_TEST_CASE(test_standard_call_produces_blue) {
    BOOST_TEST(detect_priority(tags_of({}), "confirmed").color_name() == "blue");
}

BOOST_AUTO_TEST_CASE(test_result_has_reason) {
    const auto p = detect_priority(tags_of({"GAS_LEAK"}), "confirmed");
    BOOST_TEST(p.reason().size() > 0u);
}

BOOST_AUTO_TEST_CASE(reason_texts_are_the_plans) {
    BOOST_TEST(detect_priority(tags_of({"GAS_LEAK", "CO_EVENT"})).reason() ==
               "Safety hazard: GAS_LEAK, CO_EVENT");
    BOOST_TEST(detect_priority(tags_of({"CALLBACK_RISK"})).reason() == "Customer concern: CALLBACK_RISK");
    BOOST_TEST(detect_priority(tags_of({"SPAM_TELEMARKETING"})).reason() ==
               "Non-customer: SPAM_TELEMARKETING");
    BOOST_TEST(detect_priority(tags_of({"HOT_LEAD", "R22_RETROFIT"})).reason() ==
               "Revenue opportunity: HOT_LEAD, R22_RETROFIT");
    BOOST_TEST(detect_priority(tags_of({"REPAIR_AC"})).reason() == "Standard residential service request");
}

BOOST_AUTO_TEST_CASE(precedence_hazard_recovery_noncustomer_revenue) {
    BOOST_TEST(detect_priority(tags_of({"HOT_LEAD", "VENDOR_SALES"})).color_name() == "gray");
    BOOST_TEST(detect_priority(tags_of({"HOT_LEAD", "VENDOR_SALES", "COMPLAINT_PRICE"})).reason() ==
               "Customer concern: COMPLAINT_PRICE");
    BOOST_TEST(detect_priority(tags_of({"COMPLAINT_PRICE", "GAS_LEAK"})).reason() == "Safety hazard: GAS_LEAK");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TestEstimateRevenueTier)

BOOST_AUTO_TEST_CASE(test_replacement_keywords) {
    const auto r = estimate_revenue_tier("I want a new AC system installed", {});
    BOOST_TEST(r.tier_name() == "replacement");
    BOOST_TEST(r.tier_label() == "$$$$");
}

BOOST_AUTO_TEST_CASE(test_major_repair_keywords) {
    const auto r = estimate_revenue_tier("compressor is dead", {});
    BOOST_TEST(r.tier_name() == "major_repair");
    BOOST_TEST(r.tier_label() == "$$$");
}

BOOST_AUTO_TEST_CASE(test_standard_repair_default) {
    const auto r = estimate_revenue_tier("AC is broken not cooling", {});
    BOOST_TEST(r.tier_name() == "standard_repair");
    BOOST_TEST(r.tier_label() == "$$");
}

BOOST_AUTO_TEST_CASE(test_minor_keywords) {
    const auto r = estimate_revenue_tier("thermostat is not responding", {});
    BOOST_TEST(r.tier_name() == "minor");
    BOOST_TEST(r.tier_label() == "$");
}

BOOST_AUTO_TEST_CASE(test_diagnostic_fallback) {
    const auto r = estimate_revenue_tier("", {});
    BOOST_TEST(r.tier_name() == "diagnostic");
    BOOST_TEST(r.tier_label() == "$$?");
}

BOOST_AUTO_TEST_CASE(test_r22_signals_replacement) {
    const auto r = estimate_revenue_tier("needs freon recharge", TagSet{tag_of("R22_RETROFIT")});
    BOOST_TEST(r.tier_name() == "replacement");
}

BOOST_AUTO_TEST_CASE(test_result_has_signals) {
    const auto r = estimate_revenue_tier("compressor failed", {});
    BOOST_TEST(r.signals().size() > 0u);
}

BOOST_AUTO_TEST_CASE(test_result_has_confidence) {
    const auto r = estimate_revenue_tier("new system replacement", {});
    const auto c = name(r.confidence);
    BOOST_TEST((c == "low" || c == "medium" || c == "high"));
}

// ---- beyond the plan --------------------------------------------------------

BOOST_AUTO_TEST_CASE(signals_are_every_matching_keyword_in_table_order) {
    const auto r = estimate_revenue_tier("Replacement: new AC system, install it", {});
    const std::vector<std::string_view> got(r.signals().begin(), r.signals().end());
    const std::vector<std::string_view> want{"new ac", "replacement", "replace", "install"};
    BOOST_TEST(got == want, boost::test_tools::per_element());
    BOOST_TEST(name(r.confidence) == "high");
    BOOST_TEST(name(estimate_revenue_tier("upgrade", {}).confidence) == "medium");
}

BOOST_AUTO_TEST_CASE(maintenance_is_minor_and_whitespace_is_diagnostic) {
    const auto m = estimate_revenue_tier("annual tune-up", {});
    BOOST_TEST(m.tier_name() == "minor");
    BOOST_TEST(m.signals()[0] == "tune-up");
    // Python's strip() removes Unicode whitespace too (here NBSP and U+3000).
    BOOST_TEST(estimate_revenue_tier(" \t\n\xC2\xA0\xE3\x80\x80", {}).tier_name() == "diagnostic");
    BOOST_TEST(estimate_revenue_tier("\xC2\xA0x", {}).tier_name() == "standard_repair");
}

BOOST_AUTO_TEST_CASE(r22_signal_text) {
    const auto r = estimate_revenue_tier("", TagSet{tag_of("R22_RETROFIT")});
    BOOST_TEST(r.signals().size() == 1u);
    BOOST_TEST(r.signals()[0] == "R-22/Freon system");
    BOOST_TEST(name(r.confidence) == "high");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- The plan's classification tests as constant expressions ---------------

namespace {
constexpr CallFacts safety_exit{.state = State::safety_exit};
constexpr Tag T(std::string_view n) { return *find_tag(n); }
}  // namespace

static_assert(classify_text<seed_profile>(safety_exit, "I smell gas in my house").tags.contains(tag_of("GAS_LEAK")));
static_assert(classify_text<seed_profile>(safety_exit, "my CO detector is going off").tags.contains(tag_of("CO_EVENT")));
static_assert(classify_text<seed_profile>({.urgency_tier = "emergency"}, "").tags.contains(tag_of("EMERGENCY_SAMEDAY")));
static_assert(classify_text<seed_profile>({.urgency_tier = "routine"}, "").tags.contains(tag_of("STANDARD")));
static_assert(classify_text<seed_profile>({.problem_description = "I want a new AC system"}, "").tags.contains(T("HOT_LEAD")));
static_assert(classify_text<seed_profile>({.caller_known = false}, "").tags.contains(tag_of("NEW_CUSTOMER")));
static_assert(classify_text<seed_profile>({.caller_known = true}, "").tags.contains(tag_of("EXISTING_CUSTOMER")));
static_assert(!classify_text<seed_profile>({.state = State::callback}, "I'm a parts supplier").tags.empty(Category::NON_CUSTOMER));
static_assert(classify_text<seed_profile>({.problem_description = "my AC is broken and not cooling"}, "").tags.contains(T("REPAIR_AC")));
static_assert(classify_text<seed_profile>({.state = State::done, .booking_confirmed = true,
                             .problem_description = "heating not working"}, "")
                  .tags.contains(T("REPAIR_HEATING")));
static_assert(classify_text<seed_profile>(safety_exit, "I smell gas").priority.reason_is("Safety hazard: GAS_LEAK"));
static_assert(detect_priority(Tags{TagSet{tag_of("VENDOR_SALES")}}).color == PriorityColor::gray);
static_assert(estimate_revenue_tier("compressor is dead", {}).tier == RevenueTier::major_repair);
static_assert(estimate_revenue_tier("needs freon recharge", TagSet{tag_of("R22_RETROFIT")}).tier ==
              RevenueTier::replacement);
static_assert(estimate_revenue_tier("", {}).tier == RevenueTier::diagnostic);
