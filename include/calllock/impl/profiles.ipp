// The definitions profiles.hpp declares under CALLLOCK_SEPARATE_COMPILATION:
// classification with a profile chosen at run time, default engine. Included by
// src_core.hpp after profiles.hpp, never alone.
#pragma once

namespace calllock {

Classification classify_call(ProfileId p, const CallSession& s) { return classify_call<default_engine>(p, s); }

Classification classify_call(ProfileId p, const CallSession& s, const TimeZone& zone) {
    return classify_call<default_engine>(p, s, zone);
}

}  // namespace calllock
