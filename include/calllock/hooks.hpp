// What a C++ agent calls during a call: record user
// transcriptions, agent responses and tool invocations into the session's
// transcript log with the time of the call, set the call id and start time, and
// make sure the post-call phase runs when the call ends, even by exception.
// Safe to call from several threads (the agent's STT, LLM and tool threads).
#pragma once
#include <chrono>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <utility>

#include "session.hpp"

namespace calllock {

// Seconds since the epoch, as the plan's time.time().
[[nodiscard]] inline double wall_clock_now() noexcept {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

class CallRecorder {
public:
    using clock_fn = double (*)() noexcept;

    explicit CallRecorder(std::string phone_number, clock_fn clock = wall_clock_now)
        : clock_(clock) {
        session_.phone_number = std::move(phone_number);
    }

    // At call start: the telephony call id and the start time.
    void on_call_start(std::string call_sid) {
        std::lock_guard lock(mu_);
        session_.call_sid = std::move(call_sid);
        session_.start_time = clock_();
    }
    void on_user_transcription(std::string text) { append(TranscriptEntry::user(std::move(text), 0)); }
    void on_agent_response(std::string text) { append(TranscriptEntry::agent(std::move(text), 0)); }
    // result_json: the tool's result as JSON text ("{}" when it returned nothing).
    void on_tool_result(std::string tool_name, std::string result_json = "{}") {
        append(TranscriptEntry::tool(std::move(tool_name), std::move(result_json), 0));
    }

    // Runs f(CallSession&) under the lock: for the agent's own state changes
    // (state, customer_name, booking_confirmed, ...).
    template <class F>
    decltype(auto) update(F&& f) {
        std::lock_guard lock(mu_);
        return std::forward<F>(f)(session_);
    }

    // A consistent copy of the session as it is now.
    [[nodiscard]] CallSession snapshot() const {
        std::lock_guard lock(mu_);
        return session_;
    }

private:
    void append(TranscriptEntry e) {
        std::lock_guard lock(mu_);
        e.timestamp = clock_();  // taken under the lock: the log is in time order
        session_.transcript_log.push_back(std::move(e));
    }

    mutable std::mutex mu_;
    CallSession session_;
    clock_fn clock_;
};

// Runs the post-call phase exactly once when it goes out of scope, whether the
// agent's pipeline returned or threw: on_end(snapshot) is called with the session
// as it is then. Exceptions from on_end are caught and passed to on_error (the
// destructor never throws).
class PostCallGuard {
public:
    using end_fn = std::function<void(const CallSession&)>;
    using error_fn = std::function<void(const std::string&)>;

    PostCallGuard(const CallRecorder& recorder, end_fn on_end, error_fn on_error = {})
        : recorder_(recorder), on_end_(std::move(on_end)), on_error_(std::move(on_error)) {}
    PostCallGuard(const PostCallGuard&) = delete;
    PostCallGuard& operator=(const PostCallGuard&) = delete;
    ~PostCallGuard() { run(); }

    // Runs it now (the destructor then does nothing).
    void run() noexcept {
        if (done_) return;
        done_ = true;
        try {
            on_end_(recorder_.snapshot());
        } catch (const std::exception& e) {
            report(std::string("post-call handler failed: ") + e.what());
        } catch (...) {
            report("post-call handler failed with an unknown exception");
        }
    }

private:
    void report(const std::string& message) noexcept {
        try {
            if (on_error_) on_error_(message);
        } catch (...) {
        }
    }

    const CallRecorder& recorder_;
    end_fn on_end_;
    error_fn on_error_;
    bool done_ = false;
};

}  // namespace calllock
