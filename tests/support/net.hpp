// Small loopback helpers for the tests, on POSIX sockets (net.cpp): a port where
// nothing listens, one raw HTTP exchange, a listener that closes every connection.
#pragma once
#include <atomic>
#include <string>
#include <string_view>
#include <thread>

namespace calllock::test {

// A loopback port that was free a moment ago (bound, then closed): nothing listens there.
[[nodiscard]] unsigned short unused_port();

// Sends request as is to 127.0.0.1:port and returns everything the server sends
// until it closes the connection ("" when the connection fails).
[[nodiscard]] std::string http_exchange(unsigned short port, std::string_view request);

// A listener on 127.0.0.1 that accepts each connection and closes it at once (no
// TLS handshake ever completes), on its own thread until destroyed.
class Refuser {
public:
    Refuser();
    ~Refuser();
    Refuser(const Refuser&) = delete;
    Refuser& operator=(const Refuser&) = delete;
    [[nodiscard]] unsigned short port() const { return port_; }
    [[nodiscard]] int refused() const { return refused_.load(); }

private:
    int fd_ = -1;
    unsigned short port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<int> refused_{0};
    std::thread thread_;
};

}  // namespace calllock::test
