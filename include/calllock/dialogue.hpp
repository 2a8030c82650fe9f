// Reading the dialogue: what the caller said, with the agent's questions they
// answered yes to. Shared by the hvac117 profile and the derived fields (fields.hpp).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "detail/config.hpp"
#include "detail/fold.hpp"
#include "session.hpp"

namespace calllock {

namespace detail {
constexpr char lower(char c) noexcept { return static_cast<char>(ascii_lower(static_cast<unsigned char>(c))); }
}  // namespace detail

namespace detail {
// A word of a caller's turn, lowercased: letters with inner apostrophes and hyphens ("uh-huh",
// "that's"); one longer than its buffer is read as "" (no word of the lists below).
struct turn_word {
    char text[16]{};
    std::size_t size = 0;
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {text, size}; }
};
constexpr bool is_letter(char c) noexcept {
    const char l = lower(c);
    return l >= 'a' && l <= 'z';
}
// Reads the word that begins at turn[i] (a letter) into w; returns where it ends. Called, not
// inlined: a turn's few words do not need it, and every unit that includes this header would
// compile its loops again at each call.
CALLLOCK_NOINLINE constexpr std::size_t read_word(std::string_view turn, std::size_t i, turn_word& w) noexcept {
    std::size_t j = i;
    while (j < turn.size() &&
           (is_letter(turn[j]) || turn[j] == '\'' || (turn[j] == '-' && j + 1 < turn.size() && turn[j + 1] != ' ')))
        ++j;
    w.size = j - i <= sizeof w.text ? j - i : 0;
    for (std::size_t k = 0; k < w.size; ++k) w.text[k] = lower(turn[i + k]);
    return j;
}
// Whether `word` is one of the words of `list`, which are separated by '|' ("yes|yeah|yep").
// One loop that stays a loop: a std::array of words compared in a range-for is unrolled by
// the optimizer into one inline comparison per word, compiled again in every unit that
// includes this header. The list is searched for the word (string_view::find: memchr for
// its first byte, then a compare), and each place found is checked for '|' on both sides.
CALLLOCK_NOINLINE constexpr bool in_word_list(std::string_view word, std::string_view list) noexcept {
    if (word.empty() || word.find('|') != std::string_view::npos) return false;  // no word of a list is empty or holds a '|'
    for (std::size_t at = list.find(word); at != std::string_view::npos; at = list.find(word, at + 1))
        if ((at == 0 || list[at - 1] == '|') && (at + word.size() == list.size() || list[at + word.size()] == '|'))
            return true;
    return false;
}
}  // namespace detail

// Whether a caller's turn is only a yes ("yeah", "uh-huh that's right", "yes it
// is", "correct"): at most six words, each an affirmation or a filler, and at least
// one affirmation.
constexpr bool is_bare_yes(std::string_view turn) noexcept {
    constexpr std::string_view yes =
        "yes|yeah|yep|yup|ya|yea|uh-huh|uh huh|mhm|mm-hmm|correct|right|exactly|definitely|absolutely|affirmative";
    constexpr std::string_view filler =
        "it|is|does|do|i|we|there|that's|thats|that|sure|sir|ma'am|maam|uh|um|oh|so|true|indeed|huh|mm|am|are|was|"
        "were|did|have|has|can|he|she|they|you|ok|okay|will";
    std::size_t n_words = 0;
    bool affirmed = false;
    std::size_t i = 0;
    while (i < turn.size()) {
        while (i < turn.size() && !detail::is_letter(turn[i])) {
            const char c = turn[i];
            if (!(c == ' ' || c == ',' || c == '.' || c == '!' || c == '-' || c == '\'' || c == '\t')) return false;
            ++i;
        }
        if (i >= turn.size()) break;
        detail::turn_word w;
        i = detail::read_word(turn, i, w);
        if (++n_words > 6) return false;
        const bool yes_word = detail::in_word_list(w.view(), yes);
        affirmed = affirmed || yes_word;
        if (!yes_word && !detail::in_word_list(w.view(), filler)) return false;
    }
    return affirmed;
}

// Whether a caller's turn says yes and goes on without taking it back ("yeah my dad, he's 88",
// "yes, the one upstairs", "yes i can smell it in the house"): its first word an affirmation,
// at most ten words, none of them a negation, a "but" ("yeah but it's not leaking", "yes, i don't
// think so") or a word that puts it in the past or takes it back ("yeah he used to be", "yes,
// turns out it was the trash"). A bare yes is one too.
constexpr bool answers_yes(std::string_view turn) noexcept {
    if (is_bare_yes(turn)) return true;
    constexpr std::string_view yes = "yes|yeah|yep|yup|yea|uh-huh|mhm|mm-hmm|correct|absolutely";
    constexpr std::string_view taken_back =
        "no|not|nope|never|but|nothing|none|nobody|without|although|though|except|dont|doesnt|didnt|isnt|wasnt|"
        "arent|werent|cant|wont|couldnt|wouldnt|shouldnt|havent|hasnt|hadnt|aint|"
        // past, withdrawn or someone passing through ("he used to be", "turns out it was the trash",
        // "the gas company fixed it", "he visits", "chirping earlier", "well, more like a puddle")
        "used|thought|turns|turned|fixed|repaired|resolved|visits|visiting|anymore|earlier|well";
    std::size_t n_words = 0;
    std::size_t i = 0;
    while (i < turn.size()) {
        while (i < turn.size() && !detail::is_letter(turn[i])) ++i;
        if (i >= turn.size()) break;
        detail::turn_word w;
        i = detail::read_word(turn, i, w);
        if (++n_words > 10) return false;
        const std::string_view v = w.view();
        if (n_words == 1 && !detail::in_word_list(v, yes)) return false;
        // Not knowing what or why takes nothing back ("yes, i don't know what it is", "yeah, not
        // sure why", "yes no idea where it's coming from"; the policy: "i don't know what it is,
        // but i smell gas" is GAS_LEAK).
        if (v == "don't" || v == "dont" || v == "not" || v == "no") {
            std::size_t j = i;
            while (j < turn.size() && turn[j] == ' ') ++j;
            detail::turn_word next;
            if (j < turn.size() && detail::is_letter(turn[j])) detail::read_word(turn, j, next);
            if (next.view() == (v == "not" ? "sure" : v == "no" ? "idea" : "know")) continue;
        }
        if (v.ends_with("n't")) return false;  // "don't", "isn't"
        if (detail::in_word_list(v, taken_back)) return false;
    }
    return n_words > 1;
}

// Where a turn has a word starting with `words` (lowercase), in any case, from `from`:
// "how old" in "How old is the furnace?", "breaker" in "Did you check the breakers?";
// npos when it has none.
CALLLOCK_NOINLINE constexpr std::size_t find_words(std::string_view turn, std::string_view words, std::size_t from = 0) noexcept {
    const auto word_byte = [](char c) {
        const char l = detail::lower(c);
        return (l >= 'a' && l <= 'z') || (c >= '0' && c <= '9') || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    };
    if (words.empty()) {  // the first word boundary from `from`
        for (std::size_t i = from; i <= turn.size(); ++i)
            if (i == 0 || !word_byte(turn[i - 1])) return i;
        return std::string_view::npos;
    }
    if (words[0] >= 'A' && words[0] <= 'Z') return std::string_view::npos;  // no lowercased byte is uppercase
    // Most places differ in the first byte: told apart by one compare (a letter in either case
    // has its byte with 0x20 set equal to the lowercase letter), before the loop over the rest.
    const char first = words[0];
    const char fold = first >= 'a' && first <= 'z' ? 0x20 : 0;
    for (std::size_t i = from; i + words.size() <= turn.size(); ++i) {
        if (!std::is_constant_evaluated()) {
            // Eight places at a time while none has the first byte: a zero byte of
            // (bytes | fold) ^ first marks one.
            constexpr std::uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
            const std::uint64_t f = ones * static_cast<unsigned char>(fold), w = ones * static_cast<unsigned char>(first);
            while (i + 8 <= turn.size()) {
                std::uint64_t x;
                std::memcpy(&x, turn.data() + i, 8);
                x = (x | f) ^ w;
                if ((x - ones) & ~x & high) break;
                i += 8;
            }
            if (i + words.size() > turn.size()) break;
        }
        if (static_cast<char>(turn[i] | fold) != first) continue;
        std::size_t k = 1;
        while (k < words.size() && detail::lower(turn[i + k]) == words[k]) ++k;
        if (k == words.size() && (i == 0 || !word_byte(turn[i - 1]))) return i;
    }
    return std::string_view::npos;
}
constexpr bool mentions(std::string_view turn, std::string_view words) noexcept {
    return find_words(turn, words) != std::string_view::npos;
}
// Whether a turn mentions any of the phrases of `list`, which are separated by '|'
// ("install|serviced|tune"): a loop the optimizer keeps as one (see in_word_list).
CALLLOCK_NOINLINE constexpr bool mentions_any(std::string_view turn, std::string_view list) noexcept {
    std::size_t b = 0;
    for (std::size_t i = 0; i <= list.size(); ++i)
        if (i == list.size() || list[i] == '|') {
            if (mentions(turn, list.substr(b, i - b))) return true;
            b = i + 1;
        }
    return false;
}

// Whether a question offers alternatives ("Is it the furnace or the AC?", "any gas smell or
// a carbon monoxide alarm?"): an "or" that is not an estimate's, "or so" / "or more" / "or
// less" / "or longer" at the question's end or before "ago" / "now" ("an hour or so?", "a
// month or more?"), "or two" / "or three" there or before a unit of time ("a day or two?").
// "or more of a burning smell?" offers alternatives.
constexpr bool offers_alternatives(std::string_view question) noexcept {
    for (std::size_t at = find_words(question, "or"); at != std::string_view::npos; at = find_words(question, "or", at + 1)) {
        std::size_t i = at + 2;
        if (i < question.size() && question[i] != ' ' && question[i] != ',') continue;  // "order", "or?"
        const auto word_at = [&](std::size_t& k, detail::turn_word& w) {
            while (k < question.size() && (question[k] == ' ' || question[k] == ',')) ++k;
            if (k < question.size() && detail::is_letter(question[k])) k = detail::read_word(question, k, w);
        };
        detail::turn_word next, after;
        word_at(i, next);
        word_at(i, after);
        const bool ends = after.size == 0 || detail::in_word_list(after.view(), "ago|now|already|back");
        if (detail::in_word_list(next.view(), "so|more|less|longer") && ends) continue;
        if (detail::in_word_list(next.view(), "two|three") &&
            (ends || detail::in_word_list(after.view(), "minute|minutes|hour|hours|day|days|week|weeks|month|months|"
                                                        "year|years")))
            continue;
        return true;
    }
    return false;
}

// The agent's last question in a turn: the sentence that ends at its last '?', or ""
// when it has none, or when it offers alternatives, which a yes does not choose between.
constexpr std::string_view last_question(std::string_view turn) noexcept {
    const std::size_t q = turn.rfind('?');
    if (q == std::string_view::npos) return {};
    std::size_t b = q;
    while (b > 0 && turn[b - 1] != '.' && turn[b - 1] != '!' && turn[b - 1] != '?') --b;
    const std::string_view sentence = turn.substr(b, q + 1 - b);
    return offers_alternatives(sentence) ? std::string_view{} : sentence;
}

// The last sentence of a turn: after the last '.', '?' or '!' that ends a sentence
// before its end ("Got it. When did it stop cooling?" -> " When did it stop cooling?").
constexpr std::string_view last_sentence(std::string_view turn) noexcept {
    std::size_t e = turn.size();
    while (e > 0 && (turn[e - 1] == ' ' || turn[e - 1] == '.' || turn[e - 1] == '?' || turn[e - 1] == '!')) --e;
    std::size_t b = e;
    while (b > 0 && turn[b - 1] != '.' && turn[b - 1] != '?' && turn[b - 1] != '!') --b;
    return turn.substr(b);
}

// Whether the agent's turn ends asking when the problem started or how long it has
// lasted ("When did it stop cooling?", "how long has the rattle been going on"): the
// caller's answer ("Sunday.") says when the problem started. Not when something was
// installed, serviced, bought or called about, or done last ("When did you last reset the
// breaker?").
constexpr bool asks_when_started(std::string_view agent) noexcept {
    const std::string_view q = last_sentence(agent);
    // Most turns ask no such thing: three scans decide, before the lists below.
    if (!mentions(q, "how long") && !mentions(q, "when did") && !mentions(q, "since when")) return false;
    if (mentions_any(q, "install|serviced|maintenance|tune|breaker|tech|buy|bought|call|move|last |last?|put in|"
                        "replac|filter|visit|appointment"))
        return false;
    if (mentions_any(q, "how long has|how long's|how long have you been without|since when")) return true;
    const std::size_t at = find_words(q, "when did");
    if (at == std::string_view::npos) return false;
    std::string_view rest = q.substr(at);
    while (!rest.empty() && (rest.back() == '?' || rest.back() == '.' || rest.back() == '!' || rest.back() == ' '))
        rest.remove_suffix(1);
    if (mentions_any(rest, "start|stopped|stop working|stop cooling|stop heating|stop running|stop blowing|notice|"
                           "begin|began|quit|happen|die|go out|go off|go blank|shut|lose|break"))
        return true;
    return rest.ends_with(" stop");  // "when did it stop?", not "when did he stop by?"
}

// Put before a caller's answer to that question (for_each_caller_piece), with no
// sentence break: "Sunday." reads "it started Sunday.", a duration said with when the problem
// started (hvac117: it replaces one said in passing before it).
inline constexpr std::string_view answer_lead_in = "it started ";

// Whether the agent's turn ends asking how old something is ("How old is the furnace?",
// "And how old is the baby?"): the answer ("Three weeks.") is an age, not how long a
// problem has lasted.
constexpr bool asks_how_old(std::string_view agent) noexcept { return mentions(last_sentence(agent), "how old"); }

// A sentence or turn of this many bytes or fewer is a bare answer ("Since yesterday.",
// "Three weeks.").
inline constexpr std::size_t bare_answer_bytes = 24;

// Put before a caller's bare answer to that question, with no sentence break: the hvac117
// table reads it as a sentence whose time words are no problem's duration (f_works). A
// longer answer keeps them ("fifteen years but it stopped heating two days ago").
inline constexpr std::string_view age_lead_in = "its age is ";

// Whether the agent's question asks if something works as it should ("Is the thermostat
// display working normally?", "Is the AC cooling fine downstairs?"): a yes to it says nothing
// is wrong, so the question is not the caller's words. Only a working word said to be fine,
// and not beside a fault or a change ("running fine but blowing cold air?", "working fine
// until the storm?", "louder than normal?").
constexpr bool asks_if_fine(std::string_view question) noexcept {
    constexpr std::string_view works = "working|running|cooling|heating|work|works|run|runs|cool|heat";
    constexpr std::string_view fine = "fine|normally|normal|okay|ok|properly|right|alright";
    bool said = false;
    for (std::size_t i = 0; i < question.size() && !said;) {
        if (!detail::is_letter(question[i])) { ++i; continue; }
        detail::turn_word w;
        i = detail::read_word(question, i, w);
        if (!detail::in_word_list(w.view(), works)) continue;
        std::size_t j = i;
        while (j < question.size() && question[j] == ' ') ++j;
        detail::turn_word next;
        if (j < question.size() && detail::is_letter(question[j])) detail::read_word(question, j, next);
        said = detail::in_word_list(next.view(), fine);
    }
    return said && !mentions_any(question, "not|than|isn't|isnt|doesn't|doesnt|won't|wont|no longer|stop|but|until|"
                                           "before|after|since|except|other than|and is|and are|and do|and does");
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
// break), and before it the agent's last question when the turn answers it yes (answers_yes:
// "Do you smell gas?" "Yeah." makes the question the caller's words), without its '?'
// (a statement now, not a question) and followed by " . ", unless it asks whether something
// is as it should be (asks_if_fine: "Is the display working normally?"); a bare "no" adds nothing;
// an answer to the agent's question about when the problem started is led by
// answer_lead_in, a bare answer to its question about how old something is by age_lead_in. Agent
// lines and tool results are never the caller's.
template <class F>
constexpr void for_each_caller_piece(const CallSession& s, F&& f) {
    for_each_caller_turn(s, [&](std::string_view turn, std::string_view agent) {
        const std::string_view question = last_question(agent);
        if (!question.empty() && !asks_if_fine(question) && answers_yes(turn)) {
            f(question.substr(0, question.size() - 1));  // a statement now: without its '?'
            f(std::string_view{" . "});
        }
        if (asks_when_started(agent)) f(answer_lead_in);
        else if (asks_how_old(agent) && turn.size() <= bare_answer_bytes) f(age_lead_in);
        f(turn);
        f(std::string_view{" . "});
    });
}

}  // namespace calllock
