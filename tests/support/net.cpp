#include "net.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <system_error>

namespace calllock::test {

namespace {

sockaddr_in loopback(unsigned short port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A listening socket on 127.0.0.1 and an ephemeral port.
int listen_any(unsigned short& port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "socket");
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 64) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        const int e = errno;
        ::close(fd);
        throw std::system_error(e, std::generic_category(), "bind/listen on 127.0.0.1");
    }
    port = ntohs(a.sin_port);
    return fd;
}

}  // namespace

unsigned short unused_port() {
    unsigned short port = 0;
    ::close(listen_any(port));
    return port;
}

std::string http_exchange(unsigned short port, std::string_view request) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return {};
    const sockaddr_in a = loopback(port);
    std::string answer;
    timeval tv{10, 0};  // a server that never closes fails the exchange instead of hanging the test
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0) {
        for (std::size_t sent = 0; sent < request.size();) {
            const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) break;
            sent += static_cast<std::size_t>(n);
        }
        char buf[4096];
        for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return answer;
}

Refuser::Refuser() {
    fd_ = listen_any(port_);
    thread_ = std::thread([this] {
        for (;;) {
            const int c = ::accept(fd_, nullptr, nullptr);
            if (stop_) {
                if (c >= 0) ::close(c);
                return;
            }
            if (c < 0) continue;
            ++refused_;
            ::close(c);
        }
    });
}

Refuser::~Refuser() {
    stop_ = true;
    // Wake the accept() with one last connection, then close the listener.
    const int poke = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in a = loopback(port_);
    if (poke >= 0) {
        (void)::connect(poke, reinterpret_cast<const sockaddr*>(&a), sizeof a);
        ::close(poke);
    }
    thread_.join();
    ::close(fd_);
}

}  // namespace calllock::test
