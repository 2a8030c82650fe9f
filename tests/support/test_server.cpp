// TestServer's definitions (test_server.hpp): Beast on its own thread, one thread
// per connection with blocking I/O, compiled once into the tests' support library.
#include "test_server.hpp"

#include "loopback_server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <mutex>
#include <sstream>
#include <thread>

namespace calllock::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct ServerTls::impl {
    asio::ssl::context ctx{asio::ssl::context::tls_server};
};

ServerTls::ServerTls(const std::string& cert_chain_file, const std::string& key_file) : p_(std::make_unique<impl>()) {
    p_->ctx.use_certificate_chain_file(cert_chain_file);
    p_->ctx.use_private_key_file(key_file, asio::ssl::context::pem);
}
ServerTls::ServerTls(ServerTls&&) noexcept = default;
ServerTls::~ServerTls() = default;
boost::asio::ssl::context& ServerTls::context() const { return p_->ctx; }

class TestServerImpl {
public:
    using handler_fn = TestServer::handler_fn;

    // tls: a server context with certificate and key loaded, or nullptr for plain HTTP.
    explicit TestServerImpl(handler_fn h, asio::ssl::context* tls = nullptr)
        : handler_(std::move(h)), tls_(tls), server_({}, [this](tcp::socket s) { serve(std::move(s)); }) {
        server_.start();
    }
    // Idle connections end within the core's idle timeout (2 s).
    ~TestServerImpl() { server_.stop(); }
    TestServerImpl(const TestServerImpl&) = delete;
    TestServerImpl& operator=(const TestServerImpl&) = delete;

    [[nodiscard]] unsigned short port() const { return server_.port(); }
    [[nodiscard]] std::vector<Seen> seen() const {
        std::lock_guard lock(mu_);
        return seen_;
    }
    [[nodiscard]] int connections() const { return server_.connections(); }
    // The TLS context for the connections accepted from now on (a certificate that
    // changes mid-run); nullptr: plain HTTP.
    void set_tls(asio::ssl::context* tls) { tls_.store(tls); }

private:
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
            if (!a.retry_after.empty()) res.set(http::field::retry_after, a.retry_after);
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
    mutable std::mutex mu_;
    std::vector<Seen> seen_;
    server::LoopbackServer server_;  // last: stopped before the members serve() uses go
};


TestServer::TestServer(handler_fn h, ServerTls* tls)
    : p_(std::make_unique<TestServerImpl>(std::move(h), tls ? &tls->context() : nullptr)) {}
TestServer::~TestServer() = default;
unsigned short TestServer::port() const { return p_->port(); }
std::vector<Seen> TestServer::seen() const { return p_->seen(); }
int TestServer::connections() const { return p_->connections(); }
void TestServer::set_tls(ServerTls* tls) { p_->set_tls(tls ? &tls->context() : nullptr); }

}  // namespace calllock::test
