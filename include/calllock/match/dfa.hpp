// The one-pass engine: an Aho-Corasick automaton over byte classes, turned into a
// full DFA at compile time from the constexpr keyword array.
//
//  - Case folding is in the class map: 'A' and 'a' share a class, so no lowercase
//    copy is made. The multi-byte folds (U+212A, U+0130, and in whole-word mode
//    U+2018/U+2019/U+00A0) and the collapsing of whitespace runs change the length
//    of the text: their lead bytes and a gap after a gap lead to sentinel states
//    that take a slow, exact path, so the hot loop is one table load per byte.
//  - Whole-word boundaries are in the automaton: the keywords are compiled as
//    "B kw E", where B and E are virtual symbols standing for a non-word -> word and
//    a word -> non-word transition of the text; each DFA transition crossing such a
//    transition goes through the marker's state. A keyword ending with a word byte
//    is confirmed when leaving its state on a non-word byte (or at the end), as the
//    reference engine does.
//  - States with matches have the highest numbers: one compare tells the hot loop
//    that something must be reported.
//  - Long pieces are scanned as 8 interleaved streams in substring mode, 6 in
//    whole-word mode (each chunk starts from the initial state; afterwards the
//    true state at its start runs until it meets the stream's, usually a byte or
//    two), which hides the load latency of the one-load-per-byte chain; their
//    matches are reported in text order. Whole blocks have a compile-time chunk
//    length, and in substring mode read classes looked up 64 at a time (SIMD).
//  - Substring sets scanned for hits alone (no callback) go through a SIMD literal
//    prefilter where the CPU has one (prefilter.hpp): the automaton then runs only
//    at the edges of a piece and from where a multi-byte fold starts.
//  - Tables are built by constant evaluation (C arrays and struct rows keep GCC 12
//    and clang 14 within their default limits), no allocation, usable in constant
//    expressions (which take the plain one-stream path).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "../detail/touch.hpp"
#include "engine.hpp"
#include "prefilter.hpp"

namespace calllock::detail {

inline constexpr unsigned char dfa_no_class = 0xFF;

// Byte classes. Every keyword byte (lowercased) is a class; then the rest.
template <std::size_t N>
struct dfa_classes {
    unsigned char raw[256]{};     // for the raw text in the hot loop
    unsigned char folded[256]{};  // for folded bytes in the slow path
    bool word[64]{};              // class -> word class
    std::size_t count = 0;
    unsigned char special = 0;  // lead bytes of multi-byte folds (raw map only)
    unsigned char space = dfa_no_class;
};

template <class K, std::size_t N>
constexpr dfa_classes<N> make_dfa_classes(const std::array<K, N>& words, bool whole) {
    dfa_classes<N> c;
    for (auto& x : c.folded) x = dfa_no_class;
    unsigned char next = 0;
    if (whole) {
        c.space = next++;
        for (unsigned b = 0; b < 256; ++b)
            if (is_gap_byte(static_cast<unsigned char>(b))) c.folded[b] = c.space;
    }
    for (const auto& k : words)
        for (char ch : match::keyword_text(k)) {
            const auto u = static_cast<unsigned char>(ch);
            if (c.folded[u] != dfa_no_class) continue;
            c.word[next] = is_word_byte(u);
            c.folded[u] = next;
            if (u >= 'a' && u <= 'z') c.folded[u - ('a' - 'A')] = next;
            ++next;
        }
    const unsigned char other_word = next++;
    c.word[other_word] = true;
    const unsigned char other = next++;
    for (unsigned b = 0; b < 256; ++b)
        if (c.folded[b] == dfa_no_class)
            c.folded[b] = is_word_byte(static_cast<unsigned char>(b)) || !whole ? other_word : other;
    c.special = next++;
    for (unsigned b = 0; b < 256; ++b) c.raw[b] = c.folded[b];
    c.raw[0xE2] = c.special;
    c.raw[0xC4] = c.special;
    if (whole) c.raw[0xC2] = c.special;
    c.count = next;
    if (c.count > 64) calllock_compile_time_check_failed("calllock: too many byte classes");
    return c;
}

// The augmented keyword: class symbols, and B / E markers in whole-word mode.
template <std::size_t Cls>
struct dfa_symbols {
    static constexpr std::size_t B = Cls;
    static constexpr std::size_t E = Cls + 1;
    static constexpr std::size_t count = Cls + 2;
};

template <class Words>
constexpr std::size_t dfa_node_bound(const Words& words) {
    std::size_t n = 4;  // root and its variants
    for (const auto& k : words) n += 2 * match::keyword_text(k).size() + 2;
    return n;
}

// Phase 1: the trie with fail links, in bound-sized arrays (sparse children).
template <std::size_t N, std::size_t Bound>
struct dfa_trie {
    std::uint16_t first_child[Bound]{}, sibling[Bound]{}, fail[Bound]{};
    std::uint8_t sym[Bound]{};          // incoming symbol
    std::uint16_t own_first[Bound]{};   // first own keyword + 1, 0 = none
    std::uint16_t own_next[N]{};        // next keyword + 1 ending at the same node
    std::size_t nodes = 1;
    std::size_t depth = 0;  // longest augmented keyword
};

template <const auto& Words, bool Whole>
struct dfa_builder {
    static constexpr std::size_t N = Words.size();
    static constexpr auto classes = make_dfa_classes(Words, Whole);
    static constexpr std::size_t C = classes.count;
    using sy = dfa_symbols<C>;
    static constexpr std::size_t Bound = dfa_node_bound(Words);

    static constexpr std::uint16_t child(const dfa_trie<N, Bound>& t, std::size_t s, std::size_t a) {
        for (std::uint16_t k = t.first_child[s]; k != 0; k = t.sibling[k])
            if (t.sym[k] == a) return k;
        return 0;
    }

    static constexpr dfa_trie<N, Bound> trie() {
        dfa_trie<N, Bound> t;
        constexpr_touch(t.first_child);
        constexpr_touch(t.sibling);
        constexpr_touch(t.fail);
        constexpr_touch(t.sym);
        constexpr_touch(t.own_first);
        constexpr_touch(t.own_next);
        for (std::size_t k = 0; k < N; ++k) {
            std::size_t s = 0, d = 0;
            bool prev_word = false;  // a keyword is compiled as if after a non-word byte
            auto go = [&](std::size_t a) {
                std::uint16_t c = child(t, s, a);
                if (c == 0) {
                    c = static_cast<std::uint16_t>(t.nodes++);
                    t.sym[c] = static_cast<std::uint8_t>(a);
                    t.sibling[c] = t.first_child[s];
                    t.first_child[s] = c;
                }
                s = c;
                ++d;
            };
            const std::string_view w = match::keyword_text(Words[k]);
            for (std::size_t i = 0; i < w.size(); ++i) {
                const unsigned char a = classes.folded[static_cast<unsigned char>(w[i])];
                const bool word = classes.word[a];
                if (Whole && word && !prev_word) go(sy::B);
                if (Whole && !word && prev_word) go(sy::E);
                go(a);
                prev_word = word;
            }
            if (Whole && prev_word) go(sy::E);
            if (d > t.depth) t.depth = d;
            t.own_next[k] = t.own_first[s];
            t.own_first[s] = static_cast<std::uint16_t>(k + 1);
        }
        // Fail links, breadth first.
        std::uint16_t queue[Bound]{};
        constexpr_touch(queue);
        std::size_t head = 0, tail = 0;
        for (std::uint16_t c = t.first_child[0]; c != 0; c = t.sibling[c]) queue[tail++] = c;
        while (head < tail) {
            const std::uint16_t s = queue[head++];
            for (std::uint16_t c = t.first_child[s]; c != 0; c = t.sibling[c]) {
                std::size_t f = t.fail[s];
                std::uint16_t g = child(t, f, t.sym[c]);
                while (g == 0 && f != 0) {
                    f = t.fail[f];
                    g = child(t, f, t.sym[c]);
                }
                t.fail[c] = g;
                queue[tail++] = c;
            }
        }
        return t;
    }
    static constexpr auto tr = trie();
    static constexpr std::size_t S = tr.nodes + (Whole ? 2 : 0);  // + root_W, root_S
    static constexpr std::size_t root_w = tr.nodes, root_s = tr.nodes + 1;

    static constexpr std::size_t closure_size(std::size_t s) {
        std::size_t n = 0;
        for (std::size_t u = s; u != 0; u = tr.fail[u])
            for (std::size_t k = tr.own_first[u]; k != 0; k = tr.own_next[k - 1]) ++n;
        return n;
    }
    // The AC transition on a marker, through the fail links (trie nodes only).
    static constexpr std::size_t go_marker(std::size_t s, std::size_t a) {
        for (;;) {
            const std::size_t c = child(tr, s, a);
            if (c != 0 || s == 0) return c;
            s = tr.fail[s];
        }
    }
    static constexpr bool node_last_word(std::size_t s) {
        return s != 0 && tr.sym[s] < C && classes.word[tr.sym[s]];
    }
    static constexpr std::size_t total_outputs() {
        std::size_t n = 0;
        for (std::size_t s = 1; s < tr.nodes; ++s) {
            n += closure_size(s);
            if (Whole && node_last_word(s)) n += closure_size(go_marker(s, sy::E));
        }
        if (Whole) n += closure_size(go_marker(0, sy::E));  // root_W
        return n;
    }
    static constexpr std::size_t O = total_outputs() == 0 ? 1 : total_outputs();
    static_assert(O < 0xFFFF && S < 0xFFFF, "calllock: keyword set too large for the DFA");
};

// How a table of S states (+ 2 sentinels) over C classes stores a state: its row
// offset (state * row) divided by a scale of 1, 2, 4 or 8, the smallest that keeps
// 16-bit entries (0 when none does: 32-bit entries, scale 1). The scanners multiply
// back by the scale inside the load's address (an index scale, no instruction), so
// a large set's table takes half the cache of 32-bit entries. A row is C rounded up
// to a multiple of the scale.
constexpr std::size_t dfa_scale(std::size_t S, std::size_t C) {
    for (std::size_t f = 1; f <= 8; f *= 2)
        if ((S + 1) * ((C + f - 1) / f * f) / f <= 0xFFFF) return f;
    return 0;
}

// The runtime tables. next[] holds premultiplied state numbers (state * row / scale).
// Its entries are char16_t (char32_t when 16 bits cannot hold them), and it has one entry
// more than the rows (never read, always zero), so that a generated table can initialize it
// with a u"..." literal and its terminator: a compiler reads one string literal many times
// faster than tens of thousands of integer initializers (the seed's table: 21,912 entries).
template <std::size_t S, std::size_t C, std::size_t O, class Elem>
struct dfa_tables {
    static_assert(std::is_same_v<Elem, char16_t> || std::is_same_v<Elem, char32_t>);
    static constexpr std::size_t scale = sizeof(Elem) == 2 ? dfa_scale(S, C) : 1;
    static_assert(scale != 0, "calllock: 16-bit DFA entries cannot hold this table");
    static constexpr std::size_t row = (C + scale - 1) / scale * scale;
    static constexpr std::size_t entries = (S + 2) * row;  // next[entries] is the terminator
    dfa_classes<1> classes{};
    Elem next[entries + 1]{};
    std::uint16_t imm_begin[S]{}, imm_end[S]{};  // outputs reported on arrival
    std::uint16_t e_begin[S]{}, e_end[S]{};      // outputs confirmed by a non-word byte
    std::uint16_t outs[O]{};
    std::size_t flagged = 0;  // first state (premultiplied) that reports something
    std::size_t depth = 0;    // longest augmented keyword: the state depends on no more
    std::size_t start = 0;    // premultiplied initial state
    std::size_t special = 0, collapse = 0;  // premultiplied sentinels
};

template <const auto& Words, bool Whole>
constexpr auto build_dfa() {
    using b = dfa_builder<Words, Whole>;
    constexpr std::size_t S = b::S, C = b::C, NS = b::tr.nodes;
    using sy = typename b::sy;
    using Elem = std::conditional_t<dfa_scale(S, C) != 0, char16_t, char32_t>;
    using tables = dfa_tables<S, C, b::O, Elem>;
    constexpr std::size_t R = tables::row, F = tables::scale;
    constexpr const auto& tr = b::tr;
    constexpr const auto& cl = b::classes;

    // Full AC transitions over the augmented alphabet, for trie nodes.
    // Rows as structs: a row copies in one step of the constant evaluator.
    struct delta_row {
        std::uint16_t to[sy::count];
    };
    delta_row delta[NS]{};
    constexpr_touch(delta);
    {
        std::uint16_t queue[NS]{};
        constexpr_touch(queue);
        std::size_t head = 0, tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            const std::size_t s = queue[head++];
            if (s != 0) delta[s] = delta[tr.fail[s]];
            for (std::uint16_t c = tr.first_child[s]; c != 0; c = tr.sibling[c]) {
                delta[s].to[tr.sym[c]] = c;
                queue[tail++] = c;
            }
        }
    }
    auto last_word = [&](std::size_t s) {
        if (s == b::root_w) return true;
        if (s == 0 || s == b::root_s) return false;
        return tr.sym[s] < C && cl.word[tr.sym[s]];
    };
    auto ac_of = [&](std::size_t s) { return s >= NS ? std::size_t{0} : s; };

    // Outputs (closure over fail links) of a trie node.
    auto count_outs = [&](std::size_t s) { return s == 0 || s >= NS ? std::size_t{0} : b::closure_size(s); };
    auto e_node = [&](std::size_t s) -> std::size_t {
        if (!Whole || !last_word(s)) return 0;
        return delta[ac_of(s)].to[sy::E];
    };

    // Renumber: quiet states first, then states that report.
    std::uint16_t id[S]{};
    constexpr_touch(id);
    std::size_t quiet = 0;
    for (std::size_t s = 0; s < S; ++s)
        if (count_outs(s) == 0 && count_outs(e_node(s)) == 0) id[s] = static_cast<std::uint16_t>(quiet++);
    std::size_t loud = quiet;
    for (std::size_t s = 0; s < S; ++s)
        if (!(count_outs(s) == 0 && count_outs(e_node(s)) == 0)) id[s] = static_cast<std::uint16_t>(loud++);

    tables t;
    constexpr_touch(t.next);
    constexpr_touch(t.outs);
    constexpr_touch(t.imm_begin);
    constexpr_touch(t.imm_end);
    constexpr_touch(t.e_begin);
    constexpr_touch(t.e_end);
    for (std::size_t i = 0; i < 256; ++i) {
        t.classes.raw[i] = cl.raw[i];
        t.classes.folded[i] = cl.folded[i];
    }
    for (std::size_t a = 0; a < C; ++a) t.classes.word[a] = cl.word[a];
    t.classes.count = C;
    t.classes.special = cl.special;
    t.classes.space = cl.space;
    t.flagged = quiet * R / F;
    t.depth = tr.depth;
    t.start = std::size_t{id[0]} * R / F;
    t.special = S * R / F;
    t.collapse = (S + 1) * R / F;

    // Per class: the state a transition to the root means (whole-word mode splits
    // the root by the byte read), premultiplied.
    Elem root_of[C]{};
    for (std::size_t a = 0; a < C; ++a) {
        std::size_t r = 0;
        if (Whole) r = cl.word[a] ? b::root_w : (a == cl.space ? b::root_s : 0);
        root_of[a] = static_cast<Elem>(std::size_t{id[r]} * R / F);
    }
    Elem idc[NS]{};
    constexpr_touch(idc);
    for (std::size_t s = 0; s < NS; ++s) idc[s] = static_cast<Elem>(std::size_t{id[s]} * R / F);
    idc[0] = Elem{0xFFFF};  // never read: root goes through root_of
    for (std::size_t s = 0; s < S; ++s) {
        const std::size_t row = std::size_t{id[s]} * R;
        const bool lw = last_word(s);
        const std::size_t u = ac_of(s);
        // Whole-word: a word byte after a non-word one crosses B, the reverse E.
        const delta_row& on_word = delta[Whole && !lw ? delta[u].to[sy::B] : u];
        const delta_row& on_other = delta[Whole && lw ? delta[u].to[sy::E] : u];
        for (std::size_t a = 0; a < C; ++a) {
            const std::size_t v = (cl.word[a] ? on_word : on_other).to[a];
            t.next[row + a] = v == 0 ? root_of[a] : idc[v];
        }
        t.next[row + cl.special] = static_cast<Elem>(t.special);
        if (Whole && (s == b::root_s || (s > 0 && s < NS && tr.sym[s] == cl.space)))
            t.next[row + cl.space] = static_cast<Elem>(t.collapse);  // a gap after a gap
    }
    // The two sentinel rows (S and S + 1) stay zero: no transition starts there.
    // Outputs, in the renumbered order.
    std::size_t o = 0;
    auto emit_closure = [&](std::size_t s) {
        for (std::size_t u = s; u != 0; u = tr.fail[u])
            for (std::size_t k = tr.own_first[u]; k != 0; k = tr.own_next[k - 1])
                t.outs[o++] = static_cast<std::uint16_t>(k - 1);
    };
    std::uint16_t inv[S]{};
    constexpr_touch(inv);
    for (std::size_t s = 0; s < S; ++s) inv[id[s]] = static_cast<std::uint16_t>(s);
    for (std::size_t r = 0; r < S; ++r) {
        const std::size_t s = inv[r];
        t.imm_begin[r] = static_cast<std::uint16_t>(o);
        if (s != 0 && s < NS) emit_closure(s);
        t.imm_end[r] = static_cast<std::uint16_t>(o);
        t.e_begin[r] = static_cast<std::uint16_t>(o);
        if (e_node(s) != 0) emit_closure(e_node(s));
        t.e_end[r] = static_cast<std::uint16_t>(o);
    }
    return t;
}

// The tables of a keyword set: built by build_dfa at compile time, or, for the
// profiles' own sets, constant data written by tools/gen_tables from build_dfa (an
// explicit specialization beside the keyword set; CTest generated_tables_current
// checks that they are equal).
template <const auto& Words, bool Whole>
struct dfa_tables_of {
    static constexpr auto value = build_dfa<Words, Whole>();
};

}  // namespace calllock::detail

namespace calllock::match {

template <const auto& Words, match_mode Mode = match_mode::substring, simd Simd = simd::automatic>
class dfa_scanner {
    static constexpr std::size_t N = Words.size();
    static constexpr bool whole = Mode == match_mode::whole_word;
    static_assert(detail::keywords_valid(Words, Mode),
                  "calllock: keywords must be non-empty lowercase ASCII in folded form");
    static_assert(N < 0xFFFF, "calllock: too many keywords");
    static constexpr const auto& T = detail::dfa_tables_of<Words, whole>::value;
    static constexpr std::size_t C = T.classes.count;
    // A stored state v: its row starts at next[v * F]; it is state number v * F / R.
    static constexpr std::size_t F = T.scale, R = T.row;
    static constexpr std::size_t go(std::size_t v, std::size_t cls) noexcept { return T.next[v * F + cls]; }
    static constexpr std::size_t number(std::size_t v) noexcept { return v * F / R; }
    // The SIMD prefilter (prefilter.hpp): substring sets it pays for.
    static constexpr bool prefiltered = detail::pf_available && !whole && Simd == simd::automatic && detail::pf_pays(Words);

public:
    static constexpr std::size_t keyword_count = N;
    static constexpr std::size_t state_count = T.entries / R - 2;
    static constexpr std::size_t class_count = C;
    static constexpr std::size_t table_bytes = T.entries * sizeof(T.next[0]);

    // The prefilter's state and the reported states are left uninitialized at run
    // time (they are written before they are read); in constant evaluation they are
    // zeroed, so that a scanner can be a constant, be copied, or be returned by value.
    constexpr dfa_scanner() noexcept {
        if (std::is_constant_evaluated()) {
            if constexpr (prefiltered) pf_ = {};
            for (auto& w : reported_) w = 0;
        }
    }

    // Whether feed() without a callback takes the SIMD prefilter on this CPU.
    [[nodiscard]] static bool simd_active() noexcept {
        if constexpr (prefiltered) return detail::pf_cpu_ok();
        else return false;
    }

    template <class OnMatch>
    constexpr void feed(std::string_view piece, OnMatch&& on_match) {
        std::size_t i = 0;
        if constexpr (prefiltered) {
            if (pf_.tail_pending) {
                s_ = warm_state(pf_.tail);
                pf_.tail_pending = false;
            }
            if constexpr (std::is_same_v<std::remove_cvref_t<OnMatch>, detail::ignore_match>)
                if (!std::is_constant_evaluated() && !pf_.own.off && held_ == 0 && piece.size() >= pf_min &&
                    detail::pf_cpu_ok())
                    i = prefilter(piece);
        }
        scan(piece, i, on_match);
    }
    constexpr void feed(std::string_view piece) { feed(piece, detail::ignore_match{}); }

    template <class OnMatch>
    constexpr keyword_hits<N> finish(OnMatch&& on_match) {
        const std::size_t h = held_;
        held_ = 0;
        for (std::size_t k = 0; k < h; ++k) step_folded(buf_[k], on_match);
        if constexpr (whole) report(T.e_begin[number(s_)], T.e_end[number(s_)], on_match);
        return hits_;
    }
    constexpr keyword_hits<N> finish() { return finish(detail::ignore_match{}); }

    [[nodiscard]] constexpr std::size_t position() const noexcept { return pos_; }

private:
    // The automaton over piece[i, n).
    template <class OnMatch>
    constexpr void scan(std::string_view piece, std::size_t i, OnMatch& on_match) {
        const std::size_t n = piece.size();
        while (i < n) {
            if (held_ != 0 || in_e_state()) {
                step_raw(static_cast<unsigned char>(piece[i]), on_match);
                ++i;
                continue;
            }
            std::size_t limit = n;
            if constexpr (Simd != simd::plain) {
                const std::size_t chunk = (n - i) / K < L ? (n - i) / K : L;
                if (!std::is_constant_evaluated() && chunk >= min_chunk && min_chunk <= L) {
                    if (streams(piece.data() + i, chunk, on_match)) {
                        i += K * chunk;
                        continue;
                    }
                    limit = i + K * chunk;  // something in the block needs the exact path
                }
            }
            // Hot loop: one class lookup and one table load per byte.
            std::size_t s = s_;
            const std::size_t off = pos_ - i;  // folded position = off + bytes done
            std::size_t t = 0;
            for (; i < limit; ++i) {
                t = go(s, T.classes.raw[static_cast<unsigned char>(piece[i])]);
                if (t >= T.flagged) break;
                s = t;
            }
            s_ = s;
            pos_ = off + i;
            if (i == limit) continue;
            if (t == T.collapse) {  // a gap after a gap: nothing is emitted
                ++i;
            } else if (t == T.special) {
                step_raw(static_cast<unsigned char>(piece[i]), on_match);
                ++i;
            } else {
                s_ = t;
                ++pos_;
                ++i;
                report(T.imm_begin[number(t)], T.imm_end[number(t)], on_match);
            }
        }
    }

    // The prefilter over a piece (hits only). Every position is a candidate start
    // or not, and the candidates are compared with the keywords of their first
    // pair. The automaton reads the first bytes when a keyword begun in an earlier
    // piece may end there, and its state after the piece is rebuilt from the last
    // bytes (a keyword begun there and ending past the piece is in it), when the
    // next piece comes. The filter stops at the first 64-byte block where a
    // multi-byte fold starts, before a fold's first bytes at the piece's end, and
    // for the rest of the text where more than a tenth of the positions pass (a
    // keyword set too dense for it); the automaton goes on from there (the returned
    // offset).
    static constexpr std::size_t W = T.depth + 2;
    static constexpr std::size_t pf_head = detail::max_length(Words);
    static constexpr std::size_t pf_min = W + pf_head > 64 ? W + pf_head : 64;

    std::size_t prefilter(std::string_view piece) {
        const auto* t = reinterpret_cast<const unsigned char*>(piece.data());
        const std::size_t n = piece.size();
        const std::size_t pos0 = pos_;
        std::size_t head = 0;
        if (s_ != T.start) {
            for (std::size_t k = 0; k < pf_head; ++k)
                if (go(T.start, T.classes.raw[t[k]]) == T.special) return 0;
            detail::ignore_match none;
            scan(piece.substr(0, pf_head), 0, none);
            head = pf_head;
        }
        std::size_t q = detail::pf_run(detail::prefilter_of<Words>::value, pf_.own, pf_.count, t, n, hits_.words());
        // A fold's first bytes at the end (E2, E2 84, C4): the automaton holds them
        // until the next piece tells.
        if (q == n && (t[n - 1] == 0xE2 || t[n - 1] == 0xC4)) q = n - 1;
        else if (q == n && t[n - 2] == 0xE2 && t[n - 1] == 0x84) q = n - 2;
        if (q == n) {  // the state is rebuilt if another piece comes
            for (std::size_t k = 0; k < W; ++k) pf_.tail[k] = t[n - W + k];
            pf_.tail_pending = true;
            pos_ = pos0 + n;
            return n;
        }
        if (q < W) return head;  // the automaton goes on from its last byte
        s_ = warm_state(t + q - W);
        pos_ = pos0 + q;
        return q;
    }

    // The automaton's state after the W bytes at b, from any state before them. No
    // multi-byte fold starts there (the filter stopped before one), so every byte
    // folds to itself: its folded class.
    static std::size_t warm_state(const unsigned char* b) noexcept {
        std::size_t s = T.start;
        for (std::size_t k = 0; k < W; ++k) s = go(s, T.classes.folded[b[k]]);
        return s;
    }

    // Interleaved streams: a block of K * L bytes is cut into K chunks scanned
    // together, so that K table loads are in flight at once. Chunk k > 0 starts
    // from the initial state, and keeps its first W states; after the block, the
    // true state at the chunk's start (where chunk k - 1 ended) runs over those
    // bytes again until it meets the stream's state (after W symbols an
    // Aho-Corasick state no longer depends on where it started; it usually meets
    // it after a few). What the stream recorded before that point is replaced by
    // what the true run recorded. The records are then reported in text order with
    // exact folded offsets. A block with a multi-byte fold, or whose true run has
    // not met its stream after W bytes (collapsed gaps), is left to the exact path
    // (returns false, nothing reported).
    // Measured (calllock-bench, k490 set): 8 streams scan substring sets 6-17% faster
    // than 6; whole-word scanning, with more to keep per stream, is slower with 8.
    static constexpr std::size_t K = whole ? 6 : 8, L = 128;
    // Whole blocks read classes looked up by SIMD first (pf_classes_avx512) in
    // substring mode. Measured (calllock-bench, 3 KB / 30 KB): k490 substring +6% /
    // +9%; in whole-word mode seed +4% / +13% but k490 -7% / -11%, so not there.
    // Scanners that take the prefilter run their automaton on a few blocks (where
    // the filter stops), and simd::none asks for the plain code: those keep the one
    // variant for any chunk (compile time: the seed profile's unit, whose problem
    // scanner is simd::none, 1.10 s with all the variants, 0.91 s with one, g++ -O2).
    static constexpr bool fixed_blocks = !prefiltered && Simd == simd::automatic;
    static constexpr bool mappable = fixed_blocks && !whole && detail::pf_available;

    // A block of K chunks (false: left to the exact path). A whole block has its
    // chunk length known at compile time: the streams' offsets are constants.
    template <class OnMatch>
    bool streams(const char* text, std::size_t chunk, OnMatch& on_match) {
        if constexpr (fixed_blocks) {
            if (chunk == L) {
                if constexpr (mappable)
                    if (detail::pf_cpu_ok()) return interleaved<L, true>(text, L, on_match);
                return interleaved<L, false>(text, L, on_match);
            }
        }
        return interleaved<0, false>(text, chunk, on_match);
    }
    // Shorter chunks for shorter pieces, down to a little more than W.
    static constexpr std::size_t min_chunk = W + 8 > 24 ? W + 8 : 24;
    static_assert(K * L <= 0x10000, "calllock: a record's block index is 16 bits");
    struct record {
        std::uint16_t at;  // byte index in the block
        std::uint32_t state;  // a reporting state, or T.collapse (32 bits: measured faster than 16)
    };

    template <std::size_t Fixed, bool Mapped, class OnMatch>
    bool interleaved(const char* text, const std::size_t chunk, OnMatch& on_match) {
        const std::size_t len = Fixed != 0 ? Fixed : chunk;
        const auto* p = reinterpret_cast<const unsigned char*>(text);
        // Mapped: the block's classes are looked up first, 64 at a time (SIMD).
        alignas(64) unsigned char cls[Mapped ? K * L : 1];
        if constexpr (Mapped) detail::pf_classes_avx512(p, K * L, T.classes.raw, cls);
        const auto cls_at = [&](std::size_t i) -> std::size_t {
            if constexpr (Mapped) return cls[i];
            else return T.classes.raw[p[i]];
        };
        std::size_t st[K];
        st[0] = s_;
        for (std::size_t k = 1; k < K; ++k) st[k] = T.start;
        record rec[K][L];
        std::size_t nrec[K] = {};
        std::uint32_t early[K][W];  // stream k's transitions on its first W bytes
        const auto run = [&](std::size_t from, std::size_t to, auto keep) {
            for (std::size_t j = from; j < to; ++j)
                for (std::size_t k = 0; k < K; ++k) {
                    std::size_t t = go(st[k], cls_at(k * len + j));
                    if constexpr (decltype(keep)::value) early[k][j] = static_cast<std::uint32_t>(t);
                    if (t >= T.flagged) [[unlikely]] {
                        if (t == T.special) return false;
                        rec[k][nrec[k]++] = {static_cast<std::uint16_t>(k * len + j), static_cast<std::uint32_t>(t)};
                        if (t == T.collapse) t = st[k];
                    }
                    st[k] = t;
                }
            return true;
        };
        if (!run(0, W, std::true_type{}) || !run(W, len, std::false_type{})) return false;
        // The true runs: from where chunk k - 1 ended, until a transition equals
        // the stream's (a collapsed gap keeps the state before it, which may differ).
        record fix[K][W];
        std::size_t nfix[K] = {}, met[K] = {};
        for (std::size_t k = 1; k < K; ++k) {
            std::size_t s = st[k - 1], i = 0;
            for (; i < W; ++i) {
                const std::size_t t = go(s, cls_at(k * len + i));
                if (t == early[k][i] && t != T.collapse) break;
                if (t >= T.flagged) fix[k][nfix[k]++] = {static_cast<std::uint16_t>(k * len + i), static_cast<std::uint32_t>(t)};
                if (t != T.collapse) s = t;
            }
            if (i == W) return false;
            met[k] = k * len + i;
        }
        // Hits alone, in whole blocks (long texts): a state's outputs are set once
        // (they stay set). The set of reported states is cleared at the first block.
        constexpr bool dedupe = Fixed != 0 && std::is_same_v<std::remove_cvref_t<OnMatch>, detail::ignore_match>;
        if (dedupe && !reported_live_) {
            for (auto& w : reported_) w = 0;
            reported_live_ = true;
        }
        const std::size_t start = pos_;
        std::size_t collapsed = 0;
        const auto emit = [&](const record& r) {
            const std::size_t at = r.at, t = r.state;
            if (t == T.collapse) {
                ++collapsed;
                return;
            }
            pos_ = start + at + 1 - collapsed;
            const std::size_t q = number(t);
            if constexpr (dedupe) {
                const std::uint64_t bit = std::uint64_t{1} << (q % 64);
                if ((reported_[q / 64] & bit) == 0) {
                    reported_[q / 64] |= bit;
                    report(T.imm_begin[q], T.imm_end[q], on_match);
                }
            } else {
                report(T.imm_begin[q], T.imm_end[q], on_match);
            }
            // A keyword ending with a word byte is confirmed by a non-word byte
            // after it; after the block's last byte, feed() decides.
            if (whole && at + 1 < K * len && !T.classes.word[T.classes.raw[p[at + 1]]])
                report(T.e_begin[q], T.e_end[q], on_match);
        };
        for (std::size_t k = 0; k < K; ++k) {
            for (std::size_t r = 0; r < nfix[k]; ++r) emit(fix[k][r]);
            for (std::size_t r = 0; r < nrec[k]; ++r)
                if (rec[k][r].at >= met[k]) emit(rec[k][r]);
        }
        pos_ = start + K * len - collapsed;
        s_ = st[K - 1];
        return true;
    }

    [[nodiscard]] constexpr bool in_e_state() const noexcept {
        if constexpr (whole) return T.e_begin[number(s_)] != T.e_end[number(s_)];
        else return false;
    }

    template <class OnMatch>
    constexpr void report(std::size_t b, std::size_t e, OnMatch& on_match) {
        for (; b < e; ++b) {
            hits_.set(T.outs[b]);
            on_match(static_cast<std::size_t>(T.outs[b]), pos_);
        }
    }

    // One folded byte, exactly: gap collapsing, boundary confirmation, outputs.
    template <class OnMatch>
    constexpr void step_folded(unsigned char b, OnMatch& on_match) {
        const std::size_t a = T.classes.folded[b];
        const std::size_t t = go(s_, a);
        if (t == T.collapse) return;
        if constexpr (whole)
            if (!T.classes.word[a]) report(T.e_begin[number(s_)], T.e_end[number(s_)], on_match);
        s_ = t;
        ++pos_;
        report(T.imm_begin[number(t)], T.imm_end[number(t)], on_match);
    }

    // One raw byte through the multi-byte folds (as detail::text_fold does).
    template <class OnMatch>
    constexpr void step_raw(unsigned char c, OnMatch& on_match) {
        buf_[held_++] = c;
        for (;;) {
            bool prefix = false;
            for (const auto& r : reps()) {
                if (r.from.size() < held_) continue;
                bool eq = true;
                for (std::size_t k = 0; k < held_ && eq; ++k)
                    eq = static_cast<unsigned char>(r.from[k]) == buf_[k];
                if (!eq) continue;
                if (r.from.size() == held_) {
                    held_ = 0;
                    for (char x : r.to) step_folded(static_cast<unsigned char>(x), on_match);
                    return;
                }
                prefix = true;
            }
            if (prefix || held_ == 0) return;
            const unsigned char first = buf_[0];
            for (std::size_t k = 1; k < held_; ++k) buf_[k - 1] = buf_[k];
            --held_;
            step_folded(first, on_match);
            if (held_ == 0) return;
        }
    }

    static constexpr const auto& reps() noexcept {
        if constexpr (whole) return detail::word_replacements;
        else return detail::python_replacements;
    }

    std::size_t s_ = T.start;
    std::size_t pos_ = 0;
    std::array<unsigned char, 3> buf_{};
    std::size_t held_ = 0;
    keyword_hits<N> hits_{};
    std::uint64_t reported_[(state_count + 2 + 63) / 64];  // states whose outputs are in hits_
    bool reported_live_ = false;                              // reported_ cleared
    [[no_unique_address]] typename detail::pf_state_for<prefiltered, Words, W>::type pf_;
};

struct dfa_engine {
    template <const auto& Words, match_mode Mode = match_mode::substring>
    using scanner = dfa_scanner<Words, Mode>;
};

}  // namespace calllock::match
