// What every classification must satisfy, whatever the profile and the input;
// shared by the classify_seed and classify_hvac117 fuzz targets.
#pragma once
#include <calllock/calllock.hpp>
#include <calllock/json.hpp>

#include "fuzz_support.hpp"

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace calllock::fuzz {

// The call facts from the front of the input; what stays is the transcript text.
struct fuzzed_call {
    CallFacts facts;
    std::string urgency, problem, lead_type;
    std::string_view text;
    std::size_t cut = 0;  // where to cut the text into two pieces
};

inline fuzzed_call read_call(input& in) {
    fuzzed_call c;
    c.facts.state = static_cast<State>(in.below(state_names.size()));
    const std::uint8_t flags = in.byte();
    c.facts.caller_known = flags & 1;
    c.facts.booking_confirmed = flags & 2;
    constexpr std::array<std::string_view, 7> tiers{"emergency", "urgent", "high", "routine",
                                                    "low", "", "EMERGENCY"};
    const std::size_t t = in.below(tiers.size() + 1);
    c.urgency = t < tiers.size() ? std::string(tiers[t]) : std::string(in.bytes(16));
    c.problem = std::string(in.bytes(200));
    const std::size_t l = in.below(3);
    c.lead_type = l == 0 ? "" : l == 1 ? "high_ticket" : std::string(in.bytes(16));
    // Start times: unset, ordinary instants over 2000-2060, and the odd ones.
    constexpr std::array<double, 6> odd{-1.0, 3.2e10, 3.3e10, 1e300,
                                        std::numeric_limits<double>::infinity(),
                                        std::numeric_limits<double>::quiet_NaN()};
    const std::size_t st = in.below(4);
    if (st == 0) c.facts.start_time = 0.0;
    else if (st == 1) c.facts.start_time = odd[in.below(odd.size())];
    else {
        std::uint32_t x = 0;
        for (int i = 0; i < 4; ++i) x = (x << 8) | in.byte();
        c.facts.start_time = 946684800.0 + static_cast<double>(x % 1893456000u);
    }
    c.facts.urgency_tier = c.urgency;
    c.facts.problem_description = c.problem;
    c.facts.lead_type = c.lead_type;
    c.cut = in.byte();
    c.text = in.rest();
    c.cut = c.text.empty() ? 0 : c.cut * c.text.size() / 255;
    return c;
}

// The context tags that come from the start time, and the problem durations.
inline constexpr TagSet time_tags{tag_of("PEAK_SUMMER"), tag_of("PEAK_WINTER"), tag_of("AFTER_HOURS"),
                                  tag_of("WEEKEND"), tag_of("HOLIDAY_WEEK")};
inline constexpr TagSet duration_tags{tag_of("DURATION_ACUTE"), tag_of("DURATION_RECENT"),
                                      tag_of("DURATION_ONGOING")};

inline bool same(const Classification& a, const Classification& b) {
    return a.tags == b.tags && a.priority == b.priority && a.revenue == b.revenue;
}

// The rules every profile keeps.
template <class Profile>
void check_common(const CallFacts& f, const Classification& c) {
    // Exactly one urgency level (SEASONAL_RUSH joins the level, it is not one: the
    // labeling policy); exactly one of NEW_CUSTOMER / EXISTING_CUSTOMER, the session's.
    CALLLOCK_FUZZ_CHECK((c.tags.set().in(Category::URGENCY) - TagSet{tag_of("SEASONAL_RUSH")}).size() == 1);
    const bool existing = c.tags.contains(tag_of("EXISTING_CUSTOMER"));
    const bool fresh = c.tags.contains(tag_of("NEW_CUSTOMER"));
    CALLLOCK_FUZZ_CHECK(existing != fresh);
    CALLLOCK_FUZZ_CHECK(existing == f.caller_known);
    // Only tags the profile says it can produce.
    CALLLOCK_FUZZ_CHECK((c.tags.set() - Profile::coverage()).empty());
    // A safety exit is the only way to evacuate.
    if (c.tags.contains(tag_of("CRITICAL_EVACUATE"))) CALLLOCK_FUZZ_CHECK(f.state == State::safety_exit);
    // Priority and revenue follow from the tags and the problem description.
    CALLLOCK_FUZZ_CHECK(c.priority == detect_priority(c.tags));
    CALLLOCK_FUZZ_CHECK(c.revenue == estimate_revenue_tier(f.problem_description, c.tags.set().in(Category::REVENUE)));
    CALLLOCK_FUZZ_CHECK(c.revenue == estimate_revenue_tier<match::naive_engine>(f.problem_description,
                                                                          c.tags.set().in(Category::REVENUE)));
    CALLLOCK_FUZZ_CHECK(c.revenue.signals().size() == c.revenue.signal_count);
    if (c.tags.contains(tag_of("R22_RETROFIT"))) CALLLOCK_FUZZ_CHECK(c.revenue.tier == RevenueTier::replacement);
    // The written forms.
    std::string reason;
    const std::size_t reason_size = c.priority.write_reason([&](char ch) { reason += ch; });
    CALLLOCK_FUZZ_CHECK(reason.size() == reason_size && detail::is_valid_utf8(reason));
    CALLLOCK_FUZZ_CHECK(detail::is_valid_utf8(boost::json::serialize(boost::json::value_from(c))));
}

// Pieces behave as their concatenation, and the engine does not change the result
// (with_naive: also classify with the reference engine, which is slow on hvac117's
// table; tests/test_match.cpp compares the engines there).
template <class Profile>
Classification classify_checked(const fuzzed_call& call, bool with_naive) {
    const Classification c = classify_text<Profile, default_engine>(call.facts, call.text);
    if (with_naive) CALLLOCK_FUZZ_CHECK(same(c, classify_text<Profile, match::naive_engine>(call.facts, call.text)));
    const std::string_view a = call.text.substr(0, call.cut), b = call.text.substr(call.cut);
    const Classification p = Profile::template classify<default_engine>(call.facts, [&](auto&& f) {
        f(a);
        f(std::string_view{});
        f(b);
    });
    CALLLOCK_FUZZ_CHECK(same(c, p));
    check_common<Profile>(call.facts, c);
    return c;
}

// A session whose transcript is the text's lines, turns alternating caller and agent
// (every third line a tool call), with the facts' fields.
inline CallSession session_of(const fuzzed_call& call) {
    CallSession s{.phone_number = "+15125551234"};
    s.state = call.facts.state;
    s.caller_known = call.facts.caller_known;
    s.booking_confirmed = call.facts.booking_confirmed;
    s.urgency_tier = call.urgency;
    s.problem_description = call.problem;
    s.lead_type = call.lead_type;
    s.start_time = call.facts.start_time;
    std::string_view t = call.text;
    for (std::size_t i = 0; !t.empty() || i == 0; ++i) {
        const std::size_t nl = t.find('\n');
        const std::string line(t.substr(0, nl));
        t = nl == std::string_view::npos ? std::string_view{} : t.substr(nl + 1);
        const double ts = static_cast<double>(i);
        if (i % 3 == 0) s.transcript_log.push_back(TranscriptEntry::user(line, ts));
        else if (i % 3 == 1) s.transcript_log.push_back(TranscriptEntry::agent(line, ts));
        else s.transcript_log.push_back(TranscriptEntry::tool(line, "{}", ts));
    }
    return s;
}

}  // namespace calllock::fuzz
