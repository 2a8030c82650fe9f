// The log sink of the post-call phase and the outbox: one line per event, never
// the webhook secret. Header only, standard library only.
#pragma once
#include <cstdio>
#include <functional>
#include <string_view>

namespace calllock {

enum class LogLevel : unsigned char { info, warning, error };

using log_fn = std::function<void(LogLevel, std::string_view)>;

// Writes "calllock: <level>: <message>" lines to standard error.
inline void log_to_stderr(LogLevel level, std::string_view message) {
    static constexpr const char* names[] = {"info", "warning", "error"};
    std::fprintf(stderr, "calllock: %s: %.*s\n", names[static_cast<int>(level)], static_cast<int>(message.size()),
                 message.data());
}

}  // namespace calllock
