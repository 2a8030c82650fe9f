// The rules both profiles share (the plan's, for the parts hvac117 keeps): the
// urgency map, the priority color from the tags, the revenue tier from the problem
// description's keyword groups; and the default engine. Zero heap allocation, usable
// in constant expressions.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "detail/fold.hpp"
#include "match/dfa.hpp"
#include "match/engine.hpp"
#include "result.hpp"
#include "session.hpp"
#include "tag_set.hpp"

namespace calllock {

namespace match {
// The token engine (match/token_engine.hpp), only named here: a unit whose keyword sets
// never choose it (the seed profile's) does not parse it. One that does includes it
// (<calllock/calllock.hpp> and the hvac117 profile do).
template <const auto& Words, match_mode Mode>
class token_scanner;
}  // namespace match

namespace rule_tables {

// Keyword groups searched in the problem description alone.
enum class group : std::uint8_t { high_ticket, replacement, major_repair, minor, maintenance };

struct problem_rule {
    std::string_view text;
    group g;
};

inline constexpr std::array<problem_rule, 33> problem_keywords{{
    // validation.detect_high_ticket
    {"new system", group::high_ticket}, {"new unit", group::high_ticket},
    {"new ac", group::high_ticket}, {"replacement", group::high_ticket},
    {"replace", group::high_ticket}, {"quote", group::high_ticket},
    {"estimate", group::high_ticket}, {"install", group::high_ticket},
    {"installation", group::high_ticket}, {"upgrade", group::high_ticket},
    // REPLACEMENT_KEYWORDS
    {"new system", group::replacement}, {"new unit", group::replacement},
    {"new ac", group::replacement}, {"replacement", group::replacement},
    {"replace", group::replacement}, {"install", group::replacement},
    {"installation", group::replacement}, {"upgrade", group::replacement},
    // MAJOR_REPAIR_KEYWORDS
    {"compressor", group::major_repair}, {"heat exchanger", group::major_repair},
    {"evaporator", group::major_repair}, {"condenser", group::major_repair},
    {"coil", group::major_repair},
    // MINOR_KEYWORDS
    {"thermostat", group::minor}, {"filter", group::minor}, {"noise", group::minor},
    {"strange sound", group::minor}, {"weird noise", group::minor},
    // MAINTENANCE_KEYWORDS
    {"tune-up", group::maintenance}, {"tuneup", group::maintenance},
    {"maintenance", group::maintenance}, {"cleaning", group::maintenance},
    {"checkup", group::maintenance},
}};
inline constexpr auto problem_words = match::texts_of(problem_keywords);

// The plan's URGENCY_MAP; any other tier is STANDARD.
struct urgency_row {
    std::string_view tier;
    Tag tag;
};
inline constexpr std::array<urgency_row, 5> urgency_map{{
    {"emergency", tags::EMERGENCY_SAMEDAY},
    {"urgent", tags::URGENT_24HR},
    {"high", tags::PRIORITY_48HR},
    {"routine", tags::STANDARD},
    {"low", tags::FLEXIBLE},
}};

}  // namespace rule_tables

// The URGENCY tag of an urgency tier (the plan's URGENCY_MAP; any other tier is STANDARD).
[[nodiscard]] constexpr Tag urgency_tag(std::string_view tier) noexcept {
    for (const auto& row : rule_tables::urgency_map)
        if (row.tier == tier) return row.tag;
    return tags::STANDARD;
}

// Whole-word keyword sets larger than this use the token engine (token_engine.hpp):
// the DFA's construction grows with keywords x byte classes and exceeds the default
// constant-evaluation limits of GCC 12 and clang 14 somewhere between ~500 and ~3,000
// whole-word keywords, while the token engine builds in time linear in the table.
// Smaller whole-word sets, and all substring sets, use the DFA, which is faster there
// (docs/benchmarks.md).
inline constexpr std::size_t token_engine_threshold = 1000;

// The engine of the public functions: the compile-time DFA (dfa.hpp), or the token
// engine for large whole-word sets. naive_engine stays the reference in the tests.
struct default_engine {
    template <const auto& Words, match::match_mode Mode = match::match_mode::substring>
    using scanner = std::conditional_t<Mode == match::match_mode::whole_word && (Words.size() > token_engine_threshold),
                                       match::token_scanner<Words, Mode>, match::dfa_scanner<Words, Mode>>;
};

// Priority from the tags (the plan's detect_priority). booking_status is part of
// the plan's signature and does not change the result.
[[nodiscard]] constexpr Priority detect_priority(const Tags& tags,
                                                 std::string_view booking_status = {}) noexcept {
    (void)booking_status;
    if (!tags.empty(Category::HAZARD))
        return {PriorityColor::red, PriorityCause::hazard, tags.in(Category::HAZARD)};
    if (!tags.empty(Category::RECOVERY))
        return {PriorityColor::red, PriorityCause::recovery, tags.in(Category::RECOVERY)};
    if (!tags.empty(Category::NON_CUSTOMER))
        return {PriorityColor::gray, PriorityCause::non_customer, tags.in(Category::NON_CUSTOMER)};
    if (!tags.empty(Category::REVENUE))
        return {PriorityColor::green, PriorityCause::revenue, tags.in(Category::REVENUE)};
    return {PriorityColor::blue, PriorityCause::standard, Tags{}};
}

namespace detail {

// Revenue tier from the problem-description keyword hits (the plan's
// estimate_revenue_tier after its R-22 check). Signals in table order: the plan
// collects them in a Python set, whose order is undefined.
template <std::size_t N>
constexpr RevenueEstimate revenue_from_hits(const match::keyword_hits<N>& hits, bool r22,
                                            std::string_view problem) noexcept {
    using rule_tables::group;
    RevenueEstimate r;
    if (r22) {
        r.tier = RevenueTier::replacement;
        r.confidence = Confidence::high;
        r.add_signal("R-22/Freon system");
        return r;
    }
    constexpr std::array<std::pair<group, RevenueTier>, 4> tiers{{
        {group::replacement, RevenueTier::replacement},
        {group::major_repair, RevenueTier::major_repair},
        {group::minor, RevenueTier::minor},
        {group::maintenance, RevenueTier::minor},
    }};
    for (auto [g, tier] : tiers) {
        for (std::size_t k = 0; k < N; ++k)
            if (hits.test(k) && rule_tables::problem_keywords[k].g == g)
                r.add_signal(rule_tables::problem_keywords[k].text);
        if (r.signal_count > 0) {
            r.tier = tier;
            r.confidence = (g == group::replacement && r.signal_count >= 2) ? Confidence::high
                                                                             : Confidence::medium;
            return r;
        }
    }
    if (!python_blank(problem)) {
        r.tier = RevenueTier::standard_repair;
        r.confidence = Confidence::low;
        r.add_signal("general repair request");
        return r;
    }
    return r;  // diagnostic, no signals, low
}

// A problem description is a sentence or two: too short for the DFA's SIMD prefilter
// to pay (it starts at 64 bytes), or its interleaved streams (8 of at least 24 bytes), whose
// code would add to the compile of every unit that classifies (measured: without the
// prefilter 9.18 -> 8.64 G compiler instructions; without the streams too, simd::plain,
// 7.23 -> 6.86 G). The default engine scans it with the automaton alone, a byte at a time.
template <class Engine>
using problem_scanner =
    std::conditional_t<std::is_same_v<Engine, default_engine>,
                       match::dfa_scanner<rule_tables::problem_words, match::match_mode::substring, match::simd::plain>,
                       typename Engine::template scanner<rule_tables::problem_words>>;

template <class Engine>
constexpr auto scan_problem(std::string_view problem) {
    problem_scanner<Engine> s;
    s.feed(problem);
    return s.finish();
}

template <std::size_t N>
constexpr bool any_in_group(const match::keyword_hits<N>& hits, rule_tables::group g) noexcept {
    for (std::size_t k = 0; k < N; ++k)
        if (hits.test(k) && rule_tables::problem_keywords[k].g == g) return true;
    return false;
}

}  // namespace detail

// The plan's estimate_revenue_tier(problem_description, revenue_tags).
template <class Engine = default_engine>
[[nodiscard]] constexpr RevenueEstimate estimate_revenue_tier(std::string_view problem_description,
                                                              const TagSet& revenue_tags) {
    const bool r22 = revenue_tags.contains(tags::R22_RETROFIT);
    return detail::revenue_from_hits(detail::scan_problem<Engine>(problem_description), r22,
                                     problem_description);
}

}  // namespace calllock

#if !defined(CALLLOCK_BUILD_TABLES)
// The DFA tables of the problem keywords, as constant data (tools/gen_tables).
#include "generated/rules.ipp"
#endif
