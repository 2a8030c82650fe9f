// A configuration that cannot work (a missing email, a URL that is not one, an
// unknown time zone): reported before anything is sent. One type for the whole
// library.
#pragma once
#include <boost/system/result.hpp>
#include <boost/throw_exception.hpp>

#include <stdexcept>
#include <string>

namespace calllock {

struct ConfigError {
    std::string field;    // the setting: "user_email", "webhook_url", "time_zone", ...
    std::string message;
    [[nodiscard]] std::string what() const { return "configuration '" + field + "': " + message; }
    friend bool operator==(const ConfigError&, const ConfigError&) = default;
};

// For boost::system::result<T, ConfigError>::value() on an error (found by ADL).
[[noreturn]] inline void throw_exception_from_error(const ConfigError& e, const boost::source_location& loc) {
    boost::throw_exception(std::invalid_argument(e.what()), loc);
}

template <class T>
using ConfigResult = boost::system::result<T, ConfigError>;

}  // namespace calllock
