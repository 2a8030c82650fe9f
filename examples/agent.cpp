// A small simulated agent: the whole lifecycle of one call with calllock.
//
//   DASHBOARD_WEBHOOK_URL=http://127.0.0.1:PORT/api/webhook/jobs
//   DASHBOARD_WEBHOOK_SECRET=... DASHBOARD_USER_EMAIL=owner@example.com agent
//   (scripts/demo.sh runs it against the local dashboard)
//
// Three threads play the speech-to-text, the LLM and the tools; they record into
// one CallRecorder. When the pipeline ends — here by an exception, as a dropped
// call would — the PostCallGuard runs the post-call phase anyway.
#include <calllock/dashboard/post_call.hpp>

#include <cstdio>
#include <stdexcept>
#include <thread>

int main() {
    using namespace calllock;
    const PostCallConfig config = PostCallConfig::from_env();
    // A wrong setting is an error now, before any call is accepted, not a lost call later.
    if (auto err = config.check()) {
        std::fprintf(stderr, "agent: %s\n", err->what().c_str());
        return 2;
    }
    CallRecorder call("+15125550123");

    // At call start (the telephony handshake gives the call id).
    call.on_call_start("CA_example_agent");

    int status = 0;
    {
        PostCallGuard post_call(
            call,
            [&](const CallSession& session) {
                // Logs one summary line per call (to stderr by default).
                const PostCallReport report = handle_call_ended(session, config);
                status = report.delivered() || report.skipped ? 0 : 1;
            },
            [](const std::string& error) { std::fprintf(stderr, "%s\n", error.c_str()); });
        try {
            call.on_agent_response("Thanks for calling ACE Cooling. How can I help?");
            std::thread stt([&] {
                call.on_user_transcription("My heat pump is making a grinding noise and stopped heating, the house is at 58.");
            });
            stt.join();
            std::thread tools([&] { call.on_tool_result("lookup_caller", R"({"found":false})"); });
            tools.join();
            call.update([](CallSession& s) {
                s.state = State::callback;
                s.customer_name = "Sam Ortiz";
                s.problem_description = "Heat pump grinding noise, not heating, house at 58 degrees";
                s.urgency_tier = "urgent";
                s.caller_confirmed = true;
            });
            call.on_agent_response("A technician will call you back within the hour.");
            throw std::runtime_error("caller hung up");  // the pipeline ends abruptly
        } catch (const std::exception& e) {
            std::printf("pipeline ended: %s\n", e.what());
        }
    }  // the guard runs the post-call phase here
    return status;
}
