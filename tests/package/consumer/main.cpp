#include <calllock/calllock.hpp>
#include <calllock/json.hpp>

#include <iostream>

int main() {
    constexpr calllock::CallFacts facts{.state = calllock::State::safety_exit};
    static_assert(calllock::classify_text(facts, "I smell gas").tags.contains(calllock::tag_of("GAS_LEAK")));
    calllock::CallSession s{.phone_number = "+15125551234"};
    s.problem_description = "My furnace is making a rattling noise and won't turn on";
    const auto c = calllock::classify_call(s);
    std::cout << boost::json::serialize(boost::json::value_from(c)) << "\n";
    return c.tags.contains(calllock::tag_of("REPAIR_HEATING")) ? 0 : 1;
}
