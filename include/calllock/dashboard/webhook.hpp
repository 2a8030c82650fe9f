// The dashboard's three webhooks: one enum for the contract (contract.hpp), the client
// (sync.hpp) and the outbox (outbox.hpp, pg_outbox.hpp), with each one's path.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace calllock {

// The numeric values are stored (the PostgreSQL outbox's payload rows): append only.
enum class Webhook : std::uint8_t { jobs, calls, emergency_alerts };

// In sending order: a call's job first, then its call record, then its alert.
inline constexpr std::array<Webhook, 3> all_webhooks{Webhook::jobs, Webhook::calls, Webhook::emergency_alerts};

// The path of each webhook on the dashboard.
[[nodiscard]] constexpr std::string_view path_of(Webhook w) noexcept {
    constexpr std::array<std::string_view, 3> p{"/api/webhook/jobs", "/api/webhook/calls",
                                                "/api/webhook/emergency-alerts"};
    return p[static_cast<std::size_t>(w)];
}

// What each webhook carries, in the outbox's files and logs: "job", "call", "alert".
[[nodiscard]] constexpr std::string_view payload_kind_name(Webhook w) noexcept {
    constexpr std::array<std::string_view, 3> names{"job", "call", "alert"};
    return names[static_cast<std::size_t>(w)];
}

}  // namespace calllock
