// The durable outbox (target calllock::sync): every payload of a call is on disk
// before it is sent and leaves the disk only after the dashboard answered 2xx.
//
// Layout of an outbox directory (all 0700, files 0600, no secret anywhere):
//   tmp/<key>/            a call being written (invisible to replay)
//   pending/<key>/        a call waiting for delivery: 1-job.json, 2-call.json, 3-alert.json
//   dead/<key>/           payloads the dashboard rejected (4xx other than 408/429), each
//                         with N-kind.answer.json: the status and the dashboard's answer
// <key> is "<nanoseconds since the epoch, 20 digits>-<pid>-<sequence>-<call id>", so the
// names sort in the order the calls were written. A call's directory is written in
// tmp/ (each file written, fsync'ed; then the directory fsync'ed), then renamed into
// pending/ and pending/ fsync'ed: a call is in the outbox whole or not at all.
//
// Delivery of one call holds an exclusive flock(2) on its pending directory: the
// agent that wrote it and any number of replays may run at once, and a payload is
// never sent by two of them at the same time. The lock dies with its process (a
// SIGKILL leaves nothing claimed). Within a call the order is job, call record,
// alert; the call record is sent only when its job is no longer pending.
//
// The link of the call record to its job or lead: when the job is delivered, the
// job_id / lead_id of the dashboard's answer are written into 2-call.json (atomic
// rewrite) before 1-job.json is removed. From then on the call record's bytes are
// fixed: every retry and replay sends the same bytes, with the same call_id, and
// the dashboard de-duplicates. A call record whose job was dead-lettered is sent
// without a link (the job waits in dead/ for an operator).
#pragma once
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "../civil_time.hpp"
#include "config_error.hpp"
#include "delivery.hpp"
#include "detail/files.hpp"
#include "log.hpp"
#include "store_error.hpp"
#include "sync.hpp"

namespace calllock {

// The file of each payload in a call's directory: the names sort in sending order.
[[nodiscard]] constexpr std::string_view payload_file(Webhook k) noexcept {
    constexpr std::string_view names[] = {"1-job.json", "2-call.json", "3-alert.json"};
    return names[static_cast<int>(k)];
}
// The list of a call's payload files, written first when it is spooled.
inline constexpr std::string_view manifest_file = "0-manifest";

namespace detail {

inline std::string utc_now_text() {
    const auto now = std::chrono::system_clock::now();
    return format_rfc3339(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count(), 0);
}


}  // namespace detail

// A call's pending directory, locked by this process (flock, released on close or
// when the process dies).
class OutboxClaim {
public:
    OutboxClaim() = default;
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    [[nodiscard]] explicit operator bool() const noexcept { return static_cast<bool>(fd_); }
    // Why the call may not survive a crash of this machine although it was spooled (the
    // fsync of pending/ failed), "" normally: for the log.
    [[nodiscard]] const std::string& durability_warning() const noexcept { return warning_; }

private:
    friend class Outbox;
    OutboxClaim(std::string key, detail::unique_fd fd, std::string warning = {})
        : key_(std::move(key)), fd_(std::move(fd)), warning_(std::move(warning)) {}
    std::string key_;
    detail::unique_fd fd_;
    std::string warning_;
};

class Outbox {
public:
    // Opens (creating it when needed) the outbox at `dir`: dir, dir/tmp, dir/pending
    // and dir/dead, each 0700 and owned by this user.
    [[nodiscard]] static ConfigResult<Outbox> open(const std::filesystem::path& dir) {
        if (dir.empty()) return ConfigError{"outbox_dir", "no outbox directory given"};
        const auto root = std::filesystem::absolute(dir);
        for (const auto& p : {root, root / "tmp", root / "pending", root / "dead"})
            if (auto made = detail::ensure_private_dir(p); !made) return ConfigError{"outbox_dir", made.error().what()};
        // The entries of tmp/, pending/ and dead/ are in the root, and the root's in its parent:
        // durable before a first call is spooled into them.
        for (const auto& p : {root, root.parent_path()})
            if (detail::unique_fd fd = detail::open_dir(AT_FDCWD, p.string()); fd) ::fsync(fd.get());
        return Outbox(root);
    }

    [[nodiscard]] const std::filesystem::path& dir() const noexcept { return root_; }
    [[nodiscard]] std::filesystem::path pending_dir() const { return root_ / "pending"; }
    [[nodiscard]] std::filesystem::path dead_dir() const { return root_ / "dead"; }

    // Writes a call's payloads (the exact bytes to send) into pending/ and returns
    // the claim on it, so that this process delivers it first. Nothing is sent; on an
    // error nothing of the call is left in the outbox.
    [[nodiscard]] StoreResult<OutboxClaim> spool(std::string_view call_id,
                                                  std::span<const std::pair<Webhook, std::string>> payloads) {
        static std::atomic<unsigned> sequence{0};
        char prefix[64];
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
        std::snprintf(prefix, sizeof prefix, "%020lld-%d-%06u-", static_cast<long long>(ns), static_cast<int>(::getpid()),
                      sequence++ % 1000000u);
        const std::string key = prefix + detail::file_name_part(call_id);
        auto fail = [&](const StoreError& why) {
            std::error_code ignored;  // nothing of a call that failed to spool is left in tmp/
            std::filesystem::remove_all(root_ / "tmp" / key, ignored);
            return StoreError{"cannot spool call " + key + " in " + root_.string() + ": " + why.message};
        };
        detail::unique_fd tmp = detail::open_dir(AT_FDCWD, (root_ / "tmp").string());
        detail::unique_fd pending = detail::open_dir(AT_FDCWD, pending_dir().string());
        if (!tmp || !pending) return fail(detail::errno_error("cannot open", root_.string()));
        if (::mkdirat(tmp.get(), key.c_str(), 0700) != 0) return fail(detail::errno_error("cannot create", "tmp/" + key));
        detail::unique_fd entry = detail::open_dir(tmp.get(), key);
        if (!entry || ::flock(entry.get(), LOCK_EX) != 0) return fail(detail::errno_error("cannot lock", "tmp/" + key));
        // The manifest first (the payload files this call has), then the payloads: an
        // entry a killed process leaves in tmp/ with every file of its manifest is
        // complete, and recover_abandoned() commits it on the dead process's behalf.
        std::string manifest;
        for (const auto& [kind, body] : payloads) manifest += std::string(payload_file(kind)) + "\n";
        if (auto written = detail::write_durably(entry.get(), std::string(manifest_file), manifest); !written)
            return fail(written.error());
        for (const auto& [kind, body] : payloads)
            if (auto written = detail::write_durably(entry.get(), std::string(payload_file(kind)), body); !written)
                return fail(written.error());
        detail::crash_point("spool.before_commit");
        // The commit: the whole call appears in pending/ at once, already locked by us.
        if (::renameat(tmp.get(), key.c_str(), pending.get(), key.c_str()) != 0)
            return fail(detail::errno_error("cannot move", "tmp/" + key + " to pending/"));
        detail::crash_point("spool.after_commit");
        // The call is in pending/ now, locked by us: it is delivered through the outbox
        // even when the directory's fsync fails (failing here would leave it in pending/
        // unlocked while the caller sent it without the outbox: sent twice). The claim
        // says so: until it is delivered, a crash of the machine may lose the rename.
        if (::fsync(pending.get()) != 0)
            return OutboxClaim(key, std::move(entry),
                               detail::errno_error("cannot fsync", pending_dir().string()).message +
                                   ": the call is spooled, but a crash of this machine before it is delivered "
                                   "may lose it");
        return OutboxClaim(key, std::move(entry));
    }

    // Commits the calls that a process killed while spooling left complete in tmp/
    // (not locked, and every payload file its manifest names is there), and removes
    // the incomplete ones older than an hour (their process died before the call was
    // on disk: nothing of them was sent). Returns how many calls it committed. replay()
    // calls it first.
    std::size_t recover_abandoned(const log_fn& log = log_to_stderr) {
        std::size_t committed = 0;
        detail::unique_fd tmp = detail::open_dir(AT_FDCWD, (root_ / "tmp").string());
        detail::unique_fd pending = detail::open_dir(AT_FDCWD, pending_dir().string());
        if (!tmp || !pending) return 0;
        for (const auto& key : list(root_ / "tmp")) {
            detail::unique_fd entry = detail::open_dir(tmp.get(), key);
            if (!entry || ::flock(entry.get(), LOCK_EX | LOCK_NB) != 0) continue;  // not a call, or its writer lives
            const auto manifest = detail::read_file_at(entry.get(), std::string(manifest_file));
            bool complete = manifest.has_value() && !manifest->empty();
            if (complete)
                for (std::size_t at = 0; at < manifest->size();) {
                    const auto nl = manifest->find('\n', at);
                    const std::string name = manifest->substr(at, nl - at);
                    at = nl == std::string::npos ? manifest->size() : nl + 1;
                    if (!name.empty() && !detail::exists_at(entry.get(), name)) complete = false;
                }
            if (complete) {
                if (::renameat(tmp.get(), key.c_str(), pending.get(), key.c_str()) == 0 && ::fsync(pending.get()) == 0) {
                    ++committed;
                    log(LogLevel::warning, "outbox: " + key + " was left in tmp/ by a process killed while spooling; "
                                                              "complete, so it is committed now");
                }
                continue;
            }
            struct stat st {};
            if (::fstat(entry.get(), &st) == 0 && ::time(nullptr) - st.st_mtime > 3600) {
                std::error_code ignored;
                std::filesystem::remove_all(root_ / "tmp" / key, ignored);
                log(LogLevel::warning, "outbox: removed tmp/" + key + ", left incomplete by a process killed while "
                                                                     "spooling (nothing of it was sent)");
            }
        }
        return committed;
    }

    // The pending calls, oldest first.
    [[nodiscard]] std::vector<std::string> pending_keys() const { return list(pending_dir()); }
    // The calls with dead letters.
    [[nodiscard]] std::vector<std::string> dead_keys() const { return list(dead_dir()); }
    // How many payloads are pending.
    [[nodiscard]] std::size_t pending_payloads() const {
        std::size_t n = 0;
        for (const auto& k : pending_keys())
            for (auto kind : all_webhooks)
                if (std::filesystem::exists(pending_dir() / k / payload_file(kind))) ++n;
        return n;
    }

    // Claims a pending call: nullopt when it is gone (delivered meanwhile) or, with
    // wait == 0, when another process holds it; otherwise waits up to `wait`.
    [[nodiscard]] std::optional<OutboxClaim> claim(const std::string& key, std::chrono::milliseconds wait,
                                                   bool* busy = nullptr) const {
        if (busy) *busy = false;
        detail::unique_fd pending = detail::open_dir(AT_FDCWD, pending_dir().string());
        if (!pending) return std::nullopt;
        const auto until = std::chrono::steady_clock::now() + wait;
        for (;;) {
            detail::unique_fd fd = detail::open_dir(pending.get(), key);
            if (!fd) return std::nullopt;  // delivered and removed
            if (::flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
                // Still the same, still linked directory? (The holder may have removed it.)
                struct stat held {}, now {};
                if (::fstat(fd.get(), &held) != 0 || held.st_nlink == 0) return std::nullopt;
                if (::fstatat(pending.get(), key.c_str(), &now, AT_SYMLINK_NOFOLLOW) != 0 || now.st_ino != held.st_ino ||
                    now.st_dev != held.st_dev)
                    return std::nullopt;
                return OutboxClaim(key, std::move(fd));
            }
            if (std::chrono::steady_clock::now() >= until) {
                if (busy) *busy = true;
                return std::nullopt;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }

    // Delivers what a claimed call still has pending, in order, retrying within the
    // policy's budget. Removes each payload after its 2xx, moves each rejected one to
    // dead/, keeps the rest. Never throws.
    DeliveryReport deliver(OutboxClaim& c, DashboardClient& client, const RetryPolicy& policy,
                           const log_fn& log = log_to_stderr) noexcept {
        DeliveryReport report;
        report.key = c.key();
        try {
            deliver_claimed(c, client, policy, log, report);
        } catch (const std::exception& e) {
            report.io_error = std::string("internal error: ") + e.what();
        }
        if (!report.io_error.empty()) report.kept_in = (pending_dir() / c.key()).string();
        c.fd_.reset();  // the lock goes with the descriptor
        return report;
    }

    // Delivers everything pending, oldest call first, while other processes may
    // write and deliver: a call another process is delivering is waited for (up to
    // the policy's budget plus 5 s) and then looked at again; calls written during
    // the replay are picked up before it ends. Never throws.
    ReplayReport replay(DashboardClient& client, const RetryPolicy& policy,
                        const std::function<void(const ReplayReport&)>& progress = {},
                        const log_fn& log = log_to_stderr) noexcept {
        ReplayReport r;
        try {
            recover_abandoned(log);
            std::set<std::string> seen;
            std::vector<std::string> busy;
            std::size_t unreachable_in_a_row = 0;
            auto handle = [&](OutboxClaim& claimed) {
                const DeliveryReport d = deliver(claimed, client, policy, log);
                r.delivered += d.count(PayloadState::delivered);
                r.dead += d.count(PayloadState::dead);
                r.kept += d.count(PayloadState::kept) + d.count(PayloadState::waiting);
                if (!d.io_error.empty()) r.errors.push_back(d.key + ": " + d.io_error);
                const bool unreachable = !d.payloads.empty() && std::all_of(d.payloads.begin(), d.payloads.end(), [](const auto& p) {
                    return p.state != PayloadState::delivered && p.state != PayloadState::dead && p.last.status == 0;
                });
                unreachable_in_a_row = unreachable ? unreachable_in_a_row + 1 : 0;
            };
            // Rounds: every call not seen yet, then the ones others held; again until a
            // round finds nothing new (calls written meanwhile are not skipped).
            for (;;) {
                for (bool found_new = true; found_new && !r.stopped_early;) {
                    found_new = false;
                    for (const auto& key : pending_keys()) {
                        if (!seen.insert(key).second) continue;
                        found_new = true;
                        ++r.calls_total;
                        if (unreachable_in_a_row >= replay_unreachable_limit) {
                            r.stopped_early = true;
                            continue;  // counted, left untouched
                        }
                        bool is_busy = false;
                        auto claimed = claim(key, std::chrono::milliseconds(0), &is_busy);
                        if (is_busy) {
                            busy.push_back(key);
                            continue;
                        }
                        ++r.calls_done;
                        if (claimed) handle(*claimed);
                        if (progress) progress(r);
                    }
                }
                if (busy.empty() || r.stopped_early) break;
                // The calls others were delivering: wait for their lock, then finish what they left.
                for (const auto& key : busy) {
                    bool is_busy = false;
                    auto claimed = claim(key, policy.budget + std::chrono::seconds(5), &is_busy);
                    if (is_busy) {
                        ++r.busy;
                        log(LogLevel::warning, "outbox: " + key + " is still being delivered by another process");
                        continue;
                    }
                    ++r.calls_done;
                    if (claimed) handle(*claimed);
                    if (progress) progress(r);
                }
                busy.clear();
            }
        } catch (const std::exception& e) {
            r.errors.push_back(std::string("internal error: ") + e.what());
        }
        return r;
    }

private:
    explicit Outbox(std::filesystem::path root) : root_(std::move(root)) {}

    static std::vector<std::string> list(const std::filesystem::path& dir) {
        std::vector<std::string> out;
        std::error_code ec;
        for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] != '.') out.push_back(name);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // Writes the job's job_id / lead_id into the pending call record. An error is one of
    // the disk (the record could not be read or rewritten): the job is then kept, to be sent
    // again (the dashboard answers a repeated job with the same ids) and linked then. A
    // record that is not a JSON object is logged and sent as it is (no retry would mend it).
    static StoreResult<> link_call_record(int entry, const SendResult& job_answer, const log_fn& log,
                                          const std::string& key) {
        const std::string name(payload_file(Webhook::calls));
        auto text = detail::read_file_at(entry, name);
        if (!text) {
            if (detail::exists_at(entry, name)) return StoreError{"cannot read " + key + "/" + name};
            return {};  // no call record in this call (or already sent)
        }
        const LinkedCallRecord linked = link_call_record_text(*text, job_answer);
        if (!linked.error.empty()) {
            log(LogLevel::warning, "outbox: " + key + ": linking the call record: " + linked.error);
            return {};
        }
        if (linked.body.empty()) return {};
        return detail::write_durably(entry, name, linked.body);
    }

    // Moves a rejected payload to dead/<key>/ with the dashboard's answer beside it.
    StoreResult<> bury(int entry, const std::string& key, Webhook kind, const SendResult& r,
                       const DashboardClient& client) {
        detail::unique_fd dead = detail::open_dir(AT_FDCWD, dead_dir().string());
        if (!dead) return detail::errno_error("cannot open", dead_dir().string());
        if (::mkdirat(dead.get(), key.c_str(), 0700) != 0 && errno != EEXIST)
            return detail::errno_error("cannot create", "dead/" + key);
        detail::unique_fd dir = detail::open_dir(dead.get(), key);
        if (!dir) return detail::errno_error("cannot open", "dead/" + key);
        boost::json::object answer{{"route", payload_kind_name(kind)},
                                   {"status", r.status},
                                   {"error", json_text(client.redact(r.error))},
                                   {"dead_at", detail::utc_now_text()}};
        if (!r.response.is_null()) {
            const std::string text = client.redact(boost::json::serialize(r.response));
            boost::system::error_code ec;
            boost::json::value v = boost::json::parse(text, ec);
            answer["response"] = ec ? boost::json::value(json_text(text)) : std::move(v);
        } else {
            answer["response"] = nullptr;
        }
        const std::string base(payload_file(kind));
        if (auto written = detail::write_durably(dir.get(), base.substr(0, base.size() - 5) + ".answer.json",
                                                 boost::json::serialize(answer));
            !written)
            return written;
        if (::renameat(entry, base.c_str(), dir.get(), base.c_str()) != 0)
            return detail::errno_error("cannot move to dead/", key + "/" + base);
        // dead/ too: the entry of dead/<key>, new with the first payload buried, is in it (a
        // power cut could otherwise leave the payload in a directory no longer linked).
        if (::fsync(dir.get()) != 0 || ::fsync(dead.get()) != 0 || ::fsync(entry) != 0)
            return detail::errno_error("cannot fsync", "dead/" + key);
        return {};  // success
    }

    void deliver_claimed(OutboxClaim& c, DashboardClient& client, const RetryPolicy& policy, const log_fn& log,
                         DeliveryReport& report) {
        const int entry = c.fd_.get();
        const std::string& key = c.key();
        const auto deadline = std::chrono::steady_clock::now() + policy.budget;
        bool blocked = false;  // an earlier payload of this call is still pending
        for (auto kind : all_webhooks) {
            const std::string name(payload_file(kind));
            auto body = detail::read_file_at(entry, name);
            if (!body) {
                if (!detail::exists_at(entry, name)) continue;  // none in this call, or delivered before
                // There but unreadable (EMFILE in a busy agent, EIO, a file grown past the read
                // limit): kept, and the payloads after it wait, as behind an undelivered one
                // (a call record sent before its job would lose the job's link for good).
                report.io_error = "cannot read " + key + "/" + name;
                if (!blocked) {
                    PayloadOutcome unread;
                    unread.kind = kind;
                    unread.state = PayloadState::kept;
                    unread.last.error = report.io_error + " (kept in the outbox)";
                    report.payloads.push_back(std::move(unread));
                    blocked = true;
                } else {
                    report.payloads.push_back(waiting_behind(kind, report.payloads.back().kind));
                }
                continue;
            }
            if (blocked) {
                report.payloads.push_back(waiting_behind(kind, report.payloads.back().kind));
                continue;
            }
            PayloadOutcome out;
            out.kind = kind;
            out.last = send_with_retries(client, kind, *body, policy, deadline, out.attempts, log, key);
            switch (verdict_of(out.last)) {
                case Verdict::delivered: {
                    const std::string kind_name(payload_kind_name(kind));
                    detail::crash_point("delivered.before_link_or_unlink:" + kind_name);
                    if (kind == Webhook::jobs)
                        if (auto linked = link_call_record(entry, out.last, log, key); !linked) {
                            // The link could not be written (a full disk, say): keep the job rather
                            // than send the call record without it; the next delivery sends the
                            // job again and links then.
                            report.io_error = std::string("linking the call record: ") + linked.error().what();
                            log(LogLevel::error, "outbox: " + key + ": " + report.io_error + "; the job is kept");
                            out.state = PayloadState::kept;
                            blocked = true;
                            break;
                        }
                    detail::crash_point("delivered.before_unlink:" + kind_name);
                    if (::unlinkat(entry, name.c_str(), 0) != 0 || ::fsync(entry) != 0)
                        report.io_error = detail::errno_error("cannot remove", key + "/" + name).message;
                    detail::crash_point("delivered.after_unlink:" + kind_name);
                    out.state = PayloadState::delivered;
                    break;
                }
                case Verdict::dead: {
                    if (auto buried = bury(entry, key, kind, out.last, client); !buried) {
                        report.io_error = buried.error().what();
                        blocked = true;
                        out.state = PayloadState::kept;
                    } else {
                        out.state = PayloadState::dead;
                        report.dead_in = (dead_dir() / key).string();
                        log(LogLevel::error, "outbox: " + key + " " + std::string(payload_kind_name(kind)) +
                                                 " rejected (" + client.redact(out.last.error) + "): moved to " +
                                                 report.dead_in);
                    }
                    break;
                }
                case Verdict::retry:
                    out.state = PayloadState::kept;
                    blocked = true;
                    break;
            }
            report.payloads.push_back(std::move(out));
        }
        const bool left = report.count(PayloadState::kept) + report.count(PayloadState::waiting) > 0 ||
                          !report.io_error.empty();
        if (left) {
            report.kept_in = (pending_dir() / key).string();
            return;
        }
        // Empty: remove the directory while still holding its lock (with the temporary
        // file of a rewrite that a killed process may have left).
        std::error_code ec;
        for (std::filesystem::directory_iterator it(pending_dir() / key, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.size() > 4 && name.front() == '.' && name.ends_with(".tmp")) ::unlinkat(entry, name.c_str(), 0);
        }
        ::unlinkat(entry, std::string(manifest_file).c_str(), 0);
        detail::crash_point("call.before_rmdir");
        detail::unique_fd pending = detail::open_dir(AT_FDCWD, pending_dir().string());
        if (pending && ::unlinkat(pending.get(), key.c_str(), AT_REMOVEDIR) == 0) ::fsync(pending.get());
    }

    std::filesystem::path root_;
};

}  // namespace calllock
