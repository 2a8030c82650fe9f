// The outbox on PostgreSQL (target calllock::pg, libpq): many agent hosts enqueue
// into one database and any number of delivery workers, on any host, deliver as one.
// The same guarantees as the file outbox (outbox.hpp), held by the database:
//
//  - A call is enqueued in one transaction (one statement): its row with the call's
//    retry budget, and its payloads (job, call record, alert) as the exact bytes to
//    send, numbered in sending order. Enqueued whole or not at all.
//  - A worker claims the oldest deliverable call with FOR UPDATE SKIP LOCKED and a
//    lease (lease_until, lease_owner): workers never wait on each other, and a call
//    whose worker died is claimed again when its lease expires. Every change a worker
//    makes checks that the lease is still its own.
//  - Within a call the order is job, call record, alert. When the job is accepted, the
//    job_id / lead_id of the dashboard's answer are written into the stored call
//    record in the same transaction that removes the job: from then on the call
//    record's bytes are fixed, and every retry sends the same bytes.
//  - A payload leaves the database only after a 2xx. A rejection (4xx other than
//    408/429) moves it to calllock_outbox_dead with the dashboard's answer, redacted.
//    Anything else is retried: backoff with jitter and Retry-After within the call's
//    budget, then the call is released with a not_before time and claimed again later.
//
// The schema is created and migrated by open() (versioned in calllock_meta, under an
// advisory lock so that hosts starting together do not race). docs/fleet.md.
#pragma once
#include <libpq-fe.h>

#include <boost/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "config_error.hpp"
#include "delivery.hpp"
#include "log.hpp"
#include "post_call.hpp"
#include "settings.hpp"
#include "store_error.hpp"
#include "sync.hpp"

namespace calllock::pg {

// The schema version this library writes and reads.
inline constexpr int schema_version = 1;

// Whether a URL names a PostgreSQL outbox (CALLLOCK_OUTBOX_URL).
[[nodiscard]] inline bool is_postgres_url(std::string_view url) noexcept {
    return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

namespace detail {

// libpq's message without its trailing newline, and without any password: libpq
// quotes a malformed URL (or a piece of it) whole, password included. Every
// "scheme://user:password@" is cut to "scheme://user:<redacted>@", and the password
// of the outbox URL, when known, is replaced wherever it appears.
inline std::string trimmed(const char* message, const std::string& password = {}) {
    std::string e = message ? message : "";
    while (!e.empty() && (e.back() == '\n' || e.back() == ' ')) e.pop_back();
    for (std::size_t at = e.find("://"); at != std::string::npos; at = e.find("://", at + 3)) {
        const std::size_t end = e.find_first_of(" \t\n\"'", at + 3);
        const std::size_t userinfo = e.find('@', at + 3);
        if (userinfo == std::string::npos || (end != std::string::npos && userinfo > end)) continue;
        const std::size_t colon = e.find(':', at + 3);
        if (colon != std::string::npos && colon < userinfo) e.replace(colon + 1, userinfo - colon - 1, "<redacted>");
    }
    // The password where libpq quotes it alone ("invalid percent-encoded token: \"50%off\""),
    // whatever its length; elsewhere when it is long enough not to be any word of the message.
    if (const std::string& pw = password; !pw.empty()) {
        const std::string quoted = "\"" + pw + "\"";
        for (auto p = e.find(quoted); p != std::string::npos; p = e.find(quoted, p)) e.replace(p, quoted.size(), "\"<redacted>\"");
        if (pw.size() >= 4)
            for (auto p = e.find(pw); p != std::string::npos; p = e.find(pw, p)) e.replace(p, pw.size(), "<redacted>");
    }
    return e;
}

// The password of a libpq URL: its value when libpq reads the URL; otherwise the
// userinfo's text after its first ':' as written (libpq quotes that text in the error
// it gives for a password it cannot decode, "50%off"), "" when there is none.
inline std::string password_of(const std::string& url) {
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(url.c_str(), &err);
    if (err) PQfreemem(err);
    std::string pw;
    for (auto* o = opts; o && o->keyword; ++o)
        if (std::string_view(o->keyword) == "password" && o->val) pw = o->val;
    if (opts) PQconninfoFree(opts);
    if (!opts) {
        const std::size_t scheme = url.find("://");
        if (scheme != std::string::npos) {
            const std::size_t start = scheme + 3;
            const std::size_t path = url.find_first_of("/?", start);
            const std::size_t at = url.rfind('@', path == std::string::npos ? std::string::npos : path);
            if (at != std::string::npos && at >= start) {
                const std::size_t colon = url.find(':', start);
                if (colon != std::string::npos && colon < at) pw = url.substr(colon + 1, at - colon - 1);
            }
        }
    }
    return pw;
}

// A libpq result, cleared on scope exit.
class result {
public:
    explicit result(PGresult* r, std::string password = {}) noexcept : r_(r), password_(std::move(password)) {}
    // No result: the connection could not be made (why).
    static result failed(std::string why) {
        result r(nullptr);
        r.why_ = std::move(why);
        return r;
    }
    result(result&& o) noexcept
        : r_(std::exchange(o.r_, nullptr)), password_(std::move(o.password_)), why_(std::move(o.why_)) {}
    result& operator=(result&& o) noexcept {
        std::swap(r_, o.r_);
        std::swap(password_, o.password_);
        std::swap(why_, o.why_);
        return *this;
    }
    ~result() { PQclear(r_); }
    [[nodiscard]] bool ok() const noexcept {
        const auto s = r_ ? PQresultStatus(r_) : PGRES_FATAL_ERROR;
        return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
    }
    // The error is the connection's, not the statement's: no result at all, an error
    // libpq made itself (no SQLSTATE: "server closed the connection unexpectedly"),
    // a connection exception (08) or a shutdown or restart (57P01-57P03).
    // libpq's status can still say CONNECTION_OK then, until the next use fails.
    [[nodiscard]] bool connection_lost() const noexcept {
        if (!r_) return true;
        if (ok()) return false;
        const char* state = PQresultErrorField(r_, PG_DIAG_SQLSTATE);
        if (!state) return true;
        const std::string_view s(state);
        // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now; not
        // 57014 (a statement timeout, on a healthy connection).
        return s.starts_with("08") || s == "57P01" || s == "57P02" || s == "57P03";
    }
    [[nodiscard]] int rows() const noexcept { return r_ ? PQntuples(r_) : 0; }
    // Rows an INSERT, UPDATE or DELETE changed.
    [[nodiscard]] long long affected() const {
        const char* n = r_ ? PQcmdTuples(r_) : "";
        return *n ? std::stoll(n) : 0;
    }
    [[nodiscard]] std::string_view get(int row, int col) const noexcept {
        return {PQgetvalue(r_, row, col), static_cast<std::size_t>(PQgetlength(r_, row, col))};
    }
    [[nodiscard]] bool null(int row, int col) const noexcept { return PQgetisnull(r_, row, col) != 0; }
    [[nodiscard]] long long number(int row, int col) const {
        return null(row, col) ? 0 : std::stoll(std::string(get(row, col)));
    }
    [[nodiscard]] std::string error() const {
        if (!r_) return why_.empty() ? "no result (out of memory or connection lost)" : why_;
        return trimmed(PQresultErrorMessage(r_), password_);
    }
    // Success, or the statement's error.
    [[nodiscard]] StoreResult<> status() const {
        if (ok()) return {};
        return StoreError{error()};
    }

private:
    PGresult* r_;
    std::string password_;
    std::string why_;
};

// Connection errors that waiting does not cure (libpq reports them as text only).
inline bool final_connect_error(std::string_view e) noexcept {
    for (std::string_view final : {"authentication failed", "does not exist", "no password supplied",
                                   "could not translate host name", "no pg_hba.conf entry"})
        if (e.find(final) != std::string_view::npos) return true;
    return false;
}

// One connection, reopened when it is lost.
class connection {
public:
    explicit connection(std::string url) : url_(std::move(url)), password_(password_of(url_)) {}
    connection(connection&& o) noexcept
        : url_(std::move(o.url_)),
          password_(std::move(o.password_)),
          statement_timeout_(o.statement_timeout_),
          lock_timeout_(o.lock_timeout_),
          c_(std::exchange(o.c_, nullptr)) {}
    connection& operator=(connection&&) = delete;
    ~connection() { close(); }

    void close() noexcept {
        if (c_) PQfinish(c_);
        c_ = nullptr;
    }
    // How long one statement, and one wait for a lock, may take (30 s and 10 s unless
    // set): on the open connection now (one round trip, only when they change) and on
    // every later one. An error closes the connection (the next use reconnects with them).
    StoreResult<> set_timeouts(std::chrono::milliseconds statement, std::chrono::milliseconds lock) {
        statement = std::max(statement, std::chrono::milliseconds(1));
        lock = std::max(lock, std::chrono::milliseconds(1));
        if (statement == statement_timeout_ && lock == lock_timeout_) return {};
        statement_timeout_ = statement;
        lock_timeout_ = lock;
        if (!connected()) return {};
        result r(PQexec(c_, timeout_settings().c_str()), password_);
        if (r.ok()) return {};
        StoreError e{r.error()};
        close();
        return e;
    }
    [[nodiscard]] bool connected() const noexcept { return c_ && PQstatus(c_) == CONNECTION_OK; }
    // Whether libpq can read the URL: one it cannot is wrong however long one waits
    // for the database.
    [[nodiscard]] StoreResult<> readable() const {
        char* err = nullptr;
        PQconninfoOption* opts = PQconninfoParse(url_.c_str(), &err);
        if (opts) {
            PQconninfoFree(opts);
            return {};
        }
        std::string e = err ? trimmed(err, password_) : std::string("out of memory");
        if (err) PQfreemem(err);
        return StoreError{"not a PostgreSQL URL libpq can read: " + e};
    }
    // Connects when not connected.
    StoreResult<> ensure() {
        if (c_ && PQstatus(c_) == CONNECTION_OK) return {};
        close();
        // Bounded waits on the network: a connect that takes 5 s fails, and a peer that
        // went away is noticed by TCP keepalives and tcp_user_timeout instead of after
        // minutes of retransmissions. Settings in the URL win over these (they come
        // later: libpq lets the expanded URL override earlier keywords).
        const char* keys[] = {"connect_timeout", "keepalives", "keepalives_idle", "keepalives_interval",
                              "keepalives_count", "tcp_user_timeout", "dbname", nullptr};
        const char* values[] = {"5", "1", "10", "5", "3", "30000", url_.c_str(), nullptr};
        c_ = PQconnectdbParams(keys, values, 1);
        if (!c_) return StoreError{"cannot connect to PostgreSQL: out of memory"};
        if (PQstatus(c_) != CONNECTION_OK) {
            std::string e = trimmed(PQerrorMessage(c_), password_);
            close();
            return StoreError{"cannot connect to PostgreSQL: " + e};
        }
        // A worker must not wait forever on a lock or a statement.
        result r(PQexec(c_, (timeout_settings() + "; SET client_min_messages = warning").c_str()), password_);
        if (r.ok()) return {};
        StoreError e{r.error()};
        close();  // not without its timeouts
        return e;
    }
    // Runs one statement with text parameters (nullopt: SQL NULL), or a script of
    // statements without parameters. After an error the
    // connection is dropped when it is broken, so that the next call reconnects.
    result exec(const char* sql, std::initializer_list<std::optional<std::string_view>> params = {}) {
        if (auto connected = ensure(); !connected) return result::failed(connected.error().what());
        std::vector<std::string> hold;
        hold.reserve(params.size());
        std::vector<const char*> values;
        for (const auto& p : params) {
            if (!p) {
                values.push_back(nullptr);
                continue;
            }
            hold.emplace_back(*p);
            values.push_back(hold.back().c_str());
        }
        // Without parameters: the simple protocol, which also runs a script (the schema).
        result r(values.empty() ? PQexec(c_, sql)
                                : PQexecParams(c_, sql, static_cast<int>(values.size()), nullptr, values.data(),
                                               nullptr, nullptr, 0),
                 password_);
        if (!r.ok() && (PQstatus(c_) != CONNECTION_OK || r.connection_lost())) close();
        return r;
    }
private:
    [[nodiscard]] std::string timeout_settings() const {
        return "SET statement_timeout = " + std::to_string(statement_timeout_.count()) +
               "; SET lock_timeout = " + std::to_string(lock_timeout_.count());
    }

    std::string url_;
    std::string password_;
    std::chrono::milliseconds statement_timeout_{30000};
    std::chrono::milliseconds lock_timeout_{10000};
    PGconn* c_ = nullptr;
};

inline constexpr const char* schema_v1 = R"SQL(
CREATE TABLE IF NOT EXISTS calllock_outbox_calls (
  id          bigserial PRIMARY KEY,
  call_id     text        NOT NULL,
  enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  budget_ms   bigint      NOT NULL,
  not_before  timestamptz NOT NULL DEFAULT clock_timestamp(),
  lease_until timestamptz,
  lease_owner text,
  failures    integer     NOT NULL DEFAULT 0,
  last_error  text        NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS calllock_outbox_payloads (
  call  bigint   NOT NULL REFERENCES calllock_outbox_calls(id) ON DELETE CASCADE,
  kind  smallint NOT NULL CHECK (kind BETWEEN 0 AND 2),
  body  text     NOT NULL,
  PRIMARY KEY (call, kind)
);
CREATE TABLE IF NOT EXISTS calllock_outbox_dead (
  id        bigserial PRIMARY KEY,
  call_id   text        NOT NULL,
  kind      smallint    NOT NULL,
  body      text        NOT NULL,
  status    integer     NOT NULL,
  error     text        NOT NULL,
  response  text,
  dead_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
)SQL";

// A worker's name in lease_owner: host, process and a per-process number.
inline std::string make_owner() {
    static std::atomic<unsigned> n{0};
    char host[256] = "host";
    ::gethostname(host, sizeof host - 1);
    // A random part too: two containers may share a host name and both run as pid 1.
    static const unsigned nonce = std::random_device{}();
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", nonce);
    return std::string(host) + ":" + std::to_string(::getpid()) + ":" + hex + ":" + std::to_string(n++);
}

inline std::string ms_text(std::chrono::milliseconds d) { return std::to_string(d.count()); }

}  // namespace detail

// A claimed call: its payloads in sending order, as stored.
struct Claim {
    std::int64_t id = 0;
    std::string call_id;
    std::chrono::milliseconds budget{0};
    int failures = 0;  // deliveries of this call that left something pending
    std::vector<std::pair<Webhook, std::string>> payloads;
};

// The backlog, for monitoring (`calllock-postcall status`).
struct Backlog {
    long long pending_calls = 0;     // calls with something left to send
    long long pending_payloads = 0;
    long long leased_calls = 0;      // being delivered now
    long long retrying_calls = 0;    // waiting for their next attempt (not_before in the future)
    long long dead_payloads = 0;
    double oldest_age_seconds = 0;   // the oldest pending call's time in the outbox
    [[nodiscard]] boost::json::object to_json() const {
        return {{"pending_calls", pending_calls},   {"pending_payloads", pending_payloads},
                {"leased_calls", leased_calls},     {"retrying_calls", retrying_calls},
                {"dead_payloads", dead_payloads},   {"oldest_age_seconds", oldest_age_seconds}};
    }
};

// The outbox on one database. Not thread-safe: one per thread (each has its own
// connection); any number across threads, processes and hosts.
class Outbox {
public:
    // Connects, creates or migrates the schema. A database that cannot be reached
    // (down, starting, restarting, shutting down) is tried again, with backoff, for up
    // to `wait`; a URL libpq cannot read, or a schema newer than this library, is an
    // error at once. The error names the URL's problem without the password.
    // `log` hears of each wait ("waiting 0.4 s for PostgreSQL: ...").
    [[nodiscard]] static ConfigResult<Outbox> open(const std::string& url,
                                                   std::chrono::milliseconds wait = std::chrono::milliseconds(0),
                                                   const log_fn& log = {}) {
        if (!is_postgres_url(url))
            return ConfigError{"outbox_url", "CALLLOCK_OUTBOX_URL must start with postgresql://"};
        Outbox box(url);
        if (auto readable = box.db_.readable(); !readable) return ConfigError{"outbox_url", readable.error().what()};
        const auto until = std::chrono::steady_clock::now() + wait;
        for (std::chrono::milliseconds pause(100);; pause = std::min(2 * pause, std::chrono::milliseconds(2000))) {
            auto migrated = box.migrate();
            if (migrated) return ConfigResult<Outbox>(std::move(box));
            const std::string err = migrated.error().what();
            // Connected and still refused (the schema, a permission), or refused for a
            // reason a restart does not change (a password, a database or host that does
            // not exist): waiting will not help.
            if (box.db_.connected() || detail::final_connect_error(err) ||
                std::chrono::steady_clock::now() + pause >= until)
                return ConfigError{"outbox_url", err};
            if (log) {
                char secs[32];
                std::snprintf(secs, sizeof secs, "%.1f", static_cast<double>(pause.count()) / 1000.0);
                log(LogLevel::warning, std::string("waiting ") + secs + " s for PostgreSQL: " + err);
            }
            std::this_thread::sleep_for(pause);
        }
    }

    [[nodiscard]] const std::string& owner() const noexcept { return owner_; }

    // How long one statement, and one wait for a lock, may take on this outbox's
    // connection (30 s and 10 s unless set): now, and after every reconnect. The agent's
    // enqueue (use_outbox) keeps them within each call's deadline.
    StoreResult<> set_timeouts(std::chrono::milliseconds statement, std::chrono::milliseconds lock) {
        return db_.set_timeouts(statement, lock);
    }

    // Enqueues one call (one statement, one transaction). Returns its row id, or the
    // error (nothing was stored).
    StoreResult<std::int64_t> enqueue(const QueuedCall& q) {
        auto r = db_.exec(R"SQL(
WITH c AS (INSERT INTO calllock_outbox_calls (call_id, budget_ms) VALUES ($1, $2::bigint) RETURNING id)
INSERT INTO calllock_outbox_payloads (call, kind, body)
SELECT c.id, p.kind, p.body FROM c
CROSS JOIN (VALUES (0::smallint, $3::text), (1::smallint, $4::text), (2::smallint, $5::text)) AS p(kind, body)
WHERE p.body IS NOT NULL
RETURNING call)SQL",
                          {q.call_id, detail::ms_text(q.budget), opt(q.job), opt(q.call), opt(q.alert)});
        if (!r.ok()) return StoreError{r.error()};
        if (r.rows() == 0) return StoreError{"no payload to enqueue"};
        return r.number(0, 0);
    }

    // Claims the oldest call that may be delivered now (nullopt: none deliverable now).
    StoreResult<std::optional<Claim>> claim(std::chrono::milliseconds lease) {
        auto r = db_.exec(R"SQL(
WITH c AS (
  SELECT id FROM calllock_outbox_calls
  WHERE not_before <= clock_timestamp() AND (lease_until IS NULL OR lease_until < clock_timestamp())
  ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
UPDATE calllock_outbox_calls k
SET lease_until = clock_timestamp() + $2::bigint * interval '1 millisecond', lease_owner = $1
FROM c WHERE k.id = c.id
RETURNING k.id, k.call_id, k.budget_ms, k.failures)SQL",
                          {owner_, detail::ms_text(lease)});
        if (!r.ok()) return StoreError{r.error()};
        if (r.rows() == 0) return std::optional<Claim>();
        Claim c;
        c.id = r.number(0, 0);
        c.call_id = std::string(r.get(0, 1));
        c.budget = std::chrono::milliseconds(r.number(0, 2));
        c.failures = static_cast<int>(r.number(0, 3));
        const std::string id = std::to_string(c.id);
        auto p = db_.exec("SELECT kind, body FROM calllock_outbox_payloads WHERE call = $1::bigint ORDER BY kind", {id});
        if (!p.ok()) {
            release(c, std::chrono::milliseconds(0), "reading the payloads: " + p.error());
            return StoreError{p.error()};
        }
        for (int i = 0; i < p.rows(); ++i)
            c.payloads.emplace_back(static_cast<Webhook>(p.number(i, 0)), std::string(p.get(i, 1)));
        return std::optional<Claim>(std::move(c));
    }

    // Delivers a claimed call: job, call record, alert, each with retries within the
    // call's budget; records each outcome in the database; releases the call. Never throws.
    DeliveryReport deliver(Claim& c, DashboardClient& client, const RetryPolicy& policy,
                           std::chrono::milliseconds lease, const log_fn& log = log_to_stderr) noexcept {
        DeliveryReport report;
        report.key = "call " + std::to_string(c.id) + " (" + c.call_id + ")";
        try {
            deliver_claimed(c, client, policy, lease, log, report);
        } catch (const std::exception& e) {
            report.io_error = std::string("internal error: ") + e.what();
        }
        const bool left = report.count(PayloadState::kept) + report.count(PayloadState::waiting) > 0 ||
                          !report.io_error.empty();
        if (left) report.kept_in = "postgresql outbox, " + report.key;
        return report;
    }

    // Delivers until nothing is deliverable now (calls waiting for a later attempt
    // stay). The command line's `replay` on a PostgreSQL outbox.
    ReplayReport drain(DashboardClient& client, const RetryPolicy& policy, std::chrono::milliseconds lease,
                       const log_fn& log = log_to_stderr) noexcept {
        ReplayReport r;
        try {
            for (std::size_t unreachable_in_a_row = 0;;) {
                auto claimed = claim(lease);
                if (!claimed) {
                    r.errors.push_back(claimed.error().what());
                    break;
                }
                if (!*claimed) break;
                ++r.calls_total;
                ++r.calls_done;
                const DeliveryReport d = deliver(**claimed, client, policy, lease, log);
                r.delivered += d.count(PayloadState::delivered);
                r.dead += d.count(PayloadState::dead);
                r.kept += d.count(PayloadState::kept) + d.count(PayloadState::waiting);
                if (!d.io_error.empty()) r.errors.push_back(d.key + ": " + d.io_error);
                const bool unreachable = !d.payloads.empty() &&
                                         std::all_of(d.payloads.begin(), d.payloads.end(), [](const auto& p) {
                                             return p.state != PayloadState::delivered &&
                                                    p.state != PayloadState::dead && p.last.status == 0;
                                         });
                unreachable_in_a_row = unreachable ? unreachable_in_a_row + 1 : 0;
                if (unreachable_in_a_row >= replay_unreachable_limit) {
                    r.stopped_early = true;
                    break;
                }
            }
        } catch (const std::exception& e) {
            r.errors.push_back(std::string("internal error: ") + e.what());
        }
        return r;
    }

    // The backlog now, or why the database cannot be read.
    StoreResult<Backlog> backlog() {
        auto r = db_.exec(R"SQL(
SELECT
  (SELECT count(*) FROM calllock_outbox_calls),
  (SELECT count(*) FROM calllock_outbox_payloads),
  (SELECT count(*) FROM calllock_outbox_calls WHERE lease_until >= clock_timestamp()),
  (SELECT count(*) FROM calllock_outbox_calls WHERE not_before > clock_timestamp()),
  (SELECT count(*) FROM calllock_outbox_dead),
  (SELECT COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(enqueued_at)), 0)::float8 FROM calllock_outbox_calls))SQL");
        if (!r.ok()) return StoreError{r.error()};
        if (r.rows() != 1) return StoreError{"the backlog query returned " + std::to_string(r.rows()) + " rows"};
        Backlog b;
        b.pending_calls = r.number(0, 0);
        b.pending_payloads = r.number(0, 1);
        b.leased_calls = r.number(0, 2);
        b.retrying_calls = r.number(0, 3);
        b.dead_payloads = r.number(0, 4);
        b.oldest_age_seconds = std::stod(std::string(r.get(0, 5)));
        return b;
    }

private:
    explicit Outbox(std::string url) : db_(std::move(url)), owner_(detail::make_owner()) {}

    static std::optional<std::string_view> opt(const std::string& s) {
        return s.empty() ? std::nullopt : std::optional<std::string_view>(s);
    }

    // Creates or migrates the schema under an advisory lock (one host at a time).
    StoreResult<> migrate() {
        if (auto connected = db_.ensure(); !connected) return connected;
        auto step = [&](const char* sql) { return db_.exec(sql).status(); };
        if (auto begun = step("BEGIN"); !begun) return begun;
        StoreResult<> done = step("SELECT pg_advisory_xact_lock(7421553901)");
        if (done) done = step("CREATE TABLE IF NOT EXISTS calllock_meta (key text PRIMARY KEY, value text NOT NULL)");
        int version = 0;
        if (done) {
            auto r = db_.exec("SELECT value FROM calllock_meta WHERE key = 'schema_version'");
            if (!r.ok()) done = StoreError{r.error()};
            else if (r.rows() == 1) version = static_cast<int>(r.number(0, 0));
        }
        if (done && version > schema_version)
            done = StoreError{"the outbox schema in this database is version " + std::to_string(version) +
                              ", newer than this library's (" + std::to_string(schema_version) + "): upgrade calllock"};
        if (done && version < 1) done = db_.exec(detail::schema_v1).status();  // several statements: simple protocol
        if (done && version < schema_version)
            done = step("INSERT INTO calllock_meta VALUES ('schema_version', '1') "
                        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
        if (!done) {
            if (db_.connected()) (void)step("ROLLBACK");  // not on a new connection: that would hide a lost one
            return StoreError{"cannot create the outbox schema: " + done.error().what()};
        }
        return step("COMMIT");
    }

    // Runs statements in one transaction: the body's error, or the first statement's
    // (then rolled back).
    template <class F>
    StoreResult<> transaction(F&& body) {
        if (auto begun = db_.exec("BEGIN").status(); !begun) return begun;
        if (StoreResult<> done = body(); !done) {
            db_.exec("ROLLBACK");
            return done;
        }
        return db_.exec("COMMIT").status();
    }

    // Locks the call's row when the lease is still ours; an error when it is not.
    StoreResult<> own(const Claim& c) {
        auto r = db_.exec("SELECT 1 FROM calllock_outbox_calls WHERE id = $1::bigint AND lease_owner = $2 FOR UPDATE",
                          {std::to_string(c.id), owner_});
        if (!r.ok()) return StoreError{r.error()};
        if (r.rows() != 1) return lease_lost();
        return {};
    }

    StoreResult<> renew(const Claim& c, std::chrono::milliseconds lease) {
        auto r = db_.exec("UPDATE calllock_outbox_calls SET lease_until = clock_timestamp() + $3::bigint * "
                          "interval '1 millisecond' WHERE id = $1::bigint AND lease_owner = $2",
                          {std::to_string(c.id), owner_, detail::ms_text(lease)});
        if (!r.ok()) return StoreError{r.error()};
        if (r.affected() != 1) return lease_lost();
        return {};
    }

    static StoreError lease_lost() { return {"the lease on this call was lost (another worker took it over)"}; }

    // Gives the call back: to be tried again after `wait`.
    void release(const Claim& c, std::chrono::milliseconds wait, const std::string& why) {
        db_.exec("UPDATE calllock_outbox_calls SET lease_until = NULL, lease_owner = NULL, failures = failures + 1, "
                 "not_before = clock_timestamp() + $3::bigint * interval '1 millisecond', last_error = $4 "
                 "WHERE id = $1::bigint AND lease_owner = $2",
                 {std::to_string(c.id), owner_, detail::ms_text(wait), why});
    }

    void deliver_claimed(Claim& c, DashboardClient& client, const RetryPolicy& policy, std::chrono::milliseconds lease,
                         const log_fn& log, DeliveryReport& report) {
        thread_local std::minstd_rand rng(std::random_device{}());
        const std::string id = std::to_string(c.id);
        const auto budget = c.budget.count() > 0 ? c.budget : policy.budget;
        const auto deadline = std::chrono::steady_clock::now() + budget;
        bool blocked = false;
        std::chrono::milliseconds retry_after{0};
        std::string last_error;
        for (auto& [kind, body] : c.payloads) {
            if (blocked) {
                report.payloads.push_back(waiting_behind(kind, report.payloads.back().kind));
                continue;
            }
            PayloadOutcome out;
            out.kind = kind;
            // The lease is renewed before every attempt, so that a long run of retries
            // does not outlive it; a lease taken over stops the sending.
            bool lost = false;
            out.last = send_with_retries(client, kind, body, policy, deadline, out.attempts, log, report.key,
                                         [&] {
                                             auto renewed = renew(c, lease);
                                             lost = !renewed;
                                             return renewed;
                                         });
            if (lost) {
                report.io_error = out.last.error;
                out.state = PayloadState::kept;
                report.payloads.push_back(std::move(out));
                return;
            }
            const std::string kind_s = std::to_string(static_cast<int>(kind));
            switch (verdict_of(out.last)) {
                case Verdict::delivered: {
                    // Linking the call record and removing the job: one transaction.
                    std::string linked;
                    if (kind == Webhook::jobs)
                        for (auto& [k2, b2] : c.payloads)
                            if (k2 == Webhook::calls) {
                                auto l = link_call_record_text(b2, out.last);
                                if (!l.error.empty()) log(LogLevel::warning, "outbox: " + report.key + ": " + l.error);
                                if (!l.body.empty()) linked = std::move(l.body), b2 = linked;
                            }
                    const auto recorded = transaction([&]() -> StoreResult<> {
                        if (auto owned = own(c); !owned) return owned;
                        if (!linked.empty()) {
                            auto u = db_.exec("UPDATE calllock_outbox_payloads SET body = $2 WHERE call = $1::bigint "
                                              "AND kind = 1", {id, linked});
                            if (!u.ok()) return u.status();
                        }
                        return db_.exec("DELETE FROM calllock_outbox_payloads WHERE call = $1::bigint AND "
                                        "kind = $2::smallint", {id, kind_s}).status();
                    });
                    if (!recorded) {
                        // sent again later: de-duplicated
                        report.io_error = "recording the delivery: " + recorded.error().what();
                        out.state = PayloadState::kept;
                        report.payloads.push_back(std::move(out));
                        return;
                    }
                    out.state = PayloadState::delivered;
                    break;
                }
                case Verdict::dead: {
                    const std::string response =
                        out.last.response.is_null() ? std::string() : client.redact(boost::json::serialize(out.last.response));
                    const auto recorded = transaction([&]() -> StoreResult<> {
                        if (auto owned = own(c); !owned) return owned;
                        auto ins = db_.exec("INSERT INTO calllock_outbox_dead (call_id, kind, body, status, error, "
                                            "response) VALUES ($1, $2::smallint, $3, $4::integer, $5, $6)",
                                            {c.call_id, kind_s, body, std::to_string(out.last.status),
                                             client.redact(out.last.error), opt(response)});
                        if (!ins.ok()) return ins.status();
                        return db_.exec("DELETE FROM calllock_outbox_payloads WHERE call = $1::bigint AND "
                                        "kind = $2::smallint", {id, kind_s}).status();
                    });
                    if (!recorded) {
                        report.io_error = "recording the rejection: " + recorded.error().what();
                        out.state = PayloadState::kept;
                        blocked = true;
                    } else {
                        out.state = PayloadState::dead;
                        report.dead_in = "calllock_outbox_dead";
                        log(LogLevel::error, "outbox: " + report.key + " " + std::string(payload_kind_name(kind)) +
                                                 " rejected (" + client.redact(out.last.error) +
                                                 "): moved to calllock_outbox_dead");
                    }
                    break;
                }
                case Verdict::retry:
                    out.state = PayloadState::kept;
                    blocked = true;
                    last_error = client.redact(out.last.error);
                    if (!out.last.retry_after.empty())
                        if (auto ra = parse_retry_after(out.last.retry_after)) retry_after = *ra;
                    break;
            }
            report.payloads.push_back(std::move(out));
        }
        if (!blocked) {
            // Everything sent or dead-lettered: the call leaves the outbox.
            auto d = db_.exec("DELETE FROM calllock_outbox_calls WHERE id = $1::bigint AND lease_owner = $2 AND "
                              "NOT EXISTS (SELECT 1 FROM calllock_outbox_payloads WHERE call = $1::bigint)",
                              {id, owner_});
            if (!d.ok()) report.io_error = "removing the delivered call: " + d.error();
            return;
        }
        const auto wait = std::max(backoff_delay(policy, static_cast<unsigned>(c.failures) + 1, rng), retry_after);
        release(c, wait, last_error);
    }

    detail::connection db_;
    std::string owner_;
};

// The hook that makes handle_call_ended enqueue into PostgreSQL: set on the
// configuration when config.outbox_url names a database (CALLLOCK_OUTBOX_URL).
// Opens the outbox now (the schema is created when missing), so that a wrong URL is
// an error at start; a database that cannot be reached is waited for, up to
// `wait_for_database` (an agent host that boots while the database restarts comes up
// with it), and is an error at start after that; a wrong password or a database or
// host that does not exist is an error at once; each wait is logged (`log`, stderr by
// default), so that an agent that waits says why. A failed enqueue (the database
// restarting, say) is retried within the call's budget; after that the call goes to
// the file outbox (config.outbox_dir) when there is one, and is reported. The retries
// of an enqueue last at most 10 s (or the call's budget, when shorter). The agent's
// calls share one connection: a call waits for it no longer than its own deadline,
// and a statement of a call may take what is left of that deadline, no more (the
// connection's statement and lock timeouts; lowered for a call that got the connection
// late, by a round trip). A database that stops answering altogether (a stalled host)
// holds the call using the connection up to the TCP user timeout (30 s); the calls
// ending meanwhile still go to the file outbox at their own deadline.
[[nodiscard]] inline std::optional<ConfigError> use_outbox(
    PostCallConfig& config, std::chrono::milliseconds wait_for_database = std::chrono::seconds(30),
    const log_fn& log = log_to_stderr) {
    if (config.outbox_url.empty()) return std::nullopt;
    auto opened = Outbox::open(config.outbox_url, wait_for_database, log);
    if (!opened) return opened.error();
    struct shared {
        explicit shared(Outbox b) : box(std::move(b)) {}
        std::timed_mutex mu;
        Outbox box;
    };
    auto s = std::make_shared<shared>(std::move(*opened));
    config.enqueue = [s](const QueuedCall& q) -> StoreResult<> {
        if (q.job.empty() || q.call.empty()) return StoreError{"no job or call record to enqueue"};  // not worth a retry
        thread_local std::minstd_rand rng(std::random_device{}());
        // The call is only in memory until it is stored: a short deadline of its own
        // (at most 10 s), then the file outbox takes it.
        const auto limit = std::clamp<std::chrono::milliseconds>(q.budget, std::chrono::milliseconds(100),
                                                                 std::chrono::seconds(10));
        const auto deadline = std::chrono::steady_clock::now() + limit;
        RetryPolicy p;
        p.initial_backoff = std::chrono::milliseconds(100);
        p.max_backoff = std::chrono::milliseconds(2000);
        StoreError err;
        for (unsigned failures = 1;; ++failures) {
            {
                std::unique_lock lock(s->mu, std::defer_lock);
                if (!lock.try_lock_until(deadline))
                    return StoreError{"the connection to the PostgreSQL outbox was busy with other calls until this "
                                      "call's deadline" + (err.message.empty() ? "" : "; last error: " + err.message)};
                // What is left of the deadline bounds the statement: the full limit while
                // calls get the connection in time (no round trip), less for a late one.
                const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now());
                const auto bound = left < limit * 9 / 10 ? left : limit;
                if (bound <= std::chrono::milliseconds(0))
                    return err.message.empty() ? StoreError{"no time left in the call's budget to enqueue it"} : err;
                (void)s->box.set_timeouts(bound, bound);  // on an error the enqueue reconnects with them
                auto r = s->box.enqueue(q);
                if (r) return {};
                err = std::move(r.error());
            }
            const auto wait = backoff_delay(p, failures, rng);
            if (std::chrono::steady_clock::now() + wait >= deadline) return err;
            std::this_thread::sleep_for(wait);
        }
    };
    return std::nullopt;
}

// A delivery worker: claims and delivers calls until `stop` is set (the call being
// delivered is finished first), reconnecting when the database goes away. The
// command line's `deliver`, one per --workers.
struct WorkerOptions {
    std::chrono::milliseconds lease{std::chrono::seconds(120)};  // a dead worker's call is taken over after this
    std::chrono::milliseconds idle_wait{100};                     // the pause when nothing is deliverable
};

struct WorkerStats {
    std::size_t calls = 0;
    std::size_t delivered = 0;  // payloads
    std::size_t dead = 0;
    std::size_t kept = 0;
    std::size_t database_errors = 0;
};

inline WorkerStats run_worker(const std::string& url, DashboardClient& client, const RetryPolicy& policy,
                              const WorkerOptions& opt, const std::atomic<bool>& stop,
                              const log_fn& log = log_to_stderr) noexcept {
    WorkerStats st;
    std::optional<Outbox> box;
    std::chrono::milliseconds pause = opt.idle_wait;
    auto sleep_unless_stopped = [&](std::chrono::milliseconds d) {
        const auto until = std::chrono::steady_clock::now() + d;
        while (!stop.load() && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(d, std::chrono::milliseconds(20)));
    };
    while (!stop.load()) {
        try {
            if (!box) {
                auto opened = Outbox::open(url);
                if (!opened) {
                    ++st.database_errors;
                    log(LogLevel::warning, "outbox: " + opened.error().what() + "; retrying");
                    sleep_unless_stopped(std::chrono::milliseconds(500));
                    continue;
                }
                box.emplace(std::move(*opened));
            }
            auto claimed = box->claim(opt.lease);
            if (!claimed) {
                ++st.database_errors;
                log(LogLevel::warning, "outbox: claiming a call: " + claimed.error().what() + "; retrying");
                sleep_unless_stopped(std::chrono::milliseconds(200));
                continue;
            }
            if (!*claimed) {
                sleep_unless_stopped(pause);
                continue;
            }
            const DeliveryReport d = box->deliver(**claimed, client, policy, opt.lease, log);
            ++st.calls;
            st.delivered += d.count(PayloadState::delivered);
            st.dead += d.count(PayloadState::dead);
            st.kept += d.count(PayloadState::kept) + d.count(PayloadState::waiting);
            if (!d.io_error.empty()) {
                ++st.database_errors;
                log(LogLevel::warning, "outbox: " + d.key + ": " + d.io_error);
            }
        } catch (const std::exception& e) {
            ++st.database_errors;
            log(LogLevel::error, std::string("outbox worker: internal error: ") + e.what());
            sleep_unless_stopped(std::chrono::milliseconds(200));
        }
    }
    return st;
}

}  // namespace calllock::pg
