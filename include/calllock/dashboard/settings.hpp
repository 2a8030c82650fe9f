// The settings of the post-call phase, without the code that uses them: the
// business the payloads are for, and how long undelivered payloads are retried.
// PostCallConfig (post_call.hpp) holds them with the dashboard client's options.
#pragma once
#include <chrono>
#include <functional>
#include <string>

#include "../civil_time.hpp"
#include "../profile_id.hpp"
#include "store_error.hpp"

namespace calllock {

// The business the payloads are for. user_email is required (the dashboard files
// every payload under that account); the rest have working defaults.
struct BusinessConfig {
    std::string user_email{};                                   // DASHBOARD_USER_EMAIL
    std::string time_zone{default_business_time_zone};          // IANA name or POSIX TZ rule
    int callback_promised_minutes = 30;                         // the alert's promise (plan: 30)
    ProfileId profile = default_profile;                        // the classification profile
};

// When to try again, and for how long.
struct RetryPolicy {
    std::chrono::milliseconds budget{60000};           // all attempts for one call, waits included
    std::chrono::milliseconds initial_backoff{500};     // the first wait; doubles after each failure
    std::chrono::milliseconds max_backoff{30000};       // the longest wait between two attempts
};

// One call's payloads as the exact bytes to send (alert "" when there is none), for
// an outbox other than the file one: PostCallConfig::enqueue (pg_outbox.hpp).
struct QueuedCall {
    std::string call_id;
    std::string job, call, alert;
    std::chrono::milliseconds budget{0};  // the call's retry budget
};
// Stores a call durably for delivery workers: success once stored, else why not.
using enqueue_fn = std::function<StoreResult<>(const QueuedCall&)>;

}  // namespace calllock
