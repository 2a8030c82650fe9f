// The Beast dashboard client against real servers on 127.0.0.1, plain and TLS with
// a CA and certificates this test generates. Plan Task 5's tests come first.
#define BOOST_TEST_MODULE sync_client
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <calllock/dashboard/sync.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/pki.hpp"
#include "support/test_server.hpp"

using namespace calllock;
using calllock::test::Answer;
using calllock::test::Seen;
using calllock::test::TestServer;
namespace fs = std::filesystem;
using calllock::test::pki;

namespace {

DashboardClient client_for(const std::string& jobs_url, ClientOptions o = {}) {
    auto c = DashboardClient::create(jobs_url, "test-secret-123", std::move(o));
    BOOST_REQUIRE_MESSAGE(c.has_value(), (c ? std::string() : c.error().what()));
    return std::move(*c);
}

std::string local_jobs(unsigned short port, std::string_view host = "127.0.0.1", std::string_view scheme = "http") {
    return std::string(scheme) + "://" + std::string(host) + ":" + std::to_string(port) + "/api/webhook/jobs";
}


}  // namespace

BOOST_AUTO_TEST_SUITE(TestDashboardClient)

BOOST_AUTO_TEST_CASE(test_derives_calls_url) {
    auto c = client_for("https://app.example.com/api/webhook/jobs");
    BOOST_TEST(c.calls_url() == "https://app.example.com:443/api/webhook/calls");
}

BOOST_AUTO_TEST_CASE(test_derives_alerts_url) {
    auto c = client_for("https://app.example.com/api/webhook/jobs");
    BOOST_TEST(c.alerts_url() == "https://app.example.com:443/api/webhook/emergency-alerts");
}

BOOST_AUTO_TEST_CASE(configuration_errors) {
    auto err = [](std::string_view url, ClientOptions o = {}, std::string secret = "s") {
        auto c = DashboardClient::create(url, std::move(secret), std::move(o));
        return c ? std::string("ok") : c.error().message;
    };
    BOOST_TEST(err("https://app.example.com/api/webhook/job").find("must end in /api/webhook/jobs") != std::string::npos);
    ClientOptions explicit_urls;
    explicit_urls.calls_url = "https://a.example/calls";
    explicit_urls.alerts_url = "https://a.example/alerts";
    BOOST_TEST(err("https://a.example/jobs", explicit_urls) == "ok");
    BOOST_TEST(err("ftp://a.example/api/webhook/jobs").find("not an http(s) URL") != std::string::npos);
    BOOST_TEST(err("http://app.example.com/api/webhook/jobs").find("refusing plain http://") != std::string::npos);
    ClientOptions allow;
    allow.allow_plain_http = true;
    BOOST_TEST(err("http://app.example.com/api/webhook/jobs", allow) == "ok");
    BOOST_TEST(err("http://127.0.0.1:8080/api/webhook/jobs") == "ok");
    BOOST_TEST(err("https://app.example.com/api/webhook/jobs", {}, "").find("SECRET is empty") != std::string::npos);
    BOOST_TEST(err("https://user:pw@app.example.com/api/webhook/jobs").find("not an http(s) URL") != std::string::npos);
    // The secret is a header value: no line break (it would start another header), no NUL, no
    // white space at either end (HTTP drops it, and the dashboard would see another secret).
    for (const std::string& bad : {std::string("s3cret\r\nX-Injected: 1"), std::string("s3cret\r"), std::string("s3cret\n"),
                                  std::string("s3c\0ret", 7), std::string("s3c\x7fret"), std::string(" s3cret"),
                                  std::string("s3cret\t"), std::string("s3cret ")}) {
        const auto e = err("https://app.example.com/api/webhook/jobs", {}, bad);
        BOOST_TEST(e.find("DASHBOARD_WEBHOOK_SECRET") != std::string::npos, e);
        BOOST_TEST(e.find("s3c") == std::string::npos, e);  // the message does not quote it
    }
    BOOST_TEST(err("https://app.example.com/api/webhook/jobs", {}, "s3 cret-with inner spaces") == "ok");
    ClientOptions bad_ca;
    bad_ca.ca_file = "/nonexistent/ca.pem";
    BOOST_TEST(err("https://app.example.com/api/webhook/jobs", bad_ca).find("cannot load the CA file") != std::string::npos);
}

// Plain http:// only where the secret cannot leave the machine: the host must be an
// address in 127.0.0.0/8, ::1 or the name localhost; a name that only looks like one is
// refused.
BOOST_AUTO_TEST_CASE(plain_http_only_to_loopback_addresses) {
    auto plain = [](std::string_view host) {
        const std::string url = "http://" + std::string(host) + ":8080/api/webhook/jobs";
        auto c = DashboardClient::create(url, "s");
        return c ? std::string("ok") : c.error().message;
    };
    for (std::string_view ok : {"127.0.0.1", "127.255.3.9", "[::1]", "localhost", "LOCALHOST"})
        BOOST_TEST(plain(ok) == "ok", ok);
    for (std::string_view bad : {"127.example.com", "127.0.0.1.evil.example", "127.1", "127", "0x7f.0.0.1",
                                 "localhost.example.com", "localhost.", "128.0.0.1", "10.0.0.1", "[::ffff:8.8.8.8]", "[::2]",
                                 "0.0.0.0", "[::]"})
        BOOST_TEST(plain(bad).find("refusing plain http://") != std::string::npos, bad);
    BOOST_TEST(Url::parse("http://127.example.com/x")->loopback() == false);
}

// The Host header: the port only when it is not the scheme's, an IPv6 address in brackets
// either way; and no URL whose host or path would put a space or a line break into the request.
BOOST_AUTO_TEST_CASE(host_header_and_what_a_url_may_not_hold) {
    BOOST_TEST(Url::parse("https://[2001:db8::1]/api/webhook/jobs")->host_header() == "[2001:db8::1]");
    BOOST_TEST(Url::parse("https://[2001:db8::1]:8443/x")->host_header() == "[2001:db8::1]:8443");
    BOOST_TEST(Url::parse("http://[::1]/x")->host_header() == "[::1]");
    BOOST_TEST(Url::parse("https://app.example.com/x")->host_header() == "app.example.com");
    BOOST_TEST(Url::parse("https://app.example.com:443/x")->host_header() == "app.example.com");
    BOOST_TEST(Url::parse("http://app.example.com:8080/x")->host_header() == "app.example.com:8080");
    for (const char* bad : {"https://app.example.com/api/webhook/jobs HTTP/1.1\r\nX-Injected: 1", "https://app example.com/x",
                            "https://app.example.com\r\n/x", "https://app.example.com/x\ty", "https://app.example.com/a b",
                            "https://app.example.com/\x7f"})
        BOOST_TEST(!Url::parse(bad).has_value(), bad);
    BOOST_TEST(Url::parse("https://app.example.com/api/webhook/jobs?x=%20y").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TestSendJob)

BOOST_AUTO_TEST_CASE(test_sends_job_payload) {
    TestServer server([](const Seen&) { return Answer{200, R"({"success":true,"job_id":"j_123"})"}; });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_job(boost::json::object{{"customer_name", "Jonas"}, {"call_id", "call_1"}});
    BOOST_TEST(r.success);
    BOOST_TEST(r.response.at("job_id").as_string() == "j_123");
    const auto seen = server.seen();
    BOOST_REQUIRE_EQUAL(seen.size(), 1u);
    BOOST_TEST(seen[0].secret == "test-secret-123");
    BOOST_TEST(seen[0].target == "/api/webhook/jobs");
    BOOST_TEST(seen[0].content_type == "application/json");
    BOOST_TEST(boost::json::parse(seen[0].body).at("customer_name").as_string() == "Jonas");
}

BOOST_AUTO_TEST_CASE(test_handles_failure) {
    TestServer server([](const Seen&) { return Answer{500, ""}; });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_job(boost::json::object{{"customer_name", "Jonas"}});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.status == 500u);
    BOOST_TEST(r.error == "HTTP 500");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TestSendCall)

BOOST_AUTO_TEST_CASE(test_sends_call_record) {
    TestServer server([](const Seen&) { return Answer{}; });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_call(boost::json::object{{"call_id", "call_1"}, {"phone_number", "+15125551234"}});
    BOOST_TEST(r.success);
    BOOST_TEST(server.seen().at(0).target == "/api/webhook/calls");
    BOOST_TEST(server.seen().at(0).secret == "test-secret-123");
}

BOOST_AUTO_TEST_CASE(test_handles_failure) {
    TestServer server([](const Seen&) { return Answer{500, ""}; });
    auto c = client_for(local_jobs(server.port()));
    BOOST_TEST(!c.send_call(boost::json::object{{"call_id", "call_1"}}).success);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(TestSendEmergencyAlert)

BOOST_AUTO_TEST_CASE(test_sends_alert) {
    TestServer server([](const Seen&) { return Answer{}; });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_emergency_alert(
        boost::json::object{{"phone_number", "+15125551234"}, {"problem_description", "Gas leak"}});
    BOOST_TEST(r.success);
    BOOST_TEST(server.seen().at(0).target == "/api/webhook/emergency-alerts");
    BOOST_TEST(server.seen().at(0).secret == "test-secret-123");
}

BOOST_AUTO_TEST_CASE(test_handles_failure) {
    TestServer server([](const Seen&) { return Answer{500, ""}; });
    auto c = client_for(local_jobs(server.port()));
    BOOST_TEST(!c.send_emergency_alert(boost::json::object{{"phone_number", "+15125551234"}}).success);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Transport)

BOOST_AUTO_TEST_CASE(keep_alive_reuses_one_connection) {
    TestServer server([](const Seen&) { return Answer{}; });
    auto c = client_for(local_jobs(server.port()));
    BOOST_TEST(c.send_job(boost::json::object{}).success);
    BOOST_TEST(c.send_call(boost::json::object{}).success);
    BOOST_TEST(c.send_emergency_alert(boost::json::object{}).success);
    BOOST_TEST(c.connections_opened() == 1u);
    BOOST_TEST(server.connections() == 1);
}

BOOST_AUTO_TEST_CASE(non_json_200_is_a_failure) {
    TestServer server([](const Seen&) { return Answer{200, "<html>ok</html>"}; });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.status == 200u);
    BOOST_TEST(r.error == "HTTP 200 with a body that is not JSON");
}

BOOST_AUTO_TEST_CASE(wrong_secret_401_reports_the_dashboards_message_not_the_secret) {
    TestServer server([](const Seen& s) {
        return s.secret == "right"
                   ? Answer{}
                   : Answer{401, R"({"error":"Unauthorized","message":"Invalid webhook secret"})"};
    });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.status == 401u);
    BOOST_TEST(r.error == "HTTP 401: Invalid webhook secret");
    BOOST_TEST(r.error.find("test-secret-123") == std::string::npos);
}

// A dashboard (or a proxy) whose answer quotes the secret: the message in the error and every
// string of the parsed answer come back with it redacted, since both reach logs, reports and
// the command line's output.
BOOST_AUTO_TEST_CASE(an_answer_that_echoes_the_secret_comes_back_redacted) {
    TestServer server([](const Seen& s) {
        return Answer{400, R"({"message":"bad header X-Webhook-Secret: )" + s.secret +
                               R"(","echo":{"headers":[")" + s.secret + R"("]}})"};
    });
    auto c = client_for(local_jobs(server.port()));
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(r.status == 400u);
    BOOST_TEST(r.error == "HTTP 400: bad header X-Webhook-Secret: <redacted>");
    const std::string answer = boost::json::serialize(r.response);
    BOOST_TEST(answer.find("test-secret-123") == std::string::npos, answer);
    BOOST_TEST(answer.find("<redacted>") != std::string::npos, answer);
    // Without the secret in it, an answer is kept as it came.
    TestServer plain([](const Seen&) { return Answer{200, R"({"success":true,"job_id":"j_9","note":"test-secret"})"}; });
    auto c2 = client_for(local_jobs(plain.port()));
    const auto ok = c2.send_job(boost::json::object{});
    BOOST_TEST(ok.success);
    BOOST_TEST(boost::json::serialize(ok.response) == R"({"success":true,"job_id":"j_9","note":"test-secret"})");
}

// A server that reads one request (its head and Content-Length body) on 127.0.0.1 and writes
// the given bytes back as they are, then waits for the client to close.
class RawServer {
public:
    explicit RawServer(std::string answer) : answer_(std::move(answer)) {
        thread_ = std::thread([this] {
            boost::system::error_code ec;
            auto sock = acceptor_.accept(ec);
            if (ec) return;
            std::string req;
            char buf[4096];
            for (;;) {
                const std::size_t n = sock.read_some(boost::asio::buffer(buf), ec);
                if (ec) return;
                req.append(buf, n);
                const auto head = req.find("\r\n\r\n");
                if (head == std::string::npos) continue;
                std::size_t length = 0;
                if (const auto cl = req.find("Content-Length: "); cl != std::string::npos && cl < head)
                    length = std::stoul(req.substr(cl + 16));
                if (req.size() >= head + 4 + length) break;
            }
            boost::asio::write(sock, boost::asio::buffer(answer_), ec);
            while (!ec) sock.read_some(boost::asio::buffer(buf), ec);
        });
    }
    ~RawServer() { thread_.join(); }
    [[nodiscard]] unsigned short port() const { return acceptor_.local_endpoint().port(); }

private:
    std::string answer_;
    boost::asio::io_context ioc_;
    boost::asio::ip::tcp::acceptor acceptor_{ioc_, {boost::asio::ip::make_address("127.0.0.1"), 0}};
    std::thread thread_;
};

// Interim answers before the final one (a CDN's 103 Early Hints, a 100 Continue): skipped, the
// final answer is the one judged (read as the 103 it was, a job the dashboard had accepted went
// to dead letters, and the next post on the kept connection read this 200 as its own).
BOOST_AUTO_TEST_CASE(interim_1xx_answers_are_skipped) {
    RawServer server("HTTP/1.1 103 Early Hints\r\nLink: </app.css>; rel=preload\r\n\r\n"
                     "HTTP/1.1 100 Continue\r\n\r\n"
                     "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 31\r\n\r\n"
                     R"({"success":true,"job_id":"j_1"})");
    {
        auto c = client_for(local_jobs(server.port()));
        const auto r = c.send_job(boost::json::object{});
        BOOST_TEST(r.success, r.error);
        BOOST_TEST(r.status == 200u);
        BOOST_TEST(boost::json::serialize(r.response) == R"({"success":true,"job_id":"j_1"})");
    }
}

BOOST_AUTO_TEST_CASE(a_peer_that_never_answers_times_out) {
    TestServer server([](const Seen&) { return Answer{200, "", true}; });
    ClientOptions o;
    o.timeout = std::chrono::milliseconds(300);
    auto c = client_for(local_jobs(server.port()), o);
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = c.send_job(boost::json::object{});
    const auto took = std::chrono::steady_clock::now() - t0;
    BOOST_TEST(!r.success);
    BOOST_TEST(r.error.find("timed out") != std::string::npos);
    BOOST_TEST(took < std::chrono::seconds(2));
}

BOOST_AUTO_TEST_CASE(nobody_listening_is_a_failure_not_a_throw) {
    unsigned short port = 0;
    {
        TestServer gone([](const Seen&) { return Answer{}; });
        port = gone.port();
    }
    auto c = client_for(local_jobs(port));
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.status == 0u);
    BOOST_TEST(r.error.find("cannot connect") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(response_size_is_bounded) {
    TestServer server([](const Seen&) { return Answer{200, std::string(1 << 16, ' ') + "{}"}; });
    ClientOptions o;
    o.max_response_bytes = 4096;
    auto c = client_for(local_jobs(server.port()), o);
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.error == "response larger than 4096 bytes");
}

BOOST_AUTO_TEST_CASE(https_with_the_test_ca) {
    auto ctx = pki().server_context();
    TestServer server([](const Seen&) { return Answer{200, R"({"success":true,"lead_id":"l_1"})"}; }, &ctx);
    ClientOptions o;
    o.ca_file = pki().ca();
    auto c = client_for(local_jobs(server.port(), "localhost", "https"), o);
    const auto r = c.send_job(boost::json::object{{"call_id", "x"}});
    BOOST_TEST(r.success, r.error);
    BOOST_TEST(r.response.at("lead_id").as_string() == "l_1");
    BOOST_TEST(c.send_call(boost::json::object{}).success);
    BOOST_TEST(c.connections_opened() == 1u);
    BOOST_TEST(server.seen().at(0).secret == "test-secret-123");
}

BOOST_AUTO_TEST_CASE(https_untrusted_certificate_is_refused) {
    auto ctx = pki().server_context();
    TestServer server([](const Seen&) { return Answer{}; }, &ctx);
    auto c = client_for(local_jobs(server.port(), "localhost", "https"));  // system trust store only
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.error.find("TLS handshake") != std::string::npos, r.error);
    BOOST_TEST(server.seen().empty());  // nothing, the secret least of all, was sent
}

BOOST_AUTO_TEST_CASE(https_wrong_host_name_is_refused) {
    auto ctx = pki().server_context();
    TestServer server([](const Seen&) { return Answer{}; }, &ctx);
    ClientOptions o;
    o.ca_file = pki().ca();
    // The certificate names "localhost"; 127.0.0.1 is not in it.
    auto c = client_for(local_jobs(server.port(), "127.0.0.1", "https"), o);
    const auto r = c.send_job(boost::json::object{});
    BOOST_TEST(!r.success);
    BOOST_TEST(r.error.find("TLS handshake") != std::string::npos, r.error);
    BOOST_TEST(server.seen().empty());
}

BOOST_AUTO_TEST_SUITE_END()
