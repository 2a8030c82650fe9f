// The JSON side of the core: sessions from JSON (strict, with errors that name the
// field), the transcript as a JSON array, sessions and classifications as JSON (the
// Boost.JSON way: boost::json::value_from(c), through tag_invoke beside each type).
// Links Boost::json (target calllock::json).
//
// Errors, as everywhere in the library: boost::system::result<T, E>, where E says what
// was wrong and where (InputError here, ConfigError for settings).
#pragma once
#include <boost/json.hpp>
#include <boost/system/result.hpp>
#include <boost/throw_exception.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "result.hpp"
#include "detail/json_exact.hpp"
#include "detail/utf8.hpp"
#include "limits.hpp"
#include "session.hpp"
#include "transcript.hpp"

namespace calllock {

// What was wrong with an input: the field (a path such as
// "transcript_log[2].content", empty for the document itself) and why.
struct InputError {
    std::string field;
    std::string message;
    [[nodiscard]] std::string what() const {
        return field.empty() ? message : "field '" + field + "': " + message;
    }
    friend bool operator==(const InputError&, const InputError&) = default;
};

// For boost::system::result<T, InputError>::value() on an error (found by ADL).
[[noreturn]] inline void throw_exception_from_error(const InputError& e, const boost::source_location& loc) {
    boost::throw_exception(std::invalid_argument(e.what()), loc);
}

template <class T>
using InputResult = boost::system::result<T, InputError>;

// A JSON string that is valid UTF-8 whatever the bytes (invalid ones become U+FFFD).
[[nodiscard]] inline boost::json::string json_text(std::string_view s) {
    if (detail::is_valid_utf8(s)) return boost::json::string(s);
    return boost::json::string(detail::to_valid_utf8(s));
}

namespace detail {

inline const char* kind_name(const boost::json::value& v) noexcept {
    switch (v.kind()) {
        case boost::json::kind::null: return "null";
        case boost::json::kind::bool_: return "a boolean";
        case boost::json::kind::int64:
        case boost::json::kind::uint64: return "an integer";
        case boost::json::kind::double_: return "a number";
        case boost::json::kind::string: return "a string";
        case boost::json::kind::array: return "an array";
        case boost::json::kind::object: return "an object";
    }
    return "a value";
}

// Where a value is in a session ("transcript_log[2].content"): a chain of keys and
// array indexes on the reader's stack, written out as text only for an error message,
// so that reading a good session builds no strings for its paths.
struct field_path {
    static constexpr std::size_t no_index = static_cast<std::size_t>(-1);
    const field_path* parent = nullptr;
    std::string_view key;          // a member's key (or the root's)
    std::size_t index = no_index;  // an array element's index

    [[nodiscard]] field_path member(std::string_view k) const noexcept { return {this, k}; }
    [[nodiscard]] field_path element(std::size_t i) const noexcept { return {this, {}, i}; }
    [[nodiscard]] std::string str() const {
        std::string out = parent ? parent->str() : std::string();
        if (index != no_index) {
            out += '[';
            out += std::to_string(index);
            out += ']';
        } else {
            if (parent) out += '.';
            out += key;
        }
        return out;
    }
};

class session_reader {
public:
    std::optional<InputError> error;

    bool fail(const field_path& field, std::string message) {
        if (!error) error = InputError{field.str(), std::move(message)};
        return false;
    }
    bool expect(const boost::json::value& v, const field_path& field, const char* want, bool ok) {
        return ok || fail(field, std::string("expected ") + want + ", got " + kind_name(v));
    }
    bool within(const field_path& f, std::size_t size, std::size_t limit, const char* what, const char* name) {
        return size <= limit || fail(f, std::to_string(size) + " " + what + ", more than the limit of " +
                                            std::to_string(limit) + " (calllock::limits::" + name + ")");
    }
    bool read(const boost::json::value& v, const field_path& f, std::string& out) {
        if (!expect(v, f, "a string", v.is_string())) return false;
        if (!within(f, v.get_string().size(), limits::max_field_bytes, "bytes", "max_field_bytes")) return false;
        out.assign(v.get_string().data(), v.get_string().size());
        return true;
    }
    bool read(const boost::json::value& v, const field_path& f, bool& out) {
        if (!expect(v, f, "a boolean", v.is_bool())) return false;
        out = v.get_bool();
        return true;
    }
    bool read(const boost::json::value& v, const field_path& f, int& out) {
        if (!expect(v, f, "an integer", v.is_int64() || v.is_uint64())) return false;
        if (v.is_uint64() || v.get_int64() > std::numeric_limits<int>::max() ||
            v.get_int64() < std::numeric_limits<int>::min())
            return fail(f, "integer out of range");
        out = static_cast<int>(v.get_int64());
        return true;
    }
    bool read(const boost::json::value& v, const field_path& f, double& out) {
        if (!expect(v, f, "a number", v.is_number())) return false;
        out = v.to_number<double>();
        if (!std::isfinite(out)) return fail(f, "number out of range");
        return true;
    }
    bool read(const boost::json::value& v, const field_path& f, State& out) {
        std::string s;
        if (!read(v, f, s)) return false;
        auto st = parse_state(s);
        if (!st)
            return fail(f, "unknown state '" + s +
                               "' (expected welcome, lookup, safety, safety_exit, service_area, "
                               "discovery, confirm, booking, done or callback)");
        out = *st;
        return true;
    }
    bool read(const boost::json::value& v, const field_path& f, TranscriptEntry& e) {
        if (!expect(v, f, "an object", v.is_object())) return false;
        const auto& o = v.get_object();
        const auto* role = o.if_contains("role");
        if (!role) return fail(f.member("role"), "missing");
        std::string r;
        if (!read(*role, f.member("role"), r)) return false;
        if (r == "agent") e.role = Role::agent;
        else if (r == "user") e.role = Role::user;
        else if (r == "tool") e.role = Role::tool;
        else return fail(f.member("role"), "unknown role '" + r + "' (expected agent, user or tool)");
        bool has_text = false;
        for (const auto& kv : o) {
            const std::string_view k = kv.key();
            const field_path p = f.member(k);
            if (k == "role") continue;
            if (k == "timestamp") {
                if (!read(kv.value(), p, e.timestamp)) return false;
            } else if (e.role != Role::tool && k == "content") {
                if (!read(kv.value(), p, e.content)) return false;
                has_text = true;
            } else if (e.role == Role::tool && k == "name") {
                if (!read(kv.value(), p, e.name)) return false;
                has_text = true;
            } else if (e.role == Role::tool && k == "result") {
                e.result_json = boost::json::serialize(kv.value());
                if (!within(p, e.result_json.size(), limits::max_field_bytes, "bytes of JSON", "max_field_bytes"))
                    return false;
            } else {
                return fail(p, "unknown key for a " + r + " entry");
            }
        }
        if (!has_text) return fail(f.member(e.role == Role::tool ? "name" : "content"), "missing");
        return true;
    }
    bool read(const boost::json::value& v, const field_path& f, ConversationMessage& m) {
        if (!expect(v, f, "an object", v.is_object())) return false;
        for (const auto& kv : v.get_object()) {
            const std::string_view k = kv.key();
            if (k == "role") {
                if (!read(kv.value(), f.member("role"), m.role)) return false;
            } else if (k == "content") {
                if (!read(kv.value(), f.member("content"), m.content)) return false;
            } else {
                return fail(f.member(k), "unknown key for a conversation message");
            }
        }
        return true;
    }
    template <class T>
    bool read(const boost::json::value& v, const field_path& f, std::vector<T>& out) {
        if (!expect(v, f, "an array", v.is_array())) return false;
        const auto& a = v.get_array();
        if constexpr (std::is_same_v<T, TranscriptEntry>) {
            if (!within(f, a.size(), limits::max_transcript_entries, "entries", "max_transcript_entries")) return false;
        } else if constexpr (std::is_same_v<T, ConversationMessage>) {
            if (!within(f, a.size(), limits::max_conversation_messages, "messages", "max_conversation_messages"))
                return false;
        }
        out.clear();
        out.reserve(a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            T item;
            if (!read(a[i], f.element(i), item)) return false;
            out.push_back(std::move(item));
        }
        std::size_t text = 0;
        if constexpr (std::is_same_v<T, TranscriptEntry>) {
            for (const auto& e : out) text += e.role == Role::tool ? e.name.size() + e.result_json.size() : e.content.size();
        } else if constexpr (std::is_same_v<T, ConversationMessage>) {
            for (const auto& m : out) text += m.role.size() + m.content.size();
        }
        return within(f, text, limits::max_transcript_bytes, "bytes of text", "max_transcript_bytes");
    }
};

}  // namespace detail

// The CallSession fields by their JSON key, in declaration order: the one list
// that the reader and the writer both use.
template <class S, class F>
void for_each_session_field(S& s, F&& f) {
    f("phone_number", s.phone_number);
    f("state", s.state);
    f("caller_known", s.caller_known);
    f("customer_name", s.customer_name);
    f("zip_code", s.zip_code);
    f("service_address", s.service_address);
    f("has_appointment", s.has_appointment);
    f("callback_promise", s.callback_promise);
    f("problem_description", s.problem_description);
    f("preferred_time", s.preferred_time);
    f("urgency_tier", s.urgency_tier);
    f("lead_type", s.lead_type);
    f("caller_confirmed", s.caller_confirmed);
    f("booking_confirmed", s.booking_confirmed);
    f("booked_time", s.booked_time);
    f("callback_created", s.callback_created);
    f("call_sid", s.call_sid);
    f("start_time", s.start_time);
    f("transcript_log", s.transcript_log);
    f("turn_count", s.turn_count);
    f("state_turn_count", s.state_turn_count);
    f("conversation_history", s.conversation_history);
}

// A session from a JSON object whose keys are CallSession fields. phone_number is
// required; every other field is optional with the CallSession default. Unknown
// keys, wrong types and unknown states are errors naming the field.
[[nodiscard]] inline InputResult<CallSession> session_from_json(const boost::json::value& v) {
    detail::session_reader r;
    if (!v.is_object())
        return InputError{"", std::string("expected a JSON object (a session), got ") + detail::kind_name(v)};
    const auto& o = v.get_object();
    CallSession s;
    for (const auto& kv : o) {
        bool known = false;
        const detail::field_path key{nullptr, kv.key()};
        for_each_session_field(s, [&](std::string_view name, auto& field) {
            if (known || name != key.key) return;
            known = true;
            r.read(kv.value(), key, field);
        });
        if (!known) r.fail(key, "unknown key (not a CallSession field)");
        if (r.error) return *r.error;
    }
    if (!o.contains("phone_number")) return InputError{"phone_number", "missing (required)"};
    return s;
}

inline boost::json::parse_options input_parse_options() {
    boost::json::parse_options opt;
    opt.allow_invalid_utf8 = true;  // kept, and repaired on output
    opt.max_depth = 64;
    return opt;
}

// Parses one JSON text into a session.
[[nodiscard]] inline InputResult<CallSession> parse_session(std::string_view text) {
    if (text.size() > limits::max_session_json_bytes)
        return InputError{"", "a session of " + std::to_string(text.size()) + " bytes, more than the limit of " +
                                  std::to_string(limits::max_session_json_bytes) +
                                  " (calllock::limits::max_session_json_bytes)"};
    // The document lives only while the session is read out of it (every string is
    // copied): its memory comes from a monotonic resource, a stack buffer first, and goes
    // at once, with no walk over the values to free them one by one (Boost.JSON's advice
    // for a value parsed, read and dropped).
    unsigned char buffer[4096];
    boost::json::monotonic_resource memory(buffer, sizeof buffer);
    boost::system::error_code ec;
    const boost::json::value v = detail::parse_exact(text, ec, input_parse_options(), &memory);
    if (ec) return InputError{"", "invalid JSON: " + ec.message()};
    return session_from_json(v);
}

// The session as JSON, with the same keys (the inverse of session_from_json):
// boost::json::value_from(session).
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CallSession& s) {
    boost::json::object& o = jv.emplace_object();
    auto put = [&](std::string_view key, const auto& field) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<T, std::string>) {
            o[key] = json_text(field);
        } else if constexpr (std::is_same_v<T, State>) {
            o[key] = name(field);
        } else if constexpr (std::is_same_v<T, std::vector<TranscriptEntry>>) {
            boost::json::array a;
            for (const auto& e : field) {
                boost::json::object eo;
                eo["role"] = name(e.role);
                if (e.role == Role::tool) {
                    eo["name"] = json_text(e.name);
                    boost::system::error_code ec;
                    auto r = boost::json::parse(e.result_json, ec);
                    eo["result"] = ec ? boost::json::value(json_text(e.result_json)) : r;
                } else {
                    eo["content"] = json_text(e.content);
                }
                eo["timestamp"] = e.timestamp;
                a.push_back(std::move(eo));
            }
            o[key] = std::move(a);
        } else if constexpr (std::is_same_v<T, std::vector<ConversationMessage>>) {
            boost::json::array a;
            for (const auto& m : field)
                a.push_back(boost::json::object{{"role", json_text(m.role)},
                                                {"content", json_text(m.content)}});
            o[key] = std::move(a);
        } else {
            o[key] = field;
        }
    };
    for_each_session_field(s, put);
}

// The plan's to_json_array: agent and user entries as {role, content}, tool
// entries as {role: "tool", name, result}.
[[nodiscard]] inline boost::json::array to_json_array(std::span<const TranscriptEntry> log) {
    boost::json::array out;
    out.reserve(log.size());
    for (const auto& e : log) {
        if (e.role == Role::tool) {
            boost::system::error_code ec;
            boost::json::value result = boost::json::parse(e.result_json, ec);
            if (ec) result = boost::json::object{};
            out.push_back(boost::json::object{
                {"role", "tool"}, {"name", json_text(e.name)}, {"result", std::move(result)}});
        } else {
            out.push_back(boost::json::object{{"role", name(e.role)}, {"content", json_text(e.content)}});
        }
    }
    return out;
}

// Results as JSON: boost::json::value_from(classification), or of one part.

// {"HAZARD":[...], ..., "CONTEXT":[...]}: all 9 categories, in order.
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Tags& tags) {
    boost::json::object& o = jv.emplace_object();
    for (auto c : all_categories) {
        boost::json::array a;
        tags.for_each(c, [&](Tag t) { a.emplace_back(t.name()); });
        o[name(c)] = std::move(a);
    }
}

// {"color","reason"}
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Priority& p) {
    jv = {{"color", p.color_name()}, {"reason", p.reason()}};
}

// {"tier","tier_label","signals","confidence"}
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const RevenueEstimate& r) {
    boost::json::array signals;
    for (auto s : r.signals()) signals.emplace_back(s);
    jv = {{"tier", r.tier_name()},
          {"tier_label", r.tier_label()},
          {"signals", std::move(signals)},
          {"confidence", name(r.confidence)}};
}

// {"tags":{...},"priority":{...},"revenue":{...}}
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Classification& c) {
    jv = {{"tags", boost::json::value_from(c.tags)},
          {"priority", boost::json::value_from(c.priority)},
          {"revenue", boost::json::value_from(c.revenue)}};
}

}  // namespace calllock
