// Fuzz target: the compile-time DFA against the reference engine (naive_scanner)
// on any text, cut into pieces at fuzzer-chosen places. Both must report the same
// hits, the same multiset of (keyword, end offset) events and the same position,
// for the seed's tables (substring, as the seed profile scans) and the ~490-keyword
// set of the tests, in both semantics. The token engine (the default for hvac117's
// ~3,000 whole-word keywords) against the reference too: same hits, the same events in
// the same order and the same position, on the seed's, the ~490 and hvac117's tables.
#include <calllock/calllock.hpp>

#include "fuzz_support.hpp"
#include "support/keyword_sets.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace calllock;
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

template <const auto& Words, match_mode Mode>
void same(const std::vector<std::string_view>& pieces, std::string_view whole) {
    events a, b, c;
    std::size_t pa = 0, pb = 0, pc = 0;
    const auto ha = run<naive_scanner<Words, Mode>>(pieces, a, pa);
    const auto hb = run<dfa_scanner<Words, Mode>>(pieces, b, pb);
    const auto hc = run<dfa_scanner<Words, Mode>>({whole}, c, pc);  // pieces = their concatenation
    CALLLOCK_FUZZ_CHECK(ha == hb);
    CALLLOCK_FUZZ_CHECK(a == b);
    CALLLOCK_FUZZ_CHECK(pa == pb);
    CALLLOCK_FUZZ_CHECK(hb == hc);
    CALLLOCK_FUZZ_CHECK(b == c);
    CALLLOCK_FUZZ_CHECK(pb == pc);
}

// The token engine reports events in the reference's order: compared unsorted.
template <const auto& Words>
void same_token(const std::vector<std::string_view>& pieces, std::string_view whole) {
    events a, b, c;
    std::size_t pa = 0, pb = 0, pc = 0;
    auto ordered = [](const std::vector<std::string_view>& ps, auto scanner, events& ev, std::size_t& pos) {
        auto on = [&](std::size_t k, std::size_t end) { ev.emplace_back(k, end); };
        for (auto p : ps) scanner.feed(p, on);
        pos = scanner.position();
        return scanner.finish(on);
    };
    const auto ha = ordered({whole}, naive_scanner<Words, match_mode::whole_word>{}, a, pa);
    const auto hb = ordered(pieces, token_scanner<Words>{}, b, pb);
    const auto hc = ordered({whole}, token_scanner<Words>{}, c, pc);
    CALLLOCK_FUZZ_CHECK(ha == hb);
    CALLLOCK_FUZZ_CHECK(a == b);
    CALLLOCK_FUZZ_CHECK(pa == pb);
    CALLLOCK_FUZZ_CHECK(hb == hc);
    CALLLOCK_FUZZ_CHECK(b == c);
    CALLLOCK_FUZZ_CHECK(pb == pc);
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

    same<seed_tables::text_words, match_mode::substring>(pieces, text);
    same<seed_tables::problem_words, match_mode::substring>(pieces, text);
    same<keyword_sets::seed, match_mode::substring>(pieces, text);
    same<keyword_sets::seed, match_mode::whole_word>(pieces, text);
    same<keyword_sets::big, match_mode::substring>(pieces, text);
    same<keyword_sets::big, match_mode::whole_word>(pieces, text);
    same_token<keyword_sets::seed>(pieces, text);
    same_token<keyword_sets::big>(pieces, text);
    same_token<hvac117_tables::words>(pieces, text);
    return 0;
}
