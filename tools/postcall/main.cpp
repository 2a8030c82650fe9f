// calllock-postcall: the post-call phase from the command line.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "cli.hpp"

namespace {

struct command {
    std::string_view name;
    calllock::cli::command_fn run;
    std::string_view usage;
};

constexpr command commands[] = {
    {"classify", calllock::cli::classify_command,
     "classify [--profile hvac117|seed] [--zone TZ] [FILE|-]   tags, priority and revenue tier,\n"
     "      one JSON line per session (default profile hvac117, zone America/Chicago)"},
    {"payload", calllock::cli::payload_command,
     "payload [--profile hvac117|seed] [--end-time SECONDS] [--user-email E] [--business-tz TZ] [FILE|-]\n"
     "      the classification and the dashboard's job, call and alert payloads, one JSON line per session\n"
     "      (user email from --user-email or DASHBOARD_USER_EMAIL; time zone default America/Chicago)"},
    {"send", calllock::cli::send_command,
     "send [--profile hvac117|seed] [--end-time S] [FILE|-]   post each call to the dashboard (DASHBOARD_* environment),\n"
     "      through the outbox (CALLLOCK_OUTBOX_DIR, default ~/.local/state/calllock/outbox; \"off\" for none)"},
    {"replay", calllock::cli::replay_command,
     "replay [--outbox DIR|URL]   deliver what the outbox holds, oldest first (DASHBOARD_* environment);\n"
     "      a postgresql:// URL drains a PostgreSQL outbox"},
#ifdef CALLLOCK_POSTCALL_PG
    {"deliver", calllock::cli::deliver_command,
     "deliver [--outbox URL] [--workers N] [--lease-seconds S]   delivery workers for a PostgreSQL outbox\n"
     "      (CALLLOCK_OUTBOX_URL) until SIGTERM; each finishes the call it holds; a JSON line of totals"},
    {"status", calllock::cli::status_command,
     "status [--outbox URL]   a PostgreSQL outbox's backlog as one JSON line (pending, dead, oldest age)"},
#endif
    {"serve", calllock::cli::serve_command,
     "serve --secret S [--port P] [--store DIR] [--tls-cert F --tls-key F]   a local dashboard on 127.0.0.1"},
};

int usage(std::FILE* out) {
    std::fprintf(out, "usage: calllock-postcall COMMAND [OPTIONS] [FILE|-]\n\ncommands:\n");
    for (const auto& c : commands) std::fprintf(out, "  %.*s\n", static_cast<int>(c.usage.size()), c.usage.data());
    std::fprintf(out,
                 "\nInput: one JSON session object, or JSON Lines of them, with the keys of "
                 "CallSession\n(see docs/architecture.md). FILE defaults to standard input.\n");
    return out == stdout ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc < 2) return usage(stderr);
        const std::string_view cmd = argv[1];
        if (cmd == "-h" || cmd == "--help" || cmd == "help") return usage(stdout);
        for (const auto& c : commands)
            if (c.name == cmd) return c.run({argv + 2, static_cast<std::size_t>(argc - 2)});
        calllock::cli::error("unknown command '" + std::string(cmd) + "'");
        return usage(stderr);
    } catch (const std::exception& e) {
        calllock::cli::error(std::string("internal error: ") + e.what());
        return 3;
    }
}
