// Optional: the dashboard client on Boost.Beast + OpenSSL (target calllock::sync).
// Sends the job, call and emergency-alert payloads as the plan's DashboardClient
// does, with what production needs on top: TLS verification (trust store or a CA
// file, SNI, host-name check), http:// only to loopback unless allowed, a deadline
// on every step (Beast's synchronous calls have none, so each blocking call drives
// the asynchronous one on a private io_context), one kept-alive connection reused
// across the posts of a call, a bounded response, and a secret that never appears
// in an error message. Nothing here throws.
//
// This header declares; the definitions, which need Beast, Asio and OpenSSL, are in
// impl/sync.ipp: included here (header-only, the default) or compiled once in the
// unit that includes <calllock/src.hpp> (CALLLOCK_SEPARATE_COMPILATION, see
// detail/config.hpp).
#pragma once
#include <boost/json/value.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "config_error.hpp"
#include "../detail/config.hpp"
#include "webhook.hpp"

namespace calllock {

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
        // Nothing that would go out raw into the request line or the Host header: no spaces or
        // control characters (a line break would start another header), in the host or the path.
        for (const std::string* part : {&u.host, &u.target})
            for (const unsigned char c : *part)
                if (c <= 0x20 || c == 0x7f) return std::nullopt;
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
    [[nodiscard]] bool loopback() const;
    [[nodiscard]] std::string origin() const { return scheme + "://" + host_port(); }
    [[nodiscard]] std::string host_port() const {
        const bool v6 = host.find(':') != std::string::npos;
        return (v6 ? "[" + host + "]" : host) + ":" + port;
    }
    [[nodiscard]] std::string str() const { return origin() + target; }
    // The Host header's value: the port left out when it is the scheme's own, an IPv6
    // address in brackets either way (RFC 9110 7.2, RFC 3986 3.2.2).
    [[nodiscard]] std::string host_header() const {
        if (port != (scheme == "https" ? "443" : "80")) return host_port();
        return host.find(':') != std::string::npos ? "[" + host + "]" : host;
    }
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

class DashboardClient {
public:
    // A client for the three webhooks, or the configuration error.
    [[nodiscard]] static ConfigResult<DashboardClient> create(std::string_view jobs_url, std::string secret,
                                                                ClientOptions options = {});

    DashboardClient(DashboardClient&&) noexcept;
    DashboardClient& operator=(DashboardClient&&) noexcept;
    ~DashboardClient();

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
    SendResult post(const Url& url, const boost::json::value& payload) noexcept;
    SendResult post_body(const Url& url, const std::string& body) noexcept;

    // Drops the kept-alive connection (the next post opens a new one).
    void close() noexcept;

    // The text with every occurrence of the secret replaced by "<redacted>": for
    // what is logged or stored (a dashboard answer that echoes the header, say).
    [[nodiscard]] std::string redact(std::string text) const {
        if (secret_.empty()) return text;
        for (auto at = text.find(secret_); at != std::string::npos; at = text.find(secret_, at))
            text.replace(at, secret_.size(), "<redacted>");
        return text;
    }

    // redact() on every string of a JSON value (an answer of the dashboard), in place.
    void redact_strings(boost::json::value& v) const;

    // How many connections have been opened so far (to see keep-alive at work).
    [[nodiscard]] std::size_t connections_opened() const noexcept { return opened_; }

private:
    struct state;  // the io_context, the TLS context and the kept-alive connection (impl/sync.ipp)

    DashboardClient(Url jobs, Url calls, Url alerts, std::string secret, ClientOptions o);
    std::optional<std::string> init_tls();
    std::optional<std::string> open(const Url& url);
    SendResult post_once(const Url& url, const std::string& body, bool may_retry);

    Url jobs_, calls_, alerts_;
    std::string secret_;
    ClientOptions opt_;
    std::unique_ptr<state> st_;
    std::size_t opened_ = 0;
};

}  // namespace calllock

#if defined(CALLLOCK_HEADER_ONLY)
#include "impl/sync.ipp"
#endif
