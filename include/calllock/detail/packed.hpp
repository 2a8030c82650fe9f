// Constant tables as the bytes of string literals (what tools/gen_tables writes for the token
// engine's tables of the hvac117 keywords), and the C arrays the builders make.
#pragma once
#include <bit>
#include <cstddef>
#include <cstring>
#include <type_traits>

namespace calllock::detail {

// How the token engine's run-time tables (token_tables) hold their arrays: as C arrays (what
// the constexpr builder makes) or packed in a string literal (what tools/gen_tables writes).
// The DFA's tables stay C arrays: packed (as arrays of their own, not yet as one arena) they
// saved 3.5% of a classifying unit's compile, but took a base register each in the seed's
// per-byte loop, and g++ spilled the scanner's state to the stack.
template <class T, std::size_t N>
using table_array = T[N];

// N values of type T as the bytes of a string literal, little-endian: a compiler reads
// one long string literal many times faster than as many integer literals (the
// generated hvac117 tables were 40% of what including the profile costs).
template <class T, std::size_t N>
struct packed_table {
    const char* bytes = nullptr;

    constexpr packed_table() = default;
    // From the first of N * sizeof(T) bytes: a string literal, or a place in a larger array
    // that holds several tables (gen-tables writes one per keyword set, with a static_assert
    // on its size, so that the scanner reaches every table at an offset from one address).
    constexpr packed_table(const char* b) noexcept : bytes(b) {}  // NOLINT: implicit

    // One load at run time (the loop serves constant evaluation and big-endian targets).
#if defined(__GNUC__) || defined(__clang__)
    [[nodiscard, gnu::always_inline]]
#else
    [[nodiscard]]
#endif
    constexpr T operator[](std::size_t i) const noexcept {
        const char* p = bytes + i * sizeof(T);
        if constexpr (std::endian::native == std::endian::little) {
            if (!std::is_constant_evaluated()) {
                T v;
                std::memcpy(&v, p, sizeof v);
                return v;
            }
        }
        T v = 0;
        for (std::size_t k = 0; k < sizeof(T); ++k)
            v = static_cast<T>(v | static_cast<T>(static_cast<T>(static_cast<unsigned char>(p[k])) << (8 * k)));
        return v;
    }
};

// The address of entry i, for a prefetch.
template <class T, std::size_t N>
[[nodiscard]] constexpr const void* entry_address(const packed_table<T, N>& a, std::size_t i) noexcept {
    return a.bytes + i * sizeof(T);
}
template <class T, std::size_t N>
[[nodiscard]] constexpr const void* entry_address(const T (&a)[N], std::size_t i) noexcept {
    return a + i;
}

}  // namespace calllock::detail
