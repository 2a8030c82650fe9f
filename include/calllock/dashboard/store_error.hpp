// An outbox that could not store, move or read back what it keeps: a file the file
// outbox could not write ("cannot rename .jobs.json.tmp: No space left on device"), a
// statement PostgreSQL refused, a lease another worker took over. The call stays where
// it was (pending, or in the agent's memory for the caller to report); nothing is
// dropped silently. One type for both outboxes.
#pragma once
#include <boost/system/result.hpp>
#include <boost/throw_exception.hpp>

#include <stdexcept>
#include <string>

namespace calllock {

struct StoreError {
    std::string message;  // what was being done, to what, and why
    // A copy, as ConfigError's: result::error() returns the error by value, and a
    // reference into that temporary would not outlive the statement.
    [[nodiscard]] std::string what() const { return message; }
    friend bool operator==(const StoreError&, const StoreError&) = default;
};

// For boost::system::result<T, StoreError>::value() on an error (found by ADL).
[[noreturn]] inline void throw_exception_from_error(const StoreError& e, const boost::source_location& loc) {
    boost::throw_exception(std::runtime_error(e.message), loc);
}

// StoreResult<> (nothing to return) or StoreResult<T>.
template <class T = void>
using StoreResult = boost::system::result<T, StoreError>;

}  // namespace calllock
