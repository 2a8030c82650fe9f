// Fuzz target: the seed profile (the plan's rules) on fuzzer-chosen facts and text.
// Besides the common rules (classify_checks.hpp): the naive and DFA engines agree,
// a HAZARD tag appears exactly on a safety exit, no time or duration tag, and classifying a session from
// its transcript log equals classifying its plain-text transcript.
#include "classify_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace calllock;
    fuzz::input in(data, size);
    const fuzz::fuzzed_call call = fuzz::read_call(in);
    const Classification c = fuzz::classify_checked<seed_profile>(call, true);
    CALLLOCK_FUZZ_CHECK(c.tags.empty(Category::HAZARD) == (call.facts.state != State::safety_exit));
    CALLLOCK_FUZZ_CHECK((c.tags.set() & (fuzz::time_tags | fuzz::duration_tags)).empty());  // no time rules

    const CallSession s = fuzz::session_of(call);
    const std::string text = to_plain_text(s.transcript_log);
    const Classification from_log = classify_call<seed_profile>(s);
    CALLLOCK_FUZZ_CHECK(fuzz::same(from_log, classify_text<seed_profile>(facts_of(s), text)));
    CALLLOCK_FUZZ_CHECK(fuzz::same(from_log, classify_text<seed_profile, match::naive_engine>(facts_of(s), text)));
    CALLLOCK_FUZZ_CHECK(fuzz::same(from_log, classify_call(ProfileId::seed, s)));
    CALLLOCK_FUZZ_CHECK(fuzz::same(from_log, classify_call(ProfileId::seed, s, hvac117_tables::default_zone)));
    return 0;
}
