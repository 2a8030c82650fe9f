// LoopbackServer's definitions (loopback_server.hpp).
#include "loopback_server.hpp"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>

#include <sys/socket.h>
#include <sys/time.h>

#include <system_error>

namespace calllock::server {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

LoopbackServer::LoopbackServer(Options o, serve_fn serve)
    : opt_(o), serve_(std::move(serve)), acceptor_(ioc_, {asio::ip::make_address("127.0.0.1"), o.port}) {}

LoopbackServer::~LoopbackServer() { stop(); }

unsigned short LoopbackServer::port() const { return acceptor_.local_endpoint().port(); }

void LoopbackServer::start() {
    accept();
    thread_ = std::thread([this] { ioc_.run(); });
}

void LoopbackServer::run() {
    accept();
    ioc_.run();
}

void LoopbackServer::stop() {
    ioc_.stop();
    if (thread_.joinable()) thread_.join();
    std::list<Worker> workers;
    {
        std::lock_guard lock(mu_);  // not held while joining: a worker takes it when it ends
        workers.swap(workers_);
    }
    for (auto& w : workers) w.thread.join();
}

std::size_t LoopbackServer::connection_threads() const {
    std::lock_guard lock(mu_);
    return workers_.size();
}

int LoopbackServer::connections() const {
    std::lock_guard lock(mu_);
    return accepted_;
}

void LoopbackServer::accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket s) {
        if (ec) return;
        struct timeval tv{static_cast<time_t>(opt_.idle_timeout.count()), 0};
        ::setsockopt(s.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        std::lock_guard lock(mu_);
        ++accepted_;
        reap_locked();
        Worker& w = workers_.emplace_back();
        try {
            w.thread = std::thread([this, &w, sock = std::move(s)]() mutable {
                serve_(std::move(sock));
                std::lock_guard done_lock(mu_);
                w.done = true;
                if (paused_) {  // a slot is free: accept again (on the io thread)
                    paused_ = false;
                    asio::post(ioc_, [this] { accept(); });
                }
            });
        } catch (const std::system_error&) {
            workers_.pop_back();  // no thread could be started: the connection is closed
        }
        if (opt_.max_connections == 0 || workers_.size() < opt_.max_connections) accept();
        else paused_ = true;
    });
}

// Joins the threads that have finished (called with mu_ held).
void LoopbackServer::reap_locked() {
    for (auto it = workers_.begin(); it != workers_.end();) {
        if (!it->done) {
            ++it;
            continue;
        }
        it->thread.join();  // it only has to return from its lambda
        it = workers_.erase(it);
    }
}

}  // namespace calllock::server
