// Reading call sessions from a stream: one JSON session document (it may span many
// lines, pretty-printed), or JSON Lines (one session per line). The first non-blank
// line tells them apart: when it is a whole JSON value on its own, the input is JSON
// Lines, read and handed over line by line as it comes (a pipe that sends a session
// every few seconds gets each answer at once), and so is a first line that is an
// object on one line, broken inside; otherwise the input is read whole as one document. Each session is checked by parse_session (its limits included); a
// bad one is reported with its line number and the reading goes on.
#pragma once
#include <algorithm>
#include <cstddef>
#include <istream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "json.hpp"
#include "limits.hpp"
#include "session.hpp"

namespace calllock {

namespace detail {

constexpr std::string_view trim_blank(std::string_view s) noexcept {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

// std::getline with a cap on what is kept: a line longer than `cap` bytes keeps its first
// cap + 1 (enough to know it is too long; `length` says how long it was) and the rest is read
// and dropped, so memory stays bounded whatever comes in (a 20 GiB line, a stream that never
// sends a newline). False at the end of the input, as std::getline.
inline bool getline_capped(std::istream& in, std::string& line, std::size_t cap, std::size_t& length) {
    line.clear();
    length = 0;
    std::streambuf* sb = in.rdbuf();
    for (;;) {
        const auto c = sb->sbumpc();
        if (std::char_traits<char>::eq_int_type(c, std::char_traits<char>::eof())) {
            in.setstate(length == 0 ? std::ios::eofbit | std::ios::failbit : std::ios::eofbit);
            return length != 0;
        }
        if (c == '\n') return true;
        ++length;
        if (line.size() <= cap) line.push_back(std::char_traits<char>::to_char_type(c));
    }
}

// Whether a first line makes the input JSON Lines: a whole JSON value, or an object on
// one line, however broken inside ({"phone_number":"+1", oops}), which is that line's
// error while the lines after it are read as they come.
inline bool starts_json_lines(std::string_view text) {
    if (text.front() == '{' && text.back() == '}') return true;
    if (text.size() > limits::max_session_json_bytes) return false;
    boost::system::error_code ec;
    (void)parse_exact(text, ec, input_parse_options());
    return !ec;
}

}  // namespace detail

// Calls on_session(line, CallSession&&) for each good session and on_error(line,
// const InputError&) for each bad one (line: 1-based, of the line the session is
// on; 1 for a whole document). Returns the number of bad ones. Reading std::cin, call
// std::ios_base::sync_with_stdio(false) first: kept in step with C stdio, libstdc++ reads
// it a byte at a time (calllock-postcall classify took 2.2x as long on the evaluation
// corpus); lines are still handed over as they come.
template <class OnSession, class OnError>
std::size_t read_sessions(std::istream& in, OnSession&& on_session, OnError&& on_error) {
    std::size_t bad = 0, line_no = 0;
    constexpr std::size_t cap = limits::max_session_json_bytes;
    std::size_t length = 0;  // of the line read last, in full
    auto one = [&](std::size_t at, std::string_view text) {
        if (length > cap) {  // kept only in part: too long, whatever else is wrong with it
            ++bad;
            on_error(at, InputError{"", "a session of " + std::to_string(length) + " bytes, more than the limit of " +
                                            std::to_string(cap) + " (calllock::limits::max_session_json_bytes)"});
            return;
        }
        auto s = parse_session(text);
        if (!s) {
            ++bad;
            on_error(at, s.error());
            return;
        }
        on_session(at, std::move(*s));
    };
    std::string line;
    bool found = false;
    while (!found && detail::getline_capped(in, line, cap, length)) {
        ++line_no;
        found = !detail::trim_blank(line).empty();
    }
    if (!found) return 0;  // no input, no sessions

    if (detail::starts_json_lines(detail::trim_blank(line))) {  // JSON Lines, as they come
        one(line_no, detail::trim_blank(line));
        while (detail::getline_capped(in, line, cap, length)) {
            ++line_no;
            if (const auto t = detail::trim_blank(line); !t.empty()) one(line_no, t);
        }
        return bad;
    }

    // One document, read whole (its first lines were blank or it spans lines), up to one
    // byte more than the limit: a document larger than that is an error, and what lies
    // beyond it is not read (memory stays bounded, an endless stream does not hang).
    const std::size_t first_line = line_no;
    std::string text = std::move(line);
    text.push_back('\n');
    if (length > cap) {
        on_error(std::size_t{1}, InputError{"", "a session of more than " + std::to_string(cap) +
                                                    " bytes, the limit (calllock::limits::max_session_json_bytes)"});
        return 1;
    }
    for (std::istreambuf_iterator<char> it(in), end; it != end && text.size() <= cap; ++it) text.push_back(*it);
    boost::system::error_code ec = boost::json::error::exception;
    boost::json::value whole;
    const bool small = text.size() <= limits::max_session_json_bytes;
    if (small) whole = detail::parse_exact(text, ec, input_parse_options());
    if (!ec) {
        auto s = session_from_json(whole);
        if (!s) {
            on_error(std::size_t{1}, s.error());
            return 1;
        }
        on_session(std::size_t{1}, std::move(*s));
        return 0;
    }
    // Not one document: JSON Lines after all when some line is an object on its own
    // (the first line was a broken one), each line reported by its own number.
    bool lines = false;
    for (std::size_t b = 0; !lines && b < text.size();) {
        std::size_t e = text.find('\n', b);
        if (e == std::string::npos) e = text.size();
        const auto t = detail::trim_blank(std::string_view(text).substr(b, e - b));
        lines = t.size() >= 2 && t.front() == '{' && t.back() == '}';
        b = e + 1;
    }
    if (!lines) {
        on_error(std::size_t{1},
                 small ? InputError{"", "invalid JSON: " + ec.message()}
                       : InputError{"", "a session of more than " + std::to_string(cap) +
                                            " bytes, the limit (calllock::limits::max_session_json_bytes)"});
        return 1;
    }
    // JSON Lines after all: the lines read so far, then (when the input went on past what
    // was read) the rest of the last one and the lines after it, as they come.
    std::size_t at = first_line;
    std::size_t b = 0;
    for (std::size_t e; (e = text.find('\n', b)) != std::string::npos; b = e + 1, ++at) {
        length = e - b;
        if (const auto t = detail::trim_blank(std::string_view(text).substr(b, e - b)); !t.empty()) one(at, t);
    }
    if (b < text.size() || !small) {
        line = text.substr(b);
        length = line.size();
        std::string rest;
        std::size_t rest_length = 0;
        if (!small && detail::getline_capped(in, rest, cap, rest_length)) {
            line.append(rest, 0, cap + 1 - std::min(cap + 1, line.size()));
            length += rest_length;
        }
        if (const auto t = detail::trim_blank(line); !t.empty()) one(at, t);
        ++at;
        if (!small)
            for (; detail::getline_capped(in, line, cap, length); ++at)
                if (const auto t = detail::trim_blank(line); !t.empty()) one(at, t);
    }
    return bad;
}

}  // namespace calllock
