// Fuzz target: the compile-time DFA against the reference engine (naive_scanner)
// on any text, cut into pieces at fuzzer-chosen places. Both must report the same
// hits, the same multiset of (keyword, end offset) events and the same position,
// for the seed's tables (substring, as the seed profile scans) and the ~490-keyword
// set of the tests, in both semantics. The token engine (the default for hvac117's
// ~3,000 whole-word keywords) against the reference too: same hits, the same events in
// the same order and the same position, on the seed's, the ~490 and hvac117's tables.
// And the substring sets scanned for hits alone, through the SIMD prefilter.
#include <calllock/calllock.hpp>

#include "fuzz_support.hpp"
#include "support/keyword_sets.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace {

using namespace calllock;
using namespace calllock::match;
using events = std::vector<std::pair<std::size_t, std::size_t>>;

// One scan: the hits, the (keyword, end offset) events and the position. sorted:
// the DFA may confirm events in another order than the reference; the token engine
// reports them in the reference's order and is compared unsorted.
template <class Scanner>
auto run(const std::vector<std::string_view>& pieces, bool sorted) {
    Scanner s;
    events ev;
    auto on = [&](std::size_t k, std::size_t end) { ev.emplace_back(k, end); };
    for (auto p : pieces) s.feed(p, on);
    const std::size_t position = s.position();
    auto hits = s.finish(on);
    if (sorted) std::sort(ev.begin(), ev.end());
    return std::make_tuple(hits, ev, position);
}

// The engine on the pieces equals the reference (on `reference_input`), and the
// engine on the whole text (pieces behave as their concatenation).
template <class Reference, class Engine>
void same(const std::vector<std::string_view>& pieces, std::string_view whole,
          const std::vector<std::string_view>& reference_input, bool sorted) {
    const auto ref = run<Reference>(reference_input, sorted);
    CALLLOCK_FUZZ_CHECK(run<Engine>(pieces, sorted) == ref);
    CALLLOCK_FUZZ_CHECK(run<Engine>({whole}, sorted) == ref);
}

template <const auto& Words, match_mode Mode>
void same_dfa(const std::vector<std::string_view>& pieces, std::string_view whole) {
    same<naive_scanner<Words, Mode>, dfa_scanner<Words, Mode>>(pieces, whole, pieces, true);
}

// Hits alone (no callback): a substring scanner takes its SIMD prefilter where the
// CPU has one; the hits equal the reference's, on the pieces and on the whole text.
template <const auto& Words>
void same_hits(const std::vector<std::string_view>& pieces, std::string_view whole) {
    naive_scanner<Words, match_mode::substring> ref;
    dfa_scanner<Words, match_mode::substring> cut, one;
    for (auto p : pieces) {
        ref.feed(p);
        cut.feed(p);
    }
    one.feed(whole);
    const auto want = ref.finish();
    CALLLOCK_FUZZ_CHECK(cut.finish() == want);
    CALLLOCK_FUZZ_CHECK(one.finish() == want);
}

template <const auto& Words>
void same_token(const std::vector<std::string_view>& pieces, std::string_view whole) {
    same<naive_scanner<Words, match_mode::whole_word>, token_scanner<Words>>(pieces, whole, {whole}, false);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::input in(data, size);
    const std::size_t cuts = in.below(8);
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < cuts; ++i) at.push_back(in.byte());
    const std::string_view text = in.rest();
    // Cut points as offsets into the text, in order (pieces may be empty).
    for (auto& x : at) x = text.empty() ? 0 : (x * text.size()) / 255;
    std::sort(at.begin(), at.end());
    std::vector<std::string_view> pieces;
    std::size_t from = 0;
    for (auto x : at) {
        pieces.push_back(text.substr(from, x - from));
        from = x;
    }
    pieces.push_back(text.substr(from));

    same_dfa<seed_tables::text_words, match_mode::substring>(pieces, text);
    same_dfa<rule_tables::problem_words, match_mode::substring>(pieces, text);
    same_dfa<keyword_sets::seed, match_mode::substring>(pieces, text);
    same_dfa<keyword_sets::seed, match_mode::whole_word>(pieces, text);
    same_dfa<keyword_sets::big, match_mode::substring>(pieces, text);
    same_dfa<keyword_sets::big, match_mode::whole_word>(pieces, text);
    same_hits<seed_tables::text_words>(pieces, text);
    same_hits<rule_tables::problem_words>(pieces, text);
    same_hits<keyword_sets::seed>(pieces, text);
    same_token<keyword_sets::seed>(pieces, text);
    same_token<keyword_sets::big>(pieces, text);
    same_token<hvac117_tables::rows>(pieces, text);
    return 0;
}
