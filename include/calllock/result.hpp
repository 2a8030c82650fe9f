// Classification results: fixed-size, allocation-free; text on demand.
#pragma once
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "tag_set.hpp"

namespace calllock {

// An emission order: a permutation of all tags, category-major, that says in
// which order a profile lists the tags of each category (the plan's Python lists
// them in the order of its keyword dicts).
struct TagOrder {
    std::array<Tag, all_tag_count> seq{};
};

// The tags listed in `preferred` first, each in its category, then every other
// tag in taxonomy order.
template <std::size_t K>
constexpr TagOrder make_order(const std::array<Tag, K>& preferred) {
    TagOrder o;
    std::size_t out = 0;
    for (auto c : all_categories) {
        TagSet placed;
        for (Tag t : preferred)
            if (t.category() == c && !placed.contains(t)) {
                o.seq[out++] = t;
                placed.insert(t);
            }
        for (std::size_t i = first_id(c); i < end_id(c); ++i) {
            const Tag t{static_cast<std::uint8_t>(i)};
            if (!placed.contains(t)) o.seq[out++] = t;
        }
    }
    return o;
}

inline constexpr TagOrder taxonomy_order = make_order(std::array<Tag, 0>{});

// The tags of a call, by category, in the order the profile emits them.
class Tags {
public:
    constexpr Tags() = default;
    constexpr explicit Tags(TagSet set, const TagOrder& order = taxonomy_order) noexcept
        : set_(set), order_(&order) {}

    [[nodiscard]] constexpr const TagSet& set() const noexcept { return set_; }
    [[nodiscard]] constexpr const TagOrder& order() const noexcept { return *order_; }
    [[nodiscard]] constexpr bool contains(Tag t) const noexcept { return set_.contains(t); }
    [[nodiscard]] constexpr bool empty(Category c) const noexcept { return set_.in(c).empty(); }
    [[nodiscard]] constexpr std::size_t size(Category c) const noexcept { return set_.in(c).size(); }
    [[nodiscard]] constexpr Tags in(Category c) const noexcept { return Tags{set_.in(c), *order_}; }

    // f(Tag) for each tag of category c, in emission order.
    template <class F>
    constexpr void for_each(Category c, F&& f) const {
        for (std::size_t i = first_id(c); i < end_id(c); ++i)
            if (set_.contains(order_->seq[i])) f(order_->seq[i]);
    }
    // f(Tag) for every tag, category by category, in emission order.
    template <class F>
    constexpr void for_each(F&& f) const {
        for (auto c : all_categories) for_each(c, f);
    }
    // The i-th tag of category c in emission order (i < size(c)).
    [[nodiscard]] constexpr Tag at(Category c, std::size_t i) const noexcept {
        for (std::size_t k = first_id(c); k < end_id(c); ++k)
            if (set_.contains(order_->seq[k]) && i-- == 0) return order_->seq[k];
        return Tag{};
    }

    // Equal when they hold the same tags listed in the same order.
    friend constexpr bool operator==(const Tags& a, const Tags& b) noexcept {
        if (a.set_ != b.set_) return false;
        for (auto c : all_categories)
            for (std::size_t k = 0, n = a.size(c); k < n; ++k)
                if (a.at(c, k) != b.at(c, k)) return false;
        return true;
    }

private:
    TagSet set_{};
    const TagOrder* order_ = &taxonomy_order;
};

enum class PriorityColor : std::uint8_t { red, green, blue, gray };

[[nodiscard]] constexpr std::string_view name(PriorityColor c) noexcept {
    constexpr std::array<std::string_view, 4> n{"red", "green", "blue", "gray"};
    return n[static_cast<std::size_t>(c)];
}

// Why a priority was given; the reason text is made from it on demand.
enum class PriorityCause : std::uint8_t { hazard, recovery, non_customer, revenue, standard };

namespace detail {
// Writes s through out(char); returns the number of chars.
template <class Out>
constexpr std::size_t put(std::string_view s, Out& out) {
    for (char c : s) out(c);
    return s.size();
}
}  // namespace detail

struct Priority {
    PriorityColor color = PriorityColor::blue;
    PriorityCause cause = PriorityCause::standard;
    Tags tags{};  // the tags the reason names (one category), in emission order

    [[nodiscard]] constexpr std::string_view color_name() const noexcept { return name(color); }

    // Writes the reason text through out(char); returns its length.
    // "Safety hazard: GAS_LEAK, CO_EVENT", ..., "Standard residential service request".
    template <class Out>
    constexpr std::size_t write_reason(Out&& out) const {
        constexpr std::array<std::string_view, 5> heads{
            "Safety hazard: ", "Customer concern: ", "Non-customer: ", "Revenue opportunity: ",
            "Standard residential service request"};
        std::size_t n = detail::put(heads[static_cast<std::size_t>(cause)], out);
        if (cause == PriorityCause::standard) return n;
        bool first = true;
        tags.for_each([&](Tag t) {
            if (!first) n += detail::put(", ", out);
            first = false;
            n += detail::put(t.name(), out);
        });
        return n;
    }
    [[nodiscard]] std::string reason() const {
        std::string s;
        write_reason([&](char c) { s.push_back(c); });
        return s;
    }
    // Compares the reason text without building it (usable in static_assert).
    [[nodiscard]] constexpr bool reason_is(std::string_view expected) const {
        std::size_t i = 0;
        bool eq = true;
        write_reason([&](char c) {
            eq = eq && i < expected.size() && expected[i] == c;
            ++i;
        });
        return eq && i == expected.size();
    }
    friend constexpr bool operator==(const Priority&, const Priority&) = default;
};

enum class RevenueTier : std::uint8_t { replacement, major_repair, standard_repair, minor, diagnostic };
enum class Confidence : std::uint8_t { low, medium, high };

[[nodiscard]] constexpr std::string_view name(RevenueTier t) noexcept {
    constexpr std::array<std::string_view, 5> n{"replacement", "major_repair", "standard_repair",
                                                "minor", "diagnostic"};
    return n[static_cast<std::size_t>(t)];
}
[[nodiscard]] constexpr std::string_view label(RevenueTier t) noexcept {
    constexpr std::array<std::string_view, 5> n{"$$$$", "$$$", "$$", "$", "$$?"};
    return n[static_cast<std::size_t>(t)];
}
[[nodiscard]] constexpr std::string_view name(Confidence c) noexcept {
    constexpr std::array<std::string_view, 3> n{"low", "medium", "high"};
    return n[static_cast<std::size_t>(c)];
}

// The revenue estimate. Signals are views into static tables: no allocation.
struct RevenueEstimate {
    static constexpr std::size_t max_signals = 16;
    RevenueTier tier = RevenueTier::diagnostic;
    Confidence confidence = Confidence::low;
    std::array<std::string_view, max_signals> signal_list{};
    std::size_t signal_count = 0;

    [[nodiscard]] constexpr std::string_view tier_name() const noexcept { return name(tier); }
    [[nodiscard]] constexpr std::string_view tier_label() const noexcept { return label(tier); }
    [[nodiscard]] constexpr std::span<const std::string_view> signals() const noexcept {
        return {signal_list.data(), signal_count};
    }
    constexpr void add_signal(std::string_view s) noexcept {
        if (signal_count < max_signals) signal_list[signal_count++] = s;
    }
    friend constexpr bool operator==(const RevenueEstimate& a, const RevenueEstimate& b) noexcept {
        if (a.tier != b.tier || a.confidence != b.confidence || a.signal_count != b.signal_count)
            return false;
        for (std::size_t i = 0; i < a.signal_count; ++i)
            if (a.signal_list[i] != b.signal_list[i]) return false;
        return true;
    }
};

// Everything the post-call phase needs from classification.
struct Classification {
    Tags tags;
    Priority priority;
    RevenueEstimate revenue;
};

// Why a tag was given (hvac117_profile::explain): the words of the call and the
// keyword that matched them, or the session field, the clock or the rule. Views into
// the session; nothing is allocated.
struct TagEvidence {
    Tag tag{};
    std::string_view rule{};   // the keyword, or the rule that derived the tag
    std::string_view text{};   // the words of the call that matched ("" for a field, the clock or a rule)
    int turn = -1;             // transcript_log index of the turn holding `text`; -1: not a turn
    int answered_by = -1;      // when `turn` is the agent's question: the caller's turn that answered it yes
    std::string_view field{};  // the session field it comes from: "problem_description", "caller_known",
                               // "urgency_tier", "state", "lead_type", "start_time"; "" for a turn or a rule
    std::size_t begin = 0, end = 0;  // the byte range of `text` in that turn or field
};

}  // namespace calllock
