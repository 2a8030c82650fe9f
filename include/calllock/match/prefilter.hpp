// A SIMD literal prefilter for substring keyword sets (used by dfa_scanner).
//
// For every position of the text it tells whether a keyword may start there, 64
// positions per step, from the first five bytes: each byte gets a 5-bit code (its
// low bits: letters of either case exactly), and four tables of code pairs (1,024
// bits each, one 128-entry byte lookup) say which pairs occur at offsets 0-1, 1-2,
// 2-3 and 3-4 of some keyword; three more mark where a keyword of 2, 3 or 4 bytes
// ends. A pair's byte in a table is the first byte's low 5 bits beside the second's
// low 2, its bit the second's bits 2-4 (pf_pair): the step joins the first byte and
// the second shifted left by 5 (in 16-bit lanes) in one bit-select, with no byte
// codes computed first.
// A position passes when its pairs chain through the tables; it never fails a
// real occurrence (a pair of a keyword is always in its table), and only the
// positions that pass are compared with the keywords that start with their pair.
//
// Hits are a set: once a keyword is found, its pairs leave the scanner's copy of
// the tables (a count per pair), so a long text is filtered on what is still
// missing. The scanner therefore takes this path only when nobody asks for the
// matches one by one (the callback is detail::ignore_match).
//
// The step uses AVX-512 VBMI (a 128-entry byte lookup per instruction), chosen at
// run time (pf_cpu_ok) through compiler builtins and a target attribute, so that
// no intrinsics header is parsed by units that include the library, and units
// compiled with other flags share one definition. Elsewhere (other CPUs or
// compilers, constant evaluation) the scanner runs its DFA alone: the scalar path,
// which gives the same hits.
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine.hpp"

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define CALLLOCK_PREFILTER_AVX512 1
#endif

namespace calllock::match {

// Whether a scanner may use a SIMD path: automatic (when the CPU has it) or never (none).
// plain: no SIMD and no interleaved streams either, the automaton one byte at a time: the
// least code, for texts too short for streams to pay (a problem description; dfa.hpp).
enum class simd : unsigned char { none, automatic, plain };

}  // namespace calllock::match

namespace calllock::detail {

inline constexpr std::size_t pf_pairs = 4;                 // pair tables F0..F3
inline constexpr std::size_t pf_tables = 2 * pf_pairs - 1;  // F0..F3, then E1..E3
inline constexpr std::uint16_t pf_none = 0xFFFF;

// The code of a byte: its low 5 bits, so a letter is 1-26 in either case (a space
// is 0, digits 16-25; '-' shares 'm''s code). Equal bytes have equal codes, so no
// occurrence is missed; bytes that share a code only let more positions pass.
constexpr unsigned char pf_code(unsigned char b) noexcept { return static_cast<unsigned char>(b & 0x1F); }

struct pf_consts {
    unsigned char bit[64];  // 1 << (b >> 2 & 7): the bit of a pair's second byte b (pf_pair; low 6 bits)
};
inline constexpr pf_consts pf_const = [] {
    pf_consts c{};
    for (unsigned b = 0; b < 64; ++b) {
        c.bit[b] = static_cast<unsigned char>(1u << ((b >> 2) & 7));
    }
    return c;
}();

// A pair of codes as a bit number of a 1,024-bit table: byte a's code and b's low
// two bits make the byte (a 7-bit lookup index), b's bits 2-4 the bit in it.
constexpr std::size_t pf_pair(unsigned char a, unsigned char b) noexcept {
    const std::size_t byte = std::size_t{pf_code(a)} | std::size_t{b & 0x3u} << 5;
    return byte * 8 + ((b >> 2) & 0x7u);
}

// The tables a keyword sets: F_j (pair at offsets j, j+1) while it is long enough,
// and E_j (pair at j-1, j) for a keyword of j + 1 bytes that ends there.
template <class F>
constexpr void pf_uses(std::string_view w, F&& f) {
    for (std::size_t j = 0; j < pf_pairs; ++j) {
        if (w.size() >= j + 2) f(j, pf_pair(static_cast<unsigned char>(w[j]), static_cast<unsigned char>(w[j + 1])));
        else if (w.size() == j + 1 && j >= 1)
            f(pf_pairs + j - 1, pf_pair(static_cast<unsigned char>(w[j - 1]), static_cast<unsigned char>(w[j])));
    }
}

// Whether the filter pays for a keyword set: keywords of two bytes or more that
// begin with few distinct pairs. Measured on English call transcripts: the seed
// profile's 104 keywords begin with 54 pairs, and 2% of the positions pass (the
// scan is 1.5-3x faster than the automaton alone); the 490 keywords of the
// benchmarks' k490 set begin with 118, 13% pass, and 7% of the positions begin
// with the first four bytes of one of its keywords, so that most pass for real
// (the scan is 1.1-1.6x slower). A scanner also stops filtering a text where more
// than a tenth of the positions pass.
inline constexpr std::size_t pf_max_first_pairs = 64;

template <class Words>
constexpr bool pf_pays(const Words& words) {
    std::uint64_t seen[1024 / 64]{};
    std::size_t n = 0;
    for (const auto& k : words) {
        const std::string_view w = match::keyword_text(k);
        if (w.size() < 2) return false;
        const std::size_t p = pf_pair(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]));
        if (((seen[p / 64] >> (p % 64)) & 1) == 0) seen[p / 64] |= std::uint64_t{1} << (p % 64), ++n;
    }
    return n <= pf_max_first_pairs;
}

// What a candidate position is compared with, for one keyword: its first 8 bytes
// as a little-endian word, the bytes it has, and 0x20 at its letters (a text word
// w matches them when ((w | fold) & care) == head), then the keyword itself.
struct pf_key {
    std::uint64_t head = 0, care = 0, fold = 0;
    const char* text = nullptr;
    std::uint16_t len = 0, id = 0;
};

// The tables, the keywords by first pair (one after another, so that a candidate
// reads its pair's keywords in one run), and for retiring found keywords a count
// per slot: a (table, pair) some keyword sets, numbered by the pair's rank among
// its table's bits, at most N * pf_tables of them.
template <std::size_t N>
struct pf_data {
    static constexpr std::size_t slot_bound = N * pf_tables;
    unsigned char tab[pf_tables][128]{};  // the initial tables
    std::uint16_t first[1025]{};          // keywords by first pair: keys[first[p] .. first[p+1])
    pf_key keys[N]{};
    std::uint16_t use[N][pf_tables]{};    // the slot of each table a keyword sets, or pf_none
    std::uint16_t slot_pair[slot_bound]{};  // the pair of each slot
    std::uint16_t count[slot_bound]{};      // keywords that set each slot
    std::size_t slots = 0, min_len = 0;
};

template <const auto& Words>
constexpr auto build_prefilter() {
    constexpr std::size_t N = Words.size();
    pf_data<N> d{};
    d.min_len = ~std::size_t{0};
    for (std::size_t k = 0; k < N; ++k) {
        const std::string_view w = match::keyword_text(Words[k]);
        d.min_len = w.size() < d.min_len ? w.size() : d.min_len;
        pf_uses(w, [&](std::size_t t, std::size_t p) {
            d.tab[t][p / 8] = static_cast<unsigned char>(d.tab[t][p / 8] | (1u << (p % 8)));
        });
        ++d.first[pf_pair(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1])) + 1];
    }
    std::uint16_t rank[pf_tables][128]{};  // set bits before each byte of the tables
    for (std::size_t t = 0; t < pf_tables; ++t)
        for (std::size_t b = 0; b < 128; ++b) {
            rank[t][b] = static_cast<std::uint16_t>(d.slots);
            d.slots += static_cast<std::size_t>(std::popcount(d.tab[t][b]));
        }
    for (std::size_t k = 0; k < N; ++k) {
        for (auto& u : d.use[k]) u = pf_none;
        pf_uses(match::keyword_text(Words[k]), [&](std::size_t t, std::size_t p) {
            const auto below = static_cast<unsigned>(d.tab[t][p / 8]) & ((1u << (p % 8)) - 1);
            const auto slot = static_cast<std::uint16_t>(rank[t][p / 8] + std::popcount(below));
            d.use[k][t] = slot;
            d.slot_pair[slot] = static_cast<std::uint16_t>(p);
            ++d.count[slot];
        });
    }
    // Keywords by first pair: counts, starts, then each keyword at its pair's cursor
    // (which ends at the next pair's start: shifted back after).
    for (std::size_t p = 0; p < 1024; ++p) d.first[p + 1] = static_cast<std::uint16_t>(d.first[p + 1] + d.first[p]);
    for (std::size_t k = 0; k < N; ++k) {
        const std::string_view w = match::keyword_text(Words[k]);
        pf_key& key = d.keys[d.first[pf_pair(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]))]++];
        key.text = w.data();
        key.len = static_cast<std::uint16_t>(w.size());
        key.id = static_cast<std::uint16_t>(k);
        for (std::size_t i = 0; i < w.size() && i < 8; ++i) {
            const auto c = static_cast<unsigned char>(w[i]);
            key.head |= std::uint64_t{c} << (8 * i);
            key.care |= std::uint64_t{0xFF} << (8 * i);
            if (c >= 'a' && c <= 'z') key.fold |= std::uint64_t{0x20} << (8 * i);
        }
    }
    for (std::size_t p = 1024; p > 0; --p) d.first[p] = d.first[p - 1];
    d.first[0] = 0;
    return d;
}

// What the run-time filter reads of a keyword set's data: one function (pf_run)
// serves every set.
struct pf_view {
    const unsigned char (*tab)[128];
    const std::uint16_t* first;
    const pf_key* keys;
    const std::uint16_t (*use)[pf_tables];
    const std::uint16_t* slot_pair;
    const std::uint16_t* count;
    std::size_t slots, min_len;
};

// A set's filter data, built by constant evaluation; tools/gen_tables writes it as constant
// data for the profiles' sets (generated/seed.ipp), an explicit specialization that a
// classifying unit reads instead of building it (measured: 0.34 G of the seed unit's 5.6 G
// compiler instructions).
template <const auto& Words>
struct prefilter_of {
    static constexpr auto data = build_prefilter<Words>();
    static constexpr pf_view value{data.tab,       data.first, data.keys,  data.use,
                                   data.slot_pair, data.count, data.slots, data.min_len};
};

// What a scanner changes: its copy of the tables, less the pairs of the keywords
// found (made on the first keyword found in a long text; left uninitialized until
// then), and whether the filter gave up on this text.
struct pf_tables_copy {
    unsigned char tab[pf_tables][128];
    bool retiring = false, off = false;
};

// The scanner's state: that copy, how many keywords still set each pair, and the
// last bytes of a piece the filter ended, from which the automaton's state is
// rebuilt only if another piece comes.
template <std::size_t N, std::size_t W>
struct pf_state {
    pf_tables_copy own;
    std::uint16_t count[N * pf_tables];
    unsigned char tail[W];
    bool tail_pending = false;
};
struct pf_no_state {};
template <bool On, const auto& Words, std::size_t W>
struct pf_state_for {
    using type = pf_no_state;
};
template <const auto& Words, std::size_t W>
struct pf_state_for<true, Words, W> {
    using type = pf_state<Words.size(), W>;
};

#ifdef CALLLOCK_PREFILTER_AVX512

inline constexpr bool pf_available = true;

// Whether this CPU runs the AVX-512 VBMI step. Always asked at run time, even where
// the user's flags enable the instructions: units compiled with other flags share
// this inline function, and one definition must hold for all of them.
inline bool pf_cpu_ok() noexcept {
    static const bool ok = __builtin_cpu_supports("avx512vbmi") && __builtin_cpu_supports("avx512bw");
    return ok;
}

typedef char pf_v64 __attribute__((vector_size(64)));

// A byte lookup: 128 entries (lo, hi; the index's low 7 bits), or 64 (its low 6).
#if defined(__clang__)
#define CALLLOCK_PF_LOOKUP(idx, lo, hi) __builtin_ia32_vpermi2varqi512((lo), (idx), (hi))
#define CALLLOCK_PF_LOOKUP64(idx, tab) __builtin_ia32_permvarqi512((tab), (idx))
#else
#define CALLLOCK_PF_LOOKUP(idx, lo, hi) __builtin_ia32_vpermt2varqi512_mask((idx), (lo), (hi), ~0ULL)
#define CALLLOCK_PF_LOOKUP64(idx, tab) __builtin_ia32_permvarqi512_mask((tab), (idx), (tab), ~0ULL)
#endif
// Bytes where a and b share a bit (a & b not 0; NE: 4), bytes of a equal to b (EQ:
// 0), as 64-bit masks (clang folds its and + compare into one test).
#if defined(__clang__)
#define CALLLOCK_PF_TEST(a, b) static_cast<std::uint64_t>(__builtin_ia32_ucmpb512_mask((a) & (b), zero, 4, ~0ULL))
#else
#define CALLLOCK_PF_TEST(a, b) static_cast<std::uint64_t>(__builtin_ia32_ptestmb512((a), (b), ~0ULL))
#endif
#define CALLLOCK_PF_EQ(a, b) static_cast<std::uint64_t>(__builtin_ia32_ucmpb512_mask((a), (b), 0, ~0ULL))

// Candidate starts of 64-byte blocks: bit i of masks[b] is set when a keyword of
// the tables may start at byte 64 * b + i of text. Reads text[0, n) only (the last
// blocks through a zero-padded copy). Stops before the first block where a
// multi-byte fold starts (E2 84 AA, C4 B0: the folded text differs from the raw
// bytes there; other sequences, a curly quote's E2 80 99 among them, fold to
// themselves) and returns the number of blocks done; those sequences are looked
// for only when the bytes read are not all ASCII.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) inline std::size_t
pf_scan_avx512(const unsigned char* text, std::size_t n, std::size_t blocks,
               const unsigned char (*tab)[128], std::uint64_t* masks) noexcept {
    typedef unsigned short v32u16 __attribute__((vector_size(64)));
    pf_v64 bit, t_lo[pf_tables], t_hi[pf_tables];
    __builtin_memcpy(&bit, pf_const.bit, 64);
    for (std::size_t t = 0; t < pf_tables; ++t) {
        __builtin_memcpy(&t_lo[t], tab[t], 64);
        __builtin_memcpy(&t_hi[t], tab[t] + 64, 64);
    }
    const pf_v64 zero{};
    const pf_v64 low5 = zero + static_cast<char>(0x1F);
    const pf_v64 c4 = zero + static_cast<char>(0xC4), b0 = zero + static_cast<char>(0xB0);
    const pf_v64 e2 = zero + static_cast<char>(0xE2), x84 = zero + static_cast<char>(0x84),
                 aa = zero + static_cast<char>(0xAA);
    // Whether any byte the blocks read is not ASCII (then folds are looked for).
    const std::size_t reach = 64 * blocks + pf_pairs < n ? 64 * blocks + pf_pairs : n;
    pf_v64 any = zero;
    std::size_t i = 0;
    for (; i + 64 <= reach; i += 64) {
        pf_v64 w;
        __builtin_memcpy(&w, text + i, 64);
        any |= w;
    }
    unsigned char high = 0;
    for (; i < reach; ++i) high |= text[i];
    const bool ascii = (high & 0x80) == 0 && CALLLOCK_PF_TEST(any, zero + static_cast<char>(0x80)) == 0;
    alignas(64) unsigned char tail[64 + 64 + 8];
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t at = 64 * b;
        const unsigned char* p = text + at;
        if (at + 64 + pf_pairs > n) {  // the last bytes: a padded copy
            __builtin_memset(tail, 0, sizeof tail);
            __builtin_memcpy(tail, p, n - at);
            p = tail;
        }
        pf_v64 v[pf_pairs + 1];
        for (std::size_t j = 0; j <= pf_pairs; ++j) __builtin_memcpy(&v[j], p + j, 64);
        if (!ascii) {
            const std::uint64_t kelvin =
                CALLLOCK_PF_EQ(v[0], e2) & CALLLOCK_PF_EQ(v[1], x84) & CALLLOCK_PF_EQ(v[2], aa);
            const std::uint64_t dotted_i = CALLLOCK_PF_EQ(v[0], c4) & CALLLOCK_PF_EQ(v[1], b0);
            if ((kelvin | dotted_i) != 0) return b;
        }
        std::uint64_t f[pf_pairs], e[pf_pairs];
        for (std::size_t j = 0; j < pf_pairs; ++j) {
            // The lookup index: bits 0-4 of the first byte, bits 0-1 of the second
            // at bits 5-6 (shifted in 16-bit lanes: bits 0-4 of an odd byte take
            // its even neighbour's high bits, and are not kept).
            const pf_v64 up = (pf_v64)((v32u16)v[j + 1] << 5);
            const pf_v64 idx = (v[j] & low5) | (up & ~low5);
            const pf_v64 sel = CALLLOCK_PF_LOOKUP64(v[j + 1], bit);
            f[j] = CALLLOCK_PF_TEST(CALLLOCK_PF_LOOKUP(idx, t_lo[j], t_hi[j]), sel);
            if (j + 1 < pf_pairs)
                e[j + 1] = CALLLOCK_PF_TEST(CALLLOCK_PF_LOOKUP(idx, t_lo[pf_pairs + j], t_hi[pf_pairs + j]), sel);
        }
        std::uint64_t pass = f[pf_pairs - 1];  // F0 and (E1 or F1 and (E2 or F2 and (... F_last)))
        for (std::size_t j = pf_pairs - 1; j-- > 0;) pass = f[j] & (e[j + 1] | pass);
        masks[b] = pass;
    }
    return blocks;
}

// The byte classes of text[0, n) (n a multiple of 64) through a 256-entry map, 64
// bytes per step (two 128-entry lookups, chosen by each byte's high bit): the
// automaton's interleaved streams (dfa.hpp) then read one class per byte, not a
// byte and its class.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) inline void
pf_classes_avx512(const unsigned char* text, std::size_t n, const unsigned char (&map)[256],
                  unsigned char* out) noexcept {
    pf_v64 m[4];
    for (std::size_t k = 0; k < 4; ++k) __builtin_memcpy(&m[k], map + 64 * k, 64);
    const pf_v64 zero{};
    for (std::size_t i = 0; i < n; i += 64) {
        pf_v64 v;
        __builtin_memcpy(&v, text + i, 64);
        const pf_v64 lo = CALLLOCK_PF_LOOKUP(v, m[0], m[1]), hi = CALLLOCK_PF_LOOKUP(v, m[2], m[3]);
        const pf_v64 c = v < zero ? hi : lo;
        __builtin_memcpy(out + i, &c, 64);
    }
}

#undef CALLLOCK_PF_LOOKUP
#undef CALLLOCK_PF_LOOKUP64
#undef CALLLOCK_PF_TEST
#undef CALLLOCK_PF_EQ

inline constexpr std::size_t pf_chunk = 512;          // positions filtered between table updates
inline constexpr std::size_t pf_retire_before = 1024;  // bytes left: worth updating the tables

// Sets in `hits` (a bit set's words) the keywords of P that occur at p.
inline void pf_verify(const pf_view& P, pf_tables_copy& own, std::uint16_t* count, const unsigned char* t,
                      std::size_t n, std::size_t p, std::uint64_t* hits) noexcept {
    const std::size_t pair = pf_pair(t[p], t[p + 1]);
    const bool whole8 = n - p >= 8;  // the first 8 bytes in one compare
    std::uint64_t word = 0;
    if (whole8) __builtin_memcpy(&word, t + p, 8);
    const pf_key* const end = P.keys + P.first[pair + 1];
    for (const pf_key* key = P.keys + P.first[pair]; key != end; ++key) {
        const std::size_t len = key->len;
        if (len > n - p) continue;
        std::size_t i = 0;
        if (whole8) {
            if (((word | key->fold) & key->care) != key->head) continue;
            i = 8;
        }
        while (i < len && ascii_lower(t[p + i]) == static_cast<unsigned char>(key->text[i])) ++i;
        if (i < len) continue;
        // A keyword already found (by the automaton, earlier in this chunk, or where
        // its pairs stay in the tables) is not retired again.
        const std::size_t k = key->id;
        const std::uint64_t bit = std::uint64_t{1} << (k % 64);
        if (hits[k / 64] & bit) continue;
        hits[k / 64] |= bit;
        if (n - p < pf_retire_before) continue;
        if (!own.retiring) {  // the tables become the scanner's own
            __builtin_memcpy(own.tab, P.tab, sizeof own.tab);
            __builtin_memcpy(count, P.count, P.slots * sizeof *count);
            own.retiring = true;
        }
        for (std::size_t u = 0; u < pf_tables; ++u) {  // its pairs leave the tables
            const std::size_t slot = P.use[k][u];
            if (slot == pf_none || --count[slot] != 0) continue;
            const std::size_t at = P.slot_pair[slot];
            own.tab[u][at / 8] = static_cast<unsigned char>(own.tab[u][at / 8] & ~(1u << (at % 8)));
        }
    }
}

// Filters text[0, n) for the keywords of P and sets the bits of those that start
// there (and end by n) in `hits`. Returns where it stopped: n; the start of the
// first 64-byte block where a multi-byte fold starts; or the end of a chunk where
// more than a tenth of the positions passed (own.off is then set: a keyword set or
// a text too dense for the filter).
inline std::size_t pf_run(const pf_view& P, pf_tables_copy& own, std::uint16_t* count, const unsigned char* t,
                          std::size_t n, std::uint64_t* hits) noexcept {
    std::size_t q = 0;
    std::uint64_t masks[pf_chunk / 64];
    while (q < n) {
        const std::size_t len = n - q < pf_chunk ? n - q : pf_chunk;
        const std::size_t blocks = (len + 63) / 64;
        const std::size_t done = pf_scan_avx512(t + q, n - q, blocks, own.retiring ? own.tab : P.tab, masks);
        std::size_t passed = 0;
        for (std::size_t b = 0; b < done; ++b)
            for (std::uint64_t m = masks[b]; m != 0; m &= m - 1) {
                const std::size_t p = q + 64 * b + static_cast<std::size_t>(std::countr_zero(m));
                if (p + P.min_len > n) break;
                ++passed;
                pf_verify(P, own, count, t, n, p, hits);
            }
        if (done < blocks) return q + 64 * done;
        q += len;
        if (len == pf_chunk && passed * 10 > len) {  // judged on whole chunks
            own.off = true;
            return q;
        }
    }
    return n;
}

#else

inline constexpr bool pf_available = false;
inline bool pf_cpu_ok() noexcept { return false; }
inline std::size_t pf_scan_avx512(const unsigned char*, std::size_t, std::size_t, const unsigned char (*)[128],
                                  std::uint64_t*) noexcept {
    return 0;
}
inline std::size_t pf_run(const pf_view&, pf_tables_copy&, std::uint16_t*, const unsigned char*, std::size_t,
                          std::uint64_t*) noexcept {
    return 0;
}
inline void pf_classes_avx512(const unsigned char*, std::size_t, const unsigned char (&)[256],
                              unsigned char*) noexcept {}

#endif

}  // namespace calllock::detail
