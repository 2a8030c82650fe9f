#include "pg_server.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "net.hpp"

namespace calllock::test {

namespace {
const std::string bin = "/usr/lib/postgresql/15/bin/";

// A shell word: single-quoted, with each ' written as '\''.
std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}
}  // namespace

bool PgServer::available() { return std::filesystem::exists(bin + "postgres") && std::filesystem::exists(bin + "initdb"); }

std::string PgServer::run(const std::string& command) const {
    const std::string full = (as_postgres_ ? "runuser -u postgres -- sh -c " + quote(command) : command) + " 2>&1";
    std::string out;
    if (FILE* p = ::popen(full.c_str(), "r")) {
        char buf[512];
        while (std::fgets(buf, sizeof buf, p)) out += buf;
        if (::pclose(p) != 0) throw std::runtime_error("PgServer: `" + command + "` failed:\n" + out);
    } else {
        throw std::runtime_error("PgServer: cannot run " + command);
    }
    return out;
}

PgServer::PgServer() {
    if (!available()) throw std::runtime_error("PgServer: " + bin + "postgres is missing (apt-get install postgresql-15)");
    as_postgres_ = ::geteuid() == 0;
    char tmpl[] = "/tmp/calllock-pg-XXXXXX";
    if (!::mkdtemp(tmpl)) throw std::runtime_error("PgServer: mkdtemp failed");
    dir_ = tmpl;
    if (as_postgres_ && std::system(("chown postgres:postgres " + quote(dir_)).c_str()) != 0)
        throw std::runtime_error("PgServer: cannot give " + dir_ + " to the postgres user");
    port_ = unused_port();
    try {
        run(bin + "initdb -D " + quote(dir_ + "/data") + " -U postgres -A trust -E UTF8 --no-sync >/dev/null");
        start();
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);  // the destructor does not run for a constructor that throws
        throw;
    }
}

PgServer::~PgServer() {
    try {
        stop();
    } catch (...) {
    }
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

void PgServer::start() {
    // fsync off: a restart of the process keeps what the kernel has; the tests kill
    // the server, not the machine.
    run(bin + "pg_ctl -D " + quote(dir_ + "/data") + " -l " + quote(dir_ + "/log") + " -w -t 60 -o " +
        quote("-k " + dir_ + " -p " + std::to_string(port_) +
              " -c listen_addresses= -c fsync=off -c max_connections=200") +
        " start >/dev/null");
    running_ = true;
}

void PgServer::stop() {
    if (!running_) return;
    running_ = false;
    run(bin + "pg_ctl -D " + quote(dir_ + "/data") + " -m immediate -w -t 60 stop >/dev/null");
}

void PgServer::restart() {
    stop();
    start();
}

std::string PgServer::url() const {
    return "postgresql:///postgres?host=" + dir_ + "&port=" + std::to_string(port_) + "&user=postgres";
}

}  // namespace calllock::test
