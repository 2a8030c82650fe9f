// FaultProxy's definitions (fault_proxy.hpp), compiled once into the tests' support
// library.
#include "fault_proxy.hpp"

#include "loopback_server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

namespace calllock::test {

class FaultProxyImpl {
public:
    explicit FaultProxyImpl(unsigned short upstream_port)
        : upstream_(upstream_port), server_({}, [this](tcp::socket s) { serve(std::move(s)); }) {
        server_.start();
    }
    ~FaultProxyImpl() {
        stop_ = true;  // a hanging or streaming connection ends now
        server_.stop();
    }
    FaultProxyImpl(const FaultProxyImpl&) = delete;
    FaultProxyImpl& operator=(const FaultProxyImpl&) = delete;

    [[nodiscard]] unsigned short port() const { return server_.port(); }
    void set(FaultPlan p) {
        std::lock_guard lock(mu_);
        plan_ = std::move(p);
        index_ = 0;
    }
    [[nodiscard]] std::vector<ProxiedRequest> requests() const {
        std::lock_guard lock(mu_);
        return seen_;
    }
    [[nodiscard]] int faults() const {
        std::lock_guard lock(mu_);
        int n = 0;
        for (const auto& r : seen_) n += r.faulted ? 1 : 0;
        return n;
    }
    // The most requests for one payload (target + call_id) in flight at once.
    [[nodiscard]] int max_concurrent_same_payload() const { return max_same_.load(); }

private:
    using tcp = boost::asio::ip::tcp;
    // The upstream's answer to a request (a new connection each time).
    boost::beast::http::response<boost::beast::http::string_body> forward(
        boost::beast::http::request<boost::beast::http::string_body> req) {
        namespace http = boost::beast::http;
        boost::asio::io_context ioc;
        tcp::socket up(ioc);
        boost::system::error_code ec;
        up.connect({boost::asio::ip::make_address("127.0.0.1"), upstream_}, ec);
        http::response<http::string_body> res;
        if (ec) {
            res.result(http::status::bad_gateway);
            res.body() = R"({"error":"Bad Gateway"})";
            res.prepare_payload();
            return res;
        }
        req.keep_alive(false);
        http::write(up, req, ec);
        boost::beast::flat_buffer buf;
        if (!ec) http::read(up, buf, res, ec);
        if (ec) {
            res = {};
            res.result(http::status::bad_gateway);
            res.body() = R"({"error":"Bad Gateway"})";
            res.prepare_payload();
        }
        return res;
    }

    static std::string head_of(const boost::beast::http::response<boost::beast::http::string_body>& res) {
        std::string h = "HTTP/1.1 " + std::to_string(res.result_int()) + " " + std::string(res.reason()) + "\r\n";
        h += "Content-Type: application/json\r\nContent-Length: " + std::to_string(res.body().size()) + "\r\n\r\n";
        return h;
    }

    // Waits until the client closes the connection or the proxy stops.
    void hang(tcp::socket& sock) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!stop_ && std::chrono::steady_clock::now() < until) {
            pollfd p{sock.native_handle(), POLLIN, 0};
            if (::poll(&p, 1, 50) > 0) {
                char c;
                if (::recv(sock.native_handle(), &c, 1, MSG_PEEK | MSG_DONTWAIT) <= 0) return;
            }
        }
    }

    void serve(tcp::socket sock) {
        namespace http = boost::beast::http;
        boost::beast::flat_buffer buf;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.body_limit(16 << 20);
            boost::system::error_code ec;
            http::read(sock, buf, parser, ec);
            if (ec) return;
            auto req = parser.release();
            ProxiedRequest seen{std::string(req.target()), {}, req.body(), false};
            {
                boost::system::error_code jec;
                auto v = boost::json::parse(req.body(), jec);
                if (!jec && v.is_object())
                    if (const auto* c = v.as_object().if_contains("call_id"); c && c->is_string())
                        seen.call_id = std::string(c->as_string());
            }
            FaultPlan plan;
            const std::string key = seen.target + " " + seen.call_id;
            {
                std::lock_guard lock(mu_);
                plan = plan_;
                const int n = ++index_;
                seen.faulted = plan.fault != Fault::none &&
                               (plan.every > 0 ? n % plan.every == 0
                                               : n > plan.pass_first && n - plan.pass_first <= plan.count);
                seen_.push_back(seen);
                const int now = ++in_flight_[key];
                if (now > max_same_) max_same_ = now;
            }
            const bool keep = handle(sock, std::move(req), seen.faulted ? plan : FaultPlan{}, ec);
            {
                std::lock_guard lock(mu_);
                --in_flight_[key];
            }
            if (!keep) return;
        }
    }

    // Answers one request; false when the connection is finished.
    bool handle(tcp::socket& sock, boost::beast::http::request<boost::beast::http::string_body> req,
                const FaultPlan& plan, boost::system::error_code& ec) {
        namespace http = boost::beast::http;
        const bool keep_alive = req.keep_alive();
        auto answer = [&](unsigned status, std::string body, std::string_view content_type = "application/json") {
            http::response<http::string_body> res{static_cast<http::status>(status), 11};
            res.set(http::field::content_type, content_type);
            if (status == 429 && !plan.retry_after.empty()) res.set(http::field::retry_after, plan.retry_after);
            res.keep_alive(keep_alive);
            res.body() = std::move(body);
            res.prepare_payload();
            http::write(sock, res, ec);
            return !ec && keep_alive;
        };
        switch (plan.fault) {
            case Fault::none: {
                auto res = forward(std::move(req));
                res.keep_alive(keep_alive);
                res.prepare_payload();
                http::write(sock, res, ec);
                return !ec && keep_alive;
            }
            case Fault::status_500: return answer(500, R"({"error":"Internal Server Error"})");
            case Fault::status_503: return answer(503, R"({"error":"Service Unavailable"})");
            case Fault::too_many_requests: return answer(429, R"({"error":"Too Many Requests"})");
            case Fault::not_json: forward(std::move(req)); return answer(200, "<html><body>OK</body></html>", "text/html");
            case Fault::hang: forward(std::move(req)); hang(sock); return false;
            case Fault::reset:
            case Fault::truncated: {
                const auto res = forward(std::move(req));
                const std::string head = head_of(res);
                const std::string half = res.body().substr(0, res.body().size() / 2);
                boost::asio::write(sock, boost::asio::buffer(head + half), ec);
                if (plan.fault == Fault::reset) {
                    struct linger l{1, 0};  // close() sends RST
                    ::setsockopt(sock.native_handle(), SOL_SOCKET, SO_LINGER, &l, sizeof l);
                } else {
                    sock.shutdown(tcp::socket::shutdown_both, ec);
                }
                sock.close(ec);
                return false;
            }
            case Fault::huge: {
                forward(std::move(req));
                constexpr std::size_t total = std::size_t{64} << 20;
                std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                   std::to_string(total) + "\r\n\r\n";
                boost::asio::write(sock, boost::asio::buffer(head), ec);
                const std::string chunk(64 << 10, ' ');
                for (std::size_t sent = 0; !ec && sent < total && !stop_; sent += chunk.size())
                    boost::asio::write(sock, boost::asio::buffer(chunk), ec);  // MSG_NOSIGNAL: no SIGPIPE
                sock.close(ec);
                return false;
            }
        }
        return false;
    }

    unsigned short upstream_;
    std::atomic<bool> stop_{false};
    mutable std::mutex mu_;
    FaultPlan plan_;
    int index_ = 0;
    std::vector<ProxiedRequest> seen_;
    std::map<std::string, int> in_flight_;
    std::atomic<int> max_same_{0};
    server::LoopbackServer server_;  // last: stopped before the members serve() uses go
};


FaultProxy::FaultProxy(unsigned short upstream_port) : p_(std::make_unique<FaultProxyImpl>(upstream_port)) {}
FaultProxy::~FaultProxy() = default;
unsigned short FaultProxy::port() const { return p_->port(); }
void FaultProxy::set(FaultPlan p) { p_->set(std::move(p)); }
std::vector<ProxiedRequest> FaultProxy::requests() const { return p_->requests(); }
int FaultProxy::faults() const { return p_->faults(); }
int FaultProxy::max_concurrent_same_payload() const { return p_->max_concurrent_same_payload(); }

}  // namespace calllock::test
