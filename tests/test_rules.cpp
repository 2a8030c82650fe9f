// The shared rules (rules.hpp): the plan's Task 4 tests (detect_priority,
// estimate_revenue_tier), ported with the same names and assertions, then the cases
// the plan forgot; and as constant expressions.
#define BOOST_TEST_MODULE rules
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/rules.hpp>

#include <initializer_list>
#include <string_view>

using namespace calllock;

namespace {

Tags tags_of(std::initializer_list<std::string_view> list) {
    TagSet s;
    for (auto n : list) s.insert(find_tag(n).value());
    return Tags{s};
}

}  // namespace

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

BOOST_AUTO_TEST_CASE(urgency_tiers_map_as_in_the_plan) {
    BOOST_TEST(urgency_tag("emergency").name() == "EMERGENCY_SAMEDAY");
    BOOST_TEST(urgency_tag("urgent").name() == "URGENT_24HR");
    BOOST_TEST(urgency_tag("high").name() == "PRIORITY_48HR");
    BOOST_TEST(urgency_tag("routine").name() == "STANDARD");
    BOOST_TEST(urgency_tag("low").name() == "FLEXIBLE");
    BOOST_TEST(urgency_tag("Emergency").name() == "STANDARD");  // case matters, as in the plan
    BOOST_TEST(urgency_tag("").name() == "STANDARD");
}

// ---- as constant expressions ---------------------------------------------------

static_assert(detect_priority(Tags{TagSet{tag_of("VENDOR_SALES")}}).color == PriorityColor::gray);
static_assert(estimate_revenue_tier("compressor is dead", {}).tier == RevenueTier::major_repair);
static_assert(estimate_revenue_tier("needs freon recharge", TagSet{tag_of("R22_RETROFIT")}).tier ==
              RevenueTier::replacement);
static_assert(estimate_revenue_tier("", {}).tier == RevenueTier::diagnostic);
static_assert(urgency_tag("urgent") == tag_of("URGENT_24HR") && urgency_tag("soon") == tag_of("STANDARD"));
