// Classification with a profile chosen at run time: classify_call(ProfileId, ...).
// The one header that knows every profile (profiles/seed.hpp through classify.hpp,
// profiles/hvac117.hpp); a profile's header knows only itself and the shared rules.
#pragma once
#include "civil_time.hpp"
#include "classify.hpp"
#include "detail/config.hpp"
#include "profile_id.hpp"
#include "profiles/hvac117.hpp"
#include "profiles/seed.hpp"

namespace calllock {

// The default profile as a type (default_profile names it at run time).
using default_profile_type = hvac117_profile;
static_assert(default_profile == ProfileId::hvac117, "default_profile_type is the profile default_profile names");

// With the default profile: classify_call(s), classify_text(facts, text),
// classify_tags(s, text). Name a profile for another one (classify_call<seed_profile>(s):
// the plan's rules) or an engine (classify_call<hvac117_profile, match::naive_engine>(s)).
[[nodiscard]] constexpr Classification classify_call(const CallSession& s) {
    return classify_call<default_profile_type>(s);
}
[[nodiscard]] constexpr Classification classify_text(const CallFacts& facts, std::string_view transcript_text) {
    return classify_text<default_profile_type>(facts, transcript_text);
}
[[nodiscard]] constexpr Tags classify_tags(const CallSession& s, std::string_view transcript_text) {
    return classify_tags<default_profile_type>(s, transcript_text);
}

// Templates, so that a translation unit builds a profile's tables only when it
// classifies with it.
template <class Engine = default_engine>
[[nodiscard]] constexpr Classification classify_call(ProfileId p, const CallSession& s) {
    switch (p) {
        case ProfileId::seed: return classify_call<seed_profile, Engine>(s);
        case ProfileId::hvac117: break;
    }
    return classify_call<hvac117_profile, Engine>(s);
}

// With the business time zone (the seed profile has no time tags and ignores it).
template <class Engine = default_engine>
[[nodiscard]] constexpr Classification classify_call(ProfileId p, const CallSession& s,
                                                     const TimeZone& zone) {
    if (p == ProfileId::seed) return classify_call<seed_profile, Engine>(s);
    return hvac117_profile::classify<Engine>(
        facts_of(s), [&](auto&& f) { hvac117_profile::session_text(s, f); }, zone);
}

#if defined(CALLLOCK_SEPARATE_COMPILATION)
// With separate compilation (detail/config.hpp), these two are compiled once, in the
// unit that includes <calllock/src_core.hpp> (or <calllock/src.hpp>, which includes
// it): a call that names no engine picks them over the templates above, so a unit that
// classifies does not generate the profiles' code (about 0.7 s of g++ -O2 per unit).
// They are not constexpr: in a constant expression, name the engine
// (classify_call<default_engine>(p, s)) or the profile (classify_call<hvac117_profile>(s)).
[[nodiscard]] Classification classify_call(ProfileId p, const CallSession& s);
[[nodiscard]] Classification classify_call(ProfileId p, const CallSession& s, const TimeZone& zone);
#endif

}  // namespace calllock
