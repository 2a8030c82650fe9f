// Reading the dialogue: what the caller said, with the agent's questions they
// answered yes to. Shared by the hvac117 profile and the derived fields (fields.hpp).
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include "detail/fold.hpp"
#include "session.hpp"

namespace calllock {

namespace detail {
constexpr char lower(char c) noexcept { return static_cast<char>(ascii_lower(static_cast<unsigned char>(c))); }
}  // namespace detail

// The agent's last question in a turn: the sentence that ends at its last '?', or ""
// when it has none, or when it offers alternatives (" or "), which a bare yes does
// not choose between.
constexpr std::string_view last_question(std::string_view turn) noexcept {
    const std::size_t q = turn.rfind('?');
    if (q == std::string_view::npos) return {};
    std::size_t b = q;
    while (b > 0 && turn[b - 1] != '.' && turn[b - 1] != '!' && turn[b - 1] != '?') --b;
    const std::string_view sentence = turn.substr(b, q + 1 - b);
    for (std::size_t i = 0; i + 4 <= sentence.size(); ++i)
        if (sentence[i] == ' ' && detail::lower(sentence[i + 1]) == 'o' && detail::lower(sentence[i + 2]) == 'r' &&
            (sentence[i + 3] == ' ' || sentence[i + 3] == ','))
            return {};
    return sentence;
}

// Whether a caller's turn is only a yes ("yeah", "uh-huh that's right", "yes it
// is", "correct"): at most six words, each an affirmation or a filler, and at least
// one affirmation.
constexpr bool is_bare_yes(std::string_view turn) noexcept {
    constexpr std::array<std::string_view, 16> yes{"yes",   "yeah",    "yep",     "yup",        "ya",    "yea",
                                                   "uh-huh", "uh huh", "mhm",     "mm-hmm",     "correct", "right",
                                                   "exactly", "definitely", "absolutely", "affirmative"};
    constexpr std::array<std::string_view, 22> filler{"it",  "is",   "does", "do",   "i",     "we",   "there",
                                                      "that's", "thats", "that", "sure", "sir", "ma'am", "maam",
                                                      "uh",  "um",   "oh",   "so",   "true", "indeed", "huh", "mm"};
    std::size_t n_words = 0;
    bool affirmed = false;
    std::size_t i = 0;
    while (i < turn.size()) {
        while (i < turn.size() && !(detail::lower(turn[i]) >= 'a' && detail::lower(turn[i]) <= 'z')) {
            const char c = turn[i];
            if (!(c == ' ' || c == ',' || c == '.' || c == '!' || c == '-' || c == '\'' || c == '\t')) return false;
            ++i;
        }
        if (i >= turn.size()) break;
        std::size_t j = i;
        while (j < turn.size() && ((detail::lower(turn[j]) >= 'a' && detail::lower(turn[j]) <= 'z') || turn[j] == '\'' ||
                                   (turn[j] == '-' && j + 1 < turn.size() && turn[j + 1] != ' ')))
            ++j;
        char buf[16]{};
        const std::size_t n = j - i;
        if (n > sizeof buf || ++n_words > 6) return false;
        for (std::size_t k = 0; k < n; ++k) buf[k] = detail::lower(turn[i + k]);
        const std::string_view w(buf, n);
        bool known = false;
        for (auto y : yes)
            if (w == y) known = affirmed = true;
        for (auto x : filler)
            if (w == x) known = true;
        if (!known) return false;
        i = j;
    }
    return affirmed;
}

// Each caller turn with the agent's turn before it: f(caller_turn, agent_turn), the
// agent's turn "" when the caller speaks again before the agent (tool entries between
// them do not count). The one walk of the dialogue that the readers below share.
template <class F>
constexpr void for_each_caller_turn(const CallSession& s, F&& f) {
    std::string_view agent;
    for (const auto& e : s.transcript_log) {
        if (e.role == Role::agent) {
            agent = e.content;
            continue;
        }
        if (e.role != Role::user) continue;
        f(std::string_view{e.content}, agent);
        agent = {};
    }
}

// What the caller said, piece by piece: each user turn, followed by " . " (a sentence
// break), and before it the agent's last question when the turn is a bare yes to it
// ("Do you smell gas?" "Yeah." makes the question the caller's words), without its '?'
// (a statement now, not a question) and followed by " . "; a bare "no" adds nothing.
// Agent lines and tool results are never the caller's.
template <class F>
constexpr void for_each_caller_piece(const CallSession& s, F&& f) {
    for_each_caller_turn(s, [&](std::string_view turn, std::string_view agent) {
        const std::string_view question = last_question(agent);
        if (!question.empty() && is_bare_yes(turn)) {
            f(question.substr(0, question.size() - 1));  // a statement now: without its '?'
            f(std::string_view{" . "});
        }
        f(turn);
        f(std::string_view{" . "});
    });
}

}  // namespace calllock
