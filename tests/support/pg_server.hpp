// A PostgreSQL 15 server of the test's own (Debian's postgresql-15): initdb in a
// temporary directory, listening only on a Unix socket in that directory (no TCP),
// trust authentication, stopped and removed at the end. Run as the `postgres` user
// when the tests run as root (PostgreSQL refuses root).
#pragma once
#include <string>

namespace calllock::test {

class PgServer {
public:
    PgServer();  // initdb + start; throws std::runtime_error when it cannot
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    // A libpq URL for the database "postgres" over the socket.
    [[nodiscard]] std::string url() const;
    // Stops the server the hard way (SIGQUIT-like, "immediate": no checkpoint, as a
    // crash) and starts it again on the same socket and data.
    void restart();
    void stop();
    void start();

    // Whether the binaries are there (Debian's postgresql-15).
    [[nodiscard]] static bool available();

private:
    std::string run(const std::string& command) const;  // as the server's user; throws on failure
    std::string dir_;
    unsigned short port_ = 0;
    bool as_postgres_ = false;
    bool running_ = false;
};

}  // namespace calllock::test
