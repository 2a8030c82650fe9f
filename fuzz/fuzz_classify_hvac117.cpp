// Fuzz target: the hvac117 profile on fuzzer-chosen facts, text and business time
// zone (a POSIX TZ rule from the input, else the default America/Chicago). Besides
// the common rules (classify_checks.hpp): time tags need a start time, at
// most one duration tag, the zone changes only the time tags, and
// classifying a session equals classifying its caller turns joined as the profile
// reads them (with the agent's question before a yes, and the lead-ins). hvac117 scans its
// ~9,300 keywords with the default engine (the token engine), and on texts up to
// 256 bytes also with the reference engine, which must give the same
// classification; scripts/fuzz.sh gives it -max_len=192.
#include "classify_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace calllock;
    fuzz::input in(data, size);
    const std::string_view rule = in.bytes(40);
    const std::optional<TimeZone> parsed = rule.empty() ? std::nullopt : TimeZone::parse(rule);
    const TimeZone zone = parsed ? *parsed : hvac117_tables::default_zone;
    const fuzz::fuzzed_call call = fuzz::read_call(in);

    // Against the reference engine too, on texts short enough for its slow scan.
    const Classification c = fuzz::classify_checked<hvac117_profile>(call, call.text.size() <= 256);
    using fuzz::time_tags;
    if (!(call.facts.start_time > 0.0)) CALLLOCK_FUZZ_CHECK((c.tags.set() & time_tags).empty());
    CALLLOCK_FUZZ_CHECK((c.tags.set() & fuzz::duration_tags).size() <= 1);  // the first duration stated
    const Classification z = hvac117_profile::classify<default_engine>(
        call.facts, [&](auto&& f) { f(call.text); }, zone);
    fuzz::check_common<hvac117_profile>(call.facts, z);
    // The zone decides the time tags only.
    CALLLOCK_FUZZ_CHECK(c.tags.set() - time_tags == z.tags.set() - time_tags);

    const CallSession s = fuzz::session_of(call);
    // The reading for_each_caller_piece documents, rebuilt from its predicates: the agent's
    // last question (without its '?') before a yes to it, the lead-ins before an answer to
    // "when did it start?" / a bare answer to "how old?".
    std::string caller;
    std::string_view agent;
    for (const auto& e : s.transcript_log) {
        if (e.role == Role::agent) agent = e.content;
        if (e.role != Role::user) continue;
        const std::string_view question = last_question(agent);
        if (!question.empty() && !asks_if_fine(question) && answers_yes(e.content))
            caller += std::string(question.substr(0, question.size() - 1)) + " . ";
        if (asks_when_started(agent)) caller += answer_lead_in;
        else if (asks_how_old(agent) && e.content.size() <= bare_answer_bytes) caller += age_lead_in;
        agent = {};
        caller += e.content + " . ";
    }
    const Classification from_log = classify_call(ProfileId::hvac117, s, zone);
    fuzz::check_common<hvac117_profile>(facts_of(s), from_log);
    CALLLOCK_FUZZ_CHECK(fuzz::same(from_log, hvac117_profile::classify<default_engine>(
                                                 facts_of(s), [&](auto&& f) { f(caller); }, zone)));
    return 0;
}
