// Classification with a profile chosen at run time: classify_call(ProfileId, ...).
// The one header that knows every profile (profiles/seed.hpp through classify.hpp,
// profiles/hvac117.hpp); a profile's header knows only itself and the shared rules.
#pragma once
#include "civil_time.hpp"
#include "classify.hpp"
#include "profile_id.hpp"
#include "profiles/hvac117.hpp"

namespace calllock {

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

}  // namespace calllock
