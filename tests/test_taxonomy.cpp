// The constexpr taxonomy and TagSet.
#define BOOST_TEST_MODULE taxonomy
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/calllock.hpp>
#include <calllock/detail/taxonomy_checks.hpp>

#include <algorithm>
#include <iterator>
#include <ranges>
#include <set>
#include <string>
#include <vector>

using namespace calllock;

// Table invariants, checked by the compiler.
static_assert(tag_count == 117);
static_assert(all_tag_count == 120);
static_assert(tag_of("GAS_LEAK").category() == Category::HAZARD);
static_assert(tag_of("DURATION_ONGOING").category() == Category::CONTEXT);
static_assert(!tag_of("DURATION_ACUTE").is_core());
static_assert(tag_of("WEEKEND").is_core());
static_assert(!find_tag("NOT_A_TAG").has_value());
static_assert(!find_tag("gas_leak").has_value());
// The generated constants are the tags of their names (the first, the last core tag, the
// derived extras, one from the middle of the name order).
static_assert(tags::GAS_LEAK == tag_of("GAS_LEAK") && tags::GAS_LEAK.id() == 0);
static_assert(tags::HOT_LEAD == tag_of("HOT_LEAD") && tags::ZONING_INTEREST == tag_of("ZONING_INTEREST"));
static_assert(tags::RECENT_INSTALL.id() == tag_count - 1 && tags::RECENT_INSTALL.name() == "RECENT_INSTALL");
static_assert(tags::DURATION_ACUTE.id() == 117 && tags::DURATION_ONGOING.id() == 119);
static_assert(find_category("NON_CUSTOMER") == Category::NON_CUSTOMER);
static_assert(TagSet{tag_of("GAS_LEAK"), tag_of("CO_EVENT")}.size() == 2);
static_assert(TagSet::core().size() == 117);
static_assert(TagSet::all().in(Category::SERVICE_TYPE).size() == 23);
// TagSet's iterator names no iterator_category (tag_set.hpp avoids <iterator>); the
// ranges library must still see a forward range.
static_assert(std::forward_iterator<TagSet::iterator>);
static_assert(std::ranges::forward_range<TagSet>);
static_assert(end_id(Category::CONTEXT) == all_tag_count);

BOOST_AUTO_TEST_CASE(category_counts) {
    const std::vector<std::size_t> want{7, 8, 23, 9, 10, 20, 15, 12, 13};
    std::vector<std::size_t> got;
    for (auto c : all_categories) got.push_back((TagSet::core().in(c)).size());
    BOOST_TEST(got == want, boost::test_tools::per_element());
    BOOST_TEST(TagSet::all().in(Category::CONTEXT).size() == 16u);  // + 3 DURATION tags
}

BOOST_AUTO_TEST_CASE(names_unique_and_lookup_round_trips) {
    std::set<std::string> seen;
    for (Tag t : TagSet::all()) {
        BOOST_TEST(seen.insert(std::string(t.name())).second);
        BOOST_TEST(find_tag(t.name()).value() == t);
    }
    BOOST_TEST(seen.size() == all_tag_count);
    BOOST_TEST(!find_tag("").has_value());
    BOOST_TEST(!find_tag("GAS_LEAK ").has_value());
    // find_tag searches the names by halves: names before the first, after the last, and
    // prefixes and extensions of real names are not found.
    for (std::string_view missing : {"A", "AAAA", "ZZZZ", "~", "GAS", "GAS_LEAKS", "GAS_LEA", "HOT_LEAD_", "_"})
        BOOST_TEST(!find_tag(missing).has_value(), missing);
    std::vector<std::string_view> names;
    for (Tag t : TagSet::all()) names.push_back(t.name());
    std::ranges::sort(names);
    BOOST_TEST(find_tag(names.front()).value().name() == names.front());
    BOOST_TEST(find_tag(names.back()).value().name() == names.back());
}

BOOST_AUTO_TEST_CASE(tag_set_iterates_in_taxonomy_order) {
    TagSet s{tag_of("WEEKEND"), tag_of("GAS_LEAK"), tag_of("HOT_LEAD"), tag_of("REPAIR_AC")};
    std::vector<std::string> got;
    for (Tag t : s) got.emplace_back(t.name());
    const std::vector<std::string> want{"GAS_LEAK", "REPAIR_AC", "HOT_LEAD", "WEEKEND"};
    BOOST_TEST(got == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(tag_set_operations) {
    TagSet a{tag_of("GAS_LEAK"), tag_of("CO_EVENT")};
    TagSet b{tag_of("CO_EVENT"), tag_of("DURATION_RECENT")};
    BOOST_TEST((a | b).size() == 3u);
    BOOST_TEST((a & b).size() == 1u);
    BOOST_TEST((a - b).size() == 1u);
    BOOST_TEST((a - b).contains(tag_of("GAS_LEAK")));
    a.erase(tag_of("GAS_LEAK"));
    BOOST_TEST(!a.contains(tag_of("GAS_LEAK")));
    BOOST_TEST(TagSet{}.empty());
    BOOST_TEST((TagSet{}.begin() == TagSet{}.end()));
    // Boundary ids: the first, the last core tag, the last of all.
    TagSet edges{Tag{0}, Tag{116}, Tag{119}};
    std::vector<int> ids;
    for (Tag t : edges) ids.push_back(t.id());
    BOOST_TEST(ids == (std::vector<int>{0, 116, 119}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(taxonomy_matches_the_reference_json_names) {
    // Spot checks against hvac-taxonomy-117.json (the generator keeps them equal;
    // scripts/gen_taxonomy.py --check verifies the whole header).
    BOOST_TEST(Tag{0}.name() == "GAS_LEAK");
    BOOST_TEST(tag_of("SECONDOPINION").category() == Category::SERVICE_TYPE);
    BOOST_TEST(tag_of("INSURANCE_CLAIM").category() == Category::NON_CUSTOMER);
    BOOST_TEST(Tag{116}.name() == "RECENT_INSTALL");
}

static_assert(seed_profile::coverage().size() == 46, "the seed profile reaches 46 of the 117 tags");

BOOST_AUTO_TEST_CASE(seed_profile_coverage_is_pinned) {
    // The seed profile reaches 46 of the 117 tags: these, and only these.
    const std::vector<std::string> want{
        "GAS_LEAK", "CO_EVENT", "ELECTRICAL_FIRE", "ACTIVE_FLOODING", "HEALTH_RISK",
        "REFRIGERANT_LEAK", "CRITICAL_EVACUATE", "EMERGENCY_SAMEDAY", "URGENT_24HR",
        "PRIORITY_48HR", "STANDARD", "FLEXIBLE", "REPAIR_AC", "REPAIR_HEATING",
        "REPAIR_HEATPUMP", "REPAIR_THERMOSTAT", "REPAIR_DUCTWORK", "TUNEUP_AC",
        "INSTALL_REPLACEMENT", "DIAGNOSTIC_NOISE", "DIAGNOSTIC_SMELL", "SECONDOPINION",
        "WARRANTY_CLAIM", "HOT_LEAD", "R22_RETROFIT", "CALLBACK_RISK", "COMPLAINT_PRICE",
        "COMPLAINT_SERVICE", "COMPLAINT_NOFIX", "ESCALATION_REQ", "COMPETITOR_MENTION",
        "GATE_CODE", "PET_SECURE", "TENANT_COORD", "LANDLORD_AUTH", "NEW_CUSTOMER",
        "EXISTING_CUSTOMER", "JOB_APPLICANT", "VENDOR_SALES", "SPAM_TELEMARKETING",
        "WRONG_NUMBER", "PARTS_SUPPLIER", "REALTOR_INQUIRY", "ELDERLY_OCCUPANT",
        "INFANT_NEWBORN", "MEDICAL_NEED"};
    std::vector<std::string> got;
    for (Tag t : seed_profile::coverage()) got.emplace_back(t.name());
    BOOST_TEST(got == want, boost::test_tools::per_element());
}
