// Profiles by name, for choices made at run time (the CLI's --profile, a
// business's configuration). Names only: profiles.hpp classifies by ProfileId.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

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

}  // namespace calllock
