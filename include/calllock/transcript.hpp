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
    // f is called from one place: a scanner's feed(), inlined there, is compiled once, not once
    // for each kind of piece (seven places, in every unit that classifies with the seed profile).
    std::string_view pieces[4];
    for (std::size_t k = 0; k < log.size(); ++k) {
        const TranscriptEntry& e = log[k];
        std::size_t n = 0;
        if (k != 0) pieces[n++] = "\n";
        switch (e.role) {
            case Role::agent:
                pieces[n++] = "Agent: ";
                pieces[n++] = e.content;
                break;
            case Role::user:
                pieces[n++] = "Caller: ";
                pieces[n++] = e.content;
                break;
            case Role::tool:
                pieces[n++] = "[Tool: ";
                pieces[n++] = e.name;
                pieces[n++] = "]";
                break;
        }
        for (std::size_t i = 0; i < n; ++i) f(pieces[i]);
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
