// Text folding: what the scanners see instead of the raw bytes.
//
// Both modes lowercase the way the plan's Python does (str.lower()), restricted to
// what can change an ASCII keyword match: ASCII letters, U+212A KELVIN SIGN
// ("k") and U+0130 CAPITAL I WITH DOT ("i" + U+0307). Whole-word mode further
// turns typographic apostrophes (U+2018, U+2019) into "'", and collapses each run
// of whitespace, hyphens and no-break spaces into one " ", so that "tune-up",
// "tune up" and "tune \n up" all read "tune up".
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace calllock::detail {

[[nodiscard]] constexpr unsigned char ascii_lower(unsigned char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

// Bytes that are part of words in whole-word mode: ASCII letters and digits, and
// every byte of a non-ASCII character (so "café" is one word).
[[nodiscard]] constexpr bool is_word_byte(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

[[nodiscard]] constexpr bool is_gap_byte(unsigned char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '-';
}

struct fold_replacement {
    std::string_view from;  // a UTF-8 sequence
    std::string_view to;
};

inline constexpr std::array<fold_replacement, 2> python_replacements{{
    {"\xE2\x84\xAA", "k"},
    {"\xC4\xB0", "i\xCC\x87"},
}};
inline constexpr std::array<fold_replacement, 5> word_replacements{{
    {"\xE2\x84\xAA", "k"},
    {"\xC4\xB0", "i\xCC\x87"},
    {"\xE2\x80\x98", "'"},
    {"\xE2\x80\x99", "'"},
    {"\xC2\xA0", " "},
}};

// A streaming folder: bytes in, folded bytes out through emit(unsigned char).
// It carries an incomplete multi-byte sequence across pieces, so folding pieces
// one by one equals folding their concatenation.
template <bool WholeWord>
class text_fold {
    static constexpr const auto& reps = [] () -> const auto& {
        if constexpr (WholeWord) return word_replacements; else return python_replacements;
    }();

public:
    template <class Emit>
    constexpr void feed(unsigned char c, Emit&& emit) {
        buf_[n_++] = c;
        for (;;) {
            bool prefix = false;
            for (const auto& r : reps) {
                if (r.from.size() < n_ || !starts(r.from)) continue;
                if (r.from.size() == n_) {
                    n_ = 0;
                    for (char t : r.to) out(static_cast<unsigned char>(t), emit);
                    return;
                }
                prefix = true;
            }
            if (prefix || n_ == 0) return;
            // buf_[0] starts no replacement: pass it through and retry the rest.
            out(buf_[0], emit);
            for (std::size_t i = 1; i < n_; ++i) buf_[i - 1] = buf_[i];
            --n_;
            if (n_ == 0) return;
        }
    }
    template <class Emit>
    constexpr void flush(Emit&& emit) {
        for (std::size_t i = 0; i < n_; ++i) out(buf_[i], emit);
        n_ = 0;
    }

    // For scanners with a fast path of their own: while nothing is held, a byte that
    // starts no replacement folds to ascii_lower(byte), or, in whole-word mode, a gap
    // byte to one ' ' unless the last byte emitted was a gap. Such a scanner folds
    // those bytes itself and tells the folder, before its next feed() or flush(),
    // whether the last byte it emitted was a gap.
    [[nodiscard]] constexpr bool holding() const noexcept { return n_ != 0; }
    [[nodiscard]] static constexpr bool starts_replacement(unsigned char c) noexcept {
        for (const auto& r : reps)
            if (static_cast<unsigned char>(r.from[0]) == c) return true;
        return false;
    }
    constexpr void set_after_gap(bool gap) noexcept { gap_ = gap; }

private:
    constexpr bool starts(std::string_view from) const noexcept {
        for (std::size_t i = 0; i < n_; ++i)
            if (static_cast<unsigned char>(from[i]) != buf_[i]) return false;
        return true;
    }
    template <class Emit>
    constexpr void out(unsigned char c, Emit& emit) {
        if constexpr (WholeWord) {
            if (is_gap_byte(c)) {
                if (!gap_) emit(static_cast<unsigned char>(' '));
                gap_ = true;
                return;
            }
            gap_ = false;
        }
        emit(ascii_lower(c));
    }

    std::array<unsigned char, 3> buf_{};
    std::size_t n_ = 0;
    bool gap_ = false;
};

// Python's str.isspace() for the code point starting at s[i]; returns the byte
// length of that whitespace character, or 0 when it is not whitespace.
[[nodiscard]] constexpr int python_space_len(const char* s, std::size_t i, std::size_t n) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) return 1;
    if (c == 0xC2 && i + 1 < n && (b(1) == 0x85 || b(1) == 0xA0)) return 2;
    if (c == 0xE1 && i + 2 < n && b(1) == 0x9A && b(2) == 0x80) return 3;  // U+1680
    if (c == 0xE2 && i + 2 < n) {
        if (b(1) == 0x80 && ((b(2) >= 0x80 && b(2) <= 0x8A) || b(2) == 0xA8 || b(2) == 0xA9 ||
                             b(2) == 0xAF))
            return 3;  // U+2000..U+200A, U+2028, U+2029, U+202F
        if (b(1) == 0x81 && b(2) == 0x9F) return 3;  // U+205F
    }
    if (c == 0xE3 && i + 2 < n && b(1) == 0x80 && b(2) == 0x80) return 3;  // U+3000
    return 0;
}

// True when the text is empty or only whitespace (Python: not s.strip()).
[[nodiscard]] constexpr bool python_blank(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const int k = python_space_len(s.data(), i, s.size());
        if (k == 0) return false;
        i += static_cast<std::size_t>(k);
    }
    return true;
}

}  // namespace calllock::detail
