// What the two outboxes (outbox.hpp on files, pg_outbox.hpp on PostgreSQL) share:
// the verdict on an answer (delivered, retry, dead letter), the Retry-After header,
// backoff with jitter, one payload sent with retries within a call's budget, the
// reports of a delivery and of a replay, and the link of the call record to the job
// the dashboard created.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/json.hpp>

#include "../civil_time.hpp"
#include "detail/crash_point.hpp"
#include "log.hpp"
#include "../json.hpp"
#include "jobs_response.hpp"
#include "settings.hpp"
#include "store_error.hpp"
#include "sync.hpp"
#include "webhook.hpp"

namespace calllock {

// What to do after an answer.
enum class Verdict : unsigned char { delivered, retry, dead };

// Network errors and timeouts (status 0), 408, 429 and 5xx are retried, and so is a
// 2xx whose body is not JSON (the acceptance is not confirmed; the dashboard
// de-duplicates by call_id). Any other status is a rejection: a dead letter.
[[nodiscard]] inline Verdict verdict_of(const SendResult& r) noexcept {
    if (r.success) return Verdict::delivered;
    if (r.status == 0 || (r.status >= 200 && r.status <= 299)) return Verdict::retry;
    if (r.status == 408 || r.status == 429 || r.status >= 500) return Verdict::retry;
    return Verdict::dead;
}

namespace detail {

inline bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

inline int month_number(std::string_view m) {
    constexpr std::string_view names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (m == names[i]) return i + 1;
    return 0;
}

}  // namespace detail

// The longest wait a Retry-After is taken to ask for. A dashboard, proxy or CDN that asks for
// more (a date centuries ahead, a delay of years) is misconfigured: its payloads are kept and
// retried after a day, not parked for years (the PostgreSQL outbox's not_before) nor slept on
// (a wait of centuries also overflows the steady clock's nanoseconds when added to now()).
inline constexpr std::chrono::milliseconds max_retry_after = std::chrono::hours(24);

// The wait a Retry-After header asks for (RFC 9110 10.2.3): delay-seconds, or an
// HTTP-date (IMF-fixdate, and the obsolete RFC 850 and asctime forms) compared
// with now, at most max_retry_after. A date in the past is no wait; anything else
// unreadable is nullopt.
[[nodiscard]] inline std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view v, std::chrono::system_clock::time_point now = std::chrono::system_clock::now()) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    if (detail::all_digits(v)) {
        if (v.size() > 9) return max_retry_after;  // "forever"
        return std::min<std::chrono::milliseconds>(std::chrono::seconds(std::stol(std::string(v))), max_retry_after);
    }
    // Tokens split on ' ', ',', '-', ':'.
    std::vector<std::string_view> tok;
    std::size_t i = 0;
    while (i < v.size()) {
        while (i < v.size() && (v[i] == ' ' || v[i] == ',' || v[i] == '-' || v[i] == ':')) ++i;
        const std::size_t b = i;
        while (i < v.size() && v[i] != ' ' && v[i] != ',' && v[i] != '-' && v[i] != ':') ++i;
        if (i > b) tok.push_back(v.substr(b, i - b));
    }
    if (tok.size() < 7 || tok.size() > 8) return std::nullopt;
    if (detail::all_digits(tok[0])) return std::nullopt;  // the weekday comes first
    long day = 0, year = 0, hh = 0, mm = 0, ss = 0;
    int month = 0;
    auto num = [](std::string_view t, long& out) {
        if (!detail::all_digits(t) || t.size() > 4) return false;
        out = std::stol(std::string(t));
        return true;
    };
    if ((month = detail::month_number(tok[1])) != 0) {  // asctime: Sun Nov  6 08:49:37 1994
        if (tok.size() != 7 || !num(tok[2], day) || !num(tok[3], hh) || !num(tok[4], mm) || !num(tok[5], ss) ||
            !num(tok[6], year))
            return std::nullopt;
    } else {  // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT; RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        if (tok.size() != 8 || tok[7] != "GMT" || !num(tok[1], day) || (month = detail::month_number(tok[2])) == 0 ||
            !num(tok[3], year) || !num(tok[4], hh) || !num(tok[5], mm) || !num(tok[6], ss))
            return std::nullopt;
        if (tok[3].size() == 2) year += year < 70 ? 2000 : 1900;
    }
    if (day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60 || year < 1970) return std::nullopt;
    const std::int64_t when = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
                              hh * 3600 + mm * 60 + ss;
    const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const std::int64_t wait = when * 1000 - now_ms;
    return std::chrono::milliseconds(std::clamp<std::int64_t>(wait, 0, max_retry_after.count()));
}

// The wait before attempt number `failures` + 1 (failures >= 1): exponential
// (initial * 2^(failures-1), at most max_backoff) with "equal jitter": half of it
// fixed, the other half random, so that agents that failed together do not retry
// together.
template <class Rng>
[[nodiscard]] std::chrono::milliseconds backoff_delay(const RetryPolicy& p, unsigned failures, Rng& rng) {
    const long long cap = std::max<long long>(p.max_backoff.count(), 1);
    long long d = std::max<long long>(p.initial_backoff.count(), 1);
    for (unsigned i = 1; i < failures && d < cap; ++i) d *= 2;
    d = std::min(d, cap);
    std::uniform_int_distribution<long long> half(0, d / 2);
    return std::chrono::milliseconds(d - d / 2 + half(rng));
}

// What happened to one payload of a call.
enum class PayloadState : unsigned char { delivered, kept, dead, waiting };

struct PayloadOutcome {
    Webhook kind{};
    PayloadState state = PayloadState::kept;
    unsigned attempts = 0;
    SendResult last;  // the last answer (for `waiting`: never sent, the reason in error)
};

// The delivery of one call's directory.
struct DeliveryReport {
    std::string key;
    std::vector<PayloadOutcome> payloads;
    bool busy = false;       // another process was delivering it
    bool gone = false;       // delivered by someone else in the meantime
    std::string io_error;    // the outbox could not be read or written
    std::string kept_in;     // the pending directory, while something is left in it
    std::string dead_in;     // the dead-letter directory, when something went there

    [[nodiscard]] std::size_t count(PayloadState s) const {
        return static_cast<std::size_t>(
            std::count_if(payloads.begin(), payloads.end(), [&](const PayloadOutcome& p) { return p.state == s; }));
    }
    [[nodiscard]] const PayloadOutcome* find(Webhook k) const {
        for (const auto& p : payloads)
            if (p.kind == k) return &p;
        return nullptr;
    }
};

// Totals of a replay, also passed to the progress callback after each call.
struct ReplayReport {
    std::size_t calls_total = 0;      // pending calls seen so far
    std::size_t calls_done = 0;       // calls looked at
    std::size_t delivered = 0;        // payloads
    std::size_t dead = 0;             // payloads moved to dead/
    std::size_t kept = 0;             // payloads left pending (still failing)
    std::size_t busy = 0;             // calls another process held for longer than the wait
    bool stopped_early = false;       // the dashboard was unreachable: the rest was left untouched
    std::vector<std::string> errors;  // I/O errors of the outbox

    [[nodiscard]] bool complete() const { return kept == 0 && busy == 0 && !stopped_early && errors.empty(); }
    [[nodiscard]] std::string summary() const {
        return std::to_string(calls_done) + "/" + std::to_string(calls_total) + " calls, " +
               std::to_string(delivered) + " payloads delivered, " + std::to_string(dead) + " dead-lettered, " +
               std::to_string(kept) + " still pending" + (busy ? ", " + std::to_string(busy) + " calls busy" : "") +
               (stopped_early ? " (stopped: dashboard unreachable)" : "");
    }
};

// A replay stops after this many calls in a row that could not reach the
// dashboard at all (status 0 every time): the rest stays pending for the next run.
inline constexpr std::size_t replay_unreachable_limit = 3;

// A payload not sent because an earlier one of its call is still pending.
[[nodiscard]] inline PayloadOutcome waiting_behind(Webhook kind, Webhook earlier) {
    PayloadOutcome out;
    out.kind = kind;
    out.state = PayloadState::waiting;
    out.last.error = "not sent yet: waits for the " + std::string(payload_kind_name(earlier)) + " (kept in the outbox)";
    return out;
}

// One payload with retries until it is delivered or rejected, or until the next
// wait would pass `deadline` (the call's budget): backoff with jitter, at least the
// Retry-After the dashboard asked for. `key` names the call in the log. The file
// outbox and the PostgreSQL outbox both deliver with it. before_attempt, when given,
// runs before each attempt (the PostgreSQL outbox renews its lease there); an error
// it returns ends the retries without sending (status 0, that error's message).
inline SendResult send_with_retries(DashboardClient& client, Webhook kind, const std::string& body,
                                    const RetryPolicy& policy, std::chrono::steady_clock::time_point deadline,
                                    unsigned& attempts, const log_fn& log, const std::string& key,
                                    const std::function<StoreResult<>()>& before_attempt = {}) {
    thread_local std::minstd_rand rng(std::random_device{}());
    for (unsigned failures = 0;;) {
        if (before_attempt)
            if (auto ready = before_attempt(); !ready) return SendResult{false, 0, {}, ready.error().what(), {}};
        ++attempts;
        detail::crash_point("send.before:" + std::string(payload_kind_name(kind)));
        SendResult r = client.send_body(kind, body);
        if (verdict_of(r) != Verdict::retry) return r;
        ++failures;
        auto wait = backoff_delay(policy, failures, rng);
        if (!r.retry_after.empty())
            if (auto ra = parse_retry_after(r.retry_after)) wait = std::max(wait, *ra);
        if (std::chrono::steady_clock::now() + wait >= deadline) {
            log(LogLevel::warning, "outbox: " + key + " " + std::string(payload_kind_name(kind)) + ": " +
                                       std::to_string(attempts) + " attempts, last: " + client.redact(r.error) +
                                       "; no time left in the call's budget");
            return r;
        }
        std::this_thread::sleep_for(wait);
    }
}

// The call record with the job_id / lead_id of the jobs webhook's answer written in:
// body "" when the answer carries neither (nothing to change), error when the call
// record is not a JSON object (then it is sent as it is).
struct LinkedCallRecord {
    std::string body;
    std::string error;
};
[[nodiscard]] inline LinkedCallRecord link_call_record_text(const std::string& call_record, const SendResult& job_answer) {
    const JobsResponse ids = parse_jobs_response(boost::json::serialize(job_answer.response));
    if (!ids.job_id && !ids.lead_id) return {};
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(call_record, ec);
    if (ec || !v.is_object()) return {{}, "the pending call record is not a JSON object; sent as it is"};
    auto& o = v.as_object();
    if (ids.job_id) o["job_id"] = json_text(*ids.job_id);
    if (ids.lead_id) o["lead_id"] = json_text(*ids.lead_id);
    return {boost::json::serialize(v), {}};
}

}  // namespace calllock
