// Child processes for the tests: started with posix_spawn, with their own
// environment, stdout and stderr appended to a log file.
#pragma once
#include <sys/types.h>

#include <string>
#include <vector>

namespace calllock::test {

// Starts argv[0] (a path) with exactly `env`; returns its pid (throws when it cannot).
pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& env, const std::string& log);
// Waits for it and returns the waitpid status.
int wait_for(pid_t pid);

}  // namespace calllock::test
