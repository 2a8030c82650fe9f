// The calls of the fleet test: call i ends with a booking, or (every seventh) at the
// safety exit, so that alerts go out for those only. The same i gives the same
// session and the same end time, so that a call ended twice (a producer killed
// after the enqueue, before it logged it) has the same payload bytes.
#pragma once
#include <calllock/session.hpp>

#include <string>

namespace calllock::test {

inline bool fleet_is_safety(int i) { return i % 7 == 0; }

inline CallSession fleet_session(int i) {
    CallSession s{.phone_number = "+1512555" + std::to_string(1000 + i % 9000)};
    s.call_sid = "CA_fleet_" + std::to_string(i);
    s.start_time = 1767225600.0 + i * 60.0;
    s.customer_name = "Caller " + std::to_string(i);
    if (fleet_is_safety(i)) {
        s.state = State::safety_exit;
        s.transcript_log = {
            TranscriptEntry::agent("Any safety concerns?", s.start_time),
            TranscriptEntry::user("I smell gas near the furnace", s.start_time + 2),
            TranscriptEntry::agent("Please leave the house and call 911.", s.start_time + 4),
        };
        return s;
    }
    s.state = State::done;
    s.caller_known = i % 2 == 0;
    s.zip_code = "78745";
    s.service_address = std::to_string(100 + i) + " South Lamar Blvd";
    s.problem_description = i % 3 == 0 ? "AC blowing warm air" : "furnace making a grinding noise";
    s.booking_confirmed = i % 5 != 0;  // some leads without a booking
    if (s.booking_confirmed) s.booked_time = "2026-02-20T10:00:00";
    s.transcript_log = {
        TranscriptEntry::agent("Thanks for calling ACE Cooling.", s.start_time),
        TranscriptEntry::user("Hi, my " + s.problem_description, s.start_time + 2),
        TranscriptEntry::agent("I can get someone out to you.", s.start_time + 5),
    };
    return s;
}

inline double fleet_end_time(int i) { return 1767225600.0 + i * 60.0 + 30.0; }

}  // namespace calllock::test
