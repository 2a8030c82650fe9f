// Classification: tags, priority and revenue tier. Zero heap allocation, usable
// in constant expressions. Profiles decide the rules; engines decide how keywords
// are found.
#pragma once
#include <array>
#include <optional>
#include <string_view>
#include <type_traits>

#include "match/dfa.hpp"
#include "match/engine.hpp"
#include "profiles/seed.hpp"
#include "result.hpp"
#include "session.hpp"
#include "tag_set.hpp"
#include "match/token_engine.hpp"
#include "transcript.hpp"

namespace calllock {

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
    template <const auto& Words, match_mode Mode = match_mode::substring>
    using scanner = std::conditional_t<Mode == match_mode::whole_word && (Words.size() > token_engine_threshold),
                                       token_scanner<Words, Mode>, dfa_scanner<Words, Mode>>;
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
constexpr RevenueEstimate revenue_from_hits(const keyword_hits<N>& hits, bool r22,
                                            std::string_view problem) noexcept {
    using seed_tables::group;
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
            if (hits.test(k) && seed_tables::problem_keywords[k].g == g)
                r.add_signal(seed_tables::problem_keywords[k].text);
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

template <class Engine>
constexpr auto scan_problem(std::string_view problem) {
    typename Engine::template scanner<seed_tables::problem_words> s;
    s.feed(problem);
    return s.finish();
}

template <std::size_t N>
constexpr bool any_in_group(const keyword_hits<N>& hits, seed_tables::group g) noexcept {
    for (std::size_t k = 0; k < N; ++k)
        if (hits.test(k) && seed_tables::problem_keywords[k].g == g) return true;
    return false;
}

}  // namespace detail

// The plan's estimate_revenue_tier(problem_description, revenue_tags).
template <class Engine = default_engine>
[[nodiscard]] constexpr RevenueEstimate estimate_revenue_tier(std::string_view problem_description,
                                                              const TagSet& revenue_tags) {
    const bool r22 = revenue_tags.contains(tag_of("R22_RETROFIT"));
    return detail::revenue_from_hits(detail::scan_problem<Engine>(problem_description), r22,
                                     problem_description);
}

// Profile `seed`: the plan's rules.
struct seed_profile {
    static constexpr std::string_view name = "seed";

    // The text a session's keywords are searched in: the plain-text transcript.
    template <class F>
    static constexpr void session_text(const CallSession& s, F&& f) {
        for_each_plain_text_piece(s.transcript_log, f);
    }

    // text(f) feeds the pieces of the transcript text to f.
    template <class Engine, class Text>
    static constexpr Classification classify(const CallFacts& facts, Text&& text) {
        using namespace seed_tables;
        typename Engine::template scanner<text_words> scan;
        text([&](std::string_view piece) { scan.feed(piece); });
        scan.feed(" ");
        scan.feed(facts.problem_description);
        const auto hits = scan.finish();
        const auto problem_hits = detail::scan_problem<Engine>(facts.problem_description);

        TagSet found;
        for (std::size_t k = 0; k < text_keywords.size(); ++k)
            if (hits.test(k)) found.insert(text_keywords[k].tag);

        const bool safety_exit = facts.state == State::safety_exit;
        TagSet tags = found - found.in(Category::HAZARD) - found.in(Category::REVENUE);
        // HAZARD: only on a safety exit; HEALTH_RISK when nothing specific matched.
        if (safety_exit) {
            tags |= found.in(Category::HAZARD);
            if (found.in(Category::HAZARD).empty()) tags.insert(tag_of("HEALTH_RISK"));
        }
        // URGENCY: the tier's tag, CRITICAL_EVACUATE on a safety exit.
        Tag urgency = tag_of("STANDARD");
        for (const auto& row : urgency_map)
            if (row.tier == facts.urgency_tier) urgency = row.tag;
        tags.insert(safety_exit ? tag_of("CRITICAL_EVACUATE") : urgency);
        // REVENUE
        if (detail::any_in_group(problem_hits, group::high_ticket)) tags.insert(tag_of("HOT_LEAD"));
        const bool r22 = found.contains(tag_of("R22_RETROFIT"));
        if (r22) tags.insert(tag_of("R22_RETROFIT"));
        // CUSTOMER
        tags.insert(facts.caller_known ? tag_of("EXISTING_CUSTOMER") : tag_of("NEW_CUSTOMER"));

        Classification c;
        c.tags = Tags{tags, seed_tables::order};
        c.priority = detect_priority(c.tags);
        c.revenue = detail::revenue_from_hits(problem_hits, r22, facts.problem_description);
        return c;
    }

    // Every tag the profile can produce, derived from its tables and rules.
    static constexpr TagSet coverage() noexcept {
        TagSet s;
        for (const auto& k : seed_tables::text_keywords) s.insert(k.tag);
        for (const auto& u : seed_tables::urgency_map) s.insert(u.tag);
        s.insert(tag_of("STANDARD"));
        s.insert(tag_of("HEALTH_RISK"));
        s.insert(tag_of("CRITICAL_EVACUATE"));
        s.insert(tag_of("HOT_LEAD"));
        s.insert(tag_of("EXISTING_CUSTOMER"));
        s.insert(tag_of("NEW_CUSTOMER"));
        return s;
    }
};


// Classifies facts and a transcript text given as one string (the plan's
// classify_tags(session, transcript_text) and the rest of the post-call rules).
template <class Profile = seed_profile, class Engine = default_engine>
[[nodiscard]] constexpr Classification classify_text(const CallFacts& facts,
                                                     std::string_view transcript_text) {
    return Profile::template classify<Engine>(
        facts, [&](auto&& f) { f(transcript_text); });
}

// Classifies a session from its own transcript log, without building the text.
template <class Profile = seed_profile, class Engine = default_engine>
[[nodiscard]] constexpr Classification classify_call(const CallSession& s) {
    return Profile::template classify<Engine>(
        facts_of(s), [&](auto&& f) { Profile::session_text(s, f); });
}

// The plan's classify_tags(session, transcript_text).
template <class Profile = seed_profile, class Engine = default_engine>
[[nodiscard]] constexpr Tags classify_tags(const CallSession& s, std::string_view transcript_text) {
    return classify_text<Profile, Engine>(facts_of(s), transcript_text).tags;
}

}  // namespace calllock
