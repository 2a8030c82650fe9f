// calllock-postcall: the post-call phase from the command line.
#include <calllock/version.hpp>

#include <cstdio>
#include <exception>
#include <ios>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
    using namespace calllock::cli;
    // Standard input is read through std::cin (calllock::read_sessions); kept in step
    // with C stdio, libstdc++ reads it a byte at a time (getc, ungetc), which took more
    // than half of `classify`'s time on the evaluation corpus. Output goes through C
    // stdio (print_line) and CLI11's help through std::cout, never mixed in one command.
    std::ios_base::sync_with_stdio(false);
    try {
        CLI::App app{"calllock-postcall: classify call sessions, build the dashboard's payloads and deliver them.\n"
                     "Input: one JSON session object, or JSON Lines of them, with the keys of CallSession\n"
                     "(docs/embedding.md); each line is answered as it comes.\n"
                     "Exit codes: 0 done, 1 some input or delivery failed, 2 usage or configuration error,\n"
                     "3 internal error.",
                     "calllock-postcall"};
        app.set_version_flag("--version", "calllock-postcall " CALLLOCK_VERSION_STRING);
        app.require_subcommand(1);
        app.set_help_all_flag("--help-all", "help for every command");
        app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);  // the last one wins
        app.failure_message([](const CLI::App*, const CLI::Error& e) {
            return "calllock-postcall: " + std::string(e.what()) +
                   "\nRun 'calllock-postcall --help' or 'calllock-postcall COMMAND --help' for more information.\n";
        });
        std::vector<Command> commands{add_classify(app), add_payload(app), add_send(app), add_replay(app)};
        add_fleet_commands(app, commands);
        commands.push_back(add_serve(app));
        try {
            app.parse(argc, argv);
        } catch (const CLI::ParseError& e) {
            const int rc = app.exit(e);  // help and version: stdout, 0; a usage error: stderr
            return rc == 0 ? 0 : 2;
        }
        for (const auto& c : commands)
            if (c.app->parsed()) return c.run();
        return 2;
    } catch (const std::exception& e) {
        error(std::string("internal error: ") + e.what());
        return 3;
    }
}
