// The crash points of the durable outboxes (outbox.hpp, delivery.hpp): named places
// where the crash-matrix test (tests/test_crash_matrix.cpp) kills the process.
#pragma once
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>
#include <string_view>

namespace calllock::detail {

// A named point where the crash-matrix test kills the process: with
// CALLLOCK_CRASH_POINTS defined (only the test's agent is built so), the environment
// variable CALLLOCK_CRASH_AT=NAME[#N] sends SIGKILL to this process the N-th time
// (default 1) that NAME is reached. Without the macro it is nothing.
inline void crash_point([[maybe_unused]] std::string_view name) noexcept {
#ifdef CALLLOCK_CRASH_POINTS
    static const std::string spec = [] {
        const char* v = std::getenv("CALLLOCK_CRASH_AT");
        return std::string(v ? v : "");
    }();
    static std::atomic<long> hits{0};
    const auto hash = spec.find('#');
    if (spec.empty() || std::string_view(spec).substr(0, hash) != name) return;
    const long want = hash == std::string::npos ? 1 : std::atol(spec.c_str() + hash + 1);
    if (++hits == want) ::kill(::getpid(), SIGKILL);
#endif
}

}  // namespace calllock::detail
