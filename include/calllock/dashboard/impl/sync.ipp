// The definitions of sync.hpp: the dashboard client on Beast, Asio and OpenSSL.
// Included at the end of sync.hpp (header-only) or by src.hpp after sync.hpp
// (separate compilation), never alone; every definition here is CALLLOCK_DECL (inline
// in the first case).
#pragma once
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>

namespace calllock {

namespace net {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace ssl = boost::asio::ssl;
}  // namespace net

CALLLOCK_DECL bool Url::loopback() const {
    std::string h = host;
    for (auto& c : h) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (h == "localhost") return true;
    boost::system::error_code ec;
    const auto addr = boost::asio::ip::make_address(h, ec);
    return !ec && addr.is_loopback();
}

struct DashboardClient::state {
    struct connection {
        std::string key;  // scheme://host:port
        std::optional<net::beast::tcp_stream> plain;
        std::optional<net::beast::ssl_stream<net::beast::tcp_stream>> tls;
        net::beast::tcp_stream& lowest() { return tls ? net::beast::get_lowest_layer(*tls) : *plain; }
    };
    net::asio::io_context ioc;
    net::ssl::context ctx{net::ssl::context::tls_client};
    std::optional<connection> conn;

    // Runs the io_context until the operation started before it completes.
    void run() {
        ioc.restart();
        ioc.run();
    }

    // One request and its answer on an open connection, each step under the deadline.
    template <class Stream>
    boost::system::error_code exchange(Stream& s, net::beast::tcp_stream& low, std::chrono::milliseconds timeout,
                                       net::http::request<net::http::string_body>& req,
                                       std::optional<net::http::response_parser<net::http::string_body>>& parser,
                                       std::size_t body_limit, bool& got_bytes) {
        boost::system::error_code ec;
        low.expires_after(timeout);
        net::http::async_write(s, req, [&](boost::system::error_code e, std::size_t) { ec = e; });
        run();
        if (ec) return ec;
        net::beast::flat_buffer buffer;
        // Interim answers (1xx: 100 Continue, 103 Early Hints from a proxy or CDN) come before
        // the final one on the same connection: each is skipped, up to a few; the parser is new
        // for the next message, the bytes already read stay in the buffer. (101 is final: no
        // upgrade is ever asked for.)
        for (int interim = 0;; ++interim) {
            parser.emplace();
            parser->body_limit(body_limit);
            low.expires_after(timeout);
            net::http::async_read(s, buffer, *parser, [&](boost::system::error_code e, std::size_t n) {
                ec = e;
                got_bytes = got_bytes || n > 0;
            });
            run();
            if (ec) return ec;
            const unsigned status = parser->get().result_int();
            if (status < 100 || status > 199 || status == 101 || interim == 4) return ec;
        }
    }
};

CALLLOCK_DECL ConfigResult<DashboardClient> DashboardClient::create(std::string_view jobs_url, std::string secret,
                                                                   ClientOptions options) {
    auto jobs = Url::parse(jobs_url);
    if (!jobs) return ConfigError{"webhook_url", "DASHBOARD_WEBHOOK_URL is not an http(s) URL"};
    std::string calls = options.calls_url, alerts = options.alerts_url;
    if (calls.empty() || alerts.empty()) {
        const std::string_view t = jobs->target, jobs_path = path_of(Webhook::jobs);
        if (!t.ends_with(jobs_path))
            return ConfigError{"webhook_url", "DASHBOARD_WEBHOOK_URL must end in /api/webhook/jobs, or the calls and "
                               "emergency-alerts URLs must be given explicitly"};
        const std::string base = jobs->origin() + std::string(t.substr(0, t.size() - jobs_path.size()));
        if (calls.empty()) calls = base + std::string(path_of(Webhook::calls));
        if (alerts.empty()) alerts = base + std::string(path_of(Webhook::emergency_alerts));
    }
    auto c = Url::parse(calls), a = Url::parse(alerts);
    if (!c) return ConfigError{"calls_url", "the calls webhook URL is not an http(s) URL"};
    if (!a) return ConfigError{"alerts_url", "the emergency-alerts webhook URL is not an http(s) URL"};
    for (const Url* u : {&*jobs, &*c, &*a})
        if (u->scheme == "http" && !u->loopback() && !options.allow_plain_http)
            return ConfigError{"webhook_url", "refusing plain http:// to " + u->host +
                               " (the secret would travel in clear); use https:// or allow_plain_http"};
    if (secret.empty()) return ConfigError{"webhook_secret", "DASHBOARD_WEBHOOK_SECRET is empty"};
    // The secret travels as a header value: a line break would end the header and start
    // another (Beast 1.81 does not check values), and white space at either end is dropped
    // by HTTP (the dashboard would see another secret and reject every payload).
    for (const unsigned char ch : secret)
        if (ch < 0x20 || ch == 0x7f)
            return ConfigError{"webhook_secret", "DASHBOARD_WEBHOOK_SECRET contains a control character (a line "
                                                 "break, say): it cannot be sent as a header value"};
    if (secret.front() == ' ' || secret.front() == '\t' || secret.back() == ' ' || secret.back() == '\t')
        return ConfigError{"webhook_secret",
                           "DASHBOARD_WEBHOOK_SECRET begins or ends with white space, which HTTP drops from a header value"};
    if (options.timeout.count() <= 0) return ConfigError{"timeout", "the timeout must be positive"};
    DashboardClient client(std::move(*jobs), std::move(*c), std::move(*a), std::move(secret), std::move(options));
    if (auto err = client.init_tls()) return ConfigError{"ca_file", *err};
    return ConfigResult<DashboardClient>(std::move(client));
}

CALLLOCK_DECL DashboardClient::DashboardClient(Url jobs, Url calls, Url alerts, std::string secret, ClientOptions o)
    : jobs_(std::move(jobs)), calls_(std::move(calls)), alerts_(std::move(alerts)),
      secret_(std::move(secret)), opt_(std::move(o)), st_(std::make_unique<state>()) {}

CALLLOCK_DECL DashboardClient::DashboardClient(DashboardClient&& other) noexcept
    : jobs_(std::move(other.jobs_)), calls_(std::move(other.calls_)), alerts_(std::move(other.alerts_)),
      secret_(std::move(other.secret_)), opt_(std::move(other.opt_)), st_(std::move(other.st_)),
      opened_(other.opened_) {}

CALLLOCK_DECL DashboardClient& DashboardClient::operator=(DashboardClient&& other) noexcept {
    if (this != &other) {
        close();
        jobs_ = std::move(other.jobs_);
        calls_ = std::move(other.calls_);
        alerts_ = std::move(other.alerts_);
        secret_ = std::move(other.secret_);
        opt_ = std::move(other.opt_);
        st_ = std::move(other.st_);
        opened_ = other.opened_;
    }
    return *this;
}

CALLLOCK_DECL DashboardClient::~DashboardClient() { close(); }

CALLLOCK_DECL SendResult DashboardClient::post(const Url& url, const boost::json::value& payload) noexcept {
    try {
        return post_body(url, boost::json::serialize(payload));
    } catch (const std::exception& e) {
        close();
        return {false, 0, {}, std::string("internal error: ") + e.what(), {}};
    }
}

CALLLOCK_DECL SendResult DashboardClient::post_body(const Url& url, const std::string& body) noexcept {
    try {
        return post_once(url, body, true);
    } catch (const std::exception& e) {
        close();
        return {false, 0, {}, std::string("internal error: ") + e.what(), {}};
    }
}

CALLLOCK_DECL void DashboardClient::redact_strings(boost::json::value& v) const {
    if (secret_.empty()) return;
    if (auto* s = v.if_string()) {
        if (s->subview().find(secret_) != std::string_view::npos) *s = redact(std::string(s->subview()));
    } else if (auto* a = v.if_array()) {
        for (auto& e : *a) redact_strings(e);
    } else if (auto* o = v.if_object()) {
        for (auto& kv : *o) redact_strings(kv.value());
    }
}

CALLLOCK_DECL void DashboardClient::close() noexcept {
    if (!st_ || !st_->conn) return;
    boost::system::error_code ec;
    st_->conn->lowest().socket().close(ec);
    st_->conn.reset();
}

CALLLOCK_DECL std::optional<std::string> DashboardClient::init_tls() {
    boost::system::error_code ec;
    st_->ctx.set_verify_mode(net::ssl::verify_peer);
    st_->ctx.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                         net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                         net::ssl::context::no_tlsv1_1);
    if (!opt_.ca_file.empty()) {
        st_->ctx.load_verify_file(opt_.ca_file, ec);
        if (ec) return "cannot load the CA file '" + opt_.ca_file + "': " + ec.message();
    } else {
        st_->ctx.set_default_verify_paths(ec);
        if (ec) return "cannot load the system trust store: " + ec.message();
    }
    return std::nullopt;
}

// Opens a connection to url's origin (resolve, connect, TLS handshake), each
// step under the deadline. Returns why it could not (nullopt: connected).
CALLLOCK_DECL std::optional<std::string> DashboardClient::open(const Url& url) {
    using tcp = net::asio::ip::tcp;
    close();
    auto& ioc = st_->ioc;
    // Resolve: asio's resolver has no timeout of its own; a timer cancels it.
    tcp::resolver resolver(ioc);
    net::asio::steady_timer timer(ioc);
    tcp::resolver::results_type endpoints;
    boost::system::error_code rec;
    bool resolved = false;
    timer.expires_after(opt_.timeout);
    timer.async_wait([&](boost::system::error_code e) {
        if (!e && !resolved) resolver.cancel();
    });
    resolver.async_resolve(url.host, url.port, [&](boost::system::error_code e, tcp::resolver::results_type r) {
        resolved = true;
        rec = e;
        endpoints = std::move(r);
        timer.cancel();
    });
    st_->run();
    if (rec == net::asio::error::operation_aborted) return "timed out resolving " + url.host;
    if (rec) return "cannot resolve " + url.host + ": " + rec.message();
    // Plain http:// goes only to this machine: the name "localhost" must resolve to
    // loopback addresses alone (a resolver may be configured otherwise).
    if (url.scheme == "http" && !opt_.allow_plain_http)
        for (const auto& e : endpoints)
            if (!e.endpoint().address().is_loopback())
                return "refusing plain http:// to " + url.host + ": it resolves to " +
                       e.endpoint().address().to_string() + ", not a loopback address";

    state::connection c;
    c.key = url.origin();
    if (url.scheme == "https") c.tls.emplace(ioc, st_->ctx);
    else c.plain.emplace(ioc);
    auto& low = c.lowest();
    boost::system::error_code ec;
    low.expires_after(opt_.timeout);
    low.async_connect(endpoints, [&](boost::system::error_code e, const tcp::endpoint&) { ec = e; });
    st_->run();
    if (ec == net::beast::error::timeout) return "timed out connecting to " + url.host_port();
    if (ec) return "cannot connect to " + url.host_port() + ": " + ec.message();
    ++opened_;
    if (c.tls) {
        // SNI (not for IP literals, RFC 6066) and the host-name check against the certificate.
        boost::system::error_code not_ip;
        net::asio::ip::make_address(url.host, not_ip);
        if (not_ip && !SSL_set_tlsext_host_name(c.tls->native_handle(), url.host.c_str()))
            return "cannot set the TLS server name";
        c.tls->set_verify_callback(net::ssl::host_name_verification(url.host));
        low.expires_after(opt_.timeout);
        c.tls->async_handshake(net::ssl::stream_base::client, [&](boost::system::error_code e) { ec = e; });
        st_->run();
        if (ec == net::beast::error::timeout) return "timed out in the TLS handshake with " + url.host_port();
        if (ec) return "TLS handshake with " + url.host_port() + " failed: " + ec.message();
    }
    st_->conn.emplace(std::move(c));
    return std::nullopt;
}

CALLLOCK_DECL SendResult DashboardClient::post_once(const Url& url, const std::string& body, bool may_retry) {
    const bool reused = st_->conn && st_->conn->key == url.origin();
    if (!reused) {
        if (auto err = open(url)) {
            close();
            return {false, 0, {}, *err, {}};
        }
    }
    net::http::request<net::http::string_body> req{net::http::verb::post, url.target, 11};
    req.set(net::http::field::host, url.host_header());
    req.set(net::http::field::user_agent, opt_.user_agent);
    req.set(net::http::field::content_type, "application/json");
    req.set(net::http::field::accept, "application/json");
    req.set("X-Webhook-Secret", secret_);
    req.keep_alive(true);
    req.body() = body;
    req.prepare_payload();

    std::optional<net::http::response_parser<net::http::string_body>> parser;
    bool got_bytes = false;
    auto& c = *st_->conn;
    const auto ec = c.tls ? st_->exchange(*c.tls, c.lowest(), opt_.timeout, req, parser, opt_.max_response_bytes, got_bytes)
                          : st_->exchange(*c.plain, c.lowest(), opt_.timeout, req, parser, opt_.max_response_bytes, got_bytes);
    if (ec) {
        close();
        // A kept-alive connection the server had already closed: once more on a new one.
        if (reused && may_retry && !got_bytes &&
            (ec == net::http::error::end_of_stream || ec == net::asio::error::connection_reset ||
             ec == net::asio::error::broken_pipe || ec == net::asio::error::eof))
            return post_once(url, body, false);
        if (ec == net::beast::error::timeout) return {false, 0, {}, "timed out waiting for " + url.host_port(), {}};
        if (ec == net::http::error::body_limit)
            return {false, 0, {}, "response larger than " + std::to_string(opt_.max_response_bytes) + " bytes", {}};
        return {false, 0, {}, "request to " + url.host_port() + " failed: " + ec.message(), {}};
    }
    auto& res = parser->get();
    if (!res.keep_alive()) close();
    SendResult r;
    r.status = res.result_int();
    if (const auto ra = res.find(net::http::field::retry_after); ra != res.end())
        r.retry_after = std::string(ra->value().substr(0, 64));
    boost::system::error_code jec;
    boost::json::value parsed = boost::json::parse(res.body(), jec);
    if (!jec) {
        // An answer that echoes the secret (a message quoting the request's headers, say) is
        // kept without it: the answer and its message reach logs, reports and the command line.
        redact_strings(parsed);
        r.response = std::move(parsed);
    }
    if (r.status < 200 || r.status > 299) {
        r.error = "HTTP " + std::to_string(r.status);
        if (r.response.is_object())
            if (const auto* m = r.response.as_object().if_contains("message"); m && m->is_string())
                r.error += ": " + std::string(m->as_string());
        return r;
    }
    if (jec) {
        r.error = "HTTP " + std::to_string(r.status) + " with a body that is not JSON";
        return r;
    }
    r.success = true;
    return r;
}

}  // namespace calllock
