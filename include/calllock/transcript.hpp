// Transcript serialization, plain-text form (the JSON form, to_json_array, is in json.hpp).
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "session.hpp"

namespace calllock {

// Calls f(piece) for each piece of the plain-text transcript in order, without
// building it: "Agent: <content>", "Caller: <content>", "[Tool: <name>]", lines
// joined by "\n". The one definition of the plain-text form; to_plain_text and the
// classifiers both read it from here.
template <class F>
constexpr void for_each_plain_text_piece(std::span<const TranscriptEntry> log, F&& f) {
    bool first = true;
    for (const auto& e : log) {
        if (!first) f(std::string_view{"\n"});
        first = false;
        switch (e.role) {
            case Role::agent:
                f(std::string_view{"Agent: "});
                f(std::string_view{e.content});
                break;
            case Role::user:
                f(std::string_view{"Caller: "});
                f(std::string_view{e.content});
                break;
            case Role::tool:
                f(std::string_view{"[Tool: "});
                f(std::string_view{e.name});
                f(std::string_view{"]"});
                break;
        }
    }
}

// "Agent: ...\nCaller: ...\n[Tool: name]"; "" for an empty log.
[[nodiscard]] inline std::string to_plain_text(std::span<const TranscriptEntry> log) {
    std::size_t n = 0;
    for_each_plain_text_piece(log, [&](std::string_view p) { n += p.size(); });
    std::string out;
    out.reserve(n);
    for_each_plain_text_piece(log, [&](std::string_view p) { out.append(p); });
    return out;
}

}  // namespace calllock
