#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli.hpp"

namespace calllock::cli {

void error(const std::string& message) {
    std::fprintf(stderr, "calllock-postcall: %s\n", message.c_str());
}

void disable_core_dumps() {
    struct rlimit none {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}

const std::string* Args::get(std::string_view name) const {
    const std::string* found = nullptr;
    for (const auto& [k, v] : options)
        if (k == name) found = &v;  // the last one wins
    return found;
}

bool parse_args(std::span<char* const> argv, std::span<const std::string_view> value_options,
                Args& out) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string_view a = argv[i];
        if (a.size() > 2 && a.substr(0, 2) == "--") {
            std::string_view name = a.substr(2), value;
            bool has_value = false;
            if (auto eq = name.find('='); eq != std::string_view::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
                has_value = true;
            }
            bool known = false;
            for (auto o : value_options) known = known || o == name;
            if (!known) {
                error("unknown option --" + std::string(name));
                return false;
            }
            if (!has_value) {
                if (i + 1 >= argv.size()) {
                    error("option --" + std::string(name) + " needs a value");
                    return false;
                }
                value = argv[++i];
            }
            out.options.emplace_back(std::string(name), std::string(value));
        } else {
            out.positional.emplace_back(a);
        }
    }
    return true;
}

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

void report(std::size_t line, const InputError& e) {
    error("input line " + std::to_string(line) + ": " + e.what());
}

}  // namespace

long for_each_session(const std::string& path,
                      const std::function<void(std::size_t, CallSession&&)>& on_session) {
    std::string text;
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            error("cannot read '" + path + "'");
            return -1;
        }
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    long bad = 0;
    // One JSON document (possibly spread over many lines) is one session.
    boost::system::error_code ec = boost::json::error::exception;
    boost::json::value whole;
    const bool small = text.size() <= limits::max_session_json_bytes;
    if (small) whole = detail::parse_exact(text, ec, input_parse_options());
    if (!ec) {
        CallSession s;
        if (auto err = session_from_json(whole, s)) {
            report(1, *err);
            return 1;
        }
        on_session(1, std::move(s));
        return 0;
    }
    // Otherwise JSON Lines: each non-blank line is a session.
    bool looks_like_lines = false;
    {
        std::istringstream probe(text);
        std::string line;
        while (!looks_like_lines && std::getline(probe, line)) {
            auto t = trim(line);
            looks_like_lines = t.size() >= 2 && t.front() == '{' && t.back() == '}';
        }
    }
    if (!looks_like_lines) {
        if (trim(text).empty()) return 0;  // no input, no sessions
        if (!small) {
            report(1, InputError{"", "a session of " + std::to_string(text.size()) + " bytes, more than the limit of " +
                                         std::to_string(limits::max_session_json_bytes) +
                                         " (calllock::limits::max_session_json_bytes)"});
            return 1;
        }
        report(1, InputError{"", "invalid JSON: " + ec.message()});
        return 1;
    }
    std::size_t line_no = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ++line_no;
        const std::string_view line = trim(std::string_view(text).substr(start, end - start));
        start = end + 1;
        if (line.empty()) continue;
        CallSession s;
        if (auto err = parse_session(line, s)) {
            report(line_no, *err);
            ++bad;
            continue;
        }
        on_session(line_no, std::move(s));
    }
    return bad;
}

}  // namespace calllock::cli
