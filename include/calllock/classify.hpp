// Classification: tags, priority and revenue tier, with a profile named at compile
// time (classify_call<hvac117_profile>(s)); profiles.hpp adds the default profile
// (classify_call(s)) and a profile chosen at run time. Zero heap allocation, usable
// in constant expressions. Profiles decide the rules; engines decide how keywords
// are found.
#pragma once
#include <string_view>

#include "result.hpp"
#include "rules.hpp"
#include "session.hpp"

namespace calllock {

// Classifies facts and a transcript text given as one string (the plan's
// classify_tags(session, transcript_text) and the rest of the post-call rules).
template <class Profile, class Engine = default_engine>
[[nodiscard]] constexpr Classification classify_text(const CallFacts& facts,
                                                     std::string_view transcript_text) {
    return Profile::template classify<Engine>(
        facts, [&](auto&& f) { f(transcript_text); });
}

// Classifies a session from its own transcript log, without building the text.
template <class Profile, class Engine = default_engine>
[[nodiscard]] constexpr Classification classify_call(const CallSession& s) {
    return Profile::template classify<Engine>(
        facts_of(s), [&](auto&& f) { Profile::session_text(s, f); });
}

// The plan's classify_tags(session, transcript_text).
template <class Profile, class Engine = default_engine>
[[nodiscard]] constexpr Tags classify_tags(const CallSession& s, std::string_view transcript_text) {
    return classify_text<Profile, Engine>(facts_of(s), transcript_text).tags;
}

}  // namespace calllock
