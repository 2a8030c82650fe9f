// The dashboard payloads of the post-call phase: the job (or lead), the call record
// and the emergency alert, built so that the dashboard accepts
// them (see docs/dashboard-contract.md and contract.hpp). No networking: this only
// builds values. Target calllock::json (Boost.JSON, Boost.Hana, Boost.System).
//
//   calllock::BusinessConfig cfg{.user_email = "owner@example.com"};
//   auto built = calllock::build_payloads(session, end_time, cfg);
//   if (!built) report(built.error().what());          // configuration error: send nothing
//   boost::json::value job = boost::json::value_from(built->job);
//
// Each payload is a struct reflected with Boost.Hana; one generic tag_invoke turns
// any of them into JSON (optional members absent when empty, strings repaired to
// valid UTF-8), and static_asserts below check their member names against the
// dashboard's field tables, so a renamed field breaks the build, not the dashboard.
#pragma once
#include <boost/hana/accessors.hpp>
#include <boost/hana/define_struct.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/string.hpp>
#include <boost/json.hpp>
#include <boost/system/result.hpp>
#include <boost/throw_exception.hpp>

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "../civil_time.hpp"
#include "../classify.hpp"
#include "business.hpp"
#include "config_error.hpp"
#include "contract.hpp"
#include "jobs_response.hpp"
#include "../fields.hpp"
#include "../json.hpp"
#include "../profiles.hpp"
#include "../session.hpp"
#include "settings.hpp"
#include "../transcript.hpp"

namespace calllock {

// Business (the configuration checked): business.hpp. JobsResponse: jobs_response.hpp.

// Something the builder changed or left out to keep a payload valid (a booked time
// that is not a date-time, an unknown start time, a negative duration): for the log.
struct PayloadNote {
    std::string field;
    std::string message;
    friend bool operator==(const PayloadNote&, const PayloadNote&) = default;
};
using Notes = std::vector<PayloadNote>;

// ---------------------------------------------------------------------------
// The payloads (member names are the dashboard's field names)

// POST /api/webhook/jobs
struct JobPayload {
    BOOST_HANA_DEFINE_STRUCT(JobPayload,
        // Required
        (std::string, customer_name),
        (std::string, customer_phone),
        (std::string, customer_address),
        (std::string, service_type),
        (std::string, urgency),
        (std::string, user_email),
        // Call tracking
        (std::string, call_id),
        // Transcript
        (std::string, call_transcript),
        (boost::json::array, transcript_object),
        // Booking
        (std::string, booking_status),
        (std::string, end_call_reason),
        (std::string, issue_description),
        // Classification
        (boost::json::object, tags),
        (std::string, priority_color),
        (std::string, priority_reason),
        (std::string, revenue_tier),
        (std::string, revenue_tier_label),
        (std::vector<std::string>, revenue_tier_signals),
        (std::string, revenue_confidence),
        (std::int64_t, estimated_value),
        (std::int64_t, estimated_revenue_low),
        (std::int64_t, estimated_revenue_high),
        // Derived fields (fields.hpp): left out when the call does not support them
        (std::optional<std::string>, caller_type),
        (std::optional<std::string>, primary_intent),
        (std::optional<std::string>, work_type),
        (bool, is_callback_complaint),
        (bool, potential_replacement),
        (std::optional<bool>, is_decision_maker),
        (std::optional<std::string>, property_type),
        (std::optional<std::string>, system_status),
        (std::optional<std::string>, equipment_age_bracket),
        (std::int64_t, sentiment_score),
        (std::optional<std::string>, ai_summary),
        // Not read by the dashboard (it ignores fields it does not list): for the
        // business's own tools and the old backend's consumers
        (std::optional<std::string>, equipment_type),
        (std::optional<std::int64_t>, equipment_age),
        (std::optional<std::string>, problem_duration),
        (std::optional<std::string>, problem_onset),
        (std::optional<std::string>, problem_pattern),
        (std::optional<std::vector<std::string>>, customer_attempted_fixes),
        (std::string, revenue_tier_range),
        (std::string, revenue_tier_description),
        (std::optional<std::string>, sales_lead_notes),
        // Conditional
        (std::optional<std::string>, scheduled_at));
};

// POST /api/webhook/calls
struct CallPayload {
    BOOST_HANA_DEFINE_STRUCT(CallPayload,
        (std::string, call_id),
        (std::string, phone_number),
        (std::string, customer_name),
        (std::string, user_email),
        (std::string, started_at),
        (std::string, ended_at),
        (std::int64_t, duration_seconds),
        (std::string, direction),
        (std::string, outcome),
        (std::optional<std::string>, hvac_issue_type),
        (std::string, urgency_tier),
        (std::string, problem_description),
        (std::string, booking_status),
        (boost::json::array, transcript_object),
        (std::optional<std::string>, job_id),
        (std::optional<std::string>, lead_id));
};

// POST /api/webhook/emergency-alerts
struct EmergencyAlertPayload {
    BOOST_HANA_DEFINE_STRUCT(EmergencyAlertPayload,
        (std::string, call_id),
        (std::string, phone_number),
        (std::string, customer_name),
        (std::string, customer_address),
        (std::string, problem_description),
        (std::string, user_email),
        (std::string, sms_sent_at),
        (std::int64_t, callback_promised_minutes));
};

// Fields that the dashboard does not list (and so ignores): the plan's transcript_object
// and booking_status, and the derived fields the dashboard has no column for. Everything
// else must be a field of the route's table.
inline constexpr std::array<std::string_view, 10> job_extra_fields{
    "transcript_object", "equipment_type",           "equipment_age",      "problem_duration",
    "problem_onset",     "problem_pattern",          "customer_attempted_fixes",
    "revenue_tier_range", "revenue_tier_description", "sales_lead_notes"};
inline constexpr std::array<std::string_view, 1> call_extra_fields{"booking_status"};

// The route each payload goes to.
template <class P> struct route_of;
template <> struct route_of<JobPayload> : std::integral_constant<Webhook, Webhook::jobs> {};
template <> struct route_of<CallPayload> : std::integral_constant<Webhook, Webhook::calls> {};
template <> struct route_of<EmergencyAlertPayload>
    : std::integral_constant<Webhook, Webhook::emergency_alerts> {};

template <class T>
concept dashboard_payload = requires { route_of<T>::value; } && boost::hana::Struct<T>::value;

namespace detail {

inline bool blank(std::string_view s) noexcept {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
}

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

template <class P>
constexpr std::string_view member_name(const P& pair) {
    return boost::hana::to<char const*>(boost::hana::first(pair));
}

// Every member is a field of the route (or a listed plan extra).
template <dashboard_payload T>
constexpr bool members_are_dashboard_fields(std::span<const std::string_view> extras) {
    bool ok = true;
    boost::hana::for_each(boost::hana::accessors<T>(), [&](auto pair) {
        const std::string_view n = member_name(pair);
        bool extra = false;
        for (auto e : extras) extra = extra || e == n;
        ok = ok && (contract::has_field(route_of<T>::value, n) || extra);
    });
    return ok;
}

// Every required field of the route is a member that is always present.
template <dashboard_payload T>
constexpr bool required_fields_are_members() {
    bool ok = true;
    for (const auto& f : contract::fields_of(route_of<T>::value)) {
        if (!f.required) continue;
        bool found = false;
        boost::hana::for_each(boost::hana::accessors<T>(), [&](auto pair) {
            using M = std::decay_t<decltype(boost::hana::second(pair)(std::declval<const T&>()))>;
            found = found || (member_name(pair) == f.name && !is_optional<M>::value);
        });
        ok = ok && found;
    }
    return ok;
}

inline void put(boost::json::object& o, std::string_view key, const std::string& v) { o[key] = json_text(v); }
inline void put(boost::json::object& o, std::string_view key, std::int64_t v) { o[key] = v; }
inline void put(boost::json::object& o, std::string_view key, bool v) { o[key] = v; }
inline void put(boost::json::object& o, std::string_view key, const boost::json::array& v) { o[key] = v; }
inline void put(boost::json::object& o, std::string_view key, const boost::json::object& v) { o[key] = v; }
inline void put(boost::json::object& o, std::string_view key, const std::vector<std::string>& v) {
    boost::json::array a;
    a.reserve(v.size());
    for (const auto& s : v) a.push_back(json_text(s));
    o[key] = std::move(a);
}
template <class T>
void put(boost::json::object& o, std::string_view key, const std::optional<T>& v) {
    if (v) put(o, key, *v);  // absent, never null
}

}  // namespace detail

namespace detail {
// Whether the names the library gives an enum's values (result.hpp) are, in order, the
// values the dashboard accepts for the field that carries them (contract.hpp).
template <class E, std::size_t N, class Name>
consteval bool names_are(const std::array<std::string_view, N>& accepted, Name name_of) {
    for (std::size_t i = 0; i < N; ++i)
        if (name_of(static_cast<E>(i)) != accepted[i]) return false;
    return true;
}
}  // namespace detail

static_assert(detail::names_are<RevenueTier>(contract::revenue_tiers, [](RevenueTier t) { return name(t); }),
              "calllock: the revenue tier names must be the dashboard's revenue_tier values");
static_assert(detail::names_are<RevenueTier>(contract::revenue_tier_labels, [](RevenueTier t) { return label(t); }),
              "calllock: the revenue tier labels must be the dashboard's revenue_tier_label values");
static_assert(detail::names_are<Confidence>(contract::confidences, [](Confidence c) { return name(c); }),
              "calllock: the confidence names must be the dashboard's confidence values");
static_assert(detail::names_are<PriorityColor>(contract::colors, [](PriorityColor c) { return name(c); }),
              "calllock: the priority colors must be the dashboard's color values");

static_assert(detail::members_are_dashboard_fields<JobPayload>(job_extra_fields),
              "calllock: a JobPayload member is not a field of POST /api/webhook/jobs");
static_assert(detail::members_are_dashboard_fields<CallPayload>(call_extra_fields),
              "calllock: a CallPayload member is not a field of POST /api/webhook/calls");
static_assert(detail::members_are_dashboard_fields<EmergencyAlertPayload>({}),
              "calllock: an EmergencyAlertPayload member is not a field of POST /api/webhook/emergency-alerts");
static_assert(detail::required_fields_are_members<JobPayload>(),
              "calllock: JobPayload lacks a required field of POST /api/webhook/jobs");
static_assert(detail::required_fields_are_members<CallPayload>(),
              "calllock: CallPayload lacks a required field of POST /api/webhook/calls");
static_assert(detail::required_fields_are_members<EmergencyAlertPayload>(),
              "calllock: EmergencyAlertPayload lacks a required field of POST /api/webhook/emergency-alerts");

// The one conversion of every payload to JSON: members in declaration order, keys
// their names, optional members left out when empty, strings valid UTF-8.
template <dashboard_payload T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const T& p) {
    auto& o = jv.emplace_object();
    boost::hana::for_each(boost::hana::accessors<T>(), [&](auto pair) {
        detail::put(o, detail::member_name(pair), boost::hana::second(pair)(p));
    });
}

// ---------------------------------------------------------------------------
// The rules the payload fields follow

// The plan's _derive_end_call_reason.
[[nodiscard]] constexpr std::string_view end_call_reason(const CallSession& s) noexcept {
    if (s.state == State::safety_exit) return "safety_emergency";
    if (s.state == State::done && s.booking_confirmed) return "completed";
    if (s.state == State::callback) return s.lead_type == "high_ticket" ? "sales_lead" : "callback_later";
    return "customer_hangup";
}

// The plan's _derive_booking_status.
[[nodiscard]] constexpr std::string_view booking_status(const CallSession& s) noexcept {
    if (s.booking_confirmed) return "confirmed";
    if (s.state == State::callback && s.caller_confirmed) return "attempted_failed";
    return "not_requested";
}

// The agent's urgency tier mapped to the dashboard's enum (the contract's table),
// compared without case and surrounding blanks: routine/low -> low, medium ->
// medium, high/urgent -> high, emergency -> emergency, anything else -> low.
[[nodiscard]] constexpr std::string_view dashboard_urgency(std::string_view tier) noexcept {
    while (!tier.empty() && (tier.front() == ' ' || tier.front() == '\t')) tier.remove_prefix(1);
    while (!tier.empty() && (tier.back() == ' ' || tier.back() == '\t')) tier.remove_suffix(1);
    auto is = [&](std::string_view w) {
        if (w.size() != tier.size()) return false;
        for (std::size_t i = 0; i < w.size(); ++i) {
            char c = tier[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != w[i]) return false;
        }
        return true;
    };
    if (is("medium")) return "medium";
    if (is("high") || is("urgent")) return "high";
    if (is("emergency")) return "emergency";
    return "low";  // routine, low, and anything else
}

inline constexpr std::string_view unknown_caller_name = "Unknown Caller";
inline constexpr std::string_view unknown_phone = "unknown";
inline constexpr std::string_view unknown_address = "Address not provided";
inline constexpr std::string_view default_emergency_description = "Safety emergency detected";

// The call's id: the telephony call id when there is one (not empty or blank);
// otherwise an id derived from the session's phone number, start time and first
// transcript entry, the same for every retry of that call: "calllock-" and 16 hex
// digits (FNV-1a 64). A call id that is not valid UTF-8 has its invalid bytes replaced by
// U+FFFD, as the payloads' JSON has them: the id is the same in the payloads, the report, the
// outbox and the PostgreSQL queue (whose text columns refuse invalid UTF-8).
[[nodiscard]] inline std::string stable_call_id(const CallSession& s) {
    if (!detail::blank(s.call_sid))
        return detail::is_valid_utf8(s.call_sid) ? s.call_sid : detail::to_valid_utf8(s.call_sid);
    std::uint64_t h = 14695981039346656037ull;
    auto mix = [&](std::string_view bytes) {
        for (char c : bytes) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
        h ^= 0xff;  // field separator
        h *= 1099511628211ull;
    };
    // Times by their exact value (-0 as 0, every NaN as one): a session written
    // out and read back keeps them bit for bit (serialize writes the shortest form that
    // round-trips, parse_session reads numbers exactly), so a replayed session keeps
    // its id.
    auto mix_double = [&](double d) {
        if (d == 0.0) d = 0.0;
        const std::uint64_t bits = std::isnan(d) ? 0x7ff8000000000000ull : std::bit_cast<std::uint64_t>(d);
        std::array<char, 8> b{};
        for (std::size_t i = 0; i < 8; ++i) b[i] = static_cast<char>((bits >> (8 * i)) & 0xff);
        mix({b.data(), b.size()});
    };
    mix(s.phone_number);
    mix_double(s.start_time);
    if (!s.transcript_log.empty()) {
        const auto& e = s.transcript_log.front();
        mix(name(e.role));
        mix(e.role == Role::tool ? e.name : e.content);
        mix_double(e.timestamp);
    }
    constexpr char hex[] = "0123456789abcdef";
    std::string id = "calllock-";
    for (int i = 60; i >= 0; i -= 4) id.push_back(hex[(h >> i) & 0xf]);
    return id;
}

// The call transcript as the calls webhook takes it: agent and user turns only,
// each {"role","content"}; tool entries are left out.
[[nodiscard]] inline boost::json::array dashboard_transcript(std::span<const TranscriptEntry> log) {
    boost::json::array out;
    for (const auto& e : log)
        if (e.role != Role::tool) out.push_back(boost::json::object{{"role", name(e.role)}, {"content", json_text(e.content)}});
    return out;
}

namespace detail {

inline std::string or_placeholder(const std::string& s, std::string_view placeholder) {
    return blank(s) ? std::string(placeholder) : s;
}

// Instants the payloads can carry: 1970-01-01T00:00:00Z up to the last day of
// year 9999, so that an RFC 3339 text with any offset has a four-digit year.
inline constexpr double min_instant = 0.0;
inline constexpr double max_instant = 253402214400.0;  // 9999-12-31T00:00:00Z
inline bool usable_instant(double t) noexcept { return std::isfinite(t) && t >= min_instant && t < max_instant; }

// The call's times as the payloads carry them.
struct CallTimes {
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::int64_t duration = 0;
};

// start_time > 0 is known (the plan's test); an unknown start makes the call start
// and end at the end time with duration 0. An unusable end time falls back to the
// start time. An end before the start (a clock that moved back) gives duration 0
// and ended_at = started_at.
inline CallTimes call_times(const CallSession& s, double end_time, Notes* notes) {
    auto note = [&](std::string f, std::string m) {
        if (notes) notes->push_back({std::move(f), std::move(m)});
    };
    const bool start_known = s.start_time > 0 && usable_instant(s.start_time);
    if (!start_known && s.start_time != 0.0) note("started_at", "start_time is out of range; treated as unknown");
    CallTimes t;
    if (usable_instant(end_time)) {
        t.end = static_cast<std::int64_t>(std::floor(end_time));
    } else {
        note("ended_at", "end time is not a usable instant; the start time is used");
        t.end = start_known ? static_cast<std::int64_t>(std::floor(s.start_time)) : 0;
        end_time = static_cast<double>(t.end);
    }
    if (!start_known) {
        note("started_at", "start time unknown; started_at is the end time and duration 0");
        t.start = t.end;
        return t;
    }
    t.start = static_cast<std::int64_t>(std::floor(s.start_time));
    const double d = end_time - s.start_time;  // the plan's int(end_time - start_time)
    if (d < 0) {
        note("duration_seconds", "the end time is before the start time; duration 0");
        t.end = t.start;
        return t;
    }
    t.duration = static_cast<std::int64_t>(d);
    return t;
}

inline std::string datetime(std::int64_t t, const TimeZone& zone) { return format_rfc3339(t, zone.offset_at(t)); }

// scheduled_at from a booked time: with an offset or Z it keeps that offset; without
// one it is wall-clock time in the business's zone, sent with the offset in force
// then. Fractions of a second are dropped (bookings are to the minute).
inline std::optional<std::string> scheduled_at(std::string_view booked, const TimeZone& zone, Notes* notes) {
    const auto p = parse_iso8601(booked);
    if (!p) {
        if (notes)
            notes->push_back({"scheduled_at", "booked_time '" + to_valid_utf8(booked) +
                                                  "' is not an ISO 8601 date-time; left out"});
        return std::nullopt;
    }
    const std::int64_t t = p->instant(zone);
    return format_rfc3339(t, p->offset ? *p->offset : zone.offset_at(t), p->zulu);
}

}  // namespace detail

// When a call ended, for a session that does not say (a batch of recorded sessions):
// the latest transcript timestamp at or after the start (timestamps are on the start
// time's clock), else the start time itself (duration 0); with no usable start time,
// the latest usable timestamp, else `now`. The command line's payload and send use it
// when --end-time is not given.
[[nodiscard]] inline double call_end_time(const CallSession& s, double now) noexcept {
    const bool start_known = s.start_time > 0 && detail::usable_instant(s.start_time);
    double end = start_known ? s.start_time : -1.0;
    for (const auto& e : s.transcript_log)
        if (detail::usable_instant(e.timestamp) && e.timestamp > 0 && e.timestamp > end) end = e.timestamp;
    return end > 0 ? end : now;
}

namespace detail {

template <class E>
std::optional<std::string> name_or_empty(const std::optional<E>& v) {
    if (!v) return std::nullopt;
    return std::string(name(*v));
}

// The derived fields of the jobs webhook (fields.hpp), each left out when the call
// does not support it.
inline void put_derived_fields(JobPayload& p, const CallSession& s, const Classification& c, const CallFields& f,
                               const TimeZone& zone) {
    const RevenueRange r = revenue_range(c.revenue.tier);
    p.estimated_value = r.value;
    p.estimated_revenue_low = r.low;
    p.estimated_revenue_high = r.high;
    p.revenue_tier_range = r.range;
    p.revenue_tier_description = r.description;
    p.caller_type = name_or_empty(f.caller_type);
    p.primary_intent = name_or_empty(f.primary_intent);
    p.work_type = name_or_empty(f.work_type);
    p.is_callback_complaint = f.is_callback_complaint;
    p.potential_replacement = f.potential_replacement;
    p.is_decision_maker = f.is_decision_maker;
    p.property_type = name_or_empty(f.property_type);
    p.system_status = name_or_empty(f.system_status);
    if (f.equipment_age_bracket != AgeBracket::unknown) p.equipment_age_bracket = name(f.equipment_age_bracket);
    p.sentiment_score = f.sentiment_score;
    p.equipment_type = name_or_empty(f.equipment_type);
    if (f.equipment_age) p.equipment_age = *f.equipment_age;
    p.problem_duration = name_or_empty(f.problem_duration);
    p.problem_onset = name_or_empty(f.problem_onset);
    p.problem_pattern = name_or_empty(f.problem_pattern);
    if (f.attempted_fixes) {
        p.customer_attempted_fixes.emplace();
        for (std::uint8_t k = 0; k <= static_cast<std::uint8_t>(AttemptedFix::other); ++k)
            if (f.attempted(static_cast<AttemptedFix>(k)))
                p.customer_attempted_fixes->emplace_back(name(static_cast<AttemptedFix>(k)));
    }
    std::string summary;
    summary.reserve(max_summary_bytes);
    write_summary(s, c, f, zone, [&](char ch) { summary.push_back(ch); });
    p.ai_summary = to_valid_utf8(summary);
    if (is_sales_lead(s, f)) {
        // A title the owner reads first, and what a salesperson needs to know.
        std::string what = f.equipment_type ? std::string(name(*f.equipment_type)) : std::string("system");
        for (auto& ch : what)
            if (ch == '_') ch = ' ';
        p.issue_description = "Sales lead: " + what + (f.potential_replacement ? " replacement quote" : " install quote");
        std::string notes = "Tier " + std::string(c.revenue.tier_name()) + " (" + std::string(r.range) + ")";
        if (f.equipment_age) notes += "; equipment " + std::to_string(*f.equipment_age) + " years old";
        if (f.system_status) notes += "; current system " + std::string(name(*f.system_status));
        if (c.tags.contains(tags::FINANCING_REQ)) notes += "; asked about financing";
        if (c.tags.contains(tags::R22_RETROFIT)) notes += "; R-22 system";
        if (c.tags.contains(tags::COMMERCIAL_ACCT)) notes += "; commercial";
        if (f.is_decision_maker) notes += *f.is_decision_maker ? "; caller decides" : "; caller needs approval";
        for (auto sig : c.revenue.signals()) notes += "; " + std::string(sig);
        p.sales_lead_notes = to_valid_utf8(notes);
    }
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Builders. Each checks the configuration first: a ConfigError means nothing
// should be sent. `notes`, when given, receives what was changed or left out.

// The job (or lead) payload (the plan's build_job_payload), from a classification.
[[nodiscard]] inline ConfigResult<JobPayload> build_job_payload(const CallSession& s, const Classification& c,
                                                                double end_time, const BusinessConfig& config,
                                                                Notes* notes = nullptr) {
    (void)end_time;  // the plan computes a duration here and does not send it
    auto biz = check_config(config);
    if (!biz) return biz.error();
    JobPayload p;
    p.customer_name = detail::or_placeholder(s.customer_name, unknown_caller_name);
    p.customer_phone = detail::or_placeholder(s.phone_number, unknown_phone);
    p.customer_address = detail::or_placeholder(s.service_address, unknown_address);
    p.service_type = "hvac";
    p.urgency = dashboard_urgency(s.urgency_tier);
    p.user_email = biz->user_email;
    p.call_id = stable_call_id(s);
    p.call_transcript = to_plain_text(s.transcript_log);
    p.transcript_object = dashboard_transcript(s.transcript_log);
    p.booking_status = booking_status(s);
    p.end_call_reason = end_call_reason(s);
    p.issue_description = s.problem_description;
    p.tags = boost::json::value_from(c.tags).as_object();
    p.priority_color = c.priority.color_name();
    p.priority_reason = c.priority.reason();
    p.revenue_tier = c.revenue.tier_name();
    p.revenue_tier_label = c.revenue.tier_label();
    for (auto sig : c.revenue.signals()) p.revenue_tier_signals.emplace_back(sig);
    p.revenue_confidence = name(c.revenue.confidence);
    detail::put_derived_fields(p, s, c, derive_fields(s, c, biz->zone), biz->zone);
    if (s.booking_confirmed && !s.booked_time.empty())
        p.scheduled_at = detail::scheduled_at(s.booked_time, biz->zone, notes);
    return p;
}

// The job payload, classifying the session with the configured profile.
[[nodiscard]] inline ConfigResult<JobPayload> build_job_payload(const CallSession& s, double end_time,
                                                                const BusinessConfig& config,
                                                                Notes* notes = nullptr) {
    auto biz = check_config(config);
    if (!biz) return biz.error();
    return build_job_payload(s, classify_call(config.profile, s, biz->zone), end_time, config, notes);
}

// The call record (the plan's build_call_payload), linked to the job or lead the
// jobs webhook created when its response named one; hvac_issue_type from the
// classification.
[[nodiscard]] inline ConfigResult<CallPayload> build_call_payload(const CallSession& s, const Classification& c,
                                                                  double end_time, const BusinessConfig& config,
                                                                  const JobsResponse& jobs = {},
                                                                  Notes* notes = nullptr) {
    auto biz = check_config(config);
    if (!biz) return biz.error();
    const auto t = detail::call_times(s, end_time, notes);
    CallPayload p;
    p.call_id = stable_call_id(s);
    p.phone_number = detail::or_placeholder(s.phone_number, unknown_phone);
    p.customer_name = s.customer_name;
    p.user_email = biz->user_email;
    p.started_at = detail::datetime(t.start, biz->zone);
    p.ended_at = detail::datetime(t.end, biz->zone);
    p.duration_seconds = t.duration;
    p.direction = "inbound";
    p.outcome = end_call_reason(s);
    p.hvac_issue_type = detail::name_or_empty(derive_fields(s, c, biz->zone).hvac_issue_type);
    p.urgency_tier = s.urgency_tier;
    p.problem_description = s.problem_description;
    p.booking_status = booking_status(s);
    p.transcript_object = dashboard_transcript(s.transcript_log);
    p.job_id = jobs.job_id;
    p.lead_id = jobs.lead_id;
    return p;
}

// The call record, classifying the session with the configured profile.
[[nodiscard]] inline ConfigResult<CallPayload> build_call_payload(const CallSession& s, double end_time,
                                                                  const BusinessConfig& config,
                                                                  const JobsResponse& jobs = {},
                                                                  Notes* notes = nullptr) {
    auto biz = check_config(config);
    if (!biz) return biz.error();
    return build_call_payload(s, classify_call(config.profile, s, biz->zone), end_time, config, jobs, notes);
}

// Whether the call ends with an emergency alert (the plan: after a safety exit).
[[nodiscard]] constexpr bool needs_emergency_alert(const CallSession& s) noexcept {
    return s.state == State::safety_exit;
}

// The emergency alert (the plan's inline payload in handle_call_ended). sms_sent_at
// is the end time: the plan stamps it with the clock when the post-call phase runs.
[[nodiscard]] inline ConfigResult<EmergencyAlertPayload> build_emergency_alert(const CallSession& s, double end_time,
                                                                               const BusinessConfig& config,
                                                                               Notes* notes = nullptr) {
    auto biz = check_config(config);
    if (!biz) return biz.error();
    const auto t = detail::call_times(s, end_time, notes);
    EmergencyAlertPayload p;
    p.call_id = stable_call_id(s);
    p.phone_number = detail::or_placeholder(s.phone_number, unknown_phone);
    p.customer_name = s.customer_name;
    p.customer_address = s.service_address;
    p.problem_description = detail::or_placeholder(s.problem_description, default_emergency_description);
    p.user_email = biz->user_email;
    p.sms_sent_at = detail::datetime(t.end, biz->zone);
    p.callback_promised_minutes = biz->callback_promised_minutes;
    return p;
}

// Everything the post-call phase sends, built once.
struct Payloads {
    Classification classification;
    JobPayload job;
    CallPayload call;
    std::optional<EmergencyAlertPayload> alert;  // only after a safety exit
    Notes notes;
};

[[nodiscard]] inline ConfigResult<Payloads> build_payloads(const CallSession& s, double end_time,
                                                           const BusinessConfig& config,
                                                           const JobsResponse& jobs = {}) {
    auto biz = check_config(config);
    if (!biz) return biz.error();
    Payloads out;
    out.classification = classify_call(config.profile, s, biz->zone);  // context tags in the business zone
    auto job = build_job_payload(s, out.classification, end_time, config, &out.notes);
    if (!job) return job.error();
    auto call = build_call_payload(s, out.classification, end_time, config, jobs, &out.notes);
    if (!call) return call.error();
    out.job = std::move(*job);
    out.call = std::move(*call);
    if (needs_emergency_alert(s)) {
        auto alert = build_emergency_alert(s, end_time, config);  // its time notes are the call's
        if (!alert) return alert.error();
        out.alert = std::move(*alert);
    }
    return out;
}

}  // namespace calllock
