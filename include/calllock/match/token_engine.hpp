// The token engine: whole-word matching for large keyword sets, built at compile
// time in time and memory linear in the size of the keyword table.
//
// Whole-word matching over the folded text (detail/fold.hpp) is token-sequence
// matching, where a token is a maximal run of word bytes or a single non-word byte:
// a keyword's word token can then only match a whole word run of the text, which is
// the \b rule at a keyword edge with a word byte; at an edge with a non-word byte no
// boundary is needed, and a single-byte token asks for none. So:
//
//  - The vocabulary is the keywords' word tokens, in an open-addressing hash table;
//    the non-word bytes of the keywords are tokens of their own. Every other word
//    (or word longer than the longest vocabulary word, or with non-ASCII bytes) is
//    one "unknown" token, which no keyword contains.
//  - An Aho-Corasick automaton over token ids: a trie of the keywords' token
//    sequences, failure links, and for each state its output list (every keyword
//    that ends there, ascending index). Every state is one 64-bit record (its full
//    transition on ' ', every other token of a phrase; its failure link; its only
//    child on another token, which most states have); the root's edges are an array,
//    and the edges of the other states with more children live in a hash table
//    keyed by (state, token).
//  - At run time the bytes are folded (text_fold<true>, with a fast path for the
//    bytes that start no multi-byte fold), a word run is packed lowercase into 64-bit
//    chunks (its first 8 bytes at once; up to the longest vocabulary word: longer is
//    unknown) and looked up when it ends, and the automaton steps once per token. A
//    keyword ending with a word token is reported when its run ends (the reference
//    engine's pending confirmation), one ending with a non-word byte at that byte.
//    Reports come in the reference engine's order: by end offset, then keyword index.
//
// Nothing is sorted at compile time (clang 14 runs out of steps sorting ~900
// entries); each build stage is its own constant evaluation, so that each stays
// within GCC's and clang's default limits. No allocation; usable in constant
// expressions.
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "../detail/config.hpp"
#include "../detail/packed.hpp"
#include "engine.hpp"

namespace calllock::detail {

inline constexpr std::uint16_t token_none = 0xFFFF;
inline constexpr std::uint16_t token_many = 0xFFFE;  // a state's children: in the edge table
// Token ids: a non-word byte is its own id (0..127), a vocabulary word 128 + index.
inline constexpr std::size_t token_words_base = 128;

[[nodiscard]] constexpr std::size_t token_pow2_at_least(std::size_t n) noexcept {
    std::size_t p = 2;
    while (p < n) p <<= 1;
    return p;
}
[[nodiscard]] constexpr unsigned token_log2(std::size_t p) noexcept {
    unsigned b = 0;
    while ((std::size_t{1} << b) < p) ++b;
    return b;
}

// A word is keyed by its length and its bytes packed 8 to a 64-bit chunk (the
// first byte highest; the last chunk holds the rest): exact keys, compared without
// reading bytes again. Hash: the length mixed with each chunk; slots by the top bits.
inline constexpr std::uint64_t token_mul = 0x9E3779B97F4A7C15ull;
[[nodiscard]] constexpr std::size_t token_chunks(std::size_t len) noexcept { return (len + 7) / 8; }
[[nodiscard]] constexpr std::uint64_t token_mix(std::uint64_t h, std::uint64_t chunk) noexcept {
    return (h ^ chunk) * token_mul;
}
// An empty slot of the run-time vocabulary and edge tables, and a vocabulary chunk
// that is never read: eight ' ' bytes, which no packed word holds and no edge entry
// (whose top 16 bits are 0). Not 0: gen-tables writes the tables as a string literal,
// and a compiler writes each zero byte of one to its assembler output as a line of its
// own (about half the bytes of the hvac117 tables were zeros, most in empty slots).
inline constexpr std::uint64_t token_empty = 0x2020202020202020ull;
[[nodiscard]] constexpr std::size_t token_edge_slot(std::uint32_t key, unsigned bits) noexcept {
    return static_cast<std::size_t>((std::uint64_t{key} * token_mul) >> (64 - bits));
}

// The builders spell out their inner loops (few calls, table lookups): GCC's
// constant evaluator pays about a microsecond per operation, clang counts steps.
// The keyword bytes are read once, by stage 1.
// Bit 0: not a word byte; bit 1: not valid in a keyword.
enum token_byte_class : unsigned char { tb_word = 0, tb_punct = 1, tb_bad_word = 2, tb_bad_punct = 3 };
struct token_byte_table {
    unsigned char cls[256];
};
constexpr token_byte_table make_token_byte_table() {
    token_byte_table t{};
    for (unsigned b = 0; b < 256; ++b) {
        const auto u = static_cast<unsigned char>(b);
        // Valid keyword bytes: lowercase ASCII, no gap bytes but ' '.
        const bool bad = u >= 0x80 || (u >= 'A' && u <= 'Z') || (u != ' ' && is_gap_byte(u));
        t.cls[b] = is_word_byte(u) ? (bad ? tb_bad_word : tb_word) : (bad ? tb_bad_punct : tb_punct);
    }
    return t;
}
inline constexpr token_byte_table token_bytes = make_token_byte_table();

template <class Words>
constexpr std::size_t token_total_bytes(const Words& words) {
    std::size_t n = 0;
    for (const auto& k : words) n += match::keyword_text(k).size();
    return n;
}
// Word tokens are at most (length + 1) / 2 per keyword.
template <class Words>
constexpr std::size_t token_word_bound(const Words& words) {
    std::size_t n = 0;
    for (const auto& k : words) n += (match::keyword_text(k).size() + 1) / 2;
    return n;
}

// Stage 1: the only pass over the keyword bytes. The vocabulary (in order of first
// appearance), every keyword as a token sequence, the non-word bytes used, and the
// validity of the keywords (keywords_valid for whole words). Arrays are sized by
// bounds; stage 2 builds the compact vocabulary.
template <std::size_t N, std::size_t TT, std::size_t WB, std::size_t CH>
struct token_sequences {
    static constexpr std::size_t slots = token_pow2_at_least(2 * WB);
    static constexpr unsigned bits = token_log2(slots);
    std::uint16_t slot[slots]{};    // vocabulary index + 1, 0 = empty
    std::uint64_t chunk[WB * CH]{};  // by vocabulary index, CH each
    std::uint16_t len[WB]{};
    std::uint64_t hash[WB]{};
    std::size_t words = 0;  // vocabulary size
    std::size_t longest_word = 1;
    bool punct[128]{};      // non-word bytes in keywords
    bool valid = true;
    std::uint16_t seq[TT]{};  // token ids, keyword after keyword
    std::uint32_t seq_begin[N + 1]{};
};

// Stage 2: the run-time vocabulary. A slot is two 64-bit values side by side, read
// together (one cache line where the table is 16-byte aligned, as gen-tables writes it):
// the word's first chunk (token_empty: an empty slot), then its length << 16 |
// vocabulary index + 1. Words of up to 8 bytes (most) are told apart there; `chunk`
// holds, CH to a word, a longer word's chunks after the first (the rest token_empty).
template <std::size_t V, std::size_t CH, template <class, std::size_t> class A = table_array>
struct token_vocab {
    static constexpr std::size_t slots = token_pow2_at_least(2 * V);
    static constexpr unsigned bits = token_log2(slots);
    static constexpr std::size_t chunk_count = V * CH == 0 ? 1 : V * CH;
    static constexpr std::size_t table_bytes = 16 * slots + 8 * chunk_count;
    A<std::uint64_t, 2 * slots> slot{};
    A<std::uint64_t, chunk_count> chunk{};
};

// Stage 3: the trie over token ids. Edges in a hash table sized for the worst case:
// key = state * token count + token + 1, entry = key << 16 | child, 0 = empty.
template <std::size_t N, std::size_t Bound>
struct token_trie {
    static constexpr std::size_t slots = token_pow2_at_least(2 * Bound);
    static constexpr unsigned bits = token_log2(slots);
    std::uint64_t edge[slots]{};
    std::uint16_t tok[Bound]{};          // incoming token
    std::uint16_t first_child[Bound]{};  // 0 = none (the root is nobody's child)
    std::uint16_t sibling[Bound]{};
    std::uint16_t own_first[Bound]{};  // first keyword + 1 ending here (ascending), 0 = none
    std::uint16_t own_next[N]{};       // next keyword + 1 ending at the same state
    std::size_t nodes = 1;
};

// Stage 4: failure links (breadth first) and output counts.
template <std::size_t S>
struct token_links {
    std::uint16_t fail[S]{};
    std::uint16_t order[S]{};      // breadth first: a state's fail link comes earlier
    std::uint32_t out_count[S]{};  // own keywords + those of the fail link
    std::size_t outputs = 0;
};

// Stage 5: the run-time automaton. The root's edges are an array; every state is one
// 64-bit record (the root's is 0: no ' ' transition, no child), read once per step:
//   bits  0-15  the full transition on ' ' (every other word token of a phrase);
//   bits 16-31  the failure link;
//   bits 32-47  the token of its only child on another token (most states of a trie
//               have one), token_none for none, token_many for more, which are in the
//               edge table (hashed by state and token);
//   bits 48-63  that only child.
// The targets of edges, root_next, the ' ' transitions and the only children are marked
// with token_reports when the state has outputs, so that a step without outputs reads
// no output table. E: the edges in the edge table (an entry: key << 16 | marked
// child, key as in the trie; token_empty: an empty slot).
inline constexpr std::uint16_t token_reports = 0x8000;
template <std::size_t S, std::size_t Tc, std::size_t O, std::size_t E, template <class, std::size_t> class A = table_array>
struct token_automaton {
    static constexpr std::size_t slots = token_pow2_at_least(2 * E);
    static constexpr unsigned bits = token_log2(slots);
    static constexpr std::size_t out_count = O == 0 ? 1 : O;
    // Where a state's outputs begin in `outs`: 16 bits where every offset fits.
    using out_index = std::conditional_t<(O <= 0xFFFF), std::uint16_t, std::uint32_t>;
    static constexpr std::size_t table_bytes =
        8 * slots + 2 * Tc + 8 * S + sizeof(out_index) * (S + 1) + 2 * out_count;
    A<std::uint64_t, slots> edge{};
    A<std::uint16_t, Tc> root_next{};  // 0 = stay at the root
    A<std::uint64_t, S> state{};
    A<out_index, S + 1> out_begin{};
    A<std::uint16_t, out_count> outs{};  // output lists, each ascending
};

// Everything the scanner reads: the vocabulary, the automaton, and what the checks
// and the word packing need.
template <std::size_t S, std::size_t Tc, std::size_t O, std::size_t E, std::size_t V, std::size_t CH,
          template <class, std::size_t> class A = table_array>
struct token_tables {
    static constexpr std::size_t states = S, tokens = Tc, outputs = O, edges = E, vocabulary = V, chunks = CH;
    static constexpr std::size_t table_bytes =
        token_vocab<V, CH, A>::table_bytes + token_automaton<S, Tc, O, E, A>::table_bytes;
    token_vocab<V, CH, A> vocab;
    token_automaton<S, Tc, O, E, A> automaton;
    A<std::uint8_t, 128> punct;  // 1: a non-word byte that is in a keyword
    std::size_t longest_word;   // in bytes
    bool valid;                 // keywords_valid for whole words
};

template <const auto& Words>
struct token_builder {
    static constexpr std::size_t N = Words.size();
    static constexpr std::size_t TT = token_total_bytes(Words);
    static constexpr std::size_t WB = token_word_bound(Words);
    static constexpr std::size_t CH0 = token_chunks(max_length(Words));

    static constexpr auto make_sequences() {
        token_sequences<N, TT == 0 ? 1 : TT, WB == 0 ? 1 : WB, CH0> t;
        using seqs_t = decltype(t);
        constexpr std::size_t mask = seqs_t::slots - 1;
        constexpr unsigned shift = 64 - seqs_t::bits;
        std::size_t at = 0;
        unsigned bad = 0;  // the byte classes seen, or-ed
        for (std::size_t k = 0; k < N; ++k) {
            t.seq_begin[k] = static_cast<std::uint32_t>(at);
            const std::string_view w = match::keyword_text(Words[k]);
            const char* p = w.data();
            const std::size_t n = w.size();
            if (n == 0 || p[0] == ' ' || p[n - 1] == ' ') t.valid = false;
            bool after_space = false;
            std::size_t i = 0;
            while (i < n) {
                auto u = static_cast<unsigned char>(p[i]);
                unsigned cls = token_bytes.cls[u];
                bad |= cls;
                if (cls & tb_punct) {
                    if (u == ' ' && after_space) t.valid = false;
                    after_space = u == ' ';
                    t.punct[u & 0x7F] = true;
                    t.seq[at++] = static_cast<std::uint16_t>(u & 0x7F);
                    ++i;
                    continue;
                }
                after_space = false;
                // A word: packed into chunks at the next vocabulary index's place.
                const std::size_t base = t.words * CH0;
                std::size_t c = base;
                std::uint64_t cur = u;
                unsigned room = 7;  // bytes cur can still take
                const std::size_t from = i;
                while (++i < n) {
                    u = static_cast<unsigned char>(p[i]);
                    cls = token_bytes.cls[u];
                    if (cls & tb_punct) break;
                    bad |= cls;
                    if (room == 0) {
                        t.chunk[c++] = cur;
                        cur = u;
                        room = 7;
                    } else {
                        cur = cur << 8 | u;
                        --room;
                    }
                }
                t.chunk[c++] = cur;
                const std::size_t len = i - from;
                std::uint64_t h = len;
                for (std::size_t q = base; q < c; ++q) h = (h ^ t.chunk[q]) * token_mul;
                std::size_t s = static_cast<std::size_t>(h >> shift);
                for (;; s = (s + 1) & mask) {
                    const std::size_t v = t.slot[s];
                    if (v == 0) {
                        t.len[t.words] = static_cast<std::uint16_t>(len);
                        t.hash[t.words] = h;
                        t.slot[s] = static_cast<std::uint16_t>(++t.words);
                        if (len > t.longest_word) t.longest_word = len;
                        break;
                    }
                    if (t.len[v - 1] != len) continue;
                    std::size_t q = 0;
                    while (base + q < c && t.chunk[(v - 1) * CH0 + q] == t.chunk[base + q]) ++q;
                    if (base + q == c) break;
                }
                t.seq[at++] = static_cast<std::uint16_t>(token_words_base + t.slot[s] - 1);
            }
        }
        t.seq_begin[N] = static_cast<std::uint32_t>(at);
        if (bad & tb_bad_word) t.valid = false;  // a byte of either bad class
        return t;
    }
    static constexpr auto seqs = make_sequences();
    static constexpr std::size_t V = seqs.words;
    static constexpr std::size_t Tc = token_words_base + V;  // token count
    static constexpr std::size_t CH = token_chunks(seqs.longest_word);

    static constexpr auto make_vocab() {
        token_vocab<V, CH> v;
        using vocab_t = decltype(v);
        constexpr std::size_t mask = vocab_t::slots - 1;
        for (auto& x : v.slot) x = token_empty;
        for (auto& x : v.chunk) x = token_empty;
        for (std::size_t w = 0; w < V; ++w) {
            for (std::size_t q = 1; q < token_chunks(seqs.len[w]); ++q) v.chunk[w * CH + q] = seqs.chunk[w * CH0 + q];
            std::size_t s = static_cast<std::size_t>(seqs.hash[w] >> (64 - vocab_t::bits));
            while (v.slot[2 * s] != token_empty) s = (s + 1) & mask;
            v.slot[2 * s] = seqs.chunk[w * CH0];
            v.slot[2 * s + 1] = std::uint64_t{seqs.len[w]} << 16 | (w + 1);
        }
        return v;
    }
    static constexpr auto vocab = make_vocab();

    static constexpr std::size_t Bound = seqs.seq_begin[N] + 1;  // states: at most one per token

    static constexpr auto make_trie() {
        token_trie<N, Bound> t;
        using trie_t = decltype(t);
        constexpr std::size_t mask = trie_t::slots - 1;
        constexpr unsigned shift = 64 - trie_t::bits;
        // Last keyword first: prepending keeps each state's own list ascending.
        for (std::size_t k = N; k-- > 0;) {
            std::size_t s = 0;
            for (std::size_t i = seqs.seq_begin[k]; i < seqs.seq_begin[k + 1]; ++i) {
                const std::uint16_t tok = seqs.seq[i];
                const auto key = static_cast<std::uint32_t>(s * Tc + tok + 1);
                std::size_t e = static_cast<std::size_t>((std::uint64_t{key} * token_mul) >> shift);
                std::uint64_t x = t.edge[e];  // each slot read once: arrays are slow to index in GCC's evaluator
                while (x != 0 && (x >> 16) != key) x = t.edge[e = (e + 1) & mask];
                if (x == 0) {
                    const std::size_t c = t.nodes++;
                    t.tok[c] = tok;
                    t.sibling[c] = t.first_child[s];
                    t.first_child[s] = static_cast<std::uint16_t>(c);
                    x = std::uint64_t{key} << 16 | c;
                    t.edge[e] = x;
                }
                s = x & 0xFFFF;
            }
            t.own_next[k] = t.own_first[s];
            t.own_first[s] = static_cast<std::uint16_t>(k + 1);
        }
        return t;
    }
    static constexpr auto trie = make_trie();
    static constexpr std::size_t S = trie.nodes;

    static constexpr auto make_links() {
        token_links<S> l;
        using trie_t = std::remove_cvref_t<decltype(trie)>;
        constexpr std::size_t mask = trie_t::slots - 1;
        constexpr unsigned shift = 64 - trie_t::bits;
        std::size_t head = 0, tail = 0;
        l.order[tail++] = 0;
        while (head < tail) {
            const std::size_t s = l.order[head++];
            for (std::size_t c = trie.first_child[s]; c != 0; c = trie.sibling[c]) {
                std::size_t f = 0;
                if (s != 0) {
                    // The longest proper suffix in the trie, followed by this token.
                    const std::size_t tok = trie.tok[c];
                    for (std::size_t u = l.fail[s];; u = l.fail[u]) {
                        const auto key = static_cast<std::uint32_t>(u * Tc + tok + 1);
                        std::size_t e = static_cast<std::size_t>((std::uint64_t{key} * token_mul) >> shift);
                        std::uint64_t x = trie.edge[e];
                        while (x != 0 && (x >> 16) != key) x = trie.edge[e = (e + 1) & mask];
                        f = x & 0xFFFF;
                        if (f != 0 || u == 0) break;
                    }
                }
                std::uint32_t own = 0;
                for (std::size_t k = trie.own_first[c]; k != 0; k = trie.own_next[k - 1]) ++own;
                l.fail[c] = static_cast<std::uint16_t>(f);
                l.out_count[c] = own + l.out_count[f];
                l.outputs += l.out_count[c];
                l.order[tail++] = static_cast<std::uint16_t>(c);
            }
        }
        return l;
    }
    static constexpr auto links = make_links();
    static constexpr std::size_t O = links.outputs;

    // The edges of the states (not the root) with more than one child on a token other than ' '.
    static constexpr std::size_t count_hashed_edges() {
        std::size_t e = 0;
        for (std::size_t s = 1; s < S; ++s) {
            std::size_t k = 0;
            for (std::size_t c = trie.first_child[s]; c != 0; c = trie.sibling[c]) k += trie.tok[c] != ' ';
            if (k > 1) e += k;
        }
        return e;
    }
    static constexpr std::size_t E = count_hashed_edges();

    static constexpr auto make_automaton() {
        token_automaton<S, Tc, O, E> a;
        using automaton_t = decltype(a);
        constexpr std::size_t mask = automaton_t::slots - 1;
        constexpr unsigned shift = 64 - automaton_t::bits;
        for (auto& x : a.edge) x = token_empty;
        std::uint32_t at = 0;
        auto marked = [&](std::size_t c) {
            return static_cast<std::uint16_t>(c | (links.out_count[c] != 0 ? token_reports : 0));
        };
        std::size_t space_child[S]{};  // 0 = none
        for (std::size_t s = 0; s < S; ++s) {
            a.out_begin[s] = static_cast<typename automaton_t::out_index>(at);
            at += links.out_count[s];
            std::size_t others = 0, only = 0;
            for (std::size_t c = trie.first_child[s]; c != 0; c = trie.sibling[c]) {
                if (trie.tok[c] == ' ') space_child[s] = c;
                else ++others, only = c;
                if (s == 0) a.root_next[trie.tok[c]] = marked(c);
            }
            if (s == 0) continue;
            std::uint64_t child = token_none;
            if (others == 1) {
                child = trie.tok[only] | std::uint64_t{marked(only)} << 16;
            } else if (others > 1) {
                child = token_many;
                for (std::size_t c = trie.first_child[s]; c != 0; c = trie.sibling[c]) {
                    if (trie.tok[c] == ' ') continue;
                    const auto key = static_cast<std::uint32_t>(s * Tc + trie.tok[c] + 1);
                    std::size_t e = static_cast<std::size_t>((std::uint64_t{key} * token_mul) >> shift);
                    while (a.edge[e] != token_empty) e = (e + 1) & mask;
                    a.edge[e] = std::uint64_t{key} << 16 | marked(c);
                }
            }
            a.state[s] = std::uint64_t{links.fail[s]} << 16 | child << 32;
        }
        a.out_begin[S] = static_cast<typename automaton_t::out_index>(at);
        // The transition on ' ' from every state, in breadth-first order (the fail link's first).
        for (std::size_t q = 0; q < S; ++q) {
            const std::size_t s = links.order[q];
            if (space_child[s] != 0) a.state[s] |= marked(space_child[s]);
            else if (s != 0) a.state[s] |= a.state[links.fail[s]] & 0xFFFF;
        }
        // Output lists in breadth-first order, so that the fail link's list is ready:
        // each is the merge of the state's own keywords and its fail link's list.
        for (std::size_t q = 1; q < S; ++q) {
            const std::size_t s = links.order[q], f = links.fail[s];
            std::size_t o = a.out_begin[s];
            std::size_t k = trie.own_first[s];
            std::size_t i = a.out_begin[f];
            const std::size_t e = i + links.out_count[f];
            while (k != 0 || i < e) {
                if (k != 0 && (i == e || k - 1 < a.outs[i])) {
                    a.outs[o++] = static_cast<std::uint16_t>(k - 1);
                    k = trie.own_next[k - 1];
                } else {
                    a.outs[o++] = a.outs[i++];
                }
            }
        }
        return a;
    }
    static constexpr auto automaton = make_automaton();

    static constexpr auto make_tables() {
        token_tables<S, Tc, O, E, V, CH> t{};
        t.vocab = vocab;
        t.automaton = automaton;
        for (std::size_t b = 0; b < 128; ++b) t.punct[b] = seqs.punct[b] ? 1 : 0;
        t.longest_word = seqs.longest_word;
        t.valid = seqs.valid;
        return t;
    }
};

// The tables of a keyword set: built by token_builder at compile time, or, for the
// profiles' own sets, constant data written by tools/gen_tables from that same builder
// (an explicit specialization beside the keyword set; CTest generated_tables_current
// checks that they are equal).
template <const auto& Words>
struct token_tables_of {
    static constexpr auto value = token_builder<Words>::make_tables();
};

// Run-time byte kinds.
enum class token_kind : unsigned char { word, other_word, gap, punct, fold };

struct token_kind_table {
    token_kind kind[256];
};
constexpr token_kind_table make_token_kinds() {
    token_kind_table k{};
    for (unsigned b = 0; b < 256; ++b) {
        const auto u = static_cast<unsigned char>(b);
        if (text_fold<true>::starts_replacement(u)) k.kind[b] = token_kind::fold;
        else if (u >= 0x80) k.kind[b] = token_kind::other_word;
        else if (is_word_byte(u)) k.kind[b] = token_kind::word;
        else if (is_gap_byte(u)) k.kind[b] = token_kind::gap;
        else k.kind[b] = token_kind::punct;
    }
    return k;
}
inline constexpr token_kind_table token_kinds = make_token_kinds();

// The length (1..8) of the run of ASCII letters and digits that begins 8 bytes read
// little-endian (the first byte must be one), found for all 8 bytes at once: each byte's
// low 7 bits, with the top bit set as a guard, are compared with the ranges by
// subtraction that borrows from no neighbour; bytes of 0x80 and up end the run.
[[nodiscard]] constexpr std::size_t token_alnum_run(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = ones * 0x80, low7 = ones * 0x7F;
    const std::uint64_t d = (x & low7) | high, y = ((x | ones * 0x20) & low7) | high;
    const std::uint64_t letter = (y - ones * 'a') & ~(y - ones * ('z' + 1));
    const std::uint64_t digit = (d - ones * '0') & ~(d - ones * ('9' + 1));
    const std::uint64_t stop = ~((letter | digit) & ~x) & high;  // not alnum, or not ASCII
    return stop == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(stop)) / 8;
}
// The scanner's 8-byte word start counts on it: a byte the scanner reads as a word byte
// begins a run of one at least.
static_assert([] {
    for (unsigned b = 0; b < 256; ++b)
        if (token_kinds.kind[b] == token_kind::word && token_alnum_run(b) != 1) return false;
    return true;
}(), "calllock: a word byte of the token engine's fast path must be an ASCII letter or digit");
[[nodiscard]] constexpr std::uint64_t token_byteswap(std::uint64_t v) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_bswap64(v);
#else
    std::uint64_t r = 0;
    for (int k = 0; k < 8; ++k, v >>= 8) r = r << 8 | (v & 0xFF);
    return r;
#endif
}

}  // namespace calllock::detail

namespace calllock::match {

// Whole-word matching only (match_mode::whole_word): the same matches as
// naive_scanner<Words, match_mode::whole_word>, reported in the same order (by end
// offset, then keyword index), for any split of the text into pieces.
template <const auto& Words, match_mode Mode = match_mode::whole_word>
class token_scanner {
    static_assert(Mode == match_mode::whole_word,
                  "calllock: the token engine matches whole words only (use dfa_scanner for substrings)");
    static constexpr std::size_t N = Words.size();
    static constexpr const auto& T = detail::token_tables_of<Words>::value;
    using tables_t = std::remove_cvref_t<decltype(T)>;
    static constexpr std::size_t Tc = tables_t::tokens;
    static_assert(T.valid, "calllock: keywords must be non-empty lowercase ASCII in folded form");
    static_assert(N < detail::token_none, "calllock: too many keywords for the token engine");
    static_assert(Tc < detail::token_many, "calllock: too many distinct words for the token engine");
    // A state's id is 15 bits (token_reports marks states with outputs), and an edge's key,
    // state * tokens + token + 1, is 32 bits. The states are counted as the trie is built, so
    // this holds for any number of keyword tokens that makes fewer states.
    static_assert(tables_t::states < detail::token_reports, "calllock: too many states for the token engine");
    static_assert(std::uint64_t{tables_t::states} * (Tc + 1) < 0xFFFFFFFFull,
                  "calllock: too many states for the token engine");
    static constexpr std::size_t CH = tables_t::chunks;
    static constexpr std::size_t cap = T.longest_word + 1;  // a run this long is unknown
    static constexpr bool phrases = T.punct[std::size_t{' '}] != 0;  // keywords of more than one word
    static constexpr const auto& A = T.automaton;
    static constexpr const auto& Voc = T.vocab;
    using vocab_t = std::remove_cvref_t<decltype(Voc)>;
    using automaton_t = std::remove_cvref_t<decltype(A)>;

public:
    static constexpr std::size_t keyword_count = N;
    static constexpr std::size_t state_count = tables_t::states;
    static constexpr std::size_t vocabulary_size = tables_t::vocabulary;
    static constexpr std::size_t table_bytes = tables_t::table_bytes;

    // on_match(keyword_index, end_offset) for each match, by end offset, then index.
    template <class OnMatch>
    constexpr void feed(std::string_view piece, OnMatch&& on_match) {
        const std::size_t n = piece.size();
        std::size_t i = 0;
        while (i < n) {
            unsigned char c = static_cast<unsigned char>(piece[i]);
            detail::token_kind k = held_ ? detail::token_kind::fold : detail::token_kinds.kind[c];
            if (k == detail::token_kind::word) {
                if constexpr (cap > 8 && std::endian::native == std::endian::little) {
                    // A word's first 8 bytes at once: its ASCII alnum run, packed lowercase
                    // with its first byte highest (what the byte loop below builds).
                    if (!std::is_constant_evaluated() && len_ == 0 && n - i >= 8) {
                        std::uint64_t x;
                        std::memcpy(&x, piece.data() + i, 8);
                        const std::size_t run = detail::token_alnum_run(x);
                        const std::uint64_t packed = detail::token_byteswap(x | 0x2020202020202020ull);
                        len_ = run;
                        pos_ += run;
                        i += run;
                        after_gap_ = false;
                        if (run == 8) {
                            chunks_[0] = packed;
                        } else {
                            cur_ = packed >> (64 - 8 * run);
                            // The word ends in these 8 bytes: the byte after it is most often a
                            // plain space, read here (what the gap case below does).
                            if ((x >> (8 * run) & 0xFF) == ' ') {
                                ++i;
                                non_word(' ', on_match);
                            }
                        }
                        continue;
                    }
                }
                // A run of ASCII word bytes, packed lowercase ('0'-'9' have 0x20 set).
                std::size_t len = len_;
                std::uint64_t cur = cur_;
                const std::size_t from = i;
                for (;;) {
                    if (len < cap) {
                        cur = cur << 8 | (c | 0x20u);
                        if ((++len & 7) == 0) {
                            chunks_[len / 8 - 1] = cur;
                            cur = 0;
                        }
                    }
                    if (++i == n) break;
                    c = static_cast<unsigned char>(piece[i]);
                    if (detail::token_kinds.kind[c] != detail::token_kind::word) break;
                }
                len_ = len;
                cur_ = cur;
                pos_ += i - from;
                after_gap_ = false;
                continue;
            }
            ++i;
            switch (k) {
                case detail::token_kind::other_word:
                    len_ = cap;  // non-ASCII: in no keyword
                    ++pos_;
                    after_gap_ = false;
                    break;
                case detail::token_kind::gap:
                    if (!after_gap_) non_word(' ', on_match);
                    break;
                case detail::token_kind::punct:
                    non_word(c, on_match);
                    break;
                default:  // a multi-byte fold, or a byte after one held
                    fold_.set_after_gap(after_gap_);
                    fold_.feed(c, [&](unsigned char b) { folded(b, on_match); });
                    held_ = fold_.holding();
                    break;
            }
        }
    }
    constexpr void feed(std::string_view piece) { feed(piece, detail::ignore_match{}); }

    template <class OnMatch>
    constexpr keyword_hits<N> finish(OnMatch&& on_match) {
        fold_.set_after_gap(after_gap_);
        fold_.flush([&](unsigned char b) { folded(b, on_match); });
        held_ = false;
        end_word(on_match);  // the end is a boundary
        return hits_;
    }
    constexpr keyword_hits<N> finish() { return finish(detail::ignore_match{}); }

    // Folded bytes seen so far.
    [[nodiscard]] constexpr std::size_t position() const noexcept { return pos_; }

private:
    // A folded byte from the slow path.
    template <class OnMatch>
    constexpr void folded(unsigned char b, OnMatch& on_match) {
        if (!detail::is_word_byte(b)) {
            non_word(b, on_match);
            return;
        }
        if (b >= 0x80) {
            len_ = cap;
        } else if (len_ < cap) {
            cur_ = cur_ << 8 | b;
            if ((++len_ & 7) == 0) {
                chunks_[len_ / 8 - 1] = cur_;
                cur_ = 0;
            }
        }
        ++pos_;
        after_gap_ = false;
    }

    // A folded non-word byte: it ends the word, then is a token of its own. Out of line: the
    // per-byte loop of feed() stays small (inlined there, it costs the loop registers).
    template <class OnMatch>
    CALLLOCK_NOINLINE constexpr void non_word(unsigned char b, OnMatch& on_match) {
        end_word(on_match);
        ++pos_;
        after_gap_ = b == ' ';
        if (b != ' ') step(T.punct[b] ? b : detail::token_none, on_match);
        else if constexpr (phrases) enter(A.state[s_ & ~std::size_t{detail::token_reports}] & 0xFFFF, on_match);
        else s_ = 0;  // ' ' is in no keyword
    }

    // Inlined: non_word() runs it once per word.
    template <class OnMatch>
    CALLLOCK_ALWAYS_INLINE constexpr void end_word(OnMatch& on_match) {
        if (len_ == 0) return;
        const std::size_t t = len_ < cap ? lookup() : detail::token_none;
        len_ = 0;
        cur_ = 0;
        step(t, on_match);
    }

    // The token id of the word packed in chunks_ and cur_, or token_none.
    [[nodiscard]] CALLLOCK_ALWAYS_INLINE constexpr std::size_t lookup() const noexcept {
        const std::size_t full = len_ / 8, count = detail::token_chunks(len_);
        std::uint64_t h = len_;
        for (std::size_t q = 0; q < full; ++q) h = detail::token_mix(h, chunks_[q]);
        if (count > full) h = detail::token_mix(h, cur_);
        const std::uint64_t first = full == 0 ? cur_ : chunks_[0];
        for (std::size_t i = static_cast<std::size_t>(h >> (64 - vocab_t::bits));; i = (i + 1) & (vocab_t::slots - 1)) {
            const std::uint64_t c = Voc.slot[2 * i];
            if (c == detail::token_empty) return detail::token_none;
            if (c != first) continue;
            const std::uint64_t m = Voc.slot[2 * i + 1];
            if ((m >> 16) != len_) continue;
            const std::size_t v = (m & 0xFFFF) - 1;
            if (full > 0) {  // the chunks after the first
                const std::size_t w = v * CH;
                bool eq = count == full || Voc.chunk[w + full] == cur_;
                for (std::size_t q = 1; q < full && eq; ++q) eq = Voc.chunk[w + q] == chunks_[q];
                if (!eq) continue;
            }
            return detail::token_words_base + v;
        }
    }

    // One token other than ' ' through the automaton.
    template <class OnMatch>
    CALLLOCK_ALWAYS_INLINE constexpr void step(std::size_t t, OnMatch& on_match) {
        if (t == detail::token_none) {  // in no keyword
            s_ = 0;
            return;
        }
        std::size_t s = s_ & ~std::size_t{detail::token_reports};
        std::size_t to = 0;  // marked
        for (;;) {
            if (s == 0) {
                to = A.root_next[t];
                break;
            }
            const std::uint64_t r = A.state[s];
            const std::size_t only = (r >> 32) & 0xFFFF;
            if (only == t) {
                to = r >> 48;
                break;
            }
            if (only == detail::token_many) {
                const auto key = static_cast<std::uint32_t>(s * Tc + t + 1);
                std::size_t i = detail::token_edge_slot(key, automaton_t::bits);
                while (A.edge[i] != detail::token_empty && (A.edge[i] >> 16) != key)
                    i = (i + 1) & (automaton_t::slots - 1);
                if (A.edge[i] != detail::token_empty) {
                    to = A.edge[i] & 0xFFFF;
                    break;
                }
            }
            s = (r >> 16) & 0xFFFF;
        }
        enter(to, on_match);
    }

    // The state reached (marked); reports its outputs.
    template <class OnMatch>
    constexpr void enter(std::size_t to, OnMatch& on_match) {
        s_ = static_cast<std::uint16_t>(to);
#if defined(__GNUC__) || defined(__clang__)
        // The next step reads the record of the state reached: fetched while the next word is read.
        if (!std::is_constant_evaluated())
            __builtin_prefetch(detail::entry_address(A.state, to & ~std::size_t{detail::token_reports}));
#endif
        if (!(to & detail::token_reports)) return;
        const std::size_t s = to & ~std::size_t{detail::token_reports};
        for (std::size_t o = A.out_begin[s], e = A.out_begin[s + 1]; o < e; ++o) {
            hits_.set(A.outs[o]);
            on_match(static_cast<std::size_t>(A.outs[o]), pos_);
        }
    }

    detail::text_fold<true> fold_{};
    std::array<std::uint64_t, CH> chunks_{};  // the current word's full chunks
    std::uint64_t cur_ = 0;                   // and its last bytes
    std::size_t len_ = 0;                     // its length (cap: unknown), 0: none
    std::size_t pos_ = 0;
    std::uint16_t s_ = 0;
    bool after_gap_ = false;  // the last folded byte was a gap (' ')
    bool held_ = false;       // the folder holds the start of a multi-byte sequence
    keyword_hits<N> hits_{};
};

struct token_engine {
    template <const auto& Words, match_mode Mode = match_mode::whole_word>
    using scanner = token_scanner<Words, Mode>;
};

}  // namespace calllock::match
