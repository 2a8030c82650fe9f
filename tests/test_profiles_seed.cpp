// The seed profile (profiles/seed.hpp): the plan's rules exactly, as its Python has
// them (substring matching, tag order, hazards only on a safety exit...), beyond the
// plan's Task 3 cases that every profile passes (test_classify.cpp).
#define BOOST_TEST_MODULE profiles_seed
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
}  // namespace

// ---- the plan's rules, exactly ----------------------------------------------

BOOST_AUTO_TEST_SUITE(SeedProfile)

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
