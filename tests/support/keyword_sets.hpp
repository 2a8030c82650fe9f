// Keyword sets for the engine tests and the benchmarks: the seed's, and the ~400
// keyword set (the 117-tag taxonomy's 386 patterns plus the seed's 104), both in
// folded form (lowercase, '-' and whitespace runs as one space) so that they are
// valid for both semantics.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include <calllock/detail/taxonomy_patterns.hpp>
#include <calllock/profiles/seed.hpp>

namespace calllock::keyword_sets {

inline constexpr std::size_t big_count =
    detail::taxonomy_patterns.size() + seed_tables::text_keywords.size();

constexpr std::size_t big_chars() {
    std::size_t n = 0;
    for (const auto& p : detail::taxonomy_patterns) n += p.text.size();
    for (const auto& k : seed_tables::text_keywords) n += k.text.size();
    return n;
}

struct folded_buffer {
    std::array<char, big_chars()> chars{};
    std::array<std::size_t, big_count + 1> start{};
};

constexpr std::size_t fold_into(std::string_view in, char* out) {
    std::size_t n = 0;
    bool gap = true;  // drops leading gaps
    for (char c : in) {
        if (c == '-' || c == ' ') {
            if (!gap) out[n++] = ' ';
            gap = true;
            continue;
        }
        gap = false;
        out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    if (n > 0 && out[n - 1] == ' ') --n;
    return n;
}

constexpr folded_buffer make_big() {
    folded_buffer b;
    std::size_t at = 0, k = 0;
    for (const auto& p : detail::taxonomy_patterns) {
        b.start[k++] = at;
        at += fold_into(p.text, b.chars.data() + at);
    }
    for (const auto& r : seed_tables::text_keywords) {
        b.start[k++] = at;
        at += fold_into(r.text, b.chars.data() + at);
    }
    b.start[k] = at;
    return b;
}
inline constexpr folded_buffer big_buffer = make_big();

constexpr std::array<std::string_view, big_count> make_big_views() {
    std::array<std::string_view, big_count> v{};
    for (std::size_t k = 0; k < big_count; ++k)
        v[k] = std::string_view(big_buffer.chars.data() + big_buffer.start[k],
                                big_buffer.start[k + 1] - big_buffer.start[k]);
    return v;
}

// ~490 keywords (386 + 104, a few repeated), folded form.
inline constexpr std::array<std::string_view, big_count> big = make_big_views();

// The seed's text keywords in folded form ("tune-up" -> "tune up").
constexpr std::array<std::string_view, seed_tables::text_keywords.size()> make_seed_views() {
    std::array<std::string_view, seed_tables::text_keywords.size()> v{};
    for (std::size_t k = 0; k < v.size(); ++k) v[k] = big[detail::taxonomy_patterns.size() + k];
    return v;
}
inline constexpr auto seed = make_seed_views();

}  // namespace calllock::keyword_sets
