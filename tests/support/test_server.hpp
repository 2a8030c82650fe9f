// A real HTTP(S) server on 127.0.0.1 for tests: Beast on its own thread, with the
// answer to each request chosen by the test. Keep-alive as HTTP/1.1 wants it.
#pragma once
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <sys/socket.h>
#include <sys/time.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace calllock::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct Seen {
    std::string target;
    std::string secret;  // the X-Webhook-Secret header, "<none>" when absent
    std::string content_type;
    std::string body;
};

struct Answer {
    unsigned status = 200;
    std::string body = R"({"success":true})";
    bool hang = false;   // accept the request and never answer
    bool cut = false;    // write half of the answer's bytes, then close the TCP connection
                         // (over TLS: no close_notify, the connection cut mid-answer)
    bool close = false;  // answer with Connection: close (the next request reconnects)
};

class TestServer {
public:
    using handler_fn = std::function<Answer(const Seen&)>;

    // tls: a server context with certificate and key loaded, or nullptr for plain HTTP.
    explicit TestServer(handler_fn h, asio::ssl::context* tls = nullptr)
        : handler_(std::move(h)), tls_(tls), acceptor_(ioc_, {asio::ip::make_address("127.0.0.1"), 0}) {
        accept();
        thread_ = std::thread([this] { ioc_.run(); });
    }
    ~TestServer() {
        ioc_.stop();
        thread_.join();
        std::lock_guard lock(mu_);
        for (auto& w : workers_) w.join();  // idle connections end within the read timeout
    }
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    [[nodiscard]] unsigned short port() const { return acceptor_.local_endpoint().port(); }
    [[nodiscard]] std::vector<Seen> seen() const {
        std::lock_guard lock(mu_);
        return seen_;
    }
    [[nodiscard]] int connections() const { return connections_.load(); }
    // The TLS context for the connections accepted from now on (a certificate that
    // changes mid-run); nullptr: plain HTTP.
    void set_tls(asio::ssl::context* tls) { tls_.store(tls); }

private:
    void accept() {
        acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket s) {
            if (ec) return;
            ++connections_;
            // One thread per connection: blocking I/O keeps the server obvious. An idle
            // connection ends after 2 s without a request.
            struct timeval tv{2, 0};
            ::setsockopt(s.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
            std::lock_guard lock(mu_);
            workers_.emplace_back([this, sock = std::move(s)]() mutable { serve(std::move(sock)); });
            accept();
        });
    }

    template <class Stream>
    void loop(Stream& stream) {
        beast::flat_buffer buf;
        for (;;) {
            http::request<http::string_body> req;
            boost::system::error_code ec;
            http::read(stream, buf, req, ec);
            if (ec) return;
            Seen s;
            s.target = std::string(req.target());
            auto it = req.find("X-Webhook-Secret");
            s.secret = it == req.end() ? "<none>" : std::string(it->value());
            s.content_type = std::string(req[http::field::content_type]);
            s.body = req.body();
            {
                std::lock_guard lock(mu_);
                seen_.push_back(s);
            }
            const Answer a = handler_(s);
            if (a.hang) {
                std::this_thread::sleep_for(std::chrono::seconds(3));
                return;
            }
            http::response<http::string_body> res{static_cast<http::status>(a.status), req.version()};
            res.set(http::field::content_type, "application/json");
            res.keep_alive(req.keep_alive() && !a.close);
            res.body() = a.body;
            res.prepare_payload();
            if (a.cut) {
                std::ostringstream whole;
                whole << res;
                const std::string bytes = whole.str();
                asio::write(stream, asio::buffer(bytes.data(), bytes.size() / 2), ec);
                beast::get_lowest_layer(stream).close(ec);
                return;
            }
            http::write(stream, res, ec);
            if (ec || !res.keep_alive()) return;
        }
    }

    void serve(tcp::socket sock) {
        asio::ssl::context* tls = tls_.load();
        if (!tls) {
            loop(sock);
            return;
        }
        asio::ssl::stream<tcp::socket> stream(std::move(sock), *tls);
        boost::system::error_code ec;
        stream.handshake(asio::ssl::stream_base::server, ec);
        if (!ec) loop(stream);
    }

    handler_fn handler_;
    std::atomic<asio::ssl::context*> tls_;
    asio::io_context ioc_;
    tcp::acceptor acceptor_;
    std::thread thread_;
    mutable std::mutex mu_;
    std::vector<Seen> seen_;
    std::vector<std::thread> workers_;
    std::atomic<int> connections_{0};
};

}  // namespace calllock::test
