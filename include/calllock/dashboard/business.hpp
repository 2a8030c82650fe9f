// The business the payloads are for, checked and resolved: the account's email is
// one, the time zone is found, the callback promise is positive. A ConfigError names
// the setting (BusinessConfig, settings.hpp) that cannot work.
#pragma once
#include <string>

#include "../civil_time.hpp"
#include "../detail/utf8.hpp"
#include "../profile_id.hpp"
#include "config_error.hpp"
#include "contract.hpp"
#include "settings.hpp"

namespace calllock {

// A configuration checked and resolved (the time zone found).
struct Business {
    std::string user_email;
    TimeZone zone;
    int callback_promised_minutes = 30;
    ProfileId profile = default_profile;
};

[[nodiscard]] inline ConfigResult<Business> check_config(const BusinessConfig& c) {
    if (c.user_email.empty())
        return ConfigError{"user_email", "missing: set the dashboard account's email (DASHBOARD_USER_EMAIL)"};
    if (!contract::is_email(c.user_email))
        return ConfigError{"user_email", "'" + detail::to_valid_utf8(c.user_email) + "' is not an email address"};
    const auto zone = find_time_zone(c.time_zone);
    if (!zone)
        return ConfigError{"time_zone", "unknown time zone '" + detail::to_valid_utf8(c.time_zone) +
                                            "' (an IANA name such as America/Chicago, or a POSIX TZ rule)"};
    if (c.callback_promised_minutes <= 0)
        return ConfigError{"callback_promised_minutes", "must be greater than 0"};
    return Business{c.user_email, *zone, c.callback_promised_minutes, c.profile};
}

}  // namespace calllock
