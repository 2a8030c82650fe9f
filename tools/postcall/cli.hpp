// Shared pieces of the calllock-postcall commands.
#pragma once
#include <calllock/json.hpp>
#include <calllock/post_call.hpp>

#include <functional>
#include <optional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

namespace calllock::cli {

// Command-line arguments of one command: options with values, flags, positionals.
struct Args {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options;  // --name value
    [[nodiscard]] const std::string* get(std::string_view name) const;
};

// Parses argv against the options that take a value; an unknown option or a
// missing value is reported on stderr and returns false.
bool parse_args(std::span<char* const> argv, std::span<const std::string_view> value_options,
                Args& out);

// Reads sessions from FILE or "-" (stdin): one JSON object, or JSON Lines. Calls
// on_session(line, session) for each good one and reports each bad one on stderr
// as "calllock-postcall: input line N: field 'x': what". Returns the number of
// bad inputs, or -1 when the input could not be read at all.
long for_each_session(const std::string& path,
                      const std::function<void(std::size_t line, CallSession&&)>& on_session);

void error(const std::string& message);

using command_fn = int (*)(std::span<char* const> args);
int classify_command(std::span<char* const> args);
int payload_command(std::span<char* const> args);
int serve_command(std::span<char* const> args);
int send_command(std::span<char* const> args);
int replay_command(std::span<char* const> args);
// The PostgreSQL outbox (fleet_cmd.cpp, when the tool is built with calllock::pg).
int deliver_command(std::span<char* const> args);
int status_command(std::span<char* const> args);
int pg_replay(const std::string& url, const PostCallConfig& config);
// Attaches the PostgreSQL outbox when config.outbox_url is set (a no-op when not).
std::optional<ConfigError> attach_pg_outbox(PostCallConfig& config);

// No core file for a process that holds the webhook secret (send, replay).
void disable_core_dumps();

// The start of a command that delivers from an outbox (replay, deliver): its options
// parsed, no FILE, no core dumps, the DASHBOARD_* configuration read and the webhook
// set. nullopt after the usage error was reported (exit 2).
std::optional<PostCallConfig> delivering_command(std::string_view name, std::span<char* const> argv,
                                                 std::span<const std::string_view> value_options, Args& args);

}  // namespace calllock::cli
