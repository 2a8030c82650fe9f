// Keyword matching engines.
//
// An engine is a scanner template over a constexpr array of keywords. Feed it the
// pieces of a text in order (the pieces behave exactly as their concatenation),
// then finish(): it reports which keywords occur, and, to a callback, each match
// with its end offset in the folded text. Keywords are lowercase ASCII; the text
// is folded (detail/fold.hpp) so that no lowercase copy is ever made.
//
// Two semantics:
//  - substring: a keyword matches wherever its bytes occur (the plan's `kw in text`);
//  - whole_word: a match must also start and end at a word boundary, like the regex
//    \bkeyword\b: at each end, the keyword's edge byte and the text byte beyond it
//    are not both word bytes ([a-z0-9] or non-ASCII). Keywords are written in the
//    folded form: single spaces, no hyphens ("tune up").
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include "../detail/bits.hpp"
#include "../detail/fold.hpp"

namespace calllock::match {

enum class match_mode : unsigned char { substring, whole_word };

template <std::size_t N>
using keyword_hits = detail::bits<N>;

// A keyword set is a std::array of std::string_view, or of rows that name their keyword
// with a text() member function (so that a profile's table can be searched as it is,
// without a copy of its keywords), or a constant object with size() and a range-for that
// gives such rows (hvac117_tables::packed_rows); keyword_text reads either kind of element.
template <class K>
[[nodiscard]] constexpr std::string_view keyword_text(const K& k) noexcept {
    if constexpr (requires { k.text(); }) return k.text();
    else return k;
}

// The keywords of a table whose rows have a `text` member: an array the engines take.
template <class Row, std::size_t N>
consteval std::array<std::string_view, N> texts_of(const std::array<Row, N>& rows) {
    std::array<std::string_view, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = rows[i].text;
    return out;
}

}  // namespace calllock::match

namespace calllock::detail {

template <class Words>
constexpr std::size_t max_length(const Words& words) noexcept {
    std::size_t m = 1;
    for (const auto& k : words) m = match::keyword_text(k).size() > m ? match::keyword_text(k).size() : m;
    return m;
}

template <class Words>
constexpr bool keywords_valid(const Words& words, match::match_mode mode) noexcept {
    for (const auto& k : words) {
        const std::string_view w = match::keyword_text(k);
        if (w.empty()) return false;
        for (std::size_t i = 0; i < w.size(); ++i) {
            const auto u = static_cast<unsigned char>(w[i]);
            if (u >= 0x80 || (u >= 'A' && u <= 'Z')) return false;
            if (mode == match::match_mode::whole_word) {
                if (is_gap_byte(u) && u != ' ') return false;      // folded form only
                if (u == ' ' && (i == 0 || i + 1 == w.size() || w[i - 1] == ' ')) return false;
            }
        }
    }
    return true;
}

struct ignore_match {
    constexpr void operator()(std::size_t, std::size_t) const noexcept {}
};

}  // namespace calllock::detail

namespace calllock::match {

// The reference engine: after each folded byte, compares every keyword against a
// window of the last bytes. O(text x keywords), obviously correct, no allocation,
// usable in constant expressions.
template <const auto& Words, match_mode Mode = match_mode::substring>
class naive_scanner {
    static constexpr std::size_t N = Words.size();
    static constexpr std::size_t W = detail::max_length(Words) + 1;  // + the byte before
    static constexpr bool whole = Mode == match_mode::whole_word;
    static_assert(detail::keywords_valid(Words, Mode),
                  "calllock: keywords must be non-empty lowercase ASCII in folded form");

public:
    static constexpr std::size_t keyword_count = N;

    // on_match(keyword_index, end_offset) for each match, in order of confirmation.
    template <class OnMatch>
    constexpr void feed(std::string_view piece, OnMatch&& on_match) {
        for (char c : piece)
            fold_.feed(static_cast<unsigned char>(c), [&](unsigned char b) { push(b, on_match); });
    }
    constexpr void feed(std::string_view piece) { feed(piece, detail::ignore_match{}); }

    template <class OnMatch>
    constexpr keyword_hits<N> finish(OnMatch&& on_match) {
        fold_.flush([&](unsigned char b) { push(b, on_match); });
        if constexpr (whole) confirm_pending(false, on_match);  // the end is a boundary
        return hits_;
    }
    constexpr keyword_hits<N> finish() { return finish(detail::ignore_match{}); }

    // Folded bytes seen so far.
    [[nodiscard]] constexpr std::size_t position() const noexcept { return pos_; }

private:
    template <class OnMatch>
    constexpr void push(unsigned char b, OnMatch& on_match) {
        if constexpr (whole) confirm_pending(detail::is_word_byte(b), on_match);
        window_[pos_ % W] = b;
        ++pos_;
        for (std::size_t k = 0; k < N; ++k) {
            const std::string_view w = keyword_text(Words[k]);
            if (w.size() > pos_ || static_cast<unsigned char>(w.back()) != b) continue;
            bool eq = true;
            for (std::size_t j = 1; j < w.size() && eq; ++j)
                eq = window_[(pos_ - 1 - j) % W] == static_cast<unsigned char>(w[w.size() - 1 - j]);
            if (!eq) continue;
            if constexpr (whole) {
                const bool before_word =
                    w.size() < pos_ && detail::is_word_byte(window_[(pos_ - 1 - w.size()) % W]);
                if (before_word && detail::is_word_byte(static_cast<unsigned char>(w.front())))
                    continue;
                pending_.set(k);  // the end boundary is known at the next byte
            } else {
                hits_.set(k);
                on_match(k, pos_);
            }
        }
    }

    // Decides the matches that ended at the previous byte, now that the byte after
    // them is known (next_is_word) or the text ended.
    template <class OnMatch>
    constexpr void confirm_pending(bool next_is_word, OnMatch& on_match) {
        if (pending_.none()) return;
        for (std::size_t k = pending_.next(0); k < N; k = pending_.next(k + 1)) {
            const bool last_word = detail::is_word_byte(static_cast<unsigned char>(keyword_text(Words[k]).back()));
            if (!(next_is_word && last_word)) {
                hits_.set(k);
                on_match(k, pos_);
            }
        }
        pending_ = {};
    }

    detail::text_fold<whole> fold_{};
    std::array<unsigned char, W> window_{};
    std::size_t pos_ = 0;
    keyword_hits<N> hits_{};
    keyword_hits<N> pending_{};
};

// Engines are tag types whose scanner template the classifiers instantiate.
struct naive_engine {
    template <const auto& Words, match_mode Mode = match_mode::substring>
    using scanner = naive_scanner<Words, Mode>;
};

}  // namespace calllock::match
