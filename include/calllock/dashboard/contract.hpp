// The dashboard's webhook contract as data and as a validator: every rule of
// docs/dashboard-contract.md ("The dashboard's webhook contract") for the three
// routes, returning the dashboard's own 400 body
// {"error":"Validation failed","details":[{"path":"a.b","message":"..."}]}.
//
// The field tables are the one list of the dashboard's field names: payload.hpp
// static_asserts its payload structs against them. The validator needs only
// Boost.JSON (target calllock::json); it is what the tests check payloads with and
// what a local stand-in dashboard can use to answer.
#pragma once
#include <boost/json.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "webhook.hpp"

namespace calllock::contract {

// What a field must be when present.
enum class Rule : std::uint8_t {
    non_empty,       // a string of length >= 1
    string,          // any string
    email,           // a syntactically valid address
    datetime,        // RFC 3339 with a UTC offset or Z
    one_of,          // a string from `allowed`
    number,          // any JSON number
    integer_ge_0,    // an integer >= 0
    integer_gt_0,    // an integer > 0
    integer_1_to_5,  // an integer 1..5
    boolean,
    string_array,    // an array of strings
    tags,            // an object: category name -> array of tag strings
    transcript,      // an array of {"role":"agent"|"user","content":string}
};

struct Field {
    std::string_view name;
    bool required = false;
    Rule rule = Rule::string;
    std::span<const std::string_view> allowed{};
};

// The enums of the contract.
inline constexpr std::array<std::string_view, 4> service_types{"hvac", "plumbing", "electrical", "general"};
inline constexpr std::array<std::string_view, 4> urgencies{"low", "medium", "high", "emergency"};
inline constexpr std::array<std::string_view, 11> end_call_reasons{
    "wrong_number",   "callback_later", "safety_emergency", "urgent_escalation",
    "out_of_area",    "waitlist_added", "completed",        "customer_hangup",
    "sales_lead",     "cancelled",      "rescheduled"};
inline constexpr std::array<std::string_view, 5> revenue_tiers{"replacement", "major_repair",
                                                               "standard_repair", "minor", "diagnostic"};
inline constexpr std::array<std::string_view, 5> revenue_tier_labels{"$$$$", "$$$", "$$", "$", "$$?"};
inline constexpr std::array<std::string_view, 3> confidences{"low", "medium", "high"};
inline constexpr std::array<std::string_view, 5> caller_types{"residential", "commercial", "vendor",
                                                              "recruiting", "unknown"};
inline constexpr std::array<std::string_view, 5> primary_intents{
    "new_lead", "active_job_issue", "booking_request", "admin_billing", "solicitation"};
inline constexpr std::array<std::string_view, 3> booking_statuses{"confirmed", "attempted_failed",
                                                                  "not_requested"};
inline constexpr std::array<std::string_view, 4> colors{"red", "green", "blue", "gray"};
inline constexpr std::array<std::string_view, 4> work_types{"service", "maintenance", "install", "admin"};
inline constexpr std::array<std::string_view, 4> property_types{"house", "condo", "apartment", "commercial"};
inline constexpr std::array<std::string_view, 3> system_statuses{"completely_down", "partially_working",
                                                                 "running_but_ineffective"};
inline constexpr std::array<std::string_view, 4> equipment_age_brackets{"under_10", "10_to_15", "over_15",
                                                                        "unknown"};
inline constexpr std::array<std::string_view, 2> directions{"inbound", "outbound"};
inline constexpr std::array<std::string_view, 2> transcript_roles{"agent", "user"};

// POST /api/webhook/jobs
inline constexpr auto job_fields = std::to_array<Field>({
    {"customer_name", true, Rule::non_empty},
    {"customer_phone", true, Rule::non_empty},
    {"customer_address", true, Rule::non_empty},
    {"service_type", true, Rule::one_of, service_types},
    {"urgency", true, Rule::one_of, urgencies},
    {"user_email", true, Rule::email},
    {"ai_summary", false, Rule::string},
    {"call_transcript", false, Rule::string},
    {"issue_description", false, Rule::string},
    {"call_id", false, Rule::string},
    {"scheduled_at", false, Rule::datetime},
    {"end_call_reason", false, Rule::one_of, end_call_reasons},
    {"revenue_tier", false, Rule::one_of, revenue_tiers},
    {"revenue_tier_label", false, Rule::one_of, revenue_tier_labels},
    {"revenue_tier_signals", false, Rule::string_array},
    {"revenue_factors", false, Rule::string_array},
    {"revenue_confidence", false, Rule::one_of, confidences},
    {"estimated_value", false, Rule::number},
    {"estimated_revenue_low", false, Rule::number},
    {"estimated_revenue_high", false, Rule::number},
    {"caller_type", false, Rule::one_of, caller_types},
    {"primary_intent", false, Rule::one_of, primary_intents},
    {"booking_status", false, Rule::one_of, booking_statuses},
    {"priority_color", false, Rule::one_of, colors},
    {"status_color", false, Rule::one_of, colors},
    {"priority_reason", false, Rule::string},
    {"work_type", false, Rule::one_of, work_types},
    {"sentiment_score", false, Rule::integer_1_to_5},
    {"property_type", false, Rule::one_of, property_types},
    {"system_status", false, Rule::one_of, system_statuses},
    {"equipment_age_bracket", false, Rule::one_of, equipment_age_brackets},
    {"is_decision_maker", false, Rule::boolean},
    {"potential_replacement", false, Rule::boolean},
    {"is_callback_complaint", false, Rule::boolean},
    {"is_archived", false, Rule::boolean},
    {"tags", false, Rule::tags},
});

// POST /api/webhook/calls
inline constexpr auto call_fields = std::to_array<Field>({
    {"call_id", true, Rule::non_empty},
    {"phone_number", true, Rule::non_empty},
    {"user_email", true, Rule::email},
    {"started_at", true, Rule::datetime},
    {"customer_name", false, Rule::string},
    {"outcome", false, Rule::string},
    {"hvac_issue_type", false, Rule::string},
    {"urgency_tier", false, Rule::string},
    {"problem_description", false, Rule::string},
    {"revenue_tier_label", false, Rule::string},
    {"job_id", false, Rule::string},
    {"lead_id", false, Rule::string},
    {"retell_call_id", false, Rule::string},
    {"ended_at", false, Rule::datetime},
    {"duration_seconds", false, Rule::integer_ge_0},
    {"direction", false, Rule::one_of, directions},
    {"revenue_tier_signals", false, Rule::string_array},
    {"transcript_object", false, Rule::transcript},
});

// POST /api/webhook/emergency-alerts
inline constexpr auto alert_fields = std::to_array<Field>({
    {"phone_number", true, Rule::non_empty},
    {"problem_description", true, Rule::non_empty},
    {"user_email", true, Rule::email},
    {"sms_sent_at", true, Rule::datetime},
    {"callback_promised_minutes", true, Rule::integer_gt_0},
    {"alert_id", false, Rule::string},
    {"call_id", false, Rule::string},
    {"customer_name", false, Rule::string},
    {"customer_address", false, Rule::string},
    {"urgency_tier", false, Rule::string},
    {"sms_message_sid", false, Rule::string},
});

// The fields of a route.
[[nodiscard]] constexpr std::span<const Field> fields_of(Webhook r) noexcept {
    switch (r) {
        case Webhook::jobs: return job_fields;
        case Webhook::calls: return call_fields;
        case Webhook::emergency_alerts: return alert_fields;
    }
    return {};
}

// Whether the route lists the field (no pointers: usable in static_assert also
// under GCC's sanitizers, which make pointer comparisons non-constant).
[[nodiscard]] constexpr bool has_field(Webhook r, std::string_view name) noexcept {
    for (const auto& f : fields_of(r))
        if (f.name == name) return true;
    return false;
}

[[nodiscard]] constexpr const Field* find_field(Webhook r, std::string_view name) noexcept {
    for (const auto& f : fields_of(r))
        if (f.name == name) return &f;
    return nullptr;
}

// ---------------------------------------------------------------------------
// Formats

namespace detail {
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_alpha(c); }
constexpr int digits(std::string_view s, std::size_t at, std::size_t n) noexcept {
    if (at + n > s.size()) return -1;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (!is_digit(s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}
constexpr bool leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace detail

// RFC 3339 date-time with an offset: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM),
// with real calendar dates (2026-02-30 is not one) and times (no 24:00; a leap
// second 60 is accepted, as RFC 3339 allows). No offset, "" and a lowercase t/z are
// rejected.
[[nodiscard]] constexpr bool is_datetime(std::string_view s) noexcept {
    using detail::digits;
    if (s.size() < 20) return false;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2), se = digits(s, 17, 2);
    if (y < 0 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
    if (mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60) return false;
    constexpr std::array<int, 12> dim{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > dim[static_cast<std::size_t>(mo - 1)] + (mo == 2 && detail::leap(y))) return false;
    std::size_t i = 19;
    if (s[i] == '.') {
        const std::size_t b = ++i;
        while (i < s.size() && detail::is_digit(s[i])) ++i;
        if (i == b) return false;
    }
    if (i == s.size()) return false;
    if (s[i] == 'Z') return i + 1 == s.size();
    if (s[i] != '+' && s[i] != '-') return false;
    if (s.size() != i + 6 || s[i + 3] != ':') return false;
    const int oh = digits(s, i + 1, 2), om = digits(s, i + 4, 2);
    return oh >= 0 && oh <= 23 && om >= 0 && om <= 59;
}

// A syntactically valid address, by the rule common web validators use (zod's):
// a local part of letters, digits and _ ' + - . that neither starts with a dot nor
// has two dots in a row nor ends with a dot, "@", then dot-separated domain labels
// of letters, digits and hyphens, each starting with a letter or digit, the last
// one (the top-level domain) of two or more letters.
[[nodiscard]] constexpr bool is_email(std::string_view s) noexcept {
    const std::size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
    for (char c : local)
        if (!(detail::is_alnum(c) || c == '_' || c == '\'' || c == '+' || c == '-' || c == '.')) return false;
    std::size_t labels = 0, start = 0;
    std::string_view last;
    while (start <= domain.size()) {
        std::size_t dot = domain.find('.', start);
        if (dot == std::string_view::npos) dot = domain.size();
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty() || !detail::is_alnum(label.front())) return false;
        for (char c : label)
            if (!(detail::is_alnum(c) || c == '-')) return false;
        last = label;
        ++labels;
        start = dot + 1;
    }
    if (labels < 2 || last.size() < 2) return false;
    for (char c : last)
        if (!detail::is_alpha(c)) return false;
    return true;
}

// ---------------------------------------------------------------------------
// The validator

struct Issue {
    std::string path;
    std::string message;
    friend bool operator==(const Issue&, const Issue&) = default;
};

namespace detail {

inline bool is_integer(const boost::json::value& v) noexcept {
    if (v.is_int64() || v.is_uint64()) return true;
    if (!v.is_double()) return false;
    const double d = v.get_double();  // as JavaScript's Number.isInteger
    return std::isfinite(d) && std::trunc(d) == d;
}
inline double as_double(const boost::json::value& v) noexcept { return v.to_number<double>(); }

inline std::string list(std::span<const std::string_view> allowed) {
    std::string s;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i) s += ", ";
        s += "'";
        s += allowed[i];
        s += "'";
    }
    return s;
}

inline void check_field(const Field& f, const boost::json::value& v, const std::string& path,
                        std::vector<Issue>& out) {
    auto bad = [&](std::string m) { out.push_back({path, std::move(m)}); };
    switch (f.rule) {
        case Rule::non_empty:
            if (!v.is_string()) return bad("Expected string");
            if (v.get_string().empty()) return bad("String must contain at least 1 character(s)");
            return;
        case Rule::string:
            if (!v.is_string()) bad("Expected string");
            return;
        case Rule::email:
            if (!v.is_string()) return bad("Expected string");
            if (!is_email(v.get_string())) bad("Invalid email");
            return;
        case Rule::datetime:
            if (!v.is_string()) return bad("Expected string");
            if (!is_datetime(v.get_string())) bad("Invalid datetime (RFC 3339 with a UTC offset or Z)");
            return;
        case Rule::one_of: {
            if (!v.is_string()) return bad("Expected string");
            const std::string_view s = v.get_string();
            for (auto a : f.allowed)
                if (a == s) return;
            return bad("Invalid enum value. Expected " + list(f.allowed) + ", received '" + std::string(s) + "'");
        }
        case Rule::number:
            if (!v.is_number()) bad("Expected number");
            return;
        case Rule::integer_ge_0:
        case Rule::integer_gt_0:
        case Rule::integer_1_to_5: {
            if (!v.is_number()) return bad("Expected number");
            if (!is_integer(v)) return bad("Expected integer");
            const double d = as_double(v);
            if (f.rule == Rule::integer_ge_0 && d < 0) bad("Number must be greater than or equal to 0");
            if (f.rule == Rule::integer_gt_0 && d <= 0) bad("Number must be greater than 0");
            if (f.rule == Rule::integer_1_to_5 && (d < 1 || d > 5)) bad("Number must be between 1 and 5");
            return;
        }
        case Rule::boolean:
            if (!v.is_bool()) bad("Expected boolean");
            return;
        case Rule::string_array: {
            if (!v.is_array()) return bad("Expected array");
            const auto& a = v.get_array();
            for (std::size_t i = 0; i < a.size(); ++i)
                if (!a[i].is_string()) out.push_back({path + "." + std::to_string(i), "Expected string"});
            return;
        }
        case Rule::tags: {
            if (!v.is_object()) return bad("Expected object");
            for (const auto& kv : v.get_object()) {
                const std::string p = path + "." + std::string(kv.key());
                if (!kv.value().is_array()) {
                    out.push_back({p, "Expected array"});
                    continue;
                }
                const auto& a = kv.value().get_array();
                for (std::size_t i = 0; i < a.size(); ++i)
                    if (!a[i].is_string()) out.push_back({p + "." + std::to_string(i), "Expected string"});
            }
            return;
        }
        case Rule::transcript: {
            if (!v.is_array()) return bad("Expected array");
            const auto& a = v.get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                const std::string p = path + "." + std::to_string(i);
                if (!a[i].is_object()) {
                    out.push_back({p, "Expected object"});
                    continue;
                }
                const auto& e = a[i].get_object();
                const auto* role = e.if_contains("role");
                const auto* content = e.if_contains("content");
                if (!role) out.push_back({p + ".role", "Required"});
                else if (!role->is_string()) out.push_back({p + ".role", "Expected string"});
                else if (role->get_string() != "agent" && role->get_string() != "user")
                    out.push_back({p + ".role", "Invalid enum value. Expected 'agent', 'user', received '" +
                                                    std::string(role->get_string()) + "'"});
                if (!content) out.push_back({p + ".content", "Required"});
                else if (!content->is_string()) out.push_back({p + ".content", "Expected string"});
            }
            return;
        }
    }
}

}  // namespace detail

// Every rule of the route, in field order; empty when the body is accepted.
// Keys the route does not list are ignored, as the dashboard ignores them.
[[nodiscard]] inline std::vector<Issue> validate(Webhook route, const boost::json::value& body) {
    std::vector<Issue> out;
    if (!body.is_object()) {
        out.push_back({"", "Expected object"});
        return out;
    }
    const auto& o = body.get_object();
    for (const auto& f : fields_of(route)) {
        const std::string path(f.name);
        const auto* v = o.if_contains(f.name);
        if (!v) {
            if (f.required) out.push_back({path, "Required"});
            continue;
        }
        if (v->is_null()) {  // null is rejected for every field, required or not
            out.push_back({path, "Expected a value, received null"});
            continue;
        }
        detail::check_field(f, *v, path, out);
    }
    return out;
}

// The dashboard's 400 body for these issues:
// {"error":"Validation failed","details":[{"path":"a.b","message":"..."}]}.
[[nodiscard]] inline boost::json::object error_body(std::span<const Issue> issues) {
    boost::json::array details;
    for (const auto& i : issues) details.push_back(boost::json::object{{"path", i.path}, {"message", i.message}});
    return {{"error", "Validation failed"}, {"details", std::move(details)}};
}

// The dashboard's answer to a body: nullopt when accepted, else its 400 body.
[[nodiscard]] inline std::optional<boost::json::object> check(Webhook route, const boost::json::value& body) {
    auto issues = validate(route, body);
    if (issues.empty()) return std::nullopt;
    return error_body(issues);
}

}  // namespace calllock::contract
