// The agent of the crash-matrix test (tests/test_crash_matrix.cpp), built with
// CALLLOCK_CRASH_POINTS so that CALLLOCK_CRASH_AT=NAME[#N] kills it with SIGKILL at
// a named point of the outbox (outbox.hpp, detail::crash_point). Configured from the
// environment like any agent.
//   crash_agent end SESSION.json END_TIME   the post-call phase of one call
//   crash_agent replay                      deliver what the outbox holds
// Exit 0 when everything was delivered, 1 otherwise, 2 on a usage error.
#include <calllock/json.hpp>
#include <calllock/dashboard/outbox.hpp>
#include <calllock/dashboard/post_call.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    using namespace calllock;
    const std::string mode = argc > 1 ? argv[1] : "";
    const PostCallConfig config = PostCallConfig::from_env();
    if (mode == "end" && argc == 4) {
        std::ifstream in(argv[2], std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const auto s = parse_session(text.str());
        if (!s) {
            std::fprintf(stderr, "crash_agent: %s\n", s.error().what().c_str());
            return 2;
        }
        return handle_call_ended(*s, config, std::strtod(argv[3], nullptr)).delivered() ? 0 : 1;
    }
    if (mode == "replay" && argc == 2) {
        auto box = Outbox::open(config.outbox_dir);
        auto client = DashboardClient::create(config.webhook_url, config.webhook_secret, config.client);
        if (!box || !client) return 2;
        const auto r = box->replay(*client, config.retry);
        std::fprintf(stderr, "crash_agent: replay: %s\n", r.summary().c_str());
        return r.complete() ? 0 : 1;
    }
    std::fprintf(stderr, "usage: crash_agent end SESSION.json END_TIME | crash_agent replay\n");
    return 2;
}
