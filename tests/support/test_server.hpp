// A real HTTP(S) server on 127.0.0.1 for tests: Beast on its own thread, with the
// answer to each request chosen by the test. Keep-alive as HTTP/1.1 wants it.
// Declarations only: the Beast code is compiled once (test_server.cpp, in the tests'
// support library), so a test that uses the server does not instantiate Beast.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace calllock::test {

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
    std::string retry_after = {};  // a Retry-After header, when not empty
};

// A server's TLS identity: a certificate chain and its private key (PEM files).
class ServerTls {
public:
    ServerTls(const std::string& cert_chain_file, const std::string& key_file);
    ServerTls(ServerTls&&) noexcept;
    ~ServerTls();
    [[nodiscard]] boost::asio::ssl::context& context() const;

private:
    struct impl;
    std::unique_ptr<impl> p_;
};

class TestServerImpl;

class TestServer {
public:
    using handler_fn = std::function<Answer(const Seen&)>;

    // tls: the server's identity, or nullptr for plain HTTP.
    explicit TestServer(handler_fn h, ServerTls* tls = nullptr);
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    [[nodiscard]] unsigned short port() const;
    [[nodiscard]] std::vector<Seen> seen() const;
    [[nodiscard]] int connections() const;
    // The TLS identity for the connections accepted from now on (a certificate that
    // changes mid-run); nullptr: plain HTTP.
    void set_tls(ServerTls* tls);

private:
    std::unique_ptr<TestServerImpl> p_;
};

}  // namespace calllock::test
