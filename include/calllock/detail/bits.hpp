// A constexpr fixed-size bit set over std::uint64_t words (std::bitset is not
// constexpr-mutable in libstdc++ 12 under C++20).
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace calllock::detail {

template <std::size_t N>
class bits {
public:
    static constexpr std::size_t size_bits = N;
    static constexpr std::size_t word_count = (N + 63) / 64;

    constexpr void set(std::size_t i) noexcept { w_[i / 64] |= std::uint64_t{1} << (i % 64); }
    constexpr void reset(std::size_t i) noexcept { w_[i / 64] &= ~(std::uint64_t{1} << (i % 64)); }
    [[nodiscard]] constexpr bool test(std::size_t i) const noexcept {
        return (w_[i / 64] >> (i % 64)) & 1U;
    }
    [[nodiscard]] constexpr bool none() const noexcept {
        for (auto w : w_)
            if (w) return false;
        return true;
    }
    [[nodiscard]] constexpr std::size_t count() const noexcept {
        std::size_t n = 0;
        for (auto w : w_) n += static_cast<std::size_t>(std::popcount(w));
        return n;
    }
    constexpr bits& operator|=(const bits& o) noexcept {
        for (std::size_t i = 0; i < word_count; ++i) w_[i] |= o.w_[i];
        return *this;
    }
    constexpr bits& operator&=(const bits& o) noexcept {
        for (std::size_t i = 0; i < word_count; ++i) w_[i] &= o.w_[i];
        return *this;
    }
    [[nodiscard]] constexpr bits operator~() const noexcept {
        bits r;
        for (std::size_t i = 0; i < word_count; ++i) r.w_[i] = ~w_[i];
        r.w_[word_count - 1] &= last_mask();
        return r;
    }
    friend constexpr bits operator|(bits a, const bits& b) noexcept { return a |= b; }
    friend constexpr bits operator&(bits a, const bits& b) noexcept { return a &= b; }
    friend constexpr bool operator==(const bits&, const bits&) = default;

    // Index of the first set bit at or after i, or N.
    [[nodiscard]] constexpr std::size_t next(std::size_t i) const noexcept {
        while (i < N) {
            const std::uint64_t w = w_[i / 64] >> (i % 64);
            if (w) return i + static_cast<std::size_t>(std::countr_zero(w));
            i = (i / 64 + 1) * 64;
        }
        return N;
    }
    [[nodiscard]] constexpr std::uint64_t word(std::size_t i) const noexcept { return w_[i]; }
    // The words, for code that sets bits without knowing N (the SIMD prefilter).
    [[nodiscard]] std::uint64_t* words() noexcept { return w_.data(); }

private:
    static constexpr std::uint64_t last_mask() noexcept {
        return N % 64 == 0 ? ~std::uint64_t{0} : (std::uint64_t{1} << (N % 64)) - 1;
    }
    std::array<std::uint64_t, word_count> w_{};
};

// Called only when a compile-time check fails: not constexpr, so constant evaluation
// stops here and the compiler names this function in its error.
inline void calllock_compile_time_check_failed(const char*) {}

}  // namespace calllock::detail
