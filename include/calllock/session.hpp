// The call session: every field the plan's agent keeps, and its transcript log.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace calllock {

enum class State : std::uint8_t {
    welcome,
    lookup,
    safety,
    safety_exit,
    service_area,
    discovery,
    confirm,
    booking,
    done,
    callback,
};

inline constexpr std::array<std::string_view, 10> state_names{
    "welcome", "lookup", "safety", "safety_exit", "service_area",
    "discovery", "confirm", "booking", "done", "callback",
};

[[nodiscard]] constexpr std::string_view name(State s) noexcept {
    return state_names[static_cast<std::size_t>(s)];
}

[[nodiscard]] constexpr std::optional<State> parse_state(std::string_view s) noexcept {
    for (std::size_t i = 0; i < state_names.size(); ++i)
        if (state_names[i] == s) return static_cast<State>(i);
    return std::nullopt;
}

enum class Role : std::uint8_t { agent, user, tool };

[[nodiscard]] constexpr std::string_view name(Role r) noexcept {
    constexpr std::array<std::string_view, 3> names{"agent", "user", "tool"};
    return names[static_cast<std::size_t>(r)];
}

// One entry of the transcript log. Agent and user turns use `content`; a tool
// invocation uses `name` and `result_json` (the tool's result as JSON text).
struct TranscriptEntry {
    Role role = Role::agent;
    std::string content{};
    std::string name{};
    std::string result_json = "{}";
    double timestamp = 0.0;

    [[nodiscard]] static TranscriptEntry agent(std::string text, double ts) {
        return {Role::agent, std::move(text), {}, "{}", ts};
    }
    [[nodiscard]] static TranscriptEntry user(std::string text, double ts) {
        return {Role::user, std::move(text), {}, "{}", ts};
    }
    [[nodiscard]] static TranscriptEntry tool(std::string tool_name, std::string result_json,
                                              double ts) {
        return {Role::tool, {}, std::move(tool_name), std::move(result_json), ts};
    }
    friend bool operator==(const TranscriptEntry&, const TranscriptEntry&) = default;
};

// A message of the LLM conversation history the agent keeps ({"role","content"}).
struct ConversationMessage {
    std::string role{};
    std::string content{};
    friend bool operator==(const ConversationMessage&, const ConversationMessage&) = default;
};

struct CallSession {
    // Caller
    std::string phone_number{};
    State state = State::welcome;
    bool caller_known = false;
    std::string customer_name{};
    std::string zip_code{};
    std::string service_address{};
    bool has_appointment = false;
    std::string callback_promise{};
    // Problem and booking
    std::string problem_description{};
    std::string preferred_time{};
    std::string urgency_tier = "routine";
    std::string lead_type{};
    bool caller_confirmed = false;
    bool booking_confirmed = false;
    std::string booked_time{};
    bool callback_created = false;
    // Call metadata (set at call start, used after the call)
    std::string call_sid{};
    double start_time = 0.0;
    std::vector<TranscriptEntry> transcript_log{};
    // Turn accounting and LLM context
    int turn_count = 0;
    int state_turn_count = 0;
    std::vector<ConversationMessage> conversation_history{};

    friend bool operator==(const CallSession&, const CallSession&) = default;
};

// The session fields the classification rules read, as views: what the
// constexpr classifier takes, so that it runs in constant expressions.
struct CallFacts {
    State state = State::welcome;
    bool caller_known = false;
    bool booking_confirmed = false;
    std::string_view urgency_tier = "routine";
    std::string_view problem_description{};
    std::string_view lead_type{};
    double start_time = 0.0;
};

[[nodiscard]] inline CallFacts facts_of(const CallSession& s) noexcept {
    return {s.state,           s.caller_known,        s.booking_confirmed, s.urgency_tier,
            s.problem_description, s.lead_type, s.start_time};
}

}  // namespace calllock
