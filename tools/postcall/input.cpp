// The pieces the calllock-postcall commands share: options, input, output, errors.
#include <sys/resource.h>

#include <calllock/session_reader.hpp>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli.hpp"

namespace calllock::cli {

void error(const std::string& message) { std::fprintf(stderr, "calllock-postcall: %s\n", message.c_str()); }

void disable_core_dumps() {
    struct rlimit none {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}

void print_line(const boost::json::value& v) {
    const auto out = boost::json::serialize(v);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void add_profile_option(CLI::App& app, ProfileId& profile) {
    std::string names;
    for (auto n : profile_names) names += (names.empty() ? "" : "|") + std::string(n);
    app.add_option_function<std::string>(
           "--profile",
           [&profile](const std::string& s) {
               const auto id = parse_profile(s);
               if (!id) throw CLI::ValidationError("--profile", "unknown profile '" + s + "'");
               profile = *id;
           },
           "the classification profile (default " + std::string(name(default_profile)) + ")")
        ->type_name(names)
        ->take_last();
}

void add_file_argument(CLI::App& app, std::string& path) {
    path = "-";
    app.add_option("FILE", path, "sessions: one JSON document or JSON Lines; - or none for standard input")
        ->type_name("");
}

void add_end_time_option(CLI::App& app, std::optional<double>& end_time) {
    app.add_option_function<std::string>(
           "--end-time",
           [&end_time](const std::string& text) {
               double v = 0;
               const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
               if (ec != std::errc{} || p != text.data() + text.size() || !std::isfinite(v))
                   throw CLI::ValidationError("--end-time", "'" + text +
                                                                "' is not a number of seconds since the epoch");
               end_time = v;
           },
           "when the call ended, in seconds since the epoch (default: the latest transcript timestamp at or "
           "after the start time, else the start time, else now)")
        ->type_name("SECONDS")
        ->take_last();
}

long for_each_session(const std::string& path,
                      const std::function<void(std::size_t, CallSession&&)>& on_session) {
    auto on_error = [](std::size_t line, const InputError& e) {
        error("input line " + std::to_string(line) + ": " + e.what());
    };
    if (path == "-") return static_cast<long>(read_sessions(std::cin, on_session, on_error));
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error("cannot read '" + path + "': " + std::strerror(EISDIR));
        return -1;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error("cannot read '" + path + "': " + std::strerror(errno));
        return -1;
    }
    return static_cast<long>(read_sessions(in, on_session, on_error));
}

}  // namespace calllock::cli
