// LocalDashboard's definitions (local_dashboard.hpp): Beast, compiled once into the
// calllock_local_dashboard library that the command line, the tests and the
// delivery benchmark link.
#include "local_dashboard.hpp"

#include "loopback_server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace calllock::local {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

class LocalDashboardImpl {
public:
    explicit LocalDashboardImpl(DashboardOptions o)
        : opt_(std::move(o)),
          server_({opt_.port, std::max<std::size_t>(opt_.max_connections, 1), std::chrono::seconds(5)},
                  [this](tcp::socket s) { serve(std::move(s)); }) {
        if (!opt_.store.empty()) std::filesystem::create_directories(opt_.store);
        if (!opt_.tls_cert.empty()) {
            tls_.emplace(asio::ssl::context::tls_server);
            tls_->use_certificate_chain_file(opt_.tls_cert);
            tls_->use_private_key_file(opt_.tls_key, asio::ssl::context::pem);
        }
    }
    ~LocalDashboardImpl() { stop(); }
    LocalDashboardImpl(const LocalDashboardImpl&) = delete;
    LocalDashboardImpl& operator=(const LocalDashboardImpl&) = delete;

    [[nodiscard]] unsigned short port() const { return server_.port(); }

    // Serves on a background thread until stop().
    void start() { server_.start(); }
    // Serves on this thread until stop() is called from another one.
    void run() { server_.run(); }
    void stop() { server_.stop(); }

    // The connection threads alive now (finished ones are joined at the next accept).
    [[nodiscard]] std::size_t connection_threads() const { return server_.connection_threads(); }

    // How many records each route has accepted.
    [[nodiscard]] std::size_t accepted(Webhook r) const {
        std::lock_guard lock(mu_);
        return counts_[static_cast<std::size_t>(r)];
    }

    // The answer to one request: routing, authentication, validation, storage.
    http::response<http::string_body> handle(const http::request<http::string_body>& req) {
        auto reply = [&](http::status st, const boost::json::object& body) {
            http::response<http::string_body> res{st, req.version()};
            res.set(http::field::content_type, "application/json");
            res.keep_alive(req.keep_alive());
            res.body() = boost::json::serialize(body);
            res.prepare_payload();
            return res;
        };
        std::string_view path = req.target();
        path = path.substr(0, path.find('?'));
        std::optional<Webhook> route;
        for (Webhook r : all_webhooks)
            if (path_of(r) == path) route = r;
        if (!route) return reply(http::status::not_found, {{"error", "Not Found"}});
        if (req.method() != http::verb::post)
            return reply(http::status::method_not_allowed, {{"error", "Method Not Allowed"}});
        const auto it = req.find("X-Webhook-Secret");
        if (it == req.end())
            return reply(http::status::unauthorized,
                         {{"error", "Unauthorized"}, {"message", "Missing X-Webhook-Secret header"}});
        if (!same(it->value(), opt_.secret))
            return reply(http::status::unauthorized, {{"error", "Unauthorized"}, {"message", "Invalid webhook secret"}});
        boost::system::error_code ec;
        const boost::json::value body = boost::json::parse(req.body(), ec);
        if (ec)
            return reply(http::status::bad_request,
                         {{"error", "Validation failed"},
                          {"details", boost::json::array{boost::json::object{{"path", ""}, {"message", "Invalid JSON"}}}}});
        if (auto err = contract::check(*route, body)) return reply(http::status::bad_request, *err);
        return reply(http::status::ok, accept_record(*route, body.as_object()));
    }

private:
    // Compares without an early exit, so timing does not reveal the secret.
    static bool same(std::string_view a, std::string_view b) {
        unsigned char diff = a.size() == b.size() ? 0 : 1;
        for (std::size_t i = 0; i < a.size(); ++i)
            diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
        return diff == 0;
    }

    boost::json::object accept_record(Webhook route, const boost::json::object& body) {
        std::lock_guard lock(mu_);
        const auto ri = static_cast<std::size_t>(route);
        std::string call_id;
        if (const auto* c = body.if_contains("call_id"); c && c->is_string()) call_id = std::string(c->as_string());
        boost::json::object answer{{"success", true}};
        if (route == Webhook::jobs) {
            std::string reason;
            if (const auto* r = body.if_contains("end_call_reason"); r && r->is_string()) reason = std::string(r->as_string());
            if (reason == "wrong_number") return answer;  // creates nothing
            const bool job = reason == "completed" || reason == "safety_emergency" || reason == "urgent_escalation";
            const char* key = job ? "job_id" : "lead_id";
            if (!call_id.empty()) {  // calls are de-duplicated by call_id
                if (auto found = ids_.find("jobs:" + call_id); found != ids_.end()) {
                    answer[found->second.first] = found->second.second;
                    answer["duplicate"] = true;
                    return answer;
                }
            }
            const std::string id = std::string(job ? "job_" : "lead_") + std::to_string(++counts_[ri]);
            answer[key] = id;
            if (!call_id.empty()) ids_["jobs:" + call_id] = {key, id};
        } else {
            const std::string k = (route == Webhook::calls ? "calls:" : "alerts:") + call_id;
            if (!call_id.empty() && ids_.count(k)) {
                answer["duplicate"] = true;
                return answer;
            }
            ++counts_[ri];
            if (!call_id.empty()) ids_[k] = {"", ""};
        }
        store(route, body);
        return answer;
    }

    void log_request(const http::request<http::string_body>& req) {
        if (opt_.store.empty()) return;
        std::string_view path = req.target();
        path = path.substr(0, path.find('?'));
        constexpr const char* names[] = {"jobs", "calls", "emergency_alerts"};
        std::string route = "other";
        for (Webhook r : all_webhooks)
            if (path_of(r) == path) route = names[static_cast<std::size_t>(r)];
        std::lock_guard lock(mu_);
        std::ofstream out(opt_.store / "requests.jsonl", std::ios::app | std::ios::binary);
        out << boost::json::serialize(boost::json::object{{"route", route}, {"body", req.body()}}) << '\n';
    }

    void store(Webhook route, const boost::json::object& body) {
        if (opt_.store.empty()) return;
        constexpr const char* files[] = {"jobs.jsonl", "calls.jsonl", "emergency-alerts.jsonl"};
        std::ofstream out(opt_.store / files[static_cast<std::size_t>(route)], std::ios::app | std::ios::binary);
        out << boost::json::serialize(body) << '\n';
    }

    void serve(tcp::socket sock) {
        if (!tls_) return exchange(sock);
        asio::ssl::stream<tcp::socket> stream(std::move(sock), *tls_);
        boost::system::error_code ec;
        stream.handshake(asio::ssl::stream_base::server, ec);
        if (!ec) exchange(stream);
    }

    template <class Stream>
    void exchange(Stream& sock) {
        beast::flat_buffer buf;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.body_limit(opt_.max_body_bytes);
            boost::system::error_code ec;
            http::read(sock, buf, parser, ec);
            if (ec == http::error::body_limit) {
                http::response<http::string_body> res{http::status::payload_too_large, 11};
                res.body() = R"({"error":"Payload Too Large"})";
                res.prepare_payload();
                http::write(sock, res, ec);
                return;
            }
            if (ec) return;
            if (opt_.answer_delay.count() > 0) std::this_thread::sleep_for(opt_.answer_delay);
            if (opt_.log_requests) log_request(parser.get());
            auto res = handle(parser.get());
            http::write(sock, res, ec);
            if (ec || !res.keep_alive()) return;
        }
    }

    DashboardOptions opt_;
    std::optional<asio::ssl::context> tls_;
    mutable std::mutex mu_;
    std::array<std::size_t, 3> counts_{};
    std::map<std::string, std::pair<std::string, std::string>> ids_;
    // Last: stopped (by ~LocalDashboardImpl) before the members serve() uses go.
    server::LoopbackServer server_;
};


LocalDashboard::LocalDashboard(DashboardOptions o) : p_(std::make_unique<LocalDashboardImpl>(std::move(o))) {}
LocalDashboard::~LocalDashboard() = default;
unsigned short LocalDashboard::port() const { return p_->port(); }
void LocalDashboard::start() { p_->start(); }
void LocalDashboard::run() { p_->run(); }
void LocalDashboard::stop() { p_->stop(); }
std::size_t LocalDashboard::connection_threads() const { return p_->connection_threads(); }
std::size_t LocalDashboard::accepted(Webhook r) const { return p_->accepted(r); }

}  // namespace calllock::local
