// The compile-time DFA against the reference engine: same hits, same multiset of
// (keyword, end offset) events and same position, for both semantics, on a
// generated corpus of transcripts, on random bytes and on the folding edge cases,
// with the text cut into random pieces.
#define BOOST_TEST_MODULE match
#include <boost/test/unit_test.hpp>

#include "printing.hpp"
#include "support/keyword_sets.hpp"

#include <calllock/calllock.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using namespace calllock;
using namespace calllock::match;

namespace {

// A small deterministic generator (SplitMix64).
struct rng {
    std::uint64_t x;
    std::uint64_t next() {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

using events = std::vector<std::pair<std::size_t, std::size_t>>;

template <class Scanner>
auto run(const std::vector<std::string_view>& pieces, events& ev, std::size_t& position) {
    Scanner s;
    auto on = [&](std::size_t k, std::size_t end) { ev.emplace_back(k, end); };
    for (auto p : pieces) s.feed(p, on);
    position = s.position();
    auto hits = s.finish(on);
    std::sort(ev.begin(), ev.end());
    return hits;
}

std::size_t checked = 0;

// Runs both engines on the pieces (the automaton with its SIMD paths, where the CPU
// has them, without, and without its interleaved streams too: simd::plain); reports the
// first difference.
template <const auto& Words, match_mode Mode>
void same(const std::vector<std::string_view>& pieces) {
    events a, b, c, d;
    std::size_t pa = 0, pb = 0, pc = 0, pd = 0;
    const auto ha = run<naive_scanner<Words, Mode>>(pieces, a, pa);
    const auto hb = run<dfa_scanner<Words, Mode>>(pieces, b, pb);
    const auto hc = run<dfa_scanner<Words, Mode, simd::none>>(pieces, c, pc);
    const auto hd = run<dfa_scanner<Words, Mode, simd::plain>>(pieces, d, pd);
    dfa_scanner<Words, Mode> quiet;  // hits alone: the prefilter, outputs set once
    for (auto p : pieces) quiet.feed(p);
    ++checked;
    BOOST_TEST((hc == hb && c == b && pc == pb));
    BOOST_TEST((hd == hb && d == b && pd == pb));
    BOOST_TEST((quiet.finish() == ha));
    if (ha == hb && a == b && pa == pb) return;
    std::string text;
    for (auto p : pieces) text += std::string(p) + "|";
    BOOST_TEST_INFO("mode " << (Mode == match_mode::whole_word ? "whole_word" : "substring") << ", pieces: "
                            << text);
    BOOST_TEST((ha == hb));
    BOOST_TEST(a.size() == b.size());
    BOOST_TEST(pa == pb);
    BOOST_TEST((a == b));
}

// Cuts text into up to `max_pieces` random pieces (empty pieces included).
std::vector<std::string_view> cut(std::string_view text, rng& r, std::size_t max_pieces) {
    std::vector<std::string_view> pieces;
    const std::size_t n = 1 + r.below(max_pieces);
    std::vector<std::size_t> at{0, text.size()};
    for (std::size_t i = 1; i < n; ++i) at.push_back(r.below(text.size() + 1));
    std::sort(at.begin(), at.end());
    for (std::size_t i = 0; i + 1 < at.size(); ++i) pieces.push_back(text.substr(at[i], at[i + 1] - at[i]));
    return pieces;
}

constexpr std::string_view fillers[] = {
    "the", "back", "place", "actually", "yes", "okay", "I", "my", "it's", "don't", "we'll",
    "technician", "tomorrow", "morning", "Thursday", "address", "123", "Main", "St.", "please",
    "unit", "outside", "upstairs", "bedroom", "kitchen", "cafe\xCC\x81", "na\xC3\xAFve", "works",
    "heatwave", "gasket", "coach", "smoker", "tuneup", "pumpkin", "brac", "ac/dc", "A/C",
};
constexpr std::string_view seps[] = {
    " ", " ", " ", " ", ", ", ". ", "? ", "\n", "\nAgent: ", "\nCaller: ", "  ", " - ", "-",
    "\t", "\r\n", "\xC2\xA0", "'", "\xE2\x80\x99", "\xE2\x80\x98", " \xC2\xA0 ", "/", "",
};
constexpr std::string_view oddities[] = {
    "\xE2\x84\xAA", "\xC4\xB0", "\xE2\x84", "\xE2", "\xC4", "\xC2", "\xE2\x80", "\xCC\x87",
    "\xE2\xE2\x84\xAA", "\xC4\xC4\xB0", "\xC2\xC2\xA0", "\xFF", "\x80",
};

// Keywords as they may appear in speech: any case, hyphenated, glued to words,
// with a Kelvin sign for a 'k' or U+0130 for an 'i'.
std::string spoken(std::string_view kw, rng& r) {
    std::string out;
    for (char c : kw) {
        if (c == 'k' && r.below(8) == 0) { out += "\xE2\x84\xAA"; continue; }
        if (c == 'i' && r.below(10) == 0) { out += "\xC4\xB0"; continue; }
        if (c == ' ' && r.below(4) == 0) { out += seps[r.below(std::size(seps))]; continue; }
        const std::size_t m = r.below(6);
        out += (m == 0 && c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    }
    return out;
}

template <class Words>
std::string transcript(const Words& words, rng& r, std::size_t tokens) {
    std::string t = r.below(2) ? "Agent: " : "";
    for (std::size_t i = 0; i < tokens; ++i) {
        const std::size_t k = r.below(100);
        if (k < 30) t += spoken(keyword_text(words[r.below(words.size())]), r);
        else if (k < 90) t += fillers[r.below(std::size(fillers))];
        else t += oddities[r.below(std::size(oddities))];
        t += seps[r.below(std::size(seps))];
    }
    return t;
}

inline constexpr std::array<std::string_view, 14> edge_words{
    "ac", "no ac", "k", "break", "tune up", "don't", "a c", "it's", "i", "heat pump", "'s",
    "a/c", "kelvin", "e",
};

}  // namespace

BOOST_AUTO_TEST_CASE(generated_transcripts_seed_and_400_keywords) {
    rng r{20261126};
    checked = 0;
    for (int n = 0; n < 10000; ++n) {
        const std::string seed_text = transcript(keyword_sets::seed, r, 10 + r.below(50));
        same<keyword_sets::seed, match_mode::substring>(cut(seed_text, r, 4));
        same<keyword_sets::seed, match_mode::whole_word>(cut(seed_text, r, 4));
        same<seed_tables::text_words, match_mode::substring>(cut(seed_text, r, 3));
        // The reference is slow on ~490 keywords: every other transcript.
        if (n % 2 == 1) continue;
        const std::string big_text = transcript(keyword_sets::big, r, 10 + r.below(30));
        same<keyword_sets::big, match_mode::substring>(cut(big_text, r, 4));
        same<keyword_sets::big, match_mode::whole_word>(cut(big_text, r, 4));
    }
    BOOST_TEST(checked == 40000u);
}

// Long texts: the engine scans big pieces as interleaved streams.
BOOST_AUTO_TEST_CASE(long_transcripts_interleaved_streams) {
    rng r{424242};
    checked = 0;
    for (int n = 0; n < 90; ++n) {
        std::string text = transcript(keyword_sets::seed, r, 300 + r.below(900));
        // Some texts without multi-byte folds, so that every block runs interleaved.
        if (n % 2 == 0)
            for (auto& c : text)
                if (static_cast<unsigned char>(c) >= 0x80) c = 'x';
        same<keyword_sets::seed, match_mode::substring>(cut(text, r, 3));
        same<keyword_sets::seed, match_mode::whole_word>(cut(text, r, 3));
        same<edge_words, match_mode::whole_word>(cut(text, r, 2));
        if (n % 3 == 0) {
            same<keyword_sets::big, match_mode::substring>(cut(text, r, 2));
            same<keyword_sets::big, match_mode::whole_word>(cut(text, r, 2));
            // Pieces of whole blocks (the streams' fixed-length path: 1,024 bytes
            // in substring mode, 768 in whole-word mode).
            std::string longer = text;
            while (longer.size() < 5000) longer += text;
            same<keyword_sets::seed, match_mode::substring>(cut(longer, r, 2));
            same<keyword_sets::seed, match_mode::whole_word>(cut(longer, r, 2));
            same<keyword_sets::big, match_mode::substring>(cut(longer, r, 2));
            same<keyword_sets::big, match_mode::whole_word>(cut(longer, r, 2));
        }
    }
    BOOST_TEST(checked == 450u);
}

BOOST_AUTO_TEST_CASE(random_bytes) {
    rng r{7};
    // Bytes weighted towards keyword letters, gaps and the folded sequences' bytes.
    constexpr std::string_view alphabet = "acehiknoprstuACEK '-\n\t/\xE2\x84\xAA\xC4\xB0\xC2\xA0\x80\x98\x99\xCC\x87";
    checked = 0;
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        const std::size_t len = r.below(200);
        for (std::size_t i = 0; i < len; ++i)
            text += r.below(4) == 0 ? static_cast<char>(r.below(256)) : alphabet[r.below(alphabet.size())];
        same<edge_words, match_mode::substring>(cut(text, r, 6));
        same<edge_words, match_mode::whole_word>(cut(text, r, 6));
        same<keyword_sets::seed, match_mode::substring>(cut(text, r, 3));
        same<keyword_sets::big, match_mode::whole_word>(cut(text, r, 3));
    }
    BOOST_TEST(checked == 12000u);
}

// Every cut of each edge case into two and three pieces.
BOOST_AUTO_TEST_CASE(folding_edge_cases_at_every_split) {
    const std::string_view cases[] = {
        "brea\xE2\x84\xAA the ac",            // Kelvin sign for 'k'
        "\xE2\x84\xAA",
        "\xC4\xB0t's \xC4\xB0",              // U+0130 -> "i" + U+0307 (a word byte after it)
        "don\xE2\x80\x99t, it\xE2\x80\x98s",  // typographic apostrophes
        "tune-up tune \n\t up tune--up TUNE\xC2\xA0\xC2\xA0up",
        "no  ac, no-ac; no\xC2\xA0" "ac! noac",
        "  ac  ",
        "heat pump's heatpump heat\r\npump",
        "a/c A/C a / c",
        "\xE2\xE2\x84\xAA \xC4\xC4\xB0 \xC2\xC2\xA0 \xE2\x80\xE2\x80\x99",
        "back place actually ac.",
    };
    checked = 0;
    for (auto text : cases) {
        for (std::size_t i = 0; i <= text.size(); ++i)
            for (std::size_t j = i; j <= text.size(); ++j) {
                const std::vector<std::string_view> p{text.substr(0, i), text.substr(i, j - i), text.substr(j)};
                same<edge_words, match_mode::substring>(p);
                same<edge_words, match_mode::whole_word>(p);
            }
        // One byte at a time.
        std::vector<std::string_view> bytes;
        for (std::size_t i = 0; i < text.size(); ++i) bytes.push_back(text.substr(i, 1));
        same<edge_words, match_mode::substring>(bytes);
        same<edge_words, match_mode::whole_word>(bytes);
    }
    BOOST_TEST(checked > 2000u);
}

BOOST_AUTO_TEST_CASE(known_answers) {
    // Independent of the reference: the DFA's own results on small texts.
    auto hits = [](std::string_view text, auto scanner) {
        scanner.feed(text);
        return scanner.finish();
    };
    using sub = dfa_scanner<edge_words, match_mode::substring>;
    using word = dfa_scanner<edge_words, match_mode::whole_word>;
    BOOST_TEST(hits("BACK", sub{}).test(0));
    BOOST_TEST(!hits("BACK", word{}).test(0));
    BOOST_TEST(hits("the AC.", word{}).test(0));
    BOOST_TEST(hits("brea\xE2\x84\xAA", word{}).test(3));
    BOOST_TEST(hits("Tune -\n up", word{}).test(4));
    BOOST_TEST(!hits("tune-up", sub{}).test(4));
    BOOST_TEST(hits("don\xE2\x80\x99t", word{}).test(5));
    BOOST_TEST(!hits("don\xE2\x80\x99t", sub{}).test(5));
}

// The DFA in constant expressions.
namespace {
template <class Scanner>
constexpr bool finds(std::string_view a, std::string_view b, std::size_t k) {
    Scanner s;
    s.feed(a);
    s.feed(b);
    return s.finish().test(k);
}
}  // namespace
static_assert(finds<dfa_scanner<edge_words, match_mode::whole_word>>("heat p", "UMP", 9));
static_assert(!finds<dfa_scanner<edge_words, match_mode::whole_word>>("heat pumps", "", 9));
static_assert(finds<dfa_scanner<edge_words>>("\xE2\x84", "\xAA", 2));
static_assert(finds<dfa_scanner<seed_tables::text_words>>("my CO ", "detector", 4));

// A table whose row offsets pass 16 bits keeps 16-bit entries, stored divided by a
// scale (dfa_scale): the 400-keyword set's (3,547 states x 34 classes, 4,545 in
// whole-word mode), which the tests above check against the reference.
static_assert(detail::dfa_scale(664, 33) == 1 && detail::dfa_scale(3547, 34) == 2 &&
              detail::dfa_scale(4545, 34) == 4 && detail::dfa_scale(0xFFF0, 40) == 0);
static_assert(dfa_scanner<keyword_sets::big>::state_count == 3547 &&
              dfa_scanner<keyword_sets::big>::table_bytes == (3547 + 2) * 34 * 2);
static_assert(dfa_scanner<keyword_sets::big, match_mode::whole_word>::table_bytes == (4545 + 2) * 36 * 2);

// ---- The token engine (token_engine.hpp) against the reference, whole words: same
// hits, same events in the same order (end offset, then keyword index), same position.

namespace {

using ordered_events = std::vector<std::pair<std::size_t, std::size_t>>;

template <class Scanner>
auto run_ordered(const std::vector<std::string_view>& pieces, ordered_events& ev, std::size_t& position) {
    Scanner s;
    auto on = [&](std::size_t k, std::size_t end) { ev.emplace_back(k, end); };
    for (auto p : pieces) s.feed(p, on);
    position = s.position();
    return s.finish(on);
}

// The reference's result on a text, computed once and compared with any split.
template <const auto& Words>
struct reference {
    keyword_hits<Words.size()> hits;
    ordered_events events;
    std::size_t position = 0;
    explicit reference(std::string_view text) {
        hits = run_ordered<naive_scanner<Words, match_mode::whole_word>>({text}, events, position);
    }
};

std::size_t token_checked = 0;

template <const auto& Words>
void same_as(const reference<Words>& ref, const std::vector<std::string_view>& pieces) {
    ordered_events ev;
    std::size_t pos = 0;
    const auto hits = run_ordered<token_scanner<Words>>(pieces, ev, pos);
    ++token_checked;
    if (hits == ref.hits && ev == ref.events && pos == ref.position) return;
    std::string text;
    for (auto p : pieces) text += std::string(p) + "|";
    BOOST_TEST_INFO("token engine, pieces: " << text);
    BOOST_TEST((hits == ref.hits));
    BOOST_TEST(ev.size() == ref.events.size());
    BOOST_TEST(pos == ref.position);
    BOOST_TEST((ev == ref.events));
}

template <const auto& Words>
void same_token(std::string_view text, rng& r, std::size_t max_pieces) {
    const reference<Words> ref(text);
    same_as(ref, {text});
    same_as(ref, cut(text, r, max_pieces));
}

// What stresses word tokens: punctuation runs, apostrophes, long and glued words.
constexpr std::string_view token_oddities[] = {
    "...", "!!", "?!", ",,", ";:", "'s", "'S out", "\xE2\x80\x99s out", "''", "' s", "%",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "furnaceeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
    "thermostatthermostat", "12345678901234567", "abcdefghijklmnopq", "abcdefghijklmnop",
    "abcdefgh", "x9", "caf\xC3\xA9", "\xC3\xA9t\xC3\xA9", "\xE2\x84\xAA\xE2\x84\xAA", "it\xC4\xB0", "\xF0\x9F\x94\xA5",
};

template <class Words>
std::string token_transcript(const Words& words, rng& r, std::size_t tokens) {
    std::string t = transcript(words, r, tokens);
    // Splice in some of the oddities at random places.
    for (std::size_t n = r.below(4); n > 0; --n) {
        const std::size_t at = r.below(t.size() + 1);
        t.insert(at, token_oddities[r.below(std::size(token_oddities))]);
    }
    return t;
}

std::string noise(rng& r, std::size_t len) {
    constexpr std::string_view alphabet =
        "acehiknoprstuACEK '-.,!?;:%/\n\t\xE2\x84\xAA\xC4\xB0\xC2\xA0\x80\x98\x99\xCC\x87";
    std::string text;
    for (std::size_t i = 0; i < len; ++i)
        text += r.below(4) == 0 ? static_cast<char>(r.below(256)) : alphabet[r.below(alphabet.size())];
    return text;
}

}  // namespace

// The generated tables' arrays are string literals read by packed_table (little-endian,
// any alignment), in constant evaluation and at run time alike; gen-tables writes them
// from the builder's arrays and CTest generated_tables_current checks that text.
namespace {
constexpr detail::packed_table<std::uint16_t, 3> packed16{"\001\002\377\000\0004"};
constexpr detail::packed_table<std::uint32_t, 2> packed32{"\170\126\064\022\377\377\377\377"};
constexpr detail::packed_table<std::uint64_t, 1> packed64{"\010\007\006\005\004\003\002\201"};
}  // namespace
static_assert(packed16[0] == 0x0201 && packed16[1] == 0x00FF && packed16[2] == 0x3400);
static_assert(packed32[0] == 0x12345678u && packed32[1] == 0xFFFFFFFFu);
static_assert(packed64[0] == 0x8102030405060708ull);

BOOST_AUTO_TEST_CASE(packed_tables_read_the_same_at_run_time) {
    volatile std::size_t i = 0;  // not a constant: the run-time path
    BOOST_TEST(packed16[i] == 0x0201u);
    BOOST_TEST(packed16[i + 2] == 0x3400u);
    BOOST_TEST(packed32[i] == 0x12345678u);
    BOOST_TEST(packed32[i + 1] == 0xFFFFFFFFu);
    BOOST_TEST(packed64[i] == 0x8102030405060708ull);
    // The hvac117 tables are packed; their sizes are what the builder's would be.
    using tables_t = std::remove_cvref_t<decltype(detail::token_tables_of<hvac117_tables::rows>::value)>;
    static_assert(tables_t::table_bytes > 100'000);
    BOOST_TEST(token_scanner<hvac117_tables::rows>::table_bytes == tables_t::table_bytes);
}

// The generated hvac117 rows (packed_rows: keywords in one literal, numbers packed) read the
// same in constant evaluation and at run time, one after another; gen-tables (CTest
// generated_tables_current) reads every one back against its source row.
static_assert(hvac117_tables::rows[0].text() == "." && (hvac117_tables::rows[0].flags & hvac117_tables::f_stop));
static_assert([] {
    const hvac117_tables::row r{"no heat", 7, hvac117_tables::f_tag, 116, 3, true, false};
    const hvac117_tables::row back = hvac117_tables::unpacked_row(r.chars, r.size, r.flags, hvac117_tables::packed_tags(r));
    return back.text() == r.text() && back.flags == r.flags && back.tag_id == 116 && back.tag2_id == 3 && back.has_tag &&
           !back.has_tag2;
}());

BOOST_AUTO_TEST_CASE(packed_rows_read_the_same_at_run_time) {
    using hvac117_tables::rows;
    volatile std::size_t zero = 0;  // not a constant: the run-time path
    BOOST_TEST(rows[zero].text() == ".");
    std::size_t k = 0, bytes = 0;
    for (const auto r : rows) {
        const hvac117_tables::row same = rows[k + zero];
        BOOST_TEST_REQUIRE(!r.text().empty());
        BOOST_TEST(r.text() == same.text());
        BOOST_TEST(r.flags == same.flags);
        BOOST_TEST(hvac117_tables::packed_tags(r) == hvac117_tables::packed_tags(same));
        BOOST_TEST(r.chars == hvac117_tables::row_text + bytes);  // one after another
        bytes += r.text().size();
        ++k;
    }
    BOOST_TEST(k == rows.size());
    BOOST_TEST(bytes + 1 == sizeof hvac117_tables::row_text);
}

BOOST_AUTO_TEST_CASE(token_engine_hvac117_table) {
    // The reference compares ~3,000 keywords at each byte: a few hundred transcripts.
    rng r{117117};
    token_checked = 0;
    for (int n = 0; n < 800; ++n) {
        const std::string text = token_transcript(hvac117_tables::rows, r, 10 + r.below(30));
        same_token<hvac117_tables::rows>(text, r, 4);
    }
    for (int n = 0; n < 300; ++n) same_token<hvac117_tables::rows>(noise(r, r.below(100)), r, 4);
    BOOST_TEST(token_checked == 2200u);
}

BOOST_AUTO_TEST_CASE(token_engine_490_keywords) {
    rng r{490490};
    token_checked = 0;
    for (int n = 0; n < 1500; ++n) {
        const std::string text = token_transcript(keyword_sets::big, r, 10 + r.below(40));
        same_token<keyword_sets::big>(text, r, 4);
    }
    for (int n = 0; n < 500; ++n) same_token<keyword_sets::big>(noise(r, r.below(150)), r, 4);
    BOOST_TEST(token_checked == 4000u);
}

namespace {
// Single words only (no ' ' in any keyword: a space takes the scanner to the root), the
// longest of 8 bytes (cap 9: the smallest set whose words take the 8-byte start); and the
// same words with one of 9 bytes.
inline constexpr std::array<std::string_view, 9> single_words{
    "ac", "furnace", "filter", "k", "it's", "a/c", "blowing", "thermost", "e",
};
inline constexpr std::array<std::string_view, 10> single_words_9{
    "ac", "furnace", "filter", "k", "it's", "a/c", "blowing", "thermost", "e", "condenser",
};
}  // namespace

BOOST_AUTO_TEST_CASE(token_engine_single_word_sets) {
    rng r{9};
    token_checked = 0;
    for (int n = 0; n < 1500; ++n) {
        const std::string text = token_transcript(single_words_9, r, 10 + r.below(40));
        same_token<single_words>(text, r, 4);
        same_token<single_words_9>(text, r, 4);
    }
    for (int n = 0; n < 500; ++n) {
        const std::string text = noise(r, r.below(150)) + " thermost thermostat Thermost, condenser condensers";
        same_token<single_words>(text, r, 4);
        same_token<single_words_9>(text, r, 4);
    }
    BOOST_TEST(token_checked == 8000u);
}

BOOST_AUTO_TEST_CASE(token_engine_small_sets_random_bytes) {
    rng r{8};
    token_checked = 0;
    for (int n = 0; n < 3000; ++n) {
        const std::string text = noise(r, r.below(200));
        same_token<edge_words>(text, r, 6);
        same_token<keyword_sets::seed>(text, r, 3);
    }
    BOOST_TEST(token_checked == 12000u);
}

namespace {
// Every cut into two and three pieces, and byte by byte; the reference runs once.
template <const auto& Words>
void every_split(std::string_view text) {
    const reference<Words> ref(text);
    for (std::size_t i = 0; i <= text.size(); ++i)
        for (std::size_t j = i; j <= text.size(); ++j)
            same_as(ref, {text.substr(0, i), text.substr(i, j - i), text.substr(j)});
    std::vector<std::string_view> bytes;
    for (std::size_t i = 0; i < text.size(); ++i) bytes.push_back(text.substr(i, 1));
    same_as(ref, bytes);
}
}  // namespace

BOOST_AUTO_TEST_CASE(token_engine_every_split) {
    const std::string_view cases[] = {
        "brea\xE2\x84\xAA the ac. It's out!",
        "\xC4\xB0t's \xC4\xB0 no heat, no-heat; no\xC2\xA0heat",
        "don\xE2\x80\x99t, it\xE2\x80\x98s out... it's  out?! heat's out",
        "tune-up tune \n\t up tune--up TUNE\xC2\xA0\xC2\xA0up",
        "A/C a / c ac/dc ACs furnaceeeeeeeeeeeeeeeeeee furnace.",
        "\xE2\xE2\x84\xAA \xC4\xC4\xB0 \xC2\xC2\xA0 \xE2\x80\xE2\x80\x99 gas\xE2\x80\x99s",
        "caf\xC3\xA9 smell gas\xC3\xA9 gas smell, smell of gas",
        "no heat since yesterday... no, but I smell gas",
    };
    token_checked = 0;
    for (auto text : cases) {
        every_split<hvac117_tables::rows>(text);
        every_split<keyword_sets::big>(text);
        every_split<edge_words>(text);
    }
    std::size_t expected = 0;
    for (auto text : cases) expected += 3 * ((text.size() + 1) * (text.size() + 2) / 2 + 1);
    BOOST_TEST(token_checked == expected);
}

BOOST_AUTO_TEST_CASE(token_engine_known_answers) {
    auto hits = [](std::string_view text) {
        token_scanner<edge_words> s;
        s.feed(text);
        return s.finish();
    };
    BOOST_TEST(!hits("BACK").test(0));
    BOOST_TEST(hits("the AC.").test(0));
    BOOST_TEST(hits("brea\xE2\x84\xAA").test(3));
    BOOST_TEST(hits("Tune -\n up").test(4));
    BOOST_TEST(hits("don\xE2\x80\x99t").test(5));
    BOOST_TEST(hits("heat's").test(10));   // "'s" needs no boundary before it
    BOOST_TEST(!hits("heatpump").test(9));
}

// The default engine: the token engine for the hvac117 table, the DFA otherwise.
static_assert(std::is_same_v<default_engine::scanner<hvac117_tables::rows, match_mode::whole_word>,
                             token_scanner<hvac117_tables::rows>>);
static_assert(std::is_same_v<default_engine::scanner<keyword_sets::big, match_mode::whole_word>,
                             dfa_scanner<keyword_sets::big, match_mode::whole_word>>);

// The token engine in constant expressions.
// The token engine's 8-byte word start (token_alnum_run): every byte value at every place
// after a first letter ends the run exactly when it is not an ASCII letter or digit.
static_assert([] {
    for (unsigned b = 0; b < 256; ++b) {
        const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
        for (unsigned at = 1; at < 8; ++at) {
            const std::uint64_t x = (0x6161616161616161ull & ~(0xFFull << 8 * at)) | std::uint64_t{b} << 8 * at;
            if (detail::token_alnum_run(x) != (alnum ? 8u : at)) return false;
        }
    }
    return detail::token_alnum_run(0x3039415a617a4d33ull) == 8;  // "3MzaZA90" read little-endian: all alnum
}());
static_assert(detail::token_byteswap(0x0102030405060708ull) == 0x0807060504030201ull);
static_assert(finds<token_scanner<single_words_9>>("the Conden", "ser", 9));
static_assert(!finds<token_scanner<single_words_9>>("the conden", "sers", 9));
static_assert(finds<token_scanner<edge_words>>("heat p", "UMP", 9));
static_assert(!finds<token_scanner<edge_words>>("heat pumps", "", 9));
static_assert(finds<token_scanner<edge_words>>("\xE2\x84", "\xAA", 2));
namespace {
constexpr std::size_t index_of(std::string_view w) {
    for (std::size_t k = 0; k < hvac117_tables::rows.size(); ++k)
        if (hvac117_tables::rows[k].text() == w) return k;
    return hvac117_tables::rows.size();
}
}  // namespace
static_assert(finds<token_scanner<hvac117_tables::rows>>("my furnace stopped ", "WORKING",
                                                          index_of("stopped working")));
static_assert(!finds<token_scanner<hvac117_tables::rows>>("my furnace stopped ", "WORKINGS",
                                                           index_of("stopped working")));

// --- the SIMD prefilter (match/prefilter.hpp) -----------------------------------
//
// A substring scanner fed without a callback filters the text with AVX-512 VBMI
// where the CPU has it; with simd::none, or on another CPU, it runs the automaton
// alone. Both must find the reference's hits, on any text and any cut.

namespace {

// Two-byte keywords, punctuation and digits, keywords that are prefixes of others.
inline constexpr std::array<std::string_view, 12> short_words{
    "ac", "no ac", "r-22", "r22", "a/c", "it's", "heat", "heat pump", "he", "k9", "zz", "carbon monoxide",
};

std::size_t simd_checked = 0;

template <const auto& Words>
void same_hits(const std::vector<std::string_view>& pieces) {
    naive_scanner<Words, match_mode::substring> ref;
    dfa_scanner<Words, match_mode::substring, simd::automatic> fast;
    dfa_scanner<Words, match_mode::substring, simd::none> plain;
    for (auto p : pieces) {
        ref.feed(p);
        fast.feed(p);
        plain.feed(p);
    }
    const auto want = ref.finish();
    ++simd_checked;
    if (fast.finish() == want && plain.finish() == want && fast.position() == plain.position()) return;
    std::string text;
    for (auto p : pieces) text += std::string(p) + "|";
    BOOST_TEST_INFO("pieces: " << text);
    BOOST_TEST(false);
}

}  // namespace

static_assert(detail::pf_pays(seed_tables::text_words) && detail::pf_pays(rule_tables::problem_words));
static_assert(detail::pf_pays(short_words) && !detail::pf_pays(keyword_sets::big));

BOOST_AUTO_TEST_CASE(prefilter_path_taken_where_the_cpu_has_it) {
    BOOST_TEST_MESSAGE("AVX-512 VBMI prefilter on this CPU: " << (detail::pf_cpu_ok() ? "yes" : "no (automaton only)"));
    BOOST_TEST((dfa_scanner<seed_tables::text_words>::simd_active() == detail::pf_cpu_ok()));
    BOOST_TEST(!(dfa_scanner<seed_tables::text_words, match_mode::substring, simd::none>::simd_active()));
    BOOST_TEST(!(dfa_scanner<seed_tables::text_words, match_mode::substring, simd::plain>::simd_active()));
    BOOST_TEST(!(dfa_scanner<keyword_sets::big>::simd_active()));  // too many first pairs: the automaton
    BOOST_TEST(!(dfa_scanner<keyword_sets::seed, match_mode::whole_word>::simd_active()));
}

// Every keyword at every offset of a text: its start always passes the filter,
// in the middle of a block, across blocks and in the padded last block.
BOOST_AUTO_TEST_CASE(prefilter_never_fails_a_keyword_start) {
    if (!detail::pf_cpu_ok()) {
        BOOST_TEST_MESSAGE("no AVX-512 VBMI: the filter step is not run on this CPU");
        return;
    }
    constexpr const auto& P = detail::prefilter_of<seed_tables::text_words>::value;
    rng r{99};
    std::size_t tried = 0;
    for (std::size_t k = 0; k < seed_tables::text_words.size(); ++k) {
        const std::string_view w = seed_tables::text_words[k];
        for (std::size_t at = 0; at + w.size() <= 200; ++at) {
            std::string text(200, ' ');
            for (auto& c : text) c = static_cast<char>(r.below(256));
            for (std::size_t i = 0; i < w.size(); ++i)
                text[at + i] = r.below(2) && w[i] >= 'a' && w[i] <= 'z' ? static_cast<char>(w[i] - 32) : w[i];
            const std::size_t n = at + w.size() + r.below(200 - at - w.size() + 1);
            for (auto& c : text)  // no multi-byte fold lead bytes: the filter would stop
                if (c == '\xC4' || c == '\xE2') c = 'q';
            std::uint64_t masks[4] = {};
            const std::size_t blocks = (n + 63) / 64;
            const auto done = detail::pf_scan_avx512(reinterpret_cast<const unsigned char*>(text.data()), n,
                                                     blocks, P.tab, masks);
            BOOST_TEST_REQUIRE(done == blocks);
            BOOST_TEST_INFO("keyword " << w << " at " << at << " of " << n);
            BOOST_TEST(((masks[at / 64] >> (at % 64)) & 1) == 1u);
            ++tried;
        }
    }
    BOOST_TEST(tried > 10000u);
}

BOOST_AUTO_TEST_CASE(prefilter_hits_equal_the_reference) {
    rng r{20261205};
    simd_checked = 0;
    for (int n = 0; n < 400; ++n) {
        // Up to ~6 KB: long pieces retire the keywords found from the filter's tables.
        std::string text = transcript(keyword_sets::seed, r, 20 + r.below(n % 10 == 0 ? 1500 : 200));
        if (n % 3 == 0)  // no multi-byte folds: the filter runs to the end
            for (auto& c : text)
                if (static_cast<unsigned char>(c) >= 0x80) c = 'x';
        same_hits<seed_tables::text_words>(cut(text, r, 1 + r.below(4)));
        same_hits<keyword_sets::seed>(cut(text, r, 3));
        same_hits<rule_tables::problem_words>(cut(text, r, 2));
        same_hits<short_words>(cut(text, r, 5));
    }
    BOOST_TEST(simd_checked == 1600u);
}

// A keyword whose folded form needs the fold (Kelvin sign, U+0130) in a long
// text: the filter stops at that block and the automaton finds it.
BOOST_AUTO_TEST_CASE(prefilter_stops_at_multibyte_folds) {
    const std::string pad(700, 'x');
    const std::string texts[] = {
        pad + " brea\xE2\x84\xAA" "er " + pad,                 // breaker, with a Kelvin sign
        pad + " \xC4\xB0nstall " + pad,                        // U+0130: "i\u0307nstall", no "install"
        pad + " no heat " + pad + "\xE2\x84\xAA" + " gas",     // fold late, keywords after it
        pad.substr(0, 64) + "heat pump" + pad.substr(0, 60) + "ac",
    };
    simd_checked = 0;
    for (const auto& t : texts) {
        same_hits<seed_tables::text_words>({t});
        same_hits<short_words>({t});
        for (std::size_t cut_at = 0; cut_at <= t.size(); cut_at += 37)
            same_hits<seed_tables::text_words>({std::string_view(t).substr(0, cut_at), std::string_view(t).substr(cut_at)});
    }
    BOOST_TEST(simd_checked > 100u);
    dfa_scanner<seed_tables::text_words> s;
    s.feed(texts[0]);
    BOOST_TEST(s.finish().test(10));  // "breaker" through the fold
    BOOST_TEST(seed_tables::text_words[10] == "breaker");
}

// Curly quotes (E2 80 99) fold to themselves: the filter goes on past them. A
// piece that ends with a fold's first bytes (E2, E2 84, C4) leaves them to the
// automaton, which joins them with the next piece's.
BOOST_AUTO_TEST_CASE(prefilter_curly_quotes_and_folds_cut_at_piece_ends) {
    const std::string pad(300, 'y');
    // "brea" + Kelvin sign + "er" (breaker) and U+0130 + "nstall", cut inside the fold.
    const std::pair<std::string, std::string> cuts[] = {
        {"brea\xE2", "\x84\xAA" "er "},
        {"brea\xE2\x84", "\xAA" "er "},
        {"the \xC4", "\xB0nstall "},
    };
    simd_checked = 0;
    for (const auto& [end, start] : cuts) {
        const std::string first = pad + " it\xE2\x80\x99s the " + end;
        const std::string second = start + pad + " gas";
        same_hits<seed_tables::text_words>({first, second});
        same_hits<short_words>({first, second});
    }
    BOOST_TEST(simd_checked == 6u);
    dfa_scanner<seed_tables::text_words> s;  // "brea" + Kelvin sign + "er": breaker
    s.feed(pad + " brea\xE2");
    s.feed("\x84");
    s.feed("\xAA" "er " + pad);
    BOOST_TEST(s.finish().test(10));
}

// A scanner is a literal type: a constant, copied and returned in constant
// evaluation, with the prefilter's state (zeroed there, not at run time).
namespace {
constexpr dfa_scanner<seed_tables::text_words> idle_scanner{};
constexpr auto scanned_copy = [] {
    dfa_scanner<seed_tables::text_words> s;
    s.feed("there is a gas smell");
    auto copy = s;
    copy.feed(" and smoke");
    return copy;
}();
}  // namespace
static_assert(idle_scanner.position() == 0);
static_assert(scanned_copy.position() == 30);
