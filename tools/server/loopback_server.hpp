// The one server core of the project's loopback servers (the local dashboard, the
// tests' TestServer and FaultProxy): a TCP listener on 127.0.0.1 that serves each
// connection on a thread of its own with blocking I/O, which keeps the servers
// obvious. Compiled once (loopback_server.cpp, library calllock_loopback_server).
#pragma once
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace calllock::server {

class LoopbackServer {
public:
    struct Options {
        unsigned short port = 0;             // 0: a free port (port() tells which)
        std::size_t max_connections = 0;     // connections served at once; 0: no limit. At
                                             // the limit nothing is accepted (the kernel's
                                             // listen queue holds them) until one ends.
        std::chrono::seconds idle_timeout{2};  // a connection with no bytes for this long ends
    };
    // serve(socket) runs on the connection's own thread and owns the socket.
    using serve_fn = std::function<void(boost::asio::ip::tcp::socket)>;

    // Binds (throws boost::system::system_error when it cannot); serves after start()
    // or run().
    LoopbackServer(Options o, serve_fn serve);
    ~LoopbackServer();  // stop()
    LoopbackServer(const LoopbackServer&) = delete;
    LoopbackServer& operator=(const LoopbackServer&) = delete;

    [[nodiscard]] unsigned short port() const;
    // Serves on a background thread until stop().
    void start();
    // Serves on this thread until stop() is called from another one.
    void run();
    // Stops accepting and joins every connection thread (each returns when its peer
    // closes or within the idle timeout). Call it before destroying what serve uses.
    void stop();
    // Connection threads not yet joined (finished ones are joined at the next accept).
    [[nodiscard]] std::size_t connection_threads() const;
    // Connections accepted since construction.
    [[nodiscard]] int connections() const;

private:
    struct Worker {
        std::thread thread;
        bool done = false;
    };
    void accept();
    void reap_locked();

    Options opt_;
    serve_fn serve_;
    boost::asio::io_context ioc_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::thread thread_;
    mutable std::mutex mu_;
    std::list<Worker> workers_;
    bool paused_ = false;  // at max_connections: accept() waits for a free slot
    int accepted_ = 0;
};

}  // namespace calllock::server
