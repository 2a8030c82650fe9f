// The plan's Task 6 fixtures (completed_session, safety_session), shared by the
// payload, orchestrator and outbox tests.
#pragma once
#include <calllock/session.hpp>

namespace calllock::test {

// A session that went through a full happy-path call.
inline CallSession completed_session() {
    CallSession s{.phone_number = "+15125551234"};
    s.call_sid = "CA_test_123";
    s.start_time = 1000.0;
    s.state = State::done;
    s.caller_known = true;
    s.customer_name = "Jonas";
    s.zip_code = "78745";
    s.service_address = "4210 South Lamar Blvd";
    s.problem_description = "AC blowing warm air";
    s.preferred_time = "morning";
    s.booking_confirmed = true;
    s.booked_time = "2026-02-20T10:00:00";
    s.urgency_tier = "routine";
    s.transcript_log = {
        TranscriptEntry::agent("Thanks for calling ACE Cooling.", 1000.0),
        TranscriptEntry::user("My AC is blowing warm air.", 1002.0),
        TranscriptEntry::tool("book_service", R"({"booked": true})", 1010.0),
        TranscriptEntry::agent("You're all set for tomorrow morning.", 1012.0),
    };
    return s;
}

// A session that hit the safety exit.
inline CallSession safety_session() {
    CallSession s{.phone_number = "+15125559876"};
    s.call_sid = "CA_test_456";
    s.start_time = 2000.0;
    s.state = State::safety_exit;
    s.customer_name = "Maria";
    s.transcript_log = {
        TranscriptEntry::agent("Any safety concerns?", 2000.0),
        TranscriptEntry::user("I smell gas in my house", 2002.0),
        TranscriptEntry::agent("Please call 911 immediately.", 2003.0),
    };
    return s;
}

}  // namespace calllock::test
