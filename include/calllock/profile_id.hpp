// Profiles by name, for choices made at run time (the CLI's --profile).
#pragma once
#include <array>
#include <optional>
#include <string_view>

#include "civil_time.hpp"
#include "classify.hpp"
#include "profiles/hvac117.hpp"

namespace calllock {

// hvac117 is the default; seed keeps the plan's exact results.
enum class ProfileId : unsigned char { seed, hvac117 };

inline constexpr std::array<std::string_view, 2> profile_names{"seed", "hvac117"};
inline constexpr ProfileId default_profile = ProfileId::hvac117;

[[nodiscard]] constexpr std::string_view name(ProfileId p) noexcept {
    return profile_names[static_cast<std::size_t>(p)];
}

[[nodiscard]] constexpr std::optional<ProfileId> parse_profile(std::string_view s) noexcept {
    for (std::size_t i = 0; i < profile_names.size(); ++i)
        if (profile_names[i] == s) return static_cast<ProfileId>(i);
    return std::nullopt;
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

}  // namespace calllock
