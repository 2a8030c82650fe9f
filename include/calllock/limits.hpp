// The bounds on what a session may hold, in one place. A session over a bound is
// refused with an error naming the field and the bound (session_from_json,
// parse_session, calllock-postcall), never truncated in silence. Figures: a
// 30-minute call is about 5,000 words (~30 KB of text, ~300 turns); the bounds are
// two orders of magnitude above real calls and keep one session's memory and
// classification time bounded (a few MB, well under a second).
#pragma once
#include <cstddef>

namespace calllock::limits {

// One JSON document (a session, or one line of JSON Lines), in bytes.
inline constexpr std::size_t max_session_json_bytes = std::size_t{8} << 20;
// Any one string: a session field, a transcript entry's content, a tool's name or
// its result (as JSON text), a conversation message.
inline constexpr std::size_t max_field_bytes = std::size_t{64} << 10;
// Entries of transcript_log, and messages of conversation_history.
inline constexpr std::size_t max_transcript_entries = 5000;
inline constexpr std::size_t max_conversation_messages = 5000;
// All the text of transcript_log together (content, tool names and results), and
// of conversation_history together.
inline constexpr std::size_t max_transcript_bytes = std::size_t{2} << 20;

}  // namespace calllock::limits
