// Shared pieces of the calllock-postcall commands. Each command registers itself as
// a CLI11 subcommand (its options, their help and environment fallbacks) and returns
// what runs it once the command line is parsed.
#pragma once
#include <calllock/json.hpp>
#include <calllock/dashboard/post_call.hpp>
#include <calllock/profile_id.hpp>
#include <calllock/dashboard/sync.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace calllock::cli {

// A registered subcommand and what runs it (its exit code: 0 done, 1 some input or
// delivery failed, 2 usage or configuration error).
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

Command add_classify(CLI::App& app);
Command add_payload(CLI::App& app);
Command add_send(CLI::App& app);
Command add_replay(CLI::App& app);
Command add_serve(CLI::App& app);
// The PostgreSQL outbox (fleet_cmd.cpp when the tool is built with calllock::pg; no
// subcommands otherwise).
void add_fleet_commands(CLI::App& app, std::vector<Command>& out);
int pg_replay(const std::string& url, const PostCallConfig& config);
// Attaches the PostgreSQL outbox when config.outbox_url is set (a no-op when not).
std::optional<ConfigError> attach_pg_outbox(PostCallConfig& config);

// The options several commands share.
void add_profile_option(CLI::App& app, ProfileId& profile);  // --profile hvac117|seed
void add_file_argument(CLI::App& app, std::string& path);     // [FILE|-], default "-"
void add_end_time_option(CLI::App& app, std::optional<double>& end_time);  // --end-time SECONDS

// Reads sessions from FILE or "-" (stdin) with calllock::read_sessions (one JSON
// document, or JSON Lines handed over as they come). Calls on_session(line, session)
// for each good one and reports each bad one on stderr as "calllock-postcall: input
// line N: field 'x': what". Returns the number of bad inputs, or -1 when the input
// could not be read at all (reported with the reason).
long for_each_session(const std::string& path,
                      const std::function<void(std::size_t line, CallSession&&)>& on_session);

// One JSON line on stdout, flushed (a reader on a pipe gets it at once).
void print_line(const boost::json::value& v);

void error(const std::string& message);

// No core file for a process that holds the webhook secret (send, replay).
void disable_core_dumps();

// The start of a command that delivers from an outbox (replay, deliver): no core
// dumps, the DASHBOARD_* configuration read and the webhook set. nullopt after the
// error was reported (exit 2).
std::optional<PostCallConfig> delivering_config(std::string_view name);

// The dashboard client of a delivering command, or nullopt after its error was reported.
std::optional<DashboardClient> dashboard_client(const PostCallConfig& config);

}  // namespace calllock::cli
