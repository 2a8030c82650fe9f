// Optional: the dashboard client on Boost.Beast + OpenSSL (target calllock::sync).
// Sends the job, call and emergency-alert payloads as the plan's DashboardClient
// does, with what production needs on top: TLS verification (trust store or a CA
// file, SNI, host-name check), http:// only to loopback unless allowed, a deadline
// on every step (Beast's synchronous calls have none, so each blocking call drives
// the asynchronous one on a private io_context), one kept-alive connection reused
// across the posts of a call, a bounded response, and a secret that never appears
// in an error message. Nothing here throws.
#pragma once
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "config_error.hpp"

namespace calllock {

namespace net {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace ssl = boost::asio::ssl;
}  // namespace net

// An http(s) URL split into what a request needs.
struct Url {
    std::string scheme;  // "http" or "https"
    std::string host;
    std::string port;
    std::string target;  // path and query, "/" at least

    [[nodiscard]] static std::optional<Url> parse(std::string_view s) {
        Url u;
        const auto sep = s.find("://");
        if (sep == std::string_view::npos) return std::nullopt;
        u.scheme = std::string(s.substr(0, sep));
        for (auto& c : u.scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (u.scheme != "http" && u.scheme != "https") return std::nullopt;
        std::string_view rest = s.substr(sep + 3);
        const auto slash = rest.find_first_of("/?#");
        std::string_view authority = rest.substr(0, slash);
        u.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
        if (const auto hash = u.target.find('#'); hash != std::string::npos) u.target.resize(hash);
        if (u.target.empty() || u.target[0] != '/') u.target.insert(0, "/");
        if (authority.find('@') != std::string_view::npos) return std::nullopt;  // no credentials in URLs
        if (!authority.empty() && authority.front() == '[') {  // [v6]:port
            const auto close = authority.find(']');
            if (close == std::string_view::npos) return std::nullopt;
            u.host = std::string(authority.substr(1, close - 1));
            authority.remove_prefix(close + 1);
            if (!authority.empty() && authority.front() != ':') return std::nullopt;
            if (!authority.empty()) u.port = std::string(authority.substr(1));
        } else {
            const auto colon = authority.rfind(':');
            u.host = std::string(authority.substr(0, colon));
            if (colon != std::string_view::npos) u.port = std::string(authority.substr(colon + 1));
        }
        if (u.host.empty()) return std::nullopt;
        if (u.port.empty()) u.port = u.scheme == "https" ? "443" : "80";
        for (char c : u.port)
            if (c < '0' || c > '9') return std::nullopt;
        if (u.port.size() > 5 || std::stoul(u.port) == 0 || std::stoul(u.port) > 65535) return std::nullopt;
        return u;
    }
    // Whether the host is this machine: the name "localhost" (any case; the client
    // also checks that it resolves to loopback addresses only), an IPv4 address in
    // 127.0.0.0/8 written in full, or ::1.
    // A name that merely starts with "127." (127.example.com) is not: it resolves to
    // wherever its owner wants.
    [[nodiscard]] bool loopback() const {
        std::string h = host;
        for (auto& c : h) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (h == "localhost") return true;
        boost::system::error_code ec;
        const auto addr = boost::asio::ip::make_address(h, ec);
        return !ec && addr.is_loopback();
    }
    [[nodiscard]] std::string origin() const { return scheme + "://" + host_port(); }
    [[nodiscard]] std::string host_port() const {
        const bool v6 = host.find(':') != std::string::npos;
        return (v6 ? "[" + host + "]" : host) + ":" + port;
    }
    [[nodiscard]] std::string str() const { return origin() + target; }
};

struct ClientOptions {
    std::chrono::milliseconds timeout{15000};  // for each step: resolve, connect, handshake, write, read
    std::string calls_url;                     // default: derived from the jobs URL
    std::string alerts_url;                    // default: derived from the jobs URL
    std::string ca_file;                       // default: the system trust store
    bool allow_plain_http = false;             // http:// to a non-loopback host
    std::size_t max_response_bytes = 1 << 20;
    std::string user_agent = "calllock/0.1";
};

// The outcome of one post: success only for a 2xx with a JSON body.
struct SendResult {
    bool success = false;
    unsigned status = 0;              // HTTP status, 0 when no response came
    boost::json::value response;      // the dashboard's JSON answer, when there was one
    std::string error;                // why it failed ("" on success)
    std::string retry_after;          // the Retry-After header of the answer, "" when absent
};

// The three webhooks of the dashboard.
enum class Webhook : unsigned char { jobs, calls, emergency_alerts };

namespace detail {
inline constexpr std::string_view jobs_suffix = "/api/webhook/jobs";
}

class DashboardClient {
public:
    // A client for the three webhooks, or the configuration error.
    [[nodiscard]] static ConfigResult<DashboardClient> create(std::string_view jobs_url,
                                                                           std::string secret,
                                                                           ClientOptions options = {}) {
        auto jobs = Url::parse(jobs_url);
        if (!jobs) return ConfigError{"webhook_url", "DASHBOARD_WEBHOOK_URL is not an http(s) URL"};
        std::string calls = options.calls_url, alerts = options.alerts_url;
        if (calls.empty() || alerts.empty()) {
            const std::string_view t = jobs->target;
            if (t.size() < detail::jobs_suffix.size() ||
                t.substr(t.size() - detail::jobs_suffix.size()) != detail::jobs_suffix)
                return ConfigError{"webhook_url", "DASHBOARD_WEBHOOK_URL must end in /api/webhook/jobs, or the calls and "
                                   "emergency-alerts URLs must be given explicitly"};
            const std::string base = jobs->origin() + std::string(t.substr(0, t.size() - detail::jobs_suffix.size()));
            if (calls.empty()) calls = base + "/api/webhook/calls";
            if (alerts.empty()) alerts = base + "/api/webhook/emergency-alerts";
        }
        auto c = Url::parse(calls), a = Url::parse(alerts);
        if (!c) return ConfigError{"calls_url", "the calls webhook URL is not an http(s) URL"};
        if (!a) return ConfigError{"alerts_url", "the emergency-alerts webhook URL is not an http(s) URL"};
        for (const Url* u : {&*jobs, &*c, &*a})
            if (u->scheme == "http" && !u->loopback() && !options.allow_plain_http)
                return ConfigError{"webhook_url", "refusing plain http:// to " + u->host +
                                   " (the secret would travel in clear); use https:// or allow_plain_http"};
        if (secret.empty()) return ConfigError{"webhook_secret", "DASHBOARD_WEBHOOK_SECRET is empty"};
        if (options.timeout.count() <= 0) return ConfigError{"timeout", "the timeout must be positive"};
        DashboardClient client(std::move(*jobs), std::move(*c), std::move(*a), std::move(secret), std::move(options));
        if (auto err = client.init_tls()) return ConfigError{"ca_file", *err};
        return ConfigResult<DashboardClient>(std::move(client));
    }

    DashboardClient(DashboardClient&&) noexcept = default;
    DashboardClient& operator=(DashboardClient&&) noexcept = default;
    ~DashboardClient() { close(); }

    [[nodiscard]] std::string jobs_url() const { return jobs_.str(); }
    [[nodiscard]] std::string calls_url() const { return calls_.str(); }
    [[nodiscard]] std::string alerts_url() const { return alerts_.str(); }

    SendResult send_job(const boost::json::value& payload) noexcept { return post(jobs_, payload); }
    SendResult send_call(const boost::json::value& payload) noexcept { return post(calls_, payload); }
    SendResult send_emergency_alert(const boost::json::value& payload) noexcept { return post(alerts_, payload); }

    // Posts exactly these bytes (a JSON text) to one of the webhooks: the outbox
    // replays the stored bytes so that every retry is byte-identical.
    SendResult send_body(Webhook w, const std::string& body) noexcept {
        return post_body(w == Webhook::jobs ? jobs_ : w == Webhook::calls ? calls_ : alerts_, body);
    }

    // Posts a body to a URL of this client (the three above use it).
    SendResult post(const Url& url, const boost::json::value& payload) noexcept {
        try {
            return post_body(url, boost::json::serialize(payload));
        } catch (const std::exception& e) {
            close();
            return {false, 0, {}, std::string("internal error: ") + e.what(), {}};
        }
    }
    SendResult post_body(const Url& url, const std::string& body) noexcept {
        try {
            return post_once(url, body, true);
        } catch (const std::exception& e) {
            close();
            return {false, 0, {}, std::string("internal error: ") + e.what(), {}};
        }
    }

    // Drops the kept-alive connection (the next post opens a new one).
    void close() noexcept {
        if (!st_ || !st_->conn) return;
        boost::system::error_code ec;
        st_->conn->lowest().socket().close(ec);
        st_->conn.reset();
    }

    // The text with every occurrence of the secret replaced by "<redacted>": for
    // what is logged or stored (a dashboard answer that echoes the header, say).
    [[nodiscard]] std::string redact(std::string text) const {
        if (secret_.empty()) return text;
        for (auto at = text.find(secret_); at != std::string::npos; at = text.find(secret_, at))
            text.replace(at, secret_.size(), "<redacted>");
        return text;
    }

    // How many connections have been opened so far (to see keep-alive at work).
    [[nodiscard]] std::size_t connections_opened() const noexcept { return opened_; }

private:
    using tcp = net::asio::ip::tcp;
    struct connection {
        std::string key;  // scheme://host:port
        std::optional<net::beast::tcp_stream> plain;
        std::optional<net::beast::ssl_stream<net::beast::tcp_stream>> tls;
        net::beast::tcp_stream& lowest() { return tls ? net::beast::get_lowest_layer(*tls) : *plain; }
    };
    struct state {
        net::asio::io_context ioc;
        net::ssl::context ctx{net::ssl::context::tls_client};
        std::optional<connection> conn;
    };

    DashboardClient(Url jobs, Url calls, Url alerts, std::string secret, ClientOptions o)
        : jobs_(std::move(jobs)), calls_(std::move(calls)), alerts_(std::move(alerts)),
          secret_(std::move(secret)), opt_(std::move(o)), st_(std::make_unique<state>()) {}

    std::optional<std::string> init_tls() {
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

    // Runs the io_context until the operation started before it completes.
    void run() {
        st_->ioc.restart();
        st_->ioc.run();
    }

    static bool is_ip_literal(const std::string& host) {
        boost::system::error_code ec;
        net::asio::ip::make_address(host, ec);
        return !ec;
    }

    // Opens a connection to url's origin (resolve, connect, TLS handshake), each
    // step under the deadline. Returns an error text, or "" on success.
    std::string open(const Url& url) {
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
        run();
        if (rec == net::asio::error::operation_aborted) return "timed out resolving " + url.host;
        if (rec) return "cannot resolve " + url.host + ": " + rec.message();
        // Plain http:// goes only to this machine: the name "localhost" must resolve to
        // loopback addresses alone (a resolver may be configured otherwise).
        if (url.scheme == "http" && !opt_.allow_plain_http)
            for (const auto& e : endpoints)
                if (!e.endpoint().address().is_loopback())
                    return "refusing plain http:// to " + url.host + ": it resolves to " +
                           e.endpoint().address().to_string() + ", not a loopback address";

        connection c;
        c.key = url.origin();
        if (url.scheme == "https") c.tls.emplace(ioc, st_->ctx);
        else c.plain.emplace(ioc);
        auto& low = c.lowest();
        boost::system::error_code ec;
        low.expires_after(opt_.timeout);
        low.async_connect(endpoints, [&](boost::system::error_code e, const tcp::endpoint&) { ec = e; });
        run();
        if (ec == net::beast::error::timeout) return "timed out connecting to " + url.host_port();
        if (ec) return "cannot connect to " + url.host_port() + ": " + ec.message();
        ++opened_;
        if (c.tls) {
            // SNI (not for IP literals, RFC 6066) and the host-name check against the certificate.
            if (!is_ip_literal(url.host) && !SSL_set_tlsext_host_name(c.tls->native_handle(), url.host.c_str()))
                return "cannot set the TLS server name";
            c.tls->set_verify_callback(net::ssl::host_name_verification(url.host));
            low.expires_after(opt_.timeout);
            c.tls->async_handshake(net::ssl::stream_base::client, [&](boost::system::error_code e) { ec = e; });
            run();
            if (ec == net::beast::error::timeout) return "timed out in the TLS handshake with " + url.host_port();
            if (ec) return "TLS handshake with " + url.host_port() + " failed: " + ec.message();
        }
        st_->conn.emplace(std::move(c));
        return {};
    }

    template <class Stream>
    boost::system::error_code exchange(Stream& s, net::beast::tcp_stream& low,
                                       net::http::request<net::http::string_body>& req,
                                       net::http::response_parser<net::http::string_body>& parser,
                                       bool& got_bytes) {
        boost::system::error_code ec;
        low.expires_after(opt_.timeout);
        net::http::async_write(s, req, [&](boost::system::error_code e, std::size_t) { ec = e; });
        run();
        if (ec) return ec;
        net::beast::flat_buffer buffer;
        low.expires_after(opt_.timeout);
        net::http::async_read(s, buffer, parser, [&](boost::system::error_code e, std::size_t n) {
            ec = e;
            got_bytes = n > 0;
        });
        run();
        return ec;
    }

    SendResult post_once(const Url& url, const std::string& body, bool may_retry) {
        const bool reused = st_->conn && st_->conn->key == url.origin();
        if (!reused) {
            if (auto err = open(url); !err.empty()) {
                close();
                return {false, 0, {}, err, {}};
            }
        }
        net::http::request<net::http::string_body> req{net::http::verb::post, url.target, 11};
        req.set(net::http::field::host, url.port == (url.scheme == "https" ? "443" : "80") ? url.host : url.host_port());
        req.set(net::http::field::user_agent, opt_.user_agent);
        req.set(net::http::field::content_type, "application/json");
        req.set(net::http::field::accept, "application/json");
        req.set("X-Webhook-Secret", secret_);
        req.keep_alive(true);
        req.body() = body;
        req.prepare_payload();

        net::http::response_parser<net::http::string_body> parser;
        parser.body_limit(opt_.max_response_bytes);
        bool got_bytes = false;
        auto& c = *st_->conn;
        const auto ec = c.tls ? exchange(*c.tls, c.lowest(), req, parser, got_bytes)
                              : exchange(*c.plain, c.lowest(), req, parser, got_bytes);
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
        auto& res = parser.get();
        if (!res.keep_alive()) close();
        SendResult r;
        r.status = res.result_int();
        if (const auto ra = res.find(net::http::field::retry_after); ra != res.end())
            r.retry_after = std::string(ra->value().substr(0, 64));
        boost::system::error_code jec;
        boost::json::value parsed = boost::json::parse(res.body(), jec);
        if (!jec) r.response = std::move(parsed);
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

    Url jobs_, calls_, alerts_;
    std::string secret_;
    ClientOptions opt_;
    std::unique_ptr<state> st_;
    std::size_t opened_ = 0;
};

}  // namespace calllock
